package rollup

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func sampleHeader() *Header {
	return &Header{
		ParentHash:   common.HexToHash("0x01"),
		Height:       7,
		StateRoot:    common.HexToHash("0x02"),
		TxRoot:       common.HexToHash("0x03"),
		DepositIndex: 11,
		DepositAcc:   common.HexToHash("0x05"),
		Withdrawals:  []Withdrawal{{To: common.HexToAddress("0xaa"), Amount: uint256.NewInt(5)}},
		Challenges:   []uint64{3, 9},
		ChallengeAcc: common.HexToHash("0x06"),
		DataRoot:     common.HexToHash("0x04"),
		HistoryRoot:  common.HexToHash("0x07"),
	}
}

func TestHeaderRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		h    *Header
	}{
		{"full", sampleHeader()},
		{"no withdrawals or challenges", &Header{Height: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.h.Validate(); err != nil {
				t.Fatal(err)
			}
			dec, err := DecodeHeader(tc.h.ABIEncode())
			if err != nil {
				t.Fatal(err)
			}
			if dec.Hash() != tc.h.Hash() {
				t.Fatal("round trip changed the hash")
			}
		})
	}
}

func TestHeaderHashCoversEveryField(t *testing.T) {
	base := sampleHeader().Hash()
	for _, tc := range []struct {
		name string
		edit func(*Header)
	}{
		{"parent", func(h *Header) { h.ParentHash[0] ^= 1 }},
		{"height", func(h *Header) { h.Height++ }},
		{"state root", func(h *Header) { h.StateRoot[31] ^= 1 }},
		{"tx root", func(h *Header) { h.TxRoot[31] ^= 1 }},
		{"deposit index", func(h *Header) { h.DepositIndex++ }},
		{"withdrawal amount", func(h *Header) { h.Withdrawals[0].Amount = uint256.NewInt(6) }},
		{"withdrawal to", func(h *Header) { h.Withdrawals[0].To[0] ^= 1 }},
		{"challenge", func(h *Header) { h.Challenges[1]++ }},
		{"deposit acc", func(h *Header) { h.DepositAcc[31] ^= 1 }},
		{"challenge acc", func(h *Header) { h.ChallengeAcc[0] ^= 1 }},
		{"data root", func(h *Header) { h.DataRoot[31] ^= 1 }},
		{"history root", func(h *Header) { h.HistoryRoot[31] ^= 1 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := sampleHeader()
			tc.edit(h)
			if h.Hash() == base {
				t.Fatal("hash does not cover the field")
			}
		})
	}
}

func TestHeaderValidateRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*Header)
	}{
		{"height zero", func(h *Header) { h.Height = 0 }},
		{"empty withdrawal", func(h *Header) { h.Withdrawals[0].Amount = new(uint256.Int) }},
		{"withdrawal to zero", func(h *Header) { h.Withdrawals[0].To = common.Address{} }},
		{"unsorted challenges", func(h *Header) { h.Challenges = []uint64{9, 3} }},
		{"duplicate challenges", func(h *Header) { h.Challenges = []uint64{3, 3} }},
		{"too many answers", func(h *Header) {
			h.Challenges = nil
			for i := range MaxAnswers + 1 {
				h.Challenges = append(h.Challenges, uint64(i))
			}
		}},
		{"too many withdrawals", func(h *Header) {
			h.Withdrawals = make([]Withdrawal, MaxWithdrawals+1)
			for i := range h.Withdrawals {
				h.Withdrawals[i] = Withdrawal{To: common.Address{1}, Amount: uint256.NewInt(1)}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := sampleHeader()
			tc.edit(h)
			if err := h.Validate(); !errors.Is(err, ErrInvalidHeader) {
				t.Fatalf("got %v, want ErrInvalidHeader", err)
			}
		})
	}
}

func FuzzDecodeHeader(f *testing.F) {
	f.Add(sampleHeader().ABIEncode())
	f.Add((&Header{Height: 1}).ABIEncode())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := DecodeHeader(b)
		if err != nil {
			if !errors.Is(err, ErrInvalidHeader) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if string(h.ABIEncode()) != string(b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}
