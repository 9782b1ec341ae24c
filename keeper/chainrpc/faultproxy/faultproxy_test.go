package faultproxy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const nodeAnswer = `{"jsonrpc":"2.0","id":1,"result":"0x2a"}`

// node is a JSON-RPC node that answers every request with nodeAnswer and
// remembers the methods it was asked.
type node struct {
	srv     *httptest.Server
	mu      sync.Mutex
	methods []string
}

func startNode(t *testing.T) *node {
	n := &node{}
	n.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		n.mu.Lock()
		n.methods = append(n.methods, RequestMethod(body))
		n.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, nodeAnswer)
	}))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *node) seen() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.methods...)
}

func start(t *testing.T, n *node, seed int64) *Proxy {
	t.Helper()
	p, err := New(n.srv.URL, seed, func(err error) { t.Errorf("proxy: %v", err) })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

var client = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 10 * time.Second}

// call posts one JSON-RPC request; status 0 and the error when no answer
// came.
func call(p *Proxy, method string, params ...any) (int, http.Header, []byte, error) {
	if params == nil {
		params = []any{}
	}
	req, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 7, "method": method, "params": params})
	resp, err := client.Post(p.URL(), "application/json", bytes.NewReader(req))
	if err != nil {
		return 0, nil, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, body, err
}

func TestEachFaultAsTheClientSeesIt(t *testing.T) {
	cases := []struct {
		f Fault
		// reachesNode: the node is asked.
		reachesNode bool
		check       func(status int, h http.Header, body []byte, err error) string
	}{
		{Pass, true, func(s int, _ http.Header, b []byte, err error) string {
			if err != nil || s != 200 || string(b) != nodeAnswer {
				return fmt.Sprintf("got %d %q %v, want the node's answer", s, b, err)
			}
			return ""
		}},
		{Drop, true, func(s int, _ http.Header, b []byte, err error) string {
			if err == nil {
				return fmt.Sprintf("got %d %q, want the connection closed", s, b)
			}
			return ""
		}},
		{HTTP500, false, func(s int, _ http.Header, _ []byte, err error) string {
			if err != nil || s != 500 {
				return fmt.Sprintf("got %d %v, want HTTP 500", s, err)
			}
			return ""
		}},
		{HTTP404, false, func(s int, _ http.Header, _ []byte, err error) string {
			if err != nil || s != 404 {
				return fmt.Sprintf("got %d %v, want HTTP 404", s, err)
			}
			return ""
		}},
		{HTTP429, false, func(s int, h http.Header, _ []byte, err error) string {
			if err != nil || s != 429 || h.Get("Retry-After") != "1" {
				return fmt.Sprintf("got %d Retry-After %q %v, want HTTP 429 with Retry-After: 1", s, h.Get("Retry-After"), err)
			}
			return ""
		}},
		{Truncated, true, func(s int, _ http.Header, b []byte, err error) string {
			if err == nil && (len(b) >= len(nodeAnswer) || json.Valid(b)) {
				return fmt.Sprintf("got %d %q, want a cut body", s, b)
			}
			return ""
		}},
		{Garbage, true, func(s int, _ http.Header, b []byte, err error) string {
			var resp struct{ Result, Error json.RawMessage }
			if err != nil || s != 200 || (json.Unmarshal(b, &resp) == nil && (resp.Result != nil || resp.Error != nil)) {
				return fmt.Sprintf("got %d %q %v, want 200 with no JSON-RPC answer", s, b, err)
			}
			return ""
		}},
		{Delay, true, func(s int, _ http.Header, b []byte, err error) string {
			if err != nil || s != 200 || string(b) != nodeAnswer {
				return fmt.Sprintf("got %d %q %v, want the node's answer", s, b, err)
			}
			return ""
		}},
	}
	for _, c := range cases {
		t.Run(c.f.String(), func(t *testing.T) {
			n := startNode(t)
			p := start(t, n, 1)
			p.SetDelay(50 * time.Millisecond)
			// Several requests: the faults' variants (a reset or a close, a
			// short Content-Length or a cut connection, which garbage) vary.
			for i := range 6 {
				p.Queue(c.f)
				s, h, b, err := call(p, "eth_blockNumber")
				if msg := c.check(s, h, b, err); msg != "" {
					t.Errorf("request %d: %s", i, msg)
				}
			}
			if got := len(n.seen()); (got == 6) != c.reachesNode || (got != 0 && got != 6) {
				t.Errorf("the node was asked %d times, want reaches node = %v", got, c.reachesNode)
			}
			if got := p.Counts(); got[c.f] != 6 || len(got) != 1 {
				t.Errorf("counts %v, want 6 × %s", got, c.f)
			}
			if c.f == Delay {
				for _, r := range p.Records() {
					if r.Answered.Sub(r.Arrived) < 50*time.Millisecond {
						t.Errorf("delayed request answered after %v, want at least the delay", r.Answered.Sub(r.Arrived))
					}
				}
			}
		})
	}
}

