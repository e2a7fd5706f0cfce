package cca

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/fxamacker/cbor/v2"

	"github.com/teerollup/teerollup/attest"
)

// COSE_Key labels and values (RFC 9052, RFC 9053).
const (
	coseKeyKty  = 1
	coseKeyKid  = 2
	coseKeyAlg  = 3
	coseKeyCrv  = -1
	coseKeyX    = -2
	coseKeyY    = -3
	coseKtyEC2  = 2
	coseCrvP384 = 2
)

// parseRAK decodes the realm attestation key as the realm token carries it:
// a SEC1 uncompressed P-384 point in the legacy encoding (no realm
// profile), a COSE_Key under the realm profiles. The RMM only ever makes
// P-384 RAKs, so any other key is malformed.
func parseRAK(r *RealmClaims) (*ecdsa.PublicKey, error) {
	if r.Profile == "" {
		k, err := ecdsa.ParseUncompressedPublicKey(elliptic.P384(), r.PublicKey)
		if err != nil {
			return nil, malformed("realm public key is not an uncompressed P-384 point: %v", err)
		}
		return k, nil
	}
	m, err := claimMap(r.PublicKey, "realm public key COSE_Key")
	if err != nil {
		return nil, err
	}
	if err := onlyKeys(m, "realm public key COSE_Key", coseKeyKty, coseKeyKid, coseKeyAlg, coseKeyCrv, coseKeyX, coseKeyY); err != nil {
		return nil, err
	}
	var kty, crv int64
	if err := intField(m, coseKeyKty, &kty); err != nil || kty != coseKtyEC2 {
		return nil, malformed("realm public key COSE_Key is not EC2")
	}
	if err := intField(m, coseKeyCrv, &crv); err != nil || crv != coseCrvP384 {
		return nil, malformed("realm public key COSE_Key is not on P-384")
	}
	if v, ok := m[coseKeyAlg]; ok {
		var alg int64
		if err := decMode.Unmarshal(v, &alg); err != nil || alg != algES384 {
			return nil, malformed("realm public key COSE_Key algorithm is not ES384")
		}
	}
	x, err := bstrLen(m[coseKeyX], "realm public key x", 48)
	if err != nil {
		return nil, err
	}
	y, err := bstrLen(m[coseKeyY], "realm public key y", 48)
	if err != nil {
		return nil, err
	}
	k, err := ecdsa.ParseUncompressedPublicKey(elliptic.P384(), append(append([]byte{4}, x...), y...))
	if err != nil {
		return nil, malformed("realm public key is not a P-384 point: %v", err)
	}
	return k, nil
}

func intField(m map[int64]cbor.RawMessage, key int64, dst *int64) error {
	v, ok := m[key]
	if !ok {
		return malformed("missing COSE_Key parameter %d", key)
	}
	return decMode.Unmarshal(v, dst)
}

// verifySign1 checks a COSE_Sign1 signature under key: the algorithm must
// suit the key's curve (ES256 with P-256, ES384 with P-384, ES512 with
// P-521), so that neither the token nor the key can pick a weaker pairing.
func verifySign1(s *sign1, key *ecdsa.PublicKey) bool {
	h, sigLen, ok := algParams(s.alg)
	if !ok || len(s.signature) != sigLen || curveAlg(key.Curve) != s.alg {
		return false
	}
	hh := h.New()
	hh.Write(s.sigStructure())
	half := sigLen / 2
	r := new(big.Int).SetBytes(s.signature[:half])
	ss := new(big.Int).SetBytes(s.signature[half:])
	return ecdsa.Verify(key, hh.Sum(nil), r, ss)
}

func curveAlg(c elliptic.Curve) int64 {
	switch c {
	case elliptic.P256():
		return algES256
	case elliptic.P384():
		return algES384
	case elliptic.P521():
		return algES512
	}
	return 0
}

// jwk is an EC public key in JSON Web Key form (RFC 7517/7518), the form in
// which Veraison and trustee publish CPAKs.
type jwk struct {
	Kty string `json:"kty"`
	Crv string `json:"crv"`
	X   string `json:"x"`
	Y   string `json:"y"`
}

// ParseJWK parses an EC public key (P-256, P-384 or P-521) in JSON Web Key
// form, as CPAKs are published (Veraison's and trustee's cpak.json).
// Errors wrap attest.ErrConfig: a key is configuration, not evidence.
func ParseJWK(data []byte) (*ecdsa.PublicKey, error) {
	var j jwk
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("%w: cca: JWK: %v", attest.ErrConfig, err)
	}
	return j.key()
}

func (j *jwk) key() (*ecdsa.PublicKey, error) {
	if j.Kty != "EC" {
		return nil, fmt.Errorf("%w: cca: JWK key type %q, want EC", attest.ErrConfig, j.Kty)
	}
	var c elliptic.Curve
	switch j.Crv {
	case "P-256":
		c = elliptic.P256()
	case "P-384":
		c = elliptic.P384()
	case "P-521":
		c = elliptic.P521()
	default:
		return nil, fmt.Errorf("%w: cca: JWK curve %q", attest.ErrConfig, j.Crv)
	}
	size := (c.Params().BitSize + 7) / 8
	x, errX := base64.RawURLEncoding.DecodeString(j.X)
	y, errY := base64.RawURLEncoding.DecodeString(j.Y)
	if errX != nil || errY != nil || len(x) != size || len(y) != size {
		return nil, fmt.Errorf("%w: cca: JWK coordinates are not %d-byte base64url", attest.ErrConfig, size)
	}
	k, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
	if err != nil {
		return nil, fmt.Errorf("%w: cca: JWK: %v", attest.ErrConfig, err)
	}
	return k, nil
}

// ParsePlatformKeys parses a trust anchor store in the JSON form Veraison
// and trustee use: an array of {"implementation-id": hex, "instance-id":
// hex, "pkey": JWK}. Each entry becomes a PlatformKey bound to its
// implementation and instance IDs. Errors wrap attest.ErrConfig.
func ParsePlatformKeys(data []byte) ([]PlatformKey, error) {
	var entries []struct {
		ImplementationID string `json:"implementation-id"`
		InstanceID       string `json:"instance-id"`
		PKey             *jwk   `json:"pkey"`
	}
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("%w: cca: trust anchors: %v", attest.ErrConfig, err)
	}
	keys := make([]PlatformKey, 0, len(entries))
	for i, e := range entries {
		if e.PKey == nil {
			return nil, fmt.Errorf("%w: cca: trust anchor %d has no pkey", attest.ErrConfig, i)
		}
		k, err := e.PKey.key()
		if err != nil {
			return nil, fmt.Errorf("trust anchor %d: %w", i, err)
		}
		impl, err1 := hex.DecodeString(e.ImplementationID)
		inst, err2 := hex.DecodeString(e.InstanceID)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("%w: cca: trust anchor %d: IDs are not hex", attest.ErrConfig, i)
		}
		keys = append(keys, PlatformKey{Key: k, ImplementationID: impl, InstanceID: inst})
	}
	return keys, nil
}
