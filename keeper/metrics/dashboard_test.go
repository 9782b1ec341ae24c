package metrics

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const dashboardPath = "../../scripts/grafana/vaultkeeper-dashboard.json"

// metricName finds the vaultkeeper metric names a PromQL expression uses.
var metricName = regexp.MustCompile(`\bvaultkeeper_[A-Za-z0-9_]+`)

// exerciseAll calls every recording method once, so that every vector has a
// series; the per-vault ones through the view of vault "a".
func exerciseAll(m *Metrics) {
	v := m.Vault("a")
	v.Tick(time.Second, nil)
	v.Tick(time.Second, errors.New("tick failed"))
	v.Decision(ActionRebalance, false, 10)
	v.RebalanceSent(10)
	v.SetRealisedGain(8)
	v.TxMined(21000, big.NewInt(1e9), false)
	v.ConfigHash([32]byte{1}, [32]byte{1})
	m.SendState("", store.SendDecided)
	m.RPCError("eth_call", errors.New("execution reverted"))
	m.SignerError("vault-kv", errors.New("Vault is sealed (HTTP 503)"))
	m.ProviderHealth(chainrpc.ProviderHealth{Index: 0, Host: "127.0.0.1:8545", State: chainrpc.StateHealthy})
	m.SetReady(true, "")
}

