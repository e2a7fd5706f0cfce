package dap

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
)

// Params are the game's parameters, fixed at deployment.
type Params struct {
	// MinCollateral is the least collateral a DAP posts (≥ AnswerCost +
	// Epsilon). It is what a DAP loses when no DAP answers a request.
	MinCollateral *big.Int
	// ResponseWindow is the number of L1 blocks DAPs have to answer.
	ResponseWindow uint64
	// AnswerCost is c: what answering costs a DAP (the gas of respond at
	// the prices it expects). Each valid answer is reimbursed c.
	AnswerCost *big.Int
	// Epsilon is ε > 0: a silent DAP loses c + ε when another answered.
	Epsilon *big.Int
	// ExitDelay is the number of L1 blocks between an exit request and the
	// withdrawal; it must exceed ResponseWindow.
	ExitDelay uint64
}

// Request is an on-chain chunk request (the contract's Request struct).
type Request struct {
	ID        uint64
	Height    uint64
	DataRoot  common.Hash
	Requester common.Address
	Deadline  uint64 // the last L1 block in which DAPs may answer
	Fee       *big.Int
	Seed      common.Hash
	// Liable is the bitmap of the DAP slots that must answer: every
	// registered DAP for a height without DA certificate, only the
	// certificate's registered signers otherwise.
	Liable uint64
	Block  uint64 // the L1 block of the request (from its log; not part of the struct)
}

func (r *Request) binding() bindings.DataAvailabilityRequest {
	return bindings.DataAvailabilityRequest{
		Id: r.ID, Height: r.Height, DataRoot: r.DataRoot, Requester: r.Requester, Deadline: r.Deadline, Fee: r.Fee, Seed: r.Seed, Liable: r.Liable,
	}
}

// ChunkIndex is the chunk r asks of data of the given length.
func (r *Request) ChunkIndex(length uint64) uint64 { return ChunkIndex(r.Seed, length) }

// DapInfo is a DAP's on-chain record.
type DapInfo struct {
	Registered   bool
	Collateral   *big.Int
	FirstRequest uint64 // the first request id it answers for
	ExitRequest  uint64 // the first request id it no longer answers for; 0 while active
	ExitBlock    uint64
	Slot         int // its bit in answer bitmaps; -1 if not registered
}

// Settlement is the outcome of settle.
type Settlement struct {
	ID        uint64
	Answers   uint64
	Slashed   *big.Int                    // total burned
	Refund    *big.Int                    // paid back to the requester
	Penalties map[common.Address]*big.Int // per slashed DAP
}

// ErrReverted: an L1 call or transaction to the contract reverted.
var ErrReverted = rollup.ErrReverted

// RevertError is a revert of the DataAvailability contract, decoded. It
// unwraps to rollup.ErrReverted.
type RevertError struct {
	// Reason is the decoded custom error (a bindings.DataAvailability*
	// error struct, e.g. *bindings.DataAvailabilityInvalidChunk), or nil.
	Reason any
	Data   []byte
	err    error
}

func (e *RevertError) Error() string {
	if e.Reason != nil {
		return fmt.Sprintf("dap: DataAvailability reverted: %T%+v", e.Reason, e.Reason)
	}
	return fmt.Sprintf("dap: DataAvailability reverted: %v", e.err)
}

func (e *RevertError) Unwrap() error { return ErrReverted }

// Contract talks to a deployed DataAvailability contract.
type Contract struct {
	backend rollup.Backend
	addr    common.Address
	abi     *bindings.DataAvailability
	c       *bind.BoundContract
}

// NewContract binds a deployed contract.
func NewContract(backend rollup.Backend, addr common.Address) *Contract {
	a := bindings.NewDataAvailability()
	return &Contract{backend: backend, addr: addr, abi: a, c: a.Instance(backend, addr)}
}

