package rollup

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Data-availability certificates (AnyTrust / EigenDA style).
//
// Governance installs a DA set on the Manager: a threshold t and n DAP
// addresses. From then on the TSC accepts a header only with a DA
// certificate: signatures of at least t of the set's DAPs over
// DADigest(domain, height, dataRoot). A DAP signs only once it stores the
// batch data durably and has checked it against the header (data root; its
// replay of the account changes from the parent's state root to the
// header's), so hosts can no longer get a header accepted while withholding
// its data: they must first hand it to t DAPs.
//
// Security assumption: among any t members of the DA set at least one is
// honest (stores what it signs for and serves it). The penalty game
// (DataAvailability.sol) makes storing rational for the others.

// MaxDASet is the most DAPs in a DA set: the width of the signer bitmap
// (TeeRollup.MAX_DA_SET, DataAvailability.MAX_DAPS).
const MaxDASet = 64

var daTypeHash = crypto.Keccak256Hash([]byte("DataAvailable(uint64 height,bytes32 dataRoot)"))

// Errors of DA sets and certificates.
var (
	// ErrDASet: a DA set is malformed (see DASet.Validate).
	ErrDASet = errors.New("rollup: invalid DA set")
	// ErrDACert: a DA certificate is malformed or a signature in it does
	// not recover to its member.
	ErrDACert = errors.New("rollup: invalid DA certificate")
	// ErrDAThreshold: fewer DAPs signed than the set's threshold.
	ErrDAThreshold = errors.New("rollup: DA certificate below threshold")
)

// DASet is the DAPs whose availability signatures a header needs, and how
// many. Members are strictly ascending (so distinct): the Manager refuses
// any other order, which keeps the encoding, and so its hash, canonical.
type DASet struct {
	Threshold int
	Members   []common.Address
}

// Validate checks 1 <= Threshold <= len(Members) <= MaxDASet and the order.
func (s *DASet) Validate() error {
	n := len(s.Members)
	if n == 0 || n > MaxDASet {
		return fmt.Errorf("%w: %d members, want 1..%d", ErrDASet, n, MaxDASet)
	}
	if s.Threshold < 1 || s.Threshold > n {
		return fmt.Errorf("%w: threshold %d of %d", ErrDASet, s.Threshold, n)
	}
	var prev common.Address
	for i, m := range s.Members {
		if bytes.Compare(m[:], prev[:]) <= 0 {
			return fmt.Errorf("%w: member %d (%s) not above the previous one", ErrDASet, i, m)
		}
		prev = m
	}
	return nil
}

// Encode is the set's wire form, as the Manager and TSC take it:
// n(1) ‖ threshold(1) ‖ address(20) × n.
func (s *DASet) Encode() []byte {
	out := make([]byte, 2, 2+20*len(s.Members))
	out[0], out[1] = byte(len(s.Members)), byte(s.Threshold)
	for _, m := range s.Members {
		out = append(out, m[:]...)
	}
	return out
}

// Hash is keccak256(Encode()), what the Manager folds into configHash.
func (s *DASet) Hash() common.Hash { return crypto.Keccak256Hash(s.Encode()) }

// Index is the position of addr in the set.
func (s *DASet) Index(addr common.Address) (int, bool) {
	for i, m := range s.Members {
		if m == addr {
			return i, true
		}
	}
	return 0, false
}

