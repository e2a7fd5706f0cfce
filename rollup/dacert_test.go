package rollup_test

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/internal/chaintest"
	"github.com/teerollup/teerollup/internal/devnet"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
)

// dapKeys returns n deterministic DAP keys sorted by address and the DA
// set of them with threshold t.
func dapKeys(n, t int) ([]*ecdsa.PrivateKey, *rollup.DASet) {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = chaintest.DeterministicKey("dap-" + string(rune('a'+i)))
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	set := &rollup.DASet{Threshold: t}
	for _, k := range keys {
		set.Members = append(set.Members, crypto.PubkeyToAddress(k.PublicKey))
	}
	return keys, set
}

// newDAEnv is an env whose Manager installed set during setup.
func newDAEnv(tb testing.TB, set *rollup.DASet) *env {
	tb.Helper()
	return newEnvWith(tb, paperKinds, quorum.DistinctKinds{K: 2}, func(o *devnet.Options) { o.DASet = set })
}

// proposeWithData is propose with the header's data root set, as the
// enclave sets it.
func (e *env) proposeWithData(q rollup.DepositQueue, batch []*rollup.Tx) (*rollup.Header, *rollup.BatchData) {
	e.t.Helper()
	h, res := e.apply(q, batch)
	d := &rollup.BatchData{Height: h.Height, Txs: batch, Accounts: res.Accounts}
	h.DataRoot = d.DataRoot()
	return h, d
}

// daCert has the DAPs at the given set indexes sign (height, root). It
// builds the certificate by hand, so it may be below threshold.
func (e *env) daCert(keys []*ecdsa.PrivateKey, set *rollup.DASet, height uint64, root common.Hash, idx ...int) *rollup.DACert {
	e.t.Helper()
	c := &rollup.DACert{Set: set}
	slices.Sort(idx)
	for _, i := range idx {
		sig, err := rollup.SignDA(keys[i], e.domain, height, root)
		if err != nil {
			e.t.Fatal(err)
		}
		c.Signers |= 1 << i
		c.Sigs = append(c.Sigs, sig)
	}
	return c
}

func revertReason(t *testing.T, err error) any {
	t.Helper()
	var re *rollup.RevertError
	if !errors.As(err, &re) {
		t.Fatalf("want a revert, got %v", err)
	}
	return re.Reason
}

