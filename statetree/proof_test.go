package statetree

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// isProofErr reports whether err is one of the two proof error kinds.
func isProofErr(err error) bool {
	return errors.Is(err, ErrMalformedProof) || errors.Is(err, ErrInvalidProof)
}

func TestProveVerify(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 50, 500} {
		t.Run(fmt.Sprintf("%d accounts", n), func(t *testing.T) {
			r := newRand(uint64(100 + n))
			accts := randAccounts(r, n)
			tr := mustTree(t, NewMemoryStore(), accts)
			root := tr.Root()
			for _, a := range accts {
				got, p, err := tr.GetWithProof(a.Address)
				noErr(t, err)
				isTrue(t, a.Equal(got))
				equal(t, TerminalInclusion, p.Kind)
				wire := p.Encode()
				noErr(t, Verify(root, a.Address, a.Balance, a.Nonce, wire))
				noErr(t, p.Verify(root, a))
				dec, err := DecodeProof(wire)
				noErr(t, err)
				isTrue(t, bytes.Equal(wire, dec.Encode()))
			}
			kinds := map[TerminalKind]int{}
			for i := 0; i < 300; i++ {
				addr := randAddress(r)
				p, err := tr.Prove(addr)
				noErr(t, err)
				isTrue(t, p.Kind != TerminalInclusion)
				kinds[p.Kind]++
				noErr(t, Verify(root, addr, nil, 0, p.Encode()))
				noErr(t, Verify(root, addr, new(uint256.Int), 0, p.Encode()))
				// Absence proofs do not prove any non-zero state.
				errIs(t, Verify(root, addr, uint256.NewInt(1), 0, p.Encode()), ErrInvalidProof)
				errIs(t, Verify(root, addr, nil, 1, p.Encode()), ErrInvalidProof)
			}
			switch {
			case n == 0:
				equal(t, 300, kinds[TerminalEmpty])
			case n == 1:
				equal(t, 300, kinds[TerminalOtherLeaf])
			case n >= 50:
				isTrue(t, kinds[TerminalEmpty] > 0 && kinds[TerminalOtherLeaf] > 0, "kinds %v", kinds)
			}
		})
	}
}

func TestProofEdgeEncodings(t *testing.T) {
	a := Account{Address: common.HexToAddress("0xa1"), Balance: uint256.NewInt(3), Nonce: 4}
	b := common.HexToAddress("0xb2")
	tests := []struct {
		name string
		acct []Account // tree contents
		addr common.Address
		want string // hex of the wire proof
	}{
		{name: "empty tree", addr: b, want: "010000"},
		{name: "one-account tree, inclusion", acct: []Account{a}, addr: a.Address, want: "000000"},
		{
			name: "one-account tree, other leaf", acct: []Account{a}, addr: b,
			want: "02" + strings.Repeat("00", 19) + "a1" + strings.Repeat("00", 31) + "03" + strings.Repeat("00", 7) + "04" + "0000",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tr := mustTree(t, NewMemoryStore(), tc.acct)
			p, err := tr.Prove(tc.addr)
			noErr(t, err)
			equal(t, tc.want, common.Bytes2Hex(p.Encode()))
			got, err := tr.Get(tc.addr)
			noErr(t, err)
			noErr(t, Verify(tr.Root(), tc.addr, got.Balance, got.Nonce, p.Encode()))
		})
	}
}

// proofCases returns a tree and proofs of each terminal kind in it.
func proofCases(t testing.TB) (root common.Hash, cases []struct {
	name string
	acct Account
	wire []byte
}) {
	r := newRand(200)
	accts := randAccounts(r, 40)
	tr := mustTree(t, NewMemoryStore(), accts)
	add := func(name string, a Account) {
		p, err := tr.Prove(a.Address)
		noErr(t, err)
		cases = append(cases, struct {
			name string
			acct Account
			wire []byte
		}{name, a, p.Encode()})
	}
	add("inclusion", accts[0])
	for _, a := range accts {
		if a.Balance.Eq(new(uint256.Int).SetAllOne()) {
			add("inclusion, max balance", a)
			break
		}
	}
	var haveEmpty, haveOther bool
	for !haveEmpty || !haveOther {
		addr := randAddress(r)
		p, err := tr.Prove(addr)
		noErr(t, err)
		switch {
		case p.Kind == TerminalEmpty && !haveEmpty:
			haveEmpty = true
			add("absent, empty", Account{Address: addr})
		case p.Kind == TerminalOtherLeaf && !haveOther:
			haveOther = true
			add("absent, other leaf", Account{Address: addr})
		}
	}
	return tr.Root(), cases
}

