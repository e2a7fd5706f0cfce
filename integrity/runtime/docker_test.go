package runtime_test

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/opencontainers/go-digest"
	v1 "github.com/opencontainers/image-spec/specs-go/v1"

	"github.com/teerollup/teerollup/integrity/oci"
	"github.com/teerollup/teerollup/integrity/runtime"
)

// fakeDocker replays the recorded responses of testdata/docker.
type fakeDocker struct {
	t       *testing.T
	imageID string // what the daemon claims the image id is
	pid     int
	mu      sync.Mutex
	calls   []string
	loaded  []byte
	// override maps "METHOD path" to (status, fixture).
	override map[string]struct {
		status  int
		fixture string
	}
}

func (f *fakeDocker) fixture(name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata/docker", name))
	if err != nil {
		f.t.Fatal(err)
	}
	s := strings.ReplaceAll(string(b), "{{IMAGE_ID}}", f.imageID)
	return []byte(strings.ReplaceAll(s, "{{PID}}", strconv.Itoa(f.pid)))
}

const containerID = "e90e34656806f5b2a7c0a1f0b5b0c6c0d7f1a8a4c1d7e2c1e8a1b4c5d6e7f8a9"

func (f *fakeDocker) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.Method + " " + strings.TrimPrefix(r.URL.Path, "/v1.47")
	f.mu.Lock()
	f.calls = append(f.calls, key)
	f.mu.Unlock()
	if o, ok := f.override[key]; ok {
		w.WriteHeader(o.status)
		w.Write(f.fixture(o.fixture))
		return
	}
	reply := func(status int, fixture string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		if fixture != "" {
			w.Write(f.fixture(fixture))
		}
	}
	switch {
	case key == "POST /images/load":
		f.loaded, _ = io.ReadAll(r.Body)
		reply(200, "images_load.json")
	case strings.HasPrefix(key, "GET /images/"):
		if strings.TrimSuffix(strings.TrimPrefix(key, "GET /images/"), "/json") == f.imageID {
			reply(200, "image_inspect.json")
		} else {
			reply(404, "error_image.json")
		}
	case key == "POST /containers/create":
		reply(201, "container_create.json")
	case key == "POST /containers/"+containerID+"/start", key == "POST /containers/"+containerID+"/kill", key == "DELETE /containers/"+containerID:
		reply(204, "")
	case key == "GET /containers/"+containerID+"/json":
		reply(200, "container_inspect.json")
	default:
		reply(404, "error_not_found.json")
	}
}

func dockerLayout(t *testing.T) (string, oci.Pin) {
	dir := t.TempDir()
	pin, err := oci.WriteLayout(dir, oci.ImageSpec{
		Layers: [][]oci.File{{{Path: "usr/bin/svc", Mode: 0o755, Data: []byte("binary")}}},
		Config: v1.ImageConfig{Entrypoint: []string{"/usr/bin/svc"}, Env: []string{"PORT=0"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir, pin
}

func newFake(t *testing.T, imageID string) (*fakeDocker, *runtime.Docker) {
	f := &fakeDocker{t: t, imageID: imageID, pid: 4242}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, &runtime.Docker{Endpoint: srv.URL}
}

func TestDockerDeployRecorded(t *testing.T) {
	ctx := context.Background()
	layout, pin := dockerLayout(t)
	// Classic image store: the image id is the config digest; containerd
	// store: the manifest (or index) digest.
	for _, id := range []string{pin.Config.String(), pin.Manifest.String(), pin.Index.String()} {
		f, d := newFake(t, id)
		inst, err := d.Deploy(ctx, runtime.Spec{Name: "svc", Layout: layout, Image: pin, Env: []string{"LOG=info"}})
		if err != nil {
			t.Fatal(err)
		}
		if inst.ID != containerID || inst.PID != 4242 || inst.Image != pin || inst.Rootfs != "/var/lib/docker/overlay2/c0ffee/merged" {
			t.Fatalf("instance = %+v", inst)
		}
		// The loaded archive is the OCI layout.
		names := map[string]bool{}
		tr := tar.NewReader(bytes.NewReader(f.loaded))
		for h, err := tr.Next(); err == nil; h, err = tr.Next() {
			names[h.Name] = true
		}
		if !names["oci-layout"] || !names["index.json"] || !names["blobs/sha256/"+pin.Manifest.Encoded()] {
			t.Fatalf("loaded archive has %v", names)
		}
		st, err := d.Inspect(ctx, inst.ID)
		if err != nil || !st.Running || st.PID != 4242 {
			t.Fatalf("inspect = %+v %v", st, err)
		}
		if err := d.Stop(ctx, inst.ID); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDockerRefusals: the adapter refuses a tampered layout before talking
// to the daemon, and a daemon that holds another image than the pin.
func TestDockerRefusals(t *testing.T) {
	ctx := context.Background()
	layout, pin := dockerLayout(t)

	// The daemon claims some other image id.
	f, d := newFake(t, "sha256:"+strings.Repeat("ab", 32))
	if _, err := d.Deploy(ctx, runtime.Spec{Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrImageMismatch) {
		t.Fatalf("other image: err = %v", err)
	}
	for _, c := range f.calls {
		if strings.Contains(c, "/containers/") {
			t.Fatalf("created a container from the wrong image: %v", f.calls)
		}
	}

	// Tampered layout: nothing is sent.
	_, opin := dockerLayout(t)
	opin.Config = digest.Digest("sha256:" + strings.Repeat("cd", 32))
	f, d = newFake(t, pin.Config.String())
	if _, err := d.Deploy(ctx, runtime.Spec{Layout: layout, Image: opin}); !errors.Is(err, runtime.ErrImageMismatch) || len(f.calls) != 0 {
		t.Fatalf("tampered: err = %v, calls %v", err, f.calls)
	}

	// Daemon errors are typed and carry the daemon's message.
	f, d = newFake(t, pin.Config.String())
	f.override = map[string]struct {
		status  int
		fixture string
	}{"POST /containers/create": {500, "error_not_found.json"}}
	if _, err := d.Deploy(ctx, runtime.Spec{Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrEngine) || !strings.Contains(err.Error(), "No such container") {
		t.Fatalf("engine error: %v", err)
	}

	// A response larger than the bound is refused.
	f, d = newFake(t, pin.Config.String())
	d.MaxResponseBytes = 64
	if _, err := d.Deploy(ctx, runtime.Spec{Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrEngine) {
		t.Fatalf("oversize: %v", err)
	}

	// Unknown container; ids that would change the request path.
	_, d = newFake(t, pin.Config.String())
	for _, id := range []string{"nope", "", "../images/x", "a?b"} {
		if _, err := d.Inspect(ctx, id); !errors.Is(err, runtime.ErrNotFound) {
			t.Errorf("inspect %q: %v", id, err)
		}
	}

	// An exited container.
	f, d = newFake(t, pin.Config.String())
	f.override = map[string]struct {
		status  int
		fixture string
	}{"GET /containers/" + containerID + "/json": {200, "container_exited.json"}}
	if st, err := d.Inspect(ctx, containerID); err != nil || st.Running || st.ExitCode != 137 {
		t.Fatalf("exited: %+v %v", st, err)
	}
}
