package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
)

// health is what /healthz answers.
type health struct {
	Status  string          `json:"status"`
	Enclave *common.Address `json:"enclave"`
	Height  uint64          `json:"height"`
}

func getHealth(ctx context.Context, base string) (*health, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var h health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return &h, fmt.Errorf("healthz: %s", resp.Status)
	}
	return &h, nil
}

// waitHealthy waits for a process's /healthz to answer 200.
func waitHealthy(ctx context.Context, base string, p *proc) error {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		if _, err := getHealth(ctx, base); err == nil {
			return nil
		}
		if !p.alive() {
			return errors.New("exited")
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not healthy: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func dapHead(ctx context.Context, c *rpc.Client) (uint64, error) {
	var h hexutil.Uint64
	err := c.CallContext(ctx, &h, dap.Namespace+"_head")
	return uint64(h), err
}

// settled: every sequencer and every DAP is at the TSC's height.
func settled(ctx context.Context, d *deployment, nodes []*rpcNode, daps []*rpc.Client, req *dap.Request) (bool, error) {
	head, err := d.l1.Head(ctx)
	if err != nil {
		return false, err
	}
	if req != nil {
		// The DAPs' responders settle the request once its deadline passed.
		if open, err := d.da.IsOpen(ctx, req.ID); err != nil || open {
			return false, err
		}
	}
	for _, n := range nodes {
		h, err := n.head(ctx)
		if err != nil || uint64(h.Height) != head.Height {
			return false, err
		}
	}
	for _, c := range daps {
		h, err := dapHead(ctx, c)
		if err != nil || h != head.Height {
			return false, err
		}
	}
	return true, nil
}

// check verifies the settled run, as examples/devnet does, through the
// processes' APIs: every sequencer and DAP agrees with the TSC, nothing was
// created or lost, every transaction sent was applied exactly once, and
// every redeem reached L1. A restarted sequencer must still hold its
// registered enclave key.
func check(ctx context.Context, d *deployment, b *nonceGuard, nodes []*rpcNode, daps []*rpc.Client, l *load, w *watcher, supply *big.Int) (ok, warn []string, _ error) {
	var bad []error
	expect := func(cond bool, pass, fail string, args ...any) {
		if cond {
			ok = append(ok, pass)
		} else {
			bad = append(bad, fmt.Errorf(fail, args...))
		}
	}
	head, err := d.l1.Head(ctx)
	if err != nil {
		return nil, nil, err
	}
	agree := true
	for i, n := range nodes {
		h, err := n.head(ctx)
		if err != nil {
			return ok, warn, fmt.Errorf("sequencer %d: %w", i, err)
		}
		if uint64(h.Height) != head.Height || h.StateRoot != head.StateRoot {
			agree = false
			bad = append(bad, fmt.Errorf("sequencer %d at height %d root %s, TSC at %d root %s", i, h.Height, h.StateRoot, head.Height, head.StateRoot))
		}
	}
	expect(agree, fmt.Sprintf("all %d sequencers at the TSC's height %d and state root %s", len(nodes), head.Height, head.StateRoot.TerminalString()),
		"sequencers disagree with the TSC")
	ids := true
	for i, s := range d.seqs {
		h, err := getHealth(ctx, s.metrics)
		if err != nil || h.Enclave == nil || *h.Enclave != s.enclave {
			ids = false
			bad = append(bad, fmt.Errorf("sequencer %d runs enclave %v, registered %s (%v)", i, h, s.enclave, err))
		}
	}
	expect(ids, "every sequencer runs the enclave key it registered (restarts unsealed it)", "enclave identity lost")
	served := true
	for i, c := range daps {
		var res dap.MetadataResult
		if err := c.CallContext(ctx, &res, dap.Namespace+"_metadata", hexutil.Uint64(head.Height)); err != nil {
			served = false
			bad = append(bad, fmt.Errorf("dap %d: height %d: %w", i, head.Height, err))
			continue
		}
		hd, err := rollup.DecodeHeader(res.Header)
		if err != nil || hd.Hash() != head.HeaderHash {
			served = false
			bad = append(bad, fmt.Errorf("dap %d serves another header at height %d", i, head.Height))
		}
		if h, err := dapHead(ctx, c); err != nil || h != head.Height {
			served = false
			bad = append(bad, fmt.Errorf("dap %d at height %d, TSC at %d (%v)", i, h, head.Height, err))
		}
	}
	if msg, err := admitNewcomer(ctx, d, b); err != nil {
		bad = append(bad, fmt.Errorf("committee admission: %w", err))
	} else {
		ok = append(ok, msg)
	}
	mok, mbad := checkMetrics(ctx, d, head.Height)
	ok, bad = append(ok, mok...), append(bad, mbad...)
	if d.da != nil {
		dok, dbad := checkDA(ctx, d)
		ok, bad = append(ok, dok...), append(bad, dbad...)
	}
	expect(served, fmt.Sprintf("all %d DAPs serve every height up to %d (the TSC's header)", len(daps), head.Height), "DAPs behind")

	expect(head.DepositCount == l.deposits && head.DepositIndex == head.DepositCount,
		fmt.Sprintf("%d deposits queued on L1, all credited", l.deposits),
		"TSC queued %d deposits and credited %d; clients sent %d", head.DepositCount, head.DepositIndex, l.deposits)
	expect(len(w.queue) == 0 && uint64(w.stats.deposits) == l.deposits && uint64(w.stats.transfers) == l.transfers && uint64(w.stats.redeems) == l.redeems,
		fmt.Sprintf("every transaction sent was applied once (%d transfers, %d redeems)", l.transfers, l.redeems),
		"accepted headers hold %d deposits, %d transfers, %d redeems; clients sent %d, %d, %d",
		w.stats.deposits, w.stats.transfers, w.stats.redeems, l.deposits, l.transfers, l.redeems)

	want := new(big.Int).Sub(l.deposited, l.redeemed)
	sums := true
	for i, n := range nodes {
		sum := new(big.Int)
		for _, u := range l.users {
			a, err := n.account(ctx, u.addr)
			if err != nil {
				return ok, warn, fmt.Errorf("sequencer %d: account %s: %w", i, u.addr, err)
			}
			sum.Add(sum, a.Balance.ToInt())
			if i == 0 && uint64(a.Nonce) != u.nonce {
				bad = append(bad, fmt.Errorf("user %s has rollup nonce %d, sent %d transactions", u.addr, a.Nonce, u.nonce))
			}
		}
		if i == 0 {
			supply.Set(sum)
		}
		if sum.Cmp(want) != 0 {
			sums = false
			bad = append(bad, fmt.Errorf("sequencer %d: rollup balances sum to %s wei, deposits − redeems = %s", i, sum, want))
		}
	}
	if sums {
		ok = append(ok, fmt.Sprintf("rollup balances sum to deposits − redeems (%s wei) on every sequencer", want))
	}

	owed := new(big.Int).Add(w.paid, w.deferred)
	expect(owed.Cmp(l.redeemed) == 0, fmt.Sprintf("the TSC paid out exactly the redeems (%s wei)", l.redeemed),
		"TSC paid %s and deferred %s wei, clients redeemed %s", w.paid, w.deferred, l.redeemed)
	tsc := l.tsc.Instance(b, d.l1.Deployment().Rollup)
	arrived := true
	for _, u := range l.users {
		bal, err := b.BalanceAt(ctx, u.addr, nil)
		if err != nil {
			return ok, warn, err
		}
		if w.deferred.Sign() > 0 {
			parked, err := bind.Call(tsc, &bind.CallOpts{Context: ctx}, l.tsc.PackPendingWithdrawals(u.addr), l.tsc.UnpackPendingWithdrawals)
			if err != nil {
				return ok, warn, err
			}
			bal.Add(bal, parked)
		}
		if bal.Cmp(u.redeemed) != 0 {
			arrived = false
			bad = append(bad, fmt.Errorf("user %s: %s wei on L1, redeemed %s", u.addr, bal, u.redeemed))
		}
	}
	if arrived {
		ok = append(ok, fmt.Sprintf("each user's redeems arrived at its L1 address (%d users)", len(l.users)))
	}
	held, err := b.BalanceAt(ctx, d.l1.Deployment().Rollup, nil)
	if err != nil {
		return ok, warn, err
	}
	wantHeld := new(big.Int).Sub(l.deposited, w.paid)
	expect(held.Cmp(wantHeld) == 0, fmt.Sprintf("the TSC holds deposits − payouts (%s wei)", wantHeld),
		"TSC holds %s wei, deposits − payouts = %s", held, wantHeld)
	if len(bad) > 0 {
		return ok, warn, fmt.Errorf("%w: %w", ErrInvariant, errors.Join(bad...))
	}
	return ok, warn, nil
}

// scrape reads a /metrics exposition into series → value (series names
// include their labels as written).
func scrape(ctx context.Context, base string) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/metrics", nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	m := map[string]float64{}
	for _, line := range strings.Split(string(body), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			continue
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return nil, fmt.Errorf("metrics line %q: %w", line, err)
		}
		m[line[:i]] = v
	}
	return m, nil
}

