package runtime_test

import (
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	cri "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/teerollup/teerollup/integrity/oci"
	"github.com/teerollup/teerollup/integrity/runtime"
)

// fakeCRI replays testdata/containerd over a real gRPC server.
type fakeCRI struct {
	cri.UnimplementedRuntimeServiceServer
	cri.UnimplementedImageServiceServer
	t        *testing.T
	imageID  string
	manifest string
	pid      int
	mu       sync.Mutex
	calls    []string
	pulled   string
}

func (f *fakeCRI) load(name string, m proto.Message) {
	b, err := os.ReadFile(filepath.Join("testdata/containerd", name))
	if err != nil {
		f.t.Fatal(err)
	}
	s := strings.NewReplacer("{{IMAGE_ID}}", f.imageID, "{{PID}}", strconv.Itoa(f.pid), "{{MANIFEST}}", f.manifest).Replace(string(b))
	if err := protojson.Unmarshal([]byte(s), m); err != nil {
		f.t.Fatalf("%s: %v", name, err)
	}
}

func (f *fakeCRI) call(name string) {
	f.mu.Lock()
	f.calls = append(f.calls, name)
	f.mu.Unlock()
}

func (f *fakeCRI) PullImage(_ context.Context, r *cri.PullImageRequest) (*cri.PullImageResponse, error) {
	f.call("PullImage")
	f.pulled = r.Image.GetImage()
	m := &cri.PullImageResponse{}
	f.load("pull_image.json", m)
	return m, nil
}

func (f *fakeCRI) ImageStatus(context.Context, *cri.ImageStatusRequest) (*cri.ImageStatusResponse, error) {
	f.call("ImageStatus")
	m := &cri.ImageStatusResponse{}
	f.load("image_status.json", m)
	return m, nil
}

func (f *fakeCRI) RunPodSandbox(context.Context, *cri.RunPodSandboxRequest) (*cri.RunPodSandboxResponse, error) {
	f.call("RunPodSandbox")
	m := &cri.RunPodSandboxResponse{}
	f.load("run_pod_sandbox.json", m)
	return m, nil
}

func (f *fakeCRI) CreateContainer(_ context.Context, r *cri.CreateContainerRequest) (*cri.CreateContainerResponse, error) {
	f.call("CreateContainer")
	if r.Config.GetImage().GetImage() != f.imageID {
		f.t.Errorf("container from image %q", r.Config.GetImage().GetImage())
	}
	m := &cri.CreateContainerResponse{}
	f.load("create_container.json", m)
	return m, nil
}

func (f *fakeCRI) StartContainer(context.Context, *cri.StartContainerRequest) (*cri.StartContainerResponse, error) {
	f.call("StartContainer")
	return &cri.StartContainerResponse{}, nil
}

func (f *fakeCRI) ContainerStatus(_ context.Context, r *cri.ContainerStatusRequest) (*cri.ContainerStatusResponse, error) {
	f.call("ContainerStatus")
	m := &cri.ContainerStatusResponse{}
	f.load("container_status.json", m)
	if r.ContainerId != m.Status.Id {
		return nil, errNotFound
	}
	return m, nil
}

func (f *fakeCRI) StopContainer(context.Context, *cri.StopContainerRequest) (*cri.StopContainerResponse, error) {
	f.call("StopContainer")
	return &cri.StopContainerResponse{}, nil
}

func (f *fakeCRI) RemoveContainer(context.Context, *cri.RemoveContainerRequest) (*cri.RemoveContainerResponse, error) {
	f.call("RemoveContainer")
	return &cri.RemoveContainerResponse{}, nil
}

func (f *fakeCRI) StopPodSandbox(context.Context, *cri.StopPodSandboxRequest) (*cri.StopPodSandboxResponse, error) {
	f.call("StopPodSandbox")
	return &cri.StopPodSandboxResponse{}, nil
}

func (f *fakeCRI) RemovePodSandbox(context.Context, *cri.RemovePodSandboxRequest) (*cri.RemovePodSandboxResponse, error) {
	f.call("RemovePodSandbox")
	return &cri.RemovePodSandboxResponse{}, nil
}