// TestDACertificateRequired: with a 2-of-3 DA set installed, the TSC
// accepts a header only with availability signatures of two of the three
// DAPs over its data root. A committee that withholds the data (gives it
// to no DAP, or to one) has a valid QC and still cannot land the header.
func TestDACertificateRequired(t *testing.T) {
	keys, set := dapKeys(3, 2)
	e := newDAEnv(t, set)
	h, _ := e.proposeWithData(queue{}, nil)
	qc := e.certify(h, e.all())
	da := func(c *rollup.DACert) error {
		_, err := e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, c)
		return err
	}

	t.Run("no certificate: the DA-less path is closed", func(t *testing.T) {
		if _, ok := revertReason(t, func() error { _, err := e.submit(h, qc); return err }()).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("updateState without a DA certificate must revert WrongConfig")
		}
	})
	t.Run("data given to no DAP", func(t *testing.T) {
		r, ok := revertReason(t, da(e.daCert(keys, set, h.Height, h.DataRoot))).(*bindings.TeeRollupDAThresholdNotMet)
		if !ok || r.Threshold.Uint64() != 2 || r.Signers.Uint64() != 0 {
			t.Fatalf("got %+v", r)
		}
	})
	t.Run("data given to fewer than the threshold", func(t *testing.T) {
		for i := range 3 {
			r, ok := revertReason(t, da(e.daCert(keys, set, h.Height, h.DataRoot, i))).(*bindings.TeeRollupDAThresholdNotMet)
			if !ok || r.Signers.Uint64() != 1 {
				t.Fatalf("signer %d: got %+v", i, r)
			}
		}
	})
	t.Run("signatures over another data root", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, common.Hash{1}, 0, 1)
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("a signature by no member (or not over this header's data) must rebuild another set: WrongConfig")
		}
	})
	t.Run("signatures for another height", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height+1, h.DataRoot, 0, 1)
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("a signature by no member (or not over this header's data) must rebuild another set: WrongConfig")
		}
	})
	t.Run("one DAP signing twice", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0, 1)
		c.Sigs[1] = c.Sigs[0]
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("a signature by no member (or not over this header's data) must rebuild another set: WrongConfig")
		}
	})
	t.Run("a header vote is not a DA signature", func(t *testing.T) {
		// The DAP key signs a Vote for the header hash in the same
		// domain: the type hashes differ, so it does not count.
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0, 1)
		sig, err := crypto.Sign(quorum.VoteDigest(e.domain.VoteDomain(), h.Hash()).Bytes(), keys[1])
		if err != nil {
			t.Fatal(err)
		}
		sig[64] += 27
		copy(c.Sigs[1][:], sig)
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("a signature by no member (or not over this header's data) must rebuild another set: WrongConfig")
		}
	})
	t.Run("unrecoverable signatures", func(t *testing.T) {
		for name, spoil := range map[string]func(*[65]byte){
			"bad v":  func(s *[65]byte) { s[64] = 29 },
			"high s": func(s *[65]byte) { s[32] |= 0x80 },
			"zero r": func(s *[65]byte) { clear(s[:32]) },
		} {
			c := e.daCert(keys, set, h.Height, h.DataRoot, 0, 1)
			spoil(&c.Sigs[1])
			r, ok := revertReason(t, da(c)).(*bindings.TeeRollupDABadSignature)
			if !ok || r.Index.Uint64() != 1 {
				t.Fatalf("%s: want DABadSignature(1), got %+v", name, r)
			}
		}
	})
	t.Run("the committee's own DAPs", func(t *testing.T) {
		rogueKeys, rogueSet := dapKeys(4, 1)
		rogueKeys, rogueSet.Members = rogueKeys[3:], rogueSet.Members[3:]
		c := e.daCert(rogueKeys, rogueSet, h.Height, h.DataRoot, 0)
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("a DA set governance did not install must revert WrongConfig")
		}
	})
	t.Run("malformed certificate", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0, 1)
		c.Signers |= 1 << 2 // a bit without a signature
		if _, ok := revertReason(t, da(c)).(*bindings.TeeRollupDACertMalformed); !ok {
			t.Fatal("want DACertMalformed")
		}
	})
	t.Run("honest: two of three stored and signed", func(t *testing.T) {
		for _, idx := range [][]int{{0, 2}} {
			c := e.daCert(keys, set, h.Height, h.DataRoot, idx...)
			if err := c.Verify(e.domain, h.Height, h.DataRoot); err != nil {
				t.Fatal(err)
			}
			e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, c))
		}
		head, err := e.l1.Head(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if head.Height != 1 || head.HeaderHash != h.Hash() {
			t.Fatalf("TSC head %d %s, want 1 %s", head.Height, head.HeaderHash, h.Hash())
		}
	})
}

// TestDACertGoChecksMatchTSC: DACert.Verify refuses what the TSC refuses,
// with typed errors.
func TestDACertGoChecks(t *testing.T) {
	keys, set := dapKeys(3, 2)
	e := newDAEnv(t, set)
	root := common.Hash{7}
	if err := e.daCert(keys, set, 1, root, 1).Verify(e.domain, 1, root); !errors.Is(err, rollup.ErrDAThreshold) {
		t.Fatalf("one signer: %v", err)
	}
	if err := e.daCert(keys, set, 1, root, 0, 1).Verify(e.domain, 2, root); !errors.Is(err, rollup.ErrDACert) {
		t.Fatalf("wrong height: %v", err)
	}
	c := e.daCert(keys, set, 1, root, 0, 2)
	if err := c.Verify(e.domain, 1, root); err != nil {
		t.Fatal(err)
	}
	back, err := rollup.DecodeDACert(c.Encode())
	if err != nil || !bytes.Equal(back.Encode(), c.Encode()) {
		t.Fatalf("round trip: %v", err)
	}
	if err := back.Recover(e.domain, 1, root); err != nil || back.Set.Hash() != set.Hash() {
		t.Fatalf("recovered set %v (%v), want %v", back.Set.Members, err, set.Members)
	}
	if err := back.Verify(e.domain, 1, root); err != nil {
		t.Fatal(err)
	}
	sigs := map[common.Address][65]byte{}
	for i, k := range keys {
		sigs[set.Members[i]], _ = rollup.SignDA(k, e.domain, 1, root)
	}
	if _, err := rollup.NewDACert(set, e.domain, 1, root, sigs); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []*rollup.DASet{
		{Threshold: 0, Members: set.Members},
		{Threshold: 4, Members: set.Members},
		{Threshold: 1, Members: []common.Address{set.Members[1], set.Members[0]}},
		{Threshold: 1, Members: []common.Address{set.Members[0], set.Members[0]}},
		{Threshold: 1},
	} {
		if err := bad.Validate(); !errors.Is(err, rollup.ErrDASet) {
			t.Fatalf("%+v: %v", bad, err)
		}
	}
}

