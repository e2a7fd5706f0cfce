package oci

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"

	"github.com/opencontainers/go-digest"
	v1 "github.com/opencontainers/image-spec/specs-go/v1"
)

// Errors; match them with errors.Is. Each error also carries the evidence
// (expected and found digests, the offending path).
var (
	// ErrTagReference: a reference without a pinned digest.
	ErrTagReference = errors.New("oci: reference is not pinned by digest")
	// ErrDigestMismatch: a blob does not hash to the digest naming it, or
	// a pinned digest is not the one found.
	ErrDigestMismatch = errors.New("oci: digest mismatch")
	// ErrSizeMismatch: a blob's size differs from its descriptor.
	ErrSizeMismatch = errors.New("oci: size mismatch")
	// ErrNotFound: a pinned blob is not in the layout.
	ErrNotFound = errors.New("oci: blob not found")
	// ErrMalformed: a layout file, manifest, config or layer cannot be parsed
	// or uses an unsupported media type or algorithm.
	ErrMalformed = errors.New("oci: malformed")
	// ErrTooLarge: a bound was exceeded.
	ErrTooLarge = errors.New("oci: too large")
	// ErrUnsafePath: a layer entry would write outside the rootfs.
	ErrUnsafePath = errors.New("oci: unsafe path in layer")
	// ErrUnsafeEntry: a layer entry of a refused type (device node).
	ErrUnsafeEntry = errors.New("oci: unsafe entry in layer")
)

// Pin names an image immutably.
type Pin struct {
	// Manifest is the digest of the image manifest (required).
	Manifest digest.Digest
	// Index, if set, is the digest of an image index that must list
	// Manifest.
	Index digest.Digest
	// Config, if set, is the digest the manifest's config must have.
	Config digest.Digest
}

// Validate checks that the pin's digests are well-formed sha256 digests.
func (p Pin) Validate() error {
	if p.Manifest == "" {
		return fmt.Errorf("%w: no manifest digest", ErrTagReference)
	}
	for _, d := range []digest.Digest{p.Manifest, p.Index, p.Config} {
		if d == "" {
			continue
		}
		if err := validDigest(d); err != nil {
			return err
		}
	}
	return nil
}

func validDigest(d digest.Digest) error {
	// Validate first: Algorithm() panics on a digest without ':'.
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%w: digest %q: %v", ErrMalformed, d, err)
	}
	if d.Algorithm() != digest.SHA256 {
		return fmt.Errorf("%w: digest %q is not sha256", ErrMalformed, d)
	}
	return nil
}

var refRE = regexp.MustCompile(`^(?:[a-z0-9][a-z0-9._/:-]*@)?(sha256:[a-f0-9]{64})$`)

// ParseReference parses "name@sha256:<hex>" or "sha256:<hex>" into a
// manifest digest. "name:tag" and "name" are refused with ErrTagReference.
func ParseReference(ref string) (digest.Digest, error) {
	m := refRE.FindStringSubmatch(ref)
	if m == nil {
		if !strings.Contains(ref, "@") && !strings.HasPrefix(ref, "sha256:") {
			return "", fmt.Errorf("%w: %q", ErrTagReference, ref)
		}
		return "", fmt.Errorf("%w: reference %q", ErrMalformed, ref)
	}
	return digest.Digest(m[1]), nil
}

// Limits bound what Resolve reads from an untrusted layout.
type Limits struct {
	// MaxJSONBytes bounds an index, manifest or config (default 4 MiB).
	MaxJSONBytes int64
	// MaxLayers bounds the number of layers (default 128).
	MaxLayers int
}

func (l Limits) withDefaults() Limits {
	if l.MaxJSONBytes <= 0 {
		l.MaxJSONBytes = 4 << 20
	}
	if l.MaxLayers <= 0 {
		l.MaxLayers = 128
	}
	return l
}

// Layout is an OCI image layout directory.
type Layout struct {
	dir    string
	limits Limits
}

// OpenLayout opens the layout at dir; it checks the oci-layout marker.
func OpenLayout(dir string, limits Limits) (*Layout, error) {
	b, err := readLimited(filepath.Join(dir, v1.ImageLayoutFile), 4096)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrMalformed, v1.ImageLayoutFile, err)
	}
	var marker v1.ImageLayout
	if err := json.Unmarshal(b, &marker); err != nil || marker.Version != v1.ImageLayoutVersion {
		return nil, fmt.Errorf("%w: oci-layout %q", ErrMalformed, b)
	}
	return &Layout{dir: dir, limits: limits.withDefaults()}, nil
}

// Dir is the layout's directory.
func (l *Layout) Dir() string { return l.dir }

func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %s exceeds %d bytes", ErrTooLarge, path, max)
	}
	return b, nil
}

