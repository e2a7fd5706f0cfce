// Package outside builds and tests a module outside this repository's
// tree (testdata/outside) that uses only teerollup's exported API: an
// outside quorum rule, an outside statement kind on the committee engine,
// and a whole rollup from the public test kit. It catches exported
// signatures that name internal types, and API that only compiles from
// inside the module.
package outside

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

func TestOutsideModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	// The outside module requires what teerollup requires (so go.sum
	// covers it, offline) plus teerollup itself, replaced by this tree.
	mod := regexp.MustCompile(`(?m)^module .*$`).ReplaceAll(gomod, []byte("module example.com/outside"))
	mod = append(mod, []byte("\nrequire github.com/teerollup/teerollup v0.0.0\n\nreplace github.com/teerollup/teerollup => "+root+"\n")...)
	dir := t.TempDir()
	src, err := os.ReadFile(filepath.Join("testdata", "outside", "main_test.go"))
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"go.mod": mod, "go.sum": gosum, "main_test.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.CommandContext(t.Context(), "go", "test", "-mod=mod", "-count=1", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("the outside module: %v", err)
	}
}
