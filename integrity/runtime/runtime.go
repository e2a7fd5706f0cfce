package runtime

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/opencontainers/go-digest"

	"github.com/teerollup/teerollup/integrity/oci"
)

// Errors; match them with errors.Is.
var (
	// ErrUnsupported: the runtime cannot run here (not root, not Linux).
	ErrUnsupported = errors.New("runtime: unsupported on this host")
	// ErrNotFound: no instance with that id.
	ErrNotFound = errors.New("runtime: no such instance")
	// ErrBadSpec: the deployment spec is invalid.
	ErrBadSpec = errors.New("runtime: invalid spec")
	// ErrImageMismatch: the image the engine holds is not the pinned one.
	ErrImageMismatch = errors.New("runtime: image does not match its pin")
	// ErrEngine: the container engine answered with an error or an
	// unreadable response.
	ErrEngine = errors.New("runtime: engine error")
)

// Spec is what to deploy.
type Spec struct {
	// Name is a human label (also the Docker container name); optional.
	Name string
	// Layout is the OCI image layout directory holding the image.
	Layout string
	// Image pins the image; Image.Manifest is required.
	Image oci.Pin
	// Args, if set, replace the image's Cmd (the Entrypoint is kept).
	Args []string
	// Env is appended to the image's Env ("NAME=value"; later wins).
	Env []string
}

// Validate checks the spec.
func (s Spec) Validate() error {
	if s.Layout == "" {
		return fmt.Errorf("%w: no layout", ErrBadSpec)
	}
	if err := s.Image.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadSpec, err)
	}
	for _, e := range s.Env {
		if len(e) == 0 || e[0] == '=' || !containsByte(e, '=') || containsByte(e, 0) {
			return fmt.Errorf("%w: env entry %q", ErrBadSpec, e)
		}
	}
	return nil
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// Instance is a deployed container.
type Instance struct {
	// ID names the instance to the runtime.
	ID string
	// PID is the host pid of the container's init process (what
	// measure.Observe takes).
	PID int
	// Image is the pin the instance was deployed from (Config filled in).
	Image oci.Pin
	// Rootfs is the host path of the root filesystem, when the runtime
	// knows it.
	Rootfs string
	// Started is when the runtime started it.
	Started time.Time
}

// Status is the runtime's view of an instance.
type Status struct {
	Instance
	Running bool
	// ExitCode is set once the instance exited (-1 if killed by a signal).
	ExitCode int
}

// Runtime deploys and manages instances. Implementations must check the
// image against Spec.Image before anything runs.
type Runtime interface {
	Deploy(ctx context.Context, spec Spec) (*Instance, error)
	Stop(ctx context.Context, id string) error
	Inspect(ctx context.Context, id string) (*Status, error)
}

// digestOf returns s as a digest when it is one, else "".
func digestOf(s string) digest.Digest {
	d := digest.Digest(s)
	if d.Validate() != nil {
		return ""
	}
	return d
}
