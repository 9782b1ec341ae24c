package vaults_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

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
	if testing.Short() {
		t.Skip("starts anvil")
	}
	ctx := context.Background()
	node := anviltest.Start(t)
	cfg, err := config.Load(filepath.Join("..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ch, err := devchain.Attach(ctx, node.URL, cfg.Chain.Embedded, cfg.Sources, common.HexToAddress("0x00000000000000000000000000000000000000e1"),
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	target, _ := url.Parse(node.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	var requests, batches atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		requests.Add(1)
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			batches.Add(1)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cl, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	vc, err := vaults.New(ch.Vault, cl)
	if err != nil {
		t.Fatal(err)
	}
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
	if len(fresh.Sources) != 3 || fresh.Sources[0].Address != batched.Sources[0].Address || fresh.Decimals != batched.Decimals {
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
	if len(batched.Sources) != 3 || batched.TotalAssets.Cmp(single.TotalAssets) != 0 || batched.Keeper != single.Keeper ||
		batched.Decimals != single.Decimals || batched.Sources[2].SupplyRate.Cmp(single.Sources[2].SupplyRate) != 0 {
		t.Fatalf("batched %+v\nsingle %+v", batched, single)
	}
}
