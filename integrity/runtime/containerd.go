package runtime

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"
	cri "k8s.io/cri-api/pkg/apis/runtime/v1"

	"github.com/teerollup/teerollup/integrity/oci"
)

// Containerd deploys through containerd's CRI plugin (the gRPC
// RuntimeService and ImageService every CRI runtime serves): it pulls the
// image by digest, checks the image id, runs a pod sandbox and one
// container in it. Only tested against recorded responses (see the package
// doc).
type Containerd struct {
	// Endpoint is the gRPC target, default
	// "unix:///run/containerd/containerd.sock".
	Endpoint string
	// Namespace is the pod sandbox namespace, default "posi".
	Namespace string
	// MaxMessageBytes bounds each gRPC response (default 1 MiB).
	MaxMessageBytes int
	// Limits bound the local verification of Spec.Layout when given.
	Limits oci.Limits
	// DialOptions are appended (tests dial a recorded server).
	DialOptions []grpc.DialOption
}

var _ Runtime = (*Containerd)(nil)

func (c *Containerd) dial() (*grpc.ClientConn, error) {
	ep := c.Endpoint
	if ep == "" {
		ep = "unix:///run/containerd/containerd.sock"
	}
	max := c.MaxMessageBytes
	if max <= 0 {
		max = 1 << 20
	}
	opts := append([]grpc.DialOption{
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(max)),
	}, c.DialOptions...)
	conn, err := grpc.NewClient(ep, opts...)
	if err != nil {
		return nil, fmt.Errorf("%w: dial %s: %v", ErrEngine, ep, err)
	}
	return conn, nil
}

func engineErr(op string, err error) error {
	if status.Code(err) == codes.NotFound {
		return fmt.Errorf("%w: %s: %v", ErrNotFound, op, status.Convert(err).Message())
	}
	return fmt.Errorf("%w: %s: %v", ErrEngine, op, err)
}

// Deploy pulls Repository@manifest (or @index when pinned), requires the
// image id containerd reports to be the pinned config digest, and runs it.
// With Spec.Layout set the layout is verified against the pin first (and
// gives the config digest when the pin lacks it); without it the pin must
// name the config.
func (c *Containerd) Deploy(ctx context.Context, spec Spec) (*Instance, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	if spec.Repository == "" {
		return nil, fmt.Errorf("%w: containerd pulls: no repository", ErrBadSpec)
	}
	pin := spec.Image
	if spec.Layout != "" {
		layout, err := oci.OpenLayout(spec.Layout, c.Limits)
		if err != nil {
			return nil, err
		}
		im, err := layout.Resolve(ctx, pin)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrImageMismatch, err)
		}
		pin = im.Pin
	}
	if pin.Config == "" {
		return nil, fmt.Errorf("%w: the pin must name the config digest (or give the layout)", ErrBadSpec)
	}
	ref := spec.Repository + "@" + pin.Manifest.String()
	if pin.Index != "" {
		ref = spec.Repository + "@" + pin.Index.String()
	}
	conn, err := c.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	images, rts := cri.NewImageServiceClient(conn), cri.NewRuntimeServiceClient(conn)

	pulled, err := images.PullImage(ctx, &cri.PullImageRequest{Image: &cri.ImageSpec{Image: ref}})
	if err != nil {
		return nil, engineErr("pull "+ref, err)
	}
	if pulled.ImageRef != pin.Config.String() {
		return nil, fmt.Errorf("%w: pulled %s, containerd says image %s, pinned config %s", ErrImageMismatch, ref, pulled.ImageRef, pin.Config)
	}
	st, err := images.ImageStatus(ctx, &cri.ImageStatusRequest{Image: &cri.ImageSpec{Image: pulled.ImageRef}})
	if err != nil {
		return nil, engineErr("image status", err)
	}
	if st.Image == nil || st.Image.Id != pin.Config.String() {
		return nil, fmt.Errorf("%w: image status %v, pinned config %s", ErrImageMismatch, st.Image, pin.Config)
	}
	name := spec.Name
	if name == "" {
		name = "svc-" + pin.Manifest.Encoded()[:12]
	}
	ns := c.Namespace
	if ns == "" {
		ns = "posi"
	}
	sandbox := &cri.PodSandboxConfig{Metadata: &cri.PodSandboxMetadata{Name: name, Uid: pin.Manifest.Encoded(), Namespace: ns}}
	pod, err := rts.RunPodSandbox(ctx, &cri.RunPodSandboxRequest{Config: sandbox})
	if err != nil {
		return nil, engineErr("run pod sandbox", err)
	}
	cfg := &cri.ContainerConfig{
		Metadata: &cri.ContainerMetadata{Name: name},
		Image:    &cri.ImageSpec{Image: pin.Config.String()},
		Args:     spec.Args,
	}
	for _, e := range spec.Env {
		k, v, _ := strings.Cut(e, "=")
		cfg.Envs = append(cfg.Envs, &cri.KeyValue{Key: k, Value: []byte(v)})
	}
	created, err := rts.CreateContainer(ctx, &cri.CreateContainerRequest{PodSandboxId: pod.PodSandboxId, Config: cfg, SandboxConfig: sandbox})
	if err != nil {
		return nil, engineErr("create container", err)
	}
	if _, err := rts.StartContainer(ctx, &cri.StartContainerRequest{ContainerId: created.ContainerId}); err != nil {
		return nil, engineErr("start container", err)
	}
	s, err := c.inspect(ctx, rts, created.ContainerId)
	if err != nil {
		return nil, err
	}
	if s.Image.Config != pin.Config {
		return nil, fmt.Errorf("%w: container runs image %s, pinned config %s", ErrImageMismatch, s.Image.Config, pin.Config)
	}
	s.Instance.Image = pin
	return &s.Instance, nil
}

