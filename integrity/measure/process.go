package measure

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// Errors returned by this package; match them with errors.Is.
var (
	// ErrNoProcess: the process does not exist (or exited while measured).
	ErrNoProcess = errors.New("measure: no such process")
	// ErrChanged: the process was replaced (different start time) while it
	// was being measured; measure again.
	ErrChanged = errors.New("measure: process changed during measurement")
	// ErrMalformed: /proc text or an encoding could not be parsed.
	ErrMalformed = errors.New("measure: malformed input")
	// ErrTooLarge: a bound of Options or TreeOptions was exceeded.
	ErrTooLarge = errors.New("measure: too large")
	// ErrNotDir: FileTree was given a root that is not a directory.
	ErrNotDir = errors.New("measure: root is not a directory")
)

// Digest is a sha256 digest.
type Digest [sha256.Size]byte

// String is the hex form with the "sha256:" prefix OCI uses.
func (d Digest) String() string { return fmt.Sprintf("sha256:%x", d[:]) }

// IsZero reports whether d is all zeros (no digest taken).
func (d Digest) IsZero() bool { return d == Digest{} }

// Options bound and select what Observe reads. The zero value measures
// everything with the default bounds.
type Options struct {
	// ProcRoot is the procfs mount point; "" means "/proc".
	ProcRoot string
	// SkipMappings skips hashing the executable mappings (the exe itself is
	// always hashed).
	SkipMappings bool
	// SkipSockets skips the listening-socket probe.
	SkipSockets bool
	// MaxFileBytes bounds the bytes hashed per executable or mapping
	// (default 1 GiB).
	MaxFileBytes int64
	// MaxTextBytes bounds each /proc text file read (default 4 MiB).
	MaxTextBytes int64
	// MaxItems bounds argv, env, mappings, sockets and fds each (default 65536).
	MaxItems int
}

const (
	defaultMaxFileBytes = 1 << 30
	defaultMaxTextBytes = 4 << 20
	defaultMaxItems     = 1 << 16
)

func (o Options) withDefaults() Options {
	if o.ProcRoot == "" {
		o.ProcRoot = "/proc"
	}
	if o.MaxFileBytes <= 0 {
		o.MaxFileBytes = defaultMaxFileBytes
	}
	if o.MaxTextBytes <= 0 {
		o.MaxTextBytes = defaultMaxTextBytes
	}
	if o.MaxItems <= 0 {
		o.MaxItems = defaultMaxItems
	}
	return o
}

// Process is one observation of a running process. Lists are in canonical
// order (see CanonicalBytes), so two observations of an unchanged process
// are byte-identical.
type Process struct {
	PID int32
	// BootID is /proc/sys/kernel/random/boot_id; with StartTime it names one
	// process instance across reboots.
	BootID string
	// StartTime is field 22 of /proc/PID/stat: clock ticks after boot. A
	// restart changes it.
	StartTime uint64
	// PPID is the parent process id.
	PPID int32
	// UID and GID are the real uid and gid from /proc/PID/status.
	UID, GID uint32
	Exe      Executable
	// Argv is /proc/PID/cmdline split at NULs, in order.
	Argv []string
	// Env is /proc/PID/environ: names with the sha256 of their values, sorted
	// by name. A name given twice keeps both entries (the exec'd program sees
	// the first; the duplicate is itself suspicious).
	Env []EnvVar
	// Cgroup is /proc/PID/cgroup, trimmed.
	Cgroup string
	// Namespaces are the /proc/PID/ns/* ids, sorted by type.
	Namespaces []Namespace
	// Mappings are the distinct file-backed executable mappings, sorted by
	// path then inode. Nil when Options.SkipMappings.
	Mappings []Mapping
	// Sockets are the listening TCP sockets and bound UDP sockets the process
	// holds, sorted. Nil when Options.SkipSockets.
	Sockets []Socket
}

