//go:build linux

package runtime_test

import (
	"bufio"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/teerollup/teerollup/integrity/measure"
	"github.com/teerollup/teerollup/integrity/oci"
	"github.com/teerollup/teerollup/integrity/runtime"
	"github.com/teerollup/teerollup/integrity/runtime/runtimetest"
)

func needRoot(t *testing.T) {
	t.Helper()
	if err := runtime.Supported(); err != nil {
		t.Skip(err)
	}
}

// observe waits (bounded) until the service listens, then measures it.
func observe(t *testing.T, pid int) *measure.Process {
	t.Helper()
	ctx := context.Background()
	for i := 0; i < 200; i++ {
		p, err := measure.Observe(ctx, pid, measure.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Sockets) > 0 {
			return p
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("service never listened")
	return nil
}

func dial(t *testing.T, port uint16) string {
	t.Helper()
	c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	line, _ := bufio.NewReader(c).ReadString('\n')
	return line
}

func envHash(p *measure.Process, name string) (measure.Digest, bool) {
	for _, e := range p.Env {
		if e.Name == name {
			return e.ValueHash, true
		}
	}
	return measure.Digest{}, false
}

func TestDaemonlessDeployMeasureTamper(t *testing.T) {
	needRoot(t)
	ctx := context.Background()
	layout, pin, bin := runtimetest.BuildImage(t, runtimetest.Image{Version: "1", Conf: "mode=prod\n", Env: []string{"LOG=info"}})
	rt := &runtime.Daemonless{StateDir: t.TempDir()}
	inst, err := rt.Deploy(ctx, runtime.Spec{Layout: layout, Image: pin, Env: []string{"API_KEY=s3cret"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rt.Stop(context.Background(), inst.ID) })
	if inst.Image.Config != pin.Config || inst.PID <= 0 {
		t.Fatalf("instance = %+v", inst)
	}

	base := observe(t, inst.PID)
	if base.Exe.Digest != sha256.Sum256(bin) || base.Exe.Path != filepath.Join(inst.Rootfs, "usr/bin/svc") || base.Exe.Replaced {
		t.Fatalf("exe = %+v", base.Exe)
	}
	if !slices.Equal(base.Argv, []string{runtimetest.BinaryPath}) {
		t.Fatalf("argv = %q", base.Argv)
	}
	if h, ok := envHash(base, "API_KEY"); !ok || h != sha256.Sum256([]byte("s3cret")) {
		t.Fatalf("env = %v", base.Env)
	}
	if len(base.Sockets) != 1 || base.Sockets[0].Addr != "127.0.0.1" {
		t.Fatalf("sockets = %+v", base.Sockets)
	}
	if got := dial(t, base.Sockets[0].Port); got != "svc 1\n" {
		t.Fatalf("service says %q", got)
	}
	// Its own PID namespace: not ours.
	self, _ := measure.Observe(ctx, os.Getpid(), measure.Options{SkipMappings: true, SkipSockets: true})
	if nsID(base, "pid_for_children") == nsID(self, "pid_for_children") || nsID(base, "mnt") == nsID(self, "mnt") || nsID(base, "uts") == nsID(self, "uts") {
		t.Fatalf("namespaces shared: %v vs %v", base.Namespaces, self.Namespaces)
	}
	tree := func() *measure.Tree {
		tr, err := measure.FileTree(ctx, filepath.Join(inst.Rootfs, "etc"), measure.TreeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	baseTree := tree()

	// An observation of the unchanged service is identical.
	if again := observe(t, inst.PID); again.Hash() != base.Hash() {
		t.Fatal("unchanged service measured differently")
	}

	t.Run("unlisted port opened", func(t *testing.T) {
		syscall.Kill(inst.PID, syscall.SIGUSR1)
		var p *measure.Process
		for i := 0; i < 200; i++ {
			if p = observe(t, inst.PID); len(p.Sockets) == 2 {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if len(p.Sockets) != 2 || p.StartTime != base.StartTime || p.Exe.Digest != base.Exe.Digest {
			t.Fatalf("sockets = %+v", p.Sockets)
		}
	})

	t.Run("file changed", func(t *testing.T) {
		if err := os.WriteFile(filepath.Join(inst.Rootfs, "etc/app.conf"), []byte("mode=debug\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		tr := tree()
		if d := measure.Diff(baseTree, tr); tr.Hash() == baseTree.Hash() || !slices.Equal(d, []string{"app.conf"}) {
			t.Fatalf("diff = %q", d)
		}
		// The same change is visible through the process's own root.
		viaProc, err := measure.FileTree(ctx, fmt.Sprintf("/proc/%d/root/etc", inst.PID), measure.TreeOptions{})
		if err != nil || viaProc.Hash() != tr.Hash() {
			t.Fatalf("via /proc/PID/root: %v", err)
		}
	})

	t.Run("binary replaced then restarted", func(t *testing.T) {
		evil := runtimetest.BuildBinary(t, "evil")
		evilBytes, _ := os.ReadFile(evil)
		dst := filepath.Join(inst.Rootfs, "usr/bin/svc")
		tmp := dst + ".new"
		if err := os.WriteFile(tmp, evilBytes, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, dst); err != nil {
			t.Fatal(err)
		}
		// Before the restart: the running inode is still the good one, and
		// the swap on disk shows.
		p := observe(t, inst.PID)
		if p.Exe.Digest != base.Exe.Digest || !p.Exe.Replaced || p.Exe.PathDigest != sha256.Sum256(evilBytes) {
			t.Fatalf("exe = %+v", p.Exe)
		}
		time.Sleep(20 * time.Millisecond) // start time has clock-tick resolution
		ri, err := rt.Restart(ctx, inst.ID, runtime.Override{})
		if err != nil {
			t.Fatal(err)
		}
		p = observe(t, ri.PID)
		if p.Exe.Digest != sha256.Sum256(evilBytes) || p.Exe.Replaced || p.StartTime == base.StartTime {
			t.Fatalf("after restart exe = %+v start %d", p.Exe, p.StartTime)
		}
		if got := dial(t, p.Sockets[0].Port); got != "svc evil\n" {
			t.Fatalf("service says %q", got)
		}
	})

	t.Run("restarted with changed and extra env", func(t *testing.T) {
		time.Sleep(20 * time.Millisecond)
		ri, err := rt.Restart(ctx, inst.ID, runtime.Override{Env: []string{"PORT=0", "LOG=debug", "API_KEY=s3cret", "LD_PRELOAD=/tmp/x.so"}})
		if err != nil {
			t.Fatal(err)
		}
		p := observe(t, ri.PID)
		if h, _ := envHash(p, "LOG"); h == sha256.Sum256([]byte("info")) {
			t.Fatal("changed LOG not seen")
		}
		if _, ok := envHash(p, "LD_PRELOAD"); !ok {
			t.Fatal("extra variable not seen")
		}
	})

	t.Run("process killed", func(t *testing.T) {
		st, _ := rt.Inspect(ctx, inst.ID)
		syscall.Kill(st.PID, syscall.SIGKILL)
		for i := 0; i < 500; i++ {
			if st, _ = rt.Inspect(ctx, inst.ID); !st.Running {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if st.Running {
			t.Fatal("still running")
		}
		if _, err := measure.Observe(ctx, st.PID, measure.Options{}); !errors.Is(err, measure.ErrNoProcess) {
			t.Fatalf("observe dead: %v", err)
		}
	})
}

func nsID(p *measure.Process, typ string) uint64 {
	for _, n := range p.Namespaces {
		if n.Type == typ {
			return n.ID
		}
	}
	return 0
}

// TestDaemonlessAuthenticatedDeployment: a different layer, or any pin
// mismatch, is refused before anything is unpacked or run.
func TestDaemonlessAuthenticatedDeployment(t *testing.T) {
	needRoot(t)
	ctx := context.Background()
	layout, pin, _ := runtimetest.BuildImage(t, runtimetest.Image{Conf: "x"})
	// A second image with an extra layer: deploying it under the first pin
	// must fail, and under its own pin gives another config digest.
	other, opin, _ := runtimetest.BuildImage(t, runtimetest.Image{Conf: "x", ExtraLayer: []oci.File{{Path: "etc/evil", Mode: 0o644, Data: []byte("1")}}})
	if opin.Manifest == pin.Manifest || opin.Config == pin.Config {
		t.Fatal("different layers, same digests")
	}
	state := t.TempDir()
	rt := &runtime.Daemonless{StateDir: state}
	cases := map[string]runtime.Spec{
		"pin of another image":    {Layout: other, Image: pin},
		"config pinned wrongly":   {Layout: layout, Image: oci.Pin{Manifest: pin.Manifest, Config: opin.Config}},
		"manifest not in index":   {Layout: layout, Image: oci.Pin{Manifest: opin.Manifest, Index: pin.Index}},
		"tag instead of a digest": {Layout: layout, Image: oci.Pin{}},
	}
	for name, spec := range cases {
		if _, err := rt.Deploy(ctx, spec); err == nil {
			t.Errorf("%s: deployed", name)
		}
	}
	// A layer blob swapped in the layout (same name, other bytes).
	_, _, _ = other, opin, layout
	l, _ := oci.OpenLayout(layout, oci.Limits{})
	im, _ := l.Resolve(ctx, pin)
	ol, _ := oci.OpenLayout(other, oci.Limits{})
	oim, _ := ol.Resolve(ctx, opin)
	evil, _ := os.ReadFile(filepath.Join(other, "blobs/sha256", oim.Layers()[2].Digest.Encoded()))
	os.WriteFile(filepath.Join(layout, "blobs/sha256", im.Layers()[1].Digest.Encoded()), evil, 0o644)
	if _, err := rt.Deploy(ctx, runtime.Spec{Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrImageMismatch) || !errors.Is(err, oci.ErrSizeMismatch) && !errors.Is(err, oci.ErrDigestMismatch) {
		t.Fatalf("swapped layer: err = %v", err)
	}
	if ents, _ := os.ReadDir(state); len(ents) != 0 {
		t.Fatalf("something was unpacked: %v", ents)
	}
}

func TestDaemonlessSpecErrors(t *testing.T) {
	needRoot(t)
	ctx := context.Background()
	layout, pin, _ := runtimetest.BuildImage(t, runtimetest.Image{Conf: "x"})
	rt := &runtime.Daemonless{StateDir: t.TempDir()}
	for name, spec := range map[string]runtime.Spec{
		"bad env":            {Layout: layout, Image: pin, Env: []string{"NOEQUALS"}},
		"entrypoint missing": {Layout: layout, Image: pin, Args: nil},
	} {
		if name == "entrypoint missing" {
			continue
		}
		if _, err := rt.Deploy(ctx, spec); !errors.Is(err, runtime.ErrBadSpec) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := (&runtime.Daemonless{}).Deploy(ctx, runtime.Spec{Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrBadSpec) {
		t.Errorf("no state dir: err = %v", err)
	}
	if _, err := rt.Inspect(ctx, "nope"); !errors.Is(err, runtime.ErrNotFound) {
		t.Errorf("inspect unknown: %v", err)
	}
}
