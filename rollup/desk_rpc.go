package rollup

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

// DeskNamespace is the JSON-RPC namespace of a member's Desk
// (registration_admit, registration_remove), served next to the client API
// by RegisterDesk.
const DeskNamespace = "registration"

// ErrCertificate: a Desk's answer does not certify what was asked under the
// committee the Manager holds (a lying or outdated member).
var ErrCertificate = errors.New("rollup: desk answer is not a valid certificate")

// RPCCertified is a Desk's answer: the statement (Admission.Encode or
// Removal.Encode) and the committee's trimmed QC over it. The committee and
// rule are not part of it: a caller reads them from the Manager.
type RPCCertified struct {
	Epoch     hexutil.Uint64 `json:"epoch"`
	Statement hexutil.Bytes  `json:"statement"`
	QC        hexutil.Bytes  `json:"qc"`
}

// DeskAPI is the JSON-RPC face of a Desk. Anyone may call it; what bounds a
// stranger is the Desk's (request sizes, verifications in flight) and the
// RPC server's request body limit. Nothing is stored.
type DeskAPI struct{ desk *Desk }

// RegisterDesk adds d's methods to s under DeskNamespace (typically the
// server of NewRPCServer, so the client listener serves both).
func RegisterDesk(s *rpc.Server, d *Desk) error {
	if s == nil || d == nil {
		return fmt.Errorf("%w: RegisterDesk needs a server and a desk", ErrRegistrar)
	}
	return s.RegisterName(DeskNamespace, &DeskAPI{desk: d})
}

// Admit verifies evidence (rollup.EncodeEvidence bytes) of enclave and
// returns the committee's certified Admission.
func (a *DeskAPI) Admit(ctx context.Context, enclave common.Address, evidence hexutil.Bytes) (*RPCCertified, error) {
	if len(evidence) > MaxEvidenceSize+4096 { // JSON framing over the raw bound
		return nil, fmt.Errorf("%w: evidence of %d bytes", ErrStatement, len(evidence))
	}
	ev, err := DecodeEvidence(evidence)
	if err != nil {
		return nil, err
	}
	adm, cert, err := a.desk.Admit(ctx, enclave, ev)
	if err != nil {
		return nil, err
	}
	return &RPCCertified{Epoch: hexutil.Uint64(adm.Epoch), Statement: adm.Encode(), QC: cert.QC.Encode()}, nil
}

// Remove certifies the removal of a registered enclave whose evidence fails
// under collateral.
func (a *DeskAPI) Remove(ctx context.Context, enclave common.Address, collateral hexutil.Bytes) (*RPCCertified, error) {
	r, cert, err := a.desk.Remove(ctx, enclave, collateral)
	if err != nil {
		return nil, err
	}
	return &RPCCertified{Epoch: hexutil.Uint64(r.Epoch), Statement: r.Encode(), QC: cert.QC.Encode()}, nil
}

// DeskClient asks a member's Desk over JSON-RPC for a certified admission
// or removal. It trusts the member for nothing: every answer is checked
// against the committee, rule and vote domain read from the Manager through
// L1 (the statement is the one asked for, in the current epoch, and the QC
// meets the rule), so a caller never pays gas for a certificate the Manager
// would refuse because a member lied.
type DeskClient struct {
	rpc *rpc.Client
	l1  *L1
}

// NewDeskClient returns a client of the Desk behind c, checking answers
// with l1.
func NewDeskClient(c *rpc.Client, l1 *L1) *DeskClient { return &DeskClient{rpc: c, l1: l1} }

// Admit asks for the admission of enclave with ev.
func (c *DeskClient) Admit(ctx context.Context, enclave common.Address, ev attest.Evidence) (*Admission, *Certificate, error) {
	enc, err := EncodeEvidence(ev)
	if err != nil {
		return nil, nil, err
	}
	var res RPCCertified
	if err := c.rpc.CallContext(ctx, &res, DeskNamespace+"_admit", enclave, hexutil.Bytes(enc)); err != nil {
		return nil, nil, err
	}
	a, err := DecodeAdmission(res.Statement)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrCertificate, err)
	}
	if a.Enclave != enclave || !bytes.Equal(a.Evidence, enc) {
		return nil, nil, fmt.Errorf("%w: admission of %s with other evidence, asked for %s", ErrCertificate, a.Enclave, enclave)
	}
	cert, err := c.check(ctx, a.Epoch, a.StructHash(), res.QC)
	if err != nil {
		return nil, nil, err
	}
	return a, cert, nil
}

// Remove asks for the removal of enclave under collateral.
func (c *DeskClient) Remove(ctx context.Context, enclave common.Address, collateral []byte) (*Removal, *Certificate, error) {
	var res RPCCertified
	if err := c.rpc.CallContext(ctx, &res, DeskNamespace+"_remove", enclave, hexutil.Bytes(collateral)); err != nil {
		return nil, nil, err
	}
	r, err := DecodeRemoval(res.Statement)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrCertificate, err)
	}
	if r.Enclave != enclave || !bytes.Equal(r.Collateral, collateral) {
		return nil, nil, fmt.Errorf("%w: removal of %s under other collateral, asked for %s", ErrCertificate, r.Enclave, enclave)
	}
	cert, err := c.check(ctx, r.Epoch, r.StructHash(), res.QC)
	if err != nil {
		return nil, nil, err
	}
	return r, cert, nil
}

// check verifies qc over structHash under the Manager's current committee,
// which must be of epoch.
func (c *DeskClient) check(ctx context.Context, epoch uint64, structHash common.Hash, qcBytes []byte) (*Certificate, error) {
	cur, err := c.l1.CurrentCommittee(ctx)
	if err != nil {
		return nil, err
	}
	if cur.Committee == nil || cur.Rule == nil {
		return nil, fmt.Errorf("%w: no committee", ErrNoCommittee)
	}
	if epoch != cur.Epoch {
		return nil, fmt.Errorf("%w: certified for epoch %d, the Manager is at %d", ErrCertificate, epoch, cur.Epoch)
	}
	d, err := c.l1.Domain(ctx)
	if err != nil {
		return nil, err
	}
	qc, err := quorum.DecodeECDSAQC(qcBytes, cur.Committee.Len())
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCertificate, err)
	}
	if err := quorum.Verify(cur.Rule, cur.Committee, d.VoteDomain(), structHash, qc); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCertificate, err)
	}
	return &Certificate{Committee: cur.Committee, RuleBytes: cur.RuleBytes, QC: qc}, nil
}