func (l *Layout) blobPath(d digest.Digest) string {
	return filepath.Join(l.dir, v1.ImageBlobsDir, d.Algorithm().String(), d.Encoded())
}

// openBlob opens the blob named by desc; the caller verifies while reading.
func (l *Layout) openBlob(desc v1.Descriptor) (*os.File, error) {
	if err := validDigest(desc.Digest); err != nil {
		return nil, err
	}
	if desc.Size < 0 {
		return nil, fmt.Errorf("%w: negative size for %s", ErrMalformed, desc.Digest)
	}
	// O_NOFOLLOW: a blob planted as a symlink to /dev/zero or a host file
	// is refused.
	f, err := os.OpenFile(l.blobPath(desc.Digest), os.O_RDONLY|oNoFollow, 0)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, desc.Digest)
		}
		if errors.Is(err, syscall.ELOOP) {
			return nil, fmt.Errorf("%w: blob %s is a symlink", ErrMalformed, desc.Digest)
		}
		return nil, fmt.Errorf("oci: blob %s: %w", desc.Digest, err)
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%w: blob %s is not a regular file", ErrMalformed, desc.Digest)
	}
	return f, nil
}

// readBlob reads a small blob whole and checks its size and digest.
func (l *Layout) readBlob(desc v1.Descriptor) ([]byte, error) {
	if desc.Size > l.limits.MaxJSONBytes {
		return nil, fmt.Errorf("%w: %s of %d bytes > %d", ErrTooLarge, desc.Digest, desc.Size, l.limits.MaxJSONBytes)
	}
	f, err := l.openBlob(desc)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, desc.Size+1))
	if err != nil {
		return nil, fmt.Errorf("oci: blob %s: %w", desc.Digest, err)
	}
	if int64(len(b)) != desc.Size {
		return nil, fmt.Errorf("%w: blob %s has %d bytes, descriptor says %d", ErrSizeMismatch, desc.Digest, len(b), desc.Size)
	}
	if got := digest.SHA256.FromBytes(b); got != desc.Digest {
		return nil, fmt.Errorf("%w: blob %s hashes to %s", ErrDigestMismatch, desc.Digest, got)
	}
	return b, nil
}

// Image is a resolved, verified image.
type Image struct {
	Pin Pin
	// Manifest and Config are the parsed, verified documents.
	Manifest v1.Manifest
	Config   v1.Image
	// ManifestBytes and ConfigBytes are the exact verified bytes.
	ManifestBytes, ConfigBytes []byte
	layout                     *Layout
}

// Layers are the layer descriptors, bottom first.
func (im *Image) Layers() []v1.Descriptor { return im.Manifest.Layers }

