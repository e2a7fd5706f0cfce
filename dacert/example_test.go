package dacert_test

import (
	"crypto/rand"
	"fmt"

	"github.com/decred/dcrd/dcrec/secp256k1/v4"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/dacert"
)

// Two of three DAPs certify a digest; the TSC would check the result with
// one ecrecover against the set's root.
func Example() {
	var keys []*secp256k1.PrivateKey
	var pubs []*secp256k1.PublicKey
	for _, seed := range []string{"dap-b", "dap-a", "dap-c"} {
		keys = append(keys, secp256k1.PrivKeyFromBytes(crypto.Keccak256([]byte(seed))))
	}
	// Members are ordered by address.
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if a, b := dacert.Address(keys[j].PubKey()), dacert.Address(keys[i].PubKey()); string(a[:]) < string(b[:]) {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	for _, k := range keys {
		pubs = append(pubs, k.PubKey())
	}
	set, err := dacert.NewSet(2, pubs)
	if err != nil {
		panic(err)
	}
	digest := crypto.Keccak256Hash([]byte("DataAvailable(height 7, dataRoot …)"))
	const subset = 0b101 // members 0 and 2

	// Round 1: each signer sends a public nonce (after storing the data).
	n0, _ := dacert.NewNonce(rand.Reader, keys[0], digest)
	n2, _ := dacert.NewNonce(rand.Reader, keys[2], digest)
	agg, _ := dacert.AggregateNonces([]dacert.PubNonce{n0.Pub(), n2.Pub()})

	// Round 2: partial signatures, checked one by one, then summed.
	p0, _ := n0.Sign(set, keys[0], 0, subset, agg, digest)
	p2, _ := n2.Sign(set, keys[2], 2, subset, agg, digest)
	fmt.Println(set.VerifyPartial(subset, agg, digest, 0, n0.Pub(), p0), set.VerifyPartial(subset, agg, digest, 2, n2.Pub(), p2))
	cert, err := set.Aggregate(subset, agg, digest, []dacert.Partial{p0, p2})
	if err != nil {
		panic(err)
	}
	fmt.Println(len(cert.Encode()), "bytes;", cert.Verify(set.Root(), digest))
	// Output:
	// <nil> <nil>
	// 157 bytes; <nil>
}