// Executable is the program image of the process.
type Executable struct {
	// Path is the executable's path as the kernel reports it (readlink of
	// /proc/PID/exe), without the " (deleted)" suffix.
	Path string
	// Digest is sha256 of the inode that runs, read through /proc/PID/exe.
	Digest Digest
	// Size is its size in bytes.
	Size int64
	// Dev and Inode identify the running inode.
	Dev, Inode uint64
	// Replaced is set when the file now at Path is not the running inode
	// (replaced on disk, or deleted: then PathDigest is zero).
	Replaced bool
	// PathDigest is sha256 of the file now at Path when Replaced; zero
	// otherwise (same inode, same bytes) or when the path is gone.
	PathDigest Digest
}

// EnvVar is one environment entry, the value replaced by its sha256.
type EnvVar struct {
	Name      string
	ValueHash Digest
}

// Namespace is one /proc/PID/ns entry, e.g. {"net", 4026531840}.
type Namespace struct {
	Type string
	ID   uint64
}

// Mapping is one distinct file-backed executable mapping.
type Mapping struct {
	Path       string
	Dev, Inode uint64
	// Digest is sha256 of the mapped inode (through /proc/PID/map_files), or
	// of the file at Path if map_files is unavailable.
	Digest Digest
}

// Socket is one listening (TCP) or bound (UDP) socket of the process.
type Socket struct {
	// Proto is "tcp", "tcp6", "udp" or "udp6".
	Proto string
	// Addr is the local IP address (4 or 16 bytes as text, e.g. "0.0.0.0").
	Addr string
	Port uint16
	// Inode is the socket inode; it changes when the socket is reopened, so
	// appraisal should compare (Proto, Addr, Port) only.
	Inode uint64
}

// Observe measures process pid. It fails with ErrNoProcess if the process
// does not exist and ErrChanged if it was replaced during the measurement.
func Observe(ctx context.Context, pid int, opts Options) (*Process, error) {
	o := opts.withDefaults()
	if pid <= 0 || pid > 1<<22 {
		return nil, fmt.Errorf("%w: pid %d", ErrNoProcess, pid)
	}
	dir := filepath.Join(o.ProcRoot, strconv.Itoa(pid))
	p := &Process{PID: int32(pid)}

	st, err := readStat(dir, o)
	if err != nil {
		return nil, err
	}
	p.StartTime, p.PPID = st.startTime, st.ppid
	if b, err := readBounded(filepath.Join(o.ProcRoot, "sys/kernel/random/boot_id"), 64); err == nil {
		p.BootID = strings.TrimSpace(string(b))
	}
	steps := []func() error{
		func() error { return p.readStatus(dir, o) },
		func() error { return p.readExe(ctx, dir, o) },
		func() error { return p.readCmdline(dir, o) },
		func() error { return p.readEnviron(dir, o) },
		func() error { return p.readCgroup(dir, o) },
		func() error { return p.readNamespaces(dir) },
	}
	if !o.SkipMappings {
		steps = append(steps, func() error { return p.readMappings(ctx, dir, o) })
	}
	if !o.SkipSockets {
		steps = append(steps, func() error { return p.readSockets(dir, o) })
	}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := step(); err != nil {
			return nil, err
		}
	}
	// The pid may have been reused by a new process while we read: every
	// file above would then describe a mix of two processes.
	st2, err := readStat(dir, o)
	if err != nil {
		return nil, err
	}
	if st2.startTime != p.StartTime {
		return nil, fmt.Errorf("%w: pid %d start time %d then %d", ErrChanged, pid, p.StartTime, st2.startTime)
	}
	return p, nil
}

// procErr maps a /proc read error: a vanished process is ErrNoProcess.
func procErr(what string, err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ESRCH) {
		return fmt.Errorf("%w: %s: %v", ErrNoProcess, what, err)
	}
	return fmt.Errorf("measure: %s: %w", what, err)
}

func readBounded(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %s exceeds %d bytes", ErrTooLarge, path, max)
	}
	return b, nil
}

type stat struct {
	ppid      int32
	startTime uint64
}

func readStat(dir string, o Options) (stat, error) {
	b, err := readBounded(filepath.Join(dir, "stat"), o.MaxTextBytes)
	if err != nil {
		return stat{}, procErr("stat", err)
	}
	ppid, start, err := ParseStat(b)
	return stat{ppid: ppid, startTime: start}, err
}