// TestDADigestMatchesSolidity: rollup.DADigest is TeeRollup.daDigest.
func TestDADigestMatchesSolidity(t *testing.T) {
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		height := rng.Uint64()
		if i%3 == 0 {
			height = uint64(i)
		}
		var root common.Hash
		for j := range root {
			root[j] = byte(rng.Uint32())
		}
		want, err := e.l1.DADigest(e.ctx, height, root)
		if err != nil {
			t.Fatal(err)
		}
		if got := rollup.DADigest(e.domain, height, root); got != want {
			t.Fatalf("height %d root %s: Go %s, Solidity %s", height, root, got, want)
		}
		if rollup.DADigest(e.domain, height, root) == quorum.VoteDigest(e.domain.VoteDomain(), root) {
			t.Fatal("a DA digest equals a vote digest")
		}
	}
}

// TestDASetGovernance: the Manager refuses malformed DA sets; after setup
// a new DA set waits out the governance delay like a committee, and once
// it executes the TSC requires certificates of the new set.
func TestDASetGovernance(t *testing.T) {
	keys, set := dapKeys(3, 2)
	setup := newEnvWith(t, paperKinds, quorum.DistinctKinds{K: 2}, func(o *devnet.Options) { o.Unbound = true })
	mgr := setup.l1.Deployment().Manager
	for name, raw := range map[string][]byte{
		"threshold 0":    append([]byte{3, 0}, set.Encode()[2:]...),
		"threshold > n":  append([]byte{3, 4}, set.Encode()[2:]...),
		"short":          set.Encode()[:40],
		"unsorted":       (&rollup.DASet{Threshold: 1, Members: []common.Address{set.Members[2], set.Members[0]}}).Encode(),
		"zero member":    (&rollup.DASet{Threshold: 1, Members: []common.Address{{}}}).Encode(),
		"trailing bytes": append(set.Encode(), 0),
	} {
		_, err := setup.chain.Client.CallContract(setup.ctx, ethereum.CallMsg{From: setup.admin.From, To: &mgr, Data: mgrABI.PackSetDataAvailability(raw)}, nil)
		if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		if _, r, _ := rollup.DecodeRevert(err, mgrABI.UnpackError); r == nil {
			t.Fatalf("%s: %v", name, err)
		} else if _, ok := r.(*bindings.ManagerBadDASet); !ok {
			t.Fatalf("%s: %T", name, r)
		}
	}
	e := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2})
	// Bound: a direct call is timelocked.
	if _, err := e.l1.SetDataAvailability(e.ctx, e.admin, set); err == nil {
		t.Fatal("setDataAvailability acted at once after setup")
	} else if _, ok := revertReason(t, err).(*bindings.ManagerTimelocked); !ok {
		t.Fatalf("want Timelocked, got %v", err)
	}
	call, err := e.l1.SetDataAvailabilityCall(set)
	if err != nil {
		t.Fatal(err)
	}
	c := e.queueChange(call)
	if c.Method() != "setDataAvailability" {
		t.Fatalf("queued %q", c.Method())
	}
	delay, err := e.l1.GovernanceDelay(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Meanwhile headers go on without DA.
	h, _ := e.proposeWithData(queue{}, nil)
	e.mine(e.submit(h, e.certify(h, e.all())))
	e.head = h
	wait(t, e.chain, delay+time.Second)
	e.mine(e.l1.ExecuteChange(e.ctx, e.admin, c))
	h, _ = e.proposeWithData(queue{}, nil)
	qc := e.certify(h, e.all())
	if _, err := e.submit(h, qc); err == nil {
		t.Fatal("header without DA certificate accepted after the DA set was installed")
	}
	e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, e.daCert(keys, set, h.Height, h.DataRoot, 0, 1)))
}
