package main

import (
	"errors"
	"testing"

	"github.com/teerollup/teerollup/examples/internal/daemon"
)

const goodConfig = `{
  "l1": "http://127.0.0.1:8545",
  "tsc": "0x00000000000000000000000000000000000000a2",
  "dataDir": "/tmp/dap0",
  "listen": {"rpc": "127.0.0.1:7100", "metrics": "127.0.0.1:7101"},
  "peers": ["http://127.0.0.1:7200"],
  "da": {"contract": "0x00000000000000000000000000000000000000c1", "keyFile": "dap.key", "collateralWei": "1000"}
}`

func TestParseConfig(t *testing.T) {
	c, err := ParseConfig([]byte(goodConfig))
	if err != nil {
		t.Fatal(err)
	}
	if v, ok := c.DA.Collateral(); !ok || v.Int64() != 1000 || c.SyncInterval == 0 {
		t.Fatalf("parsed %+v", c)
	}
	for name, raw := range map[string]string{
		"unknown key":    `{"l1": "x", "bogus": 1}`,
		"missing":        `{"l1": "http://x"}`,
		"bad collateral": `{"l1":"x","tsc":"0x00000000000000000000000000000000000000a2","dataDir":"d","listen":{"rpc":"r"},"da":{"contract":"0x00000000000000000000000000000000000000c1","keyFile":"k","collateralWei":"-1"}}`,
	} {
		if _, err := ParseConfig([]byte(raw)); !errors.Is(err, daemon.ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
}

// FuzzParseConfig: any bytes parse or fail with ErrConfig, never panic.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(goodConfig))
	f.Add([]byte(`{"da": {}}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if _, err := ParseConfig(raw); err != nil && !errors.Is(err, daemon.ErrConfig) {
			t.Fatalf("untyped error: %v", err)
		}
	})
}
