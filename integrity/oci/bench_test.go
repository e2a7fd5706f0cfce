package oci

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"testing"
)

// BenchmarkResolveUnpack: verify and unpack an image of 2 layers, 200
// files of 4 KiB.
func BenchmarkResolveUnpack(b *testing.B) {
	var layers [][]File
	for l := 0; l < 2; l++ {
		var files []File
		for i := 0; i < 100; i++ {
			files = append(files, File{Path: fmt.Sprintf("d%d/f%d", l, i), Mode: 0o644, Data: make([]byte, 4096)})
		}
		files = append([]File{{Path: fmt.Sprintf("d%d", l), Mode: fs.ModeDir | 0o755}}, files...)
		layers = append(layers, files)
	}
	l, pin := build(b, ImageSpec{Layers: layers})
	ctx := context.Background()
	tmp := b.TempDir()
	i := 0
	for b.Loop() {
		im, err := l.Resolve(ctx, pin)
		if err != nil {
			b.Fatal(err)
		}
		i++
		if err := im.Unpack(ctx, filepath.Join(tmp, fmt.Sprint(i)), UnpackOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "images/s")
}
