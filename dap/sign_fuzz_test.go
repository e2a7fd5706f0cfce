package dap_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/dap"
)

// FuzzSignPayloads: dap_sign's arguments and dap_certify's answers come
// from strangers. Parsing never panics and errors are typed; a node asked
// to sign with made-up arguments refuses with a typed error.
func FuzzSignPayloads(f *testing.F) {
	f.Add(make([]byte, 16), make([]byte, 66), uint64(3))
	f.Add([]byte{1}, []byte{2, 3}, uint64(0))
	c := newLocalChain(f)
	nodes, _, _ := certNodes(f, c.domain, 3, 2)
	f.Fuzz(func(t *testing.T, session, agg []byte, bitmap uint64) {
		id, an, err := dap.ParseSignRequest(session, agg)
		if err != nil {
			if !errors.Is(err, dap.ErrInvalidInput) {
				t.Fatalf("untyped %v", err)
			}
		} else if _, err := nodes[0].Sign(t.Context(), id, bitmap, an); !errors.Is(err, dap.ErrUnknownSession) {
			t.Fatalf("sign in no session: %v", err)
		}
		r := &dap.CertifyResult{Signer: common.BytesToAddress(session), Session: session, Nonce: agg}
		if _, _, err := dap.ParseCertifyResult(r); err != nil && !errors.Is(err, dacert.ErrNonce) {
			t.Fatalf("untyped %v", err)
		}
	})
}
