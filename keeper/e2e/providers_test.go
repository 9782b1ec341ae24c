package e2e

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	_ "github.com/mattn/go-sqlite3"
)

// rpcProxy is an HTTP JSON-RPC proxy in front of anvil that the test
// controls: it counts what it served, and can present a head lag blocks old
// or lie about receipts.
type rpcProxy struct {
	t      *testing.T
	target string
	srv    *httptest.Server
	url    string

	// lag, when > 0, makes the proxy present a head lag blocks old:
	// eth_blockNumber answers head-lag and "latest" (or "pending") in
	// eth_getBlockByNumber and eth_call is the block head-lag.
	lag uint64
	// lieReceipts makes the proxy answer every mined receipt with another
	// block hash.
	lieReceipts atomic.Bool
	// reorderReceipts makes the proxy re-serialise receipts with their
	// fields in another order (as another node implementation may), the
	// same values.
	reorderReceipts bool

	mu      sync.Mutex
	methods map[string]int
	calls   []string // the block parameter of each eth_call served
	raws    []string // the raw transactions of eth_sendRawTransaction
	lies    int      // receipts answered with a false block hash
}

// fakeBlockHash is the block hash the lying proxy puts in receipts.
var fakeBlockHash = common.HexToHash("0x1badb10c000000000000000000000000000000000000000000000000deadbeef")

func startRPCProxy(t *testing.T, target string) *rpcProxy {
	t.Helper()
	p := &rpcProxy{t: t, target: target, methods: map[string]int{}}
	p.srv = httptest.NewServer(http.HandlerFunc(p.serve))
	p.url = p.srv.URL
	t.Cleanup(p.srv.Close)
	return p
}

// deadURL is an http URL on 127.0.0.1 where nothing listens: connections
// are refused.
func deadURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr
}

type rpcMsg struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

func (p *rpcProxy) serve(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var msg rpcMsg
	if b := bytes.TrimSpace(body); len(b) == 0 || b[0] != '{' || json.Unmarshal(b, &msg) != nil {
		// Batches (the keeper's Multi sends batches of pinned eth_calls
		// whole, other calls one by one) are counted and pass unchanged, as
		// does anything else.
		var batch []rpcMsg
		if json.Unmarshal(b, &batch) == nil {
			p.mu.Lock()
			for _, m := range batch {
				p.countLocked(m)
			}
			p.mu.Unlock()
		}
		out, err := p.forward(body)
		p.write(w, out, err)
		return
	}
	p.mu.Lock()
	p.countLocked(msg)
	p.mu.Unlock()

	if p.lag > 0 {
		if out, ok := p.lagged(msg); ok {
			p.write(w, out, nil)
			return
		}
	}
	out, err := p.forward(body)
	if err == nil && p.lieReceipts.Load() && msg.Method == "eth_getTransactionReceipt" {
		out = p.lie(out)
	}
	if err == nil && p.reorderReceipts && msg.Method == "eth_getTransactionReceipt" {
		var r map[string]any
		d := json.NewDecoder(bytes.NewReader(out))
		d.UseNumber()
		if d.Decode(&r) == nil {
			out, _ = json.Marshal(r) // map keys sorted
		}
	}
	p.write(w, out, err)
}

// countLocked records msg: its method, and an eth_call's block or a raw
// transaction. p.mu is held.
func (p *rpcProxy) countLocked(msg rpcMsg) {
	p.methods[msg.Method]++
	switch msg.Method {
	case "eth_call":
		blk := ""
		if len(msg.Params) >= 2 {
			blk = string(msg.Params[1])
		}
		p.calls = append(p.calls, blk)
	case "eth_sendRawTransaction":
		var raw string
		if len(msg.Params) > 0 {
			_ = json.Unmarshal(msg.Params[0], &raw)
		}
		p.raws = append(p.raws, raw)
	}
}

