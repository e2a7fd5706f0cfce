package dcap

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"time"
)

// parseSignedDoc splits a PCS body {"<key>":{...},"signature":"<hex>"}
// into the exact bytes of the inner object, which is what Intel signs, and
// the signature. Nothing is re-serialized: the JSON is only split.
func parseSignedDoc(p Pkg, what, key string, b []byte) ([]byte, [SignatureSize]byte, error) {
	var sig [SignatureSize]byte
	if len(b) > MaxDocSize {
		return nil, sig, p.Malformed("%s of %d bytes exceeds the %d-byte limit", what, len(b), MaxDocSize)
	}
	var env map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&env); err != nil {
		return nil, sig, p.Malformed("%s: %v", what, err)
	}
	if dec.More() {
		return nil, sig, p.Malformed("%s: trailing data", what)
	}
	body, sigJSON := env[key], env["signature"]
	if len(env) != 2 || body == nil || sigJSON == nil {
		return nil, sig, p.Malformed("%s: want exactly the keys %q and \"signature\"", what, key)
	}
	if len(body) == 0 || body[0] != '{' {
		return nil, sig, p.Malformed("%s: %q is not an object", what, key)
	}
	var sigHex string
	if err := json.Unmarshal(sigJSON, &sigHex); err != nil {
		return nil, sig, p.Malformed("%s: signature: %v", what, err)
	}
	if err := hexField(p, what+" signature", sigHex, sig[:]); err != nil {
		return nil, sig, err
	}
	return append([]byte(nil), body...), sig, nil
}

// docWindow parses a document's issueDate and nextUpdate, which must be
// RFC 3339 times with nextUpdate after issueDate.
func docWindow(p Pkg, what, issue, next string) (time.Time, time.Time, error) {
	a, err := time.Parse(time.RFC3339, issue)
	if err != nil {
		return time.Time{}, time.Time{}, p.Malformed("%s issueDate: %v", what, err)
	}
	b, err := time.Parse(time.RFC3339, next)
	if err != nil {
		return time.Time{}, time.Time{}, p.Malformed("%s nextUpdate: %v", what, err)
	}
	if !b.After(a) {
		return time.Time{}, time.Time{}, p.Malformed("%s nextUpdate %s is not after issueDate %s", what, next, issue)
	}
	return a, b, nil
}

// hexField decodes s, which must be exactly 2*len(dst) hex digits, into
// dst.
func hexField(p Pkg, what, s string, dst []byte) error {
	if len(s) != 2*len(dst) {
		return p.Malformed("%s: %d hex digits, want %d", what, len(s), 2*len(dst))
	}
	if _, err := hex.Decode(dst, []byte(s)); err != nil {
		return p.Malformed("%s: %v", what, err)
	}
	return nil
}
