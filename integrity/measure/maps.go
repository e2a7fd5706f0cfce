package measure

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// MapsEntry is one line of /proc/PID/maps.
type MapsEntry struct {
	Start, End uint64
	Perms      string // e.g. "r-xp"
	Offset     uint64
	Dev        string // "major:minor" in hex
	Inode      uint64
	Path       string // may be empty, "[heap]", or end in " (deleted)"
}

// Exec reports whether the region is executable and backed by a file.
func (e MapsEntry) Exec() bool {
	return len(e.Perms) == 4 && e.Perms[2] == 'x' && e.Inode != 0 && strings.HasPrefix(e.Path, "/")
}

// ParseMaps parses /proc/PID/maps text, at most max lines.
func ParseMaps(b []byte, max int) ([]MapsEntry, error) {
	var out []MapsEntry
	for n, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		if len(out) >= max {
			return nil, fmt.Errorf("%w: maps has more than %d lines", ErrTooLarge, max)
		}
		// The path (6th column) may contain spaces: split the first five
		// fields only.
		f := strings.Fields(line)
		if len(f) < 5 {
			return nil, fmt.Errorf("%w: maps line %d %q", ErrMalformed, n+1, line)
		}
		var e MapsEntry
		lo, hi, ok := strings.Cut(f[0], "-")
		var err1, err2, err3, err4 error
		e.Start, err1 = strconv.ParseUint(lo, 16, 64)
		e.End, err2 = strconv.ParseUint(hi, 16, 64)
		e.Offset, err3 = strconv.ParseUint(f[2], 16, 64)
		e.Inode, err4 = strconv.ParseUint(f[4], 10, 64)
		if !ok || err1 != nil || err2 != nil || err3 != nil || err4 != nil || len(f[1]) != 4 || e.End < e.Start {
			return nil, fmt.Errorf("%w: maps line %d %q", ErrMalformed, n+1, line)
		}
		e.Perms, e.Dev = f[1], f[3]
		if len(f) > 5 {
			// Re-find the path after the inode column to keep its spaces.
			rest := line
			for i := 0; i < 5; i++ {
				rest = strings.TrimLeft(rest, " \t")
				j := strings.IndexAny(rest, " \t")
				if j < 0 {
					rest = ""
					break
				}
				rest = rest[j:]
			}
			e.Path = strings.TrimLeft(rest, " \t")
		}
		out = append(out, e)
	}
	return out, nil
}

func (p *Process) readMappings(ctx context.Context, dir string, o Options) error {
	b, err := readBounded(filepath.Join(dir, "maps"), o.MaxTextBytes)
	if err != nil {
		return procErr("maps", err)
	}
	entries, err := ParseMaps(b, o.MaxItems)
	if err != nil {
		return err
	}
	type key struct {
		dev string
		ino uint64
	}
	seen := map[key]bool{}
	for _, e := range entries {
		if !e.Exec() || seen[key{e.Dev, e.Inode}] {
			continue
		}
		seen[key{e.Dev, e.Inode}] = true
		m := Mapping{Path: strings.TrimSuffix(e.Path, " (deleted)"), Inode: e.Inode}
		// map_files/<start>-<end> opens the mapped inode itself.
		f, err := os.Open(filepath.Join(dir, "map_files", fmt.Sprintf("%x-%x", e.Start, e.End)))
		if errors.Is(err, fs.ErrPermission) || errors.Is(err, fs.ErrNotExist) {
			f, err = os.Open(inProcRoot(dir, m.Path))
		}
		if err != nil {
			return procErr("mapping "+m.Path, err)
		}
		fi, err := f.Stat()
		if err == nil {
			m.Dev, _ = devIno(fi)
			m.Digest, _, err = hashFile(ctx, f, o.MaxFileBytes)
		}
		f.Close()
		if err != nil {
			return procErr("mapping "+m.Path, err)
		}
		p.Mappings = append(p.Mappings, m)
	}
	sortMappings(p.Mappings)
	return nil
}

func mappingLess(a, b Mapping) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Dev != b.Dev {
		return a.Dev < b.Dev
	}
	return a.Inode < b.Inode
}

func sortMappings(m []Mapping) {
	sort.Slice(m, func(i, j int) bool { return mappingLess(m[i], m[j]) })
}
