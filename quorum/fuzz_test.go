package quorum_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/quorum"
)

// Every decoder is strict: whatever it accepts re-encodes to the same
// bytes, and whatever it rejects is rejected with its sentinel error.

func FuzzDecodeRule(f *testing.F) {
	for _, r := range []quorum.Rule{
		quorum.MOfN{M: 7}, quorum.DistinctKinds{K: 2}, quorum.PerKind{Percent: 51}, quorum.Weighted{Threshold: 100},
		quorum.All{Rules: []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.MOfN{M: 3}}},
	} {
		f.Add(mustEncodeRule(r))
	}
	f.Add([]byte{0x05, 0x09})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := quorum.DecodeRule(b)
		if err != nil {
			if !errors.Is(err, quorum.ErrRule) {
				t.Fatalf("error %v does not wrap ErrRule", err)
			}
			return
		}
		if !bytes.Equal(mustEncodeRule(r), b) {
			t.Fatalf("%x decodes to %s, which encodes to %x", b, r, mustEncodeRule(r))
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded rule invalid: %v", err)
		}
		// String round-trips up to the one ambiguity of the syntax: an
		// all-of with one rule prints as that rule.
		p, err := quorum.ParseRule(r.String())
		if err != nil || p.String() != r.String() {
			t.Fatalf("String %q does not parse back: %v", r, err)
		}
	})
}

func FuzzParseRuleSpec(f *testing.F) {
	for _, s := range []string{"kinds>=2", "m>2/3", "perkind>=50%&weight>1/2", "m>=", ">", "&&"} {
		f.Add(s, uint8(10))
	}
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		spec, err := quorum.ParseRuleSpec(s)
		if err != nil {
			if !errors.Is(err, quorum.ErrRule) {
				t.Fatalf("error %v does not wrap ErrRule", err)
			}
			return
		}
		c, err := quorum.RatioCommittee(int(n)%quorum.MaxMembers+1, quorum.PaperKinds, quorum.PaperRatio)
		if err != nil {
			t.Fatal(err)
		}
		if r, err := spec.For(c); err == nil {
			if err := r.Validate(); err != nil {
				t.Fatalf("%q gave an invalid rule: %v", s, err)
			}
		} else if !errors.Is(err, quorum.ErrRule) {
			t.Fatalf("error %v does not wrap ErrRule", err)
		}
	})
}

func FuzzDecodeCommittee(f *testing.F) {
	for _, withBLS := range []bool{false, true} {
		c, _ := build(f, paperSpecs(3), withBLS)
		f.Add(c.Encode())
	}
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := quorum.DecodeCommittee(b)
		if err != nil {
			if !errors.Is(err, quorum.ErrCommittee) {
				t.Fatalf("error %v does not wrap ErrCommittee", err)
			}
			return
		}
		if !bytes.Equal(c.Encode(), b) || c.Hash() != crypto.Keccak256Hash(b) {
			t.Fatalf("%x does not round-trip", b)
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded committee invalid: %v", err)
		}
	})
}

func FuzzDecodeECDSAQC(f *testing.F) {
	c, ss := build(f, paperSpecs(9), false)
	f.Add(ecdsaQC(f, c, ss, testDomain, common.Hash{1}, []int{0, 3, 8}).Encode(), uint16(9))
	f.Add([]byte{0xff, 0xff}, uint16(16))
	f.Fuzz(func(t *testing.T, b []byte, n uint16) {
		q, err := quorum.DecodeECDSAQC(b, int(n))
		if err != nil {
			if !errors.Is(err, quorum.ErrQC) {
				t.Fatalf("error %v does not wrap ErrQC", err)
			}
			return
		}
		if !bytes.Equal(q.Encode(), b) {
			t.Fatalf("%x does not round-trip", b)
		}
		if q.Signers.IsEmpty() || q.Signers.Len() > int(n) || len(q.Sigs) != q.Signers.Count() {
			t.Fatalf("accepted inconsistent QC %s with %d signatures for n=%d", q.Signers, len(q.Sigs), n)
		}
	})
}

func FuzzDecodeBLSQC(f *testing.F) {
	c, ss := build(f, paperSpecs(9), true)
	f.Add(blsQC(f, c, ss, testDomain, common.Hash{1}, []int{0, 3, 8}).Encode(), uint16(9))
	f.Fuzz(func(t *testing.T, b []byte, n uint16) {
		q, err := quorum.DecodeBLSQC(b, int(n))
		if err != nil {
			if !errors.Is(err, quorum.ErrQC) {
				t.Fatalf("error %v does not wrap ErrQC", err)
			}
			return
		}
		if !bytes.Equal(q.Encode(), b) || q.Signers.IsEmpty() || q.Signers.Len() > int(n) {
			t.Fatalf("%x does not round-trip or is inconsistent", b)
		}
	})
}

// FuzzVerifyEncoded checks that arbitrary inputs never panic and always get
// one of the contract's verdicts.
func FuzzVerifyEncoded(f *testing.F) {
	for _, withBLS := range []bool{false, true} {
		c, ss := build(f, paperSpecs(5), withBLS)
		rule := quorum.DistinctKinds{K: 2}
		f.Add(false, c.Encode(), mustEncodeRule(rule), ecdsaQC(f, c, ss, testDomain, common.Hash{1}, []int{0, 1, 4}).Encode())
		if withBLS {
			f.Add(true, c.Encode(), mustEncodeRule(rule), blsQC(f, c, ss, testDomain, common.Hash{1}, []int{0, 1, 4}).Encode())
		}
	}
	digest := quorum.VoteDigest(testDomain, common.Hash{1})
	f.Fuzz(func(t *testing.T, bls bool, committee, rule, qc []byte) {
		s := quorum.SchemeECDSA
		if bls {
			s = quorum.SchemeBLS
		}
		err := quorum.VerifyEncoded(s, crypto.Keccak256Hash(committee), committee, rule, digest, qc)
		if r := quorum.ReasonOf(err); r > quorum.ReasonSignature {
			t.Fatalf("verdict %s (%v) has no on-chain counterpart", r, err)
		}
	})
}
