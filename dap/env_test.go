package dap_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/attest/sim"
	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
	"github.com/teerollup/teerollup/statetree"
)

// The e2e environment: a rollup (Manager + TSC, a committee of two
// simulated enclaves of different kinds) on chaintest's chain with mainnet
// gas rules, the DataAvailability game for its TSC, and DAPs, each a Node
// behind an in-process JSON-RPC server and a Responder.
//
// Chain accounts: 0 deploys, administers and sends registrations (through
// rolluptest.Start), 2 submits headers, 3 requests chunks, 4 settles, 5.. are
// the DAPs; 1 is unused.

const (
	acctAdmin     = 0
	acctSubmitter = 2
	acctRequester = 3
	acctSettler   = 4
	firstDAPAcct  = 5
)

func ether(milli int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(milli), big.NewInt(params.Ether/1000))
}

// testParams: 1 ether of collateral, c = 0.002 ether (respond's gas at
// about 20 gwei), ε = 0.001 ether, a 10-block window, a 20-block exit delay.
var testParams = dap.Params{
	MinCollateral:  ether(1000),
	ResponseWindow: 10,
	AnswerCost:     ether(2),
	Epsilon:        ether(1),
	ExitDelay:      20,
}

type env struct {
	t         testing.TB
	ctx       context.Context
	chain     *chaintest.Chain
	l1        *rollup.L1
	domain    rollup.Domain
	enclaves  []*sim.Enclave
	committee *quorum.Committee
	rule      quorum.Rule
	tree      *statetree.Tree
	head      *rollup.Header
	hist      *rollup.History // the accepted headers' hashes, as enclaves track them
	deposits  uint64          // deposits queued on L1 so far
	game      *dap.Contract
	daps      []*testDAP
	daSet     *dacert.Set // nil: headers without DA certificates
}

type testDAP struct {
	acct      int
	addr      common.Address
	auth      *bind.TransactOpts
	node      *dap.Node
	rpc       *rpc.Client
	responder *dap.Responder
}

func (e *env) mine(tx *types.Transaction, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	rs, err := chaintest.Settle(e.ctx, e.chain.Backend, tx)
	if err != nil {
		e.t.Fatal(err)
	}
	if rs[0].Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("%v: tx %s", rollup.ErrReverted, tx.Hash())
	}
	return rs[0]
}

// mineAll commits one block with txs and returns their receipts.
func (e *env) mineAll(txs []*types.Transaction, err error) []*types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	rs, err := chaintest.Settle(e.ctx, e.chain.Backend, txs...)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, r := range rs {
		if r.Status != types.ReceiptStatusSuccessful {
			e.t.Fatalf("%v: tx %s", rollup.ErrReverted, r.TxHash)
		}
	}
	return rs
}

func (e *env) blockNumber() uint64 {
	e.t.Helper()
	h, err := e.chain.Client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Number.Uint64()
}

// mineTo commits empty blocks until the head is block n.
func (e *env) mineTo(n uint64) {
	for e.blockNumber() < n {
		e.chain.Backend.Commit()
	}
}

// newEnv deploys a rollup and the game with p, and nDAPs DAPs (not yet
// registered).
func newEnv(t testing.TB, p dap.Params, nDAPs int) *env {
	t.Helper()
	return newEnvDA(t, p, nDAPs, 0)
}

// newEnvDA is newEnv with, if threshold > 0, a DA set of all the DAPs'
// accounts with that threshold installed during setup; the DAP nodes then
// certify availability with their account keys, and headers need
// submitDA.
func newEnvDA(t testing.TB, p dap.Params, nDAPs, threshold int) *env {
	t.Helper()
	ctx := context.Background()
	chain := chaintest.New(t, chaintest.WithAccounts(firstDAPAcct+nDAPs))
	var set *dacert.Set
	if threshold > 0 {
		keys := make([]*ecdsa.PrivateKey, nDAPs)
		for i := range nDAPs {
			keys[i] = chain.Accounts[firstDAPAcct+i].Key
		}
		set = daSet(t, keys, threshold)
	}
	d, err := rolluptest.Start(ctx, rolluptest.Options{
		Backend: chain.Client, Admin: chain.Accounts[acctAdmin].Key, Wait: func() { chain.Backend.Commit() },
		Kinds: []attest.Kind{attest.KindSGX, attest.KindTDX}, Rule: quorum.DistinctKinds{K: 2}, DASet: set,
	})
	if err != nil {
		t.Fatal(err)
	}
	l1, admin := d.L1, chain.Transactor(acctAdmin)
	e := &env{t: t, ctx: ctx, chain: chain, l1: l1, domain: d.Domain, enclaves: d.Enclaves, committee: d.Committee, rule: d.Rule, hist: rollup.NewHistory(), daSet: set}
	if e.tree, err = statetree.New(statetree.NewMemoryStore(), common.Hash{}); err != nil {
		t.Fatal(err)
	}

	game, tx, err := dap.Deploy(ctx, chain.Client, admin, l1.Deployment().Rollup, p)
	if err != nil {
		t.Fatal(err)
	}
	e.mine(tx, nil)
	e.game = game

	for i := range nDAPs {
		e.newDAP(firstDAPAcct + i)
	}
	return e
}

