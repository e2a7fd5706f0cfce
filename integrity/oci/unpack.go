package oci

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"syscall"

	"github.com/opencontainers/go-digest"
)

const oNoFollow = syscall.O_NOFOLLOW

// UnpackOptions bound Unpack. The zero value uses the defaults.
type UnpackOptions struct {
	// MaxBytes bounds the total uncompressed tar bytes over all layers
	// (default 2 GiB); it is the decompression-bomb bound.
	MaxBytes int64
	// MaxEntries bounds the tar entries over all layers (default 200000).
	MaxEntries int
}

func (o UnpackOptions) withDefaults() UnpackOptions {
	if o.MaxBytes <= 0 {
		o.MaxBytes = 2 << 30
	}
	if o.MaxEntries <= 0 {
		o.MaxEntries = 200000
	}
	return o
}

// Unpack applies the image's layers, bottom first, into dest, which must be
// an empty directory (it is created if missing). Every layer's compressed
// digest and uncompressed diff id are checked while streaming; on any error
// dest is left partially written and must be discarded by the caller.
func (im *Image) Unpack(ctx context.Context, dest string, opts UnpackOptions) error {
	o := opts.withDefaults()
	if err := os.MkdirAll(dest, 0o755); err != nil {
		return fmt.Errorf("oci: unpack: %w", err)
	}
	root, err := os.OpenRoot(dest)
	if err != nil {
		return fmt.Errorf("oci: unpack: %w", err)
	}
	defer root.Close()
	if ents, err := fs.ReadDir(root.FS(), "."); err != nil || len(ents) != 0 {
		return fmt.Errorf("oci: unpack: destination %s is not empty", dest)
	}
	u := &unpacker{root: root, budget: o.MaxBytes, entries: o.MaxEntries, maxBytes: o.MaxBytes}
	for i, desc := range im.Manifest.Layers {
		if err := u.layer(ctx, im.layout, desc.Digest, desc.Size, desc.MediaType, im.Config.RootFS.DiffIDs[i]); err != nil {
			return fmt.Errorf("layer %d (%s): %w", i, desc.Digest, err)
		}
	}
	return nil
}

type unpacker struct {
	root     *os.Root
	budget   int64
	maxBytes int64
	entries  int
	created  map[string]bool // paths written by the current layer
}

// budgetReader fails once more than the budget was read.
type budgetReader struct {
	r io.Reader
	u *unpacker
}

func (b budgetReader) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.u.budget -= int64(n)
	if b.u.budget < 0 {
		return n, fmt.Errorf("%w: layers exceed %d uncompressed bytes", ErrTooLarge, b.u.maxBytes)
	}
	return n, err
}

func (u *unpacker) layer(ctx context.Context, l *Layout, d digest.Digest, size int64, mediaType string, diffID digest.Digest) error {
	comp, err := layerCompression(mediaType)
	if err != nil {
		return err
	}
	f, err := l.openBlob(v1Desc(d, size))
	if err != nil {
		return err
	}
	defer f.Close()
	blobV := d.Verifier()
	blob := &countReader{r: io.TeeReader(io.LimitReader(ctxReader{ctx, f}, size+1), blobV)}
	var raw io.Reader = blob
	if comp == gzipped {
		zr, err := gzip.NewReader(raw)
		if err != nil {
			return fmt.Errorf("%w: gzip: %v", ErrMalformed, err)
		}
		defer zr.Close()
		raw = zr
	}
	diffV := diffID.Verifier()
	tarStream := io.TeeReader(budgetReader{raw, u}, diffV)
	u.created = map[string]bool{}
	tr := tar.NewReader(tarStream)
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return err
			}
			return fmt.Errorf("%w: tar: %v", ErrMalformed, err)
		}
		if u.entries--; u.entries < 0 {
			return fmt.Errorf("%w: too many entries", ErrTooLarge)
		}
		if err := u.entry(hdr, tr); err != nil {
			return err
		}
	}
	// Drain tar padding and whatever follows, so both digests cover the
	// whole blob.
	if _, err := io.Copy(io.Discard, tarStream); err != nil {
		if errors.Is(err, ErrTooLarge) {
			return err
		}
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if _, err := io.Copy(io.Discard, blob); err != nil {
		return fmt.Errorf("oci: %w", err)
	}
	if blob.n != size || !blobV.Verified() {
		return fmt.Errorf("%w: layer blob %s changed since it was resolved", ErrDigestMismatch, d)
	}
	if !diffV.Verified() {
		return fmt.Errorf("%w: layer %s does not match diff id %s", ErrDigestMismatch, d, diffID)
	}
	return nil
}

// cleanName turns a tar name into a root-relative path, refusing any ".."
// component rather than silently clamping it: a layer that tries to
// traverse is hostile, and the whole image is refused.
func cleanName(name string) (string, error) {
	for _, c := range strings.Split(name, "/") {
		if c == ".." {
			return "", fmt.Errorf("%w: %q", ErrUnsafePath, name)
		}
	}
	if strings.ContainsRune(name, 0) {
		return "", fmt.Errorf("%w: %q", ErrUnsafePath, name)
	}
	rel := strings.TrimPrefix(path.Clean("/"+name), "/")
	if rel == "" {
		rel = "."
	}
	return rel, nil
}

