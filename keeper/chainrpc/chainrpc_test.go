package chainrpc

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// Contracts installed with anvil_setCode: one returns the word 42, the
// other reverts.
var (
	answerContract = common.HexToAddress("0x00000000000000000000000000000000000a4542")
	answerCode     = "0x602a60005260206000f3" // mstore(0, 42) return(0, 32)
	revertContract = common.HexToAddress("0x00000000000000000000000000000000000dead0")
	revertCode     = "0x60006000fd" // revert(0, 0)
	recipient      = common.HexToAddress("0x00000000000000000000000000000000000b0b00")
)

// node is a real anvil that mines each transaction as it arrives, with a
// funded key and the two contracts.
type node struct {
	*anviltest.Anvil
	key  *ecdsa.PrivateKey
	from common.Address
}

func startNode(t *testing.T) *node {
	t.Helper()
	a := anviltest.Start(t)
	a.Call(t, nil, "evm_setAutomine", true)
	key, err := crypto.HexToECDSA("8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba")
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	a.Call(t, nil, "anvil_setBalance", from, hexutil.EncodeBig(new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100))))
	a.Call(t, nil, "anvil_setCode", answerContract, answerCode)
	a.Call(t, nil, "anvil_setCode", revertContract, revertCode)
	return &node{Anvil: a, key: key, from: from}
}

// counted records what the Transport reports.
type counted struct {
	mu                sync.Mutex
	retries, failures map[string]int
}

func newCounted() *counted {
	return &counted{retries: map[string]int{}, failures: map[string]int{}}
}

func (c *counted) RPCRetry(class string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.retries[class]++
}

func (c *counted) RPCFailure(class string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failures[class]++
}