// register registers DAPs with the minimum collateral.
func (e *env) register(daps ...*testDAP) {
	e.t.Helper()
	for i, d := range daps {
		e.mine(e.game.Register(e.ctx, d.auth, testParams.MinCollateral, fmt.Sprintf("inproc://dap-%d", i)))
	}
}

// client is a dap.Client over the given DAPs (all by default).
func (e *env) client(daps ...*testDAP) *dap.Client {
	if len(daps) == 0 {
		daps = e.daps
	}
	var eps []dap.Endpoint
	for i, d := range daps {
		eps = append(eps, dap.Endpoint{Name: fmt.Sprintf("dap-%d", i), RPC: d.rpc})
	}
	return dap.NewClient(eps...)
}

type depositQueue map[uint64]*rollup.Tx

func (q depositQueue) Deposit(i uint64) (common.Address, *uint256.Int, bool) {
	tx, ok := q[i]
	if !ok {
		return common.Address{}, nil, false
	}
	return tx.To, tx.Value, true
}

// nextHeight deposits for a fresh account on L1, has it pay nTransfers
// transfers on the rollup, and certifies and submits the header, whose data
// root commits to the batch data. It returns both.
func (e *env) nextHeight(nTransfers int) (*rollup.Header, *rollup.BatchData) {
	e.t.Helper()
	h, data := e.makeHeight(nTransfers)
	e.submit(h)
	return h, data
}

// makeHeight is nextHeight without the submission.
func (e *env) makeHeight(nTransfers int) (*rollup.Header, *rollup.BatchData) {
	e.t.Helper()
	key := chaintest.DeterministicKey(fmt.Sprintf("user-%d", e.deposits))
	user := crypto.PubkeyToAddress(key.PublicKey)
	amount := ether(1000)
	e.mine(e.l1.Deposit(e.ctx, e.chain.Transactor(acctRequester), user, amount))
	idx := e.deposits
	e.deposits++
	dep := &rollup.Tx{Type: rollup.TxDeposit, Index: idx, To: user, Value: uint256.MustFromBig(amount)}
	batch := []*rollup.Tx{dep}
	for i := range nTransfers {
		tx := &rollup.Tx{Type: rollup.TxTransfer, To: common.BigToAddress(big.NewInt(int64(1000*idx) + int64(i) + 1)), Value: uint256.NewInt(1e9), Nonce: uint64(i)}
		if err := tx.Sign(e.domain, key); err != nil {
			e.t.Fatal(err)
		}
		batch = append(batch, tx)
	}
	parent, depositIndex, depositAcc, height := common.Hash{}, uint64(0), common.Hash{}, uint64(1)
	if e.head != nil {
		parent, depositIndex, depositAcc, height = e.head.Hash(), e.head.DepositIndex, e.head.DepositAcc, e.head.Height+1
	}
	res, err := rollup.Apply(e.domain, e.tree, depositIndex, depositAcc, depositQueue{idx: dep}, batch)
	if err != nil {
		e.t.Fatal(err)
	}
	if res.Applied() != len(batch) {
		e.t.Fatalf("only %d of %d transactions applied", res.Applied(), len(batch))
	}
	data := &rollup.BatchData{Height: height, Txs: batch, Accounts: res.Accounts}
	h := &rollup.Header{
		ParentHash: parent, Height: height, StateRoot: res.StateRoot, TxRoot: res.TxRoot,
		DepositIndex: res.DepositIndex, DepositAcc: res.DepositAcc, Withdrawals: res.Withdrawals, DataRoot: data.DataRoot(),
		HistoryRoot: e.hist.Root(),
	}
	return h, data
}