// Resolve verifies the pinned image: the index (if pinned) lists the
// manifest, the manifest, config and layers hash to their descriptors, the
// config's diff ids count the layers, and every pinned digest matches. The
// returned Pin has Index (as given), Manifest and Config filled in.
func (l *Layout) Resolve(ctx context.Context, pin Pin) (*Image, error) {
	if err := pin.Validate(); err != nil {
		return nil, err
	}
	var mdesc *v1.Descriptor
	if pin.Index != "" {
		// The index's size is unknown until read: bound it by the limit.
		b, err := l.readUnsized(pin.Index)
		if err != nil {
			return nil, err
		}
		var idx v1.Index
		if err := strictJSON(b, &idx); err != nil {
			return nil, fmt.Errorf("%w: index %s: %v", ErrMalformed, pin.Index, err)
		}
		if idx.MediaType != "" && idx.MediaType != v1.MediaTypeImageIndex {
			return nil, fmt.Errorf("%w: index %s has media type %q", ErrMalformed, pin.Index, idx.MediaType)
		}
		for i := range idx.Manifests {
			if idx.Manifests[i].Digest == pin.Manifest {
				mdesc = &idx.Manifests[i]
				break
			}
		}
		if mdesc == nil {
			return nil, fmt.Errorf("%w: index %s does not list manifest %s", ErrDigestMismatch, pin.Index, pin.Manifest)
		}
		if mdesc.MediaType != v1.MediaTypeImageManifest {
			return nil, fmt.Errorf("%w: manifest %s listed as %q", ErrMalformed, pin.Manifest, mdesc.MediaType)
		}
	}
	var mb []byte
	var err error
	if mdesc != nil {
		mb, err = l.readBlob(*mdesc)
	} else {
		mb, err = l.readUnsized(pin.Manifest)
	}
	if err != nil {
		return nil, err
	}
	var m v1.Manifest
	if err := strictJSON(mb, &m); err != nil {
		return nil, fmt.Errorf("%w: manifest %s: %v", ErrMalformed, pin.Manifest, err)
	}
	if m.SchemaVersion != 2 || (m.MediaType != "" && m.MediaType != v1.MediaTypeImageManifest) {
		return nil, fmt.Errorf("%w: manifest %s schema %d media type %q", ErrMalformed, pin.Manifest, m.SchemaVersion, m.MediaType)
	}
	if m.Config.MediaType != v1.MediaTypeImageConfig {
		return nil, fmt.Errorf("%w: config media type %q", ErrMalformed, m.Config.MediaType)
	}
	if pin.Config != "" && m.Config.Digest != pin.Config {
		return nil, fmt.Errorf("%w: config is %s, pinned %s", ErrDigestMismatch, m.Config.Digest, pin.Config)
	}
	cb, err := l.readBlob(m.Config)
	if err != nil {
		return nil, err
	}
	var cfg v1.Image
	if err := strictJSON(cb, &cfg); err != nil {
		return nil, fmt.Errorf("%w: config %s: %v", ErrMalformed, m.Config.Digest, err)
	}
	if len(m.Layers) > l.limits.MaxLayers {
		return nil, fmt.Errorf("%w: %d layers > %d", ErrTooLarge, len(m.Layers), l.limits.MaxLayers)
	}
	if cfg.RootFS.Type != "layers" || len(cfg.RootFS.DiffIDs) != len(m.Layers) {
		return nil, fmt.Errorf("%w: config has %d diff ids (%q) for %d layers", ErrMalformed, len(cfg.RootFS.DiffIDs), cfg.RootFS.Type, len(m.Layers))
	}
	for i, ld := range m.Layers {
		if _, err := layerCompression(ld.MediaType); err != nil {
			return nil, err
		}
		if err := validDigest(cfg.RootFS.DiffIDs[i]); err != nil {
			return nil, err
		}
		if err := l.verifyBlob(ctx, ld); err != nil {
			return nil, err
		}
	}
	pin.Config = m.Config.Digest
	return &Image{Pin: pin, Manifest: m, Config: cfg, ManifestBytes: mb, ConfigBytes: cb, layout: l}, nil
}

// readUnsized reads a pinned JSON blob whose size no descriptor gives.
func (l *Layout) readUnsized(d digest.Digest) ([]byte, error) {
	f, err := l.openBlob(v1.Descriptor{Digest: d})
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, l.limits.MaxJSONBytes+1))
	if err != nil {
		return nil, fmt.Errorf("oci: blob %s: %w", d, err)
	}
	if int64(len(b)) > l.limits.MaxJSONBytes {
		return nil, fmt.Errorf("%w: blob %s exceeds %d bytes", ErrTooLarge, d, l.limits.MaxJSONBytes)
	}
	if got := digest.SHA256.FromBytes(b); got != d {
		return nil, fmt.Errorf("%w: blob %s hashes to %s", ErrDigestMismatch, d, got)
	}
	return b, nil
}

// verifyBlob streams a blob through sha256 and checks size and digest.
func (l *Layout) verifyBlob(ctx context.Context, desc v1.Descriptor) error {
	f, err := l.openBlob(desc)
	if err != nil {
		return err
	}
	defer f.Close()
	v := desc.Digest.Verifier()
	n, err := io.Copy(v, io.LimitReader(ctxReader{ctx, f}, desc.Size+1))
	if err != nil {
		return fmt.Errorf("oci: blob %s: %w", desc.Digest, err)
	}
	if n != desc.Size {
		return fmt.Errorf("%w: blob %s has %d+ bytes, descriptor says %d", ErrSizeMismatch, desc.Digest, n, desc.Size)
	}
	if !v.Verified() {
		return fmt.Errorf("%w: blob %s", ErrDigestMismatch, desc.Digest)
	}
	return nil
}

// strictJSON refuses trailing data after the document.
func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

type compression int

const (
	uncompressed compression = iota
	gzipped
)

func layerCompression(mt string) (compression, error) {
	switch mt {
	case v1.MediaTypeImageLayer:
		return uncompressed, nil
	case v1.MediaTypeImageLayerGzip, "application/vnd.docker.image.rootfs.diff.tar.gzip":
		return gzipped, nil
	}
	return 0, fmt.Errorf("%w: layer media type %q", ErrMalformed, mt)
}

// writeJSONBlob is used by WriteLayout.
func writeBlob(dir string, mediaType string, b []byte) (v1.Descriptor, error) {
	d := digest.SHA256.FromBytes(b)
	p := filepath.Join(dir, v1.ImageBlobsDir, "sha256", d.Encoded())
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return v1.Descriptor{}, err
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		return v1.Descriptor{}, err
	}
	return v1.Descriptor{MediaType: mediaType, Digest: d, Size: int64(len(b))}, nil
}
