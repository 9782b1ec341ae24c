package chainrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// fakeNode is a JSON-RPC node answering from its fields, recording the
// methods it was asked.
type fakeNode struct {
	srv *httptest.Server

	mu      sync.Mutex
	chainID int64
	head    uint64
	// status, when set, answers every request with that HTTP status.
	status int
	// answers maps a method to its result (raw JSON) or, prefixed "error:",
	// a JSON-RPC error message.
	answers map[string]string
	// seq maps a method to answers given before those of answers, one a
	// request, in order.
	seq   map[string][]string
	calls []string
	auth  []string
	// batches counts the HTTP requests that were JSON-RPC batches.
	batches int
}

func newFakeNode(t testing.TB, chainID int64, head uint64) *fakeNode {
	n := &fakeNode{chainID: chainID, head: head, answers: map[string]string{}, seq: map[string][]string{}}
	n.srv = httptest.NewServer(http.HandlerFunc(n.serve))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *fakeNode) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var reqs []fakeRequest
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	if batch {
		err = json.Unmarshal(body, &reqs)
	} else {
		reqs = make([]fakeRequest, 1)
		err = json.Unmarshal(body, &reqs[0])
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	n.auth = append(n.auth, r.Header.Get("Authorization"))
	if batch {
		n.batches++
	}
	if n.status != 0 {
		n.calls = append(n.calls, reqs[0].Method)
		http.Error(w, "down", n.status)
		return
	}
	out := make([]string, len(reqs))
	for i, req := range reqs {
		out[i] = n.answerLocked(req)
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		fmt.Fprintf(w, "[%s]", strings.Join(out, ","))
		return
	}
	fmt.Fprint(w, out[0])
}

// fakeRequest is one JSON-RPC request to a fakeNode.
type fakeRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

// answerLocked records req and answers it (a JSON-RPC response object).
func (n *fakeNode) answerLocked(req fakeRequest) string {
	n.calls = append(n.calls, req.Method)
	result, ok := n.answers[req.Method]
	if q := n.seq[req.Method]; len(q) > 0 {
		result, ok, n.seq[req.Method] = q[0], true, q[1:]
	}
	switch req.Method {
	case "eth_chainId":
		result, ok = fmt.Sprintf("%q", hexutil.EncodeUint64(uint64(n.chainID))), true
	case "eth_blockNumber":
		result, ok = fmt.Sprintf("%q", hexutil.EncodeUint64(n.head)), true
	case "eth_getBlockByNumber":
		if !ok {
			// Unless the test says otherwise: the blocks up to the head,
			// without transactions.
			result, ok = "null", true
			var num hexutil.Uint64
			if len(req.Params) > 0 && json.Unmarshal(req.Params[0], &num) == nil && uint64(num) <= n.head {
				result = fmt.Sprintf(`{"number":%q,"hash":%q,"transactions":[]}`, num, common.BigToHash(new(big.Int).SetUint64(uint64(num))))
			}
		}
	}
	switch {
	case !ok:
		return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32601,"message":"method not found"}}`, req.ID)
	case strings.HasPrefix(result, "error:"):
		return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"error":{"code":-32000,"message":%q}}`, req.ID, strings.TrimPrefix(result, "error:"))
	}
	return fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":%s}`, req.ID, result)
}

func (n *fakeNode) set(f func(n *fakeNode)) { n.mu.Lock(); f(n); n.mu.Unlock() }

// asked counts the requests for method.
func (n *fakeNode) asked(method string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	c := 0
	for _, m := range n.calls {
		if m == method {
			c++
		}
	}
	return c
}

// testMultiConfig retries little and fast, and refreshes heads only when
// a test says so (by a long HeadRefresh).
func testMultiConfig() MultiConfig {
	return MultiConfig{Config: Config{CallTimeout: 5 * time.Second, MaxAttempts: 2, InitialBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond},
		ChainID: 31337, MaxLagBlocks: 3, HeadRefresh: time.Hour,
		SendAccepted: func(err error) bool { return strings.Contains(err.Error(), "already known") }}
}

func dialNodes(t *testing.T, cfg MultiConfig, nodes ...*fakeNode) (*ethclient.Client, *Multi) {
	t.Helper()
	return dialNodesWith(t, cfg, nil, nil, nodes...)
}