// syntheticHeight certifies and submits an empty batch's header whose data
// root commits to arbitrary bytes instead of its batch data: the contract
// only sees the data root, so gas benchmarks use it to fix the chunks'
// content (worst case: full chunks of non-zero bytes).
func (e *env) syntheticHeight(data []byte) *rollup.Header {
	e.t.Helper()
	parent, depositIndex, depositAcc, height := common.Hash{}, uint64(0), common.Hash{}, uint64(1)
	if e.head != nil {
		parent, depositIndex, depositAcc, height = e.head.Hash(), e.head.DepositIndex, e.head.DepositAcc, e.head.Height+1
	}
	res, err := rollup.Apply(e.domain, e.tree, depositIndex, depositAcc, depositQueue{}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	h := &rollup.Header{
		ParentHash: parent, Height: height, StateRoot: res.StateRoot, TxRoot: res.TxRoot,
		DepositIndex: res.DepositIndex, DepositAcc: res.DepositAcc, DataRoot: merkle.ChunkRoot(data),
		HistoryRoot: e.hist.Root(),
	}
	e.submit(h)
	return h
}

// qc has every enclave vote for h.
func (e *env) qc(h *rollup.Header) quorum.QC {
	e.t.Helper()
	vd := e.domain.VoteDomain()
	var votes []quorum.Vote
	for _, enc := range e.enclaves {
		v, err := rollup.SignVote(enc, vd, h.Hash())
		if err != nil {
			e.t.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(e.committee, vd, h.Hash(), votes)
	if err != nil {
		e.t.Fatal(err)
	}
	return qc
}

// submitDA hands h's data to the given DAPs only (dap_certify: each stores
// it and opens a session; then round 2), and submits h with their DA
// certificate, which it returns.
func (e *env) submitDA(h *rollup.Header, d *rollup.BatchData, to ...*testDAP) *dacert.Cert {
	e.t.Helper()
	digest := rollup.DADigest(e.domain, h.Height, h.DataRoot)
	var bitmap uint64
	r1 := map[int]dap.Round1{}
	for _, p := range to {
		r, err := p.node.Certify(e.ctx, h, d)
		if err != nil {
			e.t.Fatal(err)
		}
		i, _ := e.daSet.Index(p.addr)
		bitmap |= 1 << i
		r1[i] = r
	}
	sub, err := e.daSet.Subset(bitmap)
	if err != nil {
		e.t.Fatal(err)
	}
	var pubs []dacert.PubNonce
	for _, i := range sub.Members {
		pubs = append(pubs, r1[i].Nonce)
	}
	agg, err := dacert.AggregateNonces(pubs)
	if err != nil {
		e.t.Fatal(err)
	}
	var parts []dacert.Partial
	for _, i := range sub.Members {
		for _, p := range to {
			if j, _ := e.daSet.Index(p.addr); j == i {
				part, err := p.node.Sign(e.ctx, r1[i].Session, bitmap, agg)
				if err != nil {
					e.t.Fatal(err)
				}
				parts = append(parts, part)
			}
		}
	}
	cert, err := e.daSet.Aggregate(bitmap, agg, digest, parts)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(acctSubmitter), h, e.committee, e.rule, e.qc(h), cert))
	e.head = h
	if err := e.hist.Append(h.Hash()); err != nil {
		e.t.Fatal(err)
	}
	return cert
}

// submit certifies h with every enclave's vote and has the TSC accept it.
func (e *env) submit(h *rollup.Header) {
	e.t.Helper()
	vd := e.domain.VoteDomain()
	var votes []quorum.Vote
	for _, enc := range e.enclaves {
		v, err := rollup.SignVote(enc, vd, h.Hash())
		if err != nil {
			e.t.Fatal(err)
		}
		votes = append(votes, v)
	}
	qc, err := quorum.NewECDSAQC(e.committee, vd, h.Hash(), votes)
	if err != nil {
		e.t.Fatal(err)
	}
	e.mine(e.l1.UpdateState(e.ctx, e.chain.Transactor(acctSubmitter), h, e.committee, e.rule, qc))
	e.head = h
	if err := e.hist.Append(h.Hash()); err != nil {
		e.t.Fatal(err)
	}
}

// emptyHeight certifies and submits a header with an empty batch (the
// cheapest height to land) and returns it with its batch data.
func (e *env) emptyHeight() (*rollup.Header, *rollup.BatchData) {
	e.t.Helper()
	parent, depositIndex, depositAcc, height := common.Hash{}, uint64(0), common.Hash{}, uint64(1)
	if e.head != nil {
		parent, depositIndex, depositAcc, height = e.head.Hash(), e.head.DepositIndex, e.head.DepositAcc, e.head.Height+1
	}
	res, err := rollup.Apply(e.domain, e.tree, depositIndex, depositAcc, depositQueue{}, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	data := &rollup.BatchData{Height: height, Accounts: res.Accounts}
	h := &rollup.Header{
		ParentHash: parent, Height: height, StateRoot: res.StateRoot, TxRoot: res.TxRoot,
		DepositIndex: res.DepositIndex, DepositAcc: res.DepositAcc, DataRoot: data.DataRoot(),
		HistoryRoot: e.hist.Root(),
	}
	e.submit(h)
	return h, data
}

// newDAP adds a DAP (not registered) with an empty store, as newEnv does.
func (e *env) newDAP(acct int) *testDAP {
	e.t.Helper()
	cfg := dap.Config{Store: dap.NewMemoryStore(), Authorize: dap.TSCAuthorizer(e.chain.Client, e.l1.Deployment().Rollup)}
	if e.daSet != nil {
		if _, member := e.daSet.Index(e.chain.Accounts[acct].Address); member {
			cfg.Key, cfg.Domain, cfg.DASet = e.chain.Accounts[acct].Key, e.domain, e.daSet
		}
	}
	node, err := dap.NewNode(cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	srv, err := dap.NewRPCServer(dap.NewAPI(node))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(srv.Stop)
	rc := rpc.DialInProc(srv)
	e.t.Cleanup(rc.Close)
	auth := e.chain.Transactor(acct)
	d := &testDAP{
		acct: acct, addr: e.chain.Accounts[acct].Address, auth: auth, node: node, rpc: rc,
		responder: &dap.Responder{Contract: e.game, Node: node, Auth: auth},
	}
	e.daps = append(e.daps, d)
	return d
}

// request makes a chunk request for h and returns it with its receipt.
func (e *env) request(h *rollup.Header) (*dap.Request, *types.Receipt) {
	e.t.Helper()
	rc := e.mine(e.game.RequestChunk(e.ctx, e.chain.Transactor(acctRequester), h))
	r, err := e.game.RequestFromReceipt(rc)
	if err != nil {
		e.t.Fatal(err)
	}
	return r, rc
}

// poll has every DAP's responder poll once and mines what they sent.
func (e *env) poll(daps ...*testDAP) []*types.Receipt {
	e.t.Helper()
	var txs []*types.Transaction
	for _, d := range daps {
		sent, err := d.responder.Poll(e.ctx)
		if err != nil {
			e.t.Fatal(err)
		}
		txs = append(txs, sent...)
	}
	if len(txs) == 0 {
		return nil
	}
	return e.mineAll(txs, nil)
}

// settle mines past r's deadline and settles it.
func (e *env) settle(r *dap.Request) (*dap.Settlement, *types.Receipt) {
	e.t.Helper()
	e.mineTo(r.Deadline + 1) // gas estimation runs on the head block
	rc := e.mine(e.game.Settle(e.ctx, e.chain.Transactor(acctSettler), r))
	s, err := e.game.SettlementFromReceipt(rc)
	if err != nil {
		e.t.Fatal(err)
	}
	return s, rc
}

func (e *env) collateral(d *testDAP) *big.Int {
	e.t.Helper()
	info, err := e.game.Info(e.ctx, d.addr)
	if err != nil {
		e.t.Fatal(err)
	}
	return info.Collateral
}

func (e *env) balance(addr common.Address) *big.Int {
	e.t.Helper()
	b, err := e.chain.Client.BalanceAt(e.ctx, addr, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// gasCost is what a receipt's transaction cost its sender.
func gasCost(rc *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
}