// The same seed draws the same faults; the rates are honoured roughly.
func TestRatesAreSeeded(t *testing.T) {
	rates := []Rate{{Fault: HTTP500, P: 0.2}, {Fault: HTTP429, P: 0.1}, {Fault: Garbage, P: 0.1}}
	draw := func(seed int64) []Fault {
		p := start(t, startNode(t), seed)
		p.SetRates(rates...)
		for range 200 {
			call(p, "eth_chainId")
		}
		var fs []Fault
		for _, r := range p.Records() {
			fs = append(fs, r.Fault)
		}
		return fs
	}
	a, b, c := draw(5), draw(5), draw(6)
	if !slices.Equal(a, b) {
		t.Fatalf("seed 5 drew different faults on two runs:\n%v\n%v", a, b)
	}
	if slices.Equal(a, c) {
		t.Fatalf("seeds 5 and 6 drew the same faults")
	}
	count := map[Fault]int{}
	for _, f := range a {
		count[f]++
	}
	// Binomial(200, p): these bounds are beyond 4 standard deviations.
	if count[HTTP500] < 20 || count[HTTP500] > 60 || count[HTTP429] < 5 || count[HTTP429] > 35 ||
		count[Garbage] < 5 || count[Garbage] > 35 || count[Pass] < 80 {
		t.Errorf("counts %v over 200 requests at rates %v", count, rates)
	}
}

func rawTx(t *testing.T) (string, string) {
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(big.NewInt(31337)),
		&types.DynamicFeeTx{ChainID: big.NewInt(31337), Nonce: 3, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), Gas: 21000})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(raw), tx.Hash().Hex()
}

func TestBlackholeAcknowledgesSendsAndDropsThem(t *testing.T) {
	n := startNode(t)
	p := start(t, n, 1)
	p.SetRates(Rate{Fault: HTTP500, P: 1}) // the switch wins over the rates for sends
	p.SetBlackhole(true)
	raw, hash := rawTx(t)
	s, _, b, err := call(p, "eth_sendRawTransaction", raw)
	var resp struct {
		ID     int
		Result string
	}
	if err != nil || s != 200 || json.Unmarshal(b, &resp) != nil || resp.Result != hash || resp.ID != 7 {
		t.Fatalf("blackholed send: %d %q %v, want the transaction's hash %s with the request's id", s, b, err, hash)
	}
	if s, _, _, _ := call(p, "eth_blockNumber"); s != 500 {
		t.Errorf("other methods under the blackhole: %d, want the rates' HTTP 500", s)
	}
	if got := n.seen(); len(got) != 0 {
		t.Errorf("the node saw %v under the blackhole, want nothing", got)
	}
	p.SetBlackhole(false)
	p.SetRates()
	if s, _, b, err := call(p, "eth_sendRawTransaction", raw); err != nil || string(b) != nodeAnswer || s != 200 {
		t.Errorf("send after the blackhole: %d %q %v, want the node's answer", s, b, err)
	}
	if got := n.seen(); !slices.Equal(got, []string{"eth_sendRawTransaction"}) {
		t.Errorf("the node saw %v, want the send after the blackhole", got)
	}
	if c := p.Counts(); c[Blackholed] != 1 || c[HTTP500] != 1 || c[Pass] != 1 {
		t.Errorf("counts %v", c)
	}
}

