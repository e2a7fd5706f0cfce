package quorum

import (
	"math/bits"
	"strconv"
	"strings"
)

// Bitset is a set of committee indices 0..255 (a committee has at most
// MaxMembers members). The zero value is the empty set. It is a value type:
// copy it freely and compare it with ==.
type Bitset [4]uint64

// BitsetOf returns the set of the given indices; indices outside 0..255 are
// ignored.
func BitsetOf(indices ...int) Bitset {
	var b Bitset
	for _, i := range indices {
		b.Add(i)
	}
	return b
}

// Add puts index i in the set; an index outside 0..255 is ignored.
func (b *Bitset) Add(i int) {
	if i >= 0 && i < MaxMembers {
		b[i>>6] |= 1 << (uint(i) & 63)
	}
}

// Remove takes index i out of the set.
func (b *Bitset) Remove(i int) {
	if i >= 0 && i < MaxMembers {
		b[i>>6] &^= 1 << (uint(i) & 63)
	}
}

// Has reports whether index i is in the set.
func (b Bitset) Has(i int) bool {
	return i >= 0 && i < MaxMembers && b[i>>6]&(1<<(uint(i)&63)) != 0
}

// Count is the number of indices in the set.
func (b Bitset) Count() int {
	return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) + bits.OnesCount64(b[2]) + bits.OnesCount64(b[3])
}

// IsEmpty reports whether the set is empty.
func (b Bitset) IsEmpty() bool { return b == Bitset{} }

// Len is one more than the largest index in the set, or 0 if it is empty.
func (b Bitset) Len() int {
	for w := 3; w >= 0; w-- {
		if b[w] != 0 {
			return w*64 + bits.Len64(b[w])
		}
	}
	return 0
}

// Indices lists the set in increasing order.
func (b Bitset) Indices() []int {
	out := make([]int, 0, b.Count())
	for w := range b {
		for x := b[w]; x != 0; x &= x - 1 {
			out = append(out, w*64+bits.TrailingZeros64(x))
		}
	}
	return out
}

// Intersect is the set of indices in both b and o.
func (b Bitset) Intersect(o Bitset) Bitset {
	return Bitset{b[0] & o[0], b[1] & o[1], b[2] & o[2], b[3] & o[3]}
}

// Union is the set of indices in b or o.
func (b Bitset) Union(o Bitset) Bitset {
	return Bitset{b[0] | o[0], b[1] | o[1], b[2] | o[2], b[3] | o[3]}
}

// String lists the indices, e.g. "{0,3,7}".
func (b Bitset) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for k, i := range b.Indices() {
		if k > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Itoa(i))
	}
	sb.WriteByte('}')
	return sb.String()
}

// bitmapLen is the size of the bitmap of a committee of n members.
func bitmapLen(n int) int { return (n + 7) / 8 }

// appendBitmap appends the set as the big-endian integer of nb bytes whose
// bit i is index i. Indices at or beyond 8·nb are dropped.
func (b Bitset) appendBitmap(dst []byte, nb int) []byte {
	start := len(dst)
	dst = append(dst, make([]byte, nb)...)
	for _, i := range b.Indices() {
		if i >= 8*nb {
			break
		}
		dst[start+nb-1-i/8] |= 1 << (uint(i) % 8)
	}
	return dst
}

// bitsetFromBitmap is the inverse of appendBitmap.
func bitsetFromBitmap(p []byte) Bitset {
	var b Bitset
	nb := len(p)
	for k, v := range p {
		for bit := 0; bit < 8; bit++ {
			if v&(1<<bit) != 0 {
				b.Add((nb-1-k)*8 + bit)
			}
		}
	}
	return b
}