func TestTamperedProofsFail(t *testing.T) {
	root, cases := proofCases(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.acct
			noErr(t, Verify(root, a.Address, a.Balance, a.Nonce, tc.wire))

			for i := range tc.wire {
				for _, mask := range []byte{0x01, 0x80, 0xff} {
					w := bytes.Clone(tc.wire)
					w[i] ^= mask
					err := Verify(root, a.Address, a.Balance, a.Nonce, w)
					isTrue(t, isProofErr(err), "byte %d ^ %#x: %v", i, mask, err)
				}
			}
			for n := 0; n < len(tc.wire); n++ {
				errIs(t, Verify(root, a.Address, a.Balance, a.Nonce, tc.wire[:n]), ErrMalformedProof, "truncated to %d", n)
			}
			errIs(t, Verify(root, a.Address, a.Balance, a.Nonce, append(bytes.Clone(tc.wire), 0)), ErrMalformedProof, "trailing byte")

			bal := new(uint256.Int).Set(balanceOf(a))
			errIs(t, Verify(root, a.Address, bal.AddUint64(bal, 1), a.Nonce, tc.wire), ErrInvalidProof, "balance+1")
			errIs(t, Verify(root, a.Address, a.Balance, a.Nonce+1, tc.wire), ErrInvalidProof, "nonce+1")
			wrongRoot := root
			wrongRoot[31] ^= 1
			errIs(t, Verify(wrongRoot, a.Address, a.Balance, a.Nonce, tc.wire), ErrInvalidProof, "wrong root")
			errIs(t, Verify(common.Hash{}, a.Address, a.Balance, a.Nonce, tc.wire), ErrInvalidProof, "zero root")
			otherAddr := a.Address
			otherAddr[0] ^= 1
			errIs(t, Verify(root, otherAddr, a.Balance, a.Nonce, tc.wire), ErrInvalidProof, "wrong address")
		})
	}
}

