package chaintest_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/params"

	"github.com/teerollup/teerollup/chaintest"
)

// storeOne's runtime code is PUSH1 1 PUSH1 0 SSTORE STOP; the init code
// copies it into memory and returns it.
const storeOne = "0x6006600c60003960066000f3" + "600160005500"

func TestMainnetRules(t *testing.T) {
	if params.AllDevChainProtocolChanges.BogotaTime == nil {
		t.Fatal("go-ethereum's dev config no longer enables Bogota: revisit MainnetRules")
	}
	if chaintest.MainnetRules().BogotaTime != nil {
		t.Fatal("MainnetRules must disable Bogota")
	}
	if params.AllDevChainProtocolChanges.BogotaTime == nil {
		t.Fatal("MainnetRules mutated go-ethereum's shared config")
	}
}

// TestStorageGasIsMainnet pins the gas of a cold zero-to-nonzero SSTORE to
// its mainnet price (EIP-2929/2200: 20,000 + 2,100 cold access), which the
// Bogota fork would reprice.
func TestStorageGasIsMainnet(t *testing.T) {
	c := chaintest.New(t, chaintest.WithAccounts(1))
	addr := c.Deploy(t, &bind.MetaData{ID: "storeOne", Bin: storeOne}, nil)
	r := c.Transact(t, 0, addr, nil)
	const want = params.TxGas + 3 + 3 + params.SstoreSetGasEIP2200 + params.ColdSloadCostEIP2929
	if r.GasUsed != want {
		t.Fatalf("gas used %d, want mainnet %d", r.GasUsed, want)
	}
}
