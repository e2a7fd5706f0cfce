// Command wallet is a TeeRollup user's CLI: it deposits on L1, sends
// EIP-712 signed transfers and redeems to a sequencer's client API, reads a
// balance with its Merkle proof (checked against the state root the TSC
// accepted), and plays the user's side of the escape hatch: challenge a
// censored transaction, watch it, freeze the rollup when it expires,
// withdraw from the frozen state with a proof from the DAPs, refund
// uncredited deposits.
//
//	wallet -l1 URL -tsc ADDR -key KEYFILE -node URL deposit -value 1000000000000000
//	wallet ... transfer -to 0x… -value 1000
//	wallet ... redeem -value 1000
//	wallet ... balance [-addr 0x…]
//	wallet ... challenge -type redeem -value 1000      # forced inclusion, pays the bond
//	wallet ... watch -id 0
//	wallet ... settle -id 0                            # freeze the rollup on an expired challenge
//	wallet ... -dap URL withdraw                       # escape hatch: the balance at the frozen root
//	wallet ... refund                                  # deposits the committee never credited
//
// -key is a file with a hex secp256k1 key (the L1 account and the rollup
// account are the same address) or, for devnets, the hex key itself.
package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/challenge"
	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dap"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// ErrUsage: bad command line.
var ErrUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := Main(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "wallet:", err)
		if errors.Is(err, ErrUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// Backend is what the wallet needs of L1.
type Backend interface {
	rollup.Backend
	BalanceAt(ctx context.Context, a common.Address, block *big.Int) (*big.Int, error)
}

// Env is a wallet session: the L1, the user's key, a sequencer and DAPs.
type Env struct {
	Backend   Backend
	L1        *rollup.L1
	Key       *ecdsa.PrivateKey
	Auth      *bind.TransactOpts
	Node      *rollup.RPCClient // nil: commands that need a sequencer fail
	DAPs      *dap.Client       // nil: withdraw uses the sequencer only
	FromBlock uint64
	Poll      time.Duration
	Out       io.Writer
}

// Main parses global flags, connects, and runs one command.
func Main(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("wallet", flag.ContinueOnError)
	l1url := fs.String("l1", "http://127.0.0.1:8545", "L1 JSON-RPC URL")
	tsc := fs.String("tsc", "", "TSC (rollup contract) address")
	keyArg := fs.String("key", "", "file holding a hex secp256k1 key, or the hex key")
	node := fs.String("node", "", "a sequencer's client API URL")
	daps := fs.String("dap", "", "DAP URLs, comma separated (withdraw)")
	from := fs.Uint64("from-block", 0, "the TSC's deployment block (event scans start there)")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if fs.NArg() == 0 || !common.IsHexAddress(*tsc) || *keyArg == "" {
		return fmt.Errorf("%w: wallet -l1 URL -tsc ADDR -key KEY [-node URL] [-dap URLS] COMMAND [flags]; commands: %s", ErrUsage, strings.Join(commandNames(), ", "))
	}
	key, err := loadKey(*keyArg)
	if err != nil {
		return err
	}
	client, err := ethclient.DialContext(ctx, *l1url)
	if err != nil {
		return fmt.Errorf("dial L1: %w", err)
	}
	defer client.Close()
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("L1 chain id: %w", err)
	}
	env := &Env{
		Backend: client, L1: rollup.NewL1(client, rollup.Deployment{Rollup: common.HexToAddress(*tsc), Block: *from}),
		Key: key, Auth: bind.NewKeyedTransactor(key, chainID), FromBlock: *from, Poll: time.Second, Out: out,
	}
	if *node != "" {
		if env.Node, err = rollup.DialClient(ctx, *node); err != nil {
			return err
		}
		defer env.Node.C.Close()
	}
	if *daps != "" {
		if env.DAPs, err = dap.Dial(ctx, strings.Split(*daps, ",")...); err != nil {
			return err
		}
		defer env.DAPs.Close()
	}
	return Run(ctx, env, fs.Args())
}

