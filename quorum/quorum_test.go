package quorum_test

import (
	"bytes"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/teerollup/teerollup/attest"
	"github.com/teerollup/teerollup/quorum"
)

func TestBitset(t *testing.T) {
	tests := []struct {
		name    string
		indices []int
		count   int
		length  int
		str     string
	}{
		{name: "empty", indices: nil, count: 0, length: 0, str: "{}"},
		{name: "one", indices: []int{3}, count: 1, length: 4, str: "{3}"},
		{name: "word edges", indices: []int{0, 63, 64, 127, 128, 255}, count: 6, length: 256, str: "{0,63,64,127,128,255}"},
		{name: "out of range ignored", indices: []int{-1, 256, 1000, 5}, count: 1, length: 6, str: "{5}"},
		{name: "duplicates", indices: []int{7, 7, 7}, count: 1, length: 8, str: "{7}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := quorum.BitsetOf(tt.indices...)
			if b.Count() != tt.count || b.Len() != tt.length || b.String() != tt.str {
				t.Fatalf("got count %d len %d %s, want %d %d %s", b.Count(), b.Len(), b, tt.count, tt.length, tt.str)
			}
			for _, i := range b.Indices() {
				if !b.Has(i) {
					t.Fatalf("Has(%d) false", i)
				}
			}
			if b.IsEmpty() != (tt.count == 0) {
				t.Fatal("IsEmpty wrong")
			}
		})
	}
	a, b := quorum.BitsetOf(1, 2, 3), quorum.BitsetOf(2, 3, 4)
	if a.Intersect(b) != quorum.BitsetOf(2, 3) || a.Union(b) != quorum.BitsetOf(1, 2, 3, 4) {
		t.Fatal("set algebra")
	}
	a.Remove(2)
	if a != quorum.BitsetOf(1, 3) {
		t.Fatal("Remove")
	}
}

func TestDomainValidate(t *testing.T) {
	v := common.HexToAddress("0x1")
	tests := []struct {
		name string
		d    quorum.Domain
		ok   bool
	}{
		{name: "valid", d: quorum.Domain{ChainID: big.NewInt(1), Verifier: v}, ok: true},
		{name: "nil chain", d: quorum.Domain{Verifier: v}},
		{name: "zero chain", d: quorum.Domain{ChainID: big.NewInt(0), Verifier: v}},
		{name: "negative chain", d: quorum.Domain{ChainID: big.NewInt(-1), Verifier: v}},
		{name: "huge chain", d: quorum.Domain{ChainID: new(big.Int).Lsh(big.NewInt(1), 256), Verifier: v}},
		{name: "zero verifier", d: quorum.Domain{ChainID: big.NewInt(1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.d.Validate()
			if (err == nil) != tt.ok || (err != nil && !errors.Is(err, quorum.ErrDomain)) {
				t.Fatalf("Validate() = %v, want ok=%v", err, tt.ok)
			}
			_ = quorum.VoteDigest(tt.d, common.Hash{}) // never panics
		})
	}
}

func TestSignVoteCanonical(t *testing.T) {
	k := keyPool()[0]
	header := common.Hash{0xaa}
	for i := range 32 {
		h := crypto.Keccak256Hash(header[:], []byte{byte(i)})
		v, err := quorum.SignVote(quorum.KeySigner(k.ecdsa), testDomain, h)
		if err != nil {
			t.Fatal(err)
		}
		if v.Sig[64] != 27 && v.Sig[64] != 28 {
			t.Fatalf("v = %d", v.Sig[64])
		}
		if err := v.Verify(testDomain); err != nil {
			t.Fatalf("own vote: %v", err)
		}
		// The malleable twin (r, n-s, v^1) recovers the same key but is rejected.
		v.Sig = highS(v.Sig)
		err = v.Verify(testDomain)
		var se *quorum.SignatureError
		if !errors.As(err, &se) || !errors.Is(err, quorum.ErrSignature) || !strings.Contains(se.Detail, "upper half") {
			t.Fatalf("high-s vote: %v", err)
		}
	}
	v, _ := quorum.SignVote(quorum.KeySigner(k.ecdsa), testDomain, header)
	other := testDomain
	other.ChainID = big.NewInt(1)
	if err := v.Verify(other); !errors.Is(err, quorum.ErrSignature) {
		t.Fatalf("vote verified in another domain: %v", err)
	}
	if _, err := quorum.SignVote(nil, testDomain, header); !errors.Is(err, quorum.ErrKey) {
		t.Fatalf("nil key: %v", err)
	}
}

func TestCommitteeValidate(t *testing.T) {
	keys := keyPool()
	good, _ := build(t, paperSpecs(5), true)
	mutate := func(f func(c *quorum.Committee)) *quorum.Committee {
		c := &quorum.Committee{Members: slices.Clone(good.Members)}
		for i := range c.Members {
			pk := *c.Members[i].BLS
			c.Members[i].BLS = &pk
		}
		f(c)
		return c
	}
	var many quorum.Committee
	for i := range quorum.MaxMembers + 1 {
		many.Members = append(many.Members, quorum.Member{Addr: common.BigToAddress(big.NewInt(int64(i + 1))), Kind: attest.KindSGX})
	}
	tests := []struct {
		name   string
		c      *quorum.Committee
		member int // index in the MemberError, -1 for none
	}{
		{name: "valid", c: good, member: -2},
		{name: "nil", c: nil, member: -1},
		{name: "empty", c: &quorum.Committee{}, member: -1},
		{name: "257 members", c: &many, member: -1},
		{name: "zero address", c: mutate(func(c *quorum.Committee) { c.Members[0].Addr = common.Address{} }), member: 0},
		{name: "unsorted", c: mutate(func(c *quorum.Committee) { c.Members[1], c.Members[2] = c.Members[2], c.Members[1] }), member: 2},
		{name: "duplicate address", c: mutate(func(c *quorum.Committee) { c.Members[3].Addr = c.Members[2].Addr }), member: 3},
		{name: "kind 0", c: mutate(func(c *quorum.Committee) { c.Members[4].Kind = attest.KindUnknown }), member: 4},
		{name: "kind 6", c: mutate(func(c *quorum.Committee) { c.Members[1].Kind = 6 }), member: 1},
		{name: "mixed BLS", c: mutate(func(c *quorum.Committee) { c.Members[2].BLS = nil }), member: 2},
		{name: "off-curve key", c: mutate(func(c *quorum.Committee) { c.Members[1].BLS.G1[63] ^= 1 }), member: 1},
		{name: "identity key", c: mutate(func(c *quorum.Committee) { c.Members[1].BLS.G1 = quorum.G1Point{} }), member: 1},
		{name: "duplicate key", c: mutate(func(c *quorum.Committee) { c.Members[3].BLS.G1 = c.Members[0].BLS.G1 }), member: 3},
		{name: "opposite key", c: mutate(func(c *quorum.Committee) { c.Members[3].BLS.G1 = negG1(c.Members[0].BLS.G1) }), member: 3},
	}
	_ = keys
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			if tt.member == -2 {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				return
			}
			if !errors.Is(err, quorum.ErrCommittee) {
				t.Fatalf("Validate() = %v, want ErrCommittee", err)
			}
			var me *quorum.MemberError
			if tt.member >= 0 && (!errors.As(err, &me) || me.Index != tt.member) {
				t.Fatalf("Validate() = %v, want a MemberError for member %d", err, tt.member)
			}
		})
	}
}

