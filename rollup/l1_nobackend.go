package rollup

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var (
	// ErrNoBackend: an L1 was made without a backend (NewL1(nil, ...)).
	// Every call on it returns this instead of panicking.
	ErrNoBackend = errors.New("rollup: L1 has no backend")
	// ErrNoTransactor: a transaction was asked for with nil TransactOpts.
	ErrNoTransactor = errors.New("rollup: nil TransactOpts")
)

// noBackend stands in for a nil Backend so that every L1 method reports
// ErrNoBackend: NewL1 returns no error (changing that would break every
// caller), and a panic deep inside go-ethereum's bind package on the first
// call told users nothing about the cause.
type noBackend struct{}

var _ Backend = noBackend{}

func (noBackend) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return nil, ErrNoBackend
}

func (noBackend) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, ErrNoBackend
}

func (noBackend) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, ErrNoBackend
}

func (noBackend) PendingCodeAt(context.Context, common.Address) ([]byte, error) {
	return nil, ErrNoBackend
}

func (noBackend) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return 0, ErrNoBackend
}

func (noBackend) SuggestGasPrice(context.Context) (*big.Int, error) { return nil, ErrNoBackend }

func (noBackend) SuggestGasTipCap(context.Context) (*big.Int, error) { return nil, ErrNoBackend }

func (noBackend) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) {
	return 0, ErrNoBackend
}

func (noBackend) SendTransaction(context.Context, *types.Transaction) error { return ErrNoBackend }

func (noBackend) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, ErrNoBackend
}

func (noBackend) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, ErrNoBackend
}

func (noBackend) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, ErrNoBackend
}

func (noBackend) ChainID(context.Context) (*big.Int, error) { return nil, ErrNoBackend }

func (noBackend) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, ErrNoBackend
}
