package rollup

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/statetree"
)

// naiveHistoryRoot is the root over leaves by the definition: a full tree of
// depth HistoryDepth with zero leaves after them.
func naiveHistoryRoot(leaves []common.Hash) common.Hash {
	level := append([]common.Hash(nil), leaves...)
	for i := range HistoryDepth {
		if len(level)%2 == 1 {
			level = append(level, historyZero[i])
		}
		if len(level) == 0 {
			return historyZero[HistoryDepth]
		}
		next := make([]common.Hash, len(level)/2)
		for j := range next {
			next[j] = hashPair(level[2*j], level[2*j+1])
		}
		level = next
	}
	return level[0]
}

func TestHistoryRootsAndProofs(t *testing.T) {
	rng := rand.New(rand.NewPCG(20261205, 1))
	h := NewHistory()
	var f HistoryFrontier
	var leaves []common.Hash
	check := func(count uint64) {
		t.Helper()
		want := naiveHistoryRoot(leaves[:count])
		got, err := h.RootAt(count)
		if err != nil || got != want {
			t.Fatalf("RootAt(%d) = %s, %v; want %s", count, got, err, want)
		}
		for _, i := range []uint64{0, count / 2, count - 1} {
			if i >= count {
				continue
			}
			p, err := h.Prove(i, count)
			if err != nil {
				t.Fatal(err)
			}
			if err := VerifyHistory(want, count, leaves[i], p); err != nil {
				t.Fatalf("leaf %d of %d: %v", i, count, err)
			}
		}
	}
	if f.Root() != naiveHistoryRoot(nil) || h.Root() != f.Root() {
		t.Fatal("empty roots differ")
	}
	for n := uint64(1); n <= 300; n++ {
		leaf := randHash(rng)
		leaves = append(leaves, leaf)
		if err := h.Append(leaf); err != nil {
			t.Fatal(err)
		}
		if err := f.Append(leaf); err != nil {
			t.Fatal(err)
		}
		if !f.canonical() || f != h.Frontier() {
			t.Fatalf("%d leaves: frontier not canonical or not History's", n)
		}
		if f.Root() != naiveHistoryRoot(leaves) {
			t.Fatalf("%d leaves: frontier root differs", n)
		}
		check(n)
		check(1 + rng.Uint64N(n))
	}
	// Truncate rolls back to a prefix and extends again the same way.
	h.Truncate(77)
	leaves = leaves[:77]
	f = HistoryFrontier{}
	for _, l := range leaves {
		_ = f.Append(l)
	}
	if h.Frontier() != f || h.Root() != naiveHistoryRoot(leaves) {
		t.Fatal("truncated history differs from one built to the same length")
	}
	check(77)
	if _, err := h.Prove(77, 77); !errors.Is(err, ErrNotInHistory) {
		t.Fatalf("proof past the count: %v", err)
	}
	if _, err := h.RootAt(78); !errors.Is(err, ErrNotInHistory) {
		t.Fatalf("root past the length: %v", err)
	}
}

type historyCase struct {
	what  string
	root  common.Hash
	count uint64
	leaf  common.Hash
	p     HistoryProof
}

func tamperHistory(rng *rand.Rand, c historyCase) historyCase {
	c.p.Siblings = append([]common.Hash(nil), c.p.Siblings...)
	switch rng.IntN(8) {
	case 0:
		c.leaf[rng.IntN(32)] ^= 1
		c.what = "other leaf"
	case 1:
		c.root[rng.IntN(32)] ^= 1
		c.what = "other root"
	case 2:
		c.p.Index ^= 1 + rng.Uint64N(3)
		c.what = "other index"
	case 3:
		if len(c.p.Siblings) == 0 {
			c.p.Siblings = append(c.p.Siblings, common.Hash{})
			c.what = "add sibling"
			break
		}
		c.p.Siblings[rng.IntN(len(c.p.Siblings))][rng.IntN(32)] ^= 1
		c.what = "flip sibling"
	case 4:
		if len(c.p.Siblings) == 0 {
			c.leaf = common.Hash{}
			c.what = "zero leaf"
			break
		}
		c.p.Siblings = c.p.Siblings[:len(c.p.Siblings)-1]
		c.what = "drop sibling"
	case 5:
		c.p.Siblings = append(c.p.Siblings, historyZero[len(c.p.Siblings)])
		c.what = "extra (empty) sibling"
	case 6:
		c.p.Index = c.count
		c.what = "index at count"
	default:
		c.count = 2*c.count + 1
		c.what = "count needing a longer proof"
	}
	return c
}

