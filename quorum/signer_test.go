package quorum_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/quorum"
)

// rawSigner is a Signer whose Sign output a test rewrites, standing in for
// HSMs and wallets with other habits.
type rawSigner struct {
	addr common.Address
	sign func(digest common.Hash) ([]byte, error)
}

func (r rawSigner) Address() common.Address                 { return r.addr }
func (r rawSigner) Sign(digest common.Hash) ([]byte, error) { return r.sign(digest) }

// TestSignVoteSigners checks that any Signer, whatever v convention it
// returns, yields the one canonical vote, and that broken signers give
// typed errors.
func TestSignVoteSigners(t *testing.T) {
	maker, err := sim.NewManufacturer()
	if err != nil {
		t.Fatal(err)
	}
	platform, err := maker.NewPlatform(attest.KindSGX)
	if err != nil {
		t.Fatal(err)
	}
	enclave, err := platform.Launch([]byte("m"))
	if err != nil {
		t.Fatal(err)
	}
	key := keyPool()[0].ecdsa
	addr := crypto.PubkeyToAddress(key.PublicKey)
	// modify returns a signer that signs with key and then edits the
	// signature as f says.
	modify := func(f func(sig []byte) []byte) quorum.Signer {
		return rawSigner{addr: addr, sign: func(d common.Hash) ([]byte, error) {
			sig, err := crypto.Sign(d[:], key)
			return f(sig), err
		}}
	}
	errHSM := errors.New("hsm offline")
	header := common.Hash{0x42}

	tests := []struct {
		name    string
		signer  quorum.Signer
		wantErr error
	}{
		// A sim enclave signs with v ∈ {0, 1}; before, only its leaked key could vote.
		{name: "sim enclave", signer: enclave},
		{name: "raw key", signer: quorum.KeySigner(key)},
		{name: "v in {27, 28}", signer: modify(func(sig []byte) []byte { sig[64] += 27; return sig })},
		{name: "high s", signer: modify(func(sig []byte) []byte {
			var a [65]byte
			copy(a[:], sig)
			a[64] += 27
			a = highS(a)
			return a[:]
		})},
		{name: "nil signer", signer: nil, wantErr: quorum.ErrKey},
		{name: "nil key", signer: quorum.KeySigner(nil), wantErr: quorum.ErrKey},
		{name: "signer error", signer: rawSigner{addr: addr, sign: func(common.Hash) ([]byte, error) { return nil, errHSM }}, wantErr: errHSM},
		{name: "short signature", signer: modify(func(sig []byte) []byte { return sig[:64] }), wantErr: quorum.ErrKey},
		{name: "v out of range", signer: modify(func(sig []byte) []byte { sig[64] = 5; return sig }), wantErr: quorum.ErrKey},
		{name: "address of another key", signer: rawSigner{addr: common.Address{1}, sign: quorum.KeySigner(key).Sign}, wantErr: quorum.ErrSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := quorum.SignVote(tt.signer, testDomain, header)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("SignVote: err = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			if v.Signer != tt.signer.Address() || v.HeaderHash != header {
				t.Fatalf("vote = %+v", v)
			}
			if err := v.Verify(testDomain); err != nil {
				t.Fatalf("vote does not verify: %v", err)
			}
		})
	}
}
