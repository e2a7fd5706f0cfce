package daemon

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestDecodeJSON(t *testing.T) {
	var v struct {
		A Duration `json:"a"`
	}
	if err := DecodeJSON([]byte(`{"a": "1.5s"}`), &v); err != nil || time.Duration(v.A) != 1500*time.Millisecond {
		t.Fatalf("%v %v", v.A, err)
	}
	for _, raw := range []string{`{"a": "-1s"}`, `{"a": 5}`, `{"b": 1}`, `{} {}`, strings.Repeat(" ", MaxConfigSize+1)} {
		if err := DecodeJSON([]byte(raw), &v); !errors.Is(err, ErrConfig) {
			t.Errorf("%.20q: %v, want ErrConfig", raw, err)
		}
	}
}

func TestHealth(t *testing.T) {
	healthy := true
	h := Health(func(context.Context) (map[string]any, error) {
		if healthy {
			return map[string]any{"height": 3}, nil
		}
		return nil, errors.New("L1 unreachable")
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"status":"ok"`) {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	healthy = false
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusServiceUnavailable || !strings.Contains(rec.Body.String(), "L1 unreachable") {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
}