// ParseStat parses /proc/PID/stat and returns the parent pid and start time.
// The command name sits in parentheses and may itself contain ") ", so the
// fields are counted from the last ')'.
func ParseStat(b []byte) (ppid int32, startTime uint64, err error) {
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, 0, fmt.Errorf("%w: stat without ')'", ErrMalformed)
	}
	f := strings.Fields(string(b[i+1:]))
	// After ')' come state (field 3) ... starttime (field 22): index 19.
	if len(f) < 20 {
		return 0, 0, fmt.Errorf("%w: stat has %d fields after comm", ErrMalformed, len(f))
	}
	pp, err := strconv.ParseInt(f[1], 10, 32)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: stat ppid %q", ErrMalformed, f[1])
	}
	start, err := strconv.ParseUint(f[19], 10, 64)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: stat starttime %q", ErrMalformed, f[19])
	}
	return int32(pp), start, nil
}

func (p *Process) readStatus(dir string, o Options) error {
	b, err := readBounded(filepath.Join(dir, "status"), o.MaxTextBytes)
	if err != nil {
		return procErr("status", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "Uid" && k != "Gid") {
			continue
		}
		f := strings.Fields(v)
		if len(f) == 0 {
			return fmt.Errorf("%w: status %s line %q", ErrMalformed, k, line)
		}
		n, err := strconv.ParseUint(f[0], 10, 32)
		if err != nil {
			return fmt.Errorf("%w: status %s line %q", ErrMalformed, k, line)
		}
		if k == "Uid" {
			p.UID = uint32(n)
		} else {
			p.GID = uint32(n)
		}
	}
	return nil
}

// hashFile hashes at most max bytes of an open file and fails beyond.
func hashFile(ctx context.Context, f *os.File, max int64) (Digest, int64, error) {
	h := sha256.New()
	n, err := io.Copy(h, io.LimitReader(ctxReader{ctx, f}, max+1))
	if err != nil {
		return Digest{}, n, err
	}
	if n > max {
		return Digest{}, n, fmt.Errorf("%w: %s exceeds %d bytes", ErrTooLarge, f.Name(), max)
	}
	var d Digest
	h.Sum(d[:0])
	return d, n, nil
}

// ctxReader stops a long hash when the context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

func devIno(fi fs.FileInfo) (uint64, uint64) {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Dev), st.Ino
	}
	return 0, 0
}

func (p *Process) readExe(ctx context.Context, dir string, o Options) error {
	link := filepath.Join(dir, "exe")
	target, err := os.Readlink(link)
	if err != nil {
		return procErr("exe", err)
	}
	p.Exe.Path = strings.TrimSuffix(target, " (deleted)")
	// Opening the magic link opens the running inode itself, even when the
	// path now names another file or nothing.
	f, err := os.Open(link)
	if err != nil {
		return procErr("exe", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return procErr("exe", err)
	}
	p.Exe.Dev, p.Exe.Inode = devIno(fi)
	if p.Exe.Digest, p.Exe.Size, err = hashFile(ctx, f, o.MaxFileBytes); err != nil {
		return procErr("exe", err)
	}
	// The path is resolved in the process's own root (a container's
	// rootfs), via /proc/PID/root.
	onDisk := inProcRoot(dir, p.Exe.Path)
	df, err := os.Open(onDisk)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			p.Exe.Replaced = true
			return nil
		}
		return procErr("exe path", err)
	}
	defer df.Close()
	dfi, err := df.Stat()
	if err != nil {
		return procErr("exe path", err)
	}
	if dev, ino := devIno(dfi); dev == p.Exe.Dev && ino == p.Exe.Inode {
		return nil
	}
	p.Exe.Replaced = true
	if p.Exe.PathDigest, _, err = hashFile(ctx, df, o.MaxFileBytes); err != nil {
		return procErr("exe path", err)
	}
	return nil
}

// splitNul splits NUL-terminated strings; a missing final NUL is tolerated
// (a process may rewrite its argv area).
func splitNul(b []byte, max int) ([]string, error) {
	b = bytes.TrimSuffix(b, []byte{0})
	if len(b) == 0 {
		return nil, nil
	}
	parts := bytes.Split(b, []byte{0})
	if len(parts) > max {
		return nil, fmt.Errorf("%w: %d items > %d", ErrTooLarge, len(parts), max)
	}
	out := make([]string, len(parts))
	for i, s := range parts {
		out[i] = string(s)
	}
	return out, nil
}

