package metrics

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
)

var _ chainrpc.Metrics = (*Metrics)(nil)

// The retrying JSON-RPC transport reports to the Prometheus metrics: a
// request answered 503 once, then served by a real anvil, counts one retry
// of class http_5xx; a class outside chainrpc's is counted as other.
func TestRPCRetriesAreCounted(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil")
	}
	f := newFixture(t, Options{})
	node := anviltest.Start(t)
	target, err := url.Parse(node.URL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer srv.Close()
	cl, err := chainrpc.DialEth(context.Background(), srv.URL, chainrpc.Config{}, nil, f.m)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if id, err := cl.ChainID(context.Background()); err != nil || id.Int64() != anviltest.ChainID {
		t.Fatalf("chain id through one 503: %v, %v", id, err)
	}
	f.m.RPCFailure("something new")
	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_rpc_retries_total{class="http_5xx"}`: 1,
		`vaultkeeper_rpc_give_ups_total{class="other"}`:   1,
	})
}
