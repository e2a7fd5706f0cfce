package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Withdrawal is an L1 payout the TSC makes when it accepts the header that
// carries it: the effect of a Redeem.
type Withdrawal struct {
	To     common.Address
	Amount *uint256.Int
}

// Header certifies one rollup height (§V-B). Heights form a chain: the TSC
// accepts exactly one header per height, whose parent is the latest accepted
// header and whose QC satisfies the committee's rule.
type Header struct {
	ParentHash common.Hash
	Height     uint64
	StateRoot  common.Hash // statetree root after the batch
	TxRoot     common.Hash // Merkle root of the batch's transaction hashes
	// DepositIndex is the TSC deposit-queue position after this batch: every
	// deposit with a smaller index has been credited.
	DepositIndex uint64
	// DepositAcc is the deposit queue's accumulator after deposit
	// DepositIndex-1 (zero if none; DepositAccNext). The TSC checks it
	// against the queue it recorded, so the header binds exactly which
	// deposits were credited, whatever the hosts told their enclaves.
	DepositAcc  common.Hash
	Withdrawals []Withdrawal
	// Challenges answers on-chain challenges (§V-E): one entry per
	// challenge whose transaction the batch executed, id<<1 | applied
	// (AnswerEntry, ChallengeAnswers), strictly increasing, at most
	// MaxAnswers. The TSC closes each challenge and returns its bond if
	// applied, burns it otherwise.
	Challenges []uint64
	// ChallengeAcc chains the answered transactions' hashes in entry order
	// (ChallengeAccNext); the TSC recomputes it from the hashes that
	// startChallenge recorded, so an answer cannot execute another
	// transaction than the one challenged.
	ChallengeAcc common.Hash
	DataRoot     common.Hash // what DAPs must serve for this height (§V-F)
	// HistoryRoot is the root of the history tree over the hashes of
	// heights 1..Height-1 (see HistoryFrontier): any earlier accepted
	// header is proven against it (VerifyHeaderIn). Enclaves compute it;
	// the TSC trusts the QC for it, as for StateRoot.
	HistoryRoot common.Hash
}

// MaxAnswers is TeeRollup.MAX_ANSWERS: the most challenges one header
// answers, so an honest header always fits a block.
const MaxAnswers = 64

// DepositAccNext extends the deposit queue accumulator by deposit index
// (TeeRollup.deposit): keccak256(abi.encode(acc, index, to, value)).
func DepositAccNext(acc common.Hash, index uint64, to common.Address, value *uint256.Int) common.Hash {
	var buf [128]byte
	copy(buf[:32], acc[:])
	binary.BigEndian.PutUint64(buf[56:64], index)
	copy(buf[76:96], to[:])
	if value != nil {
		value.PutUint256(buf[96:128])
	}
	return crypto.Keccak256Hash(buf[:])
}

// ChallengeAccNext extends a header's challenge accumulator by an answered
// transaction's hash: keccak256(abi.encode(acc, txHash)).
func ChallengeAccNext(acc, txHash common.Hash) common.Hash {
	return crypto.Keccak256Hash(acc[:], txHash[:])
}

// ErrInvalidHeader: the header is not well formed.
var ErrInvalidHeader = errors.New("rollup: invalid header")

// MaxWithdrawals bounds a header's payouts so that updateState fits a block.
const MaxWithdrawals = 256

// Validate checks the header on its own.
func (h *Header) Validate() error {
	if h.Height == 0 {
		return fmt.Errorf("%w: height 0 is the genesis, never proposed", ErrInvalidHeader)
	}
	if len(h.Withdrawals) > MaxWithdrawals {
		return fmt.Errorf("%w: %d withdrawals, at most %d", ErrInvalidHeader, len(h.Withdrawals), MaxWithdrawals)
	}
	for i, w := range h.Withdrawals {
		if w.Amount == nil || w.Amount.IsZero() || w.To == (common.Address{}) {
			return fmt.Errorf("%w: withdrawal %d is empty", ErrInvalidHeader, i)
		}
	}
	if len(h.Challenges) > MaxAnswers {
		return fmt.Errorf("%w: %d challenge answers, at most %d", ErrInvalidHeader, len(h.Challenges), MaxAnswers)
	}
	for i := 1; i < len(h.Challenges); i++ {
		if h.Challenges[i] <= h.Challenges[i-1] {
			return fmt.Errorf("%w: challenge ids must be strictly increasing", ErrInvalidHeader)
		}
	}
	return nil
}

