package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"

	"github.com/ethereum/go-ethereum/common"
)

// ErrMalformedProposal: the bytes are not a canonical proposal encoding.
var ErrMalformedProposal = errors.New("rollup: malformed proposal")

// MaxBatch bounds a batch's transaction count.
const MaxBatch = 1 << 16

// Encode returns the proposal's wire and storage encoding:
//
//	u32 len ‖ abi.encode(header) ‖ u64 round ‖ sig(65) ‖ u32 count ‖ (u16 len ‖ tx)*
//
// sig is the proposer enclave's signature of ProposalDigest (r ‖ s ‖ v,
// v ∈ {0, 1}); all zero for an unsigned proposal, which no follower
// votes for.
func (p *Proposal) Encode() []byte {
	hb := p.Header.ABIEncode()
	out := make([]byte, 0, 8+8+65+len(hb)+len(p.Batch)*(2+transferSize))
	out = binary.BigEndian.AppendUint32(out, uint32(len(hb)))
	out = append(out, hb...)
	out = binary.BigEndian.AppendUint64(out, p.Round)
	out = append(out, p.Sig[:]...)
	out = binary.BigEndian.AppendUint32(out, uint32(len(p.Batch)))
	for _, tx := range p.Batch {
		b := tx.Encode()
		out = binary.BigEndian.AppendUint16(out, uint16(len(b)))
		out = append(out, b...)
	}
	return out
}

// DecodeProposal parses Encode's output strictly.
func DecodeProposal(b []byte) (*Proposal, error) {
	bad := func(why string, args ...any) (*Proposal, error) {
		return nil, fmt.Errorf("%w: %s", ErrMalformedProposal, fmt.Sprintf(why, args...))
	}
	if len(b) < 4 {
		return bad("short")
	}
	hl := int(binary.BigEndian.Uint32(b))
	b = b[4:]
	if hl > len(b) {
		return bad("header length %d exceeds %d bytes", hl, len(b))
	}
	h, err := DecodeHeader(b[:hl])
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedProposal, err)
	}
	b = b[hl:]
	if len(b) < 8+65 {
		return bad("no round and signature")
	}
	round := binary.BigEndian.Uint64(b)
	var sig [65]byte
	copy(sig[:], b[8:8+65])
	b = b[8+65:]
	if len(b) < 4 {
		return bad("no batch count")
	}
	n := int(binary.BigEndian.Uint32(b))
	b = b[4:]
	if n > MaxBatch || n > len(b)/2 {
		return bad("batch count %d", n)
	}
	p := &Proposal{Header: h, Round: round, Sig: sig, Batch: make([]*Tx, 0, n)}
	for i := range n {
		if len(b) < 2 {
			return bad("tx %d: truncated", i)
		}
		l := int(binary.BigEndian.Uint16(b))
		b = b[2:]
		if l > len(b) {
			return bad("tx %d: length %d exceeds %d bytes", i, l, len(b))
		}
		tx, err := DecodeTx(b[:l])
		if err != nil {
			return nil, fmt.Errorf("%w: tx %d: %w", ErrMalformedProposal, i, err)
		}
		p.Batch = append(p.Batch, tx)
		b = b[l:]
	}
	if len(b) != 0 {
		return bad("%d trailing bytes", len(b))
	}
	return p, nil
}

// checkpointSize is the length of Checkpoint.Encode's output before the
// history frontier's branches.
const checkpointSize = 112

// Encode returns the checkpoint's storage encoding:
//
//	u64 height ‖ header hash ‖ state root ‖ u64 deposit index ‖ deposit acc
//	‖ the history branches at the set bits of height, lowest level first
//
// (the frontier's count is the height).
func (c Checkpoint) Encode() []byte {
	out := make([]byte, 0, checkpointSize+32*bits.OnesCount64(c.Height))
	out = binary.BigEndian.AppendUint64(out, c.Height)
	out = append(out, c.HeaderHash[:]...)
	out = append(out, c.StateRoot[:]...)
	out = binary.BigEndian.AppendUint64(out, c.DepositIndex)
	out = append(out, c.DepositAcc[:]...)
	for i := range HistoryDepth {
		if c.Height>>i&1 == 1 {
			out = append(out, c.History.Branch[i][:]...)
		}
	}
	return out
}

// DecodeCheckpoint parses Checkpoint.Encode's output strictly.
func DecodeCheckpoint(b []byte) (Checkpoint, error) {
	if len(b) < checkpointSize {
		return Checkpoint{}, fmt.Errorf("%w: checkpoint is %d bytes, want at least %d", ErrMalformedProposal, len(b), checkpointSize)
	}
	c := Checkpoint{
		Height:       binary.BigEndian.Uint64(b),
		HeaderHash:   common.BytesToHash(b[8:40]),
		StateRoot:    common.BytesToHash(b[40:72]),
		DepositIndex: binary.BigEndian.Uint64(b[72:80]),
		DepositAcc:   common.BytesToHash(b[80:112]),
	}
	if c.Height >= 1<<HistoryDepth {
		return Checkpoint{}, fmt.Errorf("%w: height %d beyond the history tree", ErrMalformedProposal, c.Height)
	}
	if want := checkpointSize + 32*bits.OnesCount64(c.Height); len(b) != want {
		return Checkpoint{}, fmt.Errorf("%w: checkpoint at height %d is %d bytes, want %d", ErrMalformedProposal, c.Height, len(b), want)
	}
	c.History.Count = c.Height
	rest := b[checkpointSize:]
	for i := range HistoryDepth {
		if c.Height>>i&1 == 1 {
			c.History.Branch[i] = common.BytesToHash(rest[:32])
			rest = rest[32:]
		}
	}
	return c, nil
}
