package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/explain"
)

// get answers GET path with h, decodes the JSON body into v and returns the
// response.
func get(t *testing.T, h http.Handler, path string, v any) *http.Response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	res := rec.Result()
	if v != nil {
		decodeJSON(t, path, res, v)
	}
	return res
}

// decodeJSON decodes res's body, which must be JSON, into v.
func decodeJSON(t *testing.T, path string, res *http.Response, v any) {
	t.Helper()
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("GET %s: Content-Type %q, want JSON", path, ct)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: decoding: %v", path, err)
	}
}

func TestAPIVaultIsTheLatestTick(t *testing.T) {
	f := newFixture(t, 12)
	var v VaultNow
	if res := get(t, f.handler(), "/api/vault", &v); res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	last := len(f.ticks) - 1
	if v.ChainID != testChain || !strings.EqualFold(v.Vault, testVault) || v.Observed == nil {
		t.Fatalf("vault %d %s observed %v", v.ChainID, v.Vault, v.Observed)
	}
	o := v.Observed
	if o.TickID != f.ticks[last] || *o.TotalAssets != f.totals[last].String() || *o.TotalAssetsTokens != tokensOf(f.totals[last]) {
		t.Errorf("tick %d total %s (%s); want tick %d total %s", o.TickID, *o.TotalAssets, *o.TotalAssetsTokens, f.ticks[last], f.totals[last])
	}
	if *o.Idle != "50000000000" {
		t.Errorf("idle %s, want 50000000000", *o.Idle)
	}
	seen := map[string]bool{}
	for i, s := range o.Sources {
		want := f.obs[last][i]
		if s.Source != want.Source || s.Assets != want.Assets.String() || s.SupplyAPY != want.SupplyAPY || s.Name != want.Name {
			t.Errorf("source %d = %+v, want %+v", i, s, want)
		}
		c := v.Colors[strings.ToLower(s.Source)]
		if c == "" || seen[c] {
			t.Errorf("source %d colour %q: want one of its own", i, c)
		}
		seen[c] = true
	}
	// Colours follow the address order: a1, b2, c3.
	if c := v.Colors; c[testSources[1]] != Palette[0] || c[testSources[2]] != Palette[1] || c[testSources[0]] != Palette[2] {
		t.Errorf("colours %v: want the palette in address order", c)
	}
	if v.LastDecision == nil || v.LastDecision.ID != f.ds[last].ID || v.LastTickAge == nil || *v.LastTickAge != 10 {
		t.Errorf("last decision %+v age %v", v.LastDecision, v.LastTickAge)
	}
}

func tokensOf(v *big.Int) string {
	d := uint8(6)
	return *explain.Tokens(v, &d)
}

func TestAPIHistorySamplesTheLastTickOfEachBucket(t *testing.T) {
	f := newFixture(t, 40) // 400 s
	var h History
	path := fmt.Sprintf("/api/history?from=%d&to=%d&points=8", t0.Unix()-1, t0.Add(399*time.Second).Unix())
	if res := get(t, f.handler(), path, &h); res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if len(h.Sources) != 3 || h.Sources[0].Name != "aave" || h.Sources[1].Name != "compound" || h.Sources[2].Name != "morpho" {
		t.Fatalf("sources %+v: want the three in address order", h.Sources)
	}
	if len(h.Ticks) != 8 {
		t.Fatalf("%d ticks, want 8 (one per bucket)", len(h.Ticks))
	}
	// 400 s in 8 buckets of 50 s from t0-1 s: each ends at t0 + 49 s + k·50 s,
	// whose last tick is tick 4 + 5k (the ticks are 10 s apart).
	for k, tk := range h.Ticks {
		i := 4 + 5*k
		if tk.TickID != f.ticks[i] || !tk.Time.Equal(f.obs[i][0].Time) || *tk.TotalAssets != f.totals[i].String() {
			t.Errorf("point %d: tick %d at %s total %v; want tick %d", k, tk.TickID, tk.Time, tk.TotalAssets, f.ticks[i])
		}
		// Sources in address order: a1 (aave, index 1), b2 (compound, 2), c3 (morpho, 0).
		for col, j := range []int{1, 2, 0} {
			if *tk.Assets[col] != f.obs[i][j].Assets.String() || *tk.APY[col] != f.obs[i][j].SupplyAPY {
				t.Errorf("point %d source %s: %s %v; want %s %v", k, h.Sources[col].Name, *tk.Assets[col], *tk.APY[col],
					f.obs[i][j].Assets, f.obs[i][j].SupplyAPY)
			}
		}
	}
	// By default: the whole of a history younger than 30 days, each tick
	// in a bucket of its own here.
	var all History
	get(t, f.handler(), "/api/history", &all)
	if len(all.Ticks) != 40 || all.Ticks[0].TickID != f.ticks[0] || !all.From.Before(t0) || all.From.Before(t0.Add(-time.Second)) {
		t.Errorf("default history: %d ticks from %s, want all 40 from just before %s", len(all.Ticks), all.From, t0)
	}
	for _, bad := range []string{"points=0", "points=99999", "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", "to=yesterday"} {
		if res := get(t, f.handler(), "/api/history?"+bad, nil); res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, res.StatusCode)
		}
	}
}