func TestNewCommitteeSortsAndChecksPoPs(t *testing.T) {
	keys := keyPool()
	var members []quorum.Member
	for i := range 4 {
		pk := *keys[i].pk
		pop, _ := keys[i].bls.ProvePossession(keys[i].addr)
		members = append(members, quorum.Member{Addr: keys[i].addr, Kind: quorum.PaperKinds[i%3], Weight: 1, BLS: &pk, PoP: &pop})
	}
	c, err := quorum.NewCommittee(members...)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(c.Members, func(a, b quorum.Member) int { return bytes.Compare(a.Addr[:], b.Addr[:]) }) {
		t.Fatal("not sorted")
	}
	if &c.Members[0] == &members[0] {
		t.Fatal("members not copied")
	}

	t.Run("missing PoP", func(t *testing.T) {
		ms := slices.Clone(members)
		ms[1].PoP = nil
		if _, err := quorum.NewCommittee(ms...); !errors.Is(err, quorum.ErrPoP) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("PoP of another member", func(t *testing.T) {
		ms := slices.Clone(members)
		ms[1].PoP = ms[2].PoP
		if _, err := quorum.NewCommittee(ms...); !errors.Is(err, quorum.ErrPoP) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("copied key and PoP under another address", func(t *testing.T) {
		// keys[9]'s key and proof, registered by keys[8]'s address: the
		// proof binds keys[9]'s address, so it fails.
		ms := slices.Clone(members)
		pk := *keys[9].pk
		pop, _ := keys[9].bls.ProvePossession(keys[9].addr)
		ms = append(ms, quorum.Member{Addr: keys[8].addr, Kind: attest.KindCSV, Weight: 1, BLS: &pk, PoP: &pop})
		if _, err := quorum.NewCommittee(ms...); !errors.Is(err, quorum.ErrPoP) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("G2 key of another member", func(t *testing.T) {
		ms := slices.Clone(members)
		pk := *ms[0].BLS
		pk.G2 = ms[1].BLS.G2
		ms[0].BLS = &pk
		if _, err := quorum.NewCommittee(ms...); !errors.Is(err, quorum.ErrPoP) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("duplicate address", func(t *testing.T) {
		ms := append(slices.Clone(members), members[0])
		var me *quorum.MemberError
		if _, err := quorum.NewCommittee(ms...); !errors.As(err, &me) {
			t.Fatalf("got %v", err)
		}
	})
}

func TestCommitteeEncoding(t *testing.T) {
	for _, withBLS := range []bool{false, true} {
		c, _ := build(t, paperSpecs(7), withBLS)
		c.Members[3].Weight = 1<<64 - 1
		enc := c.Encode()
		size := quorum.MemberSize
		if withBLS {
			size = quorum.BLSMemberSize
		}
		if len(enc) != 1+7*size {
			t.Fatalf("BLS=%v: %d bytes", withBLS, len(enc))
		}
		if c.Hash() != crypto.Keccak256Hash(enc) {
			t.Fatal("Hash is not keccak256(Encode())")
		}
		d, err := quorum.DecodeCommittee(enc)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(d.Encode(), enc) || d.Hash() != c.Hash() {
			t.Fatal("round trip")
		}
		for i, m := range d.Members {
			w := c.Members[i]
			if m.Addr != w.Addr || m.Kind != w.Kind || m.Weight != w.Weight || (m.BLS != nil) != withBLS {
				t.Fatalf("member %d: %+v, want %+v", i, m, w)
			}
			if withBLS && (m.BLS.G1 != w.BLS.G1 || m.BLS.G2 != (quorum.G2Point{}) || m.PoP != nil) {
				t.Fatalf("member %d: decoded BLS key carries more than G1", i)
			}
		}
		// Registration round trip restores G2 keys and proofs.
		pops, err := c.EncodePoPs()
		if err != nil {
			t.Fatal(err)
		}
		r, err := quorum.DecodeRegistration(enc, pops)
		if err != nil {
			t.Fatal(err)
		}
		if withBLS && (r.Members[2].BLS.G2 != c.Members[2].BLS.G2 || *r.Members[2].PoP != *c.Members[2].PoP) {
			t.Fatal("registration lost G2 keys or proofs")
		}
	}
}

func TestDecodeCommitteeErrors(t *testing.T) {
	c, _ := build(t, paperSpecs(3), false)
	enc := c.Encode()
	tests := []struct {
		name string
		b    []byte
	}{
		{name: "empty", b: nil},
		{name: "flags only", b: []byte{0}},
		{name: "bad flags", b: append([]byte{2}, enc[1:]...)},
		{name: "BLS flag on ECDSA members", b: append([]byte{1}, enc[1:]...)},
		{name: "truncated", b: enc[:len(enc)-1]},
		{name: "trailing", b: append(slices.Clone(enc), 0)},
		{name: "257 members", b: append([]byte{0}, make([]byte, 257*quorum.MemberSize)...)},
		{name: "zero address", b: append([]byte{0}, make([]byte, quorum.MemberSize)...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := quorum.DecodeCommittee(tt.b); !errors.Is(err, quorum.ErrCommittee) {
				t.Fatalf("got %v, want ErrCommittee", err)
			}
		})
	}
}

// tallyCommittee is a 10-member 2:4:4 committee: SGX 0-1, TDX 2-5, CSV 6-9,
// weights 1..10.
func tallyCommittee() *quorum.Committee {
	c := &quorum.Committee{}
	for i := range 10 {
		k := attest.KindSGX
		switch {
		case i >= 6:
			k = attest.KindCSV
		case i >= 2:
			k = attest.KindTDX
		}
		c.Members = append(c.Members, quorum.Member{Addr: common.BigToAddress(big.NewInt(int64(i + 1))), Kind: k, Weight: uint64(i + 1)})
	}
	return c
}

func TestRules(t *testing.T) {
	c := tallyCommittee()
	tests := []struct {
		name    string
		rule    quorum.Rule
		signers []int
		ok      bool
	}{
		{name: "kinds>=2 met", rule: quorum.DistinctKinds{K: 2}, signers: []int{0, 2}, ok: true},
		{name: "kinds>=2 one kind", rule: quorum.DistinctKinds{K: 2}, signers: []int{2, 3, 4, 5}},
		{name: "kinds>=3 met", rule: quorum.DistinctKinds{K: 3}, signers: []int{1, 5, 9}, ok: true},
		{name: "kinds>=3 two kinds", rule: quorum.DistinctKinds{K: 3}, signers: []int{2, 3, 6, 7, 8}},
		{name: "m>=7 met", rule: quorum.MOfN{M: 7}, signers: []int{0, 1, 2, 3, 4, 5, 6}, ok: true},
		{name: "m>=7 six", rule: quorum.MOfN{M: 7}, signers: []int{0, 1, 2, 3, 4, 5}},
		{name: "perkind 50 met", rule: quorum.PerKind{Percent: 50}, signers: []int{0, 2, 3, 6, 7}, ok: true},
		{name: "perkind 50 CSV short", rule: quorum.PerKind{Percent: 50}, signers: []int{0, 2, 3, 6}},
		{name: "perkind 51 needs ceil", rule: quorum.PerKind{Percent: 51}, signers: []int{0, 2, 3, 6, 7}}, // SGX needs 2 of 2
		{name: "perkind 100 all", rule: quorum.PerKind{Percent: 100}, signers: seq(10), ok: true},
		{name: "weight>=19 met", rule: quorum.Weighted{Threshold: 19}, signers: []int{9, 8}, ok: true}, // 10+9
		{name: "weight>=19 short", rule: quorum.Weighted{Threshold: 19}, signers: []int{9, 7}},         // 10+8
		{name: "all met", rule: quorum.All{Rules: []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.MOfN{M: 3}}}, signers: []int{0, 2, 3}, ok: true},
		{name: "all one fails", rule: quorum.All{Rules: []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.MOfN{M: 4}}}, signers: []int{0, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := quorum.Check(tt.rule, c, quorum.BitsetOf(tt.signers...))
			if tt.ok {
				if err != nil {
					t.Fatalf("Check = %v", err)
				}
				return
			}
			var rn *quorum.RuleNotMetError
			if !errors.As(err, &rn) || !errors.Is(err, quorum.ErrRuleNotMet) {
				t.Fatalf("Check = %v, want a RuleNotMetError", err)
			}
			if rn.Tally.Signers != len(tt.signers) || rn.Tally.Members != 10 {
				t.Fatalf("tally %+v", rn.Tally)
			}
		})
	}
	if err := (quorum.MOfN{M: 1}).Check(c, quorum.BitsetOf(10)); !errors.Is(err, quorum.ErrQC) {
		t.Fatalf("signer outside the committee: %v", err)
	}
	if err := (quorum.MOfN{M: 0}).Check(c, quorum.BitsetOf(1)); !errors.Is(err, quorum.ErrRule) {
		t.Fatalf("invalid rule: %v", err)
	}
}

func TestRuleEncoding(t *testing.T) {
	rules := []quorum.Rule{
		quorum.MOfN{M: 1}, quorum.MOfN{M: 65535}, quorum.DistinctKinds{K: 3}, quorum.PerKind{Percent: 100},
		quorum.Weighted{Threshold: 1<<64 - 1},
		quorum.All{Rules: []quorum.Rule{quorum.DistinctKinds{K: 2}, quorum.MOfN{M: 7}, quorum.PerKind{Percent: 34}, quorum.Weighted{Threshold: 9}}},
	}
	for _, r := range rules {
		got, err := quorum.DecodeRule(mustEncodeRule(r))
		if err != nil {
			t.Fatalf("%s: %v", r, err)
		}
		if !bytes.Equal(mustEncodeRule(got), mustEncodeRule(r)) || got.String() != r.String() {
			t.Fatalf("%s: round trip gave %s", r, got)
		}
		parsed, err := quorum.ParseRule(r.String())
		if err != nil || !bytes.Equal(mustEncodeRule(parsed), mustEncodeRule(r)) {
			t.Fatalf("ParseRule(%q) = %v, %v", r.String(), parsed, err)
		}
	}
	bad := []struct {
		name string
		b    []byte
	}{
		{name: "empty", b: nil},
		{name: "unknown tag", b: []byte{0x09, 1}},
		{name: "m = 0", b: []byte{0x01, 0, 0}},
		{name: "k = 0", b: []byte{0x02, 0}},
		{name: "percent 0", b: []byte{0x03, 0}},
		{name: "percent 101", b: []byte{0x03, 101}},
		{name: "threshold 0", b: []byte{0x04, 0, 0, 0, 0, 0, 0, 0, 0}},
		{name: "truncated", b: []byte{0x01, 7}},
		{name: "trailing", b: []byte{0x02, 2, 0}},
		{name: "all empty", b: []byte{0x05, 0}},
		{name: "all too many", b: append([]byte{0x05, 9}, bytes.Repeat([]byte{0x02, 1}, 9)...)},
		{name: "all nested", b: []byte{0x05, 1, 0x05, 1, 0x02, 1}},
		{name: "all short", b: []byte{0x05, 2, 0x02, 1}},
		{name: "all no count", b: []byte{0x05}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := quorum.DecodeRule(tt.b); !errors.Is(err, quorum.ErrRule) {
				t.Fatalf("got %v, want ErrRule", err)
			}
		})
	}
	for _, r := range []quorum.Rule{quorum.All{}, quorum.All{Rules: []quorum.Rule{nil}}, quorum.All{Rules: []quorum.Rule{quorum.All{Rules: []quorum.Rule{quorum.MOfN{M: 1}}}}}} {
		if err := r.Validate(); !errors.Is(err, quorum.ErrRule) {
			t.Fatalf("%v: Validate = %v", r, err)
		}
	}
}

func TestParseRuleSpec(t *testing.T) {
	c := tallyCommittee() // n = 10, total weight 55
	tests := []struct {
		spec string
		want string
	}{
		{spec: "kinds>=2", want: "kinds>=2"},
		{spec: "m>2/3", want: "m>=7"},
		{spec: "m>=2/3", want: "m>=7"},
		{spec: "m>=1/2", want: "m>=5"},
		{spec: "m>1/2", want: "m>=6"},
		{spec: "perkind>=50%", want: "perkind>=50%"},
		{spec: "perkind>50", want: "perkind>=51%"},
		{spec: "weight>1/2", want: "weight>=28"},
		{spec: " kinds>=2 & m>2/3 ", want: "kinds>=2&m>=7"},
	}
	for _, tt := range tests {
		s, err := quorum.ParseRuleSpec(tt.spec)
		if err != nil {
			t.Fatalf("%q: %v", tt.spec, err)
		}
		r, err := s.For(c)
		if err != nil || r.String() != tt.want {
			t.Fatalf("%q for n=10: %v, %v; want %s", tt.spec, r, err, tt.want)
		}
	}
	for _, bad := range []string{"", "m", "m<3", "m>=x", "kinds>=0", "perkind>=101", "foo>=1", "m>=3/2", "m>=1/0", "kinds>=1/2", "m>=70000"} {
		s, err := quorum.ParseRuleSpec(bad)
		if err == nil {
			_, err = s.For(c)
		}
		if !errors.Is(err, quorum.ErrRule) {
			t.Fatalf("%q: %v, want ErrRule", bad, err)
		}
	}
	if _, err := quorum.ParseRule("m>2/3"); !errors.Is(err, quorum.ErrRule) {
		t.Fatalf("relative spec accepted by ParseRule: %v", err)
	}
}

func TestQCDecoding(t *testing.T) {
	c, ss := build(t, paperSpecs(12), true)
	eq := ecdsaQC(t, c, ss, testDomain, common.Hash{1}, []int{0, 5, 11})
	bq := blsQC(t, c, ss, testDomain, common.Hash{1}, []int{0, 5, 11})
	for _, q := range []quorum.QC{eq, bq} {
		enc := q.Encode()
		if len(enc) < 2 || enc[0] != 0x08 || enc[1] != 0x21 { // bits 11 | 5, 0
			t.Fatalf("%s bitmap %x", q.Scheme(), enc[:2])
		}
		got, err := quorum.DecodeQC(q.Scheme(), enc, 12)
		if err != nil || !bytes.Equal(got.Encode(), enc) || got.SignerSet() != q.SignerSet() {
			t.Fatalf("%s round trip: %v", q.Scheme(), err)
		}
		bad := []struct {
			name string
			b    []byte
			n    int
		}{
			{name: "empty", b: nil, n: 12},
			{name: "no signers", b: append([]byte{0, 0}, enc[2:]...), n: 12},
			{name: "bit beyond n", b: append([]byte{0x10, enc[1]}, enc[2:]...), n: 12},
			{name: "truncated", b: enc[:len(enc)-1], n: 12},
			{name: "trailing", b: append(slices.Clone(enc), 0), n: 12},
			{name: "other committee size", b: enc, n: 20},
			{name: "n = 0", b: enc, n: 0},
			{name: "n = 257", b: enc, n: 257},
		}
		for _, tt := range bad {
			if _, err := quorum.DecodeQC(q.Scheme(), tt.b, tt.n); !errors.Is(err, quorum.ErrQC) {
				t.Fatalf("%s %s: got %v, want ErrQC", q.Scheme(), tt.name, err)
			}
		}
	}
	if _, err := quorum.DecodeQC(9, nil, 1); !errors.Is(err, quorum.ErrQC) {
		t.Fatal("unknown scheme")
	}
	// A signature count that does not match the bitmap.
	eq.Sigs = eq.Sigs[:2]
	if err := quorum.VerifyDigest(quorum.MOfN{M: 1}, c, common.Hash{}, eq); !errors.Is(err, quorum.ErrQC) {
		t.Fatalf("2 signatures for 3 signers: %v", err)
	}
}

func TestNewECDSAQC(t *testing.T) {
	c, ss := build(t, paperSpecs(5), false)
	header := common.Hash{7}
	vote := func(s signer, h common.Hash) quorum.Vote {
		v, err := quorum.SignVote(quorum.KeySigner(s.ecdsa), testDomain, h)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	votes := []quorum.Vote{vote(ss[3], header), vote(ss[0], header), vote(ss[4], header)}
	q, err := quorum.NewECDSAQC(c, testDomain, header, votes)
	if err != nil {
		t.Fatal(err)
	}
	if q.Signers != quorum.BitsetOf(0, 3, 4) || q.Sigs[0] != votes[1].Sig {
		t.Fatalf("signers %s", q.Signers)
	}
	if err := quorum.Verify(quorum.MOfN{M: 3}, c, testDomain, header, q); err != nil {
		t.Fatal(err)
	}
	outsider := keyPool()[40]
	bad := votes[0]
	bad.Sig[5] ^= 1
	tests := []struct {
		name  string
		votes []quorum.Vote
		check func(error) bool
	}{
		{name: "wrong header", votes: []quorum.Vote{vote(ss[0], common.Hash{8})}, check: func(err error) bool { return errors.Is(err, quorum.ErrVote) }},
		{name: "non-member", votes: []quorum.Vote{vote(outsider, header)}, check: func(err error) bool {
			var e *quorum.NonMemberError
			return errors.As(err, &e) && e.Signer == outsider.addr && errors.Is(err, quorum.ErrVote)
		}},
		{name: "duplicate", votes: []quorum.Vote{vote(ss[1], header), vote(ss[1], header)}, check: func(err error) bool {
			var e *quorum.DuplicateVoteError
			return errors.As(err, &e) && e.Signer == ss[1].addr
		}},
		{name: "bad signature", votes: []quorum.Vote{bad}, check: func(err error) bool {
			var e *quorum.SignatureError
			return errors.As(err, &e) && e.Index == 3
		}},
		{name: "no votes", votes: nil, check: func(err error) bool { return errors.Is(err, quorum.ErrVote) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := quorum.NewECDSAQC(c, testDomain, header, tt.votes); !tt.check(err) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

func TestAggregateBLS(t *testing.T) {
	c, ss := build(t, paperSpecs(5), true)
	header := common.Hash{9}
	var votes []quorum.BLSVote
	for _, i := range []int{4, 1, 2} {
		v, err := ss[i].bls.SignVote(testDomain, ss[i].addr, header)
		if err != nil {
			t.Fatal(err)
		}
		votes = append(votes, v)
	}
	q, err := quorum.AggregateBLS(c, testDomain, header, votes)
	if err != nil {
		t.Fatal(err)
	}
	if err := quorum.Verify(quorum.MOfN{M: 3}, c, testDomain, header, q); err != nil {
		t.Fatal(err)
	}
	if err := quorum.Verify(quorum.MOfN{M: 3}, c, testDomain, common.Hash{10}, q); !errors.Is(err, quorum.ErrSignature) {
		t.Fatalf("other header: %v", err)
	}
	bad := slices.Clone(votes)
	bad[1].Sig = votes[0].Sig
	var se *quorum.SignatureError
	if _, err := quorum.AggregateBLS(c, testDomain, header, bad); !errors.As(err, &se) || se.Signer != votes[1].Signer {
		t.Fatalf("bad vote: %v", err)
	}
	dec, _ := quorum.DecodeCommittee(c.Encode())
	var me *quorum.MemberError
	if _, err := quorum.AggregateBLS(dec, testDomain, header, votes); !errors.As(err, &me) {
		t.Fatalf("decoded committee has no G2 keys: %v", err)
	}
	ec, _ := build(t, paperSpecs(5), false)
	if _, err := quorum.AggregateBLS(ec, testDomain, header, votes); !errors.Is(err, quorum.ErrCommittee) {
		t.Fatalf("ECDSA committee: %v", err)
	}
}

func TestVerify(t *testing.T) {
	c, ss := build(t, paperSpecs(10), true)
	header := common.Hash{0x42}
	sgx := []int{firstOfKind(c, attest.KindSGX)}
	var tdx []int
	for i, m := range c.Members {
		if m.Kind == attest.KindTDX {
			tdx = append(tdx, i)
		}
	}
	kinds2 := quorum.DistinctKinds{K: 2}
	eAll := ecdsaQC(t, c, ss, testDomain, header, seq(10))
	bAll := blsQC(t, c, ss, testDomain, header, seq(10))
	eTDX := ecdsaQC(t, c, ss, testDomain, header, tdx)
	bTDX := blsQC(t, c, ss, testDomain, header, tdx)
	eOther := ecdsaQC(t, c, ss, testDomain, common.Hash{1}, append(sgx, tdx...))
	ecdsaOnly, _ := build(t, paperSpecs(10), false)
	wrongSize := *eAll
	wrongSize.N = 11
	tests := []struct {
		name   string
		rule   quorum.Rule
		c      *quorum.Committee
		d      quorum.Domain
		qc     quorum.QC
		reason quorum.Reason
	}{
		{name: "ecdsa valid", rule: kinds2, c: c, d: testDomain, qc: eAll, reason: quorum.ReasonOK},
		{name: "bls valid", rule: kinds2, c: c, d: testDomain, qc: bAll, reason: quorum.ReasonOK},
		{name: "ecdsa one kind", rule: kinds2, c: c, d: testDomain, qc: eTDX, reason: quorum.ReasonRuleNotMet},
		{name: "bls one kind", rule: kinds2, c: c, d: testDomain, qc: bTDX, reason: quorum.ReasonRuleNotMet},
		{name: "ecdsa wrong header", rule: kinds2, c: c, d: testDomain, qc: eOther, reason: quorum.ReasonSignature},
		{name: "ecdsa wrong domain", rule: kinds2, c: c, d: quorum.Domain{ChainID: big.NewInt(1), Verifier: testDomain.Verifier}, qc: eAll, reason: quorum.ReasonSignature},
		{name: "bls wrong domain", rule: kinds2, c: c, d: quorum.Domain{ChainID: big.NewInt(1), Verifier: testDomain.Verifier}, qc: bAll, reason: quorum.ReasonSignature},
		{name: "nil rule", rule: nil, c: c, d: testDomain, qc: eAll, reason: quorum.ReasonRule},
		{name: "invalid rule", rule: quorum.MOfN{}, c: c, d: testDomain, qc: eAll, reason: quorum.ReasonRule},
		{name: "nil committee", rule: kinds2, c: nil, d: testDomain, qc: eAll, reason: quorum.ReasonCommittee},
		{name: "bls on ecdsa committee", rule: kinds2, c: ecdsaOnly, d: testDomain, qc: bAll, reason: quorum.ReasonCommittee},
		{name: "qc for another size", rule: kinds2, c: c, d: testDomain, qc: &wrongSize, reason: quorum.ReasonQC},
		{name: "nil qc", rule: kinds2, c: c, d: testDomain, qc: nil, reason: quorum.ReasonQC},
		{name: "invalid domain", rule: kinds2, c: c, d: quorum.Domain{}, qc: eAll, reason: quorum.ReasonOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := quorum.Verify(tt.rule, tt.c, tt.d, header, tt.qc)
			if got := quorum.ReasonOf(err); got != tt.reason {
				t.Fatalf("Verify = %v (%s), want %s", err, got, tt.reason)
			}
			if tt.reason == quorum.ReasonOther && !errors.Is(err, quorum.ErrDomain) {
				t.Fatalf("want ErrDomain, got %v", err)
			}
			if tt.reason == quorum.ReasonSignature {
				var se *quorum.SignatureError
				if !errors.As(err, &se) {
					t.Fatalf("want a SignatureError, got %T", err)
				}
			}
			// The encoded path agrees with the typed one.
			if oc, ok := tt.rule.(quorum.OnChainRule); ok && tt.c != nil && tt.qc != nil && tt.d.Validate() == nil && tt.qc.Size() == tt.c.Len() {
				// The raw encoding, also of an out-of-range rule.
				enc := quorum.VerifyEncoded(tt.qc.Scheme(), tt.c.Hash(), tt.c.Encode(), oc.Encode(), quorum.VoteDigest(tt.d, header), tt.qc.Encode())
				if quorum.ReasonOf(enc) != tt.reason {
					t.Fatalf("VerifyEncoded = %v, Verify = %v", enc, err)
				}
			}
		})
	}
	// The first bad signature is named.
	bad := *eAll
	bad.Sigs = slices.Clone(eAll.Sigs)
	bad.Sigs[4] = highS(bad.Sigs[4])
	bad.Sigs[7][64] = 0
	var se *quorum.SignatureError
	if err := quorum.Verify(kinds2, c, testDomain, header, &bad); !errors.As(err, &se) || se.Index != 4 || se.Signer != c.Members[4].Addr {
		t.Fatalf("got %v", err)
	}
	if err := quorum.VerifyEncoded(3, common.Hash{}, nil, nil, common.Hash{}, nil); !errors.Is(err, quorum.ErrQC) {
		t.Fatalf("unknown scheme: %v", err)
	}
	if err := quorum.VerifyEncoded(quorum.SchemeECDSA, common.Hash{1}, c.Encode(), kinds2.Encode(), common.Hash{}, eAll.Encode()); !errors.Is(err, quorum.ErrCommitteeHash) {
		t.Fatalf("wrong committee hash: %v", err)
	}
}

func TestCheckConflict(t *testing.T) {
	c, ss := build(t, paperSpecs(5), false)
	h1, h2 := common.Hash{1}, common.Hash{2}
	a := quorum.Certificate{Height: 7, HeaderHash: h1, QC: ecdsaQC(t, c, ss, testDomain, h1, []int{0, 1, 2})}
	b := quorum.Certificate{Height: 7, HeaderHash: h2, QC: ecdsaQC(t, c, ss, testDomain, h2, []int{2, 3, 4})}
	err := quorum.CheckConflict(a, b)
	var ce *quorum.ConflictingQCError
	if !errors.As(err, &ce) || !errors.Is(err, quorum.ErrConflict) {
		t.Fatalf("got %v", err)
	}
	if ce.Equivocators() != quorum.BitsetOf(2) || ce.A.HeaderHash != h1 || ce.B.HeaderHash != h2 {
		t.Fatalf("evidence %s", ce.Equivocators())
	}
	if err := ce.Verify(quorum.MOfN{M: 3}, c, testDomain); err != nil {
		t.Fatalf("evidence does not verify: %v", err)
	}
	forged := b
	forged.HeaderHash = common.Hash{3}
	if err := quorum.CheckConflict(a, forged).(*quorum.ConflictingQCError).Verify(quorum.MOfN{M: 3}, c, testDomain); !errors.Is(err, quorum.ErrSignature) {
		t.Fatalf("forged evidence verified: %v", err)
	}
	for _, pair := range [][2]quorum.Certificate{
		{a, {Height: 8, HeaderHash: h2, QC: b.QC}}, // different heights
		{a, a}, // same header
	} {
		if err := quorum.CheckConflict(pair[0], pair[1]); err != nil {
			t.Fatalf("no conflict expected: %v", err)
		}
	}
	if (&quorum.ConflictingQCError{}).Equivocators() != (quorum.Bitset{}) {
		t.Fatal("nil QCs")
	}
}

func TestReasonOf(t *testing.T) {
	for r, err := range map[quorum.Reason]error{
		quorum.ReasonOK:            nil,
		quorum.ReasonCommitteeHash: quorum.ErrCommitteeHash,
		quorum.ReasonCommittee:     &quorum.MemberError{},
		quorum.ReasonRule:          quorum.ErrRule,
		quorum.ReasonQC:            quorum.ErrQC,
		quorum.ReasonRuleNotMet:    &quorum.RuleNotMetError{Rule: quorum.MOfN{M: 1}},
		quorum.ReasonSignature:     &quorum.SignatureError{Index: -1},
		quorum.ReasonPoP:           quorum.ErrPoP,
		quorum.ReasonOther:         quorum.ErrVote,
	} {
		if got := quorum.ReasonOf(err); got != r {
			t.Fatalf("ReasonOf(%v) = %s, want %s", err, got, r)
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty message")
		}
	}
	if quorum.Reason(42).String() != "reason(42)" || quorum.ReasonRuleNotMet.String() != "rule-not-met" {
		t.Fatal("String")
	}
}

func TestBLSKeys(t *testing.T) {
	if _, err := quorum.BLSSecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, quorum.ErrKey) {
		t.Fatal("zero key accepted")
	}
	if _, err := quorum.BLSSecretKeyFromBytes(make([]byte, 31)); !errors.Is(err, quorum.ErrKey) {
		t.Fatal("short key accepted")
	}
	if _, err := quorum.BLSSecretKeyFromBytes(bytes.Repeat([]byte{0xff}, 32)); !errors.Is(err, quorum.ErrKey) {
		t.Fatal("key >= r accepted")
	}
	k := keyPool()[3].bls
	k2, err := quorum.BLSSecretKeyFromBytes(k.Bytes())
	if err != nil || k2.PublicKey().G2 != k.PublicKey().G2 {
		t.Fatal("round trip")
	}
	if _, err := quorum.GenerateBLSKey(bytes.NewReader(nil)); !errors.Is(err, quorum.ErrKey) {
		t.Fatal("empty reader")
	}
	if _, err := quorum.GenerateBLSKey(nil); err != nil {
		t.Fatal(err)
	}
	if _, err := quorum.AggregateSignatures(quorum.G1Point{1}); !errors.Is(err, quorum.ErrSignature) {
		t.Fatal("invalid point aggregated")
	}
	if _, err := quorum.AggregatePublicKeys(quorum.G2Point{1}); !errors.Is(err, quorum.ErrKey) {
		t.Fatal("invalid G2 point aggregated")
	}
	if err := quorum.VerifyPoP(common.Address{1}, nil, quorum.BLSSignature{}); !errors.Is(err, quorum.ErrPoP) {
		t.Fatal("nil key")
	}
}

// mustEncodeRule is quorum.EncodeRule for rules the test knows are on-chain
// rules.
func mustEncodeRule(r quorum.Rule) []byte {
	enc, err := quorum.EncodeRule(r)
	if err != nil {
		panic(err)
	}
	return enc
}
