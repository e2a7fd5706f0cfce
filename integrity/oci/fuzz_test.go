package oci

import (
	"archive/tar"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/opencontainers/go-digest"
)

func FuzzParseReference(f *testing.F) {
	f.Add("alpine:3")
	f.Add("a@" + digest.SHA256.FromString("x").String())
	f.Fuzz(func(t *testing.T, ref string) {
		d, err := ParseReference(ref)
		if err == nil && d.Validate() != nil {
			t.Fatalf("accepted invalid digest %q", d)
		}
	})
}

// FuzzResolveManifest: arbitrary bytes as the pinned manifest never panic
// and never resolve unless they form a complete, consistent image.
func FuzzResolveManifest(f *testing.F) {
	dir := f.TempDir()
	pin, err := WriteLayout(dir, ImageSpec{Layers: [][]File{baseLayer}})
	if err != nil {
		f.Fatal(err)
	}
	mb, _ := os.ReadFile(filepath.Join(dir, "blobs/sha256", pin.Manifest.Encoded()))
	f.Add(mb)
	f.Add([]byte(`{"schemaVersion":2,"config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:00","size":-1}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d := digest.SHA256.FromBytes(b)
		p := filepath.Join(dir, "blobs/sha256", d.Encoded())
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		defer func() {
			if d != pin.Manifest {
				os.Remove(p)
			}
		}()
		l, err := OpenLayout(dir, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		l.Resolve(context.Background(), Pin{Manifest: d})
	})
}

// FuzzUnpackLayer: an arbitrary tar layer never writes outside the rootfs.
func FuzzUnpackLayer(f *testing.F) {
	f.Add(rawTarF(f, &tar.Header{Name: "a/../../x", Typeflag: tar.TypeReg}))
	f.Add(rawTarF(f, &tar.Header{Name: "l", Typeflag: tar.TypeSymlink, Linkname: "/"}, &tar.Header{Name: "l/x", Typeflag: tar.TypeReg}))
	f.Add(rawTarF(f, &tar.Header{Name: "d/.wh..wh..opq", Typeflag: tar.TypeReg}))
	f.Fuzz(func(t *testing.T, layer []byte) {
		base := t.TempDir()
		lay := filepath.Join(base, "layout")
		pin, err := WriteLayout(lay, ImageSpec{RawLayers: [][]byte{layer}, Uncompressed: true})
		if err != nil {
			t.Fatal(err)
		}
		l, err := OpenLayout(lay, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		im, err := l.Resolve(context.Background(), pin)
		if err != nil {
			t.Fatal(err)
		}
		im.Unpack(context.Background(), filepath.Join(base, "rootfs"), UnpackOptions{MaxBytes: 1 << 20, MaxEntries: 100})
		ents, _ := os.ReadDir(base)
		if len(ents) != 2 {
			t.Fatalf("wrote outside the rootfs: %v", ents)
		}
	})
}

func rawTarF(f *testing.F, hdrs ...*tar.Header) []byte { return rawTar(f, hdrs...) }
