package runtime_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/teerollup/teerollup/integrity/runtime"
)

// FuzzDockerInspect: any daemon answer to an inspect gives a typed result
// or error, never a panic, and never a running instance without a pid.
func FuzzDockerInspect(f *testing.F) {
	for _, name := range []string{"container_inspect.json", "container_exited.json", "error_not_found.json"} {
		b, err := os.ReadFile("testdata/docker/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(200, []byte(strings.ReplaceAll(strings.ReplaceAll(string(b), "{{PID}}", "7"), "{{IMAGE_ID}}", "sha256:00")))
	}
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		if status < 200 || status > 599 {
			status = 200
		}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(status)
			w.Write(body)
		}))
		defer srv.Close()
		d := &runtime.Docker{Endpoint: srv.URL}
		st, err := d.Inspect(context.Background(), containerID)
		if err == nil && st.Running && st.PID <= 0 {
			t.Fatalf("running without pid: %+v (status %s)", st, strconv.Itoa(status))
		}
	})
}