func (p *Process) readCmdline(dir string, o Options) error {
	b, err := readBounded(filepath.Join(dir, "cmdline"), o.MaxTextBytes)
	if err != nil {
		return procErr("cmdline", err)
	}
	p.Argv, err = splitNul(b, o.MaxItems)
	return err
}

func (p *Process) readEnviron(dir string, o Options) error {
	b, err := readBounded(filepath.Join(dir, "environ"), o.MaxTextBytes)
	if err != nil {
		return procErr("environ", err)
	}
	p.Env, err = ParseEnviron(b, o.MaxItems)
	return err
}

// ParseEnviron parses NUL-separated NAME=value entries into names and value
// hashes, sorted by name (stable for duplicates, then by hash). The values
// are dropped as soon as they are hashed. An entry without '=' is kept as a
// name with the hash of the empty value, as the C library would ignore it
// but its presence is still an observation.
func ParseEnviron(b []byte, max int) ([]EnvVar, error) {
	entries, err := splitNul(b, max)
	if err != nil {
		return nil, err
	}
	env := make([]EnvVar, 0, len(entries))
	for _, e := range entries {
		name, value, _ := strings.Cut(e, "=")
		env = append(env, EnvVar{Name: name, ValueHash: sha256.Sum256([]byte(value))})
	}
	sortEnv(env)
	return env, nil
}

func sortEnv(env []EnvVar) {
	sort.SliceStable(env, func(i, j int) bool { return envLess(env[i], env[j]) })
}

func envLess(a, b EnvVar) bool {
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	return bytes.Compare(a.ValueHash[:], b.ValueHash[:]) < 0
}

func (p *Process) readCgroup(dir string, o Options) error {
	b, err := readBounded(filepath.Join(dir, "cgroup"), o.MaxTextBytes)
	if err != nil {
		return procErr("cgroup", err)
	}
	p.Cgroup = strings.TrimSpace(string(b))
	return nil
}

var nsTypes = []string{"cgroup", "ipc", "mnt", "net", "pid", "pid_for_children", "time", "time_for_children", "user", "uts"}

func (p *Process) readNamespaces(dir string) error {
	for _, t := range nsTypes { // already sorted
		target, err := os.Readlink(filepath.Join(dir, "ns", t))
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && t != "pid" && t != "mnt" {
				continue // older kernels lack time/cgroup namespaces
			}
			return procErr("ns/"+t, err)
		}
		id, err := ParseNamespaceLink(t, target)
		if err != nil {
			return err
		}
		p.Namespaces = append(p.Namespaces, Namespace{Type: t, ID: id})
	}
	return nil
}

// ParseNamespaceLink parses a /proc/PID/ns link target such as
// "net:[4026531840]"; the prefix must be the namespace's kind (a
// pid_for_children link reads "pid:[...]").
func ParseNamespaceLink(typ, target string) (uint64, error) {
	kind := strings.TrimSuffix(typ, "_for_children")
	rest, ok := strings.CutPrefix(target, kind+":[")
	if !ok || !strings.HasSuffix(rest, "]") {
		return 0, fmt.Errorf("%w: ns %s link %q", ErrMalformed, typ, target)
	}
	id, err := strconv.ParseUint(strings.TrimSuffix(rest, "]"), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: ns %s link %q", ErrMalformed, typ, target)
	}
	return id, nil
}

// inProcRoot maps a path the kernel printed for the process (exe, maps) to
// a path that opens it through /proc/PID/root. The kernel prints paths
// relative to the reader's root: for a process chrooted below our root the
// path starts with the chroot's own path, which is stripped; a path outside
// (another mount namespace, pivot_root) is already relative to the
// process's root.
func inProcRoot(dir, p string) string {
	if root, err := os.Readlink(filepath.Join(dir, "root")); err == nil && root != "/" {
		if rest, ok := strings.CutPrefix(p, root+"/"); ok {
			p = "/" + rest
		}
	}
	return filepath.Join(dir, "root", p)
}