// headerABI is the Solidity struct the TSC takes:
//
//	struct Withdrawal { address to; uint256 amount; }
//	struct Header { bytes32 parentHash; uint64 height; bytes32 stateRoot;
//	    bytes32 txRoot; uint64 depositIndex; Withdrawal[] withdrawals;
//	    uint64[] challenges; bytes32 challengeAcc; bytes32 dataRoot;
//	    bytes32 historyRoot; }
var headerABI = func() abi.Arguments {
	t, err := abi.NewType("tuple", "Header", []abi.ArgumentMarshaling{
		{Name: "parentHash", Type: "bytes32"},
		{Name: "height", Type: "uint64"},
		{Name: "stateRoot", Type: "bytes32"},
		{Name: "txRoot", Type: "bytes32"},
		{Name: "depositIndex", Type: "uint64"},
		{Name: "depositAcc", Type: "bytes32"},
		{Name: "withdrawals", Type: "tuple[]", InternalType: "struct Withdrawal[]", Components: []abi.ArgumentMarshaling{
			{Name: "to", Type: "address"},
			{Name: "amount", Type: "uint256"},
		}},
		{Name: "challenges", Type: "uint64[]"},
		{Name: "challengeAcc", Type: "bytes32"},
		{Name: "dataRoot", Type: "bytes32"},
		{Name: "historyRoot", Type: "bytes32"},
	})
	if err != nil {
		panic(err) // a constant type description: cannot fail at run time
	}
	return abi.Arguments{{Type: t}}
}()

type abiWithdrawal struct {
	To     common.Address
	Amount *big.Int
}

type abiHeader struct {
	ParentHash   [32]byte
	Height       uint64
	StateRoot    [32]byte
	TxRoot       [32]byte
	DepositIndex uint64
	DepositAcc   [32]byte
	Withdrawals  []abiWithdrawal
	Challenges   []uint64
	ChallengeAcc [32]byte
	DataRoot     [32]byte
	HistoryRoot  [32]byte
}

// ABIEncode returns abi.encode(header) as Solidity computes it.
func (h *Header) ABIEncode() []byte {
	ws := make([]abiWithdrawal, len(h.Withdrawals))
	for i, w := range h.Withdrawals {
		amt := new(big.Int)
		if w.Amount != nil {
			amt = w.Amount.ToBig()
		}
		ws[i] = abiWithdrawal{To: w.To, Amount: amt}
	}
	ch := h.Challenges
	if ch == nil {
		ch = []uint64{}
	}
	b, err := headerABI.Pack(abiHeader{
		ParentHash: h.ParentHash, Height: h.Height, StateRoot: h.StateRoot, TxRoot: h.TxRoot,
		DepositIndex: h.DepositIndex, DepositAcc: h.DepositAcc, Withdrawals: ws, Challenges: ch,
		ChallengeAcc: h.ChallengeAcc, DataRoot: h.DataRoot, HistoryRoot: h.HistoryRoot,
	})
	if err != nil {
		panic(err) // every field has its ABI type by construction
	}
	return b
}

// Hash is keccak256(abi.encode(header)), which the TSC recomputes from the
// calldata struct.
func (h *Header) Hash() common.Hash { return crypto.Keccak256Hash(h.ABIEncode()) }

// DecodeHeader parses abi.encode(header) strictly: the re-encoding must equal
// the input, so one header has one encoding.
func DecodeHeader(b []byte) (*Header, error) {
	vals, err := headerABI.Unpack(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalidHeader, err)
	}
	raw := *abi.ConvertType(vals[0], new(abiHeader)).(*abiHeader)
	h := &Header{
		ParentHash: raw.ParentHash, Height: raw.Height, StateRoot: raw.StateRoot, TxRoot: raw.TxRoot,
		DepositIndex: raw.DepositIndex, DepositAcc: raw.DepositAcc, Challenges: raw.Challenges,
		ChallengeAcc: raw.ChallengeAcc, DataRoot: raw.DataRoot, HistoryRoot: raw.HistoryRoot,
	}
	if len(h.Challenges) == 0 {
		h.Challenges = nil
	}
	for _, w := range raw.Withdrawals {
		amt, overflow := uint256.FromBig(w.Amount)
		if overflow {
			return nil, fmt.Errorf("%w: withdrawal amount overflows", ErrInvalidHeader)
		}
		h.Withdrawals = append(h.Withdrawals, Withdrawal{To: w.To, Amount: amt})
	}
	if enc := h.ABIEncode(); string(enc) != string(b) {
		return nil, fmt.Errorf("%w: non-canonical encoding", ErrInvalidHeader)
	}
	return h, nil
}
