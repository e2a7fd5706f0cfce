package rollup

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/statetree"
)

// Per-transaction rejection reasons. A rejected transaction stays in the
// batch with a failed receipt: the batch is not aborted, so one bad
// transaction cannot stall the rollup, and a challenged transaction that is
// invalid is "answered" by executing it and failing (§V-E).
var (
	ErrNonce               = errors.New("rollup: wrong nonce")
	ErrInsufficientBalance = errors.New("rollup: insufficient balance")
	ErrDepositOrder        = errors.New("rollup: deposit out of queue order")
	ErrDepositMismatch     = errors.New("rollup: deposit does not match the L1 queue")
	ErrOverflow            = errors.New("rollup: balance overflow")
	ErrTooManyWithdrawals  = errors.New("rollup: too many withdrawals in one header")
)

// NonceError is ErrNonce with the nonces: a leader keeps a transaction with
// a future nonce (Got > Want) pending rather than failing it.
type NonceError struct {
	Account   common.Address
	Want, Got uint64
}

func (e *NonceError) Error() string {
	return fmt.Sprintf("rollup: wrong nonce: %s has nonce %d, tx has %d", e.Account, e.Want, e.Got)
}

func (e *NonceError) Unwrap() error { return ErrNonce }

// DepositQueue is the L1 deposit queue as this node observed it. An enclave
// credits a deposit only if it matches its own view of the queue, so a
// leader cannot invent deposits.
type DepositQueue interface {
	// Deposit returns the queue entry at index, or ok == false if this node
	// has not seen it (yet).
	Deposit(index uint64) (to common.Address, value *uint256.Int, ok bool)
}

// Receipt is the outcome of one transaction.
type Receipt struct {
	TxHash common.Hash
	Err    error // nil if applied; otherwise wraps one of the rejection sentinels
}

// Result is the outcome of a batch.
type Result struct {
	StateRoot    common.Hash
	TxRoot       common.Hash
	DepositIndex uint64
	DepositAcc   common.Hash // the deposit queue's accumulator at DepositIndex
	// Withdrawals pays each redeeming address once, the sum of its applied
	// redeems, in the order of its first redeem (at most MaxWithdrawals).
	Withdrawals []Withdrawal
	Receipts    []Receipt
	Accounts    []statetree.Account // the accounts the batch changed, sorted by address
}

// Applied counts the applied transactions.
func (r *Result) Applied() int {
	n := 0
	for _, rc := range r.Receipts {
		if rc.Err == nil {
			n++
		}
	}
	return n
}

// Apply executes batch against tree (the state after the last accepted
// header), whose deposit queue position is depositIndex with accumulator
// depositAcc (zero at index 0), and writes the new
// state into tree. It is deterministic: every honest enclave that applies the
// same batch to the same state computes the same Result. Signatures are
// checked in parallel first (the stateless, CPU-bound part), then the
// transactions run in order against an overlay of the touched accounts, and
// the overlay is written to the tree in one batch update.
func Apply(d Domain, tree *statetree.Tree, depositIndex uint64, depositAcc common.Hash, queue DepositQueue, batch []*Tx) (*Result, error) {
	return apply(d, tree, depositIndex, depositAcc, queue, batch, nil)
}

// apply is Apply where verified(hash) reports transactions whose signature
// the caller (the same enclave, at admission) has already checked.
func apply(d Domain, tree *statetree.Tree, depositIndex uint64, depositAcc common.Hash, queue DepositQueue, batch []*Tx, verified func(common.Hash) bool) (*Result, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	hashes := make([]common.Hash, len(batch))
	for i, tx := range batch {
		hashes[i] = tx.Hash()
	}
	sigErrs := verifyAll(d.Separator(), batch, hashes, verified)
	res := &Result{DepositIndex: depositIndex, DepositAcc: depositAcc, Receipts: make([]Receipt, len(batch))}
	st := overlay{tree: tree, accts: map[common.Address]*statetree.Account{}, payouts: map[common.Address]int{}}
	for i, tx := range batch {
		err := sigErrs[i]
		if err == nil {
			err = st.apply(tx, res, queue)
		}
		if errors.Is(err, errStore) {
			return nil, err
		}
		res.Receipts[i] = Receipt{TxHash: hashes[i], Err: err}
	}
	res.TxRoot = merkle.RootOfLeaves(hashes)
	res.Accounts = st.changed()
	root, err := tree.Update(res.Accounts)
	if err != nil {
		return nil, fmt.Errorf("rollup: apply: %w", err)
	}
	res.StateRoot = root
	return res, nil
}

func verifyAll(sep common.Hash, batch []*Tx, hashes []common.Hash, verified func(common.Hash) bool) []error {
	errs := make([]error, len(batch))
	check := func(i int) {
		if verified != nil && verified(hashes[i]) {
			errs[i] = batch[i].Validate()
			return
		}
		errs[i] = verifyOne(sep, batch[i])
	}
	workers := min(runtime.GOMAXPROCS(0), (len(batch)+63)/64)
	if workers <= 1 {
		for i := range batch {
			check(i)
		}
		return errs
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(batch); i += workers {
				check(i)
			}
		}()
	}
	wg.Wait()
	return errs
}

