package rollup

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/dacert"
)

// Data-availability certificates (AnyTrust / EigenDA style).
//
// Governance installs a DA set on the Manager (a dacert.Set: threshold t,
// n DAP keys, and the root committing to every t-subset's aggregate key).
// From then on the TSC accepts a header only with a DA certificate: a
// MuSig2 signature of t of the set's DAPs over DADigest(domain, height,
// dataRoot), checked with one ecrecover (package dacert). A DAP signs only once it stores the
// batch data durably and has checked it against the header (data root; its
// replay of the account changes from the parent's state root to the
// header's), so hosts can no longer get a header accepted while withholding
// its data: they must first hand it to t DAPs.
//
// Security assumption: among any t members of the DA set at least one is
// honest (stores what it signs for and serves it). The penalty game
// (DataAvailability.sol) makes storing rational for the others.

var daTypeHash = crypto.Keccak256Hash([]byte("DataAvailable(uint64 height,bytes32 dataRoot)"))

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

// SecpKey converts a go-ethereum key to the dacert (dcrd) form: DAPs keep
// one secp256k1 key, whose address is their DataAvailability registration
// and their member address in the DA set.
func SecpKey(k *ecdsa.PrivateKey) *secp256k1.PrivateKey {
	return secp256k1.PrivKeyFromBytes(crypto.FromECDSA(k))
}

// DACertifier obtains a DA certificate for a header before it is submitted:
// it hands the batch data to the DAPs and gathers their availability
// partial signatures until a threshold subset signed (dap.Certifier does).
type DACertifier interface {
	CertifyDA(ctx context.Context, h *Header, d *BatchData) (*dacert.Cert, error)
}

// ErrNoBatchData: the leader has no batch data for a header it certified.
var ErrNoBatchData = errors.New("rollup: no batch data for the header")