func (c *counted) snapshot() (retries, failures map[string]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, f := map[string]int{}, map[string]int{}
	for k, v := range c.retries {
		r[k] = v
	}
	for k, v := range c.failures {
		f[k] = v
	}
	return r, f
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func dial(t *testing.T, url string, cfg Config, m Metrics) *ethclient.Client {
	t.Helper()
	cl, err := DialEth(context.Background(), url, cfg, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// faultyCfg retries quickly: the faults, not the waits, are under test.
var faultyCfg = Config{CallTimeout: 500 * time.Millisecond, MaxAttempts: 6, InitialBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond}

// workload makes the calls a tick makes, each through cl, and checks the
// answers: chain id, block number, a balance, a contract call, a batch,
// and a signed transfer sent and mined.
func (n *node) workload(t *testing.T, cl *ethclient.Client, value *big.Int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	id, err := cl.ChainID(ctx)
	if err != nil || id.Int64() != anviltest.ChainID {
		t.Fatalf("ChainID: %v, %v", id, err)
	}
	if _, err := cl.BlockNumber(ctx); err != nil {
		t.Fatalf("BlockNumber: %v", err)
	}
	if bal, err := cl.BalanceAt(ctx, n.from, nil); err != nil || bal.Sign() <= 0 {
		t.Fatalf("BalanceAt: %v, %v", bal, err)
	}
	out, err := cl.CallContract(ctx, ethereum.CallMsg{To: &answerContract}, nil)
	if err != nil || new(big.Int).SetBytes(out).Int64() != 42 {
		t.Fatalf("CallContract: %x, %v", out, err)
	}
	var bid, bnum hexutil.Big
	batch := []rpc.BatchElem{{Method: "eth_chainId", Result: &bid}, {Method: "eth_blockNumber", Result: &bnum}}
	if err := cl.Client().BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error != nil ||
		bid.ToInt().Int64() != anviltest.ChainID {
		t.Fatalf("batch: %v, %v, %v, chain id %v", err, batch[0].Error, batch[1].Error, bid.ToInt())
	}

	nonce, err := cl.PendingNonceAt(ctx, n.from)
	if err != nil {
		t.Fatalf("PendingNonceAt: %v", err)
	}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(anviltest.ChainID), Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &recipient, Value: value}),
		types.LatestSignerForChainID(big.NewInt(anviltest.ChainID)), n.key)
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, tx); err != nil && !nodeHasIt(err) {
		t.Fatalf("SendTransaction: %v", err)
	}
	// anvil mines it in the background: wait on anvil itself, so that the
	// requests through the proxy (and so the seeded faults) do not depend
	// on how long that takes.
	for range 1000 {
		if _, err := n.Client.TransactionReceipt(ctx, tx.Hash()); err == nil {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	rc, err := cl.TransactionReceipt(ctx, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("TransactionReceipt %s: %+v, %v", tx.Hash().Hex(), rc, err)
	}
}

// nodeHasIt reports the node's answers to a transaction an earlier attempt
// already delivered (the classes keeper/txmgr treats as sent).
func nodeHasIt(err error) bool {
	msg := strings.ToLower(err.Error())
	for _, a := range txmgr.NodeAnswers {
		if a.Class != "already_known" && a.Class != "nonce_too_low" {
			continue
		}
		for _, s := range a.Substrings {
			if strings.Contains(msg, s) {
				return true
			}
		}
	}
	return false
}

// classOf is the class a request suffering f is retried as (truncated:
// malformed with a matching Content-Length, network when the connection
// closes early).
var classOf = map[fault][]string{drop: {ClassNetwork}, http500: {ClassHTTP5xx}, http429: {ClassRateLimited},
	truncated: {ClassMalformed, ClassNetwork}, garbage: {ClassMalformed}, hold: {ClassTimeout}}

func TestEveryCallSurvivesEachFaultClass(t *testing.T) {
	n := startNode(t)
	cases := []struct {
		name  string
		rates []faultRate
	}{
		{"drop", []faultRate{{Fault: drop, P: 0.25}}},
		{"http_500", []faultRate{{Fault: http500, P: 0.25}}},
		{"http_429", []faultRate{{Fault: http429, P: 0.2}}},
		{"truncated", []faultRate{{Fault: truncated, P: 0.25}}},
		{"garbage", []faultRate{{Fault: garbage, P: 0.25}}},
		{"hold", []faultRate{{Fault: hold, P: 0.1}}},
		{"all", []faultRate{{Fault: drop, P: 0.05}, {Fault: http500, P: 0.05}, {Fault: http429, P: 0.05}, {Fault: truncated, P: 0.05}, {Fault: garbage, P: 0.05}, {Fault: hold, P: 0.05}}},
	}
	const rounds = 4
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newFaultProxy(t, n.URL, int64(100+i))
			p.setRates(c.rates...)
			m := newCounted()
			cl := dial(t, p.URL(), faultyCfg, m)
			before, err := n.Client.BalanceAt(context.Background(), recipient, nil)
			if err != nil {
				t.Fatal(err)
			}
			value := big.NewInt(int64(1000 + i))
			for range rounds {
				n.workload(t, cl, value)
			}

			// Each transfer arrived once, whatever was resent.
			after, err := n.Client.BalanceAt(context.Background(), recipient, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := new(big.Int).Sub(after, before), new(big.Int).Mul(value, big.NewInt(rounds)); got.Cmp(want) != 0 {
				t.Errorf("recipient received %v, want %v", got, want)
			}
			// Faults were injected, and every faulted request was retried
			// as its class: none gave up.
			recs := p.seen()
			faulted, byFault := 0, map[fault]int{}
			for _, r := range recs {
				if r.Fault != pass {
					faulted++
					byFault[r.Fault]++
				}
			}
			for _, fr := range c.rates {
				if byFault[fr.Fault] == 0 {
					t.Errorf("no request suffered %s in %d requests: the seed makes this case test nothing", fr.Fault, len(recs))
				}
			}
			retries, failures := m.snapshot()
			if sum(retries) != faulted || sum(failures) != 0 {
				t.Errorf("retries %v, failures %v; want %d retries (the faulted requests %v), no failures", retries, failures, faulted, byFault)
			}
			for class := range retries {
				known := false
				for f := range byFault {
					for _, c := range classOf[f] {
						known = known || c == class
					}
				}
				if !known {
					t.Errorf("retried as %q, which none of the faults %v causes", class, byFault)
				}
			}
			t.Logf("%d requests, %d faulted %v; retries %v", len(recs), faulted, byFault, retries)
		})
	}
}

