package measure

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

func fileDigest(t testing.TB, path string) Digest {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// startSleeper runs a copy of sleep from dir with the given env.
func startSleeper(t *testing.T, dir string, env []string) *exec.Cmd {
	t.Helper()
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep binary")
	}
	bin := filepath.Join(dir, "svc")
	copyFile(t, sleep, bin)
	cmd := exec.Command(bin, "600")
	cmd.Env = env
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitAsleep(t, cmd.Process.Pid)
	return cmd
}

// waitAsleep waits until pid sleeps (state S in /proc/pid/stat): sleep is
// dynamically linked, and until it reaches nanosleep the loader is still
// mapping libraries, so two observations could rightly differ. The wait is
// on a state, not a duration; the bound only stops a broken run.
func waitAsleep(t *testing.T, pid int) {
	t.Helper()
	stat := filepath.Join("/proc", strconv.Itoa(pid), "stat")
	for i := 0; i < 30000; i++ {
		b, err := os.ReadFile(stat)
		if err != nil {
			t.Fatal(err)
		}
		// Field 3 follows the last ')' (the command name may hold spaces).
		if j := bytes.LastIndexByte(b, ')'); j >= 0 && j+2 < len(b) && b[j+2] == 'S' {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("process %d never went to sleep", pid)
}

func TestObserveChild(t *testing.T) {
	dir := t.TempDir()
	cmd := startSleeper(t, dir, []string{"FOO=bar", "SECRET=hunter2"})
	p, err := Observe(context.Background(), cmd.Process.Pid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "svc")
	if p.Exe.Path != bin || p.Exe.Digest != fileDigest(t, bin) || p.Exe.Replaced {
		t.Fatalf("exe = %+v", p.Exe)
	}
	if !slices.Equal(p.Argv, []string{bin, "600"}) {
		t.Fatalf("argv = %q", p.Argv)
	}
	want := []EnvVar{{"FOO", sha256.Sum256([]byte("bar"))}, {"SECRET", sha256.Sum256([]byte("hunter2"))}}
	if !slices.Equal(p.Env, want) {
		t.Fatalf("env = %v", p.Env)
	}
	if p.StartTime == 0 || p.BootID == "" || p.PPID != int32(os.Getpid()) {
		t.Fatalf("identity = %d %q %d", p.StartTime, p.BootID, p.PPID)
	}
	if len(p.Namespaces) < 6 || p.Cgroup == "" {
		t.Fatalf("ns = %v cgroup = %q", p.Namespaces, p.Cgroup)
	}
	if !slices.ContainsFunc(p.Mappings, func(m Mapping) bool { return m.Path == bin && m.Digest == p.Exe.Digest }) {
		t.Fatalf("mappings = %v", p.Mappings)
	}
	if p.Sockets == nil || len(p.Sockets) != 0 {
		t.Fatalf("sockets = %v", p.Sockets)
	}
	// Observing again an unchanged process gives the same bytes.
	q, err := Observe(context.Background(), cmd.Process.Pid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if q.Hash() != p.Hash() {
		t.Fatal("two observations of an unchanged process differ")
	}
	// The secret value never appears in the evidence.
	if containsBytes(p.CanonicalBytes(), []byte("hunter2")) {
		t.Fatal("secret in the observation")
	}
}

func containsBytes(b, sub []byte) bool {
	for i := 0; i+len(sub) <= len(b); i++ {
		if string(b[i:i+len(sub)]) == string(sub) {
			return true
		}
	}
	return false
}

func TestObserveBinaryReplacedOnDisk(t *testing.T) {
	dir := t.TempDir()
	cmd := startSleeper(t, dir, nil)
	bin := filepath.Join(dir, "svc")
	orig := fileDigest(t, bin)
	// The attacker swaps the file (a running binary cannot be written in
	// place: ETXTBSY, so a swap is a new inode).
	if err := os.WriteFile(bin, []byte("x"), 0o755); err == nil {
		t.Fatal("wrote a running executable in place")
	}
	evil := filepath.Join(dir, "evil")
	if err := os.WriteFile(evil, []byte("#!/bin/sh\necho evil\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(evil, bin); err != nil {
		t.Fatal(err)
	}
	p, err := Observe(context.Background(), cmd.Process.Pid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Exe.Digest != orig || !p.Exe.Replaced || p.Exe.PathDigest != fileDigest(t, bin) {
		t.Fatalf("exe = %+v", p.Exe)
	}
	// Deleted: replaced with no path digest.
	os.Remove(bin)
	p, err = Observe(context.Background(), cmd.Process.Pid, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Exe.Digest != orig || !p.Exe.Replaced || !p.Exe.PathDigest.IsZero() || p.Exe.Path != bin {
		t.Fatalf("exe = %+v", p.Exe)
	}
}

func TestObserveRestartChangesStartTime(t *testing.T) {
	dir := t.TempDir()
	a := startSleeper(t, dir, nil)
	pa, err := Observe(context.Background(), a.Process.Pid, Options{SkipMappings: true, SkipSockets: true})
	if err != nil {
		t.Fatal(err)
	}
	a.Process.Kill()
	a.Wait()
	if _, err := Observe(context.Background(), a.Process.Pid, Options{}); !errors.Is(err, ErrNoProcess) {
		t.Fatalf("dead process: err = %v", err)
	}
	// Start time has clock-tick (10ms) resolution.
	time.Sleep(30 * time.Millisecond)
	b := startSleeper(t, t.TempDir(), nil)
	pb, err := Observe(context.Background(), b.Process.Pid, Options{SkipMappings: true, SkipSockets: true})
	if err != nil {
		t.Fatal(err)
	}
	if pb.StartTime <= pa.StartTime {
		t.Fatalf("start times %d then %d", pa.StartTime, pb.StartTime)
	}
}

func TestObserveSockets(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	u, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	// A connected (not listening) socket is not reported.
	c, err := net.Dial("tcp", l.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	p, err := Observe(context.Background(), os.Getpid(), Options{SkipMappings: true})
	if err != nil {
		t.Fatal(err)
	}
	tport := uint16(l.Addr().(*net.TCPAddr).Port)
	uport := uint16(u.LocalAddr().(*net.UDPAddr).Port)
	var gotT, gotU bool
	for _, s := range p.Sockets {
		switch {
		case s.Proto == "tcp" && s.Port == tport && s.Addr == "127.0.0.1":
			gotT = true
		case s.Proto == "udp" && s.Port == uport && s.Addr == "127.0.0.1":
			gotU = true
		case s.Port == uint16(c.LocalAddr().(*net.TCPAddr).Port):
			t.Fatalf("connected socket reported: %+v", s)
		}
	}
	if !gotT || !gotU {
		t.Fatalf("sockets = %+v, want tcp %d and udp %d", p.Sockets, tport, uport)
	}
}

func TestObserveBadPID(t *testing.T) {
	for _, pid := range []int{0, -1, 1 << 30} {
		if _, err := Observe(context.Background(), pid, Options{}); !errors.Is(err, ErrNoProcess) {
			t.Errorf("pid %d: err = %v", pid, err)
		}
	}
}

func TestObserveBounds(t *testing.T) {
	cmd := startSleeper(t, t.TempDir(), []string{"A=1", "B=2", "C=3"})
	if _, err := Observe(context.Background(), cmd.Process.Pid, Options{MaxItems: 2}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if _, err := Observe(context.Background(), cmd.Process.Pid, Options{MaxFileBytes: 10}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
}

func TestProcessEncodingRoundTrip(t *testing.T) {
	p, err := Observe(context.Background(), os.Getpid(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := p.CanonicalBytes()
	q, err := DecodeProcess(b)
	if err != nil {
		t.Fatal(err)
	}
	if string(q.CanonicalBytes()) != string(b) {
		t.Fatal("round trip differs")
	}
	// Not measured (nil) and measured-empty encode differently.
	p.Sockets, q.Sockets = nil, []Socket{}
	if p.Hash() == q.Hash() {
		t.Fatal("nil and empty sockets encode alike")
	}
	// Unsorted lists are refused: the encoding must be unique.
	bad := *q
	bad.Env = []EnvVar{{Name: "Z"}, {Name: "A"}}
	if _, err := DecodeProcess(bad.CanonicalBytes()); !errors.Is(err, ErrMalformed) {
		t.Fatalf("unsorted env: err = %v", err)
	}
	if _, err := DecodeProcess(append(b, 0)); !errors.Is(err, ErrMalformed) {
		t.Fatalf("trailing byte: err = %v", err)
	}
	if _, err := DecodeProcess(b[:len(b)-1]); !errors.Is(err, ErrMalformed) {
		t.Fatalf("truncated: err = %v", err)
	}
}

func TestParseStatCommWithParens(t *testing.T) {
	line := "42 (a) b) (c) S 7 42 42 0 -1 4194560 1 0 0 0 0 0 0 0 20 0 1 0 123456 1000 10\n"
	ppid, start, err := ParseStat([]byte(line))
	if err != nil || ppid != 7 || start != 123456 {
		t.Fatalf("ParseStat = %d %d %v", ppid, start, err)
	}
	for _, bad := range []string{"", "1 (x S 1", "1 (x) S 1 2 3", "1 (x) S q 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 z"} {
		if _, _, err := ParseStat([]byte(bad)); !errors.Is(err, ErrMalformed) {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
}

func TestParseNetTable(t *testing.T) {
	tcp := "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n" +
		"   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n"
	es, err := ParseNetTable([]byte(tcp), false, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Local.String() != "127.0.0.1:8080" || es[0].State != tcpListen || es[0].Inode != 12345 {
		t.Fatalf("entries = %+v", es)
	}
	tcp6 := "header\n   0: 00000000000000000000000001000000:0050 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 777 1\n"
	es, err = ParseNetTable([]byte(tcp6), true, 10)
	if err != nil {
		t.Fatal(err)
	}
	if es[0].Local.String() != "[::1]:80" {
		t.Fatalf("v6 = %v", es[0].Local)
	}
	if _, err := ParseNetTable([]byte(tcp), false, 0); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("bound: err = %v", err)
	}
	if _, err := ParseNetTable([]byte("h\n 0: zz:1 0:0 0A a b c d e f\n"), false, 10); !errors.Is(err, ErrMalformed) {
		t.Fatalf("bad: err = %v", err)
	}
}

func TestParseMapsPathWithSpaces(t *testing.T) {
	m := "00400000-00452000 r-xp 00000000 08:02 173521      /usr/bin/my prog (deleted)\n" +
		"7ffd-7ffe rw-p 00000000 00:00 0          [stack]\n"
	es, err := ParseMaps([]byte(m), 10)
	if err != nil {
		t.Fatal(err)
	}
	if es[0].Path != "/usr/bin/my prog (deleted)" || !es[0].Exec() || es[1].Exec() {
		t.Fatalf("entries = %+v", es)
	}
}

func TestParseNamespaceLink(t *testing.T) {
	if id, err := ParseNamespaceLink("pid_for_children", "pid:[4026531836]"); err != nil || id != 4026531836 {
		t.Fatalf("= %d %v", id, err)
	}
	for _, bad := range []string{"net:[1]", "pid:1", "pid:[x]", "pid:[1"} {
		if _, err := ParseNamespaceLink("pid", bad); !errors.Is(err, ErrMalformed) {
			t.Errorf("%q: err = %v", bad, err)
		}
	}
}