// dashboardQueries returns every PromQL expression of the dashboard: the
// panels' targets' expr, and the template variables' queries.
func dashboardQueries(t *testing.T, dash map[string]any) []string {
	t.Helper()
	var out []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, c := range v {
				if s, ok := c.(string); ok && k == "expr" {
					out = append(out, s)
				}
				walk(c)
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	walk(dash["panels"])
	templating, _ := dash["templating"].(map[string]any)
	vars, _ := templating["list"].([]any)
	for _, v := range vars {
		v := v.(map[string]any)
		if v["type"] != "query" {
			continue
		}
		if s, ok := v["definition"].(string); ok {
			out = append(out, s)
		}
		if q, ok := v["query"].(map[string]any); ok {
			if s, ok := q["query"].(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

func loadDashboard(t *testing.T) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(dashboardPath)
	if err != nil {
		t.Fatal(err)
	}
	var dash map[string]any
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("%s: %v", dashboardPath, err)
	}
	return dash
}

func TestDashboardUsesOnlyExposedMetricsAndShowsThemAll(t *testing.T) {
	dash := loadDashboard(t)
	f := newFixture(t, Options{})
	exerciseAll(f.m)
	exposed := scrape(t, f.url).names()

	queries := dashboardQueries(t, dash)
	if len(queries) < 15 {
		t.Fatalf("found only %d queries in the dashboard", len(queries))
	}
	used := map[string]bool{}
	for _, q := range queries {
		names := metricName.FindAllString(q, -1)
		if len(names) == 0 {
			t.Errorf("query %q uses no vaultkeeper metric", q)
		}
		for _, n := range names {
			used[n] = true
			if !exposed[n] {
				t.Errorf("query %q uses %s, which the registry does not expose", q, n)
			}
		}
	}

	// Every family the package exposes has a panel (a histogram counts as
	// shown when any of its series is).
	var missing []string
	for n := range exposed {
		if !strings.HasPrefix(n, "vaultkeeper_") {
			continue
		}
		family := n
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if base, ok := strings.CutSuffix(n, suffix); ok && exposed[base+"_bucket"] {
				family = base
			}
		}
		shown := used[family]
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			shown = shown || used[family+suffix]
		}
		if !shown {
			missing = append(missing, n)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("no panel shows %v", missing)
	}
}

func TestDashboardIsAGrafana10DashboardOnAPrometheusVariable(t *testing.T) {
	dash := loadDashboard(t)
	if v, _ := dash["schemaVersion"].(float64); v < 36 || v > 39 {
		t.Errorf("schemaVersion %v, want Grafana 10's (36–39)", dash["schemaVersion"])
	}
	if dash["uid"] != "vaultkeeper" || dash["title"] == "" {
		t.Errorf("uid %v, title %v", dash["uid"], dash["title"])
	}
	var dsVar bool
	for _, v := range dash["templating"].(map[string]any)["list"].([]any) {
		v := v.(map[string]any)
		if v["name"] == "DS_PROMETHEUS" && v["type"] == "datasource" && v["query"] == "prometheus" {
			dsVar = true
		}
	}
	if !dsVar {
		t.Error("no datasource variable DS_PROMETHEUS of type prometheus")
	}

	checkDS := func(where string, v any) {
		ds, _ := v.(map[string]any)
		if ds["type"] != "prometheus" || ds["uid"] != "${DS_PROMETHEUS}" {
			t.Errorf("%s: datasource %v, want prometheus ${DS_PROMETHEUS}", where, v)
		}
	}
	ids := map[float64]bool{}
	titles := map[string]bool{}
	for _, p := range dash["panels"].([]any) {
		p := p.(map[string]any)
		title, _ := p["title"].(string)
		id, _ := p["id"].(float64)
		if ids[id] {
			t.Errorf("panel id %v used twice", id)
		}
		ids[id] = true
		if p["type"] == "row" {
			continue
		}
		if titles[title] {
			t.Errorf("panel title %q used twice", title)
		}
		titles[title] = true
		if _, ok := p["gridPos"].(map[string]any); !ok {
			t.Errorf("panel %q has no gridPos", title)
		}
		checkDS("panel "+title, p["datasource"])
		targets, _ := p["targets"].([]any)
		if len(targets) == 0 {
			t.Errorf("panel %q has no targets", title)
		}
		for _, tg := range targets {
			checkDS("target of "+title, tg.(map[string]any)["datasource"])
		}
	}
}

// A query variable vault lists the vaults, and every query of a per-vault
// metric (one whose series carry the vault label) in a panel filters by it,
// while a query of a process-wide one does not (the filter would match
// nothing).
func TestDashboardFiltersPerVaultMetricsByTheVaultVariable(t *testing.T) {
	dash := loadDashboard(t)
	var def string
	for _, v := range dash["templating"].(map[string]any)["list"].([]any) {
		v := v.(map[string]any)
		if v["name"] == "vault" && v["type"] == "query" {
			def, _ = v["definition"].(string)
		}
	}
	if !regexp.MustCompile(`^label_values\(vaultkeeper_[a-z_]+(\{[^}]*\})?, vault\)$`).MatchString(def) {
		t.Fatalf("no query variable vault of label_values(<metric>, vault); definition %q", def)
	}

	f := newFixture(t, Options{})
	exerciseAll(f.m)
	perVault := map[string]bool{}
	for s := range scrape(t, f.url).samples {
		if i := strings.IndexByte(s, '{'); i >= 0 && strings.Contains(s[i:], `vault="a"`) {
			perVault[s[:i]] = true
		}
	}
	if !perVault["vaultkeeper_ticks_total"] || perVault["vaultkeeper_rpc_errors_total"] {
		t.Fatalf("per-vault metrics: %v", perVault)
	}
	selector := regexp.MustCompile(`\b(vaultkeeper_[A-Za-z0-9_]+)(\{[^}]*\})?`)
	for _, q := range dashboardQueries(t, dash) {
		if strings.HasPrefix(q, "label_values(") {
			continue // a template variable's
		}
		for _, m := range selector.FindAllStringSubmatch(q, -1) {
			filtered := strings.Contains(m[2], `vault=~"$vault"`)
			if perVault[m[1]] && !filtered {
				t.Errorf("query %q: %s is per vault but not filtered by $vault", q, m[1])
			}
			if !perVault[m[1]] && strings.Contains(m[2], "vault") {
				t.Errorf("query %q: %s is process-wide but filtered by vault", q, m[1])
			}
		}
	}
}