// Deploy sends the transaction that deploys the game for the TSC at tsc.
// The caller waits for it to be mined.
func Deploy(ctx context.Context, backend rollup.Backend, auth *bind.TransactOpts, tsc common.Address, p Params) (*Contract, *types.Transaction, error) {
	a := bindings.NewDataAvailability()
	opts := *auth
	opts.Context = ctx
	input := a.PackConstructor(tsc, p.MinCollateral, new(big.Int).SetUint64(p.ResponseWindow), p.AnswerCost, p.Epsilon, new(big.Int).SetUint64(p.ExitDelay))
	addr, tx, err := bind.DeployContract(&opts, common.FromHex(bindings.DataAvailabilityMetaData.Bin), backend, input)
	if err != nil {
		return nil, nil, fmt.Errorf("dap: deploy: %w", decodeRevert(err, a))
	}
	return NewContract(backend, addr), tx, nil
}

// Address is the contract's address.
func (k *Contract) Address() common.Address { return k.addr }

// decodeRevert decodes a revert, if err is one.
func decodeRevert(err error, a *bindings.DataAvailability) error {
	data, reason, ok := rollup.DecodeRevert(err, a.UnpackError)
	if !ok {
		return err
	}
	return &RevertError{Reason: reason, Data: data, err: err}
}

func (k *Contract) transact(ctx context.Context, auth *bind.TransactOpts, value *big.Int, calldata []byte) (*types.Transaction, error) {
	opts := *auth
	opts.Context = ctx
	if value != nil {
		opts.Value = value
	}
	tx, err := bind.Transact(k.c, &opts, calldata)
	if err != nil {
		return nil, decodeRevert(err, k.abi)
	}
	return tx, nil
}

func call[T any](ctx context.Context, k *Contract, calldata []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(k.c, &bind.CallOpts{Context: ctx}, calldata, unpack)
	if err != nil {
		return v, decodeRevert(err, k.abi)
	}
	return v, nil
}

// Register registers auth's account as a DAP with collateral, announcing
// its JSON-RPC endpoint.
func (k *Contract) Register(ctx context.Context, auth *bind.TransactOpts, collateral *big.Int, endpoint string) (*types.Transaction, error) {
	return k.transact(ctx, auth, collateral, k.abi.PackRegister(endpoint))
}

// TopUp adds to auth's collateral.
func (k *Contract) TopUp(ctx context.Context, auth *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return k.transact(ctx, auth, amount, k.abi.PackTopUp())
}

// RequestExit ends auth's liability for later requests.
func (k *Contract) RequestExit(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.abi.PackRequestExit())
}

// Withdraw pays auth's collateral back after the exit delay, once every
// request it answers for is settled.
func (k *Contract) Withdraw(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.abi.PackWithdraw())
}

// Advance moves the contract's settled-below pointer over at most steps
// settled requests (withdrawals do it themselves; this splits a long
// backlog).
func (k *Contract) Advance(ctx context.Context, auth *bind.TransactOpts, steps uint64) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.abi.PackAdvance(new(big.Int).SetUint64(steps)))
}

// Claim pays auth the payments that could not be pushed to it.
func (k *Contract) Claim(ctx context.Context, auth *bind.TransactOpts) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.abi.PackClaim())
}

// RequestFee is the current request fee (c per active DAP).
func (k *Contract) RequestFee(ctx context.Context) (*big.Int, error) {
	return call(ctx, k, k.abi.PackRequestFee(), k.abi.UnpackRequestFee)
}

// RequestChunk asks the DAPs for a random chunk of h's metadata; h must be
// an accepted header of one of the TSC's last 256 heights. It pays the
// current fee.
func (k *Contract) RequestChunk(ctx context.Context, auth *bind.TransactOpts, h *rollup.Header) (*types.Transaction, error) {
	fee, err := k.RequestFee(ctx)
	if err != nil {
		return nil, err
	}
	return k.transact(ctx, auth, fee, k.RequestChunkCalldata(h))
}

// RequestChunkCalldata is the calldata of RequestChunk.
func (k *Contract) RequestChunkCalldata(h *rollup.Header) []byte {
	return k.abi.PackRequestChunk(h.Binding())
}

// RequestChunkProven asks the DAPs for a random chunk of the metadata of h,
// an accepted header of any height (one the TSC no longer holds): p places
// h under the history root of p.Anchor, an accepted header of one of the
// TSC's last 256 heights (Node.HeaderProof, or rollup.History.Prove). It
// pays the current fee.
func (k *Contract) RequestChunkProven(ctx context.Context, auth *bind.TransactOpts, h *rollup.Header, p *HeaderProof) (*types.Transaction, error) {
	fee, err := k.RequestFee(ctx)
	if err != nil {
		return nil, err
	}
	return k.transact(ctx, auth, fee, k.RequestChunkProvenCalldata(h, p))
}

