package metrics

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Before Mount, paths other than Handler's own get 404 and other methods
// 405; after it, they go to the mounted handler, while /metrics, /healthz
// and /readyz stay Handler's.
func TestMountServesOtherPaths(t *testing.T) {
	m, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	h := m.Handler()
	code := func(method, path string) int {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
		return rec.Code
	}
	for _, c := range []struct {
		method, path string
		want         int
	}{{"GET", "/", 404}, {"GET", "/api/vault", 404}, {"POST", "/", 405}, {"POST", "/metrics", 405}, {"GET", "/metrics", 200}} {
		if got := code(c.method, c.path); got != c.want {
			t.Errorf("before Mount: %s %s = %d, want %d", c.method, c.path, got, c.want)
		}
	}
	m.Mount(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusTeapot) }))
	for _, c := range []struct {
		method, path string
		want         int
	}{{"GET", "/", 418}, {"GET", "/api/vault", 418}, {"POST", "/metrics", 418}, {"GET", "/metrics", 200}, {"GET", "/readyz", 503}} {
		if got := code(c.method, c.path); got != c.want {
			t.Errorf("after Mount: %s %s = %d, want %d", c.method, c.path, got, c.want)
		}
	}
}
