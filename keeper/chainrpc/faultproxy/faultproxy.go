// Package faultproxy is a JSON-RPC reverse proxy on 127.0.0.1 in front of a
// node that injects faults per request: first those queued with Queue, then,
// for each request, one drawn from the configured rates with a seeded
// math/rand, so that a failing run reproduces from its seed. Switches change
// every later request at run time: Blackhole (eth_sendRawTransaction is
// acknowledged and never reaches the node), Silent (every request is read and
// never answered: a node that accepts connections and hangs), Down (every
// connection is closed unanswered) and Refusing (nothing listens: every
// connection is refused). It serves chainrpc's tests and the keeper's chaos
// test.
package faultproxy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Fault is what the proxy does to one request.
type Fault int

const (
	Pass Fault = iota
	// Drop forwards the request to the node, then closes the connection
	// without an answer (a reset or a plain close): the node may have acted.
	Drop
	// HTTP500 answers HTTP 500 without asking the node.
	HTTP500
	// HTTP429 answers HTTP 429 with Retry-After ("1" unless SetRetryAfter).
	HTTP429
	// Truncated forwards, then answers a prefix of the node's body: with a
	// Content-Length that matches the prefix, or one that promises the whole
	// body before the connection closes.
	Truncated
	// Garbage forwards, then answers 200 with a body that is not a JSON-RPC
	// response: an HTML page, random bytes, or an object with neither
	// result nor error.
	Garbage
	// Hold keeps the request until the client gives up (or HoldMax), then
	// forwards it.
	Hold
	// HTTP404 answers HTTP 404 without asking the node.
	HTTP404
	// Delay waits SetDelay's duration (or until the client gives up), then
	// forwards the request and answers normally.
	Delay
	// Blackholed is an eth_sendRawTransaction acknowledged with its hash and
	// not forwarded (while Blackhole is on).
	Blackholed
	// Down is a connection closed without reading an answer from the node
	// (while Down is on).
	Down
	// Silent is a request read and then neither forwarded nor answered
	// until the client gives up (while Silent is on).
	Silent
)

var names = map[Fault]string{Pass: "pass", Drop: "drop", HTTP500: "http_500", HTTP429: "http_429",
	Truncated: "truncated", Garbage: "garbage", Hold: "hold", HTTP404: "http_404", Delay: "delay",
	Blackholed: "blackholed", Down: "down", Silent: "silent"}

func (f Fault) String() string {
	if n, ok := names[f]; ok {
		return n
	}
	return fmt.Sprintf("fault(%d)", int(f))
}

// HoldMax is how long a held request waits for the client to give up.
const HoldMax = 20 * time.Second

// Rate makes a request suffer Fault with probability P.
type Rate struct {
	Fault Fault
	P     float64
}

// Record is what the proxy saw of one request, in its own clock.
type Record struct {
	Method string
	Fault  Fault
	// Arrived: the request was read; Answered: the proxy started writing
	// its answer (or closed the connection).
	Arrived, Answered time.Time
	// ClientGone: a held or delayed request ended because the client went
	// away.
	ClientGone bool
}

func (r Record) String() string { return fmt.Sprintf("%s:%s", r.Method, r.Fault) }

// Proxy is a fault-injecting reverse proxy; New starts one.
type Proxy struct {
	target  string
	addr    string // host:port the proxy listens on
	url     string
	fwd     *http.Client
	onError func(error)

	// lifeMu guards the server: nil while refusing or once closed.
	lifeMu sync.Mutex
	srv    *http.Server
	closed bool

	mu         sync.Mutex
	rng        *rand.Rand
	rates      []Rate
	script     []Fault
	retryAfter string
	delay      time.Duration
	blackhole  bool
	down       bool
	silent     bool
	records    []Record
}

// New listens on 127.0.0.1 (a free port) and forwards to the node at
// target (an http URL). onError, if not nil, hears of failures of the
// proxy itself (the node unreachable, a connection it cannot take over),
// which a test should fail on: they are not injected faults.
func New(target string, seed int64, onError func(error)) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("faultproxy: listening: %w", err)
	}
	if onError == nil {
		onError = func(error) {}
	}
	p := &Proxy{target: target, rng: rand.New(rand.NewSource(seed)), retryAfter: "1", delay: time.Second,
		fwd: &http.Client{Timeout: 30 * time.Second}, onError: onError, addr: ln.Addr().String()}
	p.url = "http://" + p.addr
	p.serveOn(ln)
	return p, nil
}