// criInfo is the part of containerd's verbose container info we use.
type criInfo struct {
	Pid       int    `json:"pid"`
	SandboxID string `json:"sandboxID"`
}

// ParseCRIInfo parses the "info" entry of a verbose ContainerStatus answer
// of containerd.
func ParseCRIInfo(s string) (pid int, sandboxID string, err error) {
	var info criInfo
	if err := json.Unmarshal([]byte(s), &info); err != nil {
		return 0, "", fmt.Errorf("%w: container info: %v", ErrEngine, err)
	}
	if info.Pid < 0 || info.Pid > 1<<22 {
		return 0, "", fmt.Errorf("%w: container info pid %d", ErrEngine, info.Pid)
	}
	return info.Pid, info.SandboxID, nil
}

type criStatus struct {
	Status
	sandboxID string
}

func (c *Containerd) inspect(ctx context.Context, rts cri.RuntimeServiceClient, id string) (*criStatus, error) {
	resp, err := rts.ContainerStatus(ctx, &cri.ContainerStatusRequest{ContainerId: id, Verbose: true})
	if err != nil {
		return nil, engineErr("container status", err)
	}
	cs := resp.Status
	if cs == nil || cs.Id != id {
		return nil, fmt.Errorf("%w: asked for container %s, got %v", ErrEngine, id, cs)
	}
	pid, sandbox, err := ParseCRIInfo(resp.Info["info"])
	if err != nil {
		return nil, err
	}
	out := &criStatus{sandboxID: sandbox}
	out.ID, out.PID = cs.Id, pid
	out.Running = cs.State == cri.ContainerState_CONTAINER_RUNNING
	out.ExitCode = int(cs.ExitCode)
	if cs.StartedAt > 0 {
		out.Started = time.Unix(0, cs.StartedAt).UTC()
	}
	imageID := cs.ImageId
	if imageID == "" {
		imageID = cs.ImageRef
	}
	out.Image.Config = digestOf(imageID)
	if out.Running && pid <= 0 {
		return nil, fmt.Errorf("%w: running container without a pid", ErrEngine)
	}
	return out, nil
}

// Inspect asks containerd for the container's state (a claim of the host).
func (c *Containerd) Inspect(ctx context.Context, id string) (*Status, error) {
	conn, err := c.dial()
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	s, err := c.inspect(ctx, cri.NewRuntimeServiceClient(conn), id)
	if err != nil {
		return nil, err
	}
	return &s.Status, nil
}

// Stop stops and removes the container and its pod sandbox.
func (c *Containerd) Stop(ctx context.Context, id string) error {
	conn, err := c.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	rts := cri.NewRuntimeServiceClient(conn)
	s, err := c.inspect(ctx, rts, id)
	if err != nil {
		return err
	}
	if _, err := rts.StopContainer(ctx, &cri.StopContainerRequest{ContainerId: id}); err != nil {
		return engineErr("stop container", err)
	}
	if _, err := rts.RemoveContainer(ctx, &cri.RemoveContainerRequest{ContainerId: id}); err != nil {
		return engineErr("remove container", err)
	}
	if s.sandboxID != "" {
		if _, err := rts.StopPodSandbox(ctx, &cri.StopPodSandboxRequest{PodSandboxId: s.sandboxID}); err != nil {
			return engineErr("stop pod sandbox", err)
		}
		if _, err := rts.RemovePodSandbox(ctx, &cri.RemovePodSandboxRequest{PodSandboxId: s.sandboxID}); err != nil {
			return engineErr("remove pod sandbox", err)
		}
	}
	return nil
}
