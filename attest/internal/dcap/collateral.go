package dcap

import (
	"bytes"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// MaxCollateralSize bounds an encoded collateral bundle: four documents
// of at most MaxDocSize, CRLs and chains of a few KiB.
const MaxCollateralSize = 4 * MaxDocSize

// Collateral is the quote verification collateral attest/sgx and
// attest/tdx share. Their Collateral types have exactly these fields, in
// this order, so each converts to it and the two encode alike.
type Collateral struct {
	TCBInfo               []byte
	TCBInfoIssuerChain    []byte
	QEIdentity            []byte
	QEIdentityIssuerChain []byte
	PCKCRL                []byte
	PCKCRLIssuerChain     []byte
	RootCACRL             []byte
}

// collateralJSON is the wire form: the field names of Intel's
// sgx_ql_qve_collateral_t, PCS documents as JSON strings holding their
// exact bytes (Intel's signatures cover those bytes), issuer chains as PEM
// text, CRLs as base64 of their DER or PEM bytes.
type collateralJSON struct {
	TCBInfoIssuerChain    string          `json:"tcb_info_issuer_chain,omitempty"`
	TCBInfo               json.RawMessage `json:"tcb_info,omitempty"`
	QEIdentityIssuerChain string          `json:"qe_identity_issuer_chain,omitempty"`
	QEIdentity            json.RawMessage `json:"qe_identity,omitempty"`
	PCKCRLIssuerChain     string          `json:"pck_crl_issuer_chain,omitempty"`
	PCKCRL                []byte          `json:"pck_crl,omitempty"`
	RootCACRL             []byte          `json:"root_ca_crl,omitempty"`
}

var collateralKeys = map[string]bool{
	"tcb_info_issuer_chain": true, "tcb_info": true, "qe_identity_issuer_chain": true,
	"qe_identity": true, "pck_crl_issuer_chain": true, "pck_crl": true, "root_ca_crl": true,
}

// MarshalCollateral encodes c in the wire form.
func (p Pkg) MarshalCollateral(c Collateral) ([]byte, error) {
	var j collateralJSON
	var err error
	if j.TCBInfo, err = p.docString("tcb_info", c.TCBInfo); err != nil {
		return nil, err
	}
	if j.QEIdentity, err = p.docString("qe_identity", c.QEIdentity); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		in   []byte
		out  *string
	}{
		{"tcb_info_issuer_chain", c.TCBInfoIssuerChain, &j.TCBInfoIssuerChain},
		{"qe_identity_issuer_chain", c.QEIdentityIssuerChain, &j.QEIdentityIssuerChain},
		{"pck_crl_issuer_chain", c.PCKCRLIssuerChain, &j.PCKCRLIssuerChain},
	} {
		if !utf8.Valid(f.in) {
			return nil, p.Malformed("collateral: %s is not UTF-8 text", f.name)
		}
		*f.out = string(f.in)
	}
	j.PCKCRL, j.RootCACRL = c.PCKCRL, c.RootCACRL
	return json.Marshal(j)
}

// docString encodes a document as a JSON string, which decodes back to
// the same bytes as long as they are valid UTF-8 (Intel's are ASCII).
func (p Pkg) docString(name string, b []byte) (json.RawMessage, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if !utf8.Valid(b) {
		return nil, p.Malformed("collateral: %s is not UTF-8 text", name)
	}
	return json.Marshal(string(b))
}

// UnmarshalCollateral decodes the wire form. It checks the shape (exact
// keys, no trailing data, the size bound), not the documents. A document
// may also be embedded as a JSON object, whose bytes are kept as they are.
func (p Pkg) UnmarshalCollateral(b []byte) (Collateral, error) {
	if len(b) > MaxCollateralSize {
		return Collateral{}, p.Malformed("collateral of %d bytes exceeds the %d-byte limit", len(b), MaxCollateralSize)
	}
	// encoding/json matches field names case-insensitively; the keys are
	// checked exactly first.
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return Collateral{}, p.Malformed("collateral is not a collateral JSON object: %v", err)
	}
	for k := range keys {
		if !collateralKeys[k] {
			return Collateral{}, p.Malformed("collateral: unknown field %q", k)
		}
	}
	var j collateralJSON
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&j); err != nil {
		return Collateral{}, p.Malformed("collateral is not a collateral JSON object: %v", err)
	}
	var c Collateral
	var err error
	if c.TCBInfo, err = docBytes(j.TCBInfo); err != nil {
		return Collateral{}, p.Malformed("collateral: tcb_info: %v", err)
	}
	if c.QEIdentity, err = docBytes(j.QEIdentity); err != nil {
		return Collateral{}, p.Malformed("collateral: qe_identity: %v", err)
	}
	c.TCBInfoIssuerChain = nilIfEmpty(j.TCBInfoIssuerChain)
	c.QEIdentityIssuerChain = nilIfEmpty(j.QEIdentityIssuerChain)
	c.PCKCRLIssuerChain = nilIfEmpty(j.PCKCRLIssuerChain)
	c.PCKCRL, c.RootCACRL = j.PCKCRL, j.RootCACRL
	return c, nil
}

func nilIfEmpty(s string) []byte {
	if s == "" {
		return nil
	}
	return []byte(s)
}

// docBytes accepts a PCS document embedded as a JSON string or object.
func docBytes(raw json.RawMessage) ([]byte, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || bytes.Equal(raw, []byte("null")) {
		return nil, nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return nil, err
		}
		return []byte(s), nil
	case '{':
		return bytes.Clone(raw), nil
	}
	return nil, fmt.Errorf("want a JSON string or object")
}