// serveOn starts a server on ln; the caller holds lifeMu (or is New).
func (p *Proxy) serveOn(ln net.Listener) {
	p.srv = &http.Server{Handler: http.HandlerFunc(p.serve), ReadHeaderTimeout: 10 * time.Second}
	go p.srv.Serve(ln)
}

// URL is the proxy's http URL.
func (p *Proxy) URL() string { return p.url }

// Close stops listening and closes every connection.
func (p *Proxy) Close() error {
	p.lifeMu.Lock()
	defer p.lifeMu.Unlock()
	p.closed = true
	if p.srv == nil {
		return nil
	}
	srv := p.srv
	p.srv = nil
	if err := srv.Close(); err != nil {
		return fmt.Errorf("faultproxy: closing: %w", err)
	}
	return nil
}

// SetRates makes each later request (after the queue) suffer one of the
// faults with its probability, one fault at most per request.
func (p *Proxy) SetRates(rates ...Rate) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rates = append([]Rate(nil), rates...)
}

// Queue makes the next requests suffer these faults, in order.
func (p *Proxy) Queue(fs ...Fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.script = append(p.script, fs...)
}

// SetRetryAfter sets the Retry-After header of HTTP429 answers.
func (p *Proxy) SetRetryAfter(v string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.retryAfter = v
}

// SetDelay sets how long a Delay fault holds a request (1 s unless set).
func (p *Proxy) SetDelay(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.delay = d
}

// SetBlackhole turns the blackhole on or off: while on, every
// eth_sendRawTransaction is answered with the transaction's hash, as a node
// that accepted it would, and never reaches the node.
func (p *Proxy) SetBlackhole(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.blackhole = on
}

// SetDown turns the outage on or off: while on, every request's connection
// is closed unanswered and nothing reaches the node.
func (p *Proxy) SetDown(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = on
}

// SetSilent turns the silence on or off: while on, every request is read
// and then neither forwarded nor answered until the client gives up, as a
// node that accepts connections and never answers (a blackholed node).
// Requests held when it is turned off stay unanswered.
func (p *Proxy) SetSilent(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.silent = on
}

// refuseRelisten bounds how long SetRefusing(false) tries to listen again
// at the proxy's address.
const refuseRelisten = 5 * time.Second

