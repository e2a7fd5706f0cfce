package integrity

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ManifestVersion is the only manifest schema version understood.
const ManifestVersion = 1

// Limits on what a manifest may hold, so a decoder of external bytes bounds
// its work.
const (
	MaxManifestSize = 64 << 10
	MaxListLen      = 256
	MaxStringLen    = 4096
)

var (
	// ErrManifest is a manifest that does not validate.
	ErrManifest = errors.New("integrity: invalid manifest")
	// ErrTooLarge is an input over its size bound.
	ErrTooLarge = errors.New("integrity: input too large")
)

var digestRE = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// ImageDigests pins an OCI image: the index, manifest and config digests
// ("sha256:<hex>"). Tags are never accepted.
type ImageDigests struct {
	Index    string `json:"index"`
	Manifest string `json:"manifest"`
	Config   string `json:"config"`
}

// EnvMode says how an environment variable's value is checked.
type EnvMode string

const (
	EnvExact   EnvMode = "exact"   // the value equals Value
	EnvHash    EnvMode = "hash"    // ValueHash(value) equals Hash
	EnvPresent EnvMode = "present" // any value
)

// EnvRule is one allowed environment variable. Names not listed are a
// violation, and so is a listed name that is missing.
type EnvRule struct {
	Name  string      `json:"name"`
	Mode  EnvMode     `json:"mode"`
	Value string      `json:"value,omitempty"`
	Hash  common.Hash `json:"hash,omitempty"`
}

// FileTree is an expected deterministic hash of a directory tree (or file)
// inside the service's root.
type FileTree struct {
	Path string      `json:"path"`
	Hash common.Hash `json:"hash"`
}

// Manifest is what a service developer registers: the image and the
// measurements a correct deployment shows. Lists are sorted and free of
// duplicates (Validate), so Hash is canonical.
type Manifest struct {
	Version    int          `json:"version"`
	Service    string       `json:"service"`
	Release    uint32       `json:"release"` // the manifest's own version: several may be active during an upgrade
	Image      ImageDigests `json:"image"`
	Executable common.Hash  `json:"executable"` // sha256 of the running executable
	Argv       []string     `json:"argv"`
	Env        []EnvRule    `json:"env"`    // sorted by Name
	Ports      []uint16     `json:"ports"`  // listening TCP ports, ascending
	Files      []FileTree   `json:"files"`  // sorted by Path
	Period     uint32       `json:"period"` // seconds per measurement round
}

// ServiceID is the on-chain id of a service name.
func ServiceID(name string) common.Hash {
	return crypto.Keccak256Hash([]byte("teerollup/integrity/service/v1"), []byte(name))
}

// ID is the service id of m.
func (m *Manifest) ID() common.Hash { return ServiceID(m.Service) }

// Validate checks the manifest's shape.
func (m *Manifest) Validate() error {
	bad := func(f string, a ...any) error { return fmt.Errorf("%w: "+f, append([]any{ErrManifest}, a...)...) }
	if m == nil {
		return bad("nil")
	}
	if m.Version != ManifestVersion {
		return bad("version %d", m.Version)
	}
	if m.Service == "" || len(m.Service) > 128 {
		return bad("service name length %d", len(m.Service))
	}
	for name, d := range map[string]string{"index": m.Image.Index, "manifest": m.Image.Manifest, "config": m.Image.Config} {
		if !digestRE.MatchString(d) {
			return bad("image %s digest %q is not a pinned sha256 digest", name, d)
		}
	}
	if m.Period == 0 {
		return bad("zero period")
	}
	if len(m.Argv) == 0 || len(m.Argv) > MaxListLen || len(m.Env) > MaxListLen || len(m.Ports) > MaxListLen || len(m.Files) > MaxListLen {
		return bad("list sizes argv %d env %d ports %d files %d", len(m.Argv), len(m.Env), len(m.Ports), len(m.Files))
	}
	for _, a := range m.Argv {
		if len(a) > MaxStringLen {
			return bad("argv entry too long")
		}
	}
	for i, e := range m.Env {
		if e.Name == "" || strings.ContainsAny(e.Name, "=\x00") || len(e.Name) > MaxStringLen || len(e.Value) > MaxStringLen {
			return bad("env rule %d name %q", i, e.Name)
		}
		if i > 0 && m.Env[i-1].Name >= e.Name {
			return bad("env rules not sorted/unique at %q", e.Name)
		}
		switch e.Mode {
		case EnvExact:
			if e.Hash != (common.Hash{}) {
				return bad("env %q: exact rule with a hash", e.Name)
			}
		case EnvHash:
			if e.Value != "" {
				return bad("env %q: hash rule with a value", e.Name)
			}
		case EnvPresent:
			if e.Value != "" || e.Hash != (common.Hash{}) {
				return bad("env %q: present rule with a value", e.Name)
			}
		default:
			return bad("env %q: mode %q", e.Name, e.Mode)
		}
	}
	for i, p := range m.Ports {
		if p == 0 || (i > 0 && m.Ports[i-1] >= p) {
			return bad("ports not ascending/unique/non-zero at %d", p)
		}
	}
	for i, f := range m.Files {
		if !strings.HasPrefix(f.Path, "/") || len(f.Path) > MaxStringLen || (i > 0 && m.Files[i-1].Path >= f.Path) {
			return bad("file path %q not absolute, sorted and unique", f.Path)
		}
	}
	return nil
}

// Encode is the canonical encoding of a valid manifest (JSON in field order).
func (m *Manifest) Encode() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(m)
}

// Hash is the manifest's on-chain id: keccak256 of a domain tag and its
// canonical encoding. Invalid manifests have no hash.
func (m *Manifest) Hash() (common.Hash, error) {
	b, err := m.Encode()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte("teerollup/integrity/manifest/v1"), b), nil
}

// DecodeManifest parses external bytes: bounded, strict (unknown fields are
// an error), valid and canonical (re-encoding gives the same bytes, so two
// encodings cannot share a hash).
func DecodeManifest(b []byte) (*Manifest, error) {
	if len(b) > MaxManifestSize {
		return nil, fmt.Errorf("%w: manifest %d bytes", ErrTooLarge, len(b))
	}
	var m Manifest
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrManifest, err)
	}
	if d.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrManifest)
	}
	enc, err := m.Encode()
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(bytes.TrimSpace(b), enc) {
		return nil, fmt.Errorf("%w: not canonical", ErrManifest)
	}
	return &m, nil
}

// envRule returns the rule for name.
func (m *Manifest) envRule(name string) (EnvRule, bool) {
	i, ok := slices.BinarySearchFunc(m.Env, name, func(e EnvRule, n string) int { return strings.Compare(e.Name, n) })
	if !ok {
		return EnvRule{}, false
	}
	return m.Env[i], true
}

// ValueHash is how environment values are observed: never in clear.
func ValueHash(v string) common.Hash { return crypto.Keccak256Hash([]byte(v)) }