func TestDownClosesEveryConnectionUntilUp(t *testing.T) {
	n := startNode(t)
	p := start(t, n, 1)
	p.SetDown(true)
	for _, m := range []string{"eth_blockNumber", "eth_sendRawTransaction"} {
		if s, _, b, err := call(p, m); err == nil {
			t.Errorf("%s while down: %d %q, want the connection closed", m, s, b)
		}
	}
	if got := n.seen(); len(got) != 0 {
		t.Errorf("the node saw %v while down", got)
	}
	p.SetDown(false)
	if s, _, b, err := call(p, "eth_blockNumber"); err != nil || s != 200 || !strings.Contains(string(b), "0x2a") {
		t.Errorf("after the outage: %d %q %v", s, b, err)
	}
	if c := p.Count(Down); c != 2 {
		t.Errorf("%d requests counted down, want 2", c)
	}
}

func TestSilentHoldsEveryRequestUnansweredUntilTheClientGivesUp(t *testing.T) {
	n := startNode(t)
	p := start(t, n, 1)
	p.SetRates(Rate{Fault: HTTP500, P: 1}) // the switch wins over the rates
	p.SetSilent(true)
	impatient := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 300 * time.Millisecond}
	raw, _ := rawTx(t)
	for _, m := range []string{"eth_blockNumber", "eth_sendRawTransaction"} {
		req, _ := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 7, "method": m, "params": []any{raw}})
		began := time.Now()
		resp, err := impatient.Post(p.URL(), "application/json", bytes.NewReader(req))
		if err == nil {
			resp.Body.Close()
			t.Fatalf("%s while silent: %d, want no answer", m, resp.StatusCode)
		}
		if took := time.Since(began); took < 250*time.Millisecond {
			t.Errorf("%s while silent ended after %s (%v), want the client's timeout", m, took, err)
		}
	}
	waitUntil(t, func() bool {
		recs := p.Records()
		return len(recs) == 2 && recs[0].ClientGone && recs[1].ClientGone && !recs[1].Answered.IsZero()
	})
	if got := n.seen(); len(got) != 0 {
		t.Errorf("the node saw %v while silent", got)
	}
	p.SetSilent(false)
	p.SetRates()
	if s, _, b, err := call(p, "eth_blockNumber"); err != nil || s != 200 || string(b) != nodeAnswer {
		t.Errorf("after the silence: %d %q %v", s, b, err)
	}
	if c := p.Counts(); c[Silent] != 2 || c[Pass] != 1 || len(c) != 2 {
		t.Errorf("counts %v, want 2 silent and 1 pass", c)
	}
}

func TestRefusingClosesThePortUntilUpAgain(t *testing.T) {
	n := startNode(t)
	p := start(t, n, 1)
	keepAlive := &http.Client{Timeout: 5 * time.Second}
	post := func() (int, error) {
		resp, err := keepAlive.Post(p.URL(), "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		io.Copy(io.Discard, resp.Body)
		return resp.StatusCode, nil
	}
	if s, err := post(); err != nil || s != 200 {
		t.Fatalf("before: %d %v", s, err)
	}
	if err := p.SetRefusing(true); err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(p.URL(), "http://")
	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		t.Fatal("a connection was accepted while refusing")
	} else if !errors.Is(err, syscall.ECONNREFUSED) {
		t.Errorf("dialling while refusing: %v, want connection refused", err)
	}
	// The kept-alive connection is closed too.
	if s, err := post(); err == nil {
		t.Errorf("a request on the kept-alive client while refusing: %d, want an error", s)
	}
	if err := p.SetRefusing(false); err != nil {
		t.Fatal(err)
	}
	if s, err := post(); err != nil || s != 200 {
		t.Errorf("after refusing: %d %v", s, err)
	}
	if got := n.seen(); !slices.Equal(got, []string{"eth_chainId", "eth_chainId"}) {
		t.Errorf("the node saw %v, want the request before and the one after", got)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if err := p.SetRefusing(false); err == nil {
		t.Error("a closed proxy listened again")
	}
}

// waitUntil polls cond for up to 5 seconds.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
	}
}
