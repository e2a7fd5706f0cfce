package rollup_test

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// daps is a set of certifying DAP nodes behind in-process RPC, created once
// the devnet's domain is known.
type daps struct {
	keys  []*ecdsa.PrivateKey
	set   *dacert.Set
	once  sync.Once
	nodes []*dap.Node
	eps   []dap.Endpoint
}

func newDAPs(n, t int) *daps {
	keys, set := dapKeys(n, t)
	return &daps{keys: keys, set: set}
}

func (p *daps) start(tb testing.TB, d *rolluptest.Devnet) {
	p.once.Do(func() {
		for i, k := range p.keys {
			node, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore(), Key: k, Domain: d.Domain, DASet: p.set})
			if err != nil {
				tb.Fatal(err)
			}
			srv, err := dap.NewRPCServer(dap.NewAPI(node))
			if err != nil {
				tb.Fatal(err)
			}
			tb.Cleanup(srv.Stop)
			p.nodes = append(p.nodes, node)
			p.eps = append(p.eps, dap.Endpoint{Name: fmt.Sprintf("dap%d", i), RPC: rpc.DialInProc(srv)})
		}
	})
}

// certifier returns devnet's DA option: every node's leader hands the data
// to the DAPs reach() selects (all of them for an honest committee).
func (p *daps) certifier(tb testing.TB, reach func(eps []dap.Endpoint) []dap.Endpoint) func(int, *rolluptest.Devnet) rollup.DACertifier {
	return func(_ int, d *rolluptest.Devnet) rollup.DACertifier {
		p.start(tb, d)
		return &dap.Certifier{Set: p.set, Domain: d.Domain, Endpoints: reach(p.eps), Timeout: 2 * time.Second}
	}
}

// TestCommitteeCertifiesDataBeforeAcceptance: with a 2-of-3 DA set, the
// leader hands each header's data to the DAPs and lands it with their
// signatures; every accepted height's data is then held by at least the
// threshold of DAPs, which never received an upload after acceptance.
func TestCommitteeCertifiesDataBeforeAcceptance(t *testing.T) {
	p := newDAPs(3, 2)
	all := func(eps []dap.Endpoint) []dap.Endpoint { return eps }
	c := startCommittee(t, rolluptest.Options{DASet: p.set, DA: p.certifier(t, all)}, 2)
	c.fundUsers(t, 1000)
	if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, 0), true); err != nil {
		t.Fatal(err)
	}
	bob := crypto.PubkeyToAddress(c.users[1].PublicKey)
	c.waitBalances(t, []int{0}, map[common.Address]uint64{bob: 1001}, 10*time.Second)
	head := c.Nodes[0].Head()
	if head.Height < 2 {
		t.Fatalf("head %d", head.Height)
	}
	for hh := head.HeaderHash; hh != (common.Hash{}); {
		prop, err := c.Nodes[0].StoredProposal(hh)
		if err != nil {
			t.Fatal(err)
		}
		h := prop.Header.Height
		hh = prop.Header.ParentHash
		holders := 0
		for _, n := range p.nodes {
			if _, chunk, proof, err := n.Answer(h, prop.Header.DataRoot, common.Hash{}); err == nil && proof.Verify(prop.Header.DataRoot, chunk) == nil {
				holders++
			}
		}
		if holders < p.set.Threshold() {
			t.Fatalf("height %d: %d DAPs hold its data, threshold %d", h, holders, p.set.Threshold())
		}
	}
}

// TestCommitteeWithholdingCannotLand: a committee whose hosts withhold the
// data (hand it to no DAP, or to one of a 2-of-3 set) certifies headers
// but none is accepted: the TSC refuses them without a DA certificate.
func TestCommitteeWithholdingCannotLand(t *testing.T) {
	for name, reach := range map[string]func([]dap.Endpoint) []dap.Endpoint{
		"no DAP":  func([]dap.Endpoint) []dap.Endpoint { return nil },
		"one DAP": func(eps []dap.Endpoint) []dap.Endpoint { return eps[:1] },
	} {
		t.Run(name, func(t *testing.T) {
			p := newDAPs(3, 2)
			c := startCommittee(t, rolluptest.Options{DASet: p.set, DA: p.certifier(t, reach)}, 1)
			auth := c.userAuth(t, c.users[0])
			if _, err := c.L1.Deposit(c.ctx, auth, crypto.PubkeyToAddress(c.users[0].PublicKey), big.NewInt(1000)); err != nil {
				t.Fatal(err)
			}
			time.Sleep(2 * time.Second)
			head, err := c.L1.Head(c.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if head.Height != 0 {
				t.Fatalf("withholding committee landed height %d", head.Height)
			}
			// The leaders did try: the certifier refused them, typed.
			_, err = (&dap.Certifier{Set: p.set, Domain: c.Domain, Endpoints: reach(p.eps)}).CertifyDA(c.ctx, &rollup.Header{Height: 1}, &rollup.BatchData{Height: 1})
			if !errors.Is(err, dap.ErrThreshold) && !errors.Is(err, dap.ErrNoEndpoints) {
				t.Fatalf("certifier: %v", err)
			}
		})
	}
}
