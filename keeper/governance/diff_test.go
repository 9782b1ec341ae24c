package governance

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

func baseGoverned() config.Governed {
	g := config.Default().Governed
	g.Sources = []config.Source{{Name: "a", Cap: 1}, {Name: "b", Cap: 0.5}}
	return g
}

func TestDiffGoverned(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(g *config.Governed)
		want   string
	}{
		{"no change", func(*config.Governed) {}, ""},
		{"same value spelled alike", func(g *config.Governed) { g.Optimizer.RiskAversion = 4.0 }, ""},
		{"a float", func(g *config.Governed) { g.Optimizer.RiskAversion = 2.5 },
			"governed.optimizer.risk_aversion: 4 → 2.5\n"},
		{"a strategy setting in days", func(g *config.Governed) { g.Optimizer.CostHorizon = config.Duration(3 * 24 * time.Hour) },
			`governed.optimizer.cost_horizon: "168h0m0s" → "72h0m0s"` + "\n"},
		{"a small float in shortest form", func(g *config.Governed) { g.Rebalance.MinMove = 0.00001 },
			"governed.rebalance.min_move: 0.001 → 1e-05\n"},
		{"a duration", func(g *config.Governed) { g.Rebalance.ReceiptTimeout = config.Duration(90 * time.Second) },
			`governed.rebalance.receipt_timeout: "2m0s" → "1m30s"` + "\n"},
		{"a string", func(g *config.Governed) { g.Schedule = "@every 1m" },
			`governed.schedule: "*/10 * * * * *" → "@every 1m"` + "\n"},
		{"an int", func(g *config.Governed) { g.Txmgr.Confirmations = 12 },
			"governed.txmgr.confirmations: 3 → 12\n"},
		{"a source's cap", func(g *config.Governed) { g.Sources[1].Cap = 0.25 },
			"governed.sources[1].cap: 0.5 → 0.25\n"},
		{"a source added at the end", func(g *config.Governed) {
			g.Sources = append(g.Sources, config.Source{Name: "c", Cap: 0.3})
		}, `governed.sources[+2]: (none) → {"address":"","cap":0.3,"name":"c"}` + "\n"},
		{"a source added in front", func(g *config.Governed) {
			g.Sources = append([]config.Source{{Name: "c", Cap: 0.3}}, g.Sources...)
		}, `governed.sources[+0]: (none) → {"address":"","cap":0.3,"name":"c"}` + "\n"},
		{"a source removed", func(g *config.Governed) { g.Sources = g.Sources[1:] },
			`governed.sources[-0]: {"address":"","cap":1,"name":"a"} → (none)` + "\n"},
		{"sources reordered", func(g *config.Governed) { g.Sources[0], g.Sources[1] = g.Sources[1], g.Sources[0] },
			`governed.sources (order): ["a","b"] → ["b","a"]` + "\n"},
		{"sources reordered and a cap changed", func(g *config.Governed) {
			g.Sources[0], g.Sources[1] = g.Sources[1], g.Sources[0]
			g.Sources[1].Cap = 0.9 // a, now second
		}, `governed.sources (order): ["a","b"] → ["b","a"]` + "\n" + "governed.sources[1].cap: 1 → 0.9\n"},
		{"a source renamed", func(g *config.Governed) { g.Sources[1].Name = "bb" },
			`governed.sources[-1]: {"address":"","cap":0.5,"name":"b"} → (none)` + "\n" +
				`governed.sources[+1]: (none) → {"address":"","cap":0.5,"name":"bb"}` + "\n"},
		{"one added, the others reordered", func(g *config.Governed) {
			g.Sources = []config.Source{{Name: "c", Cap: 0.1}, {Name: "b", Cap: 0.5}, {Name: "a", Cap: 1}}
		}, `governed.sources (order): ["a","b"] → ["b","a"]` + "\n" +
			`governed.sources[+0]: (none) → {"address":"","cap":0.1,"name":"c"}` + "\n"},
		{"one removed, one added", func(g *config.Governed) {
			g.Sources = []config.Source{{Name: "b", Cap: 0.5}, {Name: "c", Cap: 0.1}}
		}, `governed.sources[-0]: {"address":"","cap":1,"name":"a"} → (none)` + "\n" +
			`governed.sources[+1]: (none) → {"address":"","cap":0.1,"name":"c"}` + "\n"},
		{"several sections, in canonical key order", func(g *config.Governed) {
			g.Txmgr.MaxFeeGwei = 600
			g.Schedule = "@every 30s"
			g.Optimizer.Strategy = config.StrategyShadow
			g.Optimizer.MinIdle = 0.1
			g.Rebalance.GasMargin = 1.5
		}, "governed.optimizer.min_idle: 0.05 → 0.1\n" +
			`governed.optimizer.strategy: "meanvar" → "shadow"` + "\n" +
			"governed.rebalance.gas_margin: 1.25 → 1.5\n" +
			`governed.schedule: "*/10 * * * * *" → "@every 30s"` + "\n" +
			"governed.txmgr.max_fee_gwei: 500 → 600\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			old := baseGoverned()
			next := baseGoverned()
			tc.change(&next)
			cs := DiffGoverned(old, next)
			if got := FormatChanges(cs); got != tc.want {
				t.Fatalf("diff:\n%s\nwant:\n%s", got, tc.want)
			}
			// The diff is empty exactly when the approved hash would not change.
			if same := bytes.Equal(old.Canonical(), next.Canonical()); same != (len(cs) == 0) {
				t.Fatalf("%d changes, but canonical encodings equal: %v", len(cs), same)
			}
		})
	}
}

