// Package daemon is what the long-running programs under examples/
// (sequencer, dapnode) share: strict JSON config files, slog loggers, HTTP
// listeners that shut down gracefully, /healthz and /metrics.
package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/teerollup/teerollup/internal/metrics"
)

// ErrConfig: a config file is unreadable, malformed or incomplete.
var ErrConfig = errors.New("config")

// MaxConfigSize bounds a config file.
const MaxConfigSize = 1 << 20

// DecodeJSON parses a config strictly: one JSON object, no unknown field
// (a misspelt key is an error, not a silent default), no trailing data.
// Errors wrap ErrConfig.
func DecodeJSON(raw []byte, v any) error {
	if len(raw) > MaxConfigSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrConfig, len(raw), MaxConfigSize)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the config object", ErrConfig)
	}
	return nil
}

// ReadFile reads a config file (bounded) and decodes it with DecodeJSON.
func ReadFile(path string, v any) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, MaxConfigSize+1))
	if err != nil {
		return fmt.Errorf("%w: %s: %w", ErrConfig, path, err)
	}
	if err := DecodeJSON(raw, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Duration is a time.Duration written as a Go duration string ("250ms").
type Duration time.Duration

// UnmarshalJSON parses "1.5s"-style strings.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: want a string like \"250ms\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	if v < 0 {
		return fmt.Errorf("duration %q is negative", s)
	}
	*d = Duration(v)
	return nil
}

// MarshalJSON writes the duration string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// Logger returns a text (or JSON) slog logger on w at level ("debug",
// "info", "warn", "error"; default info).
func Logger(w io.Writer, level string, jsonFormat bool) (*slog.Logger, error) {
	var l slog.Level
	if level != "" {
		if err := l.UnmarshalText([]byte(level)); err != nil {
			return nil, fmt.Errorf("%w: log level %q", ErrConfig, level)
		}
	}
	opts := &slog.HandlerOptions{Level: l}
	if jsonFormat {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}

// Path resolves p against dir unless it is absolute.
func Path(dir, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// WriteFileAtomic writes data to path through a temporary file and a
// rename, so a crash leaves the old file or the new one, never half of it.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// Servers are a program's HTTP listeners.
type Servers struct {
	log  *slog.Logger
	srvs []*http.Server
	errs chan error
}

// NewServers returns an empty set that logs to log.
func NewServers(log *slog.Logger) *Servers { return &Servers{log: log, errs: make(chan error, 8)} }

// Listen binds addr now (so a port in use fails at startup) and serves h
// on it in the background. name is for logs.
func (s *Servers) Listen(name, addr string, h http.Handler) (net.Addr, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("%s listener %s: %w", name, addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	s.srvs = append(s.srvs, srv)
	s.log.Info("listening", "api", name, "addr", ln.Addr().String())
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			select {
			case s.errs <- fmt.Errorf("%s listener: %w", name, err):
			default:
			}
		}
	}()
	return ln.Addr(), nil
}

// Err yields a listener's failure.
func (s *Servers) Err() <-chan error { return s.errs }

// Shutdown stops the listeners, letting requests in flight finish within
// ctx.
func (s *Servers) Shutdown(ctx context.Context) {
	for _, srv := range s.srvs {
		if err := srv.Shutdown(ctx); err != nil {
			_ = srv.Close()
		}
	}
}

// Health is a /healthz handler: 200 and "ok" with details when check
// passes, 503 with the error otherwise.
func Health(check func(ctx context.Context) (map[string]any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
		defer cancel()
		details, err := check(ctx)
		if details == nil {
			details = map[string]any{}
		}
		w.Header().Set("Content-Type", "application/json")
		if err != nil {
			details["status"] = "unhealthy"
			details["error"] = err.Error()
			w.WriteHeader(http.StatusServiceUnavailable)
		} else {
			details["status"] = "ok"
		}
		_ = json.NewEncoder(w).Encode(details)
	})
}

// OpsMux serves /metrics and /healthz: the metrics listener.
func OpsMux(reg *metrics.Registry, health http.Handler) *http.ServeMux {
	m := http.NewServeMux()
	m.Handle("/metrics", reg.Handler())
	m.Handle("/healthz", health)
	return m
}

// Reason names a sentinel error for a metric label.
type Reason struct {
	Name string
	Err  error
}

// ErrorReason maps an error to a metric label: the first of the reasons
// (in order) it wraps, else "other".
func ErrorReason(err error, reasons []Reason) string {
	for _, r := range reasons {
		if errors.Is(err, r.Err) {
			return r.Name
		}
	}
	if err != nil && strings.Contains(err.Error(), "context canceled") {
		return "canceled"
	}
	return "other"
}