// TestHistoryProofsMatchSolidity runs honest and corrupted history proofs
// through VerifyHistory and the Solidity HistoryTree library and requires
// the same verdict: honest proofs pass, corrupted ones fail in both.
func TestHistoryProofsMatchSolidity(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewHistoryTreeHarness()
	addr := c.Deploy(t, &bindings.HistoryTreeHarnessMetaData, nil)
	rng := rand.New(rand.NewPCG(20261205, 2))
	h := NewHistory()
	var cases []historyCase
	for n := uint64(1); n <= 140; n++ {
		if err := h.Append(randHash(rng)); err != nil {
			t.Fatal(err)
		}
		count := 1 + rng.Uint64N(n)
		i := rng.Uint64N(count)
		p, err := h.Prove(i, count)
		if err != nil {
			t.Fatal(err)
		}
		root, _ := h.RootAt(count)
		honest := historyCase{"honest", root, count, h.Leaf(i), p}
		cases = append(cases, honest, tamperHistory(rng, honest), tamperHistory(rng, honest))
	}
	for k, tc := range cases {
		goOK := VerifyHistory(tc.root, tc.count, tc.leaf, tc.p) == nil
		sibs := make([][32]byte, len(tc.p.Siblings))
		for j, s := range tc.p.Siblings {
			sibs[j] = s
		}
		out := c.Call(t, addr, harness.PackVerify(tc.root, new(big.Int).SetUint64(tc.count), new(big.Int).SetUint64(tc.p.Index), tc.leaf, sibs))
		solOK, err := harness.UnpackVerify(out)
		if err != nil {
			t.Fatal(err)
		}
		if goOK != solOK {
			t.Fatalf("case %d (%s): Go %v, Solidity %v", k, tc.what, goOK, solOK)
		}
		if (tc.what == "honest") != goOK {
			t.Fatalf("case %d (%s): verdict %v", k, tc.what, goOK)
		}
	}
	for _, n := range []uint64{0, 1, 2, 3, 4, 5, 255, 256, 257, 1 << 20, 1<<32 + 1} {
		out := c.Call(t, addr, harness.PackProofLen(new(big.Int).SetUint64(n)))
		got, err := harness.UnpackProofLen(out)
		if err != nil {
			t.Fatal(err)
		}
		if got.Uint64() != uint64(HistoryProofLen(n)) {
			t.Fatalf("proofLen(%d): Solidity %d, Go %d", n, got, HistoryProofLen(n))
		}
	}
}