// RequestChunkProvenCalldata is the calldata of RequestChunkProven.
func (k *Contract) RequestChunkProvenCalldata(h *rollup.Header, p *HeaderProof) []byte {
	return k.abi.PackRequestChunkProven(h.Binding(), p.Anchor.Binding(), words(p.Proof.Siblings))
}

// RequestChunkDA asks the DAPs that signed cert, a DA certificate of h
// under set, for a random chunk of h's metadata, paying answerCost per
// liable signer. Only they are liable: a DAP that did not sign is never
// slashed for h.
func (k *Contract) RequestChunkDA(ctx context.Context, auth *bind.TransactOpts, h *rollup.Header, set *dacert.Set, cert *dacert.Cert) (*types.Transaction, error) {
	fee, err := call(ctx, k, k.abi.PackRequestFeeDA(set.EncodeMembers(), cert.Bitmap), k.abi.UnpackRequestFeeDA)
	if err != nil {
		return nil, err
	}
	return k.transact(ctx, auth, fee, k.abi.PackRequestChunkDA(h.Binding(), cert.Encode(), set.EncodeMembers(), words(set.MembersProof())))
}

// RequestChunkDAProven is RequestChunkDA for a header of any height,
// proven against a recent anchor as in RequestChunkProven: only the
// signers of cert are liable.
func (k *Contract) RequestChunkDAProven(ctx context.Context, auth *bind.TransactOpts, h *rollup.Header, p *HeaderProof, set *dacert.Set, cert *dacert.Cert) (*types.Transaction, error) {
	fee, err := call(ctx, k, k.abi.PackRequestFeeDA(set.EncodeMembers(), cert.Bitmap), k.abi.UnpackRequestFeeDA)
	if err != nil {
		return nil, err
	}
	return k.transact(ctx, auth, fee, k.abi.PackRequestChunkDAProven(h.Binding(), p.Anchor.Binding(), words(p.Proof.Siblings), cert.Encode(), set.EncodeMembers(), words(set.MembersProof())))
}

// Respond answers r with data's length, chunk and its proof.
func (k *Contract) Respond(ctx context.Context, auth *bind.TransactOpts, r *Request, chunk []byte, proof *merkle.ChunkProof) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.RespondCalldata(r, chunk, proof))
}

// RespondCalldata is the calldata of Respond.
func (k *Contract) RespondCalldata(r *Request, chunk []byte, proof *merkle.ChunkProof) []byte {
	sibs := make([][32]byte, len(proof.Siblings))
	for i, s := range proof.Siblings {
		sibs[i] = s
	}
	return k.abi.PackRespond(r.binding(), proof.Length, chunk, sibs)
}

// Settle applies the penalty rule to r after its deadline.
func (k *Contract) Settle(ctx context.Context, auth *bind.TransactOpts, r *Request) (*types.Transaction, error) {
	return k.transact(ctx, auth, nil, k.abi.PackSettle(r.binding()))
}

// IsOpen reports whether request id is made and not settled.
func (k *Contract) IsOpen(ctx context.Context, id uint64) (bool, error) {
	return call(ctx, k, k.abi.PackIsOpen(id), k.abi.UnpackIsOpen)
}

// Answered is the answer bitmap of an open request (bit i: slot i answered).
func (k *Contract) Answered(ctx context.Context, id uint64) (uint64, error) {
	return call(ctx, k, k.abi.PackAnswered(id), k.abi.UnpackAnswered)
}

// IsLiable reports whether dap must answer request id.
func (k *Contract) IsLiable(ctx context.Context, dap common.Address, id uint64) (bool, error) {
	return call(ctx, k, k.abi.PackIsLiable(dap, id), k.abi.UnpackIsLiable)
}

// Info reads a DAP's record.
func (k *Contract) Info(ctx context.Context, dap common.Address) (DapInfo, error) {
	d, err := call(ctx, k, k.abi.PackDapInfo(dap), k.abi.UnpackDapInfo)
	if err != nil {
		return DapInfo{}, err
	}
	info := DapInfo{
		Registered: d.Slot != 0, Collateral: d.Collateral,
		FirstRequest: d.FirstRequest.Uint64(), ExitRequest: d.ExitRequest.Uint64(), ExitBlock: d.ExitBlock.Uint64(),
		Slot: int(d.Slot) - 1,
	}
	return info, nil
}

