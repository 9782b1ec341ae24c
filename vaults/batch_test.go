package vaults_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// Over a node's JSON-RPC (an *ethclient.Client), a vault's state at one
// block is read in one JSON-RPC batch once the client knows the vault's
// asset and sources (two on the first read, which learns them), and is the
// same state a call at a time reads.
func TestStateIsReadInBatches(t *testing.T) {
	ctx := context.Background()
	node, ch := startMarket(t)
	cl, requests, batches := countingClient(t, node.URL)
	vc, head := clientAtHead(t, cl, ch.Vault)
	// read reads the vault at head through vc and checks it took want
	// requests, each a batch.
	read := func(what string, want int64) vaults.State {
		t.Helper()
		requests.Store(0)
		batches.Store(0)
		st, err := vc.StateAt(ctx, head)
		if err != nil {
			t.Fatal(err)
		}
		if requests.Load() != want || batches.Load() != want {
			t.Fatalf("%s took %d requests (%d batches), want %d batches", what, requests.Load(), batches.Load(), want)
		}
		return st
	}
	batched := read("the first read", 2)
	for range 2 {
		again := read("a later read", 1)
		if again.TotalAssets.Cmp(batched.TotalAssets) != 0 || len(again.Sources) != len(batched.Sources) {
			t.Fatalf("a later read at the same block: %+v, the first %+v", again, batched)
		}
	}
	// A client whose sources are stale (the vault's in another order, and one
	// it does not have, with no code: its reads fail) and whose asset is
	// wrong reads again with the vault's own, at the same block: two batches.
	stale := append([]common.Address{common.HexToAddress("0x00000000000000000000000000000000000000ff")}, batched.Sources[2].Address,
		batched.Sources[1].Address, batched.Sources[0].Address)
	vaults.SetLayout(vc, common.HexToAddress("0x00000000000000000000000000000000000000fe"), stale)
	fresh := read("a read with stale sources", 2)
	if len(fresh.Sources) != len(ch.Pools) || fresh.Sources[0].Address != batched.Sources[0].Address || fresh.Decimals != batched.Decimals {
		t.Fatalf("a read with stale sources: %+v, want %+v", fresh, batched)
	}
	// The same node behind a backend that does not expose its RPC client:
	// one call at a time.
	requests.Store(0)
	one, err := vaults.New(ch.Vault, struct{ vaults.Backend }{cl})
	if err != nil {
		t.Fatal(err)
	}
	single, err := one.StateAt(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if requests.Load() < 20 {
		t.Fatalf("the call-at-a-time backend made %d requests", requests.Load())
	}
	if len(batched.Sources) != len(ch.Pools) || batched.TotalAssets.Cmp(single.TotalAssets) != 0 || batched.Keeper != single.Keeper ||
		batched.Decimals != single.Decimals || batched.Sources[2].SupplyRate.Cmp(single.Sources[2].SupplyRate) != 0 ||
		batched.SharePrice == nil || single.SharePrice == nil || batched.SharePrice.Cmp(single.SharePrice) != 0 {
		t.Fatalf("batched %+v\nsingle %+v", batched, single)
	}
}

// startMarket starts anvil with config.yaml's market on it; skipped with
// -short.
func startMarket(t *testing.T) (*anviltest.Anvil, *devchain.Chain) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil")
	}
	node := anviltest.Start(t)
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ch, err := devchain.Attach(context.Background(), node.URL, cfg.Chain.Embedded, cfg.Sources,
		common.HexToAddress("0x00000000000000000000000000000000000000e1"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	return node, ch
}

// countingProxy forwards to nodeURL and counts the HTTP requests, and among
// them the JSON-RPC batches.
func countingProxy(t *testing.T, nodeURL string) (srv *httptest.Server, requests, batches *atomic.Int64) {
	t.Helper()
	target, err := url.Parse(nodeURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	requests, batches = new(atomic.Int64), new(atomic.Int64)
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		requests.Add(1)
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			batches.Add(1)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, requests, batches
}

// countingClient is a client of nodeURL through a countingProxy.
func countingClient(t *testing.T, nodeURL string) (cl *ethclient.Client, requests, batches *atomic.Int64) {
	t.Helper()
	srv, requests, batches := countingProxy(t, nodeURL)
	cl, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.Close)
	return cl, requests, batches
}

// Through chainrpc's Multi over two providers (here two proxies in front of
// one anvil), whose pinned calls two providers must agree on, a vault read
// is one batch to each provider, and the same state a single node gives.
func TestStateReadThroughTwoProvidersIsOneBatchEach(t *testing.T) {
	ctx := context.Background()
	node, ch := startMarket(t)
	a, _, aBatches := countingProxy(t, node.URL)
	b, _, bBatches := countingProxy(t, node.URL)
	cfg := chainrpc.MultiConfig{Config: chainrpc.Config{CallTimeout: 10 * time.Second, MaxAttempts: 2, InitialBackoff: time.Millisecond,
		MaxBackoff: 10 * time.Millisecond}, ChainID: anviltest.ChainID, MaxLagBlocks: 3, HeadRefresh: time.Hour}
	cl, m, err := chainrpc.DialMulti(ctx, []chainrpc.Provider{{URL: a.URL, Name: "a"}, {URL: b.URL, Name: "b"}}, cfg, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cl.Close(); m.Close() }()
	vc, head := clientAtHead(t, cl, ch.Vault)
	if _, err := vc.StateAt(ctx, head); err != nil { // learns the vault's sources
		t.Fatal(err)
	}
	aBatches.Store(0)
	bBatches.Store(0)
	st, err := vc.StateAt(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if aBatches.Load() != 1 || bBatches.Load() != 1 {
		t.Fatalf("the read sent %d batches to provider a and %d to b, want one each", aBatches.Load(), bBatches.Load())
	}
	single, err := vaults.New(ch.Vault, node.Client)
	if err != nil {
		t.Fatal(err)
	}
	want, err := single.StateAt(ctx, head)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Sources) != len(ch.Pools) || st.TotalAssets.Cmp(want.TotalAssets) != 0 || st.Sources[1].SupplyRate.Cmp(want.Sources[1].SupplyRate) != 0 {
		t.Fatalf("through two providers %+v\nfrom the node %+v", st, want)
	}
}

// clientAtHead is a client of vault over cl, and cl's head.
func clientAtHead(t *testing.T, cl *ethclient.Client, vault common.Address) (*vaults.Client, *types.Header) {
	t.Helper()
	head, err := cl.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	vc, err := vaults.New(vault, cl)
	if err != nil {
		t.Fatal(err)
	}
	return vc, head
}

// The sources' code is read in one batch, and is the code a call at a time
// reads.
func TestCodesAtIsOneBatch(t *testing.T) {
	ctx := context.Background()
	node, ch := startMarket(t)
	cl, requests, batches := countingClient(t, node.URL)
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	block := new(big.Int).SetUint64(head)
	addrs := []common.Address{ch.Pools[0].Adapter, ch.Pools[1].Adapter, ch.Pools[2].Adapter, ch.Vault}
	requests.Store(0)
	codes, err := vaults.CodesAt(ctx, cl, addrs, block)
	if err != nil {
		t.Fatal(err)
	}
	if requests.Load() != 1 || batches.Load() != 1 {
		t.Fatalf("%d requests (%d batches), want one batch", requests.Load(), batches.Load())
	}
	one, err := vaults.CodesAt(ctx, struct{ vaults.Backend }{cl}, addrs, block)
	if err != nil {
		t.Fatal(err)
	}
	for i := range addrs {
		if len(codes[i]) == 0 || !bytes.Equal(codes[i], one[i]) {
			t.Fatalf("code of %s: %d bytes batched, %d one at a time", addrs[i].Hex(), len(codes[i]), len(one[i]))
		}
	}
}