func loadKey(arg string) (*ecdsa.PrivateKey, error) {
	if k, err := crypto.LoadECDSA(arg); err == nil {
		return k, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w: key file %s: %w", ErrUsage, arg, err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(arg, "0x"))
	if err != nil {
		return nil, fmt.Errorf("%w: -key is neither a key file nor a hex key", ErrUsage)
	}
	return k, nil
}

type command struct {
	name, help string
	run        func(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error
}

var commands = []command{
	{"deposit", "deposit -value WEI [-to ADDR]: deposit on L1 and wait until a header credits it", cmdDeposit},
	{"transfer", "transfer -to ADDR -value WEI: a signed rollup transfer, sent to -node", cmdTransfer},
	{"redeem", "redeem -value WEI: a signed redeem (paid on L1 when its header is accepted)", cmdRedeem},
	{"balance", "balance [-addr ADDR]: the account and its proof, verified against the TSC's state root", cmdBalance},
	{"challenge", "challenge -type transfer|redeem -value WEI [-to ADDR]: force inclusion on L1 (pays the bond)", cmdChallenge},
	{"watch", "watch -id N: wait until challenge N is answered, expires or is frozen", cmdWatch},
	{"settle", "settle -id N: freeze the rollup on expired challenge N", cmdSettle},
	{"withdraw", "withdraw: after a freeze, take the balance at the frozen root (proof from -dap, else -node)", cmdWithdraw},
	{"refund", "refund: after a freeze, refund the deposits the committee never credited", cmdRefund},
}

func commandNames() []string {
	var n []string
	for _, c := range commands {
		n = append(n, c.name)
	}
	return n
}

// Run runs one command (args[0]) with its flags.
func Run(ctx context.Context, e *Env, args []string) error {
	for _, c := range commands {
		if c.name == args[0] {
			fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
			fs.SetOutput(io.Discard)
			return c.run(ctx, e, fs, args[1:])
		}
	}
	return fmt.Errorf("%w: unknown command %q (%s)", ErrUsage, args[0], strings.Join(commandNames(), ", "))
}

func (e *Env) addr() common.Address { return crypto.PubkeyToAddress(e.Key.PublicKey) }

func parseWei(s string) (*uint256.Int, error) {
	v, err := uint256.FromDecimal(s)
	if err != nil || v.IsZero() {
		return nil, fmt.Errorf("%w: -value %q is not a positive decimal wei amount", ErrUsage, s)
	}
	return v, nil
}

func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %w", ErrUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected %q", ErrUsage, fs.Args())
	}
	return nil
}

func (e *Env) needNode() error {
	if e.Node == nil {
		return fmt.Errorf("%w: this command needs -node (a sequencer's client API)", ErrUsage)
	}
	return nil
}

func cmdDeposit(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	value := fs.String("value", "", "wei")
	to := fs.String("to", "", "rollup account credited (default: the key's address)")
	wait := fs.Bool("wait", true, "wait until a header credits it (needs -node)")
	if err := parse(fs, args); err != nil {
		return err
	}
	v, err := parseWei(*value)
	if err != nil {
		return err
	}
	dst := e.addr()
	if *to != "" {
		if !common.IsHexAddress(*to) {
			return fmt.Errorf("%w: -to %q", ErrUsage, *to)
		}
		dst = common.HexToAddress(*to)
	}
	tx, err := e.L1.Deposit(ctx, e.Auth, dst, v.ToBig())
	if err != nil {
		return err
	}
	rs, err := rollup.WaitAll(ctx, e.Backend, tx)
	if err != nil {
		return err
	}
	index := uint64(0)
	tsc := bindings.NewTeeRollup()
	for _, l := range rs[0].Logs {
		if ev, err := tsc.UnpackDepositedEvent(l); err == nil {
			index = ev.Index
		}
	}
	fmt.Fprintf(e.Out, "deposited %s wei to %s: L1 tx %s, queue index %d\n", v, dst, tx.Hash(), index)
	if !*wait || e.Node == nil {
		return nil
	}
	for {
		h, err := e.Node.Head(ctx)
		if err == nil && uint64(h.DepositIndex) > index {
			fmt.Fprintf(e.Out, "credited at rollup height %d\n", h.Height)
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(e.Poll):
		}
	}
}

