package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
)

// holdingProxy forwards JSON-RPC requests to a node, except those calling
// one method, which it holds until the client gives up.
type holdingProxy struct {
	*httptest.Server
	mu        sync.Mutex
	abandoned int
}

func newHoldingProxy(t *testing.T, target, method string) *holdingProxy {
	p := &holdingProxy{}
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return
		}
		var call struct{ Method string }
		if json.Unmarshal(body, &call) == nil && call.Method == method {
			<-r.Context().Done()
			p.mu.Lock()
			p.abandoned++
			p.mu.Unlock()
			return
		}
		resp, err := http.Post(target, "application/json", bytes.NewReader(body))
		if err != nil {
			t.Errorf("proxy: forwarding %s: %v", call.Method, err)
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *holdingProxy) abandonedCalls() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.abandoned
}

// A read the node never answers ends the tick at local.chain.tick_deadline
// (the call timeout being far longer): keeper once returns with the
// deadline's error, and the node's connection is abandoned.
func TestHungReadEndsTheTickAtItsDeadline(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	base, err := config.Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	emb := base.Chain.Embedded
	emb.RPCAddr = freeAddr(t)
	ch, err := devchain.Start(ctx, emb, base.Sources, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	// Set-up reads no block header; the tick's first read is the head.
	p := newHoldingProxy(t, ch.RPCURL, "eth_getBlockByNumber")
	sources := map[string]string{}
	for _, pl := range ch.Pools {
		sources[pl.Config.Name] = pl.Adapter.Hex()
	}
	rpcConfig(t, cfg, p.URL, ch.Vault.Hex(), ch.Registry.Hex(), sources)
	editConfig(t, cfg, "receipt_timeout: 2m ", "receipt_timeout: 1s ",
		"call_timeout: 10s ", "call_timeout: 1h ", "tick_deadline: 0s ", "tick_deadline: 2s ")

	code, out, errb := keeperRun(t, "once", "--config", cfg)
	if code == 0 || !strings.Contains(errb, "reading latest block header") || !strings.Contains(errb, "context deadline exceeded") {
		t.Fatalf("keeper once exited %d; want the tick's deadline to end the held read:\n%s%s", code, out, errb)
	}
	for i := 0; p.abandonedCalls() == 0 && i < 1000; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	if n := p.abandonedCalls(); n != 1 {
		t.Errorf("the proxy saw %d held calls abandoned, want 1", n)
	}
}
