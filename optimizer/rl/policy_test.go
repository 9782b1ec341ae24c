package rl

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

func testSpec(h int) spec {
	return spec{Window: 30, ShortHL: 3, LongHL: 14, Hidden: h, MinWeight: 0.01, Band: 0.01, GateHorizon: 30,
		Sigma: 0.5, StepYears: 1.0 / 365, Util: 0.8, Elasticity: 1, Dust: 1e-4}
}

// randomState is a decision input with n sources, one of them unavailable.
func randomState(r *rand.Rand, n int, sp spec) state {
	st := state{hist: make([]histStats, n), liq: make([]float64, n), weights: make([]float64, n),
		value: 1e7, gas: 5, costBps: 1}
	left := 1.0
	for i := 0; i < n; i++ {
		apy := make([]float64, 5+r.IntN(40))
		for k := range apy {
			apy[k] = 0.03 + 0.05*r.Float64()
		}
		if i != 1 {
			st.hist[i] = summarize(apy, sp.Window, sp.ShortHL, sp.LongHL)
		}
		st.liq[i] = math.Exp(14 + 6*r.Float64())
		w := left * r.Float64() * 0.5
		st.weights[i], left = w, left-w
	}
	return st
}

func randomTheta(r *rand.Rand, h int) []float64 {
	th := make([]float64, nParams(h))
	for k := range th {
		th[k] = 0.7 * r.NormFloat64()
	}
	return th
}

// TestGradientCheck compares decide's hand-written ∇θ log π(z, trade) with
// central finite differences of logProb, for the linear and the one-hidden-
// layer network, at many random states, parameters and sampled actions
// (traded and held).
func TestGradientCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for _, h := range []int{0, 1, 6} {
		sp := testSpec(h)
		sawTrade, sawHold := false, false
		for trial := 0; trial < 40; trial++ {
			theta := randomTheta(r, h)
			st := randomState(r, 2+r.IntN(8), sp)
			var ws workspace
			grad := make([]float64, len(theta))
			d := decide(sp, theta, st, &ws, rand.New(rand.NewPCG(uint64(trial), 1)), grad)
			if d.gated && d.trade {
				sawTrade = true
			} else if d.gated {
				sawHold = true
			}
			na := len(ws.avail)
			F := mat.NewDense(na, nFeat, append([]float64(nil), ws.f[:na*nFeat]...))
			z := append([]float64(nil), ws.z[:na+1]...)
			f := func(th []float64) float64 { return logProb(sp, th, F, z, d.gateFeat, d.gated, d.trade) }
			for k := range theta {
				const eps = 1e-6
				tp := append([]float64(nil), theta...)
				tm := append([]float64(nil), theta...)
				tp[k] += eps
				tm[k] -= eps
				num := (f(tp) - f(tm)) / (2 * eps)
				if math.Abs(num-grad[k]) > 1e-6*math.Max(1, math.Abs(num)) {
					t.Fatalf("hidden %d trial %d: ∂/∂θ[%d] = %.10g, finite difference %.10g", h, trial, k, grad[k], num)
				}
			}
		}
		if !sawTrade || !sawHold {
			t.Errorf("hidden %d: the check saw trade %v hold %v; want both", h, sawTrade, sawHold)
		}
	}
}