// signed builds and signs a transaction of the key's account with its next
// nonce (from the sequencer).
func (e *Env) signed(ctx context.Context, typ rollup.TxType, to common.Address, value *uint256.Int) (*rollup.Tx, error) {
	if err := e.needNode(); err != nil {
		return nil, err
	}
	var a rollup.RPCAccount
	if err := e.Node.C.CallContext(ctx, &a, rollup.RPCNamespace+"_getAccount", e.addr()); err != nil {
		return nil, err
	}
	d, err := e.L1.Domain(ctx)
	if err != nil {
		return nil, err
	}
	tx := &rollup.Tx{Type: typ, To: to, Value: value, Nonce: uint64(a.Nonce)}
	if err := tx.Sign(d, e.Key); err != nil {
		return nil, err
	}
	return tx, nil
}

func (e *Env) send(ctx context.Context, typ rollup.TxType, to common.Address, value *uint256.Int) error {
	tx, err := e.signed(ctx, typ, to, value)
	if err != nil {
		return err
	}
	h, err := e.Node.SendTransaction(ctx, tx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Out, "sent %s of %s wei, nonce %d: %s\n", typ, value, tx.Nonce, h)
	return nil
}

func cmdTransfer(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	value := fs.String("value", "", "wei")
	to := fs.String("to", "", "recipient")
	if err := parse(fs, args); err != nil {
		return err
	}
	v, err := parseWei(*value)
	if err != nil {
		return err
	}
	if !common.IsHexAddress(*to) {
		return fmt.Errorf("%w: -to %q", ErrUsage, *to)
	}
	return e.send(ctx, rollup.TxTransfer, common.HexToAddress(*to), v)
}

func cmdRedeem(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	value := fs.String("value", "", "wei")
	if err := parse(fs, args); err != nil {
		return err
	}
	v, err := parseWei(*value)
	if err != nil {
		return err
	}
	return e.send(ctx, rollup.TxRedeem, common.Address{}, v)
}

func cmdBalance(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	who := fs.String("addr", "", "account (default: the key's address)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := e.needNode(); err != nil {
		return err
	}
	addr := e.addr()
	if *who != "" {
		if !common.IsHexAddress(*who) {
			return fmt.Errorf("%w: -addr %q", ErrUsage, *who)
		}
		addr = common.HexToAddress(*who)
	}
	a, err := e.Node.GetProof(ctx, addr)
	if err != nil {
		return err
	}
	bal, overflow := uint256.FromBig(a.Balance.ToInt())
	if overflow {
		return fmt.Errorf("%w: balance overflows", statetree.ErrInvalidProof)
	}
	// The proof is checked here, not trusted: against the root the node
	// names, and that root against the TSC's.
	if err := statetree.Verify(a.Root, addr, bal, uint64(a.Nonce), a.Proof); err != nil {
		return fmt.Errorf("the sequencer's proof does not verify: %w", err)
	}
	head, err := e.L1.Head(ctx)
	if err != nil {
		return err
	}
	where := fmt.Sprintf("the TSC's state root at height %d", head.Height)
	if head.StateRoot != a.Root {
		where = fmt.Sprintf("the sequencer's root %s (the TSC is at height %d, root %s: the node lags or leads)", a.Root, head.Height, head.StateRoot)
	}
	fmt.Fprintf(e.Out, "%s: balance %s wei, nonce %d; proof (%d bytes) verified against %s\n", addr, bal, a.Nonce, len(a.Proof), where)
	l1bal, err := e.Backend.BalanceAt(ctx, addr, nil)
	if err == nil {
		fmt.Fprintf(e.Out, "on L1: %s wei\n", l1bal)
	}
	return nil
}

func (e *Env) challenger() *challenge.Client {
	return &challenge.Client{L1: e.L1, Auth: e.Auth, FromBlock: e.FromBlock, Backend: e.Backend, PollInterval: e.Poll}
}

