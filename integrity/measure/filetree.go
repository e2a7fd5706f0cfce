package measure

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"syscall"
)

// TreeOptions bound FileTree. The zero value uses the defaults.
type TreeOptions struct {
	// MaxEntries bounds the number of entries (default 100000).
	MaxEntries int
	// MaxBytes bounds the total bytes hashed (default 4 GiB).
	MaxBytes int64
}

// FileType is the kind of a tree entry.
type FileType uint8

// File types; special files (devices, fifos, sockets) are recorded by type
// and mode only.
const (
	TypeFile FileType = iota + 1
	TypeDir
	TypeSymlink
	TypeOther
)

func (t FileType) String() string {
	switch t {
	case TypeFile:
		return "file"
	case TypeDir:
		return "dir"
	case TypeSymlink:
		return "symlink"
	case TypeOther:
		return "other"
	}
	return fmt.Sprintf("FileType(%d)", uint8(t))
}

// TreeEntry is one file of a tree.
type TreeEntry struct {
	// Path is slash-separated and relative to the root ("." is the root).
	Path string
	Type FileType
	// Mode holds the permission, setuid, setgid and sticky bits.
	Mode uint32
	// Size is the content length of a file.
	Size int64
	// Digest is sha256 of a file's contents, or of a symlink's target.
	Digest Digest
}

// Tree is a deterministic description of a directory tree.
type Tree struct {
	// Entries are sorted by Path (byte order).
	Entries []TreeEntry
}

// treeMagic versions the tree encoding.
const treeMagic = "posi/measure/tree/v1\x00"

// CanonicalBytes encodes the tree deterministically.
func (t *Tree) CanonicalBytes() []byte {
	var w encoder
	w.raw([]byte(treeMagic))
	w.u32(uint32(len(t.Entries)))
	for _, e := range t.Entries {
		w.str(e.Path)
		w.b = append(w.b, byte(e.Type))
		w.u32(e.Mode)
		w.u64(uint64(e.Size))
		w.raw(e.Digest[:])
	}
	return w.b
}

// Hash is sha256 of CanonicalBytes: the tree's digest.
func (t *Tree) Hash() Digest { return sha256.Sum256(t.CanonicalBytes()) }

// Lookup returns the entry at path, if any.
func (t *Tree) Lookup(path string) (TreeEntry, bool) {
	i := sort.Search(len(t.Entries), func(i int) bool { return t.Entries[i].Path >= path })
	if i < len(t.Entries) && t.Entries[i].Path == path {
		return t.Entries[i], true
	}
	return TreeEntry{}, false
}

// Diff lists the paths whose entries differ between a and b (changed,
// added or removed), sorted: the evidence of a file-tree violation.
func Diff(a, b *Tree) []string {
	var out []string
	i, j := 0, 0
	for i < len(a.Entries) || j < len(b.Entries) {
		switch {
		case j >= len(b.Entries) || (i < len(a.Entries) && a.Entries[i].Path < b.Entries[j].Path):
			out = append(out, a.Entries[i].Path)
			i++
		case i >= len(a.Entries) || b.Entries[j].Path < a.Entries[i].Path:
			out = append(out, b.Entries[j].Path)
			j++
		default:
			if a.Entries[i] != b.Entries[j] {
				out = append(out, a.Entries[i].Path)
			}
			i++
			j++
		}
	}
	return out
}

// DecodeTree is the strict inverse of Tree.CanonicalBytes.
func DecodeTree(b []byte) (*Tree, error) {
	r := decoder{b: b}
	if string(r.raw(len(treeMagic))) != treeMagic {
		return nil, fmt.Errorf("%w: not a file tree", ErrMalformed)
	}
	t := &Tree{}
	if n := r.count(4 + 1 + 4 + 8 + 32); n > 0 {
		t.Entries = make([]TreeEntry, n)
		for i := range t.Entries {
			e := &t.Entries[i]
			e.Path = r.str()
			e.Type = FileType(r.raw(1)[0])
			e.Mode = r.u32()
			e.Size = int64(r.u64())
			copy(e.Digest[:], r.raw(32))
			if r.err == nil && (e.Type < TypeFile || e.Type > TypeOther || e.Size < 0) {
				return nil, fmt.Errorf("%w: tree entry %q", ErrMalformed, e.Path)
			}
			if r.err == nil && i > 0 && t.Entries[i-1].Path >= e.Path {
				return nil, fmt.Errorf("%w: tree not sorted at %q", ErrMalformed, e.Path)
			}
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.b))
	}
	return t, nil
}

// FileTree hashes the tree under root: every entry's relative path, type,
// permission bits, and the sha256 of a file's contents or a symlink's
// target. Symlinks are recorded, never followed, and files are opened with
// O_NOFOLLOW, so a symlink swapped in during the walk cannot make FileTree
// read outside root. It fails with ErrTooLarge beyond opts' bounds and
// ErrNotDir if root is not a directory.
func FileTree(ctx context.Context, root string, opts TreeOptions) (*Tree, error) {
	if opts.MaxEntries <= 0 {
		opts.MaxEntries = 100000
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 4 << 30
	}
	fi, err := os.Lstat(root)
	if err != nil {
		return nil, fmt.Errorf("measure: file tree %s: %w", root, err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("%w: %s", ErrNotDir, root)
	}
	t := &Tree{}
	budget := opts.MaxBytes
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(t.Entries) >= opts.MaxEntries {
			return fmt.Errorf("%w: more than %d entries under %s", ErrTooLarge, opts.MaxEntries, root)
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		e := TreeEntry{Path: filepath.ToSlash(rel), Mode: uint32(info.Mode().Perm())}
		if info.Mode()&fs.ModeSetuid != 0 {
			e.Mode |= syscall.S_ISUID
		}
		if info.Mode()&fs.ModeSetgid != 0 {
			e.Mode |= syscall.S_ISGID
		}
		if info.Mode()&fs.ModeSticky != 0 {
			e.Mode |= syscall.S_ISVTX
		}
		switch {
		case info.Mode().IsRegular():
			e.Type = TypeFile
			f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
			if err != nil {
				return err
			}
			var n int64
			e.Digest, n, err = hashFile(ctx, f, budget)
			f.Close()
			if err != nil {
				if errors.Is(err, ErrTooLarge) {
					return fmt.Errorf("%w: more than %d bytes under %s", ErrTooLarge, opts.MaxBytes, root)
				}
				return err
			}
			budget -= n
			e.Size = n
		case info.IsDir():
			e.Type = TypeDir
		case info.Mode()&fs.ModeSymlink != 0:
			e.Type = TypeSymlink
			target, err := os.Readlink(path)
			if err != nil {
				return err
			}
			e.Digest = sha256.Sum256([]byte(target))
			e.Size = int64(len(target))
		default:
			e.Type = TypeOther
		}
		t.Entries = append(t.Entries, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// WalkDir visits in lexical order of each directory, which is not the
	// byte order of full paths ("a/b" vs "a.b"): sort.
	sort.Slice(t.Entries, func(i, j int) bool { return t.Entries[i].Path < t.Entries[j].Path })
	return t, nil
}
