package measure

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"net/netip"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// NetEntry is one socket line of /proc/net/{tcp,tcp6,udp,udp6}.
type NetEntry struct {
	Local netip.AddrPort
	State uint8 // TCP state; 0x0A is LISTEN, 0x07 is CLOSE (an unconnected UDP socket)
	Inode uint64
	// Remote is the peer; unspecified for listening or unconnected sockets.
	Remote netip.AddrPort
}

const (
	tcpListen = 0x0A
	tcpClose  = 0x07
)

// ParseNetTable parses a /proc/net/tcp-style table (the header line is
// skipped), at most max entries. v6 selects the 16-byte address form.
func ParseNetTable(b []byte, v6 bool, max int) ([]NetEntry, error) {
	lines := strings.Split(string(b), "\n")
	var out []NetEntry
	for n, line := range lines {
		if n == 0 || strings.TrimSpace(line) == "" {
			continue // header
		}
		if len(out) >= max {
			return nil, fmt.Errorf("%w: socket table has more than %d entries", ErrTooLarge, max)
		}
		f := strings.Fields(line)
		// sl local rem st tx:rx tr:tm retrnsmt uid timeout inode
		if len(f) < 10 {
			return nil, fmt.Errorf("%w: socket line %d %q", ErrMalformed, n+1, line)
		}
		local, err1 := parseHexAddrPort(f[1], v6)
		remote, err2 := parseHexAddrPort(f[2], v6)
		st, err3 := strconv.ParseUint(f[3], 16, 8)
		ino, err4 := strconv.ParseUint(f[9], 10, 64)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("%w: socket line %d %q: %v", ErrMalformed, n+1, line, err)
		}
		out = append(out, NetEntry{Local: local, Remote: remote, State: uint8(st), Inode: ino})
	}
	return out, nil
}

// parseHexAddrPort parses "0100007F:1F90": the address is printed as native
// endian 32-bit words (%08X of the network-order word), the port in host
// order.
func parseHexAddrPort(s string, v6 bool) (netip.AddrPort, error) {
	a, p, ok := strings.Cut(s, ":")
	words := 1
	if v6 {
		words = 4
	}
	if !ok || len(a) != 8*words || len(p) != 4 {
		return netip.AddrPort{}, fmt.Errorf("address %q", s)
	}
	var raw [16]byte
	for i := 0; i < words; i++ {
		w, err := strconv.ParseUint(a[8*i:8*i+8], 16, 32)
		if err != nil {
			return netip.AddrPort{}, fmt.Errorf("address %q", s)
		}
		binary.NativeEndian.PutUint32(raw[4*i:], uint32(w))
	}
	port, err := strconv.ParseUint(p, 16, 16)
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("port %q", s)
	}
	var addr netip.Addr
	if v6 {
		addr = netip.AddrFrom16(raw)
	} else {
		addr = netip.AddrFrom4([4]byte(raw[:4]))
	}
	return netip.AddrPortFrom(addr, uint16(port)), nil
}

// socketInodes returns the inodes of the sockets among the process's fds.
func socketInodes(dir string, max int) (map[uint64]bool, error) {
	fdDir := filepath.Join(dir, "fd")
	d, err := os.Open(fdDir)
	if err != nil {
		return nil, procErr("fd", err)
	}
	defer d.Close()
	names, err := d.Readdirnames(max + 1)
	if err != nil && len(names) == 0 {
		return map[uint64]bool{}, nil // no fds at all reads as EOF
	}
	if len(names) > max {
		return nil, fmt.Errorf("%w: more than %d fds", ErrTooLarge, max)
	}
	inodes := map[uint64]bool{}
	for _, n := range names {
		t, err := os.Readlink(filepath.Join(fdDir, n))
		if err != nil {
			continue // fd closed meanwhile
		}
		if rest, ok := strings.CutPrefix(t, "socket:["); ok {
			if ino, err := strconv.ParseUint(strings.TrimSuffix(rest, "]"), 10, 64); err == nil {
				inodes[ino] = true
			}
		}
	}
	return inodes, nil
}

func (p *Process) readSockets(dir string, o Options) error {
	inodes, err := socketInodes(dir, o.MaxItems)
	if err != nil {
		return err
	}
	p.Sockets = []Socket{}
	if len(inodes) == 0 {
		return nil
	}
	for _, proto := range []string{"tcp", "tcp6", "udp", "udp6"} {
		// /proc/PID/net is the table of the process's network namespace.
		b, err := readBounded(filepath.Join(dir, "net", proto), o.MaxTextBytes*4)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && (proto == "tcp6" || proto == "udp6") {
				continue // IPv6 disabled
			}
			return procErr("net/"+proto, err)
		}
		entries, err := ParseNetTable(b, strings.HasSuffix(proto, "6"), o.MaxItems*4)
		if err != nil {
			return err
		}
		udp := strings.HasPrefix(proto, "udp")
		for _, e := range entries {
			if !inodes[e.Inode] {
				continue
			}
			if (!udp && e.State != tcpListen) || (udp && e.State != tcpClose) {
				continue
			}
			p.Sockets = append(p.Sockets, Socket{Proto: proto, Addr: e.Local.Addr().String(), Port: e.Local.Port(), Inode: e.Inode})
		}
	}
	sortSockets(p.Sockets)
	return nil
}

func socketLess(a, b Socket) bool {
	if a.Proto != b.Proto {
		return a.Proto < b.Proto
	}
	if a.Port != b.Port {
		return a.Port < b.Port
	}
	if a.Addr != b.Addr {
		return a.Addr < b.Addr
	}
	return a.Inode < b.Inode
}

func sortSockets(s []Socket) {
	sort.Slice(s, func(i, j int) bool { return socketLess(s[i], s[j]) })
}
