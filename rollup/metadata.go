package rollup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/statetree"
)

// BatchData is the metadata of one height that data-availability providers
// (package dap) store and serve (§V-F): the batch and the account-tree
// changes it caused. With the previous height's state, the accounts rebuild
// the state tree, so anyone holding the data of every height can prove any
// balance; with the transactions, anyone can re-execute the batch.
//
// The header is not part of it: the header commits to it through
// Header.DataRoot = DataRoot(), which the committee signs.
type BatchData struct {
	Height uint64
	Txs    []*Tx
	// Accounts are the accounts the batch changed (Result.Accounts), in
	// strictly increasing address order. A zero account (balance 0, nonce
	// 0) is a deletion.
	Accounts []statetree.Account
}

// batchDataVersion is the first byte of the encoding.
const batchDataVersion = 0x01

// Encoded sizes.
const (
	batchDataHeaderSize = 1 + 8 + 4 // version, height, tx count
	accountEncodedSize  = common.AddressLength + 32 + 8
)

var (
	// ErrMalformedBatchData: the bytes are not a canonical BatchData
	// encoding.
	ErrMalformedBatchData = errors.New("rollup: malformed batch data")
	// ErrInvalidBatchData: the batch data cannot be encoded canonically (an
	// unknown transaction type, unsorted or duplicate accounts).
	ErrInvalidBatchData = errors.New("rollup: invalid batch data")
	// ErrDataMismatch: the batch data is not the data a header commits to.
	ErrDataMismatch = errors.New("rollup: batch data does not match the header")
)

// Validate checks that the data has a canonical encoding: known transaction
// types and accounts in strictly increasing address order.
func (d *BatchData) Validate() error {
	if uint64(len(d.Txs)) > math.MaxUint32 || uint64(len(d.Accounts)) > math.MaxUint32 {
		return fmt.Errorf("%w: more than 2^32-1 transactions or accounts", ErrInvalidBatchData)
	}
	for i, tx := range d.Txs {
		if tx == nil {
			return fmt.Errorf("%w: transaction %d is nil", ErrInvalidBatchData, i)
		}
		switch tx.Type {
		case TxDeposit, TxTransfer, TxRedeem:
		default:
			return fmt.Errorf("%w: transaction %d has unknown type %d", ErrInvalidBatchData, i, tx.Type)
		}
	}
	for i := 1; i < len(d.Accounts); i++ {
		if d.Accounts[i-1].Address.Cmp(d.Accounts[i].Address) >= 0 {
			return fmt.Errorf("%w: account %d (%s) is not above account %d", ErrInvalidBatchData, i, d.Accounts[i].Address, i-1)
		}
	}
	return nil
}

// Encode returns the canonical encoding, all integers big-endian:
//
//	version 0x01 (1) ‖ height (8)
//	‖ transaction count (4) ‖ each transaction's canonical encoding (Tx.Encode;
//	  self-delimiting: its first byte, the type, fixes its size)
//	‖ account count (4) ‖ per account: address (20) ‖ balance (32) ‖ nonce (8)
//
// Accounts must be sorted by address, and transactions of a known type
// (Validate); otherwise the encoding does not decode.
func (d *BatchData) Encode() []byte {
	size := batchDataHeaderSize + transferSize*len(d.Txs) + 4 + accountEncodedSize*len(d.Accounts) // an upper bound
	out := make([]byte, 0, size)
	out = append(out, batchDataVersion)
	out = binary.BigEndian.AppendUint64(out, d.Height)
	out = binary.BigEndian.AppendUint32(out, uint32(len(d.Txs)))
	for _, tx := range d.Txs {
		out = append(out, tx.Encode()...)
	}
	out = binary.BigEndian.AppendUint32(out, uint32(len(d.Accounts)))
	for _, a := range d.Accounts {
		out = append(out, a.Address[:]...)
		var bal [32]byte
		if a.Balance != nil {
			bal = a.Balance.Bytes32()
		}
		out = append(out, bal[:]...)
		out = binary.BigEndian.AppendUint64(out, a.Nonce)
	}
	return out
}

