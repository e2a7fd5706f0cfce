// Package gen compiles the Solidity sources under contracts/src with the
// npm-pinned solc (standard JSON, optimizer on) and renders the artifacts and
// abigen v2 bindings that are committed, so that `go build` needs no Node.
// The drift test and `go generate` share this code: what CI compares is
// byte-for-byte what a developer commits.
package gen

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// ErrNoCompiler reports that node or the pinned solc package is missing.
var ErrNoCompiler = errors.New("gen: node or the pinned solc npm package is not installed (run `npm ci` in contracts/)")

// Settings are the compiler settings. They are part of the build: changing
// them changes every artifact.
const (
	OptimizerRuns = 10_000
	EVMVersion    = "prague"
)

// File is one generated file, relative to the contracts directory.
type File struct {
	Path string
	Data []byte
}

// Generate compiles every .sol file under dir/src and returns the artifacts
// (artifacts/<Contract>.json) and the bindings (bindings/bindings.go).
// Contracts under src/test are test harnesses: they get bindings too, in the
// same package, because Go tests outside contracts/ use them.
func Generate(ctx context.Context, dir string) ([]File, error) {
	solcjs := filepath.Join(dir, "node_modules", "solc", "solc.js")
	if _, err := os.Stat(solcjs); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoCompiler, err)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoCompiler, err)
	}
	input, err := standardInput(filepath.Join(dir, "src"))
	if err != nil {
		return nil, err
	}
	raw, err := runSolc(ctx, node, filepath.Join(dir, "node_modules", "solc"), input)
	if err != nil {
		return nil, err
	}
	var out solcOutput
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("gen: decode solc output: %w", err)
	}
	var msgs []string
	for _, e := range out.Errors {
		if e.Severity == "error" {
			msgs = append(msgs, e.FormattedMessage)
		}
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("gen: solc errors:\n%s", strings.Join(msgs, "\n"))
	}
	return render(out)
}

// Write generates and writes the files under dir, removing stale artifacts.
func Write(ctx context.Context, dir string) error {
	files, err := Generate(ctx, dir)
	if err != nil {
		return err
	}
	stale, _ := filepath.Glob(filepath.Join(dir, "artifacts", "*.json"))
	for _, f := range stale {
		if err := os.Remove(f); err != nil {
			return err
		}
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// compileJS runs solc's compile through the npm package's JavaScript API and
// writes the output to a file: the solcjs CLI exits before a large output
// has drained through a pipe, which truncates it.
const compileJS = `const fs = require("fs");
const solc = require(process.argv[1]);
fs.writeFileSync(process.argv[2], solc.compile(fs.readFileSync(0, "utf8")));`

func runSolc(ctx context.Context, node, solcPkg string, input []byte) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "solcgen")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	outPath := filepath.Join(tmp, "out.json")
	abs, err := filepath.Abs(solcPkg)
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, node, "-e", compileJS, abs, outPath)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("gen: solc: %v: %s", err, stderr.String())
	}
	return os.ReadFile(outPath)
}

type source struct {
	Content string `json:"content"`
}

func standardInput(src string) ([]byte, error) {
	sources := map[string]source{}
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".sol") {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		// Source unit names are relative and slash-separated so that the
		// metadata hash in the bytecode does not depend on where the
		// repository is checked out.
		sources[filepath.ToSlash(rel)] = source{Content: string(b)}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("gen: read sources: %w", err)
	}
	if len(sources) == 0 {
		return nil, fmt.Errorf("gen: no .sol files under %s", src)
	}
	in := map[string]any{
		"language": "Solidity",
		"sources":  sources,
		"settings": map[string]any{
			"optimizer":  map[string]any{"enabled": true, "runs": OptimizerRuns},
			"evmVersion": EVMVersion,
			"outputSelection": map[string]any{
				"*": map[string]any{"*": []string{"abi", "evm.bytecode.object", "evm.deployedBytecode.object"}},
			},
		},
	}
	return json.Marshal(in)
}

type solcOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode         struct{ Object string } `json:"bytecode"`
			DeployedBytecode struct{ Object string } `json:"deployedBytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

type artifact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
}

func render(out solcOutput) ([]File, error) {
	type named struct {
		source, name string
	}
	var all []named
	for src, cs := range out.Contracts {
		for name := range cs {
			all = append(all, named{src, name})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].name < all[j].name })

	var (
		files                 []File
		types, abis, bytecode []string
		seen                  = map[string]string{}
	)
	for _, c := range all {
		if prev, dup := seen[c.name]; dup {
			return nil, fmt.Errorf("gen: contract %s defined in %s and %s", c.name, prev, c.source)
		}
		seen[c.name] = c.source
		co := out.Contracts[c.source][c.name]
		var compact bytes.Buffer
		if err := json.Compact(&compact, co.ABI); err != nil {
			return nil, fmt.Errorf("gen: abi of %s: %w", c.name, err)
		}
		a := artifact{
			ContractName:     c.name,
			SourceName:       c.source,
			ABI:              compact.Bytes(),
			Bytecode:         "0x" + co.EVM.Bytecode.Object,
			DeployedBytecode: "0x" + co.EVM.DeployedBytecode.Object,
		}
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return nil, err
		}
		files = append(files, File{Path: path.Join("artifacts", c.name+".json"), Data: append(b, '\n')})
		// Libraries with only internal functions compile to an empty
		// interface; binding them adds nothing.
		if compact.String() == "[]" {
			continue
		}
		types = append(types, c.name)
		abis = append(abis, compact.String())
		bytecode = append(bytecode, co.EVM.Bytecode.Object)
	}
	code, err := abigen.BindV2(types, abis, bytecode, "bindings", nil, nil)
	if err != nil {
		return nil, fmt.Errorf("gen: abigen: %w", err)
	}
	files = append(files, File{Path: "bindings/bindings.go", Data: []byte(code)})
	return files, nil
}