func fileMode(m int64) fs.FileMode {
	mode := fs.FileMode(m & 0o777)
	if m&0o4000 != 0 {
		mode |= fs.ModeSetuid
	}
	if m&0o2000 != 0 {
		mode |= fs.ModeSetgid
	}
	if m&0o1000 != 0 {
		mode |= fs.ModeSticky
	}
	return mode
}

// pathErr marks an os.Root refusal (escape through a symlink or "..") as
// ErrUnsafePath; other errors pass through.
func pathErr(name string, err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	var le *os.LinkError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "escapes") ||
		errors.As(err, &le) && strings.Contains(le.Err.Error(), "escapes") ||
		strings.Contains(err.Error(), "path escapes from parent") {
		return fmt.Errorf("%w: %q: %v", ErrUnsafePath, name, err)
	}
	return fmt.Errorf("oci: %q: %w", name, err)
}

func (u *unpacker) entry(hdr *tar.Header, r io.Reader) error {
	rel, err := cleanName(hdr.Name)
	if err != nil {
		return err
	}
	if rel == "." {
		return nil // the root itself: its mode is the unpacker's choice
	}
	dir, base := path.Split(rel)
	dir = strings.TrimSuffix(dir, "/")
	if dir == "" {
		dir = "."
	}
	// Whiteouts delete what lower layers put there.
	if base == ".wh..wh..opq" {
		return u.opaque(dir)
	}
	if victim, ok := strings.CutPrefix(base, ".wh."); ok {
		if victim == "" || victim == "." || victim == ".." {
			return fmt.Errorf("%w: whiteout %q", ErrUnsafePath, hdr.Name)
		}
		return pathErr(hdr.Name, ignoreNotExist(u.root.RemoveAll(path.Join(dir, victim))))
	}
	if err := u.root.MkdirAll(dir, 0o755); err != nil {
		return pathErr(hdr.Name, err)
	}
	// Replace whatever the lower layers had at this path (a symlink there
	// must not redirect the write), except a directory stays a directory.
	if fi, err := u.root.Lstat(rel); err == nil && !(fi.IsDir() && hdr.Typeflag == tar.TypeDir) {
		if err := u.root.RemoveAll(rel); err != nil {
			return pathErr(hdr.Name, err)
		}
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return pathErr(hdr.Name, err)
	}
	u.created[rel] = true
	mode := fileMode(hdr.Mode)
	switch hdr.Typeflag {
	case tar.TypeReg, tar.TypeRegA:
		if hdr.Size < 0 || hdr.Size > u.budget {
			return fmt.Errorf("%w: %q of %d bytes", ErrTooLarge, hdr.Name, hdr.Size)
		}
		f, err := u.root.OpenFile(rel, os.O_WRONLY|os.O_CREATE|os.O_EXCL|oNoFollow, 0o600)
		if err != nil {
			return pathErr(hdr.Name, err)
		}
		_, err = io.Copy(f, io.LimitReader(r, hdr.Size))
		if err == nil {
			err = f.Chmod(mode)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			if errors.Is(err, ErrTooLarge) {
				return err
			}
			return pathErr(hdr.Name, err)
		}
	case tar.TypeDir:
		if err := u.root.Mkdir(rel, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
			return pathErr(hdr.Name, err)
		}
		f, err := u.root.OpenFile(rel, os.O_RDONLY|oNoFollow|syscall.O_DIRECTORY, 0)
		if err != nil {
			return pathErr(hdr.Name, err)
		}
		err = f.Chmod(mode | fs.ModeDir)
		f.Close()
		if err != nil {
			return pathErr(hdr.Name, err)
		}
	case tar.TypeSymlink:
		// Any target may be stored: os.Root never follows it out of the
		// rootfs, and inside the container it resolves within the chroot.
		if strings.ContainsRune(hdr.Linkname, 0) {
			return fmt.Errorf("%w: symlink target %q", ErrUnsafePath, hdr.Linkname)
		}
		if err := u.root.Symlink(hdr.Linkname, rel); err != nil {
			return pathErr(hdr.Name, err)
		}
	case tar.TypeLink:
		target, err := cleanName(hdr.Linkname)
		if err != nil {
			return err
		}
		fi, err := u.root.Lstat(target)
		if err != nil {
			return pathErr(hdr.Linkname, err)
		}
		if !fi.Mode().IsRegular() {
			return fmt.Errorf("%w: hard link %q to non-regular %q", ErrUnsafeEntry, hdr.Name, hdr.Linkname)
		}
		if err := u.root.Link(target, rel); err != nil {
			return pathErr(hdr.Name, err)
		}
	default:
		return fmt.Errorf("%w: %q has tar type %q", ErrUnsafeEntry, hdr.Name, hdr.Typeflag)
	}
	return nil
}

// opaque removes the children of dir that the current layer did not write.
func (u *unpacker) opaque(dir string) error {
	ents, err := fs.ReadDir(u.root.FS(), dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return pathErr(dir, err)
	}
	for _, e := range ents {
		p := path.Join(dir, e.Name())
		if !u.created[p] {
			if err := u.root.RemoveAll(p); err != nil {
				return pathErr(p, err)
			}
		}
	}
	return nil
}

func ignoreNotExist(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
