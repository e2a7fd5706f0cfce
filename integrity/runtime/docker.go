package runtime

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/teerollup/teerollup/integrity/oci"
)

// Docker deploys through a Docker Engine API endpoint. Only tested against
// recorded responses (see the package doc).
type Docker struct {
	// Endpoint is "unix:///var/run/docker.sock" (the default when empty)
	// or "http://host:port".
	Endpoint string
	// APIVersion is the path prefix, default "v1.47".
	APIVersion string
	// HTTPClient overrides the client (its transport must reach Endpoint).
	HTTPClient *http.Client
	// MaxResponseBytes bounds each response body (default 1 MiB).
	MaxResponseBytes int64
	// Limits bound the local verification of the layout.
	Limits oci.Limits
}

var _ Runtime = (*Docker)(nil)

func (d *Docker) base() (string, *http.Client, error) {
	ep := d.Endpoint
	if ep == "" {
		ep = "unix:///var/run/docker.sock"
	}
	ver := d.APIVersion
	if ver == "" {
		ver = "v1.47"
	}
	u, err := url.Parse(ep)
	if err != nil {
		return "", nil, fmt.Errorf("%w: endpoint %q", ErrBadSpec, ep)
	}
	client := d.HTTPClient
	switch u.Scheme {
	case "unix":
		if client == nil {
			sock := u.Path
			client = &http.Client{Transport: &http.Transport{
				DialContext: func(ctx context.Context, _, _ string) (net.Conn, error) {
					return (&net.Dialer{}).DialContext(ctx, "unix", sock)
				},
			}}
		}
		return "http://docker/" + ver, client, nil
	case "http", "https":
		if client == nil {
			client = http.DefaultClient
		}
		return strings.TrimSuffix(ep, "/") + "/" + ver, client, nil
	}
	return "", nil, fmt.Errorf("%w: endpoint scheme %q", ErrBadSpec, u.Scheme)
}

// call does one API request and decodes a JSON answer into out (if not
// nil). A non-2xx status is ErrEngine with the daemon's message.
func (d *Docker) call(ctx context.Context, method, path string, body io.Reader, ctype string, out any) (int, error) {
	base, client, err := d.base()
	if err != nil {
		return 0, err
	}
	req, err := http.NewRequestWithContext(ctx, method, base+path, body)
	if err != nil {
		return 0, fmt.Errorf("%w: %v", ErrEngine, err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("%w: %s %s: %v", ErrEngine, method, path, err)
	}
	defer resp.Body.Close()
	max := d.MaxResponseBytes
	if max <= 0 {
		max = 1 << 20
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return resp.StatusCode, fmt.Errorf("%w: %s %s: %v", ErrEngine, method, path, err)
	}
	if int64(len(b)) > max {
		return resp.StatusCode, fmt.Errorf("%w: %s %s: response exceeds %d bytes", ErrEngine, method, path, max)
	}
	if resp.StatusCode/100 != 2 {
		var e struct{ Message string }
		json.Unmarshal(b, &e)
		return resp.StatusCode, fmt.Errorf("%w: %s %s: %d %s", ErrEngine, method, path, resp.StatusCode, e.Message)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%w: %s %s: %v", ErrEngine, method, path, err)
		}
	}
	return resp.StatusCode, nil
}

type dockerImage struct {
	ID string `json:"Id"`
}

type dockerContainer struct {
	ID    string `json:"Id"`
	Image string
	State struct {
		Running   bool
		Pid       int
		ExitCode  int
		StartedAt string
	}
	GraphDriver struct {
		Data map[string]string
	}
}

