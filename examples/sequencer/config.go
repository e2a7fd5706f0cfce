package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/examples/internal/daemon"
	"github.com/teerollup/teerollup/quorum"
)

// Config is the sequencer's config file (JSON; unknown keys are errors).
// Relative paths are relative to DataDir.
//
//	{
//	  "l1": "http://127.0.0.1:8545",
//	  "manager": "0x…", "tsc": "0x…", "deployBlock": 12,
//	  "dataDir": "/var/lib/teerollup/seq0",
//	  "platform": "platform.bin",
//	  "measurement": "teerollup/devnet/sequencer-v1",
//	  "submitterKeyFile": "submitter.key",
//	  "peers": [{"enclave": "0x…", "url": "http://10.0.0.2:7001"}],
//	  "daps": ["http://10.0.0.9:7100"],
//	  "listen": {"peer": "0.0.0.0:7001", "client": "0.0.0.0:7002", "metrics": "127.0.0.1:7003"},
//	  "batchSize": 2000, "pollInterval": "50ms", "roundTimeout": "5s",
//	  "logLevel": "info"
//	}
type Config struct {
	L1          string         `json:"l1"`
	Manager     common.Address `json:"manager"`
	TSC         common.Address `json:"tsc"`
	DeployBlock uint64         `json:"deployBlock"`
	DataDir     string         `json:"dataDir"`
	// Platform is the simulated TEE machine (attest/sim platform file,
	// which a devnet's manufacturer writes); default "platform.bin".
	Platform    string `json:"platform"`
	Measurement string `json:"measurement"`
	// SubmitterKeyFile holds the hex secp256k1 key that pays for this
	// node's L1 submissions; empty makes a node that votes but never
	// submits.
	SubmitterKeyFile string          `json:"submitterKeyFile"`
	Peers            []Peer          `json:"peers"`
	DAPs             []string        `json:"daps"`
	Listen           Listen          `json:"listen"`
	BatchSize        int             `json:"batchSize"`
	PollInterval     daemon.Duration `json:"pollInterval"`
	RoundTimeout     daemon.Duration `json:"roundTimeout"`
	Confirmations    uint64          `json:"confirmations"`
	LogLevel         string          `json:"logLevel"`
	LogJSON          bool            `json:"logJSON"`
	// Registration, when set, makes this member one of the registrars:
	// its enclave vets newcomers' evidence on the peer API, and its client
	// API serves registration_admit and registration_remove (a Desk), so
	// the committee, not a single key, admits and removes members.
	Registration *Registration `json:"registration"`
}

// Registration configures committee-certified registration (rollup.Vetter
// and rollup.Desk).
//
//	"registration": {"roots": "sim-roots.pem", "kinds": ["SGX", "TDX", "CSV"], "maxValidity": "168h"}
type Registration struct {
	// Roots is a PEM file of the simulated manufacturer's root
	// certificates to trust (attest/sim has no default root).
	Roots string `json:"roots"`
	// Measurements admitted; default: this node's own measurement.
	Measurements []string `json:"measurements"`
	// Kinds admitted (quorum.ParseKind names); required: a deployment
	// lists exactly the technologies it has assessed.
	Kinds []string `json:"kinds"`
	// MaxAge bounds the evidence's age (default 1h); MaxValidity bounds
	// a registration after its verification (default 168h).
	MaxAge      daemon.Duration `json:"maxAge"`
	MaxValidity daemon.Duration `json:"maxValidity"`
	// MaxConcurrent bounds admissions in flight at this desk (default 1);
	// more fail at once with rollup.ErrBusy.
	MaxConcurrent int `json:"maxConcurrent"`
}

// Peer is another committee member: its enclave address (registered on L1)
// and the URL of its peer API.
type Peer struct {
	Enclave common.Address `json:"enclave"`
	URL     string         `json:"url"`
}

// Listen are the node's listen addresses: the peer API (only the committee
// needs it), the client API, and /metrics with /healthz.
type Listen struct {
	Peer    string `json:"peer"`
	Client  string `json:"client"`
	Metrics string `json:"metrics"`
}

// ParseConfig decodes and validates a config file's bytes.
func ParseConfig(raw []byte) (*Config, error) {
	var c Config
	if err := daemon.DecodeJSON(raw, &c); err != nil {
		return nil, err
	}
	if err := c.validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// LoadConfig reads and parses a config file.
func LoadConfig(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", daemon.ErrConfig, err)
	}
	c, err := ParseConfig(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

func (c *Config) validate() error {
	var bad []string
	if c.L1 == "" {
		bad = append(bad, "l1 is required")
	}
	if c.Manager == (common.Address{}) || c.TSC == (common.Address{}) {
		bad = append(bad, "manager and tsc are required")
	}
	if c.DataDir == "" {
		bad = append(bad, "dataDir is required")
	}
	if c.Measurement == "" {
		bad = append(bad, "measurement is required")
	}
	if c.Listen.Peer == "" || c.Listen.Client == "" {
		bad = append(bad, "listen.peer and listen.client are required")
	}
	if c.BatchSize < 0 {
		bad = append(bad, "batchSize is negative")
	}
	seen := map[common.Address]bool{}
	for i, p := range c.Peers {
		if p.URL == "" || p.Enclave == (common.Address{}) {
			bad = append(bad, fmt.Sprintf("peers[%d] needs enclave and url", i))
		}
		if seen[p.Enclave] {
			bad = append(bad, fmt.Sprintf("peers[%d]: enclave %s listed twice", i, p.Enclave))
		}
		seen[p.Enclave] = true
	}
	for i, u := range c.DAPs {
		if u == "" {
			bad = append(bad, fmt.Sprintf("daps[%d] is empty", i))
		}
	}
	if r := c.Registration; r != nil {
		if r.Roots == "" || len(r.Kinds) == 0 {
			bad = append(bad, "registration needs roots and kinds")
		}
		for _, k := range r.Kinds {
			if _, err := quorum.ParseKind(k); err != nil {
				bad = append(bad, fmt.Sprintf("registration.kinds: %v", err))
			}
		}
		if r.MaxAge < 0 || r.MaxValidity < 0 || r.MaxConcurrent < 0 {
			bad = append(bad, "registration bounds are negative")
		}
	}
	if c.Platform == "" {
		c.Platform = "platform.bin"
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %w", daemon.ErrConfig, errors.New(strings.Join(bad, "; ")))
	}
	return nil
}
