package attest_test

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/attest"
)

// Fixed vectors for BindingReportData. They were cross-checked with an
// independent Keccak-256 implementation, and a Solidity test of the manager
// contract must reproduce them with
// keccak256(abi.encodePacked(bytes24("teerollup/enclave-key/v1"), chainid, manager, enclave)).
var bindingVectors = []struct {
	name    string
	chainID int64
	manager string
	enclave string
	want    string // bytes 0..31; 32..63 are zero
}{
	{
		name:    "anvil",
		chainID: 31337,
		manager: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
		enclave: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
		want:    "8487fb24c006ab50d997df35b83ccbc38585dfe30b2ef46443197690b80b2a90",
	},
	{
		name:    "mainnet",
		chainID: 1,
		manager: "0x1111111111111111111111111111111111111111",
		enclave: "0x2222222222222222222222222222222222222222",
		want:    "f38b36125abc4100cc08a8886b877a520a92cbdb7d971e6cbef1f93eb8445704",
	},
}

func TestBindingReportDataVectors(t *testing.T) {
	for _, v := range bindingVectors {
		t.Run(v.name, func(t *testing.T) {
			d := attest.Domain{ChainID: big.NewInt(v.chainID), Manager: common.HexToAddress(v.manager)}
			got := attest.BindingReportData(d, common.HexToAddress(v.enclave))
			equal(t, v.want, hex.EncodeToString(got[:32]))
			equal(t, [32]byte{}, [32]byte(got[32:]))
		})
	}
}

func TestDomainBytesLayout(t *testing.T) {
	d := attest.Domain{ChainID: big.NewInt(0x0102), Manager: common.HexToAddress("0xabababababababababababababababababababab")}
	b := d.Bytes()
	equal(t, attest.DomainSize, len(b))
	equal(t, 76, attest.DomainSize)
	equal(t, 24, len(attest.BindingTag))
	equal(t, attest.BindingTag, string(b[:24]))
	wantChain := make([]byte, 32)
	wantChain[30], wantChain[31] = 0x01, 0x02
	equal(t, wantChain, b[24:56])
	equal(t, d.Manager[:], b[56:])
}

func TestDomainValidate(t *testing.T) {
	mgr := common.HexToAddress("0x1111111111111111111111111111111111111111")
	maxU256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	tests := []struct {
		name string
		d    attest.Domain
		ok   bool
	}{
		{name: "valid", d: attest.Domain{ChainID: big.NewInt(1), Manager: mgr}, ok: true},
		{name: "max uint256 chain", d: attest.Domain{ChainID: maxU256, Manager: mgr}, ok: true},
		{name: "nil chain", d: attest.Domain{Manager: mgr}},
		{name: "zero chain", d: attest.Domain{ChainID: big.NewInt(0), Manager: mgr}},
		{name: "negative chain", d: attest.Domain{ChainID: big.NewInt(-1), Manager: mgr}},
		{name: "chain above uint256", d: attest.Domain{ChainID: new(big.Int).Lsh(big.NewInt(1), 256), Manager: mgr}},
		{name: "zero manager", d: attest.Domain{ChainID: big.NewInt(1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.d.Validate()
			if tt.ok {
				noErr(t, err)
				equal(t, attest.DomainSize, len(tt.d.Bytes()))
				return
			}
			errIs(t, err, attest.ErrConfig)
			isTrue(t, tt.d.Bytes() == nil, "Bytes of an invalid domain")
			equal(t, [64]byte{}, attest.BindingReportData(tt.d, common.Address{1}))
		})
	}
}

func TestCheckBinding(t *testing.T) {
	mgr := common.HexToAddress("0x1111111111111111111111111111111111111111")
	enclave := common.HexToAddress("0x2222222222222222222222222222222222222222")
	dom := attest.Domain{ChainID: big.NewInt(1), Manager: mgr}
	bound := attest.BindingReportData(dom, enclave)
	tail := bound
	tail[63] = 1

	tests := []struct {
		name       string
		reportData [64]byte
		domain     attest.Domain
		enclave    common.Address
		nilClaims  bool
		want       error
	}{
		{name: "bound", reportData: bound, domain: dom, enclave: enclave},
		{name: "other enclave", reportData: bound, domain: dom, enclave: common.Address{3}, want: attest.ErrReportData},
		{name: "other chain", reportData: bound, domain: attest.Domain{ChainID: big.NewInt(10), Manager: mgr},
			enclave: enclave, want: attest.ErrReportData},
		{name: "other manager", reportData: bound, domain: attest.Domain{ChainID: big.NewInt(1), Manager: common.Address{4}},
			enclave: enclave, want: attest.ErrReportData},
		{name: "non-zero tail", reportData: tail, domain: dom, enclave: enclave, want: attest.ErrReportData},
		{name: "zero report data", domain: dom, enclave: enclave, want: attest.ErrReportData},
		{name: "invalid domain", reportData: bound, domain: attest.Domain{Manager: mgr}, enclave: enclave, want: attest.ErrConfig},
		{name: "zero enclave address", reportData: bound, domain: dom, want: attest.ErrConfig},
		{name: "nil claims", domain: dom, enclave: enclave, nilClaims: true, want: attest.ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c *attest.Claims
			if !tt.nilClaims {
				c = &attest.Claims{ReportData: tt.reportData}
			}
			err := attest.CheckBinding(c, tt.domain, tt.enclave)
			if tt.want == nil {
				noErr(t, err)
				return
			}
			errIs(t, err, tt.want)
		})
	}
}

func TestBindingDoesNotMutateChainID(t *testing.T) {
	id := big.NewInt(31337)
	d := attest.Domain{ChainID: id, Manager: common.Address{1}}
	_ = attest.BindingReportData(d, common.Address{2})
	equal(t, int64(31337), id.Int64())
}
