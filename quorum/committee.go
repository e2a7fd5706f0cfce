package quorum

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/attest"
)

// Committee encoding parameters (see doc.go).
const (
	// MaxMembers bounds a committee: the signer bitmap is one EVM word.
	MaxMembers = 256
	// MemberSize is an encoded member without a BLS key: addr(20) ‖ kind(1) ‖ weight(8).
	MemberSize = 29
	// BLSMemberSize is an encoded member with its G1 key: MemberSize + 64.
	BLSMemberSize = MemberSize + 64
	// MaxKind is the largest TEE kind a committee may hold. The contract
	// hard-codes the range 1..MaxKind; adding a kind to attest means
	// changing both.
	MaxKind = attest.KindNitro

	flagECDSA byte = 0
	flagBLS   byte = 1
	popSize        = 128 + 64 // a member's G2 key and proof of possession
)

// validKind is the committee's kind check (the contract's 1 <= kind <= 6).
func validKind(k attest.Kind) bool { return k >= 1 && k <= MaxKind }

// Member is one sequencer: its vote address (the secp256k1 key inside its
// enclave), the TEE kind its attestation established, a weight for
// Weighted rules, and optionally a BLS key with its proof of possession.
type Member struct {
	Addr   common.Address
	Kind   attest.Kind
	Weight uint64
	// BLS is the member's BLS key. Either every member of a committee has
	// one or none has.
	BLS *BLSPublicKey
	// PoP proves possession of BLS for Addr (see ProvePossession). It is
	// checked by NewCommittee and registration, and is not part of the
	// on-chain encoding; a decoded committee has none.
	PoP *BLSSignature
}

// Committee is an ordered list of members; index i is bit i of a QC's
// signer bitmap. Members are sorted by strictly ascending address, which
// makes the encoding canonical and duplicate members impossible (the
// contract checks the order in one pass). Use NewCommittee to sort and
// check a member list.
type Committee struct {
	Members []Member
}

// NewCommittee sorts the members by address, validates the committee and
// verifies every BLS member's proof of possession. The members are copied.
func NewCommittee(members ...Member) (*Committee, error) {
	c := &Committee{Members: slices.Clone(members)}
	slices.SortStableFunc(c.Members, func(a, b Member) int { return bytes.Compare(a.Addr[:], b.Addr[:]) })
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if err := c.VerifyPoPs(); err != nil {
		return nil, err
	}
	return c, nil
}

// Len is the number of members.
func (c *Committee) Len() int {
	if c == nil {
		return 0
	}
	return len(c.Members)
}

// HasBLS reports whether the committee is non-empty and every member has a
// BLS key, so that it encodes with keys and can verify BLS certificates.
func (c *Committee) HasBLS() bool {
	if c.Len() == 0 {
		return false
	}
	for _, m := range c.Members {
		if m.BLS == nil {
			return false
		}
	}
	return true
}

// Index returns the index of the member with address addr.
func (c *Committee) Index(addr common.Address) (int, bool) {
	if c == nil {
		return 0, false
	}
	i, ok := slices.BinarySearchFunc(c.Members, addr, func(m Member, a common.Address) int {
		return bytes.Compare(m.Addr[:], a[:])
	})
	if ok {
		return i, true
	}
	// Not sorted (an invalid committee): fall back to a scan.
	for i, m := range c.Members {
		if m.Addr == addr {
			return i, true
		}
	}
	return 0, false
}

// Validate checks everything the contract's registration checks except the
// proofs of possession (see VerifyPoPs): 1 to 256 members with strictly
// ascending non-zero addresses and kinds in 1..MaxKind; BLS keys on all
// members or none; each G1 key a curve point other than the identity; and
// no two G1 keys with the same x-coordinate (no equal or opposite keys).
func (c *Committee) Validate() error {
	if err := c.checkSize(); err != nil {
		return err
	}
	withBLS := c.Members[0].BLS != nil
	var prev common.Address
	seen := make(map[[32]byte]int)
	for i := range c.Members {
		m := &c.Members[i]
		if (m.BLS != nil) != withBLS {
			return &MemberError{Index: i, Addr: m.Addr, Detail: "BLS keys must be set on all members or none"}
		}
		if err := checkMember(i, m, prev, withBLS); err != nil {
			return err
		}
		prev = m.Addr
		if withBLS {
			var x [32]byte
			copy(x[:], m.BLS.G1[:32])
			if j, dup := seen[x]; dup {
				return &MemberError{Index: i, Addr: m.Addr, Detail: fmt.Sprintf("G1 key equals or negates member %d's", j)}
			}
			seen[x] = i
		}
	}
	return nil
}