func TestDiffGovernedRendersAsCanonical(t *testing.T) {
	g := baseGoverned()
	if !bytes.Equal(config.CanonicalValue(g), g.Canonical()) {
		t.Fatal("CanonicalValue of the governed part differs from Canonical")
	}
	// A removed source's value is exactly its part of the canonical encoding.
	cs := DiffGoverned(g, config.Governed{Schedule: g.Schedule, Optimizer: g.Optimizer, Rebalance: g.Rebalance, Txmgr: g.Txmgr, Sources: g.Sources[:1]})
	if len(cs) != 1 || !bytes.Contains(g.Canonical(), []byte(cs[0].Old)) {
		t.Fatalf("changes %v: want one, part of %s", cs, g.Canonical())
	}
}

// Lists whose elements have no name are matched by index.
func TestDiffUnnamedListByIndex(t *testing.T) {
	type doc struct {
		L []float64 `yaml:"l"`
	}
	var out []Change
	diffValue("x", reflect.ValueOf(doc{L: []float64{1, 2, 3}}), reflect.ValueOf(doc{L: []float64{1, 5}}), &out)
	want := "x.l[1]: 2 → 5\nx.l[-2]: 3 → (none)\n"
	if got := FormatChanges(out); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	out = nil
	diffValue("x", reflect.ValueOf(doc{L: []float64{1}}), reflect.ValueOf(doc{L: []float64{1, 0.5}}), &out)
	if got := FormatChanges(out); got != "x.l[+1]: (none) → 0.5\n" {
		t.Fatalf("got %q", got)
	}
}

func TestChangeString(t *testing.T) {
	for _, tc := range []struct {
		c    Change
		want string
	}{
		{Change{"p", "1", "2"}, "p: 1 → 2"},
		{Change{"p", "", `""`}, `p: (none) → ""`},
		{Change{"p", `""`, ""}, `p: "" → (none)`},
	} {
		if got := tc.c.String(); got != tc.want {
			t.Errorf("%#v: %q, want %q", tc.c, got, tc.want)
		}
	}
	if FormatChanges(nil) != "" {
		t.Error("no changes should format as nothing")
	}
}
