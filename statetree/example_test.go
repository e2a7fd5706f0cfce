package statetree_test

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/statetree"
)

// Build a tree, prove an account, and verify the proof as L1 would.
func Example() {
	alice := common.HexToAddress("0xA11CE00000000000000000000000000000000000")
	bob := common.HexToAddress("0xB0B0000000000000000000000000000000000000")
	carol := common.HexToAddress("0xCA20100000000000000000000000000000000000")

	tree, err := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	if err != nil {
		panic(err)
	}
	root, err := tree.Update([]statetree.Account{
		{Address: alice, Balance: uint256.NewInt(100), Nonce: 1},
		{Address: bob, Balance: uint256.NewInt(5)},
		{Address: carol, Nonce: 7},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println("root:", root.Hex())

	proof, err := tree.Prove(alice)
	if err != nil {
		panic(err)
	}
	wire := proof.Encode() // the bytes StateTree.verify reads on L1
	fmt.Printf("proof: %s terminal at depth %d, %d bytes\n", proof.Kind, proof.Depth(), len(wire))

	err = statetree.Verify(root, alice, uint256.NewInt(100), 1, wire)
	fmt.Println("alice has 100, nonce 1:", err == nil)
	err = statetree.Verify(root, alice, uint256.NewInt(1000), 1, wire)
	fmt.Println("alice has 1000:", errors.Is(err, statetree.ErrInvalidProof))
	// Output:
	// root: 0x104610d858301bde5e852cf51106988c0f8c8a90946934c577825b1571547ee3
	// proof: inclusion terminal at depth 4, 68 bytes
	// alice has 100, nonce 1: true
	// alice has 1000: true
}

// Prove that an address holds nothing.
func ExampleTree_Prove_absent() {
	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	root, _ := tree.Update([]statetree.Account{
		{Address: common.HexToAddress("0x01"), Balance: uint256.NewInt(1)},
		{Address: common.HexToAddress("0x02"), Balance: uint256.NewInt(2)},
	})
	nobody := common.HexToAddress("0x03")
	proof, _ := tree.Prove(nobody)
	fmt.Println("terminal:", proof.Kind)
	// Absent means balance 0 and nonce 0.
	fmt.Println("verified:", statetree.Verify(root, nobody, uint256.NewInt(0), 0, proof.Encode()) == nil)
	// Output:
	// terminal: other-leaf
	// verified: true
}

// Deleting an account is writing it as zero.
func ExampleTree_Update_delete() {
	tree, _ := statetree.New(statetree.NewMemoryStore(), common.Hash{})
	a := statetree.Account{Address: common.HexToAddress("0x01"), Balance: uint256.NewInt(1)}
	b := statetree.Account{Address: common.HexToAddress("0x02"), Balance: uint256.NewInt(2)}
	_, _ = tree.Update([]statetree.Account{a, b})
	root, _ := tree.Update([]statetree.Account{{Address: b.Address}})
	fmt.Println("only a left, root is a's leaf:", root == a.Hash())
	root, _ = tree.Update([]statetree.Account{{Address: a.Address}})
	fmt.Println("empty tree, zero root:", root == common.Hash{})
	// Output:
	// only a left, root is a's leaf: true
	// empty tree, zero root: true
}
