package dap

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/holiman/uint256"

	"github.com/teerollup/teerollup/dacert"
	"github.com/teerollup/teerollup/merkle"
	"github.com/teerollup/teerollup/rollup"
	"github.com/teerollup/teerollup/statetree"
)

// Namespace is the JSON-RPC namespace of the DAP API.
const Namespace = "dap"

// MaxRequestSize bounds an HTTP request to the node (an upload of a large
// batch).
const MaxRequestSize = 64 << 20

// MetadataResult is dap_metadata's answer.
type MetadataResult struct {
	Header hexutil.Bytes `json:"header"` // the header's ABI encoding
	Data   hexutil.Bytes `json:"data"`   // the BatchData encoding
}

// ChunkResult is dap_chunk's answer.
type ChunkResult struct {
	Chunk hexutil.Bytes `json:"chunk"`
	Proof hexutil.Bytes `json:"proof"` // merkle.ChunkProof wire encoding
}

// BalanceProofResult is dap_balanceProof's answer.
type BalanceProofResult struct {
	Address common.Address `json:"address"`
	Balance *hexutil.Big   `json:"balance"`
	Nonce   hexutil.Uint64 `json:"nonce"`
	Proof   hexutil.Bytes  `json:"proof"` // statetree.Proof wire encoding
}

// HeaderProofResult is dap_headerProof's answer: the anchor header and the
// proof of the asked height under its history root.
type HeaderProofResult struct {
	Anchor   hexutil.Bytes  `json:"anchor"` // the anchor header's ABI encoding
	Index    hexutil.Uint64 `json:"index"`
	Siblings []common.Hash  `json:"siblings"`
}

// API is the node's JSON-RPC service, registered under Namespace:
//
//	dap_head()                      → latest stored height
//	dap_metadata(height)            → MetadataResult
//	dap_chunk(height, index)        → ChunkResult
//	dap_balanceProof(height, addr)  → BalanceProofResult
//	dap_headerProof(height, anchor) → HeaderProofResult
//	dap_upload(header, data)        → null (sequencers; see Config.Authorize)
//	dap_uploadProven(header, data, proof) → null (a height older than the
//	                                  TSC holds, proven by a HeaderProofResult)
//	dap_certify(header, data)       → CertifyResult (leaders, before submitting: round 1)
//	dap_sign(session, bitmap, agg)  → SignResult (round 2)
//
// Heights and indexes are hex quantities, byte strings 0x-hex. Errors carry
// the codes of the node's sentinel errors (see RemoteError).
type API struct {
	node *Node
}

// NewAPI returns node's JSON-RPC service.
func NewAPI(node *Node) *API { return &API{node: node} }

// NewRPCServer returns a JSON-RPC server (an http.Handler) serving api.
// The receiver may be any value with API's methods, so tests can serve a
// wrapped API.
func NewRPCServer(api any) (*rpc.Server, error) {
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(MaxRequestSize)
	if err := srv.RegisterName(Namespace, api); err != nil {
		return nil, fmt.Errorf("dap: register rpc api: %w", err)
	}
	return srv, nil
}

// Head returns the latest stored height.
func (a *API) Head() (hexutil.Uint64, error) {
	h, err := a.node.Head()
	return hexutil.Uint64(h), toRPC(err)
}

// Metadata returns the header and metadata of a height.
func (a *API) Metadata(height hexutil.Uint64) (*MetadataResult, error) {
	h, d, err := a.node.Metadata(uint64(height))
	if err != nil {
		return nil, toRPC(err)
	}
	return &MetadataResult{Header: h.ABIEncode(), Data: d}, nil
}

// Chunk returns a chunk of a height's metadata and its proof.
func (a *API) Chunk(height, index hexutil.Uint64) (*ChunkResult, error) {
	c, p, err := a.node.Chunk(uint64(height), uint64(index))
	if err != nil {
		return nil, toRPC(err)
	}
	return &ChunkResult{Chunk: c, Proof: p.Encode()}, nil
}

// BalanceProof returns an account and its proof under a height's state root.
func (a *API) BalanceProof(height hexutil.Uint64, addr common.Address) (*BalanceProofResult, error) {
	acct, p, err := a.node.BalanceProof(uint64(height), addr)
	if err != nil {
		return nil, toRPC(err)
	}
	return &BalanceProofResult{
		Address: acct.Address, Balance: (*hexutil.Big)(acct.Balance.ToBig()), Nonce: hexutil.Uint64(acct.Nonce), Proof: p.Encode(),
	}, nil
}

// HeaderProof proves the header at height against the one at anchor.
func (a *API) HeaderProof(height, anchor hexutil.Uint64) (*HeaderProofResult, error) {
	p, err := a.node.HeaderProof(uint64(height), uint64(anchor))
	if err != nil {
		return nil, toRPC(err)
	}
	return &HeaderProofResult{Anchor: p.Anchor.ABIEncode(), Index: hexutil.Uint64(p.Proof.Index), Siblings: p.Proof.Siblings}, nil
}

// UploadProven stores a height proven against a recent anchor (see
// Node.UploadProvenEncoded).
func (a *API) UploadProven(ctx context.Context, header, data hexutil.Bytes, proof *HeaderProofResult) error {
	if proof == nil || len(proof.Siblings) > rollup.HistoryDepth {
		return toRPC(fmt.Errorf("%w: missing or oversized history proof", ErrInvalidInput))
	}
	return toRPC(a.node.UploadProvenEncoded(ctx, header, data, proof.Anchor,
		rollup.HistoryProof{Index: uint64(proof.Index), Siblings: proof.Siblings}))
}

