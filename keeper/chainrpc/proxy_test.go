package chainrpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// fault is what the proxy does to one request.
type fault int

const (
	pass fault = iota
	// drop forwards the request to the node, then closes the connection
	// without an answer (a reset or a plain close): the node may have acted.
	drop
	// http500 answers HTTP 500 without asking the node.
	http500
	// http429 answers HTTP 429 with Retry-After (retryAfter, "1" unless set).
	http429
	// truncated forwards, then answers a prefix of the node's body: with a
	// Content-Length that matches the prefix, or one that promises the whole
	// body before the connection closes.
	truncated
	// garbage forwards, then answers 200 with a body that is not a JSON-RPC
	// response: an HTML page, random bytes, or an object with neither
	// result nor error.
	garbage
	// hold keeps the request until the client gives up (or holdMax), then
	// forwards it.
	hold
	// http404 answers HTTP 404 without asking the node.
	http404
)

var faultNames = map[fault]string{pass: "pass", drop: "drop", http500: "http_500", http429: "http_429",
	truncated: "truncated", garbage: "garbage", hold: "hold", http404: "http_404"}

func (f fault) String() string { return faultNames[f] }

// holdMax is how long a held request waits for the client to give up.
const holdMax = 20 * time.Second

// record is what the proxy saw of one request, in its own clock.
type record struct {
	method string
	fault  fault
	// arrived: the request was read; answered: the proxy started writing
	// its answer (or closed the connection).
	arrived, answered time.Time
	// clientGone: a held request ended because the client went away.
	clientGone bool
}

// faultProxy is a reverse proxy on 127.0.0.1 in front of a node that
// injects faults per request: first those queued with script, then, for
// each request, one drawn from rates with a seeded math/rand, so that a
// failure reproduces (requests are sequential in the tests).
type faultProxy struct {
	t      testing.TB
	target string
	srv    *httptest.Server
	fwd    *http.Client

	mu         sync.Mutex
	rng        *rand.Rand
	rates      []faultRate
	script     []fault
	retryAfter string
	records    []record
}

type faultRate struct {
	f fault
	p float64
}

func newFaultProxy(t testing.TB, target string, seed int64) *faultProxy {
	p := &faultProxy{t: t, target: target, rng: rand.New(rand.NewSource(seed)), retryAfter: "1",
		fwd: &http.Client{Timeout: 30 * time.Second}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *faultProxy) URL() string { return p.srv.URL }

// setRates makes each later request (after the script) suffer f with
// probability rate, one fault at most per request.
func (p *faultProxy) setRates(rates ...faultRate) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rates = rates
}

// queue makes the next requests suffer these faults, in order.
func (p *faultProxy) queue(fs ...fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.script = append(p.script, fs...)
}

func (p *faultProxy) setRetryAfter(v string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.retryAfter = v
}

// seen returns a copy of the records so far.
func (p *faultProxy) seen() []record {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]record(nil), p.records...)
}

// count is how many requests suffered f.
func (p *faultProxy) count(f fault) int {
	n := 0
	for _, r := range p.seen() {
		if r.fault == f {
			n++
		}
	}
	return n
}

func (p *faultProxy) next() (fault, string, int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := pass
	if len(p.script) > 0 {
		f, p.script = p.script[0], p.script[1:]
	} else {
		x := p.rng.Float64()
		for _, r := range p.rates {
			if x < r.p {
				f = r.f
				break
			}
			x -= r.p
		}
	}
	// The variant of the fault and garbage bytes come from the same stream.
	return f, p.retryAfter, p.rng.Int63()
}

// arrive records a request and returns a handle to fill in its record.
func (p *faultProxy) arrive(r record) *recordHandle {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.records = append(p.records, r)
	return &recordHandle{p: p, i: len(p.records) - 1}
}

type recordHandle struct {
	p *faultProxy
	i int
}

// answer stamps the time the proxy starts answering (or closes).
func (h *recordHandle) answer() {
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	h.p.records[h.i].answered = time.Now()
}

// gone says the client abandoned a held request.
func (h *recordHandle) gone() {
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	h.p.records[h.i].answered, h.p.records[h.i].clientGone = time.Now(), true
}

func (h *recordHandle) method() string {
	h.p.mu.Lock()
	defer h.p.mu.Unlock()
	return h.p.records[h.i].method
}

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

func requestMethod(body []byte) string {
	var one struct{ Method string }
	if json.Unmarshal(body, &one) == nil {
		return one.Method
	}
	var many []struct{ Method string }
	if json.Unmarshal(body, &many) == nil {
		return fmt.Sprintf("batch(%d)", len(many))
	}
	return "?"
}

func (p *faultProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	f, retryAfter, variant := p.next()
	// The record is kept from the request's arrival on: the client may see
	// the answer, and the test look, before this handler returns.
	rec := p.arrive(record{method: requestMethod(body), fault: f, arrived: time.Now()})
	vr := rand.New(rand.NewSource(variant))

	switch f {
	case http500:
		rec.answer()
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case http404:
		rec.answer()
		http.Error(w, "not found", http.StatusNotFound)
		return
	case http429:
		w.Header().Set("Retry-After", retryAfter)
		rec.answer()
		http.Error(w, "too many requests", http.StatusTooManyRequests)
		return
	case hold:
		t := time.NewTimer(holdMax)
		defer t.Stop()
		select {
		case <-r.Context().Done():
			rec.gone()
			return
		case <-t.C:
		}
	}

	status, answer, err := p.forward(body)
	if err != nil {
		p.t.Errorf("proxy: forwarding %s to the node: %v", rec.method(), err)
		rec.answer()
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	switch f {
	case drop:
		rec.answer()
		conn := hijack(p.t, w)
		if conn == nil {
			return
		}
		if vr.Intn(2) == 0 {
			conn.(*net.TCPConn).SetLinger(0) // reset
		}
		conn.Close()
		return
	case truncated:
		cut := answer[:len(answer)/2]
		rec.answer()
		if vr.Intn(2) == 0 {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", fmt.Sprint(len(cut)))
			w.WriteHeader(status)
			w.Write(cut)
			return
		}
		conn := hijack(p.t, w)
		if conn == nil {
			return
		}
		fmt.Fprintf(conn, "HTTP/1.1 %d OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", status, len(answer))
		conn.Write(cut)
		conn.Close()
		return
	case garbage:
		var junk []byte
		switch vr.Intn(3) {
		case 0:
			junk = []byte("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n")
		case 1:
			junk = make([]byte, 64)
			vr.Read(junk)
		default:
			junk = []byte(`{"jsonrpc":"2.0","id":1}`)
		}
		rec.answer()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		w.Write(junk)
		return
	}
	rec.answer()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(answer)
}

func (p *faultProxy) forward(body []byte) (int, []byte, error) {
	resp, err := p.fwd.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	return resp.StatusCode, answer, err
}

// hijack takes the connection from the server; nil (the test failed) when
// it cannot.
func hijack(t testing.TB, w http.ResponseWriter) net.Conn {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		t.Errorf("proxy: hijacking the connection: %v", err)
		return nil
	}
	return conn
}
