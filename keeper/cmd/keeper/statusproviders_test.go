package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// fakeNode serves the chain id of the devchain, head as its head, and the
// blocks up to it when blocks is set (else null). Anything else is a
// method it does not have.
func fakeNode(t *testing.T, head uint64, blocks bool) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var result string
		switch req.Method {
		case "eth_chainId":
			result = fmt.Sprintf("%q", hexutil.EncodeBig(devchain.ChainID))
		case "eth_blockNumber":
			result = fmt.Sprintf("%q", hexutil.EncodeUint64(head))
		case "eth_getBlockByNumber":
			result = "null"
			var n hexutil.Uint64
			if blocks && len(req.Params) > 0 && json.Unmarshal(req.Params[0], &n) == nil && uint64(n) <= head {
				result = fmt.Sprintf(`{"number":%q,"hash":%q,"transactions":[]}`, n.String(), common.BytesToHash([]byte{byte(n)}).Hex())
			}
		default:
			fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"error":{"code":-32601,"message":"method not found"}}`, req.ID)
			return
		}
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":%s}`, req.ID, result)
	}))
	t.Cleanup(srv.Close)
	return srv.Listener.Addr().String()
}

// providerJSON is a node of local.chain.rpc_urls as status --json shows it.
type providerJSON struct {
	Index            int       `json:"index"`
	Name             string    `json:"name"`
	Host             string    `json:"host"`
	State            string    `json:"state"`
	Head             uint64    `json:"head"`
	Best             uint64    `json:"best_head"`
	Error            string    `json:"error"`
	QuarantinedUntil time.Time `json:"quarantined_until"`
}

// With several nodes in local.chain.rpc_urls, status shows each one's
// health (text and JSON): a healthy node, one lagging, one reporting a head
// it has no block for (lying, not used for a while) and one refusing
// connections (unverified), named by their URLs without the credentials,
// which appear nowhere.
func TestStatusOfSeveralProviders(t *testing.T) {
	healthy, lagging, liar, dead := fakeNode(t, 100, true), fakeNode(t, 90, true), fakeNode(t, 10_000, false), freeAddr(t)
	urls := []string{secretURL(healthy), "http://" + lagging, "http://" + liar, secretURL(dead)}

	db := filepath.Join(t.TempDir(), "keeper.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	cfg := testConfig(t, db, "")
	sources := map[string]string{"steady": "0x0000000000000000000000000000000000000011", "aggressive": "0x0000000000000000000000000000000000000012",
		"volatile": "0x0000000000000000000000000000000000000013"}
	rpcConfig(t, cfg, "PROVIDERS", "0x00000000000000000000000000000000000000bB", "0x00000000000000000000000000000000000000aA", sources)
	quoted := make([]string, len(urls))
	for i, u := range urls {
		quoted[i] = fmt.Sprintf("%q", u)
	}
	editConfig(t, cfg, "rpc_url: PROVIDERS", "rpc_urls: ["+strings.Join(quoted, ", ")+"]")

	out := keeperOK(t, "status", "--json", "--config", cfg)
	if l := leaked(out); l != nil {
		t.Fatalf("status --json shows the credentials %v:\n%s", l, out)
	}
	var s struct {
		statusJSON
		Providers []providerJSON `json:"providers"`
	}
	decodeStrict(t, out, &s)
	want := []struct{ state, err string }{
		{"healthy", ""}, {"lagging", ""}, {"lying", "has no block 10000"}, {"unverified", "connection refused"},
	}
	if len(s.Providers) != len(want) {
		t.Fatalf("providers %+v; want %d", s.Providers, len(want))
	}
	for i, p := range s.Providers {
		if p.Index != i || p.Name != config.RedactURL(urls[i]) || p.State != want[i].state || p.Best != 100 ||
			!strings.Contains(p.Error, want[i].err) || (want[i].err == "") != (p.Error == "") ||
			(p.State == "lying") == p.QuarantinedUntil.IsZero() {
			t.Errorf("provider %d: %+v; want %s (%q), named %s, best head 100", i, p, want[i].state, want[i].err, config.RedactURL(urls[i]))
		}
	}
	if s.Providers[0].Head != 100 || s.Providers[1].Head != 90 || s.Providers[0].Host != healthy {
		t.Errorf("heads %d, %d, host %s; want 100, 90, %s", s.Providers[0].Head, s.Providers[1].Head, s.Providers[0].Host, healthy)
	}

	text := keeperOK(t, "status", "--config", cfg)
	if l := leaked(text); l != nil {
		t.Fatalf("status shows the credentials %v:\n%s", l, text)
	}
	for i, w := range []string{
		"healthy: head 100 of best 100\n",
		"lagging: head 90 of best 100\n",
		"lying: head 0 of best 100: reported head 10000",
		"unverified: head 0 of best 100: reading the chain id: ",
	} {
		if line := fmt.Sprintf("rpc_urls[%d] %s %s", i, config.RedactURL(urls[i]), w); !hasText(text, line) {
			t.Errorf("status text lacks %q:\n%s", line, text)
		}
	}
	if !hasText(text, "(not used until ") {
		t.Errorf("status text does not say until when the liar is not used:\n%s", text)
	}
}