func TestAPIDecisionsPagesNewestFirst(t *testing.T) {
	f := newFixture(t, 11)
	var ids []int64
	path := "/api/decisions?limit=4"
	for pages := 0; ; pages++ {
		var p Decisions
		if res := get(t, f.handler(), path, &p); res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", path, res.StatusCode)
		}
		for _, d := range p.Decisions {
			ids = append(ids, d.ID)
			want := f.ds[len(f.ds)-len(ids)]
			if d.ID != want.ID || d.Action != want.Action || d.Reason != want.Reason || !d.Time.Equal(want.Time) {
				t.Errorf("decision %+v, want %d %s %q", d, want.ID, want.Action, want.Reason)
			}
			if (want.Action == "rebalance") != (len(d.Transactions) == 1) {
				t.Errorf("decision %d: transactions %+v", d.ID, d.Transactions)
			} else if len(d.Transactions) == 1 && d.Transactions[0].Hash != fmt.Sprintf("0x%064x", d.ID) {
				t.Errorf("decision %d: transaction %s", d.ID, d.Transactions[0].Hash)
			}
		}
		if p.NextBefore == nil {
			if pages != 2 || len(ids) != 11 {
				t.Errorf("%d pages, %d decisions; want 3 pages, 11", pages+1, len(ids))
			}
			break
		}
		path = fmt.Sprintf("/api/decisions?limit=4&before=%d", *p.NextBefore)
	}
}

func TestAPIDecisionIsItsExplanation(t *testing.T) {
	f := newFixture(t, 5)
	d := f.ds[4] // a rebalance
	var got map[string]any
	if res := get(t, f.handler(), fmt.Sprintf("/api/decisions/%d", d.ID), &got); res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	rep, err := explain.Build(context.Background(), f.st, f.cfg, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(rep)
	var want map[string]any
	_ = json.Unmarshal(b, &want)
	// Beside keeper explain's report: the chain's side (none without a chain).
	if onChain, ok := got["on_chain"]; !ok || onChain != nil {
		t.Errorf("on_chain %v, want null without a chain", onChain)
	}
	delete(got, "on_chain")
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if !bytes.Equal(gb, wb) {
		t.Errorf("explanation\n%s\nwant keeper explain's\n%s", gb, wb)
	}
	if rule := got["rule"].(map[string]any); rule["kind"] != explain.RuleGainVsGas {
		t.Errorf("rule %v", rule)
	}
	for path, code := range map[string]int{"/api/decisions/999": 404, "/api/decisions/x": 400, "/api/decisions/0": 400} {
		if res := get(t, f.handler(), path, nil); res.StatusCode != code {
			t.Errorf("%s: status %d, want %d", path, res.StatusCode, code)
		}
	}
}

func TestAPIGovernance(t *testing.T) {
	f := newFixture(t, 2)
	var g Governance
	get(t, f.handler(), "/api/governance", &g)
	h := f.cfg.GovernedHash()
	if g.RunningConfigHash != hexutil.Encode(h[:]) || g.ApprovedConfigHash != hashA || g.RunsApproved == nil || *g.RunsApproved {
		t.Errorf("governance %+v: want running %x, approved %s, not the running one", g, h, hashA)
	}
}

func TestEmptyStore(t *testing.T) {
	f := newFixture(t, 0)
	for _, p := range []string{"/api/vault", "/api/history", "/api/decisions", "/api/governance"} {
		var v map[string]any
		if res := get(t, f.handler(), p, &v); res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d on an empty store", p, res.StatusCode)
		}
	}
}

func TestReadOnlyAndSecurityHeaders(t *testing.T) {
	f := newFixture(t, 5)
	f.cfg.Chain.RPCURL = "https://user:s3cret@node.example/key123"
	srv := f.server(t)
	for _, p := range []string{"/", "/assets/app.js", "/assets/style.css", "/api/vault", "/api/history", "/api/decisions",
		"/api/decisions/1", "/api/governance", "/nope"} {
		res, err := http.Get(srv.URL + p)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if p != "/nope" && res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", p, res.StatusCode)
		}
		hd := res.Header
		if hd.Get("Content-Security-Policy") != ContentSecurityPolicy || hd.Get("X-Content-Type-Options") != "nosniff" ||
			hd.Get("Referrer-Policy") != "no-referrer" || !strings.Contains(hd.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
			t.Errorf("GET %s: headers %v", p, hd)
		}
		if hd.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("GET %s: a CORS header", p)
		}
		if bytes.Contains(body, []byte("s3cret")) || bytes.Contains(body, []byte("key123")) {
			t.Errorf("GET %s: the body shows the RPC URL's credentials", p)
		}
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			req, _ := http.NewRequest(m, srv.URL+p, strings.NewReader("{}"))
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("%s %s: %d, want 405", m, p, res.StatusCode)
			}
		}
	}
}
