package oci

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/opencontainers/go-digest"
	v1 "github.com/opencontainers/image-spec/specs-go/v1"
)

var baseLayer = []File{
	{Path: "bin", Mode: fs.ModeDir | 0o755},
	{Path: "bin/app", Mode: 0o755 | fs.ModeSetuid, Data: []byte("#!/bin/true\n")},
	{Path: "etc", Mode: fs.ModeDir | 0o755},
	{Path: "etc/app.conf", Mode: 0o644, Data: []byte("port=8080\n")},
	{Path: "etc/old", Mode: 0o644, Data: []byte("old")},
	{Path: "var/cache", Mode: fs.ModeDir | 0o755},
	{Path: "var/cache/a", Mode: 0o644, Data: []byte("a")},
	{Path: "bin/sh", Mode: fs.ModeSymlink | 0o777, Link: "/bin/app"},
}

func build(t testing.TB, spec ImageSpec) (*Layout, Pin) {
	t.Helper()
	dir := t.TempDir()
	pin, err := WriteLayout(dir, spec)
	if err != nil {
		t.Fatal(err)
	}
	l, err := OpenLayout(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return l, pin
}

func rawTar(t testing.TB, hdrs ...*tar.Header) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, h := range hdrs {
		if h.Typeflag == tar.TypeReg && h.Size == 0 && h.Linkname != "" {
			// Linkname carries the content for regular files in these tests.
			data := h.Linkname
			h.Linkname, h.Size = "", int64(len(data))
			if err := tw.WriteHeader(h); err != nil {
				t.Fatal(err)
			}
			tw.Write([]byte(data))
			continue
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
	}
	tw.Close()
	return b.Bytes()
}

func TestResolveUnpack(t *testing.T) {
	upper := rawTar(t,
		&tar.Header{Name: "etc/.wh.old", Typeflag: tar.TypeReg},
		&tar.Header{Name: "var/cache/b", Typeflag: tar.TypeReg, Mode: 0o644, Linkname: "b"},
		&tar.Header{Name: "var/cache/.wh..wh..opq", Typeflag: tar.TypeReg},
		&tar.Header{Name: "/etc/app.conf", Typeflag: tar.TypeReg, Mode: 0o600, Linkname: "port=9090\n"},
		&tar.Header{Name: "bin/hard", Typeflag: tar.TypeLink, Linkname: "bin/app"},
	)
	cfg := v1.ImageConfig{Entrypoint: []string{"/bin/app"}, Env: []string{"A=1"}}
	l, pin := build(t, ImageSpec{Layers: [][]File{baseLayer}, RawLayers: [][]byte{upper}, Config: cfg})
	// The same spec gives the same digests.
	_, pin2 := build(t, ImageSpec{Layers: [][]File{baseLayer}, RawLayers: [][]byte{upper}, Config: cfg})
	if pin != pin2 {
		t.Fatalf("non-deterministic layout: %v %v", pin, pin2)
	}
	ctx := context.Background()
	for _, p := range []Pin{pin, {Manifest: pin.Manifest}, {Manifest: pin.Manifest, Config: pin.Config}} {
		im, err := l.Resolve(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if im.Pin.Config != pin.Config || im.Config.Config.Entrypoint[0] != "/bin/app" || len(im.Layers()) != 2 {
			t.Fatalf("image = %+v", im.Pin)
		}
	}
	im, _ := l.Resolve(ctx, pin)
	dest := filepath.Join(t.TempDir(), "rootfs")
	if err := im.Unpack(ctx, dest, UnpackOptions{}); err != nil {
		t.Fatal(err)
	}
	check := func(p, want string) {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dest, p))
		if want == "" {
			if !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("%s exists: %q %v", p, b, err)
			}
			return
		}
		if string(b) != want {
			t.Errorf("%s = %q %v, want %q", p, b, err, want)
		}
	}
	check("etc/app.conf", "port=9090\n")
	check("etc/old", "")
	check("var/cache/a", "")
	check("var/cache/b", "b")
	check("bin/hard", "#!/bin/true\n")
	if fi, err := os.Stat(filepath.Join(dest, "bin/app")); err != nil || fi.Mode()&fs.ModeSetuid == 0 || fi.Mode().Perm() != 0o755 {
		t.Errorf("bin/app mode = %v %v", fi.Mode(), err)
	}
	if fi, _ := os.Stat(filepath.Join(dest, "etc/app.conf")); fi.Mode().Perm() != 0o600 {
		t.Errorf("app.conf mode = %v", fi.Mode())
	}
	if target, err := os.Readlink(filepath.Join(dest, "bin/sh")); err != nil || target != "/bin/app" {
		t.Errorf("symlink = %q %v", target, err)
	}
	if err := im.Unpack(ctx, dest, UnpackOptions{}); err == nil {
		t.Error("unpacked into a non-empty directory")
	}
}

