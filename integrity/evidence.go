package integrity

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Bounds on evidence from the network.
const (
	MaxEvidenceSize = 1 << 20
	MaxRecords      = 64
)

var (
	// ErrEvidence is evidence that does not decode or verify.
	ErrEvidence = errors.New("integrity: invalid evidence")
	// ErrBadSignature is evidence not signed by the expected agent key.
	ErrBadSignature = errors.New("integrity: evidence signature")
	// ErrChain is a broken hash chain in the measurement log.
	ErrChain = errors.New("integrity: broken measurement log")
)

// EnvVar is an observed environment variable: its name and the hash of its
// value (ValueHash), never the value.
type EnvVar struct {
	Name      string      `json:"name"`
	ValueHash common.Hash `json:"valueHash"`
}

// Observation is one measurement of the running service.
type Observation struct {
	Running    bool         `json:"running"`
	Image      ImageDigests `json:"image"`      // digests of the image the agent deployed
	Instance   common.Hash  `json:"instance"`   // container/instance id
	Executable common.Hash  `json:"executable"` // sha256 of the inode that runs
	Argv       []string     `json:"argv"`
	Env        []EnvVar     `json:"env"`   // sorted by name
	StartTime  uint64       `json:"start"` // process start time (a restart changes it)
	Ports      []uint16     `json:"ports"` // listening TCP ports, ascending
	Files      []FileTree   `json:"files"` // sorted by path
}

// Anchor is the L1 block a record is fresh against.
type Anchor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   uint64      `json:"time"`
}

// Record is one entry of the measurement log: Prev is the previous record's
// hash (zero for the first), so the log cannot be reordered or trimmed
// in the middle without breaking the chain.
type Record struct {
	Seq    uint64      `json:"seq"`
	Prev   common.Hash `json:"prev"`
	Anchor Anchor      `json:"anchor"`
	Event  string      `json:"event"` // "period", "exit", "file-change", ...
	Obs    Observation `json:"obs"`
}

// Hash is keccak256 of the record's canonical JSON.
func (r *Record) Hash() common.Hash {
	b, _ := json.Marshal(r)
	return crypto.Keccak256Hash([]byte("teerollup/integrity/record/v1"), b)
}

// Evidence is a signed window of an agent's measurement log for one
// service and manifest.
type Evidence struct {
	Service  common.Hash    `json:"service"`
	Manifest common.Hash    `json:"manifest"`
	Agent    common.Address `json:"agent"`
	Records  []Record       `json:"records"`
	Sig      []byte         `json:"sig"` // the agent enclave's signature of SignBytes, r‖s‖v (v ∈ {0,1})
}

// Head is the hash of the last record.
func (e *Evidence) Head() common.Hash {
	if len(e.Records) == 0 {
		return common.Hash{}
	}
	return e.Records[len(e.Records)-1].Hash()
}

// SignBytes is the digest the agent signs: the service, manifest, agent and
// the log head, under a tag no other teerollup signature uses.
func (e *Evidence) SignBytes() common.Hash {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(e.Records)))
	return crypto.Keccak256Hash([]byte("teerollup/integrity/evidence/v1"), e.Service[:], e.Manifest[:], e.Agent[:], n[:], e.Head().Bytes())
}

// Hash identifies the evidence in a report: the signed digest.
func (e *Evidence) Hash() common.Hash { return e.SignBytes() }

// Verify checks shape, the hash chain and the agent's signature.
func (e *Evidence) Verify() error {
	if len(e.Records) == 0 || len(e.Records) > MaxRecords {
		return fmt.Errorf("%w: %d records", ErrEvidence, len(e.Records))
	}
	for i := range e.Records {
		r := &e.Records[i]
		if i > 0 {
			if r.Prev != e.Records[i-1].Hash() || r.Seq != e.Records[i-1].Seq+1 {
				return fmt.Errorf("%w: record %d", ErrChain, r.Seq)
			}
			if r.Anchor.Number < e.Records[i-1].Anchor.Number || r.Anchor.Time < e.Records[i-1].Anchor.Time {
				return fmt.Errorf("%w: record %d anchored before its predecessor", ErrChain, r.Seq)
			}
		}
		if len(r.Obs.Argv) > MaxListLen || len(r.Obs.Env) > MaxListLen || len(r.Obs.Ports) > MaxListLen || len(r.Obs.Files) > MaxListLen || len(r.Event) > 64 {
			return fmt.Errorf("%w: record %d too large", ErrEvidence, r.Seq)
		}
	}
	if len(e.Sig) != 65 {
		return fmt.Errorf("%w: signature length %d", ErrBadSignature, len(e.Sig))
	}
	pub, err := crypto.SigToPub(e.SignBytes().Bytes(), e.Sig)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if got := crypto.PubkeyToAddress(*pub); got != e.Agent {
		return fmt.Errorf("%w: signed by %s, agent %s", ErrBadSignature, got, e.Agent)
	}
	return nil
}

// Encode is the evidence's JSON.
func (e *Evidence) Encode() ([]byte, error) { return json.Marshal(e) }

// DecodeEvidence parses external bytes, bounded and strict. It does not
// verify the signature (Verify does).
func DecodeEvidence(b []byte) (*Evidence, error) {
	if len(b) > MaxEvidenceSize {
		return nil, fmt.Errorf("%w: evidence %d bytes", ErrTooLarge, len(b))
	}
	var e Evidence
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&e); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	if d.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrEvidence)
	}
	if len(e.Records) == 0 || len(e.Records) > MaxRecords {
		return nil, fmt.Errorf("%w: %d records", ErrEvidence, len(e.Records))
	}
	return &e, nil
}