func cmdChallenge(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	typ := fs.String("type", "redeem", "transfer or redeem")
	value := fs.String("value", "", "wei")
	to := fs.String("to", "", "recipient (transfer)")
	if err := parse(fs, args); err != nil {
		return err
	}
	v, err := parseWei(*value)
	if err != nil {
		return err
	}
	t, dst := rollup.TxRedeem, common.Address{}
	switch *typ {
	case "redeem":
	case "transfer":
		if !common.IsHexAddress(*to) {
			return fmt.Errorf("%w: -to %q", ErrUsage, *to)
		}
		t, dst = rollup.TxTransfer, common.HexToAddress(*to)
	default:
		return fmt.Errorf("%w: -type %q (transfer, redeem)", ErrUsage, *typ)
	}
	tx, err := e.signed(ctx, t, dst, v)
	if err != nil {
		return err
	}
	st, err := e.challenger().Start(ctx, tx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Out, "challenge %d started (bond %s wei): a header must answer it, or anyone may freeze the rollup after %s\n",
		st.ID, st.Bond, time.Unix(int64(st.Deadline), 0).UTC().Format(time.RFC3339))
	return nil
}

func idFlag(fs *flag.FlagSet, args []string) (uint64, error) {
	id := fs.Int64("id", -1, "challenge id")
	if err := parse(fs, args); err != nil {
		return 0, err
	}
	if *id < 0 {
		return 0, fmt.Errorf("%w: -id is required", ErrUsage)
	}
	return uint64(*id), nil
}

func cmdWatch(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	id, err := idFlag(fs, args)
	if err != nil {
		return err
	}
	st, err := e.challenger().Watch(ctx, id)
	if err != nil {
		return err
	}
	switch st.State {
	case challenge.StateAnswered:
		fmt.Fprintf(e.Out, "challenge %d answered at height %d (applied: %v)\n", id, st.Height, st.Applied)
	case challenge.StateExpired:
		fmt.Fprintf(e.Out, "challenge %d expired unanswered: run settle -id %d to freeze the rollup\n", id, id)
	default:
		fmt.Fprintf(e.Out, "challenge %d: %s\n", id, st.State)
	}
	return nil
}

func cmdSettle(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	id, err := idFlag(fs, args)
	if err != nil {
		return err
	}
	r, err := e.challenger().Settle(ctx, id)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Out, "rollup frozen on challenge %d (L1 tx %s, gas %d): withdraw and refund are open\n", id, r.TxHash, r.GasUsed)
	return nil
}

// nodeSource proves from a sequencer, if its checkpoint is the frozen root.
type nodeSource struct{ node *rollup.RPCClient }

func (s nodeSource) Proof(ctx context.Context, head rollup.Head, addr common.Address) (statetree.Account, []byte, error) {
	root := head.StateRoot
	a, err := s.node.GetProof(ctx, addr)
	if err != nil {
		return statetree.Account{}, nil, err
	}
	if a.Root != root {
		return statetree.Account{}, nil, fmt.Errorf("%w: the sequencer is at root %s", challenge.ErrNoProof, a.Root)
	}
	bal, _ := uint256.FromBig(a.Balance.ToInt())
	return statetree.Account{Address: addr, Balance: bal, Nonce: uint64(a.Nonce)}, a.Proof, nil
}

func cmdWithdraw(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	var src challenge.Sources
	if e.DAPs != nil {
		src = append(src, challenge.DAPSource{DAP: e.DAPs})
	}
	if e.Node != nil {
		src = append(src, nodeSource{node: e.Node})
	}
	if len(src) == 0 {
		return fmt.Errorf("%w: withdraw needs -dap or -node for the balance proof", ErrUsage)
	}
	amount, r, err := e.challenger().Withdraw(ctx, src)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Out, "withdrew %s wei to %s (L1 tx %s, gas %d)\n", amount, e.addr(), r.TxHash, r.GasUsed)
	return nil
}

func cmdRefund(ctx context.Context, e *Env, fs *flag.FlagSet, args []string) error {
	per := fs.Int("per-call", 50, "deposits refunded per transaction")
	if err := parse(fs, args); err != nil {
		return err
	}
	rs, err := e.challenger().RefundDeposits(ctx, *per)
	if err != nil {
		return err
	}
	gas := uint64(0)
	for _, r := range rs {
		gas += r.GasUsed
	}
	fmt.Fprintf(e.Out, "refunded the uncredited deposits in %d transactions (%d gas)\n", len(rs), gas)
	return nil
}