// SetRefusing turns the refusal on or off: on closes the listener and every
// open connection (requests in flight end unanswered), so that nothing
// listens at the proxy's address and each new connection is refused, as to
// a node that is down; off listens again at the same address. It fails
// when the proxy is closed or the address cannot be listened on again.
func (p *Proxy) SetRefusing(on bool) error {
	p.lifeMu.Lock()
	defer p.lifeMu.Unlock()
	if p.closed {
		return errors.New("faultproxy: closed")
	}
	if on {
		if p.srv == nil {
			return nil
		}
		srv := p.srv
		p.srv = nil
		if err := srv.Close(); err != nil {
			return fmt.Errorf("faultproxy: closing the listener: %w", err)
		}
		return nil
	}
	if p.srv != nil {
		return nil
	}
	deadline := time.Now().Add(refuseRelisten)
	for {
		ln, err := net.Listen("tcp", p.addr)
		if err == nil {
			p.serveOn(ln)
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("faultproxy: listening again on %s: %w", p.addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Records returns a copy of the records so far, in order of arrival.
func (p *Proxy) Records() []Record {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Record(nil), p.records...)
}

// Counts is how many requests suffered each fault (Pass included).
func (p *Proxy) Counts() map[Fault]int {
	p.mu.Lock()
	defer p.mu.Unlock()
	m := map[Fault]int{}
	for _, r := range p.records {
		m[r.Fault]++
	}
	return m
}

// Count is how many requests suffered f.
func (p *Proxy) Count(f Fault) int { return p.Counts()[f] }

func (p *Proxy) next(method string) (Fault, string, time.Duration, int64) {
	p.mu.Lock()
	defer p.mu.Unlock()
	f := Pass
	switch {
	case p.down:
		f = Down
	case p.silent:
		f = Silent
	case p.blackhole && method == "eth_sendRawTransaction":
		f = Blackholed
	case len(p.script) > 0:
		f, p.script = p.script[0], p.script[1:]
	default:
		x := p.rng.Float64()
		for _, r := range p.rates {
			if x < r.P {
				f = r.Fault
				break
			}
			x -= r.P
		}
	}
	// The variant of the fault and garbage bytes come from the same stream.
	return f, p.retryAfter, p.delay, p.rng.Int63()
}

// arrive records a request and returns its index, to fill in its record.
func (p *Proxy) arrive(r Record) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.records = append(p.records, r)
	return len(p.records) - 1
}

// answer stamps the time the proxy starts answering (or closes); gone says
// the client abandoned the request.
func (p *Proxy) answer(i int, gone bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.records[i].Answered, p.records[i].ClientGone = time.Now(), gone
}

// RequestMethod is the JSON-RPC method of a request body: "batch(n)" for a
// batch, "?" when it is not JSON-RPC.
func RequestMethod(body []byte) string {
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

func (p *Proxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	method := RequestMethod(body)
	f, retryAfter, delay, variant := p.next(method)
	// The record is kept from the request's arrival on: the client may see
	// the answer, and the test look, before this handler returns.
	rec := p.arrive(Record{Method: method, Fault: f, Arrived: time.Now()})
	vr := rand.New(rand.NewSource(variant))

	switch f {
	case Down:
		p.answer(rec, false)
		if conn := p.hijack(w); conn != nil {
			conn.Close()
		}
		return
	case Silent:
		<-r.Context().Done()
		p.answer(rec, true)
		return
	case Blackholed:
		answer, err := acceptRaw(body)
		p.answer(rec, false)
		if err != nil {
			p.onError(fmt.Errorf("faultproxy: blackholing eth_sendRawTransaction: %w", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(answer)
		return
	case HTTP500:
		p.answer(rec, false)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	case HTTP404:
		p.answer(rec, false)
		http.Error(w, "not found", http.StatusNotFound)
		return
	case HTTP429:
		w.Header().Set("Retry-After", retryAfter)
		p.answer(rec, false)
		http.Error(w, "too many requests", http.StatusTooManyRequests)
		return
	case Hold, Delay:
		wait := HoldMax
		if f == Delay {
			wait = delay
		}
		t := time.NewTimer(wait)
		defer t.Stop()
		select {
		case <-r.Context().Done():
			p.answer(rec, true)
			return
		case <-t.C:
		}
	}

	status, answer, err := p.forward(body)
	if err != nil {
		p.onError(fmt.Errorf("faultproxy: forwarding %s to the node: %w", method, err))
		p.answer(rec, false)
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	switch f {
	case Drop:
		p.answer(rec, false)
		conn := p.hijack(w)
		if conn == nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok && vr.Intn(2) == 0 {
			tc.SetLinger(0) // reset
		}
		conn.Close()
		return
	case Truncated:
		cut := answer[:len(answer)/2]
		p.answer(rec, false)
		if vr.Intn(2) == 0 {
			w.Header().Set("Content-Type", "application/json")
			w.Header().Set("Content-Length", fmt.Sprint(len(cut)))
			w.WriteHeader(status)
			w.Write(cut)
			return
		}
		conn := p.hijack(w)
		if conn == nil {
			return
		}
		fmt.Fprintf(conn, "HTTP/1.1 %d OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", status, len(answer))
		conn.Write(cut)
		conn.Close()
		return
	case Garbage:
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
		p.answer(rec, false)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		w.Write(junk)
		return
	}
	p.answer(rec, false)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(answer)
}

// acceptRaw answers an eth_sendRawTransaction request as a node that took
// the transaction would: with its hash.
func acceptRaw(body []byte) ([]byte, error) {
	var req struct {
		ID     json.RawMessage `json:"id"`
		Params []string        `json:"params"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return nil, fmt.Errorf("decoding the request: %w", err)
	}
	if len(req.Params) != 1 {
		return nil, fmt.Errorf("%d params, want 1", len(req.Params))
	}
	raw, err := hexutil.Decode(req.Params[0])
	if err != nil {
		return nil, fmt.Errorf("decoding the raw transaction: %w", err)
	}
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("decoding the raw transaction: %w", err)
	}
	if len(req.ID) == 0 {
		return nil, errors.New("the request has no id")
	}
	return json.Marshal(struct {
		JSONRPC string          `json:"jsonrpc"`
		ID      json.RawMessage `json:"id"`
		Result  string          `json:"result"`
	}{"2.0", req.ID, tx.Hash().Hex()})
}

func (p *Proxy) forward(body []byte) (int, []byte, error) {
	resp, err := p.fwd.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	answer, err := io.ReadAll(resp.Body)
	return resp.StatusCode, answer, err
}

// hijack takes the connection from the server; nil (reported to onError)
// when it cannot.
func (p *Proxy) hijack(w http.ResponseWriter) net.Conn {
	conn, _, err := w.(http.Hijacker).Hijack()
	if err != nil {
		p.onError(fmt.Errorf("faultproxy: taking over the connection: %w", err))
		return nil
	}
	return conn
}
