package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/examples/internal/daemon"
)

// Config is the DAP node's config file (JSON; unknown keys are errors).
// Relative paths are relative to DataDir.
//
//	{
//	  "l1": "http://127.0.0.1:8545", "tsc": "0x…",
//	  "dataDir": "/var/lib/teerollup/dap0",
//	  "listen": {"rpc": "0.0.0.0:7100", "metrics": "127.0.0.1:7101"},
//	  "peers": ["http://10.0.0.10:7100"],
//	  "syncInterval": "500ms",
//	  "da": {"contract": "0x…", "keyFile": "dap.key", "collateralWei": "1000000000000000000", "endpoint": "http://10.0.0.9:7100"},
//	  "logLevel": "info"
//	}
//
// Peers are other DAPs this one copies missed heights from (after a
// restart, or an upload it refused as out of order): every copy is checked
// against the TSC before it is stored, so a peer cannot feed it a fork.
// DA, when set, takes part in the penalty game (§V-F): the node registers
// with the collateral if it is not registered, answers chunk requests and
// settles expired ones.
type Config struct {
	L1           string          `json:"l1"`
	TSC          common.Address  `json:"tsc"`
	DataDir      string          `json:"dataDir"`
	Listen       Listen          `json:"listen"`
	Peers        []string        `json:"peers"`
	SyncInterval daemon.Duration `json:"syncInterval"`
	DA           *DA             `json:"da"`
	LogLevel     string          `json:"logLevel"`
	LogJSON      bool            `json:"logJSON"`
}

// Listen are the node's listen addresses: the DAP JSON-RPC API, and
// /metrics with /healthz.
type Listen struct {
	RPC     string `json:"rpc"`
	Metrics string `json:"metrics"`
}

// DA configures the penalty game.
type DA struct {
	Contract      common.Address `json:"contract"`
	KeyFile       string         `json:"keyFile"`
	CollateralWei string         `json:"collateralWei"`
	Endpoint      string         `json:"endpoint"`
	FromBlock     uint64         `json:"fromBlock"`
}

// Collateral parses CollateralWei (decimal).
func (d *DA) Collateral() (*big.Int, bool) {
	v, ok := new(big.Int).SetString(d.CollateralWei, 10)
	return v, ok && v.Sign() > 0
}

// ParseConfig decodes and validates a config file's bytes.
func ParseConfig(raw []byte) (*Config, error) {
	var c Config
	if err := daemon.DecodeJSON(raw, &c); err != nil {
		return nil, err
	}
	var bad []string
	if c.L1 == "" || c.TSC == (common.Address{}) {
		bad = append(bad, "l1 and tsc are required")
	}
	if c.DataDir == "" {
		bad = append(bad, "dataDir is required")
	}
	if c.Listen.RPC == "" {
		bad = append(bad, "listen.rpc is required")
	}
	for i, p := range c.Peers {
		if p == "" {
			bad = append(bad, fmt.Sprintf("peers[%d] is empty", i))
		}
	}
	if c.DA != nil {
		if c.DA.Contract == (common.Address{}) || c.DA.KeyFile == "" {
			bad = append(bad, "da needs contract and keyFile")
		}
		if _, ok := c.DA.Collateral(); !ok {
			bad = append(bad, "da.collateralWei must be a positive decimal")
		}
	}
	if c.SyncInterval == 0 {
		c.SyncInterval = daemon.Duration(500e6)
	}
	if len(bad) > 0 {
		return nil, fmt.Errorf("%w: %w", daemon.ErrConfig, errors.New(strings.Join(bad, "; ")))
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