// DecodeDASet parses Encode's form strictly (exact length, valid set).
func DecodeDASet(b []byte) (*DASet, error) {
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrDASet, len(b))
	}
	n := int(b[0])
	if len(b) != 2+20*n {
		return nil, fmt.Errorf("%w: %d bytes for %d members", ErrDASet, len(b), n)
	}
	s := &DASet{Threshold: int(b[1]), Members: make([]common.Address, n)}
	for i := range n {
		copy(s.Members[i][:], b[2+20*i:])
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

// DADigest is the digest a DAP signs for the batch data of dataRoot at
// height: keccak256(0x1901 ‖ separator ‖ keccak256(abi.encode(DA_TYPEHASH,
// height, dataRoot))), TeeRollup.daDigest. Its own type hash keeps it apart
// from a header vote (quorum's Vote(bytes32 headerHash)) in the same domain.
func DADigest(d Domain, height uint64, dataRoot common.Hash) common.Hash {
	var sh [3 * 32]byte
	copy(sh[:], daTypeHash[:])
	binary.BigEndian.PutUint64(sh[56:64], height)
	copy(sh[64:], dataRoot[:])
	structHash := crypto.Keccak256Hash(sh[:])
	sep := d.Separator()
	var buf [2 + 32 + 32]byte
	buf[0], buf[1] = 0x19, 0x01
	copy(buf[2:], sep[:])
	copy(buf[34:], structHash[:])
	return crypto.Keccak256Hash(buf[:])
}

// SignDA signs DADigest with a DAP's key; v is 27 or 28, as ecrecover takes it.
func SignDA(key *ecdsa.PrivateKey, d Domain, height uint64, dataRoot common.Hash) ([65]byte, error) {
	var out [65]byte
	if err := d.Validate(); err != nil {
		return out, err
	}
	sig, err := crypto.Sign(DADigest(d, height, dataRoot).Bytes(), key)
	if err != nil {
		return out, err
	}
	copy(out[:], sig)
	out[64] += 27
	return out, nil
}

// RecoverDA returns the address that signed DADigest with sig, refusing
// high-s and bad-v signatures as the TSC does.
func RecoverDA(d Domain, height uint64, dataRoot common.Hash, sig [65]byte) (common.Address, error) {
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d", ErrDACert, v)
	}
	s := new(big.Int).SetBytes(sig[32:64])
	if s.Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrDACert)
	}
	raw := sig
	raw[64] -= 27
	pub, err := crypto.SigToPub(DADigest(d, height, dataRoot).Bytes(), raw[:])
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrDACert, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// DACert is a DA certificate: the set and the signatures of the members
// in Signers (bit i: member i), in bit order.
type DACert struct {
	Set     *DASet
	Signers uint64
	Sigs    [][65]byte
}

// NewDACert assembles a certificate from signatures by signer address,
// keeping those of set members that verify for (height, dataRoot).
func NewDACert(set *DASet, d Domain, height uint64, dataRoot common.Hash, sigs map[common.Address][65]byte) (*DACert, error) {
	if err := set.Validate(); err != nil {
		return nil, err
	}
	c := &DACert{Set: set}
	for i, m := range set.Members {
		sig, ok := sigs[m]
		if !ok {
			continue
		}
		if a, err := RecoverDA(d, height, dataRoot, sig); err != nil || a != m {
			continue
		}
		c.Signers |= 1 << i
		c.Sigs = append(c.Sigs, sig)
	}
	return c, c.Verify(d, height, dataRoot)
}

// Verify checks the certificate as TeeRollup._checkDA does.
func (c *DACert) Verify(d Domain, height uint64, dataRoot common.Hash) error {
	if c.Set == nil {
		return fmt.Errorf("%w: no set", ErrDACert)
	}
	if err := c.Set.Validate(); err != nil {
		return err
	}
	n := len(c.Set.Members)
	if n < 64 && c.Signers>>n != 0 {
		return fmt.Errorf("%w: signer bits beyond the set's %d members", ErrDACert, n)
	}
	k := bits.OnesCount64(c.Signers)
	if k != len(c.Sigs) {
		return fmt.Errorf("%w: %d signer bits, %d signatures", ErrDACert, k, len(c.Sigs))
	}
	if k < c.Set.Threshold {
		return fmt.Errorf("%w: %d of %d signed, threshold %d", ErrDAThreshold, k, n, c.Set.Threshold)
	}
	j := 0
	for i := range n {
		if c.Signers&(1<<i) == 0 {
			continue
		}
		a, err := RecoverDA(d, height, dataRoot, c.Sigs[j])
		if err != nil {
			return err
		}
		if a != c.Set.Members[i] {
			return fmt.Errorf("%w: signature %d recovers to %s, member is %s", ErrDACert, i, a, c.Set.Members[i])
		}
		j++
	}
	return nil
}

