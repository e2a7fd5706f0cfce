package zkstate

import (
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// Genesis makes n funded accounts in slots 0..n-1 with keys drawn from r
// (a deterministic reader gives a reproducible devnet), each holding balance.
func Genesis(r io.Reader, n int, balance uint64) (*State, []*eddsa.PrivateKey, error) {
	if n < 1 || n > NumAccounts {
		return nil, nil, fmt.Errorf("%w: %d accounts", ErrBadIndex, n)
	}
	var s State
	keys := make([]*eddsa.PrivateKey, n)
	for i := range keys {
		k, err := eddsa.GenerateKey(r)
		if err != nil {
			return nil, nil, fmt.Errorf("zkstate: genesis key: %w", err)
		}
		keys[i] = k
		s.SetKey(i, &k.PublicKey)
		s.Accounts[i].Balance = balance
	}
	return &s, keys, nil
}
