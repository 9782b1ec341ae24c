package rl

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// smallModel is a model with a hidden layer trained briefly on the real data.
func smallModel(t *testing.T) (*Model, *market.Market) {
	t.Helper()
	m := realMarket(t, market.Defaults)
	c := quickConfig()
	md, _, err := Train(m, 100, c)
	if err != nil {
		t.Fatal(err)
	}
	return md, m
}

func TestSaveLoadRoundTrip(t *testing.T) {
	md, m := smallModel(t)
	b1 := saveBytes(t, md)
	got, err := Load(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if b2 := saveBytes(t, got); !bytes.Equal(b1, b2) {
		t.Fatalf("Save(Load(Save(m))) differs from Save(m):\n%s\n---\n%s", b1, b2)
	}
	if got.Info() != md.Info() || got.spec != md.spec {
		t.Errorf("loaded info/spec %+v %+v, want %+v %+v", got.Info(), got.spec, md.Info(), md.spec)
	}
	// The loaded model acts exactly as the trained one.
	r := rand.New(rand.NewPCG(9, 9))
	for trial := 0; trial < 20; trial++ {
		tt := 100 + r.IntN(m.Len()-100)
		p := market.NewPortfolio(m.N(), 1e7)
		for i := range p.Amounts {
			if m.Listed(tt, i) && r.IntN(4) == 0 {
				p.Amounts[i] = 1e6 * r.Float64()
			}
		}
		obs := ObservationAt(m, tt, p, md.Window())
		w1, tr1, err1 := md.Act(obs)
		w2, tr2, err2 := got.Act(obs)
		if err1 != nil || err2 != nil || tr1 != tr2 {
			t.Fatalf("row %d: Act %v %v, loaded %v %v", tt, tr1, err1, tr2, err2)
		}
		for i := range w1 {
			if w1[i] != w2[i] {
				t.Fatalf("row %d pool %d: weight %v, loaded %v", tt, i, w1[i], w2[i])
			}
		}
	}
	for _, want := range []string{`"format": "vaultkeeper-rl-model"`, `"version": 1`, `"model": "rl/v1"`, `"first": "2024-06-06"`, `"last": "2024-09-13"`, `"seed": 1`, `"history": 30`} {
		if !bytes.Contains(b1, []byte(want)) {
			t.Errorf("model file lacks %s", want)
		}
	}
}

// TestLoadGolden loads the checked-in version-1 file, so that a change of
// the format that would break the keeper's saved models is noticed.
func TestLoadGolden(t *testing.T) {
	path := filepath.Join("testdata", "model_v1.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	md, err := Load(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := saveBytes(t, md); !bytes.Equal(got, b) {
		t.Errorf("%s does not survive Load+Save unchanged", path)
	}
	obs := Observation{Value: 1e6, Gas: 5, Sources: []SourceObs{
		{APY: []float64{0.05, 0.051, 0.052}, Liquidity: 1e8, Weight: 0},
		{APY: []float64{0.03, 0.03, 0.03}, Liquidity: 1e8, Weight: 0.5},
		{APY: nil, Liquidity: 0, Weight: 0.2},
	}}
	a, err := md.Decide(obs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("golden model on a 3-source vault: %+v", a)
	if !a.Trade || a.Weights[2] != 0 || a.Weights[0] <= a.Weights[1] {
		t.Errorf("golden model: %+v; want a trade out of the unavailable source, more in the 5%% source than the 3%% one", a)
	}
}

func TestLoadRejects(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "model_v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	// edit decodes the golden file, applies f and re-encodes it.
	edit := func(f func(doc map[string]any)) string {
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		f(doc)
		out, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	sub := func(doc map[string]any, key string) map[string]any { return doc[key].(map[string]any) }
	cases := []struct {
		name, file, want string
	}{
		{"empty", "", "model file"},
		{"truncated", string(b[:len(b)/2]), "model file"},
		{"not json", "hello", "model file"},
		{"other format", edit(func(d map[string]any) { d["format"] = "onnx" }), `format "onnx"`},
		{"version 2", edit(func(d map[string]any) { d["version"] = 2 }), "version 2 not supported"},
		{"version 0", edit(func(d map[string]any) { delete(d, "version") }), "version 0 not supported"},
		{"model id", edit(func(d map[string]any) { d["model"] = "rl/v2" }), `model id "rl/v2"`},
		{"unknown field", edit(func(d map[string]any) { d["extra"] = 1 }), `unknown field "extra"`},
		{"feature renamed", edit(func(d map[string]any) { d["features"].([]any)[3] = "apy_std" }), `features[3] = "apy_std", want "apy_vol"`},
		{"feature missing", edit(func(d map[string]any) { d["features"] = d["features"].([]any)[:8] }), "features has 8 names, want 9"},
		{"gate feature", edit(func(d map[string]any) { d["gate_features"].([]any)[0] = "b" }), `gate_features[0] = "b"`},
		{"window 0", edit(func(d map[string]any) { sub(d, "windows")["history"] = 0 }), "windows.history = 0"},
		{"half-life negative", edit(func(d map[string]any) { sub(d, "windows")["short_half_life"] = -1 }), "windows.short_half_life = -1: must be > 0"},
		{"hidden negative", edit(func(d map[string]any) { sub(d, "policy")["hidden"] = -1 }), "policy.hidden = -1"},
		{"util 1", edit(func(d map[string]any) { sub(d, "market")["util"] = 1 }), "market.util = 1: must be in [0, 1)"},
		{"band NaN", edit(func(d map[string]any) { sub(d, "policy")["band"] = "NaN" }), "policy.band = NaN: not finite"},
		{"bad date", edit(func(d map[string]any) { sub(d, "training")["last"] = "2024-13-01" }), `training.last = "2024-13-01"`},
		{"rows", edit(func(d map[string]any) { sub(d, "training")["rows"] = 1 }), "training.rows = 1"},
		{"w1 rows", edit(func(d map[string]any) {
			w := sub(d, "weights")
			w["w1"] = w["w1"].([]any)[1:]
		}), "weights.w1 has 2 entries, want 3"},
		{"w1 row length", edit(func(d map[string]any) {
			w := sub(d, "weights")
			w["w1"].([]any)[1] = w["w1"].([]any)[1].([]any)[:4]
		}), "weights.w1[1] has 4 entries, want 9"},
		{"linear length", edit(func(d map[string]any) { sub(d, "weights")["linear"] = []any{1.0} }), "weights.linear has 1 entries, want 9"},
		{"gate length", edit(func(d map[string]any) { sub(d, "weights")["gate"] = []any{1.0, 2.0} }), "weights.gate has 2 entries, want 3"},
		{"weight NaN", edit(func(d map[string]any) { sub(d, "weights")["w1"].([]any)[2].([]any)[5] = "NaN" }), "weights.w1[2][5] = NaN: not finite"},
		{"weight Inf", edit(func(d map[string]any) { sub(d, "weights")["linear"].([]any)[7] = "-Inf" }), "weights.linear[7] = -Inf: not finite"},
		{"weight overflow", strings.Replace(edit(func(d map[string]any) { sub(d, "weights")["idle"] = 12345.5 }), "12345.5", "1e999", 1), "weights.idle = +Inf: not finite"},
		{"weight not a number", edit(func(d map[string]any) { sub(d, "weights")["gate"].([]any)[1] = true }), "true is not a number"},
		{"trailing data", string(b) + "{}", "after top-level value"},
	}
	for _, c := range cases {
		_, err := Load(strings.NewReader(c.file))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Load error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestSaveRejectsNonFinite(t *testing.T) {
	md, _ := smallModel(t)
	bad := *md
	bad.theta = append([]float64(nil), md.theta...)
	bad.theta[0] = math.NaN()
	if err := bad.Save(&bytes.Buffer{}); err == nil {
		t.Error("Save of a NaN weight succeeded")
	}
}

func TestActValidates(t *testing.T) {
	md, _ := smallModel(t)
	ok := SourceObs{APY: []float64{0.05}, Liquidity: 1e6, Weight: 0.5}
	cases := []struct {
		name string
		obs  Observation
		want string
	}{
		{"no sources", Observation{Value: 1}, "no sources"},
		{"value 0", Observation{Value: 0, Sources: []SourceObs{ok}}, "Value 0"},
		{"value NaN", Observation{Value: math.NaN(), Sources: []SourceObs{ok}}, "Value NaN"},
		{"gas", Observation{Value: 1, Gas: -1, Sources: []SourceObs{ok}}, "Gas -1"},
		{"cost", Observation{Value: 1, CostBps: 1e4, Sources: []SourceObs{ok}}, "CostBps 10000"},
		{"weight", Observation{Value: 1, Sources: []SourceObs{ok, {Weight: 1.5}}}, "source 1: Weight 1.5"},
		{"weights sum", Observation{Value: 1, Sources: []SourceObs{ok, {Weight: 0.6}}}, "sum to 1.1"},
		{"apy NaN", Observation{Value: 1, Sources: []SourceObs{{APY: []float64{0.1, math.NaN()}, Liquidity: 1}}}, "source 0: APY[1] = NaN"},
		{"liquidity", Observation{Value: 1, Sources: []SourceObs{{APY: []float64{0.1}, Liquidity: math.Inf(1)}}}, "source 0: Liquidity +Inf"},
	}
	for _, c := range cases {
		_, _, err := md.Act(c.obs)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Act error %v, want one containing %q", c.name, err, c.want)
		}
	}
}

func TestActHoldsAndWithdraws(t *testing.T) {
	md, _ := smallModel(t)
	// A held source that became unavailable is emptied into the others.
	a, err := md.Decide(Observation{Value: 1e6, Gas: 5, Sources: []SourceObs{
		{Weight: 0.9},
		{APY: []float64{0.05, 0.05}, Liquidity: 1e9, Weight: 0.1},
	}})
	if err != nil || !a.Trade || a.Weights[0] != 0 || a.Weights[1] < 0.9 {
		t.Errorf("unavailable held source: %+v %v, want a trade out of it", a, err)
	}
	// Alone, it is proposed for withdrawal (0), and the gate decides.
	a, err = md.Decide(Observation{Value: 1e6, Gas: 5, Sources: []SourceObs{{Weight: 1}}})
	if err != nil || a.Proposal[0] != 0 || a.Benefit != 0 {
		t.Errorf("unavailable only source: %+v %v, want a proposal of 0 with no benefit", a, err)
	}
	// When the gate holds, the weights returned are the current ones.
	obs := Observation{Value: 1e6, Gas: 1e9, Sources: []SourceObs{
		{APY: []float64{0.05}, Liquidity: 1e9, Weight: 0.3},
		{APY: []float64{0.08}, Liquidity: 1e9, Weight: 0.3},
	}}
	w, trade, err := md.Act(obs)
	if err != nil || trade || w[0] != 0.3 || w[1] != 0.3 {
		t.Errorf("gas of 1000× the value: %v %v %v, want a hold at the current weights", w, trade, err)
	}
}

func TestTrainValidates(t *testing.T) {
	m := realMarket(t, market.Defaults)
	mod := func(f func(c *TrainConfig)) TrainConfig { c := DefaultTrainConfig(); f(&c); return c }
	cases := []struct {
		cfg   TrainConfig
		until int
		want  string
	}{
		{DefaultTrainConfig(), 1, "until = 1"},
		{DefaultTrainConfig(), m.Len() + 1, "until = 366"},
		{DefaultTrainConfig(), 5, "leave no room"},
		{mod(func(c *TrainConfig) { c.Rollouts = 1 }), 100, "Rollouts = 1"},
		{mod(func(c *TrainConfig) { c.Gamma = 0 }), 100, "Gamma = 0"},
		{mod(func(c *TrainConfig) { c.Sigma = math.NaN() }), 100, "Sigma = NaN"},
		{mod(func(c *TrainConfig) { c.MaxLen = 1 }), 100, "MaxLen = 1"},
		{mod(func(c *TrainConfig) { c.MinHistory = 31 }), 100, "MinHistory = 31"},
		{mod(func(c *TrainConfig) { c.CapitalMax = 1 }), 100, "CapitalMax = 1"},
		{mod(func(c *TrainConfig) { c.Init = &Model{spec: spec{Hidden: 7}} }), 100, "does not match"},
	}
	for _, c := range cases {
		_, _, err := Train(m, c.until, c.cfg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Train error %v, want one containing %q", err, c.want)
		}
	}
	if _, _, err := Train(nil, 10, DefaultTrainConfig()); err == nil {
		t.Error("Train(nil market) succeeded")
	}
}
