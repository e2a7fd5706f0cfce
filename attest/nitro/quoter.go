package nitro

import (
	"context"
	"fmt"

	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// Quoter asks the Nitro Secure Module (NSM) of the running enclave for
// attestation documents. It needs Linux inside a Nitro enclave (the
// /dev/nsm device) and a binary built with -tags nitro for amd64 or arm64;
// elsewhere NewQuoter fails with attest.ErrUnsupported.
type Quoter struct {
	nsm nsmTransport
}

var _ attest.Quoter = (*Quoter)(nil)

// nsmTransport sends one raw NSM request and returns the raw response; it
// is implemented per platform (quoter_linux_nitro.go, quoter_other.go) and
// by the tests.
type nsmTransport interface {
	roundTrip(ctx context.Context, request []byte) ([]byte, error)
}

// NewQuoter opens the NSM of the running enclave.
func NewQuoter() (*Quoter, error) {
	t, err := newNSMTransport()
	if err != nil {
		return nil, err
	}
	return &Quoter{nsm: t}, nil
}

// Quote asks NSM for a document whose user_data is reportData, exactly 64
// bytes, which is how Nitro evidence carries attest's report data (see
// the package doc): a key bound with attest.BindingReportData passes
// attest.CheckBinding on the verified claims. The evidence is the
// document as NSM returned it, with no collateral.
func (q *Quoter) Quote(ctx context.Context, reportData [attest.ReportDataSize]byte) (attest.Evidence, error) {
	raw, err := q.Attest(ctx, reportData[:], nil, nil)
	if err != nil {
		return attest.Evidence{}, err
	}
	return attest.Evidence{Format: attest.FormatNitro, Raw: raw}, nil
}

// Attest asks NSM for a document carrying the given user_data, nonce and
// public_key (nil leaves a field out), for callers that use Nitro's own
// fields, e.g. a public key for a KMS-style recipient. Documents whose
// user_data is not exactly 64 bytes verify with all-zero
// Claims.ReportData.
func (q *Quoter) Attest(ctx context.Context, userData, nonce, publicKey []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if q == nil || q.nsm == nil {
		return nil, fmt.Errorf("%w: nitro: Quoter not created by NewQuoter", attest.ErrUnsupported)
	}
	switch {
	case len(userData) > MaxUserDataSize:
		return nil, fmt.Errorf("%w: nitro: user_data of %d bytes, NSM takes at most %d", attest.ErrConfig, len(userData), MaxUserDataSize)
	case len(nonce) > MaxNonceSize:
		return nil, fmt.Errorf("%w: nitro: nonce of %d bytes, NSM takes at most %d", attest.ErrConfig, len(nonce), MaxNonceSize)
	case len(publicKey) > MaxPublicKeySize:
		return nil, fmt.Errorf("%w: nitro: public_key of %d bytes, NSM takes at most %d", attest.ErrConfig, len(publicKey), MaxPublicKeySize)
	}
	req, err := encodeAttestationRequest(userData, nonce, publicKey)
	if err != nil {
		return nil, err
	}
	resp, err := q.nsm.roundTrip(ctx, req)
	if err != nil {
		return nil, err
	}
	return decodeAttestationResponse(resp)
}

// NSM speaks CBOR: serde's externally tagged encoding of the Request and
// Response enums of aws-nitro-enclaves-nsm-api.
//
//	request:  {"Attestation": {"user_data": bstr/null, "nonce": bstr/null, "public_key": bstr/null}}
//	response: {"Attestation": {"document": bstr}} or {"Error": "<ErrorCode>"}
type nsmAttestationRequest struct {
	UserData  []byte `cbor:"user_data"`
	Nonce     []byte `cbor:"nonce"`
	PublicKey []byte `cbor:"public_key"`
}

func encodeAttestationRequest(userData, nonce, publicKey []byte) ([]byte, error) {
	em, err := cbor.EncOptions{Sort: cbor.SortCoreDeterministic}.EncMode()
	if err != nil {
		return nil, fmt.Errorf("nitro: CBOR encoder: %w", err)
	}
	// nil slices encode as CBOR null, which NSM reads as None.
	b, err := em.Marshal(map[string]nsmAttestationRequest{"Attestation": {UserData: userData, Nonce: nonce, PublicKey: publicKey}})
	if err != nil {
		return nil, fmt.Errorf("nitro: encode NSM request: %w", err)
	}
	return b, nil
}

// decodeAttestationResponse reads NSM's answer; it does not verify the
// document (the verifier does that, wherever it runs).
func decodeAttestationResponse(resp []byte) ([]byte, error) {
	dm, err := decMode()
	if err != nil {
		return nil, fmt.Errorf("nitro: CBOR decoder: %w", err)
	}
	var r struct {
		Attestation *struct {
			Document []byte `cbor:"document"`
		} `cbor:"Attestation"`
		Error *string `cbor:"Error"`
	}
	if err := dm.Unmarshal(resp, &r); err != nil {
		return nil, fmt.Errorf("nitro: NSM response: %w", err)
	}
	switch {
	case r.Error != nil:
		return nil, fmt.Errorf("nitro: NSM refused the attestation request: %s", *r.Error)
	case r.Attestation == nil || len(r.Attestation.Document) == 0:
		return nil, fmt.Errorf("nitro: NSM response carries no document")
	case len(r.Attestation.Document) > MaxDocumentSize:
		return nil, fmt.Errorf("nitro: NSM document of %d bytes, more than %d", len(r.Attestation.Document), MaxDocumentSize)
	}
	return r.Attestation.Document, nil
}