// TestScoresBackward checks the network's backward pass alone on a random
// upstream gradient: ∂(gᵀs)/∂θ against finite differences.
func TestScoresBackward(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, h := range []int{0, 5} {
		n := 7
		F := mat.NewDense(n, nFeat, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < nFeat; j++ {
				F.Set(i, j, r.NormFloat64())
			}
		}
		g := make([]float64, n)
		for i := range g {
			g[i] = r.NormFloat64()
		}
		theta := randomTheta(r, h)
		obj := func(th []float64) float64 {
			s := make([]float64, n)
			var A *mat.Dense
			if h > 0 {
				A = mat.NewDense(n, h, nil)
			}
			scores(th, h, F, A, s)
			v := 0.0
			for i := range s {
				v += g[i] * s[i]
			}
			return v
		}
		s := make([]float64, n)
		var A *mat.Dense
		if h > 0 {
			A = mat.NewDense(n, h, nil)
		}
		scores(theta, h, F, A, s)
		grad := make([]float64, len(theta))
		scoresBackward(theta, h, F, A, g, make([]float64, n*max(h, 1)), grad)
		l := layoutFor(h)
		for k := 0; k < l.idle; k++ {
			tp := append([]float64(nil), theta...)
			tm := append([]float64(nil), theta...)
			tp[k] += 1e-6
			tm[k] -= 1e-6
			num := (obj(tp) - obj(tm)) / 2e-6
			if math.Abs(num-grad[k]) > 1e-6*math.Max(1, math.Abs(num)) {
				t.Errorf("hidden %d: ∂/∂θ[%d] = %v, finite difference %v", h, k, grad[k], num)
			}
		}
	}
}

func TestPostprocess(t *testing.T) {
	sp := testSpec(0)
	sp.MinWeight, sp.Band = 0.05, 0.02
	// Sources 0..3 available, 4 unavailable (held 0.1).
	avail := []int{0, 1, 2, 3}
	w := []float64{0.30, 0.20, 0.00, 0.00, 0.10}
	omega := []float64{0.31, 0.50, 0.03, 0.10, 0.06} // last is idle
	target := make([]float64, 5)
	postprocess(sp, omega, avail, w, target)
	// 0.03 < MinWeight: dropped; renormalise by 0.97. Source 0: |0.31/0.97 − 0.30| = 0.0196 ≤ band: kept at 0.30.
	// The rest share 0.70 in proportion to ω: 0.50, 0.10 and idle 0.06.
	q := (0.50 + 0.10 + 0.06) / 0.97
	want := []float64{0.30, 0.50 / 0.97 * 0.70 / q, 0, 0.10 / 0.97 * 0.70 / q, 0}
	for i := range want {
		if math.Abs(target[i]-want[i]) > 1e-12 {
			t.Errorf("target[%d] = %v, want %v (all %v)", i, target[i], want[i], target)
		}
	}
	// Everything within the band: the target is the current allocation.
	w2 := []float64{0.5, 0.49}
	o2 := []float64{0.505, 0.485, 0.01}
	t2 := make([]float64, 2)
	postprocess(sp, o2, []int{0, 1}, w2, t2)
	if t2[0] != 0.5 || t2[1] != 0.49 {
		t.Errorf("within the band: target %v, want the current %v", t2, w2)
	}
}

func TestSummarize(t *testing.T) {
	h := summarize([]float64{9, 9, 0.01, 0.03}, 2, 1, 1)
	// Only the last 2 entries: EWMA with α = ½ from 0.01: 0.02; mean 0.02, sd 0.01.
	if h.n != 2 || h.now != 0.03 || math.Abs(h.short-0.02) > 1e-15 || math.Abs(h.vol-0.01) > 1e-15 || h.frac != 1 {
		t.Errorf("summarize = %+v", h)
	}
	if h := summarize(nil, 5, 1, 1); h.n != 0 {
		t.Errorf("summarize(nil) = %+v", h)
	}
}

// TestImpactMatchesMarket: the features' capacity model is the market's.
func TestImpactMatchesMarket(t *testing.T) {
	for _, eta := range []float64{0, 0.5, 1, 2} {
		mc := market.Defaults
		mc.Elasticity = eta
		p := synthPanel([]string{"p_A_x"}, 2, func(int, int) float64 { return 0.07 }, func(int, int) float64 { return 3e6 })
		m := mustMarket(t, p, mc)
		im := impact{util: mc.Util, eta: eta}
		for _, x := range []float64{0, 1, 1e5, 1e7, 1e9} {
			got, want := im.rate(0.07, im.supply(3e6), x), m.RateAt(1, 0, x)
			if math.Abs(got-want) > 1e-15 {
				t.Errorf("η %v x %v: rate %v, market %v", eta, x, got, want)
			}
		}
	}
}