func TestParseReference(t *testing.T) {
	d := digest.SHA256.FromString("x")
	for _, ok := range []string{d.String(), "ghcr.io/x/y@" + d.String(), "localhost:5000/a@" + d.String()} {
		if got, err := ParseReference(ok); err != nil || got != d {
			t.Errorf("%q: %v %v", ok, got, err)
		}
	}
	for _, tag := range []string{"alpine", "alpine:3.19", "ghcr.io/x/y:latest", ""} {
		if _, err := ParseReference(tag); !errors.Is(err, ErrTagReference) {
			t.Errorf("%q: err = %v", tag, err)
		}
	}
	for _, bad := range []string{"a@sha256:zz", "a@sha512:" + d.Encoded() + d.Encoded(), "sha256:abc"} {
		if _, err := ParseReference(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestResolveTampered: every way of changing a pinned image is refused.
func TestResolveTampered(t *testing.T) {
	ctx := context.Background()
	fresh := func() (*Layout, Pin, *Image) {
		l, pin := build(t, ImageSpec{Layers: [][]File{baseLayer}})
		im, err := l.Resolve(ctx, pin)
		if err != nil {
			t.Fatal(err)
		}
		return l, pin, im
	}
	other := digest.SHA256.FromString("other")
	cases := map[string]struct {
		tamper func(l *Layout, pin *Pin, im *Image)
		want   error
	}{
		"layer bytes changed": {func(l *Layout, pin *Pin, im *Image) {
			p := l.blobPath(im.Layers()[0].Digest)
			b, _ := os.ReadFile(p)
			b[len(b)-5] ^= 1
			os.WriteFile(p, b, 0o644)
		}, ErrDigestMismatch},
		"layer truncated": {func(l *Layout, pin *Pin, im *Image) {
			p := l.blobPath(im.Layers()[0].Digest)
			b, _ := os.ReadFile(p)
			os.WriteFile(p, b[:len(b)-1], 0o644)
		}, ErrSizeMismatch},
		"layer missing": {func(l *Layout, pin *Pin, im *Image) { os.Remove(l.blobPath(im.Layers()[0].Digest)) }, ErrNotFound},
		"layer is a symlink": {func(l *Layout, pin *Pin, im *Image) {
			p := l.blobPath(im.Layers()[0].Digest)
			os.Remove(p)
			os.Symlink("/dev/zero", p)
		}, ErrMalformed},
		"config pinned differently": {func(l *Layout, pin *Pin, im *Image) { pin.Config = other }, ErrDigestMismatch},
		"config bytes changed": {func(l *Layout, pin *Pin, im *Image) {
			b, _ := os.ReadFile(l.blobPath(pin.Config))
			b[len(b)-3] ^= 1
			os.WriteFile(l.blobPath(pin.Config), b, 0o644)
		}, ErrDigestMismatch},
		"manifest not in pinned index": {func(l *Layout, pin *Pin, im *Image) { pin.Manifest = other }, ErrDigestMismatch},
		"manifest bytes changed": {func(l *Layout, pin *Pin, im *Image) {
			b, _ := os.ReadFile(l.blobPath(pin.Manifest))
			os.WriteFile(l.blobPath(pin.Manifest), append(b, ' '), 0o644)
		}, ErrSizeMismatch},
		"unpinned manifest bytes changed": {func(l *Layout, pin *Pin, im *Image) {
			pin.Index = ""
			b, _ := os.ReadFile(l.blobPath(pin.Manifest))
			os.WriteFile(l.blobPath(pin.Manifest), append(b, ' '), 0o644)
		}, ErrDigestMismatch},
		"no manifest digest (a tag)": {func(l *Layout, pin *Pin, im *Image) { pin.Manifest = "" }, ErrTagReference},
		"not sha256":                 {func(l *Layout, pin *Pin, im *Image) { pin.Manifest = "md5:abc" }, ErrMalformed},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			l, pin, im := fresh()
			c.tamper(l, &pin, im)
			if _, err := l.Resolve(ctx, pin); !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
		})
	}
	// A layer swapped after Resolve is caught by Unpack's own hashing.
	l, _, im := fresh()
	_, pin2 := build(t, ImageSpec{Layers: [][]File{{{Path: "evil", Mode: 0o755, Data: []byte("evil")}}}})
	_ = pin2
	other2, _ := build(t, ImageSpec{Layers: [][]File{{{Path: "evil", Mode: 0o755, Data: []byte("evil")}}}})
	oim, _ := other2.Resolve(ctx, pin2)
	evil, _ := os.ReadFile(other2.blobPath(oim.Layers()[0].Digest))
	os.WriteFile(l.blobPath(im.Layers()[0].Digest), evil, 0o644)
	if err := im.Unpack(ctx, t.TempDir(), UnpackOptions{}); !errors.Is(err, ErrDigestMismatch) {
		t.Fatalf("swapped layer: err = %v", err)
	}
}

// TestUnpackAttacks: hostile layers cannot write outside the rootfs, plant
// devices, or exhaust the disk.
func TestUnpackAttacks(t *testing.T) {
	ctx := context.Background()
	outside := t.TempDir()
	victim := filepath.Join(outside, "victim")
	os.WriteFile(victim, []byte("safe"), 0o644)
	reg := func(name, data string) *tar.Header {
		return &tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o644, Linkname: data}
	}
	cases := map[string]struct {
		layers [][]byte
		opts   UnpackOptions
		want   error
	}{
		"dotdot":           {[][]byte{rawTar(t, reg("../../../../"+victim, "pwned"))}, UnpackOptions{}, ErrUnsafePath},
		"dotdot in middle": {[][]byte{rawTar(t, reg("a/../../victim", "pwned"))}, UnpackOptions{}, ErrUnsafePath},
		"absolute symlink then write through": {[][]byte{rawTar(t,
			&tar.Header{Name: "out", Typeflag: tar.TypeSymlink, Linkname: outside},
			reg("out/victim", "pwned"))}, UnpackOptions{}, ErrUnsafePath},
		"relative symlink escape": {[][]byte{rawTar(t,
			&tar.Header{Name: "a/out", Typeflag: tar.TypeSymlink, Linkname: "../../../../../../../../" + outside},
			reg("a/out/victim", "pwned"))}, UnpackOptions{}, ErrUnsafePath},
		"symlink in lower layer, write in upper": {[][]byte{
			rawTar(t, &tar.Header{Name: "out", Typeflag: tar.TypeSymlink, Linkname: outside}),
			rawTar(t, reg("out/victim", "pwned"))}, UnpackOptions{}, ErrUnsafePath},
		"hard link outside": {[][]byte{rawTar(t,
			&tar.Header{Name: "h", Typeflag: tar.TypeLink, Linkname: "../../../../" + victim})}, UnpackOptions{}, ErrUnsafePath},
		"hard link through symlink": {[][]byte{rawTar(t,
			&tar.Header{Name: "s", Typeflag: tar.TypeSymlink, Linkname: victim},
			&tar.Header{Name: "h", Typeflag: tar.TypeLink, Linkname: "s"})}, UnpackOptions{}, ErrUnsafeEntry},
		"whiteout through symlink": {[][]byte{rawTar(t,
			&tar.Header{Name: "out", Typeflag: tar.TypeSymlink, Linkname: outside},
			reg("out/.wh.victim", ""))}, UnpackOptions{}, ErrUnsafePath},
		"whiteout of parent": {[][]byte{rawTar(t, reg("a/.wh..", ""))}, UnpackOptions{}, ErrUnsafePath},
		"char device":        {[][]byte{rawTar(t, &tar.Header{Name: "dev/mem", Typeflag: tar.TypeChar, Devmajor: 1, Devminor: 1})}, UnpackOptions{}, ErrUnsafeEntry},
		"block device":       {[][]byte{rawTar(t, &tar.Header{Name: "sda", Typeflag: tar.TypeBlock})}, UnpackOptions{}, ErrUnsafeEntry},
		"too many bytes": {[][]byte{rawTar(t, reg("big", string(make([]byte, 1<<16))))},
			UnpackOptions{MaxBytes: 1 << 15}, ErrTooLarge},
		"too many entries": {[][]byte{rawTar(t, reg("a", ""), reg("b", ""), reg("c", ""))},
			UnpackOptions{MaxEntries: 2}, ErrTooLarge},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			l, pin := build(t, ImageSpec{RawLayers: c.layers})
			im, err := l.Resolve(ctx, pin)
			if err != nil {
				t.Fatal(err)
			}
			err = im.Unpack(ctx, filepath.Join(t.TempDir(), "rootfs"), c.opts)
			if !errors.Is(err, c.want) {
				t.Fatalf("err = %v, want %v", err, c.want)
			}
			if b, _ := os.ReadFile(victim); string(b) != "safe" {
				t.Fatalf("victim = %q", b)
			}
			if ents, _ := os.ReadDir(outside); len(ents) != 1 {
				t.Fatalf("outside has %d entries", len(ents))
			}
		})
	}
	// A regular file replacing a lower layer's symlink replaces the link,
	// it does not write through it (even a link pointing inside).
	l, pin := build(t, ImageSpec{RawLayers: [][]byte{
		rawTar(t, reg("target", "t"), &tar.Header{Name: "f", Typeflag: tar.TypeSymlink, Linkname: "target"}),
		rawTar(t, reg("f", "new")),
	}})
	im, err := l.Resolve(ctx, pin)
	if err != nil {
		t.Fatal(err)
	}
	dest := t.TempDir()
	if err := im.Unpack(ctx, dest, UnpackOptions{}); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "target")); string(b) != "t" {
		t.Fatalf("wrote through a symlink: target = %q", b)
	}
}

// TestGzipBomb: a small compressed layer that inflates past the bound.
func TestGzipBomb(t *testing.T) {
	big := make([]File, 0, 64)
	for i := 0; i < 64; i++ {
		big = append(big, File{Path: "z" + string(rune('a'+i%26)) + string(rune('a'+i/26)), Mode: 0o644, Data: make([]byte, 1<<16)})
	}
	l, pin := build(t, ImageSpec{Layers: [][]File{big}})
	im, err := l.Resolve(context.Background(), pin)
	if err != nil {
		t.Fatal(err)
	}
	if im.Layers()[0].Size > 1<<16 {
		t.Fatalf("not a bomb: %d compressed bytes", im.Layers()[0].Size)
	}
	if err := im.Unpack(context.Background(), t.TempDir(), UnpackOptions{MaxBytes: 1 << 20}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
}
