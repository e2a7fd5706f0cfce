package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// ErrNoNetns: the -netns topology needs root and the ip command.
var ErrNoNetns = errors.New("multidevnet: network namespaces need root and the ip command")

// netTopo puts every sequencer in its own network namespace, linked to the
// host's namespace by a veth pair, so committee traffic crosses a real
// (virtual) link:
//
//	host: 10.<o>.0.1/32 on lo      geth and the DAPs listen here
//	host side of veth i: 10.<o>.<i+1>.1/24
//	namespace i:         10.<o>.<i+1>.2/24, default route via .1
//
// The kernel here has no netem qdisc, so link delay is a delaying TCP
// relay (delayRelay) in the host namespace: sequencer j reaches sequencer
// i's peer API at 10.<o>.<i+1>.1:<port>, where a relay holds every byte
// for the one-way delay before forwarding it over veth i to
// 10.<o>.<i+1>.2. Each peer connection passes one relay, so each
// direction sees the one-way delay once (RTT = 2 × delay). The L1, DAP
// and client traffic is not delayed: only the committee is spread over
// the WAN.
type netTopo struct {
	prefix string // namespace and link name prefix
	octet  int
	n      int
	made   []string // namespaces made
	hub    bool
	relays []*delayRelay
}

// hostIP is where the host-namespace services (geth, DAPs) listen.
func (t *netTopo) hostIP() string { return fmt.Sprintf("10.%d.0.1", t.octet) }

// gwIP is the host side of namespace i's link.
func (t *netTopo) gwIP(i int) string { return fmt.Sprintf("10.%d.%d.1", t.octet, i+1) }

// nsIP is namespace i's address.
func (t *netTopo) nsIP(i int) string { return fmt.Sprintf("10.%d.%d.2", t.octet, i+1) }

func (t *netTopo) ns(i int) string { return fmt.Sprintf("%s%d", t.prefix, i) }

func ipCmd(ctx context.Context, args ...string) error {
	out, err := exec.CommandContext(ctx, "ip", args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("ip %s: %w: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// NetnsAvailable reports whether this process can make network
// namespaces (root and ip); the error wraps ErrNoNetns.
func NetnsAvailable() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("%w: not root", ErrNoNetns)
	}
	if _, err := exec.LookPath("ip"); err != nil {
		return fmt.Errorf("%w: %w", ErrNoNetns, err)
	}
	return nil
}

// newNetTopo makes n namespaces. The names carry the process id, and the
// second octet is derived from it, so two runs on one host do not collide.
func newNetTopo(ctx context.Context, n int) (t *netTopo, err error) {
	if err := NetnsAvailable(); err != nil {
		return nil, err
	}
	if n > 250 {
		return nil, errors.New("multidevnet: at most 250 namespaces")
	}
	pid := os.Getpid()
	t = &netTopo{prefix: fmt.Sprintf("tr%d-", pid%100000), n: n}
	defer func() {
		if err != nil {
			t.close()
		}
	}()
	// The hub address is the run's claim on its 10.<o>/16: another run
	// holding it makes adding it fail, and the next octet is tried.
	for try := range 100 {
		t.octet = 100 + (pid+try)%100
		if err = ipCmd(ctx, "addr", "add", t.hostIP()+"/32", "dev", "lo"); err == nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	t.hub = true
	for i := range n {
		ns := t.ns(i)
		host, peer := fmt.Sprintf("%sh", ns), fmt.Sprintf("%sp", ns)
		if err := ipCmd(ctx, "netns", "add", ns); err != nil {
			return nil, err
		}
		t.made = append(t.made, ns)
		for _, args := range [][]string{
			{"link", "add", host, "type", "veth", "peer", "name", peer},
			{"link", "set", peer, "netns", ns},
			{"addr", "add", t.gwIP(i) + "/24", "dev", host},
			{"link", "set", host, "up"},
			{"-n", ns, "link", "set", "lo", "up"},
			{"-n", ns, "addr", "add", t.nsIP(i) + "/24", "dev", peer},
			{"-n", ns, "link", "set", peer, "up"},
			{"-n", ns, "route", "add", "default", "via", t.gwIP(i)},
		} {
			if err := ipCmd(ctx, args...); err != nil {
				return nil, err
			}
		}
	}
	return t, nil
}

// wrap runs bin inside namespace i (ip netns exec execs it: the process's
// pid is the program's, so signals reach it).
func (t *netTopo) wrap(i int, bin string, args []string) (string, []string) {
	return "ip", append([]string{"netns", "exec", t.ns(i), bin}, args...)
}

// relay starts the delaying relay in front of namespace i's listener at
// target (nsIP:port), on the host side of its link at the same port.
func (t *netTopo) relay(i int, target string, delay time.Duration) (string, error) {
	_, port, err := net.SplitHostPort(target)
	if err != nil {
		return "", err
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(t.gwIP(i), port))
	if err != nil {
		return "", err
	}
	r := &delayRelay{ln: ln, target: target, delay: delay}
	go r.serve()
	t.relays = append(t.relays, r)
	return ln.Addr().String(), nil
}

// close stops the relays and removes the namespaces (their veths go with
// them) and the hub address.
func (t *netTopo) close() {
	for _, r := range t.relays {
		r.close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, ns := range t.made {
		_ = ipCmd(ctx, "netns", "del", ns)
	}
	if t.hub {
		_ = ipCmd(ctx, "addr", "del", t.hostIP()+"/32", "dev", "lo")
	}
}

// delayRelay forwards TCP connections to target, holding every chunk read
// for delay before writing it on (per direction, order kept, no bandwidth
// limit: chunks in flight overlap, as packets on a long link do).
type delayRelay struct {
	ln     net.Listener
	target string
	delay  time.Duration

	mu    sync.Mutex
	conns []net.Conn
	done  bool
}

func (r *delayRelay) serve() {
	for {
		c, err := r.ln.Accept()
		if err != nil {
			return
		}
		go r.handle(c)
	}
}

func (r *delayRelay) track(cs ...net.Conn) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.done {
		return false
	}
	r.conns = append(r.conns, cs...)
	return true
}

func (r *delayRelay) handle(in net.Conn) {
	out, err := net.DialTimeout("tcp", r.target, 10*time.Second)
	if err != nil {
		in.Close()
		return
	}
	if !r.track(in, out) {
		in.Close()
		out.Close()
		return
	}
	go r.pipe(out, in)
	r.pipe(in, out)
}

type chunk struct {
	b   []byte
	due time.Time
}

// pipe copies src to dst, each chunk delay after it was read; at EOF or an
// error it closes both ends.
func (r *delayRelay) pipe(dst, src net.Conn) {
	q := make(chan chunk, 4096)
	go func() {
		defer close(q)
		for {
			b := make([]byte, 32<<10)
			n, err := src.Read(b)
			if n > 0 {
				q <- chunk{b[:n], time.Now().Add(r.delay)}
			}
			if err != nil {
				return
			}
		}
	}()
	defer func() {
		dst.Close()
		src.Close()
		for range q {
		}
	}()
	for c := range q {
		if d := time.Until(c.due); d > 0 {
			time.Sleep(d)
		}
		if _, err := dst.Write(c.b); err != nil {
			return
		}
	}
}

func (r *delayRelay) close() {
	r.ln.Close()
	r.mu.Lock()
	r.done = true
	cs := r.conns
	r.conns = nil
	r.mu.Unlock()
	for _, c := range cs {
		c.Close()
	}
}
