package rollup

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
)

// FuzzDecodeProposal: proposals arrive from peers over JSON-RPC and from
// disk. Decoding never panics, errors are typed, and what decodes encodes
// back to the same bytes.
func FuzzDecodeProposal(f *testing.F) {
	p := &Proposal{Header: sampleHeader(), Batch: []*Tx{
		signedTransfer(f, "alice", "bob", 1, 0),
		{Type: TxDeposit, Index: 3, To: common.Address{7}, Value: uint256.NewInt(9)},
	}}
	f.Add(p.Encode())
	f.Add((&Proposal{Header: &Header{Height: 1}}).Encode())
	f.Add((&Proposal{Header: sampleHeader(), Round: 7, Sig: [65]byte{1, 2, 3, 64: 1}}).Encode())
	f.Add([]byte{0, 0, 0, 1, 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := DecodeProposal(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedProposal) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(got.Encode(), b) {
			t.Fatal("decode/encode is not the identity")
		}
	})
}

// FuzzDecodeCheckpoint covers the node's stored checkpoint.
func FuzzDecodeCheckpoint(f *testing.F) {
	f.Add(Checkpoint{Height: 3, HeaderHash: common.Hash{1}, StateRoot: common.Hash{2}, DepositIndex: 4,
		History: HistoryFrontier{Count: 3, Branch: [HistoryDepth]common.Hash{{5}, {6}}}}.Encode())
	f.Add(Checkpoint{}.Encode())
	f.Add(make([]byte, checkpointSize+32))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCheckpoint(b)
		if err != nil {
			if !errors.Is(err, ErrMalformedProposal) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if !bytes.Equal(c.Encode(), b) {
			t.Fatal("decode/encode is not the identity")
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded a checkpoint that does not validate: %v", err)
		}
	})
}

// FuzzDecodeEvidence covers evidence published with registrations.
func FuzzDecodeEvidence(f *testing.F) {
	b, _ := EncodeEvidence(attest.Evidence{Format: attest.FormatSim, Raw: []byte{1, 2, 3}})
	f.Add(b)
	f.Add([]byte(`{"format":"","raw":null}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		ev, err := DecodeEvidence(b)
		if err != nil {
			if !errors.Is(err, attest.ErrMalformed) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if ev.Validate() != nil {
			t.Fatal("accepted evidence that does not validate")
		}
	})
}