// dialNodesWith is dialNodes logging to log and counting in met.
func dialNodesWith(t *testing.T, cfg MultiConfig, log *slog.Logger, met Metrics, nodes ...*fakeNode) (*ethclient.Client, *Multi) {
	t.Helper()
	var ps []Provider
	for i, n := range nodes {
		ps = append(ps, Provider{URL: n.srv.URL, Name: fmt.Sprintf("node%d", i)})
	}
	cl, m, err := DialMulti(context.Background(), ps, cfg, log, met)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cl.Close(); m.Close() })
	return cl, m
}

func states(m *Multi) []string {
	var out []string
	for _, h := range m.Health() {
		out = append(out, h.State)
	}
	return out
}

func TestMultiStartRefusesAProviderOnAnotherChain(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 1, 10)
	_, _, err := DialMulti(context.Background(), []Provider{{URL: a.srv.URL, Name: "a"}, {URL: b.srv.URL, Name: "b"}}, testMultiConfig(), nil, nil)
	var wc *WrongChainError
	if !errors.As(err, &wc) || !errors.Is(err, ErrWrongChain) || wc.Index != 1 || wc.Reported.Int64() != 1 || wc.Want != 31337 {
		t.Fatalf("err %v; want provider 1's wrong chain id 1", err)
	}
}

func TestMultiStartsWithADeadProviderButNotWithNone(t *testing.T) {
	a, dead := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	dead.srv.Close()
	cl, m := dialNodes(t, testMultiConfig(), dead, a)
	if got := states(m); got[0] != StateUnverified || got[1] != StateHealthy {
		t.Fatalf("states %v; want the dead provider unverified, the other healthy", got)
	}
	if n, err := cl.BlockNumber(context.Background()); err != nil || n != 10 {
		t.Fatalf("block number %d, %v", n, err)
	}
	_, _, err := DialMulti(context.Background(), []Provider{{URL: dead.srv.URL, Name: "dead"}}, testMultiConfig(), nil, nil)
	if !errors.Is(err, ErrNoProvider) {
		t.Fatalf("err %v; want ErrNoProvider", err)
	}
}

func TestMultiFailsOverAndMarksTheFailingProvider(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	cl, m := dialNodes(t, testMultiConfig(), a, b)
	a.set(func(n *fakeNode) { n.status = http.StatusBadGateway })
	if n, err := cl.BlockNumber(context.Background()); err != nil || n != 10 {
		t.Fatalf("block number %d, %v", n, err)
	}
	if got := states(m); got[0] != StateFailing || got[1] != StateHealthy {
		t.Fatalf("states %v; want the first failing", got)
	}
	// Now the second is read first: the first is not asked again.
	before := a.asked("eth_blockNumber")
	if _, err := cl.BlockNumber(context.Background()); err != nil {
		t.Fatal(err)
	}
	if a.asked("eth_blockNumber") != before || b.asked("eth_blockNumber") < 2 {
		t.Fatalf("a asked %d times (before %d), b %d", a.asked("eth_blockNumber"), before, b.asked("eth_blockNumber"))
	}
	// A probe that succeeds makes it healthy again.
	a.set(func(n *fakeNode) { n.status = 0 })
	m.probe(context.Background(), m.ps[0])
	m.notify()
	if got := states(m); got[0] != StateHealthy {
		t.Fatalf("states %v after a good probe", got)
	}
}

func TestMultiDoesNotReadFromALaggingProvider(t *testing.T) {
	lag, a := newFakeNode(t, 31337, 90), newFakeNode(t, 31337, 100)
	lag.answers["eth_gasPrice"], a.answers["eth_gasPrice"] = `"0x1"`, `"0x2"`
	cl, m := dialNodes(t, testMultiConfig(), lag, a)
	if got := states(m); got[0] != StateLagging || got[1] != StateHealthy {
		t.Fatalf("states %v; want the first lagging", got)
	}
	p, err := cl.SuggestGasPrice(context.Background())
	if err != nil || p.Int64() != 2 || lag.asked("eth_gasPrice") != 0 {
		t.Fatalf("gas price %v, %v; lagging provider asked %d times", p, err, lag.asked("eth_gasPrice"))
	}
	// Within max_lag_blocks it is healthy again.
	lag.set(func(n *fakeNode) { n.head = 97 })
	m.probe(context.Background(), m.ps[0])
	if got := states(m); got[0] != StateHealthy {
		t.Fatalf("states %v; want 3 blocks behind to be healthy", got)
	}
}