func TestCheckpointRoundTrip(t *testing.T) {
	h := NewHistory()
	rng := rand.New(rand.NewPCG(1, 2))
	for n := uint64(0); n < 20; n++ {
		c := Checkpoint{Height: n, HeaderHash: randHash(rng), StateRoot: randHash(rng), DepositIndex: n * 3, DepositAcc: randHash(rng), History: h.Frontier()}
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		got, err := DecodeCheckpoint(c.Encode())
		if err != nil || got != c {
			t.Fatalf("height %d: round trip %v, %+v", n, err, got)
		}
		_ = h.Append(randHash(rng))
	}
	for _, tc := range []struct {
		name string
		c    Checkpoint
	}{
		{"count is not the height", Checkpoint{Height: 2, History: HistoryFrontier{Count: 1}}},
		{"branch at an unset level", Checkpoint{Height: 1, History: HistoryFrontier{Count: 1, Branch: [HistoryDepth]common.Hash{{1}, {2}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.c.Validate(); !errors.Is(err, ErrBadCheckpoint) {
				t.Fatalf("got %v, want ErrBadCheckpoint", err)
			}
		})
	}
}

// ecdsaKey is an EnclaveKey over a plain secp256k1 key, for enclave unit
// tests that need no attestation.
type ecdsaKey struct{ k *ecdsa.PrivateKey }

func (k ecdsaKey) Address() common.Address            { return crypto.PubkeyToAddress(k.k.PublicKey) }
func (k ecdsaKey) Sign(h common.Hash) ([]byte, error) { return crypto.Sign(h[:], k.k) }

type noDeposits struct{}

func (noDeposits) Deposit(uint64) (common.Address, *uint256.Int, bool) {
	return common.Address{}, nil, false
}

func newTestEnclave(t *testing.T, head Checkpoint) *Enclave {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	e, err := NewEnclave(ecdsaKey{k}, Domain{ChainID: big.NewInt(1), TSC: common.Address{7}}, statetree.NewMemoryStore(), noDeposits{}, head)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// signedProposal is a proposal of h signed by a leader's enclave key (an
// enclave votes only for signed proposals; whether the signer leads is the
// host's check).
func signedProposal(t *testing.T, e *Enclave, h *Header) *Proposal {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sig, err := signDigest(ecdsaKey{k}, ProposalDigest(e.domain.VoteDomain(), h.Hash(), 0))
	if err != nil {
		t.Fatal(err)
	}
	return &Proposal{Header: h, Sig: sig}
}

// The enclave computes each header's HistoryRoot from its frontier, refuses
// to vote for a proposal with another one, carries the frontier in its
// checkpoint, and rolls it back with Rewind.
func TestEnclaveHistoryRoot(t *testing.T) {
	e := newTestEnclave(t, Checkpoint{})
	hist := NewHistory()
	var heads []Checkpoint
	for height := uint64(1); height <= 5; height++ {
		h, _, err := e.Execute(nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := hist.RootAt(height - 1)
		if h.HistoryRoot != want {
			t.Fatalf("height %d: history root %s, want %s", height, h.HistoryRoot, want)
		}
		// A proposal with any other history root gets no vote.
		bad := *h
		bad.HistoryRoot[0] ^= 1
		if _, err := e.Vote(signedProposal(t, e, &bad), nil); !errors.Is(err, ErrHeaderMismatch) {
			t.Fatalf("height %d: vote on a wrong history root: %v, want ErrHeaderMismatch", height, err)
		}
		if _, err := e.Vote(signedProposal(t, e, h), nil); err != nil {
			t.Fatal(err)
		}
		if err := e.Accept(h); err != nil {
			t.Fatal(err)
		}
		_ = hist.Append(h.Hash())
		heads = append(heads, e.Head())
		if e.Head().History != hist.Frontier() {
			t.Fatalf("height %d: checkpoint frontier differs from the history's", height)
		}
	}
	// A restart from the stored checkpoint goes on with the same root.
	dec, err := DecodeCheckpoint(e.Head().Encode())
	if err != nil {
		t.Fatal(err)
	}
	e2 := newTestEnclave(t, dec)
	h6, _, err := e2.Execute(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h6.HistoryRoot != hist.Root() {
		t.Fatal("restarted enclave computes another history root")
	}
	// Rewind takes the frontier back with the rest of the checkpoint.
	if err := e.Rewind(heads[1]); err != nil {
		t.Fatal(err)
	}
	h3, _, err := e.Execute(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := hist.RootAt(2); h3.HistoryRoot != want {
		t.Fatalf("after rewind to height 2: history root %s, want %s", h3.HistoryRoot, want)
	}
	// A checkpoint whose frontier does not match its height is refused.
	if _, err := NewEnclave(ecdsaKey{nil}, Domain{ChainID: big.NewInt(1), TSC: common.Address{7}}, statetree.NewMemoryStore(), noDeposits{},
		Checkpoint{Height: 3}); !errors.Is(err, ErrBadCheckpoint) {
		t.Fatalf("checkpoint without its history: %v, want ErrBadCheckpoint", err)
	}
}
