package rollup_test

import (
	"bytes"
	"crypto/ecdsa"
	crand "crypto/rand"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/quorum"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/rollup/rolluptest"
)

// dapKeys returns n deterministic DAP keys sorted by address and the DA
// set of them with threshold t.
func dapKeys(n, t int) ([]*ecdsa.PrivateKey, *dacert.Set) {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = chaintest.DeterministicKey("dap-" + string(rune('a'+i)))
	}
	slices.SortFunc(keys, func(a, b *ecdsa.PrivateKey) int {
		x, y := crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(b.PublicKey)
		return bytes.Compare(x[:], y[:])
	})
	pubs := make([]*secp256k1.PublicKey, n)
	for i, k := range keys {
		pubs[i] = rollup.SecpKey(k).PubKey()
	}
	set, err := dacert.NewSet(t, pubs)
	if err != nil {
		panic(err) // deterministic keys: a degenerate set is a test bug
	}
	return keys, set
}

// newDAEnv is an env whose Manager installed set during setup.
func newDAEnv(tb testing.TB, set *dacert.Set) *env {
	tb.Helper()
	return newEnvWith(tb, paperKinds, quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) { o.DASet = set })
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

// daCert has the DAPs of the subset bitmap sign (height, root) together.
func (e *env) daCert(keys []*ecdsa.PrivateKey, set *dacert.Set, height uint64, root common.Hash, bitmap uint64) *dacert.Cert {
	e.t.Helper()
	sk := make([]*secp256k1.PrivateKey, len(keys))
	for i, k := range keys {
		sk[i] = rollup.SecpKey(k)
	}
	c, err := set.SignLocal(crand.Reader, sk, bitmap, rollup.DADigest(e.domain, height, root))
	if err != nil {
		e.t.Fatal(err)
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
// accepts a header only with a MuSig2 certificate of two of the three DAPs
// over its data root. A committee that withholds the data (gives it to no
// DAP, or to one) has a valid QC from every enclave and still cannot land
// the header: it can neither skip the certificate nor forge one.
func TestDACertificateRequired(t *testing.T) {
	keys, set := dapKeys(3, 2)
	e := newDAEnv(t, set)
	h, _ := e.proposeWithData(queue{}, nil)
	qc := e.certify(h, e.all())
	da := func(c *dacert.Cert) error {
		_, err := e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, c)
		return err
	}
	digest := rollup.DADigest(e.domain, h.Height, h.DataRoot)
	// refused asserts the TSC reverts with want and Go's Set.Verify agrees.
	refused := func(t *testing.T, c *dacert.Cert, want any) {
		t.Helper()
		r := revertReason(t, da(c))
		if fmt.Sprintf("%T", r) != fmt.Sprintf("%T", want) {
			t.Fatalf("TSC: got %T %+v, want %T", r, r, want)
		}
		if err := set.Verify(c, digest); err == nil {
			t.Fatal("Go accepts what the TSC refuses")
		}
	}

	t.Run("no certificate: the DA-less path is closed", func(t *testing.T) {
		if _, ok := revertReason(t, func() error { _, err := e.submit(h, qc); return err }()).(*bindings.TeeRollupWrongConfig); !ok {
			t.Fatal("updateState without a DA certificate must revert WrongConfig")
		}
		_, err := rollup.TSCTx(e.l1, e.ctx, e.chain.Transactor(2), rollup.UpdateStateDACalldataRaw(e.l1, h, e.committee, e.rule, qc, nil))
		if _, ok := revertReason(t, err).(*bindings.TeeRollupDABadSignature); !ok {
			t.Fatal("an empty certificate must revert DABadSignature")
		}
	})
	t.Run("data given to one DAP: it signs alone for a pair", func(t *testing.T) {
		// The committee holds DAP 0's cooperation only. It runs MuSig2
		// with DAP 0 and makes up DAP 1's nonce and partial signature.
		for _, bitmap := range []uint64{0b011, 0b101} {
			sk0 := rollup.SecpKey(keys[0])
			fake := secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte("not DAP 1")))
			n0, err := dacert.NewNonce(crand.Reader, sk0, digest)
			if err != nil {
				t.Fatal(err)
			}
			nf, _ := dacert.NewNonce(crand.Reader, fake, digest)
			agg, _ := dacert.AggregateNonces([]dacert.PubNonce{n0.Pub(), nf.Pub()})
			p0, err := n0.Sign(set, sk0, 0, bitmap, agg, digest)
			if err != nil {
				t.Fatal(err)
			}
			var pf dacert.Partial
			pf[31] = 7
			c, err := set.Aggregate(bitmap, agg, digest, []dacert.Partial{p0, pf})
			if err == nil {
				t.Fatal("aggregated a certificate from one DAP")
			}
			if c, err = set.Combine(bitmap, agg, digest, []dacert.Partial{p0, pf}); err != nil {
				t.Fatal(err)
			}
			refused(t, c, &bindings.TeeRollupDABadSignature{})
		}
	})
	t.Run("a DA set the committee made up", func(t *testing.T) {
		rogueKeys, _ := dapKeys(4, 1)
		rogueKeys = rogueKeys[3:]
		rogue, err := dacert.NewSet(1, []*secp256k1.PublicKey{rollup.SecpKey(rogueKeys[0]).PubKey()})
		if err != nil {
			t.Fatal(err)
		}
		c := e.daCert(rogueKeys, rogue, h.Height, h.DataRoot, 1)
		refused(t, c, &bindings.TeeRollupWrongConfig{})
	})
	t.Run("certificate for another data root", func(t *testing.T) {
		refused(t, e.daCert(keys, set, h.Height, common.Hash{1}, 0b011), &bindings.TeeRollupDABadSignature{})
	})
	t.Run("certificate for another height", func(t *testing.T) {
		refused(t, e.daCert(keys, set, h.Height+1, h.DataRoot, 0b011), &bindings.TeeRollupDABadSignature{})
	})
	t.Run("certificate claiming another subset", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		c.Bitmap = 0b101 // leaf no longer under the root
		refused(t, c, &bindings.TeeRollupWrongConfig{})
		c = e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		o := e.daCert(keys, set, h.Height, h.DataRoot, 0b110)
		c.Bitmap, c.Ax, c.Parity, c.Proof = o.Bitmap, o.Ax, o.Parity, o.Proof // another subset's key
		refused(t, c, &bindings.TeeRollupDABadSignature{})
	})
	t.Run("forged s, zero R, s >= n", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		c.S[31] ^= 1
		refused(t, c, &bindings.TeeRollupDABadSignature{})
		c = e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		c.R = common.Address{}
		refused(t, c, &bindings.TeeRollupDABadSignature{})
		c = e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		c.S = common.MaxHash
		refused(t, c, &bindings.TeeRollupDABadSignature{})
	})
	t.Run("malformed certificate", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0b011)
		raw := c.Encode()
		_, err := rollup.TSCTx(e.l1, e.ctx, e.chain.Transactor(2), rollup.UpdateStateDACalldataRaw(e.l1, h, e.committee, e.rule, qc, raw[:len(raw)-1]))
		if _, ok := revertReason(t, err).(*bindings.TeeRollupDABadSignature); !ok {
			t.Fatal("a truncated certificate must revert DABadSignature")
		}
	})
	t.Run("honest: two of three stored and signed", func(t *testing.T) {
		c := e.daCert(keys, set, h.Height, h.DataRoot, 0b101)
		if err := set.Verify(c, digest); err != nil {
			t.Fatal(err)
		}
		e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, c))
		head, err := e.l1.Head(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if head.Height != 1 || head.HeaderHash != h.Hash() {
			t.Fatalf("TSC head %d %s, want 1 %s", head.Height, head.HeaderHash, h.Hash())
		}
	})
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
	setup := newEnvWith(t, paperKinds, quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) { o.Unbound = true })
	mgr := setup.l1.Deployment().Manager
	enc := set.Encode()
	for name, raw := range map[string][]byte{
		"threshold 0":    append([]byte{3, 0}, enc[2:]...),
		"threshold > n":  append([]byte{3, 4}, enc[2:]...),
		"short":          enc[:40],
		"zero root":      append(append([]byte{3, 2}, make([]byte, 32)...), enc[34:]...),
		"trailing bytes": append(bytes.Clone(enc), 0),
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
	e.mine(e.l1.UpdateStateDA(e.ctx, e.chain.Transactor(2), h, e.committee, e.rule, qc, e.daCert(keys, set, h.Height, h.DataRoot, 0b011)))
}