// CertifyResult is dap_certify's answer (round 1): the member address the
// DAP claims, its session, and its public MuSig2 nonce R1 ‖ R2 (66 bytes).
type CertifyResult struct {
	Signer  common.Address `json:"signer"`
	Session hexutil.Bytes  `json:"session"`
	Nonce   hexutil.Bytes  `json:"nonce"`
}

// Certify stores a not-yet-accepted height and opens a signing session for
// its availability (see Node.CertifyEncoded).
func (a *API) Certify(ctx context.Context, header, data hexutil.Bytes) (*CertifyResult, error) {
	r, err := a.node.CertifyEncoded(ctx, header, data)
	if err != nil {
		return nil, toRPC(err)
	}
	return &CertifyResult{Signer: crypto.PubkeyToAddress(a.node.key.PublicKey), Session: r.Session[:], Nonce: r.Nonce[:]}, nil
}

// SignResult is dap_sign's answer (round 2): the partial signature.
type SignResult struct {
	Partial hexutil.Bytes `json:"partial"`
}

// Sign is round 2 (see Node.Sign): session (16 bytes), the subset bitmap,
// and the aggregate nonce (66 bytes), each parsed strictly.
func (a *API) Sign(ctx context.Context, session hexutil.Bytes, bitmap hexutil.Uint64, agg hexutil.Bytes) (*SignResult, error) {
	id, an, err := ParseSignRequest(session, agg)
	if err != nil {
		return nil, toRPC(err)
	}
	p, err := a.node.Sign(ctx, id, uint64(bitmap), an)
	if err != nil {
		return nil, toRPC(err)
	}
	return &SignResult{Partial: p[:]}, nil
}

// ParseSignRequest checks dap_sign's byte arguments' lengths.
func ParseSignRequest(session, agg []byte) (SessionID, dacert.AggNonce, error) {
	var id SessionID
	var an dacert.AggNonce
	if len(session) != len(id) || len(agg) != len(an) {
		return id, an, fmt.Errorf("%w: session %d bytes, aggregate nonce %d bytes", ErrInvalidInput, len(session), len(agg))
	}
	copy(id[:], session)
	copy(an[:], agg)
	return id, an, nil
}

// ParseCertifyResult checks dap_certify's answer's lengths.
func ParseCertifyResult(r *CertifyResult) (SessionID, dacert.PubNonce, error) {
	var id SessionID
	var pn dacert.PubNonce
	if r == nil || len(r.Session) != len(id) || len(r.Nonce) != len(pn) {
		return id, pn, fmt.Errorf("%w: malformed dap_certify answer", dacert.ErrNonce)
	}
	copy(id[:], r.Session)
	copy(pn[:], r.Nonce)
	return id, pn, nil
}

// Upload stores a height (see Node.UploadEncoded).
func (a *API) Upload(ctx context.Context, header, data hexutil.Bytes) error {
	return toRPC(a.node.UploadEncoded(ctx, header, data))
}

// VerifyMetadata checks a dap_metadata answer against the header the
// caller trusts and decodes the data. Errors wrap ErrTampered.
func VerifyMetadata(h *rollup.Header, res *MetadataResult) (*rollup.BatchData, error) {
	if res == nil {
		return nil, fmt.Errorf("%w: empty answer", ErrTampered)
	}
	// The header the DAP sends is informative only; what counts is that
	// the data matches the trusted header.
	d, err := rollup.DecodeBatchData(res.Data)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	if err := d.Verify(h); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	return d, nil
}

// VerifyChunkResult checks a dap_chunk answer for chunk index against the
// trusted header's data root. Errors wrap ErrTampered.
func VerifyChunkResult(h *rollup.Header, index uint64, res *ChunkResult) (*merkle.ChunkProof, error) {
	if res == nil {
		return nil, fmt.Errorf("%w: empty answer", ErrTampered)
	}
	p, err := merkle.DecodeChunkProof(res.Proof)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	if p.Index != index {
		return nil, fmt.Errorf("%w: proof of chunk %d, asked for %d", ErrTampered, p.Index, index)
	}
	if err := p.Verify(h.DataRoot, res.Chunk); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	return p, nil
}

// VerifyBalanceProof checks a dap_balanceProof answer for addr against the
// trusted header's state root. Errors wrap ErrTampered.
func VerifyBalanceProof(h *rollup.Header, addr common.Address, res *BalanceProofResult) (statetree.Account, *statetree.Proof, error) {
	if res == nil || res.Balance == nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: empty answer", ErrTampered)
	}
	if res.Address != addr {
		return statetree.Account{}, nil, fmt.Errorf("%w: proof for %s, asked for %s", ErrTampered, res.Address, addr)
	}
	bal, overflow := uint256FromBig(res.Balance)
	if overflow {
		return statetree.Account{}, nil, fmt.Errorf("%w: balance does not fit 256 bits", ErrTampered)
	}
	p, err := statetree.DecodeProof(res.Proof)
	if err != nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	acct := statetree.Account{Address: addr, Balance: bal, Nonce: uint64(res.Nonce)}
	if err := p.Verify(h.StateRoot, acct); err != nil {
		return statetree.Account{}, nil, fmt.Errorf("%w: %w", ErrTampered, err)
	}
	return acct, p, nil
}

// uint256FromBig converts a non-negative big integer; overflow is true if b
// is negative or 256 bits do not hold it.
func uint256FromBig(b *hexutil.Big) (*uint256.Int, bool) {
	x := (*big.Int)(b)
	if x.Sign() < 0 {
		return nil, true
	}
	return uint256.FromBig(x)
}
