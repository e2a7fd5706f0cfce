package main

import (
	"errors"
	"testing"

	"github.com/teerollup/teerollup/examples/internal/daemon"
)

const goodConfig = `{
  "l1": "http://127.0.0.1:8545",
  "manager": "0x00000000000000000000000000000000000000a1",
  "tsc": "0x00000000000000000000000000000000000000a2",
  "deployBlock": 3,
  "dataDir": "/tmp/seq0",
  "measurement": "m",
  "peers": [{"enclave": "0x00000000000000000000000000000000000000b1", "url": "http://127.0.0.1:7001"}],
  "daps": ["http://127.0.0.1:7100"],
  "listen": {"peer": "127.0.0.1:7001", "client": "127.0.0.1:7002", "metrics": "127.0.0.1:7003"},
  "pollInterval": "50ms"
}`

func TestParseConfig(t *testing.T) {
	c, err := ParseConfig([]byte(goodConfig))
	if err != nil {
		t.Fatal(err)
	}
	reg, err := ParseConfig([]byte(goodConfig[:len(goodConfig)-1] + `, "registration": {"roots": "r.pem", "kinds": ["sgx", "sev-snp"], "maxValidity": "24h"}}`))
	if err != nil || reg.Registration == nil || len(reg.Registration.Kinds) != 2 {
		t.Fatalf("registration section: %+v, %v", reg, err)
	}
	if c.Platform != "platform.bin" || c.DeployBlock != 3 || len(c.Peers) != 1 || c.PollInterval != daemon.Duration(50e6) {
		t.Fatalf("parsed %+v", c)
	}
	for name, raw := range map[string]string{
		"unknown key":                `{"l1": "x", "bogus": 1}`,
		"missing":                    `{"l1": "http://x"}`,
		"bad duration":               `{"pollInterval": "soon"}`,
		"trailing data":              goodConfig + `{}`,
		"not json":                   `l1 = "x"`,
		"bad address":                `{"manager": "0x12"}`,
		"registration without kinds": goodConfig[:len(goodConfig)-1] + `, "registration": {"roots": "r.pem"}}`,
		"registration, unknown kind": goodConfig[:len(goodConfig)-1] + `, "registration": {"roots": "r.pem", "kinds": ["tpm"]}}`,
		"registration, negative":     goodConfig[:len(goodConfig)-1] + `, "registration": {"roots": "r.pem", "kinds": ["sgx"], "maxConcurrent": -1}}`,
	} {
		if _, err := ParseConfig([]byte(raw)); !errors.Is(err, daemon.ErrConfig) {
			t.Errorf("%s: %v, want ErrConfig", name, err)
		}
	}
}

// FuzzParseConfig: any bytes parse or fail with ErrConfig, never panic.
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(goodConfig))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if _, err := ParseConfig(raw); err != nil && !errors.Is(err, daemon.ErrConfig) {
			t.Fatalf("untyped error: %v", err)
		}
	})
}
