package integrity

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Status is a report's verdict.
type Status uint8

const (
	Affirming  Status = 1
	Violation  Status = 2
	Unmeasured Status = 3
)

func (s Status) String() string {
	switch s {
	case Affirming:
		return "affirming"
	case Violation:
		return "violation"
	case Unmeasured:
		return "unmeasured"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Claim names the expectation a violation failed.
type Claim uint8

const (
	ClaimNone       Claim = 0
	ClaimImage      Claim = 1 // image digests differ from the manifest's
	ClaimExecutable Claim = 2 // the running executable's hash
	ClaimArgv       Claim = 3
	ClaimEnv        Claim = 4 // a value, a missing or an unlisted variable
	ClaimPorts      Claim = 5 // a listening port not in the manifest, or one missing
	ClaimFiles      Claim = 6 // a file tree hash
	ClaimProcess    Claim = 7 // no process running (Unmeasured)
	maxClaim              = ClaimProcess
)

var claimNames = [...]string{"none", "image", "executable", "argv", "env", "ports", "files", "process"}

func (c Claim) String() string {
	if int(c) < len(claimNames) {
		return claimNames[c]
	}
	return fmt.Sprintf("claim(%d)", uint8(c))
}

// ErrReport is a report that does not validate.
var ErrReport = errors.New("integrity: invalid report")

// Report is what monitors certify; its fields are IntegrityReports.Report's.
type Report struct {
	Service  common.Hash // ServiceID
	Manifest common.Hash // Manifest.Hash of the version appraised against
	Round    uint64      // anchor time / period of the evidence's last record
	Status   Status
	Claim    Claim
	Evidence common.Hash // Evidence.Head
	Expected common.Hash // hash of the expected value of Claim
	Observed common.Hash // hash of the observed value of Claim
}

// Validate checks the verdict's shape: Affirming names no claim, a
// violation names one, Unmeasured names ClaimProcess.
func (r *Report) Validate() error {
	switch {
	case r.Status == Affirming && (r.Claim != ClaimNone || r.Expected != (common.Hash{}) || r.Observed != (common.Hash{})):
		return fmt.Errorf("%w: affirming with a claim", ErrReport)
	case r.Status == Violation && (r.Claim == ClaimNone || r.Claim >= ClaimProcess):
		return fmt.Errorf("%w: violation claim %v", ErrReport, r.Claim)
	case r.Status == Unmeasured && r.Claim != ClaimProcess:
		return fmt.Errorf("%w: unmeasured claim %v", ErrReport, r.Claim)
	case r.Status < Affirming || r.Status > Unmeasured:
		return fmt.Errorf("%w: status %d", ErrReport, r.Status)
	}
	return nil
}

// ReportTypeHash is IntegrityReports.REPORT_TYPEHASH.
var ReportTypeHash = crypto.Keccak256Hash([]byte("IntegrityReport(bytes32 service,bytes32 manifest,uint64 round,uint8 status,uint8 claim,bytes32 evidence,bytes32 expected,bytes32 observed)"))

// Hash is the digest monitors vote on (quorum.VoteDigest of it in the
// registry's domain): keccak256(abi.encode(typehash, fields...)), as
// IntegrityReports.hash computes it.
func (r *Report) Hash() common.Hash {
	var b [9 * 32]byte
	copy(b[0:], ReportTypeHash[:])
	copy(b[32:], r.Service[:])
	copy(b[64:], r.Manifest[:])
	new(big.Int).SetUint64(r.Round).FillBytes(b[96:128])
	b[159] = byte(r.Status)
	b[191] = byte(r.Claim)
	copy(b[192:], r.Evidence[:])
	copy(b[224:], r.Expected[:])
	copy(b[256:], r.Observed[:])
	return crypto.Keccak256Hash(b[:])
}

var reportArgs = func() abi.Arguments {
	t := func(s string) abi.Type { ty, _ := abi.NewType(s, "", nil); return ty }
	return abi.Arguments{{Type: t("bytes32")}, {Type: t("bytes32")}, {Type: t("uint64")}, {Type: t("uint8")}, {Type: t("uint8")}, {Type: t("bytes32")}, {Type: t("bytes32")}, {Type: t("bytes32")}}
}()

// Encode is the report's ABI encoding (8 words).
func (r *Report) Encode() []byte {
	b, _ := reportArgs.Pack(r.Service, r.Manifest, r.Round, uint8(r.Status), uint8(r.Claim), r.Evidence, r.Expected, r.Observed)
	return b
}

// DecodeReport parses an ABI-encoded report and validates it.
func DecodeReport(b []byte) (*Report, error) {
	if len(b) != 8*32 {
		return nil, fmt.Errorf("%w: %d bytes", ErrReport, len(b))
	}
	v, err := reportArgs.Unpack(b)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrReport, err)
	}
	r := &Report{
		Service: v[0].([32]byte), Manifest: v[1].([32]byte), Round: v[2].(uint64),
		Status: Status(v[3].(uint8)), Claim: Claim(v[4].(uint8)),
		Evidence: v[5].([32]byte), Expected: v[6].([32]byte), Observed: v[7].([32]byte),
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	if string(r.Encode()) != string(b) {
		return nil, fmt.Errorf("%w: not canonical", ErrReport)
	}
	return r, nil
}

func (r Report) String() string {
	if r.Status == Affirming {
		return fmt.Sprintf("%x round %d: affirming", r.Service[:4], r.Round)
	}
	return fmt.Sprintf("%x round %d: %v %v (expected %x, observed %x)", r.Service[:4], r.Round, r.Status, r.Claim, r.Expected[:4], r.Observed[:4])
}