// VerifyPoPs verifies the proof of possession of every member with a BLS
// key; members without one are skipped.
func (c *Committee) VerifyPoPs() error {
	if c == nil {
		return fmt.Errorf("%w: nil committee", ErrCommittee)
	}
	for i, m := range c.Members {
		if m.BLS == nil {
			continue
		}
		if m.PoP == nil {
			return fmt.Errorf("%w: member %d (%s) has no proof of possession", ErrPoP, i, m.Addr.Hex())
		}
		if err := VerifyPoP(m.Addr, m.BLS, *m.PoP); err != nil {
			return err
		}
	}
	return nil
}

func (c *Committee) checkSize() error {
	if c == nil {
		return fmt.Errorf("%w: nil committee", ErrCommittee)
	}
	if n := len(c.Members); n == 0 || n > MaxMembers {
		return fmt.Errorf("%w: %d members, want 1..%d", ErrCommittee, n, MaxMembers)
	}
	return nil
}

// checkMember is the contract's per-member check in its verification loop:
// address above the previous one (so non-zero and unique), kind in range,
// and, where keys matter, a G1 key that is a curve point.
func checkMember(i int, m *Member, prev common.Address, withKey bool) error {
	if bytes.Compare(m.Addr[:], prev[:]) <= 0 {
		if m.Addr == (common.Address{}) {
			return &MemberError{Index: i, Addr: m.Addr, Detail: "zero address"}
		}
		return &MemberError{Index: i, Addr: m.Addr, Detail: "address not above the previous member's (members must be sorted and distinct)"}
	}
	if !validKind(m.Kind) {
		return &MemberError{Index: i, Addr: m.Addr, Detail: fmt.Sprintf("TEE kind %d not in 1..%d", uint8(m.Kind), uint8(MaxKind))}
	}
	if withKey {
		if m.BLS == nil {
			return &MemberError{Index: i, Addr: m.Addr, Detail: "no BLS key"}
		}
		if !m.BLS.G1.onCurve() {
			return &MemberError{Index: i, Addr: m.Addr, Detail: "BLS G1 key is not a curve point"}
		}
	}
	return nil
}

// Encode is the committee's on-chain encoding: a flags byte (1 if every
// member has a BLS key, else 0) and per member addr(20) ‖ kind(1) ‖
// weight(8, big-endian) [‖ G1 key(64)]. G2 keys and proofs of possession
// are registration data and not part of it. Encode does not validate;
// an invalid committee encodes to bytes the contract rejects.
func (c *Committee) Encode() []byte {
	if c == nil {
		return nil
	}
	withBLS := c.HasBLS()
	size := MemberSize
	flag := flagECDSA
	if withBLS {
		size, flag = BLSMemberSize, flagBLS
	}
	out := make([]byte, 0, 1+size*len(c.Members))
	out = append(out, flag)
	for _, m := range c.Members {
		out = append(out, m.Addr[:]...)
		out = append(out, byte(m.Kind))
		out = binary.BigEndian.AppendUint64(out, m.Weight)
		if withBLS {
			out = append(out, m.BLS.G1[:]...)
		}
	}
	return out
}

// Hash is keccak256(Encode()): what the chain stores.
func (c *Committee) Hash() common.Hash {
	return crypto.Keccak256Hash(c.Encode())
}

