package rollup_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teerollup/teerollup/contracts/bindings"
	"github.com/teerollup/teerollup/rollup"
)

// TeeRollupSomethingWrong stands in for a custom error with address, bytes
// and slice fields, which no contract error has today.
type TeeRollupSomethingWrong struct {
	Who   common.Address
	Data  []byte
	Items []uint64
	Ok    bool
}

// TestRevertErrorString checks that a revert prints the custom error as the
// contract declares it: before, it printed
// "*bindings.ManagerMeasurementNotAllowed&{Kind:3 Measurement:[1 0 0 ...]}".
func TestRevertErrorString(t *testing.T) {
	tests := []struct {
		name string
		err  *rollup.RevertError
		want string
	}{
		{
			name: "fixed bytes in hex, contract prefix dropped",
			err:  &rollup.RevertError{Contract: "Manager", Reason: &bindings.ManagerMeasurementNotAllowed{Kind: 3, Measurement: [32]byte{1}}},
			want: "rollup: Manager reverted: MeasurementNotAllowed(Kind: 3, Measurement: 0x0100000000000000000000000000000000000000000000000000000000000000)",
		},
		{
			name: "big integer in decimal",
			err:  &rollup.RevertError{Contract: "TeeRollup", Reason: &bindings.TeeRollupQuorumRejected{Code: big.NewInt(5)}},
			want: "rollup: TeeRollup reverted: QuorumRejected(Code: 5)",
		},
		{
			name: "no fields",
			err:  &rollup.RevertError{Contract: "TeeRollup", Reason: &bindings.TeeRollupRollupFrozen{}},
			want: "rollup: TeeRollup reverted: RollupFrozen()",
		},
		{
			name: "address, bytes, slice, bool; value not pointer",
			err: &rollup.RevertError{Contract: "TeeRollup", Reason: TeeRollupSomethingWrong{
				Who: common.HexToAddress("0x00000000000000000000000000000000000000aa"), Data: []byte{0xbe, 0xef}, Items: []uint64{1, 2}, Ok: true,
			}},
			want: "rollup: TeeRollup reverted: SomethingWrong(Who: 0x00000000000000000000000000000000000000AA, Data: 0xbeef, Items: [1, 2], Ok: true)",
		},
		{
			name: "nil big integer",
			err:  &rollup.RevertError{Contract: "TeeRollup", Reason: &bindings.TeeRollupQuorumRejected{}},
			want: "rollup: TeeRollup reverted: QuorumRejected(Code: <nil>)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Fatalf("Error() = %q\nwant      %q", got, tt.want)
			}
			if !errors.Is(tt.err, rollup.ErrReverted) {
				t.Fatal("not ErrReverted")
			}
		})
	}
}