func TestMultiBelievesPinnedCallsAndReceiptsOnlyWhenTwoAgree(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	a.answers["eth_call"], b.answers["eth_call"] = `"0x01"`, `"0x01"`
	cl, _ := dialNodes(t, testMultiConfig(), a, b)
	ctx := context.Background()
	to := common.HexToAddress("0x01")
	msg := ethereum.CallMsg{To: &to}
	if out, err := cl.CallContract(ctx, msg, big.NewInt(5)); err != nil || hexutil.Encode(out) != "0x01" {
		t.Fatalf("agreed call: %x, %v", out, err)
	}
	if a.asked("eth_call") != 1 || b.asked("eth_call") != 1 {
		t.Fatalf("asked a %d, b %d times; want both once", a.asked("eth_call"), b.asked("eth_call"))
	}

	b.set(func(n *fakeNode) { n.answers["eth_call"] = `"0x02"` })
	out, err := cl.CallContract(ctx, msg, big.NewInt(5))
	if !errors.Is(err, ErrDisagreement) || out != nil {
		t.Fatalf("disagreeing call: %x, %v; want ErrDisagreement and no value", out, err)
	}
	if !strings.Contains(err.Error(), "node0") || !strings.Contains(err.Error(), "node1") {
		t.Fatalf("error %q does not name both providers", err)
	}
	// At "latest" one provider is enough: the first is believed.
	if out, err := cl.CallContract(ctx, msg, nil); err != nil || hexutil.Encode(out) != "0x01" {
		t.Fatalf("latest call: %x, %v", out, err)
	}

	a.answers["eth_getTransactionReceipt"], b.answers["eth_getTransactionReceipt"] = "null",
		`{"blockHash":"0x`+strings.Repeat("1", 64)+`","blockNumber":"0x5","status":"0x1","transactionIndex":"0x0","cumulativeGasUsed":"0x5208","gasUsed":"0x5208","logs":[],"logsBloom":"0x`+strings.Repeat("0", 512)+`","transactionHash":"0x`+strings.Repeat("2", 64)+`","contractAddress":null,"effectiveGasPrice":"0x1","from":"0x0000000000000000000000000000000000000001","to":null,"type":"0x2"}`
	if r, err := cl.TransactionReceipt(ctx, common.Hash{2}); !errors.Is(err, ErrDisagreement) || r != nil {
		t.Fatalf("disagreeing receipt: %v, %v; want ErrDisagreement and no receipt", r, err)
	}
}

func TestMultiTakesOneAnswerWhileTheOtherProviderIsDown(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	a.answers["eth_call"], b.answers["eth_call"] = `"0x01"`, `"0x02"`
	cl, m := dialNodes(t, testMultiConfig(), a, b)
	b.set(func(n *fakeNode) { n.status = http.StatusServiceUnavailable })
	to := common.HexToAddress("0x01")
	out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &to}, big.NewInt(5))
	if err != nil || hexutil.Encode(out) != "0x01" {
		t.Fatalf("call with one provider down: %x, %v", out, err)
	}
	if got := states(m); got[1] != StateFailing {
		t.Fatalf("states %v", got)
	}
}