// Burned is the total collateral slashed so far.
func (k *Contract) Burned(ctx context.Context) (*big.Int, error) {
	return call(ctx, k, k.abi.PackBurned(), k.abi.UnpackBurned)
}

// Owed is what the contract owes addr (payments it could not push).
func (k *Contract) Owed(ctx context.Context, addr common.Address) (*big.Int, error) {
	return call(ctx, k, k.abi.PackOwed(addr), k.abi.UnpackOwed)
}

func requestFromEvent(e *bindings.DataAvailabilityChunkRequested) Request {
	r := Request{ID: e.Id, Height: e.Height, DataRoot: e.DataRoot, Requester: e.Requester, Deadline: e.Deadline, Fee: e.Fee, Seed: e.Seed, Liable: e.Liable}
	if e.Raw != nil {
		r.Block = e.Raw.BlockNumber
	}
	return r
}

// Requests returns the chunk requests made in L1 blocks [from, to].
func (k *Contract) Requests(ctx context.Context, from, to uint64) ([]Request, error) {
	it, err := bind.FilterEvents(k.c, &bind.FilterOpts{Start: from, End: &to, Context: ctx}, k.abi.UnpackChunkRequestedEvent)
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []Request
	for it.Next() {
		out = append(out, requestFromEvent(it.Value()))
	}
	return out, it.Error()
}

// RequestFromReceipt returns the request a RequestChunk transaction made.
func (k *Contract) RequestFromReceipt(rc *types.Receipt) (*Request, error) {
	for _, l := range rc.Logs {
		if l.Address != k.addr {
			continue
		}
		if e, err := k.abi.UnpackChunkRequestedEvent(l); err == nil {
			r := requestFromEvent(e)
			return &r, nil
		}
	}
	return nil, errors.New("dap: no ChunkRequested event in the receipt")
}

// SettlementFromReceipt reads the outcome of a Settle transaction.
func (k *Contract) SettlementFromReceipt(rc *types.Receipt) (*Settlement, error) {
	s := &Settlement{Penalties: map[common.Address]*big.Int{}}
	found := false
	for _, l := range rc.Logs {
		if l.Address != k.addr {
			continue
		}
		if e, err := k.abi.UnpackSlashedEvent(l); err == nil {
			s.Penalties[e.Dap] = e.Amount
			continue
		}
		if e, err := k.abi.UnpackSettledEvent(l); err == nil {
			found = true
			s.ID, s.Answers, s.Slashed, s.Refund = e.Id, e.Answers.Uint64(), e.Slashed, e.Refund
		}
	}
	if !found {
		return nil, errors.New("dap: no Settled event in the receipt")
	}
	return s, nil
}

// TSCAuthorizer returns a Config.Authorize hook that accepts a header only
// if the TSC at tsc has accepted it (headerHashAt, so one of its last 256
// heights). Sequencers then upload after their header is accepted; the DAP
// refuses anything else, so nobody can fill it with a fork. A header older
// than that is uploaded with a HeaderProof (Node.UploadProven, Backfill):
// the hook then vets the proof's anchor, and the node checks the proof.
func TSCAuthorizer(backend bind.ContractBackend, tsc common.Address) func(context.Context, *rollup.Header) error {
	hh := bindings.NewIHeaderHistory()
	inst := hh.Instance(backend, tsc)
	return func(ctx context.Context, h *rollup.Header) error {
		got, err := bind.Call(inst, &bind.CallOpts{Context: ctx}, hh.PackHeaderHashAt(h.Height), hh.UnpackHeaderHashAt)
		if err != nil {
			return err
		}
		if common.Hash(got) != h.Hash() {
			return fmt.Errorf("the TSC holds %s at height %d, not %s", common.Hash(got), h.Height, h.Hash())
		}
		return nil
	}
}

// words converts hashes to the bindings' bytes32 arrays.
func words(hs []common.Hash) [][32]byte {
	out := make([][32]byte, len(hs))
	for i, h := range hs {
		out[i] = h
	}
	return out
}
