//go:build !linux

package runtime

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/teerollup/teerollup/integrity/oci"
)

// Daemonless needs Linux; elsewhere every method fails with ErrUnsupported.
type Daemonless struct {
	StateDir       string
	NetNamespace   bool
	Limits         oci.Limits
	Unpack         oci.UnpackOptions
	Stdout, Stderr io.Writer
	Logger         *slog.Logger
	Now            func() time.Time
}

// Override changes what Restart runs.
type Override struct{ Argv, Env []string }

var _ Runtime = (*Daemonless)(nil)

func unsupported() error { return fmt.Errorf("%w: daemonless runtime needs Linux", ErrUnsupported) }

// Supported reports whether this host can run Daemonless.
func Supported() error { return unsupported() }

func (d *Daemonless) Deploy(context.Context, Spec) (*Instance, error) { return nil, unsupported() }
func (d *Daemonless) Restart(context.Context, string, Override) (*Instance, error) {
	return nil, unsupported()
}
func (d *Daemonless) Stop(context.Context, string) error               { return unsupported() }
func (d *Daemonless) Inspect(context.Context, string) (*Status, error) { return nil, unsupported() }
