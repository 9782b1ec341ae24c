package metrics

import (
	"context"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// clock is a settable time source, so that health tests do not sleep.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// t0 is the fake clock's start, a whole second so that timestamps compare
// exactly.
var t0 = time.Unix(1_700_000_000, 0)

// fixture is a Metrics on a fake clock served by a real HTTP server, with
// the view of vault "a".
type fixture struct {
	m     *Metrics
	v     *VaultMetrics
	clock *clock
	url   string
}

func newFixture(t *testing.T, opts Options) *fixture {
	t.Helper()
	m, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: t0}
	m.now = c.now
	m.started = c.now()
	srv := httptest.NewServer(m.Handler())
	t.Cleanup(srv.Close)
	return &fixture{m: m, v: m.Vault("a"), clock: c, url: srv.URL}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// get fetches url and returns the status, the body and the content type.
func get(t *testing.T, url string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(ctxT(t), http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b), resp.Header.Get("Content-Type")
}

// exposition is one scrape of /metrics: the raw text and every sample,
// keyed by series as the text format writes it (name{label="value",...},
// labels sorted by name).
type exposition struct {
	text    string
	samples map[string]float64
}

func scrape(t *testing.T, base string) exposition {
	t.Helper()
	status, body, _ := get(t, base+"/metrics")
	if status != http.StatusOK {
		t.Fatalf("GET /metrics: %d %s", status, body)
	}
	e := exposition{text: body, samples: map[string]float64{}}
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			t.Fatalf("malformed sample line %q", line)
		}
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("sample line %q: %v", line, err)
		}
		e.samples[line[:i]] = v
	}
	return e
}

// names returns every metric name with a sample (histograms show as their
// _bucket, _sum and _count series).
func (e exposition) names() map[string]bool {
	out := map[string]bool{}
	for s := range e.samples {
		if i := strings.IndexByte(s, '{'); i >= 0 {
			s = s[:i]
		}
		out[s] = true
	}
	return out
}

// expect checks that every listed series has exactly the given value.
func (e exposition) expect(t *testing.T, want map[string]float64) {
	t.Helper()
	keys := make([]string, 0, len(want))
	for k := range want {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		got, ok := e.samples[k]
		switch {
		case !ok:
			t.Errorf("series %s missing from the scrape", k)
		case got != want[k] && !(math.IsNaN(got) && math.IsNaN(want[k])):
			t.Errorf("%s = %v, want %v", k, got, want[k])
		}
	}
}

// absent checks that no series of the metric name has the given label
// fragment, e.g. absent(t, "vaultkeeper_x", `state="y"`).
func (e exposition) absent(t *testing.T, name, fragment string) {
	t.Helper()
	for s := range e.samples {
		if strings.HasPrefix(s, name+"{") && strings.Contains(s, fragment) {
			t.Errorf("unexpected series %s", s)
		}
	}
}

// family returns the samples of one metric name.
func (e exposition) family(name string) map[string]float64 {
	out := map[string]float64{}
	for s, v := range e.samples {
		if s == name || strings.HasPrefix(s, name+"{") {
			out[s] = v
		}
	}
	return out
}
