package attest

import (
	"context"
	"fmt"
	"time"
)

// Kind is a TEE technology. It is what a quorum rule counts: the paper's rule
// is "signatures from more than f distinct kinds", on the assumption that an
// attacker who breaks one technology has not broken the others. The numeric
// values are part of the on-chain encoding and never change.
type Kind uint8

const (
	KindUnknown Kind = 0
	KindSGX     Kind = 1
	KindTDX     Kind = 2
	KindSEVSNP  Kind = 3
	KindCSV     Kind = 4
	KindCCA     Kind = 5
)

var kindNames = [...]string{"unknown", "sgx", "tdx", "sev-snp", "csv", "cca"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Valid reports whether k names a known TEE technology.
func (k Kind) Valid() bool { return k > KindUnknown && k <= KindCCA }

// Format names the encoding of a piece of evidence; a Registry dispatches on
// it. The TEE kind is a claim read out of verified evidence, never taken from
// the envelope, so a forged envelope cannot change the kind a quorum counts.
type Format string

const (
	FormatSim    Format = "sim"       // attest/sim: a simulated quote
	FormatTDX    Format = "tdx"       // Intel TDX DCAP quote (v4, v5)
	FormatSEVSNP Format = "sev-snp"   // AMD SEV-SNP attestation report (+ certificate table)
	FormatSGX    Format = "sgx-dcap"  // Intel SGX DCAP ECDSA quote (v3)
	FormatCSV    Format = "hygon-csv" // Hygon CSV attestation report with its HSK and CEK (attest/csv)
	FormatCCA    Format = "cca"       // Arm CCA attestation token (platform + realm COSE_Sign1)
)

// ReportDataSize is the number of caller-chosen bytes every supported TEE
// signs into its quote.
const ReportDataSize = 64

// Evidence is attestation evidence as it travels: its format, the raw quote
// or report, and optional collateral (certificates, TCB info, QE identity)
// needed to verify it offline.
type Evidence struct {
	Format     Format `json:"format"`
	Raw        []byte `json:"raw"`
	Collateral []byte `json:"collateral,omitempty"`
}

// Validate checks the envelope, not the contents.
func (e Evidence) Validate() error {
	if e.Format == "" {
		return fmt.Errorf("%w: empty format", ErrMalformed)
	}
	if len(e.Raw) == 0 {
		return fmt.Errorf("%w: empty evidence", ErrMalformed)
	}
	return nil
}

// TCBStatus is the verifier's verdict on the platform's trusted computing base.
type TCBStatus string

const (
	TCBUnknown         TCBStatus = ""         // no collateral was given to judge it
	TCBUpToDate        TCBStatus = "UpToDate" // the vendor knows no issue at this level
	TCBSWHardening     TCBStatus = "SWHardeningNeeded"
	TCBConfigNeeded    TCBStatus = "ConfigurationNeeded"
	TCBOutOfDate       TCBStatus = "OutOfDate"
	TCBRevoked         TCBStatus = "Revoked"
	TCBConfigAndHarden TCBStatus = "ConfigurationAndSWHardeningNeeded"
	TCBOutOfDateConfig TCBStatus = "OutOfDateConfigurationNeeded"
)

// Claims are the facts a verifier established from evidence, normalized
// across TEE kinds so that policies and quorum rules need not know the
// formats.
type Claims struct {
	Kind      Kind
	Format    Format
	Simulated bool // produced by attest/sim: acceptable only where a policy allows it

	// Measurement is the primary code identity: MRENCLAVE (SGX), MRTD (TDX),
	// MEASUREMENT (SEV-SNP).
	Measurement []byte
	// Signer is the identity of whoever vouches for the code where the format
	// has one: MRSIGNER (SGX), MRSIGNERSEAM (TDX), AUTHOR_KEY_DIGEST (SNP).
	Signer []byte
	// RTMRs are runtime measurement registers: TDX RTMR0..3, CCA REM0..3
	// (empty elsewhere).
	RTMRs [][]byte

	ReportData [ReportDataSize]byte
	Debug      bool

	// SVN is the security version the format reports for the enclave or
	// guest (ISVSVN for SGX, the TEE TCB SVN's first byte for TDX, the
	// reported TCB's SNP component for SEV-SNP).
	SVN uint64
	// TCB is the vendor's verdict when collateral was given.
	TCB TCBStatus

	// NotBefore and NotAfter bound the validity of the evidence: the
	// intersection of the certificate and collateral windows.
	NotBefore, NotAfter time.Time
}

// Quoter produces evidence that binds 64 bytes of report data to the TEE it
// runs in.
type Quoter interface {
	Quote(ctx context.Context, reportData [ReportDataSize]byte) (Evidence, error)
}

// Verifier checks evidence of one format and returns the claims it
// establishes, or a typed error (see errors.go). A Verifier checks
// authenticity only; whether the claims are acceptable is a Policy's job.
type Verifier interface {
	Verify(ctx context.Context, ev Evidence) (*Claims, error)
}

// VerifierFunc adapts a function to Verifier.
type VerifierFunc func(ctx context.Context, ev Evidence) (*Claims, error)

func (f VerifierFunc) Verify(ctx context.Context, ev Evidence) (*Claims, error) { return f(ctx, ev) }
