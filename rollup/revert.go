package rollup

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// reasonString prints a decoded custom error the way Solidity declares it,
// Name(Field: value, ...), dropping the binding's contract prefix:
// abigen names the Go type ManagerMeasurementNotAllowed, the contract says
// MeasurementNotAllowed, and %T%+v printed a pointer and raw byte arrays.
func reasonString(contract string, reason any) string {
	v := reflect.ValueOf(reason)
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return fmt.Sprintf("%v", reason)
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return formatValue(v)
	}
	name := v.Type().Name()
	if short := strings.TrimPrefix(name, contract); short != "" {
		name = short
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	n := 0
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		if n > 0 {
			b.WriteString(", ")
		}
		n++
		b.WriteString(f.Name)
		b.WriteString(": ")
		b.WriteString(formatValue(v.Field(i)))
	}
	b.WriteByte(')')
	return b.String()
}

// formatValue prints one ABI value: integers in decimal, addresses
// checksummed, byte strings and fixed bytes as 0x-hex.
func formatValue(v reflect.Value) string {
	if !v.IsValid() {
		return "<nil>"
	}
	if v.CanInterface() {
		switch x := v.Interface().(type) {
		case *big.Int:
			if x == nil {
				return "<nil>"
			}
			return x.String()
		case common.Address:
			return x.Hex()
		case []byte:
			return hexutil.Encode(x)
		}
	}
	switch v.Kind() {
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return hexutil.Encode(b)
		}
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = formatValue(v.Index(i))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.String:
		return fmt.Sprintf("%q", v.String())
	}
	return fmt.Sprintf("%v", v.Interface())
}
