package dap

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// Errors of the node (also returned by the client when a DAP answers with
// them over JSON-RPC: each has its own error code, so errors.Is works across
// the wire).
var (
	// ErrNotFound: the DAP does not hold the height (or the chunk index is
	// past the end of its data).
	ErrNotFound = errors.New("dap: not found")
	// ErrInvalidInput: the request is malformed (an undecodable header or
	// batch data, a bad argument).
	ErrInvalidInput = errors.New("dap: invalid input")
	// ErrOutOfOrder: an upload does not extend the stored chain by one
	// height.
	ErrOutOfOrder = errors.New("dap: upload out of order")
	// ErrWrongParent: an upload's parent hash is not the stored header's hash.
	ErrWrongParent = errors.New("dap: upload does not extend the stored header")
	// ErrConflict: a different header is already stored at the height.
	ErrConflict = errors.New("dap: another header is stored at this height")
	// ErrStateRoot: applying the upload's account changes to the DAP's state
	// tree replica does not give the header's state root.
	ErrStateRoot = errors.New("dap: account changes do not give the header's state root")
	// ErrUnauthorized: the node's Authorize hook refused the header (for
	// instance, the TSC has not accepted it).
	ErrUnauthorized = errors.New("dap: header not authorized")
	// ErrUnknownParent: the node cannot certify a header because it holds
	// neither the parent header's state (accepted or candidate) nor, so,
	// the state root to replay from; it must catch up first.
	ErrUnknownParent = errors.New("dap: parent header unknown")
	// ErrNoSigningKey: the node has no DA signing key (Config.Key).
	ErrNoSigningKey = errors.New("dap: node does not certify availability")
	// ErrUnknownSession: dap_sign names no open session (never opened,
	// already used, or dropped by the session bounds).
	ErrUnknownSession = errors.New("dap: unknown or used signing session")
)

// Errors of the client.
var (
	// ErrTampered: a DAP served data that does not verify against the
	// header (the wrapped error says how).
	ErrTampered = errors.New("dap: served data does not verify")
	// ErrUnavailable: no DAP served verified data; the *FetchError lists
	// each DAP's failure.
	ErrUnavailable = errors.New("dap: no DAP served verified data")
	// ErrNoEndpoints: the client has no DAP to ask.
	ErrNoEndpoints = errors.New("dap: no endpoints")
)

// JSON-RPC error codes of the node's typed errors (application range).
var errorCodes = map[error]int{
	ErrNotFound:       -39001,
	ErrInvalidInput:   -39002,
	ErrOutOfOrder:     -39003,
	ErrWrongParent:    -39004,
	ErrConflict:       -39005,
	ErrStateRoot:      -39006,
	ErrUnauthorized:   -39007,
	ErrUnknownParent:  -39008,
	ErrNoSigningKey:   -39009,
	ErrUnknownSession: -39010,
}

// rpcError carries a typed node error over JSON-RPC.
type rpcError struct {
	err  error // the full error
	code int
}

func (e *rpcError) Error() string  { return e.err.Error() }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) Unwrap() error  { return e.err }

// toRPC gives a node error its JSON-RPC code.
func toRPC(err error) error {
	if err == nil {
		return nil
	}
	for sentinel, code := range errorCodes {
		if errors.Is(err, sentinel) {
			return &rpcError{err: err, code: code}
		}
	}
	return err
}

// RemoteError is an error a DAP returned over JSON-RPC. It unwraps to the
// node sentinel its code stands for, so errors.Is(err, ErrNotFound) holds
// for a remote "not found".
type RemoteError struct {
	Code    int
	Message string
}

func (e *RemoteError) Error() string {
	return fmt.Sprintf("dap: remote error %d: %s", e.Code, e.Message)
}

func (e *RemoteError) Unwrap() error {
	for sentinel, code := range errorCodes {
		if code == e.Code {
			return sentinel
		}
	}
	return nil
}

// fromRPC turns a JSON-RPC error into a RemoteError; other errors (the
// transport's) pass through.
func fromRPC(err error) error {
	var re rpc.Error
	if errors.As(err, &re) {
		return &RemoteError{Code: re.ErrorCode(), Message: err.Error()}
	}
	return err
}

// Attempt is one DAP's answer to a client request.
type Attempt struct {
	Endpoint string
	Err      error
}

// FetchError reports that no DAP served verified data. It unwraps to
// ErrUnavailable and to every attempt's error, so errors.Is(err,
// ErrTampered) tells whether some DAP served bad data.
type FetchError struct {
	What     string
	Attempts []Attempt
}

func (e *FetchError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dap: %s: no DAP served verified data", e.What)
	for _, a := range e.Attempts {
		fmt.Fprintf(&b, "; %s: %v", a.Endpoint, a.Err)
	}
	return b.String()
}

func (e *FetchError) Unwrap() []error {
	errs := []error{ErrUnavailable}
	for _, a := range e.Attempts {
		errs = append(errs, a.Err)
	}
	return errs
}

// UploadError reports the DAPs that refused an upload or could not be
// reached. It unwraps to every failure.
type UploadError struct {
	Height   uint64
	Failures []Attempt
}

func (e *UploadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dap: upload of height %d failed at %d DAP(s)", e.Height, len(e.Failures))
	for _, a := range e.Failures {
		fmt.Fprintf(&b, "; %s: %v", a.Endpoint, a.Err)
	}
	return b.String()
}

func (e *UploadError) Unwrap() []error {
	errs := make([]error, len(e.Failures))
	for i, a := range e.Failures {
		errs[i] = a.Err
	}
	return errs
}
