package oci

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/opencontainers/go-digest"
	specs "github.com/opencontainers/image-spec/specs-go"
	v1 "github.com/opencontainers/image-spec/specs-go/v1"
)

// File is one entry of a layer built by WriteLayout.
type File struct {
	// Path is slash-separated, relative to the rootfs.
	Path string
	// Mode: fs.ModeDir for a directory, fs.ModeSymlink for a symlink,
	// else a regular file; with permission bits.
	Mode fs.FileMode
	Data []byte
	// Link is a symlink's target.
	Link string
}

// ImageSpec describes an image for WriteLayout.
type ImageSpec struct {
	// Layers are built as tar archives of the files, in order.
	Layers [][]File
	// RawLayers are uncompressed tar archives appended after Layers
	// (tests use them to craft hostile layers).
	RawLayers [][]byte
	// Config is the runtime configuration (Entrypoint, Cmd, Env, ...).
	Config v1.ImageConfig
	// Uncompressed stores layers as plain tar instead of tar+gzip.
	Uncompressed bool
}

// TarLayer builds a deterministic tar archive of files (zero times, root
// owner), in the given order.
func TarLayer(files []File) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, f := range files {
		h := &tar.Header{Name: f.Path, Mode: int64(f.Mode.Perm()), Format: tar.FormatPAX}
		if f.Mode&fs.ModeSetuid != 0 {
			h.Mode |= 0o4000
		}
		if f.Mode&fs.ModeSetgid != 0 {
			h.Mode |= 0o2000
		}
		if f.Mode&fs.ModeSticky != 0 {
			h.Mode |= 0o1000
		}
		switch {
		case f.Mode.IsDir():
			h.Typeflag = tar.TypeDir
		case f.Mode&fs.ModeSymlink != 0:
			h.Typeflag, h.Linkname = tar.TypeSymlink, f.Link
		default:
			h.Typeflag, h.Size = tar.TypeReg, int64(len(f.Data))
		}
		if err := tw.WriteHeader(h); err != nil {
			return nil, err
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(f.Data); err != nil {
				return nil, err
			}
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// FilesFromDir lists the files under dir (regular files, directories and
// symlinks) as layer entries under prefix.
func FilesFromDir(dir, prefix string) ([]File, error) {
	var out []File
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		f := File{Path: filepath.ToSlash(filepath.Join(prefix, rel)), Mode: info.Mode() & (fs.ModePerm | fs.ModeDir | fs.ModeSymlink | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)}
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			if f.Link, err = os.Readlink(p); err != nil {
				return err
			}
		case info.Mode().IsRegular():
			if f.Data, err = os.ReadFile(p); err != nil {
				return err
			}
		case !info.IsDir():
			return nil
		}
		out = append(out, f)
		return nil
	})
	return out, err
}

// WriteLayout writes an OCI image layout for spec into dir: the layers,
// the config, the manifest, an image index listing the manifest, and
// index.json naming the index (annotated with a tag, which Resolve
// ignores). The same spec always gives the same digests.
func WriteLayout(dir string, spec ImageSpec) (Pin, error) {
	var tars [][]byte
	for _, files := range spec.Layers {
		t, err := TarLayer(files)
		if err != nil {
			return Pin{}, err
		}
		tars = append(tars, t)
	}
	tars = append(tars, spec.RawLayers...)
	cfg := v1.Image{
		Platform: v1.Platform{Architecture: goarch(), OS: "linux"},
		Config:   spec.Config,
		RootFS:   v1.RootFS{Type: "layers"},
	}
	man := v1.Manifest{Versioned: specs.Versioned{SchemaVersion: 2}, MediaType: v1.MediaTypeImageManifest}
	for _, t := range tars {
		cfg.RootFS.DiffIDs = append(cfg.RootFS.DiffIDs, digest.SHA256.FromBytes(t))
		blob, mt := t, v1.MediaTypeImageLayer
		if !spec.Uncompressed {
			var z bytes.Buffer
			zw := gzip.NewWriter(&z) // no name, zero time: deterministic
			zw.Write(t)
			if err := zw.Close(); err != nil {
				return Pin{}, err
			}
			blob, mt = z.Bytes(), v1.MediaTypeImageLayerGzip
		}
		desc, err := writeBlob(dir, mt, blob)
		if err != nil {
			return Pin{}, err
		}
		man.Layers = append(man.Layers, desc)
	}
	cb, err := json.Marshal(cfg)
	if err != nil {
		return Pin{}, err
	}
	if man.Config, err = writeBlob(dir, v1.MediaTypeImageConfig, cb); err != nil {
		return Pin{}, err
	}
	mb, err := json.Marshal(man)
	if err != nil {
		return Pin{}, err
	}
	mdesc, err := writeBlob(dir, v1.MediaTypeImageManifest, mb)
	if err != nil {
		return Pin{}, err
	}
	mdesc.Platform = &cfg.Platform
	idx := v1.Index{Versioned: specs.Versioned{SchemaVersion: 2}, MediaType: v1.MediaTypeImageIndex, Manifests: []v1.Descriptor{mdesc}}
	ib, err := json.Marshal(idx)
	if err != nil {
		return Pin{}, err
	}
	idesc, err := writeBlob(dir, v1.MediaTypeImageIndex, ib)
	if err != nil {
		return Pin{}, err
	}
	idesc.Annotations = map[string]string{v1.AnnotationRefName: "latest"}
	top := v1.Index{Versioned: specs.Versioned{SchemaVersion: 2}, MediaType: v1.MediaTypeImageIndex, Manifests: []v1.Descriptor{idesc}}
	tb, err := json.Marshal(top)
	if err != nil {
		return Pin{}, err
	}
	if err := os.WriteFile(filepath.Join(dir, v1.ImageIndexFile), tb, 0o644); err != nil {
		return Pin{}, err
	}
	lb, _ := json.Marshal(v1.ImageLayout{Version: v1.ImageLayoutVersion})
	if err := os.WriteFile(filepath.Join(dir, v1.ImageLayoutFile), lb, 0o644); err != nil {
		return Pin{}, fmt.Errorf("oci: %w", err)
	}
	return Pin{Index: idesc.Digest, Manifest: mdesc.Digest, Config: man.Config.Digest}, nil
}

func v1Desc(d digest.Digest, size int64) v1.Descriptor { return v1.Descriptor{Digest: d, Size: size} }