func TestNodeErrorsAreNotRetried(t *testing.T) {
	n := startNode(t)
	for _, c := range []struct {
		name  string
		queue []fault
		call  func(ctx context.Context, cl *ethclient.Client) error
		check func(t *testing.T, err error)
		// failure is the class counted as a failure: only a retriable
		// failure the method's policy did not retry.
		failure string
	}{
		{"method not found", nil,
			func(ctx context.Context, cl *ethclient.Client) error {
				return cl.Client().CallContext(ctx, nil, "eth_noSuchMethod")
			},
			func(t *testing.T, err error) {
				var re rpc.Error
				if !errors.As(err, &re) {
					t.Errorf("error %v (%T): want the node's JSON-RPC error", err, err)
				}
			}, ""},
		{"execution reverted", nil,
			func(ctx context.Context, cl *ethclient.Client) error {
				_, err := cl.CallContract(ctx, ethereum.CallMsg{To: &revertContract}, nil)
				return err
			},
			func(t *testing.T, err error) {
				if err == nil || !strings.Contains(err.Error(), "revert") {
					t.Errorf("error %v: want the node's revert", err)
				}
			}, ""},
		{"http 404", []fault{http404},
			func(ctx context.Context, cl *ethclient.Client) error { _, err := cl.BlockNumber(ctx); return err },
			func(t *testing.T, err error) {
				var he rpc.HTTPError
				if !errors.As(err, &he) || he.StatusCode != http.StatusNotFound {
					t.Errorf("error %v: want HTTP 404", err)
				}
			}, ""},
		{"eth_sendTransaction is sent once", []fault{http500},
			func(ctx context.Context, cl *ethclient.Client) error {
				return cl.Client().CallContext(ctx, nil, "eth_sendTransaction", map[string]any{"from": n.from, "to": recipient})
			},
			func(t *testing.T, err error) {
				var he rpc.HTTPError
				if !errors.As(err, &he) || he.StatusCode != http.StatusInternalServerError {
					t.Errorf("error %v: want HTTP 500", err)
				}
			}, ClassHTTP5xx},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newFaultProxy(t, n.URL, 1)
			p.queue(c.queue...)
			m := newCounted()
			cl := dial(t, p.URL(), faultyCfg, m)
			err := c.call(context.Background(), cl)
			c.check(t, err)
			if recs := p.seen(); len(recs) != 1 {
				t.Errorf("the proxy saw %d requests %v, want 1", len(recs), recs)
			}
			r, f := m.snapshot()
			if len(r) != 0 || (c.failure == "" && len(f) != 0) || (c.failure != "" && (len(f) != 1 || f[c.failure] != 1)) {
				t.Errorf("retries %v, failures %v: want no retry and failures {%s}", r, f, c.failure)
			}
		})
	}
}

func TestGivesUpAfterMaxAttemptsWithTheLastFailure(t *testing.T) {
	n := startNode(t)
	cfg := faultyCfg
	cfg.MaxAttempts = 3
	for _, c := range []struct {
		f     fault
		class string
		check func(t *testing.T, err error)
	}{
		{http500, ClassHTTP5xx, func(t *testing.T, err error) {
			var he rpc.HTTPError
			if !errors.As(err, &he) || he.StatusCode != http.StatusInternalServerError {
				t.Errorf("error %v: want the node's last answer, HTTP 500", err)
			}
		}},
		{garbage, ClassMalformed, func(t *testing.T, err error) {
			if !errors.Is(err, ErrMalformed) {
				t.Errorf("error %v: want ErrMalformed", err)
			}
		}},
		{hold, ClassTimeout, func(t *testing.T, err error) {
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error %v: want a timeout matching context.DeadlineExceeded", err)
			}
		}},
	} {
		t.Run(c.f.String(), func(t *testing.T) {
			p := newFaultProxy(t, n.URL, 1)
			p.setRates(faultRate{Fault: c.f, P: 1})
			m := newCounted()
			cl := dial(t, p.URL(), cfg, m)
			var got hexutil.Uint64
			err := cl.Client().CallContext(context.Background(), &got, "eth_blockNumber")
			c.check(t, err)
			if recs := p.seen(); len(recs) != cfg.MaxAttempts {
				t.Errorf("the proxy saw %d requests, want MaxAttempts = %d", len(recs), cfg.MaxAttempts)
			}
			r, f := m.snapshot()
			if r[c.class] != cfg.MaxAttempts-1 || f[c.class] != 1 || sum(r)+sum(f) != cfg.MaxAttempts {
				t.Errorf("retries %v, failures %v: want %d retries and 1 failure of class %s", r, f, cfg.MaxAttempts-1, c.class)
			}
		})
	}
}

