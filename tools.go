//go:build tools

package teerollup

// CI builds geth from the pinned go-ethereum (.ci/run) for the L1
// end-to-end test. Importing its command here, behind a tag no build uses,
// keeps its dependencies in go.mod and go.sum through go mod tidy.
import _ "github.com/ethereum/go-ethereum/cmd/geth"
