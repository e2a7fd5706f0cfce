package rollup

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/contracts/bindings"
)

func randHash(rng *rand.Rand) (h common.Hash) {
	for i := range h {
		h[i] = byte(rng.Uint32())
	}
	return h
}

func randHeader(rng *rand.Rand) *Header {
	h := &Header{
		ParentHash: randHash(rng), Height: rng.Uint64(), StateRoot: randHash(rng), TxRoot: randHash(rng),
		DepositIndex: rng.Uint64(), DepositAcc: randHash(rng), ChallengeAcc: randHash(rng), DataRoot: randHash(rng),
		HistoryRoot: randHash(rng),
	}
	for range rng.IntN(6) {
		var amt uint256.Int
		amt.SetBytes32(randHash(rng).Bytes())
		h.Withdrawals = append(h.Withdrawals, Withdrawal{To: common.BytesToAddress(randHash(rng).Bytes()), Amount: &amt})
	}
	c := rng.Uint64N(1000)
	for range rng.IntN(5) {
		h.Challenges = append(h.Challenges, c)
		c += 1 + rng.Uint64N(1000)
	}
	return h
}

// TestHeaderHashMatchesSolidity runs random headers through Header.Hash and
// the TSC's RollupTypes.hash and requires the same hash.
func TestHeaderHashMatchesSolidity(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewRollupTypesHarness()
	addr := c.Deploy(t, &bindings.RollupTypesHarnessMetaData, nil)
	seed := uint64(20261125)
	rng := rand.New(rand.NewPCG(seed, 1))
	for i := range 250 {
		h := randHeader(rng)
		out, err := harness.UnpackHeaderHash(c.Call(t, addr, harness.PackHeaderHash(h.Binding())))
		if err != nil {
			t.Fatal(err)
		}
		if common.Hash(out) != h.Hash() {
			t.Fatalf("seed %d case %d: Solidity %x, Go %s", seed, i, out, h.Hash())
		}
	}
}

// TestAccumulatorsMatchSolidity runs random steps of the deposit-queue
// and challenge-answer accumulators through Go and the library functions
// the TSC uses: a header's DepositAcc and ChallengeAcc must be what the TSC
// recomputes.
func TestAccumulatorsMatchSolidity(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewRollupTypesHarness()
	addr := c.Deploy(t, &bindings.RollupTypesHarnessMetaData, nil)
	seed := uint64(20261205)
	rng := rand.New(rand.NewPCG(seed, 2))
	for i := range 300 {
		acc, txh := randHash(rng), randHash(rng)
		index := rng.Uint64()
		if i%3 == 0 {
			index = rng.Uint64N(1 << 40) // the TSC's range
		}
		to := common.BytesToAddress(randHash(rng).Bytes())
		var v uint256.Int
		v.SetBytes(randHash(rng).Bytes()[:1+rng.IntN(32)])
		d, err := harness.UnpackDepositAccNext(c.Call(t, addr, harness.PackDepositAccNext(acc, new(big.Int).SetUint64(index), to, v.ToBig())))
		if err != nil {
			t.Fatal(err)
		}
		if got := DepositAccNext(acc, index, to, &v); common.Hash(d) != got {
			t.Fatalf("seed %d case %d: deposit acc Solidity %x, Go %s", seed, i, d, got)
		}
		ch, err := harness.UnpackChallengeAccNext(c.Call(t, addr, harness.PackChallengeAccNext(acc, txh)))
		if err != nil {
			t.Fatal(err)
		}
		if got := ChallengeAccNext(acc, txh); common.Hash(ch) != got {
			t.Fatalf("seed %d case %d: challenge acc Solidity %x, Go %s", seed, i, ch, got)
		}
	}
}

// TestTxSignatureMatchesSolidity runs valid and tampered signed transactions
// through Go and Solidity: the digest and the verdict must agree.
func TestTxSignatureMatchesSolidity(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	harness := bindings.NewRollupTypesHarness()
	addr := c.Deploy(t, &bindings.RollupTypesHarnessMetaData, nil)
	seed := uint64(7)
	rng := rand.New(rand.NewPCG(seed, 2))
	n := crypto.S256().Params().N
	var valid, invalid int
	for i := range 300 {
		d := Domain{ChainID: c.ChainID, TSC: common.BytesToAddress(randHash(rng).Bytes())}
		key, _ := crypto.ToECDSA(randHash(rng).Bytes())
		tx := &Tx{Type: TxTransfer, To: common.BytesToAddress(randHash(rng).Bytes()), Value: uint256.NewInt(rng.Uint64()), Nonce: rng.Uint64()}
		if rng.IntN(2) == 0 {
			tx.Type, tx.To = TxRedeem, common.Address{}
		}
		if err := tx.Sign(d, key); err != nil {
			t.Fatal(err)
		}
		checkDomain := d
		switch rng.IntN(6) {
		case 0: // flip a byte anywhere in the encoding
			b := tx.Encode()
			b[1+rng.IntN(len(b)-1)] ^= byte(1 + rng.IntN(255))
			tx, _ = DecodeTx(b)
		case 1: // the malleable twin
			s := new(big.Int).SetBytes(tx.Sig[32:64])
			new(big.Int).Sub(n, s).FillBytes(tx.Sig[32:64])
			tx.Sig[64] ^= 27 ^ 28
		case 2: // another rollup's domain
			checkDomain.TSC[0] ^= 1
		}
		goOK := tx.VerifySignature(checkDomain) == nil
		out, err := harness.UnpackCheckSigned(c.Call(t, addr, harness.PackCheckSigned(tx.Encode(), checkDomain.TSC)))
		if err != nil {
			t.Fatal(err)
		}
		if !out.Ok {
			t.Fatalf("seed %d case %d: Solidity could not decode a %s", seed, i, tx.Type)
		}
		if out.Valid != goOK {
			t.Fatalf("seed %d case %d: Solidity valid=%v, Go valid=%v", seed, i, out.Valid, goOK)
		}
		if digest, _ := tx.SigningHash(checkDomain); common.Hash(out.Digest) != digest {
			t.Fatalf("seed %d case %d: digest Solidity %x, Go %s", seed, i, out.Digest, digest)
		}
		if goOK {
			valid++
		} else {
			invalid++
		}
	}
	if valid < 50 || invalid < 50 {
		t.Fatalf("unbalanced cases: %d valid, %d invalid", valid, invalid)
	}
}