func TestHeldCallIsAbandonedAfterCallTimeoutAndRetried(t *testing.T) {
	n := startNode(t)
	p := newFaultProxy(t, n.URL, 1)
	p.queue(hold)
	m := newCounted()
	cfg := faultyCfg
	cfg.CallTimeout = 300 * time.Millisecond
	cl := dial(t, p.URL(), cfg, m)
	if _, err := cl.BlockNumber(context.Background()); err != nil {
		t.Fatal(err)
	}
	recs := p.waitFor(t, "the held request abandoned", func(r []record) bool { return len(r) > 0 && r[0].ClientGone })
	if len(recs) != 2 || recs[0].Fault != hold || recs[1].Fault != pass {
		t.Errorf("records %+v: want the held request abandoned by the client, then one answered", recs)
	}
	if r, _ := m.snapshot(); r[ClassTimeout] != 1 {
		t.Errorf("retries %v: want one timeout", r)
	}
}

func TestHungCallEndsAtTheCallersDeadline(t *testing.T) {
	n := startNode(t)
	p := newFaultProxy(t, n.URL, 1)
	p.setRates(faultRate{Fault: hold, P: 1})
	m := newCounted()
	cfg := faultyCfg
	cfg.CallTimeout = time.Hour // only the caller's deadline can end the call
	cl := dial(t, p.URL(), cfg, m)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := cl.BlockNumber(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || ctx.Err() == nil {
		t.Fatalf("BlockNumber: %v (context: %v); want it to end with the caller's deadline", err, ctx.Err())
	}
	recs := p.waitFor(t, "the held request abandoned", func(r []record) bool { return len(r) > 0 && r[0].ClientGone })
	if len(recs) != 1 {
		t.Errorf("records %+v: want one request, abandoned by the client", recs)
	}
	if r, f := m.snapshot(); len(r)+len(f) != 0 {
		t.Errorf("retries %v, failures %v: the caller's deadline is not a retriable failure", r, f)
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	n := startNode(t)
	cfg := Config{CallTimeout: 5 * time.Second, InitialBackoff: 5 * time.Millisecond, MaxBackoff: 5 * time.Second}
	for _, c := range []struct {
		name  string
		value func() string
		// notBefore is when, at the earliest, the retry may arrive.
		notBefore func(value string, answered time.Time) time.Time
	}{
		{"seconds", func() string { return "1" },
			func(_ string, answered time.Time) time.Time { return answered.Add(time.Second) }},
		{"http date", func() string { return time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat) },
			func(v string, _ time.Time) time.Time {
				at, err := http.ParseTime(v)
				if err != nil {
					t.Fatal(err)
				}
				return at
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := newFaultProxy(t, n.URL, 1)
			v := c.value()
			p.setRetryAfter(v)
			p.queue(http429)
			m := newCounted()
			cl := dial(t, p.URL(), cfg, m)
			if _, err := cl.BlockNumber(context.Background()); err != nil {
				t.Fatal(err)
			}
			recs := p.seen()
			if len(recs) != 2 {
				t.Fatalf("the proxy saw %d requests, want the 429 and its retry", len(recs))
			}
			if nb := c.notBefore(v, recs[0].Answered); recs[1].Arrived.Before(nb) {
				t.Errorf("Retry-After %q: the retry arrived %v before the node allowed it", v, nb.Sub(recs[1].Arrived))
			}
			if r, _ := m.snapshot(); r[ClassRateLimited] != 1 {
				t.Errorf("retries %v: want one rate_limited", r)
			}
		})
	}
}

func TestNoWaitPastTheDeadline(t *testing.T) {
	n := startNode(t)
	p := newFaultProxy(t, n.URL, 1)
	p.setRetryAfter("10")
	p.queue(http429)
	m := newCounted()
	cl := dial(t, p.URL(), Config{MaxBackoff: 5 * time.Second}, m)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	_, err := cl.BlockNumber(ctx)
	var he rpc.HTTPError
	if !errors.As(err, &he) || he.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("BlockNumber: %v; want the node's HTTP 429 at once", err)
	}
	if ctx.Err() != nil {
		t.Errorf("the call returned only with its context's end (%v): it should not wait for a retry the deadline rules out", ctx.Err())
	}
	if recs := p.seen(); len(recs) != 1 {
		t.Errorf("the proxy saw %d requests, want 1", len(recs))
	}
	if r, f := m.snapshot(); len(r) != 0 || f[ClassRateLimited] != 1 {
		t.Errorf("retries %v, failures %v: want one rate_limited failure", r, f)
	}
}

