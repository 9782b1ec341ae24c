package chainrpc

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// closedURL is an http URL on 127.0.0.1 where nothing listens, with
// credentials, and its redacted name.
func closedURL(t testing.TB) (url, name string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://alice:s3cretpw@" + addr + "/v3/k3ypath", "http://" + addr + "/v3/***"
}

// slowRetries retries a request for many seconds: a Start that waited out
// a dead provider's retries would be seen.
func slowRetries() MultiConfig {
	cfg := testMultiConfig()
	cfg.MaxAttempts, cfg.InitialBackoff, cfg.MaxBackoff = 6, 2*time.Second, 5*time.Second
	return cfg
}

// Start does not wait out the retries of a provider that refuses
// connections: it returns while that provider's probe is still retrying in
// the background, the provider unverified and logged at Warn by its
// redacted name, with the error and without the URL's secrets.
func TestMultiStartDoesNotWaitOutADeadProvidersRetries(t *testing.T) {
	live := newFakeNode(t, 31337, 10)
	deadURL, deadName := closedURL(t)
	var logs logBuffer
	cl, m, err := DialMulti(context.Background(), []Provider{{URL: deadURL, Name: deadName}, {URL: live.srv.URL, Name: "live"}},
		slowRetries(), logs.logger(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cl.Close(); m.Close() }()
	m.mu.Lock()
	probing := m.ps[0].probing != nil
	m.mu.Unlock()
	if !probing {
		t.Fatal("Start returned after the dead provider's probe ended: it waited out its retries")
	}
	if got := states(m); got[0] != StateUnverified || got[1] != StateHealthy {
		t.Fatalf("states %v; want the dead provider unverified, the live one healthy", got)
	}
	warned := logs.lines("RPC provider unreachable at start; probing it again in the background")
	if len(warned) != 1 || warned[0]["level"] != "WARN" || warned[0]["url"] != deadName || warned[0]["provider"] != 0.0 ||
		!strings.Contains(fmt.Sprint(warned[0]["err"]), "connection refused") {
		t.Fatalf("Warn of the dead provider %v:\n%s", warned, logs.String())
	}
	if s := logs.String(); strings.Contains(s, "s3cretpw") || strings.Contains(s, "k3ypath") {
		t.Fatalf("the log shows the URL's secrets:\n%s", s)
	}
	// It is sent nothing, raw transactions included, until it is verified.
	if err := cl.Client().Call(new(string), "eth_sendRawTransaction", "0x01"); err == nil || !strings.Contains(err.Error(), "method not found") {
		t.Fatalf("send: %v; want the live provider's answer", err)
	}
	if live.asked("eth_sendRawTransaction") != 1 {
		t.Fatalf("the live provider was asked %d times", live.asked("eth_sendRawTransaction"))
	}
}

// A provider failing its first attempt with a status that may pass is
// verified by the background probe once it answers.
func TestMultiVerifiesInTheBackgroundAProviderDownAtStart(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	b.set(func(n *fakeNode) { n.status = http.StatusServiceUnavailable })
	cfg := testMultiConfig()
	cfg.HeadRefresh = time.Millisecond
	cl, m := dialNodes(t, cfg, a, b)
	if got := states(m); got[1] != StateUnverified {
		t.Fatalf("states %v; want b unverified", got)
	}
	b.set(func(n *fakeNode) { n.status = 0 })
	for i := 0; states(m)[1] != StateHealthy; i++ {
		if i == 1000 {
			t.Fatalf("states %v: b never verified", states(m))
		}
		if _, err := cl.BlockNumber(context.Background()); err != nil { // requests flowing refresh the heads
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Start's speed with one provider refusing connections whose requests are
// retried for seconds.
func BenchmarkMultiStartWithADeadProvider(b *testing.B) {
	live := newFakeNode(b, 31337, 10)
	deadURL, deadName := closedURL(b)
	ps := []Provider{{URL: deadURL, Name: deadName}, {URL: live.srv.URL, Name: "live"}}
	for b.Loop() {
		m, err := NewMulti(ps, slowRetries(), nil, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := m.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		m.Close()
	}
}

// settle waits for the background probes in flight to end.
func settle(t *testing.T, m *Multi) {
	t.Helper()
	for range 1000 {
		m.mu.Lock()
		busy := false
		for _, p := range m.ps {
			busy = busy || p.probing != nil
		}
		m.mu.Unlock()
		if !busy {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("probes still running")
}

// A head far above the others' whose block its provider cannot serve is not
// believed: the provider is lying (null) or failing (an error), the honest
// ones stay healthy and the best head is theirs.
func TestMultiChecksAHeadFarAboveTheOthers(t *testing.T) {
	for _, tc := range []struct{ block, state, why string }{
		{"null", StateLying, "has no block 10000"},
		{"error:header not found", StateFailing, "header not found"},
	} {
		t.Run(tc.state, func(t *testing.T) {
			a, b, high := newFakeNode(t, 31337, 100), newFakeNode(t, 31337, 99), newFakeNode(t, 31337, 10000)
			high.answers["eth_getBlockByNumber"] = tc.block
			for _, n := range []*fakeNode{a, b, high} {
				n.answers["eth_gasPrice"] = `"0x1"`
			}
			cl, m := dialNodes(t, testMultiConfig(), high, a, b)
			h := m.Health()
			if h[0].State != tc.state || !strings.Contains(h[0].Error, tc.why) || h[1].State != StateHealthy || h[2].State != StateHealthy ||
				h[1].Best != 100 {
				t.Fatalf("health %+v; want the high head's provider %s (%s), the others healthy, best 100", h, tc.state, tc.why)
			}
			if _, err := cl.SuggestGasPrice(context.Background()); err != nil || high.asked("eth_gasPrice") != 0 {
				t.Fatalf("gas price: %v; the high provider asked %d times", err, high.asked("eth_gasPrice"))
			}
		})
	}
}

// A head far above the others' that its provider serves is believed: the
// others are lagging. A first null (a load balancer's backend a block
// behind) is asked again.
func TestMultiBelievesAHighHeadItsProviderServes(t *testing.T) {
	for _, nulls := range []int{0, 1} {
		t.Run(fmt.Sprint(nulls), func(t *testing.T) {
			slow, fast := newFakeNode(t, 31337, 100), newFakeNode(t, 31337, 200)
			for range nulls {
				fast.seq["eth_getBlockByNumber"] = append(fast.seq["eth_getBlockByNumber"], "null")
			}
			_, m := dialNodes(t, testMultiConfig(), slow, fast)
			if h := m.Health(); h[0].State != StateLagging || h[1].State != StateHealthy || h[0].Best != 200 ||
				fast.asked("eth_getBlockByNumber") != 1+nulls {
				t.Fatalf("health %+v, fast asked for a block %d times; want slow lagging behind 200 after the check", h,
					fast.asked("eth_getBlockByNumber"))
			}
		})
	}
}

// A false head read while no other provider could be compared with it (the
// honest one was down at start) is checked when the honest provider's head
// would be lagging behind it, and dropped.
func TestMultiChecksABestHeadReportedAlone(t *testing.T) {
	honest, high := newFakeNode(t, 31337, 100), newFakeNode(t, 31337, 10000)
	high.answers["eth_getBlockByNumber"] = "null"
	honest.set(func(n *fakeNode) { n.status = http.StatusServiceUnavailable })
	_, m := dialNodes(t, testMultiConfig(), honest, high)
	settle(t, m)
	if h := m.Health(); h[1].State != StateHealthy || h[1].Best != 10000 {
		t.Fatalf("health %+v; want the high head believed while alone", h)
	}
	honest.set(func(n *fakeNode) { n.status = 0 })
	m.probe(context.Background(), m.ps[0])
	if h := m.Health(); h[0].State != StateHealthy || h[1].State != StateLying || h[0].Best != 100 {
		t.Fatalf("health %+v; want the honest provider healthy at best 100, the high one lying", h)
	}
}