// checkMetrics: every process's /metrics agrees with what the run did.
func checkMetrics(ctx context.Context, d *deployment, height uint64) (ok []string, bad []error) {
	var qcs, gas, admitted, uploads float64
	for i, s := range d.seqs {
		m, err := scrape(ctx, s.metrics)
		if err != nil {
			bad = append(bad, fmt.Errorf("sequencer %d metrics: %w", i, err))
			continue
		}
		if m["teerollup_height"] != float64(height) {
			bad = append(bad, fmt.Errorf("sequencer %d: teerollup_height %v, TSC at %d", i, m["teerollup_height"], height))
		}
		qcs += m["teerollup_qcs_total"]
		gas += m["teerollup_l1_gas_used_total"]
		admitted += m["teerollup_txs_admitted_total"]
		uploads += m[`teerollup_dap_uploads_total{result="ok"}`] + m[`teerollup_dap_uploads_total{result="partial"}`]
	}
	if qcs == 0 || gas == 0 || admitted == 0 || uploads == 0 {
		bad = append(bad, fmt.Errorf("sequencer metrics: %v QCs, %v gas, %v admitted, %v uploads; want all > 0", qcs, gas, admitted, uploads))
	}
	for i, dn := range d.daps {
		m, err := scrape(ctx, dn.metrics)
		if err != nil {
			bad = append(bad, fmt.Errorf("dap %d metrics: %w", i, err))
			continue
		}
		if m["teerollup_dap_height"] != float64(height) {
			bad = append(bad, fmt.Errorf("dap %d: teerollup_dap_height %v, TSC at %d", i, m["teerollup_dap_height"], height))
		}
	}
	if len(bad) == 0 {
		ok = append(ok, fmt.Sprintf("/metrics of every process agree (heights %d; %v QCs built, %v L1 gas spent, %v transactions admitted across sequencers)", height, qcs, gas, admitted))
	}
	return ok, bad
}