func TestWebSocketIsDialledPlain(t *testing.T) {
	n := startNode(t)
	ws := "ws" + strings.TrimPrefix(n.URL, "http")
	cl := dial(t, ws, Config{}, nil)
	id, err := cl.ChainID(context.Background())
	if err != nil || id.Int64() != anviltest.ChainID {
		t.Fatalf("ChainID over %s: %v, %v", ws, id, err)
	}
}

func BenchmarkBlockNumber(b *testing.B) {
	a := anviltest.Start(b)
	for _, c := range []struct {
		name string
		dial func() (*ethclient.Client, error)
	}{
		{"plain", func() (*ethclient.Client, error) { return ethclient.Dial(a.URL) }},
		{"chainrpc", func() (*ethclient.Client, error) { return DialEth(context.Background(), a.URL, Config{}, nil, nil) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			cl, err := c.dial()
			if err != nil {
				b.Fatal(err)
			}
			defer cl.Close()
			for b.Loop() {
				if _, err := cl.BlockNumber(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestResentTransactionIsTheSameTransaction(t *testing.T) {
	n := startNode(t)
	p := newFaultProxy(t, n.URL, 1)
	// The node gets the transaction; its answer is lost.
	p.queue(drop)
	cl := dial(t, p.URL(), faultyCfg, nil)
	ctx := context.Background()
	before, err := n.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	nonce, err := n.Client.PendingNonceAt(ctx, n.from)
	if err != nil {
		t.Fatal(err)
	}
	value := big.NewInt(777)
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(anviltest.ChainID), Nonce: nonce,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9), Gas: 21_000, To: &recipient, Value: value}),
		types.LatestSignerForChainID(big.NewInt(anviltest.ChainID)), n.key)
	if err != nil {
		t.Fatal(err)
	}
	err = cl.SendTransaction(ctx, tx)
	if err == nil || !nodeHasIt(err) {
		t.Fatalf("SendTransaction: %v; want the node's answer to a transaction it already has", err)
	}
	recs := p.seen()
	if len(recs) != 2 || recs[0].Method != "eth_sendRawTransaction" || recs[1].Method != "eth_sendRawTransaction" {
		t.Fatalf("the proxy saw %v, want eth_sendRawTransaction dropped, then resent", recs)
	}
	n.Mine(t)
	rc, err := n.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil || rc.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt: %+v, %v", rc, err)
	}
	after, err := n.Client.BalanceAt(ctx, recipient, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Cmp(value) != 0 {
		t.Errorf("recipient received %v, want %v once", got, value)
	}
}
