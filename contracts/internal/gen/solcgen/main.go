// Command solcgen regenerates contracts/artifacts and contracts/bindings.
// It is run by `go generate ./contracts/...` from the contracts directory.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/teerollup/teerollup/contracts/internal/gen"
)

func main() {
	dir := flag.String("dir", ".", "the contracts directory (holding src/ and node_modules/)")
	flag.Parse()
	if err := gen.Write(context.Background(), *dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