// DecodeCommittee decodes an encoding produced by Encode and validates it.
// Decoded BLS members carry only their G1 keys.
func DecodeCommittee(b []byte) (*Committee, error) {
	c, err := parseCommittee(b)
	if err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// parseCommittee checks only the shape (flags, length, 1..256 members), as
// the contract does before it reads members; member checks come later.
func parseCommittee(b []byte) (*Committee, error) {
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: empty encoding", ErrCommittee)
	}
	var size int
	switch b[0] {
	case flagECDSA:
		size = MemberSize
	case flagBLS:
		size = BLSMemberSize
	default:
		return nil, fmt.Errorf("%w: unknown flags byte %#x", ErrCommittee, b[0])
	}
	body := len(b) - 1
	n := body / size
	if n == 0 || n > MaxMembers || n*size != body {
		return nil, fmt.Errorf("%w: %d bytes is not 1 + n·%d with n in 1..%d", ErrCommittee, len(b), size, MaxMembers)
	}
	c := &Committee{Members: make([]Member, n)}
	for i := range c.Members {
		p := b[1+i*size : 1+(i+1)*size]
		m := &c.Members[i]
		copy(m.Addr[:], p[:20])
		m.Kind = attest.Kind(p[20])
		m.Weight = binary.BigEndian.Uint64(p[21:29])
		if size == BLSMemberSize {
			m.BLS = new(BLSPublicKey)
			copy(m.BLS.G1[:], p[29:93])
		}
	}
	return c, nil
}

// EncodePoPs is the registration data the contract needs besides the
// encoding: per member, in order, its G2 key (128 bytes) and proof of
// possession (64 bytes). It is empty for a committee without BLS keys.
func (c *Committee) EncodePoPs() ([]byte, error) {
	if !c.HasBLS() {
		return nil, nil
	}
	out := make([]byte, 0, popSize*len(c.Members))
	for i, m := range c.Members {
		if m.PoP == nil {
			return nil, fmt.Errorf("%w: member %d (%s) has no proof of possession", ErrPoP, i, m.Addr.Hex())
		}
		out = append(out, m.BLS.G2[:]...)
		out = append(out, m.PoP[:]...)
	}
	return out, nil
}

// DecodeRegistration decodes and fully checks a committee as the contract's
// checkRegistration does: the encoding must decode and validate
// (ErrCommittee), and pops must be empty for a committee without BLS keys,
// or hold a non-identity G2 key and a valid proof of possession for every
// member (ErrPoP).
func DecodeRegistration(enc, pops []byte) (*Committee, error) {
	c, err := parseCommittee(enc)
	if err != nil {
		return nil, err
	}
	// The contract checks members before it looks at keys' uniqueness, and
	// both before the proofs; Validate does the same in one pass.
	if err := c.Validate(); err != nil {
		return nil, err
	}
	if !c.HasBLS() {
		if len(pops) != 0 {
			return nil, fmt.Errorf("%w: %d bytes of proofs for a committee without BLS keys", ErrPoP, len(pops))
		}
		return c, nil
	}
	if len(pops) != popSize*len(c.Members) {
		return nil, fmt.Errorf("%w: %d bytes of proofs, want %d", ErrPoP, len(pops), popSize*len(c.Members))
	}
	for i := range c.Members {
		m := &c.Members[i]
		p := pops[i*popSize : (i+1)*popSize]
		copy(m.BLS.G2[:], p[:128])
		pop := new(BLSSignature)
		copy(pop[:], p[128:])
		m.PoP = pop
		if err := VerifyPoP(m.Addr, m.BLS, *pop); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// Tally counts members and signers by kind and weight. It fails if signers
// holds an index outside the committee or a member's kind is invalid.
func (c *Committee) Tally(signers Bitset) (Tally, error) {
	if err := c.checkSize(); err != nil {
		return Tally{}, err
	}
	if signers.Len() > len(c.Members) {
		return Tally{}, fmt.Errorf("%w: signer index %d outside a committee of %d", ErrQC, signers.Len()-1, len(c.Members))
	}
	var t Tally
	for i := range c.Members {
		m := &c.Members[i]
		if !validKind(m.Kind) {
			return Tally{}, &MemberError{Index: i, Addr: m.Addr, Detail: fmt.Sprintf("TEE kind %d not in 1..%d", uint8(m.Kind), uint8(MaxKind))}
		}
		t.add(m, signers.Has(i))
	}
	return t, nil
}