// Encode is the certificate as updateStateDA takes it:
// n(1) ‖ threshold(1) ‖ signers(8, big-endian) ‖ for each member i in
// order, its 65-byte signature if bit i is set, else its address. The TSC
// recovers the signers' addresses and checks the set it rebuilds against
// the installed one, so a signer's address is never sent.
func (c *DACert) Encode() []byte {
	n := len(c.Set.Members)
	out := make([]byte, 0, 10+65*len(c.Sigs)+20*(n-len(c.Sigs)))
	out = append(out, byte(n), byte(c.Set.Threshold))
	out = binary.BigEndian.AppendUint64(out, c.Signers)
	j := 0
	for i, m := range c.Set.Members {
		if c.Signers&(1<<i) != 0 && j < len(c.Sigs) {
			out = append(out, c.Sigs[j][:]...)
			j++
		} else {
			out = append(out, m[:]...)
		}
	}
	return out
}

// DecodeDACert parses Encode's form strictly: n >= 1, signer bits only for
// members, exactly one entry per member. The members at signer positions
// are not in the encoding: they are left zero until Recover fills them in.
// Signatures are not checked (Recover and Verify do).
func DecodeDACert(b []byte) (*DACert, error) {
	if len(b) < 10 {
		return nil, fmt.Errorf("%w: %d bytes", ErrDACert, len(b))
	}
	n := int(b[0])
	c := &DACert{Set: &DASet{Threshold: int(b[1]), Members: make([]common.Address, n)}, Signers: binary.BigEndian.Uint64(b[2:10])}
	if n == 0 || n > MaxDASet || (n < 64 && c.Signers>>n != 0) {
		return nil, fmt.Errorf("%w: %d members, signers %#x", ErrDACert, n, c.Signers)
	}
	k := bits.OnesCount64(c.Signers)
	if len(b) != 10+65*k+20*(n-k) {
		return nil, fmt.Errorf("%w: %d bytes for %d members and %d signers", ErrDACert, len(b), n, k)
	}
	p := b[10:]
	for i := range n {
		if c.Signers&(1<<i) != 0 {
			var sig [65]byte
			copy(sig[:], p)
			c.Sigs = append(c.Sigs, sig)
			p = p[65:]
		} else {
			copy(c.Set.Members[i][:], p)
			p = p[20:]
		}
	}
	return c, nil
}

// Recover fills in the members at signer positions with the addresses the
// signatures recover to for (height, dataRoot), as the TSC does: the
// certificate is valid iff the resulting set is the installed one (same
// Hash) and meets its threshold.
func (c *DACert) Recover(d Domain, height uint64, dataRoot common.Hash) error {
	j := 0
	for i := range c.Set.Members {
		if c.Signers&(1<<i) == 0 {
			continue
		}
		if j >= len(c.Sigs) {
			return fmt.Errorf("%w: %d signer bits, %d signatures", ErrDACert, bits.OnesCount64(c.Signers), len(c.Sigs))
		}
		a, err := RecoverDA(d, height, dataRoot, c.Sigs[j])
		if err != nil {
			return err
		}
		c.Set.Members[i] = a
		j++
	}
	return nil
}

// DACertifier obtains a DA certificate for a header before it is submitted:
// it hands the batch data to the DAPs and gathers their availability
// signatures until the set's threshold is met (dap.Certifier does).
type DACertifier interface {
	CertifyDA(ctx context.Context, h *Header, d *BatchData) (*DACert, error)
}

// ErrNoBatchData: the leader has no batch data for a header it certified.
var ErrNoBatchData = errors.New("rollup: no batch data for the header")