func TestVerifyRules(t *testing.T) {
	r := newRand(300)
	x := randAccount(r, addrWithKeyPrefix(t, r, []int{0}))
	y := randAccount(r, addrWithKeyPrefix(t, r, []int{1}))
	tr := mustTree(t, NewMemoryStore(), []Account{x, y})
	root := tr.Root()
	px, err := tr.Prove(x.Address)
	noErr(t, err)

	tests := []struct {
		name  string
		proof Proof
		acct  Account
		want  error
		// detail is a substring of the error, to check which rule fired
		detail string
	}{
		{name: "valid inclusion", proof: *px, acct: x},
		{
			// The leaf of x itself, presented as "another" leaf, must not
			// prove x absent, although it hashes to the right root.
			name:  "other leaf is the proven address",
			proof: Proof{Kind: TerminalOtherLeaf, Other: x, Siblings: px.Siblings},
			acct:  Account{Address: x.Address}, want: ErrInvalidProof, detail: "is the proven address",
		},
		{
			name:  "inclusion of a zero account",
			proof: Proof{Kind: TerminalInclusion, Siblings: px.Siblings},
			acct:  Account{Address: x.Address}, want: ErrInvalidProof, detail: "absent account",
		},
		{
			name:  "other leaf with a zero account",
			proof: Proof{Kind: TerminalOtherLeaf, Other: Account{Address: y.Address}, Siblings: []common.Hash{{1}}},
			acct:  Account{Address: addrWithKeyPrefix(t, r, []int{1})}, want: ErrInvalidProof, detail: "zero account",
		},
		{
			name:  "other leaf off the path",
			proof: Proof{Kind: TerminalOtherLeaf, Other: y, Siblings: []common.Hash{x.Hash()}},
			acct:  Account{Address: addrWithKeyPrefix(t, r, []int{0})}, want: ErrInvalidProof, detail: "off the path",
		},
		{
			name:  "empty terminal for a non-zero account",
			proof: Proof{Kind: TerminalEmpty, Siblings: px.Siblings},
			acct:  x, want: ErrInvalidProof, detail: "non-zero account",
		},
		{
			// x's leaf pushed one level down under internal(leaf, 0): the
			// compact tree has no such node, so the root differs.
			name:  "inclusion one level too deep",
			proof: Proof{Kind: TerminalInclusion, Siblings: append(append([]common.Hash(nil), px.Siblings...), common.Hash{})},
			acct:  x, want: ErrInvalidProof,
		},
		{
			name:  "inclusion one level too shallow",
			proof: Proof{Kind: TerminalInclusion},
			acct:  x, want: ErrInvalidProof,
		},
		{
			name:  "depth over 255",
			proof: Proof{Kind: TerminalEmpty, Siblings: make([]common.Hash, 256)},
			acct:  Account{Address: x.Address}, want: ErrMalformedProof,
		},
		{
			name:  "unknown kind",
			proof: Proof{Kind: 3, Siblings: px.Siblings},
			acct:  x, want: ErrMalformedProof,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.proof.Verify(root, tc.acct)
			if tc.want == nil {
				noErr(t, err)
				return
			}
			errIs(t, err, tc.want)
			isTrue(t, strings.Contains(err.Error(), tc.detail), "error %q lacks %q", err, tc.detail)
		})
	}
	var nilProof *Proof
	errIs(t, nilProof.Verify(root, x), ErrMalformedProof)
}

func TestDecodeProofStrict(t *testing.T) {
	sib := strings.Repeat("11", 32)
	tests := []struct {
		name string
		hex  string
		ok   bool
	}{
		{name: "empty input", hex: ""},
		{name: "kind only", hex: "01"},
		{name: "depth cut", hex: "0100"},
		{name: "empty at depth 0", hex: "010000", ok: true},
		{name: "inclusion at depth 0", hex: "000000", ok: true},
		{name: "unknown kind 3", hex: "030000"},
		{name: "unknown kind ff", hex: "ff0000"},
		{name: "other leaf cut", hex: "02" + strings.Repeat("00", 59)},
		{name: "other leaf at depth 0", hex: "02" + strings.Repeat("00", 60) + "0000", ok: true},
		{name: "depth 255, no siblings", hex: "0100ff" + strings.Repeat("00", 32), ok: true},
		{name: "depth 256", hex: "010100" + strings.Repeat("00", 32)},
		{name: "depth 65535", hex: "01ffff"},
		{name: "depth 1, bitmap missing", hex: "010001"},
		{name: "depth 1, bit set, sibling", hex: "01000180" + sib, ok: true},
		{name: "depth 1, bit set, sibling cut", hex: "01000180" + sib[:62]},
		{name: "depth 1, bit set, trailing byte", hex: "01000180" + sib + "00"},
		{name: "depth 1, padding bit set", hex: "01000140"},
		{name: "depth 7, padding bit set", hex: "01000701"},
		{name: "depth 8, last bit set", hex: "01000801" + sib, ok: true},
		{name: "depth 9, padding bit set", hex: "0100090040"},
		{name: "depth 1, zero sibling under a set bit", hex: "01000180" + strings.Repeat("00", 32)},
		{name: "depth 2, two siblings", hex: "010002c0" + sib + sib, ok: true},
		{name: "depth 2, one sibling missing", hex: "010002c0" + sib},
		{name: "trailing byte", hex: "01000000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := common.FromHex(tc.hex)
			p, err := DecodeProof(b)
			if !tc.ok {
				errIs(t, err, ErrMalformedProof)
				return
			}
			noErr(t, err)
			equal(t, tc.hex, common.Bytes2Hex(p.Encode()))
		})
	}
}
