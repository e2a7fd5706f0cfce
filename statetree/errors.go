package statetree

import "errors"

// Sentinel errors. Functions wrap them with %w and detail, so callers test
// with errors.Is and log the detail.
var (
	// ErrMalformedProof: the proof bytes do not parse under the strict,
	// canonical wire encoding (bad length, trailing bytes, depth > 255,
	// non-zero padding bits, unknown terminal kind, a set bitmap bit with
	// an all-zero sibling).
	ErrMalformedProof = errors.New("statetree: malformed proof")
	// ErrInvalidProof: the proof parses but does not show the claimed
	// account state under the given root.
	ErrInvalidProof = errors.New("statetree: invalid proof")
	// ErrMissingNode: the store has no node under the requested hash. The
	// tree is opened at a root the store does not (fully) hold.
	ErrMissingNode = errors.New("statetree: missing node")
	// ErrCorruptNode: a stored node does not decode, breaks a tree
	// invariant, or (with VerifyingStore) does not hash to its key.
	ErrCorruptNode = errors.New("statetree: corrupt node")
	// ErrKeyCollision: two distinct addresses whose keys share 255 or more
	// leading bits were put in the tree. Their leaves would sit deeper than
	// the proof format allows. Finding such a pair means breaking keccak256,
	// so in practice this never happens; it is an error, not a panic.
	ErrKeyCollision = errors.New("statetree: key prefix collision")
	// ErrClosed: the store was used after Close.
	ErrClosed = errors.New("statetree: store closed")
)