// TestInstalledDASetChecksRoot: nodes load the DA set from the Manager
// through dacert.DecodeSet, which rebuilds the root from the keys; a set
// whose root governance got wrong (the Manager cannot check it) is refused
// with dacert.ErrRootMismatch.
func TestInstalledDASetChecksRoot(t *testing.T) {
	_, set := dapKeys(3, 2)
	e := newDAEnv(t, set)
	got, err := e.l1.InstalledDASet(e.ctx)
	if err != nil || got.Root() != set.Root() {
		t.Fatalf("installed set: %v", err)
	}
	if _, err := newEnv(t, paperKinds, quorum.DistinctKinds{K: 2}).l1.InstalledDASet(e.ctx); !errors.Is(err, rollup.ErrNoDASet) {
		t.Fatalf("no DA set: %v", err)
	}
	setup := newEnvWith(t, paperKinds, quorum.DistinctKinds{K: 2}, func(o *rolluptest.Options) { o.Unbound = true })
	bad := set.Encode()
	bad[2] ^= 1 // the root
	setup.mine(rollup.MgrTx(setup.l1, setup.ctx, setup.admin, mgrABI.PackSetDataAvailability(bad)))
	if _, err := setup.l1.InstalledDASet(setup.ctx); !errors.Is(err, dacert.ErrRootMismatch) {
		t.Fatalf("mismatching root: %v", err)
	}
}
