package measure

import (
	"context"
	"os"
	"testing"
)

func FuzzParseStat(f *testing.F) {
	if b, err := os.ReadFile("/proc/self/stat"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("1 (a) b)) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 99 0 0"))
	f.Fuzz(func(t *testing.T, b []byte) { ParseStat(b) })
}

func FuzzParseMaps(f *testing.F) {
	if b, err := os.ReadFile("/proc/self/maps"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { ParseMaps(b, 1000) })
}

func FuzzParseNetTable(f *testing.F) {
	for _, p := range []string{"tcp", "tcp6", "udp"} {
		if b, err := os.ReadFile("/proc/self/net/" + p); err == nil {
			f.Add(b, p == "tcp6")
		}
	}
	f.Fuzz(func(t *testing.T, b []byte, v6 bool) {
		es, err := ParseNetTable(b, v6, 1000)
		if err == nil && len(es) > 1000 {
			t.Fatal("bound ignored")
		}
	})
}

func FuzzParseEnviron(f *testing.F) {
	f.Add([]byte("A=1\x00B=2\x00A=3\x00noeq\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		env, err := ParseEnviron(b, 1000)
		if err != nil {
			return
		}
		for i := 1; i < len(env); i++ {
			if envLess(env[i], env[i-1]) {
				t.Fatal("not sorted")
			}
		}
	})
}

func FuzzParseNamespaceLink(f *testing.F) {
	f.Add("net", "net:[4026531840]")
	f.Fuzz(func(t *testing.T, typ, link string) { ParseNamespaceLink(typ, link) })
}

func FuzzDecodeProcess(f *testing.F) {
	if p, err := Observe(context.Background(), os.Getpid(), Options{}); err == nil {
		f.Add(p.CanonicalBytes())
		p.Sockets, p.Mappings = nil, nil
		f.Add(p.CanonicalBytes())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := DecodeProcess(b)
		if err != nil {
			return
		}
		if string(p.CanonicalBytes()) != string(b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}

func FuzzDecodeTree(f *testing.F) {
	dir := f.TempDir()
	writeTree(f, dir)
	if tr, err := FileTree(context.Background(), dir, TreeOptions{}); err == nil {
		f.Add(tr.CanonicalBytes())
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		tr, err := DecodeTree(b)
		if err != nil {
			return
		}
		if string(tr.CanonicalBytes()) != string(b) {
			t.Fatal("accepted a non-canonical encoding")
		}
	})
}