// lagged answers msg as a node head-lag blocks behind would, when the
// method depends on the head.
func (p *rpcProxy) lagged(msg rpcMsg) ([]byte, bool) {
	old := func() (string, bool) {
		head, err := p.head()
		if err != nil || head < p.lag {
			return "", false
		}
		return hexutil.EncodeUint64(head - p.lag), true
	}
	isTag := func(raw json.RawMessage) bool {
		var s string
		return json.Unmarshal(raw, &s) == nil && (s == "latest" || s == "pending")
	}
	switch msg.Method {
	case "eth_blockNumber":
		n, ok := old()
		if !ok {
			return nil, false
		}
		return []byte(fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":%q}`, msg.ID, n)), true
	case "eth_getBlockByNumber", "eth_call", "eth_getBalance", "eth_getTransactionCount", "eth_getCode":
		i := 1
		if msg.Method == "eth_getBlockByNumber" {
			i = 0
		}
		if len(msg.Params) <= i || !isTag(msg.Params[i]) {
			return nil, false
		}
		n, ok := old()
		if !ok {
			return nil, false
		}
		msg.Params[i] = json.RawMessage(fmt.Sprintf("%q", n))
		body, _ := json.Marshal(msg)
		out, err := p.forward(body)
		if err != nil {
			return nil, false
		}
		return out, true
	}
	return nil, false
}

// head is anvil's block number.
func (p *rpcProxy) head() (uint64, error) {
	out, err := p.forward([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	if err != nil {
		return 0, err
	}
	var r struct {
		Result hexutil.Uint64 `json:"result"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return 0, err
	}
	return uint64(r.Result), nil
}

// lie replaces the block hash of a mined receipt, everywhere in the
// answer, leaving the rest byte for byte as anvil wrote it.
func (p *rpcProxy) lie(out []byte) []byte {
	var r struct {
		Result *struct {
			BlockHash *common.Hash `json:"blockHash"`
		} `json:"result"`
	}
	if json.Unmarshal(out, &r) != nil || r.Result == nil || r.Result.BlockHash == nil {
		return out
	}
	p.mu.Lock()
	p.lies++
	p.mu.Unlock()
	return bytes.ReplaceAll(out, []byte(r.Result.BlockHash.Hex()), []byte(fakeBlockHash.Hex()))
}

func (p *rpcProxy) forward(body []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.target, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func (p *rpcProxy) write(w http.ResponseWriter, out []byte, err error) {
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(out)
}

func (p *rpcProxy) count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.methods[method]
}

func (p *rpcProxy) ethCalls() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.calls...)
}

// sentTxs are the hashes of the raw transactions the proxy passed on.
func (p *rpcProxy) sentTxs() []common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	var hs []common.Hash
	for _, raw := range p.raws {
		var tx types.Transaction
		b, err := hexutil.Decode(raw)
		if err != nil || tx.UnmarshalBinary(b) != nil {
			p.t.Errorf("unparsable raw transaction %q", raw)
			continue
		}
		hs = append(hs, tx.Hash())
	}
	return hs
}

// useProviders points the env's keeper at urls (local.chain.rpc_urls).
func (e *env) useProviders(urls ...string) {
	e.t.Helper()
	quoted := make([]string, len(urls))
	for i, u := range urls {
		quoted[i] = fmt.Sprintf("%q", u)
	}
	e.editConfig(fmt.Sprintf("rpc_url: %q", e.anvil.URL), "rpc_urls: ["+strings.Join(quoted, ", ")+"]")
}

// onceOverProviders runs `keeper once` to its end (the caller mines
// blocks in the background) and checks that exactly one rebalance was recorded mined
// (on anvil, from the Vault key) and the keeper's nonce advanced by one. It
// returns the run and the mined transaction.
func (e *env) onceOverProviders() (*keeperRun, common.Hash) {
	e.t.Helper()
	before := e.keeperNonce()
	k := e.start("once", "--log-format", "json")
	if err := k.wait(e.t, 3*time.Minute); err != nil {
		e.t.Fatalf("keeper once: %v\n%s", err, k.out.String())
	}
	mined := e.minedRebalances()
	if len(mined) != 1 {
		e.t.Fatalf("%d mined rebalances recorded, want 1:\n%s", len(mined), k.out.String())
	}
	if n := e.keeperNonce(); n != before+1 {
		e.t.Fatalf("the keeper's nonce went from %d to %d, want +1", before, n)
	}
	if signed := k.signedAttempts(); len(signed) != 1 || signed[0] != mined[0] {
		e.t.Fatalf("signed %v, recorded mined %v: want the one signed transaction", signed, mined)
	}
	return k, mined[0]
}

// recordedBlockHash is the block hash the keeper's database records for
// the send with the attempt tx (none: the zero hash).
func (e *env) recordedBlockHash(tx common.Hash) common.Hash {
	e.t.Helper()
	db, err := sql.Open("sqlite3", "file:"+e.dbPath+"?mode=ro")
	if err != nil {
		e.t.Fatal(err)
	}
	defer db.Close()
	var h string
	if err := db.QueryRow(`SELECT s.block_hash FROM sends s JOIN attempts a ON a.send_id = s.id WHERE a.hash = ?`, tx.Hex()).Scan(&h); err != nil {
		e.t.Fatalf("reading the send of %s: %v", tx.Hex(), err)
	}
	return common.HexToHash(h)
}

// With rpc_urls listing a node that refuses connections and a healthy one,
// `keeper once` decides, and its rebalance is mined and recorded as with
// one node.
func TestOnceWithOneProviderDead(t *testing.T) {
	e := newEnv(t, kvToken)
	live := startRPCProxy(t, e.anvil.URL)
	e.useProviders(deadURL(t), live.url)
	e.mineBlocks()
	_, tx := e.onceOverProviders()
	if got := live.sentTxs(); len(got) != 1 || got[0] != tx {
		t.Fatalf("the live provider was sent %v, want the rebalance %s", got, tx.Hex())
	}
}

// A provider whose head is 10 blocks old (max_lag_blocks 3) is not read
// from: it serves no eth_call nor receipt, and the tick still decides and
// sends, through the healthy one.
func TestOnceWithOneProviderLagging(t *testing.T) {
	e := newEnv(t, kvToken)
	e.mineBlocks() // more than 10 blocks before the keeper starts
	waitFor(t, "12 blocks", time.Minute, func() bool {
		n, err := e.chain.Client.BlockNumber(context.Background())
		return err == nil && n > 12
	})
	slow := startRPCProxy(t, e.anvil.URL)
	slow.lag = 10
	fast := startRPCProxy(t, e.anvil.URL)
	e.useProviders(slow.url, fast.url)
	k, tx := e.onceOverProviders()
	lagging := false
	for _, l := range k.logLines("RPC provider not healthy") {
		lagging = lagging || (l["provider"] == 0.0 && l["state"] == "lagging")
	}
	if !lagging {
		t.Errorf("the keeper did not say provider 0 is lagging:\n%s", k.out.String())
	}
	if calls := slow.ethCalls(); len(calls) != 0 {
		t.Errorf("the lagging provider served %d eth_call(s) (blocks %v); want none", len(calls), calls)
	}
	for _, m := range []string{"eth_getTransactionReceipt", "eth_estimateGas", "eth_getTransactionCount", "eth_getBlockByNumber"} {
		if n := slow.count(m); n != 0 {
			t.Errorf("the lagging provider served %d %s request(s); want none", n, m)
		}
	}
	if slow.count("eth_blockNumber") == 0 {
		t.Error("the keeper never read the lagging provider's head")
	}
	if fast.count("eth_call") == 0 {
		t.Error("the healthy provider served no eth_call")
	}
	if got := fast.sentTxs(); len(got) != 1 || got[0] != tx {
		t.Fatalf("the healthy provider was sent %v, want the rebalance %s", got, tx.Hex())
	}
}

// The rebalance's raw transaction is broadcast to every provider: both
// proxies pass on the same eth_sendRawTransaction, that of the mined
// rebalance.
func TestRawTransactionReachesBothProviders(t *testing.T) {
	e := newEnv(t, kvToken)
	a, b := startRPCProxy(t, e.anvil.URL), startRPCProxy(t, e.anvil.URL)
	e.useProviders(a.url, b.url)
	e.mineBlocks()
	_, tx := e.onceOverProviders()
	for i, p := range []*rpcProxy{a, b} {
		if got := p.sentTxs(); len(got) != 1 || got[0] != tx {
			t.Errorf("provider %d was sent %v, want the rebalance %s once", i, got, tx.Hex())
		}
	}
}

// A provider that lies about receipts (another block hash) while serving
// the chain's headers is outvoted by them: with the liar lying throughout,
// `keeper once` records the mined rebalance in the chain's block, and says
// that the liar is lying, with the evidence.
func TestProviderLyingAboutReceiptsIsOutvotedByHeaders(t *testing.T) {
	e := newEnv(t, kvToken)
	liar, honest := startRPCProxy(t, e.anvil.URL), startRPCProxy(t, e.anvil.URL)
	liar.lieReceipts.Store(true)
	e.useProviders(liar.url, honest.url)
	e.mineBlocks()
	k, tx := e.onceOverProviders()
	liar.mu.Lock()
	lies := liar.lies
	liar.mu.Unlock()
	if lies == 0 {
		t.Fatalf("the liar told no lie: the test proves nothing\n%s", k.out.String())
	}
	rcpt, err := e.chain.Client.TransactionReceipt(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.recordedBlockHash(tx); got != rcpt.BlockHash || got == fakeBlockHash {
		t.Fatalf("recorded block hash %s, the chain's is %s (the lie %s)", got.Hex(), rcpt.BlockHash.Hex(), fakeBlockHash.Hex())
	}
	caught := k.logLines("RPC provider caught lying; not used until its quarantine ends")
	if len(caught) == 0 || caught[0]["level"] != "WARN" || caught[0]["provider"] != 0.0 || caught[0]["url"] != liar.url ||
		!strings.Contains(fmt.Sprint(caught[0]["evidence"]), fakeBlockHash.Hex()) ||
		!strings.Contains(fmt.Sprint(caught[0]["evidence"]), rcpt.BlockHash.Hex()) {
		t.Fatalf("the keeper did not say provider 0 lies, with the evidence: %v\n%s", caught, k.out.String())
	}
	lying := false
	for _, l := range k.logLines("RPC provider not healthy") {
		lying = lying || (l["provider"] == 0.0 && l["state"] == "lying")
	}
	if !lying {
		t.Errorf("the keeper's health never said provider 0 is lying:\n%s", k.out.String())
	}
	if honest.count("eth_getBlockByNumber") == 0 || liar.count("eth_getBlockByNumber") == 0 {
		t.Errorf("headers read: liar %d, honest %d; want both asked", liar.count("eth_getBlockByNumber"), honest.count("eth_getBlockByNumber"))
	}
}

// Two honest providers whose receipts list the same fields in another
// order (as different node implementations do) agree: the rebalance is
// mined and recorded in the chain's block.
func TestReceiptsInAnotherFieldOrderAgree(t *testing.T) {
	e := newEnv(t, kvToken)
	a, b := startRPCProxy(t, e.anvil.URL), startRPCProxy(t, e.anvil.URL)
	a.reorderReceipts = true
	e.useProviders(a.url, b.url)
	e.mineBlocks()
	_, tx := e.onceOverProviders()
	rcpt, err := e.chain.Client.TransactionReceipt(context.Background(), tx)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.recordedBlockHash(tx); got != rcpt.BlockHash {
		t.Fatalf("recorded block hash %s, the chain's is %s", got.Hex(), rcpt.BlockHash.Hex())
	}
}
