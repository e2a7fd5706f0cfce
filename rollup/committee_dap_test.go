package rollup_test

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// TestCommitteePublishesToDAPs: the sequencers upload every accepted height
// to the DAPs, which check it (data root, and their own replay of the
// account changes against the state root); a client then fetches a height's
// metadata and a balance proof from the DAPs, verified against the header.
func TestCommitteePublishesToDAPs(t *testing.T) {
	var endpoints []dap.Endpoint
	var nodes []*dap.Node
	for i := range 2 {
		n, err := dap.NewNode(dap.Config{Store: dap.NewMemoryStore()})
		if err != nil {
			t.Fatal(err)
		}
		srv, err := dap.NewRPCServer(dap.NewAPI(n))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(srv.Stop)
		nodes = append(nodes, n)
		endpoints = append(endpoints, dap.Endpoint{Name: string(rune('A' + i)), RPC: rpc.DialInProc(srv)})
	}
	client := dap.NewClient(endpoints...)
	c := startCommittee(t, rolluptest.Options{Publisher: client}, 2)
	c.fundUsers(t, 1000)
	if _, err := c.Nodes[0].SubmitTx(c.ctx, c.transfer(t, 0, 1, 0), true); err != nil {
		t.Fatal(err)
	}
	bob := crypto.PubkeyToAddress(c.users[1].PublicKey)
	c.waitBalances(t, []int{0}, map[common.Address]uint64{bob: 1001}, 10*time.Second)

	head := c.Nodes[0].Head()
	deadline := time.Now().Add(10 * time.Second)
	for {
		h0, _ := nodes[0].Head()
		h1, _ := nodes[1].Head()
		if h0 >= head.Height && h1 >= head.Height {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("DAPs at heights %d and %d, rollup at %d", h0, h1, head.Height)
		}
		time.Sleep(5 * time.Millisecond)
	}
	p, err := c.Nodes[0].StoredProposal(head.HeaderHash)
	if err != nil {
		t.Fatal(err)
	}
	data, err := client.Metadata(c.ctx, p.Header)
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Txs) != len(p.Batch) {
		t.Fatalf("DAP metadata has %d txs, the batch %d", len(data.Txs), len(p.Batch))
	}
	acct, _, err := client.BalanceProof(c.ctx, p.Header, bob)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Balance.Uint64() != 1001 {
		t.Fatalf("DAP proves bob has %s, want 1001", acct.Balance.Dec())
	}
	var _ rollup.Publisher = client
}
