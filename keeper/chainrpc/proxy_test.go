package chainrpc

import (
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc/faultproxy"
)

// The tests' fault proxy is faultproxy's, under the short names they use.
type (
	fault     = faultproxy.Fault
	faultRate = faultproxy.Rate
	record    = faultproxy.Record
)

const (
	pass      = faultproxy.Pass
	drop      = faultproxy.Drop
	http500   = faultproxy.HTTP500
	http429   = faultproxy.HTTP429
	truncated = faultproxy.Truncated
	garbage   = faultproxy.Garbage
	hold      = faultproxy.Hold
	http404   = faultproxy.HTTP404
)

// faultProxy is a faultproxy.Proxy whose own failures (not the injected
// faults) fail the test; requests are sequential in the tests, so the
// seeded faults reproduce.
type faultProxy struct{ *faultproxy.Proxy }

func newFaultProxy(t testing.TB, target string, seed int64) *faultProxy {
	t.Helper()
	p, err := faultproxy.New(target, seed, func(err error) { t.Errorf("proxy: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return &faultProxy{p}
}

func (p *faultProxy) setRates(rates ...faultRate) { p.SetRates(rates...) }
func (p *faultProxy) queue(fs ...fault)           { p.Queue(fs...) }
func (p *faultProxy) setRetryAfter(v string)      { p.SetRetryAfter(v) }
func (p *faultProxy) seen() []record              { return p.Records() }
func (p *faultProxy) count(f fault) int           { return p.Count(f) }

// waitFor waits until ok holds for the records and returns them.
func (p *faultProxy) waitFor(t testing.TB, what string, ok func([]record) bool) []record {
	t.Helper()
	for range 1000 {
		if recs := p.seen(); ok(recs) {
			return recs
		}
		time.Sleep(10 * time.Millisecond)
	}
	recs := p.seen()
	t.Fatalf("the proxy never saw %s: %v", what, recs)
	return nil
}
