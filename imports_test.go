package teerollup

import (
	"go/build"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const module = "github.com/teerollup/teerollup"

// tablePackages reads the package table of doc.go, in order, as the row of
// each package. A row names one or more packages, separated by commas,
// before its description (a row may go on over the next line).
func tablePackages(t *testing.T) (names []string, rowOf []int) {
	t.Helper()
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	name := regexp.MustCompile(`^[a-z][a-z0-9/]*$`)
	row, open := -1, false
	for _, line := range strings.Split(string(src), "\n") {
		if !strings.HasPrefix(line, "//\t") {
			continue
		}
		text := strings.TrimPrefix(line, "//\t")
		if text == "" || text[0] == ' ' { // a continued description
			open = false
			continue
		}
		head, _, described := strings.Cut(text, "  ")
		if !open {
			row++
		}
		// A name list ending in a comma, or without a description, goes
		// on over the next line.
		open = !described || strings.HasSuffix(strings.TrimSpace(head), ",")
		for _, p := range strings.Split(head, ",") {
			if p = strings.TrimSpace(p); name.MatchString(p) {
				names, rowOf = append(names, p), append(rowOf, row)
			}
		}
	}
	return names, rowOf
}

// TestImportsPointDown: every package imports only packages of its own row
// of doc.go's table or of rows above it, so arrows from a package to its
// users point down the table (a package belongs to the row of its longest
// listed prefix; examples and internal packages are not rows). doc.go says
// so; this keeps it true.
func TestImportsPointDown(t *testing.T) {
	names, rowIndex := tablePackages(t)
	if len(names) < 10 {
		t.Fatalf("read %d packages from doc.go's table: %v", len(names), names)
	}
	rows := map[int]string{}
	for i, n := range names {
		rows[rowIndex[i]] += n + " "
	}
	rowOf := func(path string) int {
		rel := strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
		best, bestLen := -1, -1
		for i, r := range names {
			if (rel == r || strings.HasPrefix(rel, r+"/")) && len(r) > bestLen {
				best, bestLen = rowIndex[i], len(r)
			}
		}
		return best
	}
	err := filepath.WalkDir(".", func(dir string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		if base := d.Name(); base == "node_modules" || base == "testdata" || strings.HasPrefix(base, ".") && dir != "." {
			return filepath.SkipDir
		}
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			return nil // no Go files (or only tests)
		}
		path := module
		if dir != "." {
			path += "/" + filepath.ToSlash(dir)
		}
		from := rowOf(path)
		if from < 0 {
			return nil // examples, internal helpers, the root
		}
		for _, imp := range pkg.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			if to := rowOf(imp); to > from {
				t.Errorf("%s (row %q) imports %s (row %q, further down doc.go's table)", path, rows[from], imp, rows[to])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