func startCRI(t *testing.T, imageID, manifest string) (*fakeCRI, *runtime.Containerd) {
	f := &fakeCRI{t: t, imageID: imageID, manifest: manifest, pid: 31337}
	// A short socket path: unix socket paths are limited to 108 bytes.
	dir, err := os.MkdirTemp("", "cri")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	sock := filepath.Join(dir, "containerd.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	cri.RegisterRuntimeServiceServer(srv, f)
	cri.RegisterImageServiceServer(srv, f)
	go srv.Serve(l)
	t.Cleanup(srv.Stop)
	return f, &runtime.Containerd{Endpoint: "unix://" + sock}
}

const criContainerID = "9a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"

func TestContainerdDeployRecorded(t *testing.T) {
	ctx := context.Background()
	layout, pin := dockerLayout(t)
	f, c := startCRI(t, pin.Config.String(), pin.Manifest.String())
	inst, err := c.Deploy(ctx, runtime.Spec{Repository: "ghcr.io/teerollup/svc", Layout: layout, Image: oci.Pin{Manifest: pin.Manifest}, Env: []string{"LOG=info"}})
	if err != nil {
		t.Fatal(err)
	}
	if inst.ID != criContainerID || inst.PID != 31337 || inst.Image.Config != pin.Config || inst.Started.IsZero() {
		t.Fatalf("instance = %+v", inst)
	}
	if f.pulled != "ghcr.io/teerollup/svc@"+pin.Manifest.String() {
		t.Fatalf("pulled %q", f.pulled)
	}
	st, err := c.Inspect(ctx, inst.ID)
	if err != nil || !st.Running || st.PID != 31337 {
		t.Fatalf("inspect = %+v %v", st, err)
	}
	if err := c.Stop(ctx, inst.ID); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(f.calls[len(f.calls)-5:], ","); got != "ContainerStatus,StopContainer,RemoveContainer,StopPodSandbox,RemovePodSandbox" {
		t.Fatalf("stop calls = %s", got)
	}
	// Without a layout the pin must name the config.
	if _, err := c.Deploy(ctx, runtime.Spec{Repository: "ghcr.io/teerollup/svc", Image: oci.Pin{Manifest: pin.Manifest}}); !errors.Is(err, runtime.ErrBadSpec) {
		t.Fatalf("no config pinned: %v", err)
	}
	if _, err := c.Deploy(ctx, runtime.Spec{Repository: "ghcr.io/teerollup/svc", Image: pin}); err != nil {
		t.Fatalf("pin with config, no layout: %v", err)
	}
}

func TestContainerdRefusals(t *testing.T) {
	ctx := context.Background()
	layout, pin := dockerLayout(t)
	// containerd reports another image for the pulled digest.
	f, c := startCRI(t, "sha256:"+strings.Repeat("ee", 32), pin.Manifest.String())
	if _, err := c.Deploy(ctx, runtime.Spec{Repository: "ghcr.io/teerollup/svc", Layout: layout, Image: pin}); !errors.Is(err, runtime.ErrImageMismatch) {
		t.Fatalf("other image: %v", err)
	}
	for _, call := range f.calls {
		if call == "CreateContainer" || call == "RunPodSandbox" {
			t.Fatalf("ran the wrong image: %v", f.calls)
		}
	}
	// Tags are refused in the repository.
	for _, repo := range []string{"ghcr.io/teerollup/svc:latest", "svc@sha256:00", ""} {
		if _, err := c.Deploy(ctx, runtime.Spec{Repository: repo, Image: pin}); !errors.Is(err, runtime.ErrBadSpec) {
			t.Errorf("repository %q: %v", repo, err)
		}
	}
	// Unknown container.
	if _, err := c.Inspect(ctx, "nope"); !errors.Is(err, runtime.ErrNotFound) {
		t.Fatalf("unknown: %v", err)
	}
	// A response beyond the message bound.
	_, c = startCRI(t, pin.Config.String(), pin.Manifest.String())
	c.MaxMessageBytes = 64
	if _, err := c.Inspect(ctx, criContainerID); !errors.Is(err, runtime.ErrEngine) {
		t.Fatalf("oversize: %v", err)
	}
}

func FuzzParseCRIInfo(f *testing.F) {
	f.Add(`{"sandboxID":"x","pid":7}`)
	f.Add(`{"pid":-1}`)
	f.Fuzz(func(t *testing.T, s string) {
		pid, _, err := runtime.ParseCRIInfo(s)
		if err == nil && (pid < 0 || pid > 1<<22) {
			t.Fatalf("pid %d accepted", pid)
		}
	})
}

var errNotFound = grpcNotFound()