// checkDA: every DAP is still in the game, a DAP that was never down lost
// nothing, and each DAP's penalty metric is what it lost on chain
// (a DAP down through a request's window loses AnswerCost + Epsilon).
func checkDA(ctx context.Context, d *deployment) (ok []string, bad []error) {
	lost := make([]*big.Int, len(d.daps))
	for i, dn := range d.daps {
		info, err := d.da.Info(ctx, dn.account)
		if err != nil {
			return nil, []error{fmt.Errorf("dap %d: DA info: %w", i, err)}
		}
		if !info.Registered {
			bad = append(bad, fmt.Errorf("dap %d is not registered in the DA game", i))
			continue
		}
		lost[i] = new(big.Int).Sub(daCollateral, info.Collateral)
		if lost[i].Sign() < 0 {
			lost[i].SetInt64(0)
		}
	}
	if len(bad) > 0 {
		return nil, bad
	}
	penalty := new(big.Int).Add(daParams.AnswerCost, daParams.Epsilon)
	var desc []string
	for i, dn := range d.daps {
		if lost[i].Sign() != 0 && lost[i].Cmp(penalty) != 0 {
			bad = append(bad, fmt.Errorf("dap %d lost %s wei, not 0 or a silent DAP's %s", i, lost[i], penalty))
		}
		if i < len(d.daps)-1 && lost[i].Sign() != 0 {
			bad = append(bad, fmt.Errorf("dap %d was never down and lost %s wei", i, lost[i]))
		}
		// The node refreshes the gauge every few seconds.
		want, _ := new(big.Float).SetInt(lost[i]).Float64()
		var got float64
		for deadline := time.Now().Add(20 * time.Second); ; {
			m, err := scrape(ctx, dn.metrics)
			if err == nil {
				got = m["teerollup_dap_penalties_wei"]
				if got == want {
					break
				}
			}
			if time.Now().After(deadline) {
				bad = append(bad, fmt.Errorf("dap %d: teerollup_dap_penalties_wei %v, lost %v on chain", i, got, want))
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
		desc = append(desc, fmt.Sprintf("dap%d lost %s", i, lost[i]))
	}
	if len(bad) == 0 {
		ok = append(ok, fmt.Sprintf("DA game: every DAP registered, penalties as the rule says and as /metrics report (%s wei)", strings.Join(desc, ", ")))
	}
	return ok, bad
}