func TestMultiBroadcastsRawTransactionsToEveryProvider(t *testing.T) {
	a, b, c := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	hash := `"0x` + strings.Repeat("ab", 32) + `"`
	a.answers["eth_sendRawTransaction"] = "error:already known"
	b.answers["eth_sendRawTransaction"] = "error:insufficient funds for gas"
	c.answers["eth_sendRawTransaction"] = hash
	_, m := dialNodes(t, testMultiConfig(), a, b, c)
	rc := rpc.DialOptions
	cl, err := rc(context.Background(), multiURL, rpc.WithHTTPClient(&http.Client{Transport: m}))
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	var got string
	if err := cl.Call(&got, "eth_sendRawTransaction", "0x01"); err != nil || got != strings.Trim(hash, `"`) {
		t.Fatalf("send: %q, %v; want the accepting node's hash", got, err)
	}
	for i, n := range []*fakeNode{a, b, c} {
		if n.asked("eth_sendRawTransaction") != 1 {
			t.Errorf("node %d asked %d times", i, n.asked("eth_sendRawTransaction"))
		}
	}
	// "already known" is accepted when no node answers a hash.
	c.set(func(n *fakeNode) { n.status = http.StatusBadGateway })
	if err := cl.Call(&got, "eth_sendRawTransaction", "0x01"); err == nil || !strings.Contains(err.Error(), "already known") {
		t.Fatalf("send: %v; want the accepted \"already known\" answer", err)
	}
	// Nobody accepting: a node's answer, not the transport failure.
	a.set(func(n *fakeNode) { n.status = http.StatusBadGateway })
	if err := cl.Call(&got, "eth_sendRawTransaction", "0x01"); err == nil || !strings.Contains(err.Error(), "insufficient funds") {
		t.Fatalf("send: %v; want the node's insufficient funds answer", err)
	}
}

func TestMultiSplitsBatchesAndSendsCredentials(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	a.answers["eth_call"], b.answers["eth_call"] = `"0x01"`, `"0x02"`
	a.answers["eth_gasPrice"] = `"0x7"`
	withUser := strings.Replace(a.srv.URL, "http://", "http://user:pw@", 1)
	cl, m, err := DialMulti(context.Background(), []Provider{{URL: withUser, Name: "a"}, {URL: b.srv.URL, Name: "b"}}, testMultiConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cl.Close(); m.Close() }()
	var price, call string
	batch := []rpc.BatchElem{
		{Method: "eth_gasPrice", Result: &price},
		{Method: "eth_call", Args: []any{map[string]string{"to": "0x01"}, "0x5"}, Result: &call},
	}
	// A batch is as good as its worst answer: the pinned call is not
	// believed while the providers disagree.
	if err := cl.Client().BatchCall(batch); !errors.Is(err, ErrDisagreement) {
		t.Fatalf("batch with a disagreement: %v", err)
	}
	b.set(func(n *fakeNode) { n.answers["eth_call"] = `"0x01"` })
	if err := cl.Client().BatchCall(batch); err != nil {
		t.Fatal(err)
	}
	if price != "0x7" || batch[0].Error != nil || call != "0x01" || batch[1].Error != nil {
		t.Fatalf("batch: price %q (%v), call %q (%v)", price, batch[0].Error, call, batch[1].Error)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if len(a.auth) == 0 || a.auth[0] != "Basic dXNlcjpwdw==" {
		t.Fatalf("Authorization %v; want the URL's user and password", a.auth)
	}
}

// Answers with the same fields in another order, or other spacing, are
// the same vote; other values are not.
func TestVoteIgnoresFieldOrder(t *testing.T) {
	a, _ := vote([]byte(`{"jsonrpc":"2.0","id":1,"result":{"blockHash":"0x01","logs":[{"a":1,"b":2.50}],"status":"0x1"}}`))
	b, _ := vote([]byte(`{"id":7,"result":{"status":"0x1", "logs":[{"b":2.50,"a":1}],"blockHash":"0x01"},"jsonrpc":"2.0"}`))
	c, _ := vote([]byte(`{"jsonrpc":"2.0","id":1,"result":{"blockHash":"0x02","logs":[{"a":1,"b":2.50}],"status":"0x1"}}`))
	if a != b {
		t.Errorf("votes differ by field order: %s vs %s", a, b)
	}
	if a == c {
		t.Errorf("different block hashes vote alike: %s", a)
	}
	e1, err1 := vote([]byte(`{"id":1,"error":{"code":-32000,"message":"x"}}`))
	e2, err2 := vote([]byte(`{"id":1,"error":{"message":"x","code":-32000}}`))
	if e1 != e2 || err1 == nil || err2 == nil || err1.Code != -32000 {
		t.Errorf("error votes %s, %s (%v, %v)", e1, e2, err1, err2)
	}
}
