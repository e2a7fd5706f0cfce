package measure

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
)

// processMagic versions the encoding; a change of layout changes it.
const processMagic = "posi/measure/process/v1\x00"

// maxEncodedItems bounds each list in DecodeProcess.
const maxEncodedItems = 1 << 16

// CanonicalBytes is the deterministic encoding of the observation: a
// version tag then every field in declaration order, integers big endian,
// strings and lists length-prefixed (uint32), lists in canonical order. It
// is what evidence logs carry and what Hash hashes.
func (p *Process) CanonicalBytes() []byte {
	var w encoder
	w.raw([]byte(processMagic))
	w.u32(uint32(p.PID))
	w.str(p.BootID)
	w.u64(p.StartTime)
	w.u32(uint32(p.PPID))
	w.u32(p.UID)
	w.u32(p.GID)
	w.str(p.Exe.Path)
	w.raw(p.Exe.Digest[:])
	w.u64(uint64(p.Exe.Size))
	w.u64(p.Exe.Dev)
	w.u64(p.Exe.Inode)
	w.bool(p.Exe.Replaced)
	w.raw(p.Exe.PathDigest[:])
	w.u32(uint32(len(p.Argv)))
	for _, a := range p.Argv {
		w.str(a)
	}
	w.u32(uint32(len(p.Env)))
	for _, e := range p.Env {
		w.str(e.Name)
		w.raw(e.ValueHash[:])
	}
	w.str(p.Cgroup)
	w.u32(uint32(len(p.Namespaces)))
	for _, n := range p.Namespaces {
		w.str(n.Type)
		w.u64(n.ID)
	}
	w.optLen(p.Mappings == nil, len(p.Mappings))
	for _, m := range p.Mappings {
		w.str(m.Path)
		w.u64(m.Dev)
		w.u64(m.Inode)
		w.raw(m.Digest[:])
	}
	w.optLen(p.Sockets == nil, len(p.Sockets))
	for _, s := range p.Sockets {
		w.str(s.Proto)
		w.str(s.Addr)
		w.u16(s.Port)
		w.u64(s.Inode)
	}
	return w.b
}

// Hash is sha256 of CanonicalBytes.
func (p *Process) Hash() Digest { return sha256.Sum256(p.CanonicalBytes()) }

// Validate checks that the lists are in canonical order, so that
// CanonicalBytes is the unique encoding of the observation.
func (p *Process) Validate() error {
	for i := 1; i < len(p.Env); i++ {
		if envLess(p.Env[i], p.Env[i-1]) {
			return fmt.Errorf("%w: env not sorted at %d", ErrMalformed, i)
		}
	}
	for i := 1; i < len(p.Namespaces); i++ {
		if p.Namespaces[i].Type <= p.Namespaces[i-1].Type {
			return fmt.Errorf("%w: namespaces not sorted at %d", ErrMalformed, i)
		}
	}
	for i := 1; i < len(p.Mappings); i++ {
		if !mappingLess(p.Mappings[i-1], p.Mappings[i]) {
			return fmt.Errorf("%w: mappings not sorted at %d", ErrMalformed, i)
		}
	}
	for i := 1; i < len(p.Sockets); i++ {
		if !socketLess(p.Sockets[i-1], p.Sockets[i]) {
			return fmt.Errorf("%w: sockets not sorted at %d", ErrMalformed, i)
		}
	}
	if p.Exe.Size < 0 {
		return fmt.Errorf("%w: negative exe size", ErrMalformed)
	}
	return nil
}

