//go:build linux

package runtime

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/teerollup/teerollup/integrity/oci"
)

// Daemonless runs containers itself: no engine, no daemon. Set the fields,
// then use a pointer to it; it is safe for concurrent use.
type Daemonless struct {
	// StateDir holds one directory per instance (its rootfs); required.
	StateDir string
	// NetNamespace also gives each instance its own network namespace
	// (then its ports are unreachable from the host without more setup).
	NetNamespace bool
	// Limits and Unpack bound what an image can make us read and write.
	Limits oci.Limits
	Unpack oci.UnpackOptions
	// Stdout and Stderr receive the instances' output; nil discards it.
	Stdout, Stderr io.Writer
	// Logger; nil discards.
	Logger *slog.Logger
	// Now is the clock; nil is time.Now.
	Now func() time.Time

	mu        sync.Mutex
	instances map[string]*daemonlessInstance
}

type daemonlessInstance struct {
	inst  Instance
	argv  []string
	env   []string
	dir   string
	creds *syscall.Credential
	cmd   *exec.Cmd
	done  chan struct{}
	state *os.ProcessState
}

var _ Runtime = (*Daemonless)(nil)

func (d *Daemonless) log() *slog.Logger {
	if d.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return d.Logger
}

func (d *Daemonless) now() time.Time {
	if d.Now == nil {
		return time.Now()
	}
	return d.Now()
}

// Supported reports whether this host can run Daemonless (Linux, root).
func Supported() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: daemonless runtime needs root (namespaces and chroot)", ErrUnsupported)
	}
	return nil
}

// Deploy resolves spec.Image in spec.Layout (every digest checked), unpacks
// it into a new rootfs under StateDir and starts its entrypoint in new
// namespaces, chrooted. Nothing is unpacked before the image verified, and
// nothing runs before it unpacked completely.
func (d *Daemonless) Deploy(ctx context.Context, spec Spec) (*Instance, error) {
	if err := Supported(); err != nil {
		return nil, err
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	if d.StateDir == "" {
		return nil, fmt.Errorf("%w: Daemonless.StateDir is empty", ErrBadSpec)
	}
	layout, err := oci.OpenLayout(spec.Layout, d.Limits)
	if err != nil {
		return nil, err
	}
	im, err := layout.Resolve(ctx, spec.Image)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrImageMismatch, err)
	}
	cfg := im.Config.Config
	argv := append(append([]string{}, cfg.Entrypoint...), cfg.Cmd...)
	if spec.Args != nil {
		argv = append(append([]string{}, cfg.Entrypoint...), spec.Args...)
	}
	if len(argv) == 0 {
		return nil, fmt.Errorf("%w: image has no entrypoint or cmd", ErrBadSpec)
	}
	creds, err := parseUser(cfg.User)
	if err != nil {
		return nil, err
	}
	env := mergeEnv(cfg.Env, spec.Env)
	dir := cfg.WorkingDir
	if dir == "" {
		dir = "/"
	}
	if !path.IsAbs(dir) {
		return nil, fmt.Errorf("%w: working dir %q is not absolute", ErrBadSpec, dir)
	}
	var idb [8]byte
	rand.Read(idb[:])
	id := hex.EncodeToString(idb[:])
	rootfs := filepath.Join(d.StateDir, id, "rootfs")
	if err := im.Unpack(ctx, rootfs, d.Unpack); err != nil {
		os.RemoveAll(filepath.Join(d.StateDir, id))
		return nil, err
	}
	in := &daemonlessInstance{
		inst: Instance{ID: id, Image: im.Pin, Rootfs: rootfs},
		argv: argv, env: env, dir: dir, creds: creds,
	}
	if err := d.start(in, argv, env); err != nil {
		os.RemoveAll(filepath.Join(d.StateDir, id))
		return nil, err
	}
	d.mu.Lock()
	if d.instances == nil {
		d.instances = map[string]*daemonlessInstance{}
	}
	d.instances[id] = in
	inst := in.inst
	d.mu.Unlock()
	d.log().Info("deployed", "id", id, "pid", inst.PID, "manifest", im.Pin.Manifest)
	return &inst, nil
}

// start launches argv in the instance's rootfs. argv[0] is resolved inside
// the rootfs (PATH from env) so the host's own binaries are never used.
func (d *Daemonless) start(in *daemonlessInstance, argv, env []string) error {
	prog, err := lookPathIn(in.inst.Rootfs, argv[0], env)
	if err != nil {
		return err
	}
	flags := uintptr(syscall.CLONE_NEWPID | syscall.CLONE_NEWNS | syscall.CLONE_NEWUTS | syscall.CLONE_NEWIPC)
	if d.NetNamespace {
		flags |= syscall.CLONE_NEWNET
	}
	cmd := &exec.Cmd{
		Path:   prog, // inside the chroot
		Args:   argv,
		Env:    env,
		Dir:    in.dir,
		Stdout: d.Stdout,
		Stderr: d.Stderr,
		SysProcAttr: &syscall.SysProcAttr{
			Chroot:     in.inst.Rootfs,
			Cloneflags: flags,
			Credential: in.creds,
			Setsid:     true,
		},
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("runtime: start %s: %w", prog, err)
	}
	done := make(chan struct{})
	d.mu.Lock()
	in.cmd, in.done, in.state = cmd, done, nil
	in.inst.PID = cmd.Process.Pid
	in.inst.Started = d.now()
	d.mu.Unlock()
	go func() {
		cmd.Wait()
		d.mu.Lock()
		in.state = cmd.ProcessState
		d.mu.Unlock()
		close(done)
	}()
	return nil
}

