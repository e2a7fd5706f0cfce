package measure

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func writeTree(t testing.TB, dir string) {
	t.Helper()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "etc/conf.d"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "etc/app.toml"), []byte("port = 8080\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "etc/conf.d/x"), []byte("x"), 0o600))
	must(os.WriteFile(filepath.Join(dir, "etc.bak"), []byte("old"), 0o644))
	must(os.Symlink("/etc/passwd", filepath.Join(dir, "etc/link")))
}

func TestFileTree(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir)
	ctx := context.Background()
	a, err := FileTree(ctx, dir, TreeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range a.Entries {
		paths = append(paths, e.Path)
	}
	want := []string{".", "etc", "etc.bak", "etc/app.toml", "etc/conf.d", "etc/conf.d/x", "etc/link"}
	if !slices.Equal(paths, want) {
		t.Fatalf("paths = %q", paths)
	}
	if l, _ := a.Lookup("etc/link"); l.Type != TypeSymlink || l.Size != int64(len("/etc/passwd")) {
		t.Fatalf("symlink = %+v", l)
	}
	// Same tree in another place hashes the same.
	dir2 := t.TempDir()
	writeTree(t, dir2)
	b, err := FileTree(ctx, dir2, TreeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Hash() != b.Hash() {
		t.Fatalf("equal trees differ: %q", Diff(a, b))
	}
	// Each kind of change shows, naming the path.
	for name, change := range map[string]func(string) error{
		"content": func(d string) error {
			return os.WriteFile(filepath.Join(d, "etc/app.toml"), []byte("port = 9090\n"), 0o644)
		},
		"mode":    func(d string) error { return os.Chmod(filepath.Join(d, "etc/app.toml"), 0o666) },
		"added":   func(d string) error { return os.WriteFile(filepath.Join(d, "etc/evil"), nil, 0o644) },
		"removed": func(d string) error { return os.Remove(filepath.Join(d, "etc/app.toml")) },
		"retarget": func(d string) error {
			os.Remove(filepath.Join(d, "etc/link"))
			return os.Symlink("/etc/shadow", filepath.Join(d, "etc/link"))
		},
	} {
		d := t.TempDir()
		writeTree(t, d)
		if err := change(d); err != nil {
			t.Fatal(err)
		}
		c, err := FileTree(ctx, d, TreeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Hash() == a.Hash() || len(Diff(a, c)) != 1 {
			t.Errorf("%s: diff = %q", name, Diff(a, c))
		}
	}
	enc := a.CanonicalBytes()
	dec, err := DecodeTree(enc)
	if err != nil || dec.Hash() != a.Hash() {
		t.Fatalf("decode: %v", err)
	}
}

func TestFileTreeBounds(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir)
	ctx := context.Background()
	if _, err := FileTree(ctx, dir, TreeOptions{MaxEntries: 3}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("entries: err = %v", err)
	}
	if _, err := FileTree(ctx, dir, TreeOptions{MaxBytes: 5}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("bytes: err = %v", err)
	}
	if _, err := FileTree(ctx, filepath.Join(dir, "etc.bak"), TreeOptions{}); !errors.Is(err, ErrNotDir) {
		t.Fatalf("file root: err = %v", err)
	}
	// A root that is a symlink to a directory is refused too: it is not
	// followed.
	os.Symlink(filepath.Join(dir, "etc"), filepath.Join(dir, "l"))
	if _, err := FileTree(ctx, filepath.Join(dir, "l"), TreeOptions{}); !errors.Is(err, ErrNotDir) {
		t.Fatalf("symlink root: err = %v", err)
	}
}