// DecodeProcess is the strict inverse of CanonicalBytes: it rejects trailing
// bytes, non-canonical order and lists longer than the input could hold, so
// DecodeProcess(b).CanonicalBytes() == b whenever it succeeds.
func DecodeProcess(b []byte) (*Process, error) {
	r := decoder{b: b}
	if string(r.raw(len(processMagic))) != processMagic {
		return nil, fmt.Errorf("%w: not a process observation", ErrMalformed)
	}
	p := &Process{}
	p.PID = int32(r.u32())
	p.BootID = r.str()
	p.StartTime = r.u64()
	p.PPID = int32(r.u32())
	p.UID = r.u32()
	p.GID = r.u32()
	p.Exe.Path = r.str()
	copy(p.Exe.Digest[:], r.raw(32))
	p.Exe.Size = int64(r.u64())
	p.Exe.Dev = r.u64()
	p.Exe.Inode = r.u64()
	p.Exe.Replaced = r.bool()
	copy(p.Exe.PathDigest[:], r.raw(32))
	if n := r.count(4); n > 0 {
		p.Argv = make([]string, n)
		for i := range p.Argv {
			p.Argv[i] = r.str()
		}
	}
	if n := r.count(4 + 32); n > 0 {
		p.Env = make([]EnvVar, n)
		for i := range p.Env {
			p.Env[i].Name = r.str()
			copy(p.Env[i].ValueHash[:], r.raw(32))
		}
	}
	p.Cgroup = r.str()
	if n := r.count(4 + 8); n > 0 {
		p.Namespaces = make([]Namespace, n)
		for i := range p.Namespaces {
			p.Namespaces[i] = Namespace{Type: r.str(), ID: r.u64()}
		}
	}
	if n, present := r.optCount(4 + 8 + 8 + 32); present {
		p.Mappings = make([]Mapping, n)
		for i := range p.Mappings {
			p.Mappings[i] = Mapping{Path: r.str(), Dev: r.u64(), Inode: r.u64()}
			copy(p.Mappings[i].Digest[:], r.raw(32))
		}
	}
	if n, present := r.optCount(4 + 4 + 2 + 8); present {
		p.Sockets = make([]Socket, n)
		for i := range p.Sockets {
			p.Sockets[i] = Socket{Proto: r.str(), Addr: r.str(), Port: r.u16(), Inode: r.u64()}
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.b))
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return p, nil
}

type encoder struct{ b []byte }

func (w *encoder) raw(b []byte) { w.b = append(w.b, b...) }
func (w *encoder) u16(v uint16) { w.b = binary.BigEndian.AppendUint16(w.b, v) }
func (w *encoder) u32(v uint32) { w.b = binary.BigEndian.AppendUint32(w.b, v) }
func (w *encoder) u64(v uint64) { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *encoder) str(s string) { w.u32(uint32(len(s))); w.b = append(w.b, s...) }
func (w *encoder) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// optLen distinguishes "not measured" (nil) from "measured, none found":
// 0xFFFFFFFF then nothing, or the length.
func (w *encoder) optLen(absent bool, n int) {
	if absent {
		w.u32(^uint32(0))
		return
	}
	w.u32(uint32(n))
}

type decoder struct {
	b   []byte
	err error
}

func (r *decoder) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: truncated or invalid %s", ErrMalformed, what)
	}
	r.b = nil
}

func (r *decoder) raw(n int) []byte {
	if r.err != nil || n < 0 || len(r.b) < n {
		r.fail("field")
		return make([]byte, max(n, 0))
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *decoder) u16() uint16 { return binary.BigEndian.Uint16(r.raw(2)) }
func (r *decoder) u32() uint32 { return binary.BigEndian.Uint32(r.raw(4)) }
func (r *decoder) u64() uint64 { return binary.BigEndian.Uint64(r.raw(8)) }

func (r *decoder) bool() bool {
	switch r.raw(1)[0] {
	case 0:
		return false
	case 1:
		return true
	}
	r.fail("bool")
	return false
}

func (r *decoder) str() string {
	n := r.u32()
	if uint64(n) > uint64(len(r.b)) {
		r.fail("string length")
		return ""
	}
	return string(r.raw(int(n)))
}

// count reads a list length and refuses one the remaining input cannot hold
// at minSize bytes per element, so a 4-byte header cannot make us allocate
// gigabytes.
func (r *decoder) count(minSize int) int {
	n := r.u32()
	if r.err != nil {
		return 0
	}
	if n > maxEncodedItems || uint64(n)*uint64(minSize) > uint64(len(r.b)) {
		r.fail("list length")
		return 0
	}
	return int(n)
}

func (r *decoder) optCount(minSize int) (int, bool) {
	if r.err != nil {
		return 0, false
	}
	if len(r.b) >= 4 && binary.BigEndian.Uint32(r.b) == ^uint32(0) {
		r.b = r.b[4:]
		return 0, false
	}
	n := r.count(minSize)
	return n, r.err == nil
}