// Deploy verifies the layout locally against the pin, loads it into the
// daemon, checks that the daemon's image id is one of the pinned digests
// (config digest for the classic image store, manifest or index digest for
// the containerd store), creates and starts a container from that id, and
// checks the container runs that image.
func (d *Docker) Deploy(ctx context.Context, spec Spec) (*Instance, error) {
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	layout, err := oci.OpenLayout(spec.Layout, d.Limits)
	if err != nil {
		return nil, err
	}
	im, err := layout.Resolve(ctx, spec.Image)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrImageMismatch, err)
	}
	pin := im.Pin
	archive, err := tarDir(spec.Layout)
	if err != nil {
		return nil, fmt.Errorf("runtime: %w", err)
	}
	if _, err := d.call(ctx, http.MethodPost, "/images/load?quiet=1", bytes.NewReader(archive), "application/x-tar", nil); err != nil {
		return nil, err
	}
	var img dockerImage
	found := false
	for _, ref := range []string{pin.Config.String(), pin.Manifest.String(), pin.Index.String()} {
		if ref == "" {
			continue
		}
		status, err := d.call(ctx, http.MethodGet, "/images/"+url.PathEscape(ref)+"/json", nil, "", &img)
		if status == http.StatusNotFound {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		break
	}
	if !found {
		return nil, fmt.Errorf("%w: daemon has no image %s after load", ErrImageMismatch, pin.Manifest)
	}
	if img.ID != pin.Config.String() && img.ID != pin.Manifest.String() && (pin.Index == "" || img.ID != pin.Index.String()) {
		return nil, fmt.Errorf("%w: daemon image id %s, pinned config %s manifest %s", ErrImageMismatch, img.ID, pin.Config, pin.Manifest)
	}
	create := map[string]any{"Image": img.ID, "Env": spec.Env}
	if spec.Args != nil {
		create["Cmd"] = spec.Args
	}
	body, _ := json.Marshal(create)
	q := ""
	if spec.Name != "" {
		q = "?name=" + url.QueryEscape(spec.Name)
	}
	var created struct {
		ID string `json:"Id"`
	}
	if _, err := d.call(ctx, http.MethodPost, "/containers/create"+q, bytes.NewReader(body), "application/json", &created); err != nil {
		return nil, err
	}
	if created.ID == "" || strings.ContainsAny(created.ID, "/?#") {
		return nil, fmt.Errorf("%w: container id %q", ErrEngine, created.ID)
	}
	if _, err := d.call(ctx, http.MethodPost, "/containers/"+created.ID+"/start", nil, "", nil); err != nil {
		return nil, err
	}
	st, err := d.Inspect(ctx, created.ID)
	if err != nil {
		return nil, err
	}
	st.Instance.Image = pin
	return &st.Instance, nil
}

// Stop kills and removes the container.
func (d *Docker) Stop(ctx context.Context, id string) error {
	if id == "" || strings.ContainsAny(id, "/?#") {
		return fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	if status, err := d.call(ctx, http.MethodPost, "/containers/"+id+"/kill", nil, "", nil); err != nil && status != http.StatusConflict {
		if status == http.StatusNotFound {
			return fmt.Errorf("%w: %q", ErrNotFound, id)
		}
		return err // 409: not running, remove it anyway
	}
	_, err := d.call(ctx, http.MethodDelete, "/containers/"+id+"?force=1", nil, "", nil)
	return err
}

// Inspect asks the daemon for the container's state. Image carries the
// daemon's image id in Config only; the daemon's answers are claims.
func (d *Docker) Inspect(ctx context.Context, id string) (*Status, error) {
	if id == "" || strings.ContainsAny(id, "/?#") {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	var c dockerContainer
	status, err := d.call(ctx, http.MethodGet, "/containers/"+id+"/json", nil, "", &c)
	if status == http.StatusNotFound {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, id)
	}
	if err != nil {
		return nil, err
	}
	if c.ID != id && !strings.HasPrefix(c.ID, id) {
		return nil, fmt.Errorf("%w: asked for container %s, got %s", ErrEngine, id, c.ID)
	}
	st := &Status{Running: c.State.Running, ExitCode: c.State.ExitCode}
	st.ID, st.PID, st.Rootfs = c.ID, c.State.Pid, c.GraphDriver.Data["MergedDir"]
	if t, err := time.Parse(time.RFC3339Nano, c.State.StartedAt); err == nil {
		st.Started = t
	}
	st.Image.Config = digestOf(c.Image)
	if c.State.Running && c.State.Pid <= 0 {
		return nil, fmt.Errorf("%w: running container without a pid", ErrEngine)
	}
	return st, nil
}

// tarDir archives a layout directory (regular files and directories only).
func tarDir(dir string) ([]byte, error) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	err := filepath.WalkDir(dir, func(p string, de fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || rel == "." {
			return err
		}
		info, err := de.Info()
		if err != nil {
			return err
		}
		if !info.Mode().IsRegular() && !info.IsDir() {
			return nil
		}
		h, err := tar.FileInfoHeader(info, "")
		if err != nil {
			return err
		}
		h.Name = filepath.ToSlash(rel)
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if info.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			_, err = tw.Write(b)
			return err
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
