package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/cmd/utils"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teerollup/teerollup/chaintest"
	"github.com/teerollup/teerollup/rollup"
)

// ErrNoGeth: no geth binary was given or found.
var ErrNoGeth = errors.New("multidevnet: no geth binary (pass -geth, set TEEROLLUP_GETH, or put geth on PATH)")

// FindGeth returns the geth to run: the flag's, TEEROLLUP_GETH's, or PATH's.
func FindGeth(flagValue string) (string, error) {
	for _, p := range []string{flagValue, os.Getenv("TEEROLLUP_GETH")} {
		if p != "" {
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("%w: %s: %w", ErrNoGeth, p, err)
			}
			return p, nil
		}
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	return "", ErrNoGeth
}

// freePort asks the kernel for a free loopback port. Another process may
// take it before ours binds it; a devnet on one machine accepts that.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// genesis is examples/devnet/gethgenesis.go's: geth --dev's genesis with
// mainnet rules (no Bogota, under which the TSC does not fit a transaction).
func genesis() ([]byte, error) {
	g := core.DeveloperGenesisBlock(chaintest.BlockGasLimit, &utils.DeveloperAddr)
	g.Config = chaintest.MainnetRules()
	return json.MarshalIndent(g, "", "  ")
}

// startGeth initialises a datadir with the mainnet-rules genesis and starts
// geth --dev on it, listening on host only: loopback, or the namespaces' hub
// address (its dev account is unlocked).
func startGeth(ctx context.Context, bin, dir, host string, period int) (*proc, string, error) {
	g, err := genesis()
	if err != nil {
		return nil, "", err
	}
	gpath := filepath.Join(dir, "genesis.json")
	if err := os.WriteFile(gpath, g, 0o644); err != nil {
		return nil, "", err
	}
	data := filepath.Join(dir, "geth")
	if out, err := exec.CommandContext(ctx, bin, "init", "--datadir", data, gpath).CombinedOutput(); err != nil {
		return nil, "", fmt.Errorf("geth init: %w\n%s", err, out)
	}
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, "", err
		}
		auth, err := freePort()
		if err != nil {
			return nil, "", err
		}
		p := &proc{name: "geth", bin: bin, log: filepath.Join(dir, "geth.log"), args: []string{
			"--dev", "--dev.period", strconv.Itoa(period), "--datadir", data,
			"--http", "--http.addr", host, "--http.port", strconv.Itoa(port), "--http.api", "eth,net,web3",
			"--authrpc.port", strconv.Itoa(auth), "--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
			"--verbosity", "2",
		}}
		if err := p.start(); err != nil {
			return nil, "", err
		}
		url := fmt.Sprintf("http://%s:%d", host, port)
		if err := waitRPC(ctx, url, p, 60*time.Second); err == nil {
			return p, url, nil
		}
		p.kill()
	}
	return nil, "", fmt.Errorf("multidevnet: geth did not answer (see %s)", filepath.Join(dir, "geth.log"))
}

func waitRPC(ctx context.Context, url string, p *proc, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		c, err := ethclient.DialContext(ctx, url)
		if err == nil {
			_, err = c.BlockNumber(ctx)
			c.Close()
			if err == nil {
				return nil
			}
		}
		if !p.alive() {
			return fmt.Errorf("%s exited", p.name)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// devFunder sends ether from geth --dev's unlocked account.
type devFunder struct {
	client *ethclient.Client
	from   common.Address
	nonce  uint64
}

func newDevFunder(ctx context.Context, client *ethclient.Client) (*devFunder, error) {
	var accounts []common.Address
	if err := client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return nil, fmt.Errorf("eth_accounts: %w", err)
	}
	if len(accounts) == 0 {
		return nil, errors.New("multidevnet: the node has no unlocked dev account")
	}
	n, err := client.PendingNonceAt(ctx, accounts[0])
	if err != nil {
		return nil, err
	}
	return &devFunder{client: client, from: accounts[0], nonce: n}, nil
}

// fund sends value to each address and waits for every transfer.
func (d *devFunder) fund(ctx context.Context, to []common.Address, value *big.Int) error {
	var hashes []common.Hash
	for _, a := range to {
		var h common.Hash
		if err := d.client.Client().CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": d.from, "to": a, "value": (*hexutil.Big)(value), "nonce": hexutil.Uint64(d.nonce),
		}); err != nil {
			return fmt.Errorf("fund %s: %w", a, err)
		}
		d.nonce++
		hashes = append(hashes, h)
	}
	for _, h := range hashes {
		for {
			r, err := d.client.TransactionReceipt(ctx, h)
			if err == nil {
				if r.Status != types.ReceiptStatusSuccessful {
					return fmt.Errorf("funding tx %s failed", h)
				}
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(100 * time.Millisecond):
			}
		}
	}
	return nil
}

// nonceGuard makes PendingNonceAt count the transactions sent through it
// (see examples/devnet: a node's pending nonce can lag a send).
type nonceGuard struct {
	*ethclient.Client
	signer types.Signer
	mu     sync.Mutex
	next   map[common.Address]uint64
}

var _ rollup.Backend = (*nonceGuard)(nil)

func (g *nonceGuard) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := g.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	if from, err := types.Sender(g.signer, tx); err == nil {
		g.mu.Lock()
		g.next[from] = max(g.next[from], tx.Nonce()+1)
		g.mu.Unlock()
	}
	return nil
}

func (g *nonceGuard) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	n, err := g.Client.PendingNonceAt(ctx, a)
	if err != nil {
		return 0, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return max(n, g.next[a]), nil
}
