package rollup_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	committeepkg "github.com/teerollup/teerollup/committee"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// deskServer serves the first member's Desk over in-process JSON-RPC.
func (e *regEnv) deskServer() *rpc.Client {
	e.t.Helper()
	desk, err := rollup.NewDesk(e.vetters[0], e.engine, e.d.L1, func() []committeepkg.Peer { return e.d.Peers }, 1)
	if err != nil {
		e.t.Fatal(err)
	}
	s := rpc.NewServer()
	if err := rollup.RegisterDesk(s, desk); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(s.Stop)
	c := rpc.DialInProc(s)
	e.t.Cleanup(c.Close)
	return c
}

// TestDeskOverRPC: a newcomer asks a member's desk over JSON-RPC, checks
// the answer against the Manager, and registers with it.
func TestDeskOverRPC(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	dc := rollup.NewDeskClient(e.deskServer(), e.d.L1)
	enc, ev := e.newcomer(attest.KindTDX)
	a, cert, err := dc.Admit(e.ctx, enc.Address(), ev)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.submit(e.d.L1.RegisterCertified(e.ctx, e.chain.Transactor(5), a, cert))
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("registerCertified: %v", err)
	}
	if got := e.enclave(enc.Address()); got.Expiry != a.RegisteredUntil {
		t.Fatalf("registered %+v, want until %d", got, a.RegisteredUntil)
	}
	// A debug enclave is refused by the members; the error reaches the caller.
	dbg, dev := e.newcomer(attest.KindSGX, sim.WithDebug())
	if _, _, err := dc.Admit(e.ctx, dbg.Address(), dev); err == nil {
		t.Fatal("a debug enclave was admitted over RPC")
	}
}

// lyingDesk answers with whatever it was told to, as a member's host can.
type lyingDesk struct{ answer rollup.RPCCertified }

func (l *lyingDesk) Admit(context.Context, common.Address, hexutil.Bytes) (*rollup.RPCCertified, error) {
	return &l.answer, nil
}

// TestDeskClientRefusesLies: a member's host controls its desk's answers.
// Each lie is caught by the client before anyone pays for a transaction the
// Manager would revert (without the checks, the caller submits and loses
// the gas, or registers the wrong statement).
func TestDeskClientRefusesLies(t *testing.T) {
	e := newRegEnv(t, []attest.Kind{attest.KindSGX, attest.KindTDX, attest.KindSEVSNP}, quorum.DistinctKinds{K: 2}, nil)
	enc, ev := e.newcomer(attest.KindTDX)
	other, otherEv := e.newcomer(attest.KindTDX)
	cur := e.current()
	honest := func(addr common.Address, ev attest.Evidence) (*rollup.Admission, *rollup.Certificate) {
		a, err := e.vetters[0].Examine(e.ctx, addr, ev, cur.Epoch)
		if err != nil {
			t.Fatal(err)
		}
		c, err := e.certify(a)
		if err != nil {
			t.Fatal(err)
		}
		return a, c
	}
	a, cert := honest(enc.Address(), ev)
	oa, ocert := honest(other.Address(), otherEv)
	stale := *a
	stale.Epoch++
	// One enclave key of one kind signs alone: below DistinctKinds{2}.
	one := forge(t, cur.Committee, e.d.Domain.VoteDomain(), a.StructHash(), e.d.Enclaves[0])
	for _, tc := range []struct {
		name   string
		answer rollup.RPCCertified
	}{
		{"another enclave's admission", rollup.RPCCertified{Epoch: hexutil.Uint64(oa.Epoch), Statement: oa.Encode(), QC: ocert.QC.Encode()}},
		{"QC over another statement", rollup.RPCCertified{Epoch: hexutil.Uint64(a.Epoch), Statement: a.Encode(), QC: ocert.QC.Encode()}},
		{"another epoch", rollup.RPCCertified{Epoch: hexutil.Uint64(stale.Epoch), Statement: stale.Encode(), QC: cert.QC.Encode()}},
		{"QC below the rule", rollup.RPCCertified{Epoch: hexutil.Uint64(a.Epoch), Statement: a.Encode(), QC: one.Encode()}},
		{"garbage QC", rollup.RPCCertified{Epoch: hexutil.Uint64(a.Epoch), Statement: a.Encode(), QC: []byte{1, 2, 3}}},
		{"garbage statement", rollup.RPCCertified{Statement: []byte{1}, QC: cert.QC.Encode()}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := rpc.NewServer()
			if err := s.RegisterName(rollup.DeskNamespace, &lyingDesk{answer: tc.answer}); err != nil {
				t.Fatal(err)
			}
			defer s.Stop()
			c := rpc.DialInProc(s)
			defer c.Close()
			_, _, err := rollup.NewDeskClient(c, e.d.L1).Admit(e.ctx, enc.Address(), ev)
			if !errors.Is(err, rollup.ErrCertificate) {
				t.Fatalf("err = %v, want ErrCertificate", err)
			}
		})
	}
	// The honest answer passes the same client.
	s := rpc.NewServer()
	_ = s.RegisterName(rollup.DeskNamespace, &lyingDesk{answer: rollup.RPCCertified{Epoch: hexutil.Uint64(a.Epoch), Statement: a.Encode(), QC: cert.QC.Encode()}})
	defer s.Stop()
	c := rpc.DialInProc(s)
	defer c.Close()
	if _, _, err := rollup.NewDeskClient(c, e.d.L1).Admit(e.ctx, enc.Address(), ev); err != nil {
		t.Fatalf("honest answer refused: %v", err)
	}
}
