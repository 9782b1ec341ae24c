package rl

import (
	"bytes"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

func saveBytes(tb testing.TB, md *Model) []byte {
	tb.Helper()
	var b bytes.Buffer
	if err := md.Save(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// testSeeds are the training seeds of the learning tests.
var testSeeds = []uint64{1, 2, 3}

func quickConfig() TrainConfig {
	c := DefaultTrainConfig()
	c.Iterations = 15
	c.Hidden = 3
	return c
}

// TestTrainDeterministic: the same seed gives a byte-identical model file,
// whatever the number of workers; another seed gives another model.
func TestTrainDeterministic(t *testing.T) {
	m := realMarket(t, market.Defaults)
	c := quickConfig()
	c.Workers = 1
	a, _, err := Train(m, 120, c)
	if err != nil {
		t.Fatal(err)
	}
	c.Workers = 3
	b, _, err := Train(m, 120, c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saveBytes(t, a), saveBytes(t, b)) {
		t.Error("same seed, 1 and 3 workers: model files differ")
	}
	c.Seed = 2
	d, _, err := Train(m, 120, c)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(saveBytes(t, a), saveBytes(t, d)) {
		t.Error("seeds 1 and 2 gave identical model files")
	}
}

// TestTrainHonest: training on rows [0, until) reads no row ≥ until. The
// rows from until on are poisoned (absurd rates and liquidity, listings
// removed); the model file must be byte-identical, and so must every
// walk-forward decision made before until.
func TestTrainHonest(t *testing.T) {
	clean := realMarket(t, market.Defaults)
	const until = 150
	p := *realPanel
	p.APY, p.TVL = mat64Clone(realPanel.APY), mat64Clone(realPanel.TVL)
	r := rand.New(rand.NewPCG(1, 2))
	rows, cols := p.APY.Dims()
	for tt := until; tt < rows; tt++ {
		for i := 0; i < cols; i++ {
			switch r.IntN(3) {
			case 0:
				p.APY.Set(tt, i, math.NaN())
				p.TVL.Set(tt, i, math.NaN())
			case 1:
				p.APY.Set(tt, i, 50)
				p.TVL.Set(tt, i, 1e15)
			default:
				p.APY.Set(tt, i, -0.99)
				p.TVL.Set(tt, i, 0)
			}
		}
	}
	poisoned := mustMarket(t, &p, market.Defaults)
	c := quickConfig()
	a, _, err := Train(clean, until, c)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Train(poisoned, until, c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saveBytes(t, a), saveBytes(t, b)) {
		t.Fatal("model trained on rows < until changed when rows ≥ until were poisoned")
	}

	wf := DefaultWalkForward()
	wf.Train = c
	wf.Start, wf.Every, wf.WarmIterations = 60, 20, 5
	ra, refA, err := WalkForward(clean, wf, 1e7)
	if err != nil {
		t.Fatal(err)
	}
	// Walk forward on the poisoned market up to the last decision before until.
	ag, err := NewAgent(poisoned, wf)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := Simulate(poisoned, ag.Decide, wf.Start, until-1, 1e7)
	if err != nil {
		t.Fatal(err)
	}
	for k := range rb.Values {
		if rb.Values[k] != ra.Values[k] {
			t.Fatalf("walk-forward value at row %d: %v on the poisoned market, %v on the clean one", wf.Start+k, rb.Values[k], ra.Values[k])
		}
	}
	if len(ag.Refits) == 0 || len(ag.Refits) > len(refA) {
		t.Fatalf("refits: %d poisoned, %d clean", len(ag.Refits), len(refA))
	}
	for k, rf := range ag.Refits {
		if !bytes.Equal(saveBytes(t, rf.Model), saveBytes(t, refA[k].Model)) {
			t.Errorf("refit at row %d differs on the poisoned market", rf.Row)
		}
	}
}

// TestObservationMatchesTraining: the keeper's path (ObservationAt → Act)
// sees exactly the features training computes from its precomputed
// histories, and takes the same decision.
func TestObservationMatchesTraining(t *testing.T) {
	m := realMarket(t, market.Defaults)
	c := quickConfig()
	md, _, err := Train(m, 200, c)
	if err != nil {
		t.Fatal(err)
	}
	hist := precompute(m, m.Len(), md.spec.Window, md.spec.ShortHL, md.spec.LongHL)
	r := rand.New(rand.NewPCG(5, 5))
	for trial := 0; trial < 50; trial++ {
		tt := r.IntN(m.Len())
		p := market.NewPortfolio(m.N(), 1e7)
		for i := range p.Amounts {
			if m.Listed(tt, i) && r.IntN(3) == 0 {
				p.Amounts[i] = 1e6 * r.Float64()
			}
		}
		obs := ObservationAt(m, tt, p, md.Window())
		hs, err := obs.validate(md.spec.Window, md.spec.ShortHL, md.spec.LongHL)
		if err != nil {
			t.Fatal(err)
		}
		st := state{hist: hist[tt], liq: make([]float64, m.N()), weights: p.Weights(), value: p.Value(), gas: 5}
		for i := range hs {
			if hs[i] != hist[tt][i] {
				t.Fatalf("row %d pool %d: observation %+v, training %+v", tt, i, hs[i], hist[tt][i])
			}
			if hist[tt][i].n > 0 {
				st.liq[i] = m.TVL(tt, i)
			}
		}
		var ws workspace
		d := decide(md.spec, md.theta, st, &ws, nil, nil)
		a, err := md.Decide(obs)
		if err != nil {
			t.Fatal(err)
		}
		if a.Trade != d.trade {
			t.Fatalf("row %d: Act trade %v, training path %v", tt, a.Trade, d.trade)
		}
		for i := range a.Proposal {
			if a.Proposal[i] != d.target[i] {
				t.Fatalf("row %d pool %d: Act proposes %v, training path %v", tt, i, a.Proposal[i], d.target[i])
			}
		}
	}
}

// TestLearnsBestPool: one pool pays 10%, two pay 3–4%, all deep; the agent
// must put most of the value in the 10% pool.
func TestLearnsBestPool(t *testing.T) {
	for _, seed := range testSeeds {
		learnsBestPool(t, seed)
	}
}

func learnsBestPool(t *testing.T, seed uint64) {
	r := rand.New(rand.NewPCG(11, 0))
	noise := make([][]float64, 200)
	for i := range noise {
		noise[i] = []float64{r.NormFloat64(), r.NormFloat64(), r.NormFloat64()}
	}
	base := []float64{0.03, 0.10, 0.04}
	p := synthPanel([]string{"p_A_x", "p_B_x", "p_C_x"}, 200,
		func(tt, i int) float64 { return base[i] + 0.004*noise[tt][i] },
		func(tt, i int) float64 { return 1e12 })
	m := mustMarket(t, p, market.Defaults)
	c := DefaultTrainConfig()
	c.Seed = seed
	md, rep, err := Train(m, 150, c)
	if err != nil {
		t.Fatal(err)
	}
	first, last := rep.Curve[0], rep.Curve[len(rep.Curve)-1]
	t.Logf("training: log growth/step %.3g → %.3g, trade rate %.2f → %.2f", first.LogGrowth, last.LogGrowth, first.TradeRate, last.TradeRate)
	w, trade, err := md.Act(ObservationAt(m, 149, market.NewPortfolio(3, 1e7), md.Window()))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("from idle at row 149: trade %v weights %.3f", trade, w)
	if !trade || w[1] < 0.8 {
		t.Errorf("from idle: trade %v weights %v; want a trade with ≥ 80%% in the 10%% pool", trade, w)
	}
	// Out of sample, rows 150…199.
	run, err := Simulate(m, ModelStrategy(m, md), 150, 199, 1e7)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("rows 150–199: APY %.2f%%, %d trades", 100*run.APY, run.Trades)
	if run.APY < 0.085 {
		t.Errorf("out-of-sample APY %.4f, want ≥ 8.5%% (the best pool pays ~10%%)", run.APY)
	}
}

// TestGasMakesItHold: rates wander (AR(1), persistent), so with no gas it
// pays to follow the best pool; with gas of ~15 days of yield per source
// touched it does not. Starting from an equal-weight portfolio, the agent
// trained without gas must follow the rates (many trades) and the agent
// trained with high gas must trade far less.
func TestGasMakesItHold(t *testing.T) {
	for _, seed := range testSeeds {
		gasMakesItHold(t, seed)
	}
}

func gasMakesItHold(t *testing.T, seed uint64) {
	const rows, n, from = 300, 4, 200
	r := rand.New(rand.NewPCG(12, 0))
	x := make([][]float64, rows)
	x[0] = make([]float64, n)
	for tt := 1; tt < rows; tt++ {
		x[tt] = make([]float64, n)
		for i := range x[tt] {
			x[tt][i] = 0.9*x[tt-1][i] + 0.02*math.Sqrt(1-0.81)*r.NormFloat64()
		}
	}
	p := synthPanel([]string{"p_A_x", "p_B_x", "p_C_x", "p_D_x"}, rows,
		func(tt, i int) float64 { return 0.05 + x[tt][i] },
		func(tt, i int) float64 { return 1e12 })
	markets := map[float64]*market.Market{}
	models := map[float64]*Model{}
	for _, gas := range []float64{0, 2000} {
		mc := market.Defaults
		mc.GasUSD = gas
		markets[gas] = mustMarket(t, p, mc)
		c := DefaultTrainConfig()
		c.Seed = seed
		c.CapitalMin, c.CapitalMax = 1e6, 1e6
		md, _, err := Train(markets[gas], from, c)
		if err != nil {
			t.Fatal(err)
		}
		models[gas] = md
	}
	// Start invested (equal weights at row from), then let the agent decide.
	sim := func(m *market.Market, md *Model) Run {
		agent := ModelStrategy(m, md)
		s := func(tt int, p market.Portfolio) ([]float64, bool, error) {
			if tt == from {
				return []float64{0.25, 0.25, 0.25, 0.25}, true, nil
			}
			return agent(tt, p)
		}
		run, err := Simulate(m, s, from, rows-1, 1e6)
		if err != nil {
			t.Fatal(err)
		}
		run.Trades--
		run.Touched -= n
		run.Gas -= n * m.Config().GasUSD
		return run
	}
	r0, rG := sim(markets[0], models[0]), sim(markets[2000], models[2000])
	for _, c := range []struct {
		what string
		run  Run
	}{{"trained and run without gas", r0}, {"trained and run with gas 2000", rG},
		{"trained without gas, run with gas 2000", sim(markets[2000], models[0])}} {
		t.Logf("seed %d, %s: after the initial deployment %d trades, %d touched, gas paid %.0f; APY %.2f%%",
			seed, c.what, c.run.Trades, c.run.Touched, c.run.Gas, 100*c.run.APY)
	}
	if !(r0.Trades >= 10 && rG.Trades <= 3 && 5*rG.Trades <= r0.Trades) {
		t.Errorf("seed %d: %d trades without gas, %d with gas 2000; want ≥ 10, and ≤ 3 and at most a fifth of them", seed, r0.Trades, rG.Trades)
	}
}