// Override changes what Restart runs.
type Override struct {
	// Argv, if non-nil, replaces the whole argv.
	Argv []string
	// Env, if non-nil, replaces the environment.
	Env []string
}

// Restart kills the instance's process (if running) and starts it again
// from its existing rootfs — whatever that rootfs now contains — optionally
// with another argv or environment. The image is not checked again: this
// is the power any host has, and what measurement must catch.
func (d *Daemonless) Restart(ctx context.Context, id string, o Override) (*Instance, error) {
	in, err := d.get(id)
	if err != nil {
		return nil, err
	}
	if err := d.kill(ctx, in); err != nil {
		return nil, err
	}
	argv, env := in.argv, in.env
	if o.Argv != nil {
		argv = o.Argv
	}
	if o.Env != nil {
		env = o.Env
	}
	if len(argv) == 0 {
		return nil, fmt.Errorf("%w: empty argv", ErrBadSpec)
	}
	if err := d.start(in, argv, env); err != nil {
		return nil, err
	}
	d.mu.Lock()
	inst := in.inst
	d.mu.Unlock()
	return &inst, nil
}

func (d *Daemonless) get(id string) (*daemonlessInstance, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	in, ok := d.instances[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	return in, nil
}

// kill stops the process: SIGKILL to the namespace's init kills every
// process of the PID namespace.
func (d *Daemonless) kill(ctx context.Context, in *daemonlessInstance) error {
	d.mu.Lock()
	cmd, done := in.cmd, in.done
	d.mu.Unlock()
	if cmd == nil {
		return nil
	}
	cmd.Process.Signal(syscall.SIGKILL)
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Stop kills the instance and removes its rootfs.
func (d *Daemonless) Stop(ctx context.Context, id string) error {
	in, err := d.get(id)
	if err != nil {
		return err
	}
	if err := d.kill(ctx, in); err != nil {
		return err
	}
	d.mu.Lock()
	delete(d.instances, id)
	d.mu.Unlock()
	return os.RemoveAll(filepath.Dir(in.inst.Rootfs))
}

// Inspect reports the instance's state.
func (d *Daemonless) Inspect(ctx context.Context, id string) (*Status, error) {
	in, err := d.get(id)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	st := &Status{Instance: in.inst, Running: in.state == nil}
	if in.state != nil {
		st.ExitCode = in.state.ExitCode()
	}
	return st, nil
}

// mergeEnv appends extra to base; a later NAME replaces an earlier one in
// place, so the result has each name once.
func mergeEnv(base, extra []string) []string {
	out := []string{}
	idx := map[string]int{}
	for _, e := range append(append([]string{}, base...), extra...) {
		name, _, _ := strings.Cut(e, "=")
		if i, ok := idx[name]; ok {
			out[i] = e
			continue
		}
		idx[name] = len(out)
		out = append(out, e)
	}
	return out
}

// parseUser accepts "", "uid" or "uid:gid" (numeric: there is no passwd
// lookup inside an untrusted rootfs).
func parseUser(u string) (*syscall.Credential, error) {
	if u == "" {
		return nil, nil
	}
	us, gs, hasG := strings.Cut(u, ":")
	uid, err := strconv.ParseUint(us, 10, 32)
	if err != nil {
		return nil, fmt.Errorf("%w: user %q is not numeric", ErrBadSpec, u)
	}
	gid := uint64(0)
	if hasG {
		if gid, err = strconv.ParseUint(gs, 10, 32); err != nil {
			return nil, fmt.Errorf("%w: group %q is not numeric", ErrBadSpec, u)
		}
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// lookPathIn resolves prog inside rootfs: an absolute path as is, a bare
// name through the image's PATH. The result is a path inside the chroot.
// Symlinks are resolved by os.Root, so they cannot point out of rootfs.
func lookPathIn(rootfs, prog string, env []string) (string, error) {
	r, err := os.OpenRoot(rootfs)
	if err != nil {
		return "", fmt.Errorf("runtime: %w", err)
	}
	defer r.Close()
	exists := func(p string) bool {
		fi, err := r.Stat(strings.TrimPrefix(path.Clean(p), "/"))
		return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
	}
	if strings.Contains(prog, "/") {
		if !path.IsAbs(prog) {
			prog = "/" + prog
		}
		if !exists(prog) {
			return "", fmt.Errorf("%w: entrypoint %q not executable in the image", ErrBadSpec, prog)
		}
		return prog, nil
	}
	pathVar := "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
	for _, e := range env {
		if v, ok := strings.CutPrefix(e, "PATH="); ok {
			pathVar = v
		}
	}
	for _, dir := range strings.Split(pathVar, ":") {
		if p := path.Join("/", dir, prog); exists(p) {
			return p, nil
		}
	}
	return "", fmt.Errorf("%w: entrypoint %q not found in the image's PATH", ErrBadSpec, prog)
}
