// Package runtimetest builds a small real service for tests: a Go program
// compiled on the spot and packed into an OCI image layout.
//
// The service listens on 127.0.0.1:$PORT (0 picks a port) and answers every
// connection with "svc <version>\n"; it reads /etc/app.conf at start (and
// exits if it is missing); on SIGUSR1 it opens one more listening port — an
// "unlisted port" an attacker inside the service could open without a
// restart.
package runtimetest

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	v1 "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/teerollup/teerollup/integrity/oci"
)

// ServiceSource is the service's main.go.
const ServiceSource = `package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"
)

var version = "dev"

func serve(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		fmt.Fprintf(c, "svc %s\n", version)
		c.Close()
	}
}

func main() {
	if _, err := os.ReadFile("/etc/app.conf"); err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(2)
	}
	l, err := net.Listen("tcp", "127.0.0.1:"+os.Getenv("PORT"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	go serve(l)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	var extra []net.Listener
	for range sig {
		if x, err := net.Listen("tcp", "127.0.0.1:0"); err == nil {
			extra = append(extra, x)
			go serve(x)
		}
	}
}
`

// BuildBinary compiles the service (static, CGO off) with the given
// version string and returns the binary's path. It needs the go command.
// Two builds differ (the temp dir's path is embedded), so a test takes the
// digest of the binary it packed.
func BuildBinary(t testing.TB, version string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module svc\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(ServiceSource), 0o644); err != nil {
		t.Fatal(err)
	}
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		if gobin, err = exec.LookPath("go"); err != nil {
			t.Skip("no go command to build the test service")
		}
	}
	out := filepath.Join(dir, "svc")
	// No -trimpath: it would rebuild the standard library (a minute on a
	// cold CI cache); CGO_ENABLED=0 only rebuilds the few cgo packages.
	cmd := exec.Command(gobin, "build", "-ldflags", "-X main.version="+version, "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOWORK=off", "GOFLAGS=-mod=mod")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building the test service: %v\n%s", err, b)
	}
	return out
}

// Image describes the test image.
type Image struct {
	// Version is compiled into the binary.
	Version string
	// Conf is /etc/app.conf.
	Conf string
	// Env is the image config's Env (PORT=0 is added when absent).
	Env []string
	// ExtraLayer, if set, is one more layer on top.
	ExtraLayer []oci.File
}

// BinaryPath is where the service lives in the image.
const BinaryPath = "/usr/bin/svc"

// BuildImage builds the service and writes an OCI layout for it into a
// temp dir: layer 1 holds /usr/bin/svc, layer 2 /etc/app.conf. It returns
// the layout directory, its pin and the binary's bytes.
func BuildImage(t testing.TB, img Image) (layout string, pin oci.Pin, binary []byte) {
	t.Helper()
	if img.Version == "" {
		img.Version = "1"
	}
	bin, err := os.ReadFile(BuildBinary(t, img.Version))
	if err != nil {
		t.Fatal(err)
	}
	env := img.Env
	hasPort := false
	for _, e := range env {
		if len(e) >= 5 && e[:5] == "PORT=" {
			hasPort = true
		}
	}
	if !hasPort {
		env = append([]string{"PORT=0"}, env...)
	}
	spec := oci.ImageSpec{
		Layers: [][]oci.File{
			{
				{Path: "usr", Mode: fs.ModeDir | 0o755},
				{Path: "usr/bin", Mode: fs.ModeDir | 0o755},
				{Path: "usr/bin/svc", Mode: 0o755, Data: bin},
				{Path: "tmp", Mode: fs.ModeDir | 0o1777},
			},
			{
				{Path: "etc", Mode: fs.ModeDir | 0o755},
				{Path: "etc/app.conf", Mode: 0o644, Data: []byte(img.Conf)},
			},
		},
		Config: v1.ImageConfig{Entrypoint: []string{BinaryPath}, Env: env},
	}
	if img.ExtraLayer != nil {
		spec.Layers = append(spec.Layers, img.ExtraLayer)
	}
	layout = t.TempDir()
	if pin, err = oci.WriteLayout(layout, spec); err != nil {
		t.Fatal(fmt.Errorf("runtimetest: %w", err))
	}
	return layout, pin, bin
}