func verifyOne(sep common.Hash, tx *Tx) error {
	if err := tx.Validate(); err != nil {
		return err
	}
	return tx.verifySignature(sep)
}

// errStore marks failures of the node store: they abort the batch, because
// they say nothing about the transaction.
var errStore = errors.New("rollup: state store")

type overlay struct {
	tree  *statetree.Tree
	accts map[common.Address]*statetree.Account
	// payouts maps a recipient to its entry in Result.Withdrawals.
	payouts map[common.Address]int
}

func (o *overlay) get(addr common.Address) (*statetree.Account, error) {
	if a, ok := o.accts[addr]; ok {
		return a, nil
	}
	a, err := o.tree.Get(addr)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errStore, err)
	}
	bal := new(uint256.Int)
	if a.Balance != nil {
		bal.Set(a.Balance)
	}
	acct := &statetree.Account{Address: addr, Balance: bal, Nonce: a.Nonce}
	o.accts[addr] = acct
	return acct, nil
}

func (o *overlay) apply(tx *Tx, res *Result, queue DepositQueue) error {
	switch tx.Type {
	case TxDeposit:
		if tx.Index != res.DepositIndex {
			return fmt.Errorf("%w: index %d, next is %d", ErrDepositOrder, tx.Index, res.DepositIndex)
		}
		if queue == nil {
			return fmt.Errorf("%w: no deposit queue to check against", ErrDepositMismatch)
		}
		to, value, ok := queue.Deposit(tx.Index)
		if !ok || to != tx.To || value == nil || !value.Eq(tx.Value) {
			return fmt.Errorf("%w: index %d", ErrDepositMismatch, tx.Index)
		}
		acct, err := o.get(tx.To)
		if err != nil {
			return err
		}
		sum, overflow := new(uint256.Int).AddOverflow(acct.Balance, tx.Value)
		if overflow {
			return fmt.Errorf("%w: deposit %d", ErrOverflow, tx.Index)
		}
		acct.Balance = sum
		// The header commits to the queue's accumulator, which the TSC
		// checks against the queue it recorded: a deposit that the hosts
		// invented (or changed) makes the header unacceptable on L1.
		res.DepositAcc = DepositAccNext(res.DepositAcc, tx.Index, tx.To, tx.Value)
		res.DepositIndex++
		return nil
	case TxTransfer, TxRedeem:
		from, err := o.get(tx.From)
		if err != nil {
			return err
		}
		if tx.Nonce != from.Nonce {
			return &NonceError{Account: tx.From, Want: from.Nonce, Got: tx.Nonce}
		}
		if from.Balance.Lt(tx.Value) {
			return fmt.Errorf("%w: %s has %s, needs %s", ErrInsufficientBalance, tx.From, from.Balance.Dec(), tx.Value.Dec())
		}
		var payout *uint256.Int // a redeem's new payout total for tx.From
		if tx.Type == TxRedeem {
			if payout, err = o.payout(res, tx); err != nil {
				return err
			}
		}
		if tx.Type == TxTransfer {
			to, err := o.get(tx.To)
			if err != nil {
				return err
			}
			sum, overflow := new(uint256.Int).AddOverflow(to.Balance, tx.Value)
			if overflow {
				return fmt.Errorf("%w: credit to %s", ErrOverflow, tx.To)
			}
			to.Balance = sum
		} else if i, ok := o.payouts[tx.From]; ok {
			res.Withdrawals[i].Amount = payout
		} else {
			o.payouts[tx.From] = len(res.Withdrawals)
			res.Withdrawals = append(res.Withdrawals, Withdrawal{To: tx.From, Amount: payout})
		}
		from.Balance.Sub(from.Balance, tx.Value)
		from.Nonce++
		return nil
	}
	return fmt.Errorf("%w: unknown type %d", ErrInvalidTx, tx.Type)
}

// payout returns what the header pays redeem tx's sender once tx applies:
// a header pays each L1 address once, the sum of its redeems in the batch
// (in the order of their first redeem), so that a user who redeems often
// costs L1 one payout per header. A redeem that needs a new payout when
// the header already has MaxWithdrawals fails with ErrTooManyWithdrawals;
// one that adds to an existing payout never does.
func (o *overlay) payout(res *Result, tx *Tx) (*uint256.Int, error) {
	i, ok := o.payouts[tx.From]
	if !ok {
		if len(res.Withdrawals) >= MaxWithdrawals {
			return nil, fmt.Errorf("%w: the header already pays %d addresses", ErrTooManyWithdrawals, MaxWithdrawals)
		}
		return tx.Value.Clone(), nil
	}
	sum, overflow := new(uint256.Int).AddOverflow(res.Withdrawals[i].Amount, tx.Value)
	if overflow {
		return nil, fmt.Errorf("%w: payout to %s", ErrOverflow, tx.From)
	}
	return sum, nil
}

func (o *overlay) changed() []statetree.Account {
	out := make([]statetree.Account, 0, len(o.accts))
	for _, a := range o.accts {
		out = append(out, *a)
	}
	slices.SortFunc(out, func(a, b statetree.Account) int { return a.Address.Cmp(b.Address) })
	return out
}