// DataRoot is the chunked Merkle root of the encoding (merkle.ChunkRoot):
// the header's DataRoot, which DAPs prove chunks against on chain.
func (d *BatchData) DataRoot() common.Hash {
	return merkle.ChunkRoot(d.Encode())
}

// Verify checks that d is the data h commits to: same height and
// DataRoot() == h.DataRoot.
func (d *BatchData) Verify(h *Header) error {
	if d.Height != h.Height {
		return fmt.Errorf("%w: data of height %d, header of height %d", ErrDataMismatch, d.Height, h.Height)
	}
	if got := d.DataRoot(); got != h.DataRoot {
		return fmt.Errorf("%w: data root %s, header commits to %s", ErrDataMismatch, got, h.DataRoot)
	}
	return nil
}

// DecodeBatchData parses a canonical encoding. Every error wraps
// ErrMalformedBatchData; what it accepts re-encodes to the same bytes.
func DecodeBatchData(b []byte) (*BatchData, error) {
	if len(b) < batchDataHeaderSize {
		return nil, fmt.Errorf("%w: %d bytes, too short", ErrMalformedBatchData, len(b))
	}
	if b[0] != batchDataVersion {
		return nil, fmt.Errorf("%w: version %d, want %d", ErrMalformedBatchData, b[0], batchDataVersion)
	}
	d := &BatchData{Height: binary.BigEndian.Uint64(b[1:9])}
	nTx := binary.BigEndian.Uint32(b[9:13])
	off := batchDataHeaderSize
	// Each transaction takes at least depositSize bytes: refuse counts the
	// input cannot hold before allocating for them.
	if uint64(nTx) > uint64(len(b)-off)/depositSize {
		return nil, fmt.Errorf("%w: %d transactions cannot fit in %d bytes", ErrMalformedBatchData, nTx, len(b)-off)
	}
	d.Txs = make([]*Tx, 0, nTx)
	for i := range nTx {
		if off >= len(b) {
			return nil, fmt.Errorf("%w: transaction %d: unexpected end", ErrMalformedBatchData, i)
		}
		size := encodedTxSize(TxType(b[off]))
		if size == 0 {
			return nil, fmt.Errorf("%w: transaction %d at offset %d: unknown type %d", ErrMalformedBatchData, i, off, b[off])
		}
		if len(b)-off < size {
			return nil, fmt.Errorf("%w: transaction %d: unexpected end", ErrMalformedBatchData, i)
		}
		tx, err := DecodeTx(b[off : off+size])
		if err != nil {
			return nil, fmt.Errorf("%w: transaction %d: %v", ErrMalformedBatchData, i, err)
		}
		d.Txs = append(d.Txs, tx)
		off += size
	}
	if len(b)-off < 4 {
		return nil, fmt.Errorf("%w: missing account count", ErrMalformedBatchData)
	}
	nAcct := binary.BigEndian.Uint32(b[off:])
	off += 4
	if want := uint64(nAcct) * accountEncodedSize; uint64(len(b)-off) != want {
		return nil, fmt.Errorf("%w: %d accounts need %d bytes, %d left", ErrMalformedBatchData, nAcct, want, len(b)-off)
	}
	d.Accounts = make([]statetree.Account, nAcct)
	for i := range d.Accounts {
		a := &d.Accounts[i]
		copy(a.Address[:], b[off:off+20])
		a.Balance = new(uint256.Int).SetBytes32(b[off+20 : off+52])
		a.Nonce = binary.BigEndian.Uint64(b[off+52 : off+60])
		off += accountEncodedSize
		if i > 0 && d.Accounts[i-1].Address.Cmp(a.Address) >= 0 {
			return nil, fmt.Errorf("%w: account %d (%s) is not above the previous one", ErrMalformedBatchData, i, a.Address)
		}
	}
	return d, nil
}

// encodedTxSize is the encoded size of a transaction of type t, or 0 for an
// unknown type.
func encodedTxSize(t TxType) int {
	switch t {
	case TxDeposit:
		return depositSize
	case TxTransfer:
		return transferSize
	case TxRedeem:
		return redeemSize
	}
	return 0
}
