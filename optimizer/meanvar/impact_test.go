package meanvar

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// TestLinearImpactClosedForm: with R_i(δ) = a_i − b_i·δ, no risk and no
// costs, the income w·(a_i − b_i·V·(w − w⁰_i)) has marginal
// a_i + b_i·V·w⁰_i − 2·b_i·V·w, and the optimum equalises it across the
// sources at the cash price ν with Σw = 1 − MinIdle, i.e. with x_i = V·w_i
// the holding, r_i(x_i) + x_i·r_i'(x_i) = ν where r_i(x) = R_i(x − V·w⁰_i).
func TestLinearImpactClosedForm(t *testing.T) {
	const V = 2e6
	a := []float64{0.05, 0.04, 0.06}
	b := []float64{0.02 / V, 0.01 / V, 0.05 / V}
	cur := []float64{0.3, 0.3, 0.1}
	const minIdle = 0.1
	p := Problem{
		Mu: a, Capital: V, Current: cur, MinIdle: minIdle,
		Impact: []rateimpact.Model{linearModel{a[0], b[0], V}, linearModel{a[1], b[1], V}, linearModel{a[2], b[2], V}},
	}
	// w_i = (a_i + b_i·V·w⁰_i − ν)/(2·b_i·V) and Σw = 1 − MinIdle.
	var sA, sB float64
	for i := range a {
		sA += (a[i] + b[i]*V*cur[i]) / (2 * b[i] * V)
		sB += 1 / (2 * b[i] * V)
	}
	nu := (sA - (1 - minIdle)) / sB
	want := make([]float64, 3)
	for i := range a {
		want[i] = (a[i] + b[i]*V*cur[i] - nu) / (2 * b[i] * V)
		if want[i] <= 0 || want[i] >= 1 {
			t.Fatalf("test setup: w[%d] = %g not interior", i, want[i])
		}
	}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, want, 1e-9)
	if math.Abs(res.Idle-minIdle) > 1e-12 {
		t.Errorf("idle = %.15g, want %g", res.Idle, minIdle)
	}
	if math.Abs(res.CashPrice-nu) > 1e-9 {
		t.Errorf("cash price %.12g, want ν = %.12g", res.CashPrice, nu)
	}
	// The marginal rates r(x) + x·r'(x) are equal at the optimum.
	for i := range a {
		x := V * res.Weights[i]
		d := x - V*cur[i]
		if m := p.Impact[i].RateAfter(d) + x*(-b[i]); math.Abs(m-nu) > 1e-9 {
			t.Errorf("source %d: marginal rate %.12g, want %.12g", i, m, nu)
		}
	}
	if res.Steps == 0 {
		t.Errorf("no sequential-convexification step for an impact problem")
	}
	checkFeasible(t, p, res, 1e-12)
	if d := res.Objective - refObjective(p, res.Weights); math.Abs(d) > 1e-14 {
		t.Errorf("objective off by %g", d)
	}
}

// TestCapacityImpactMarginalRates: with capacity models the income of a
// holding x is x·r₀·(S/(S+x))^(1+η) (the vault holds nothing now), its
// marginal r(x)·(1 − (1+η)·x/(S+x)). Without risk the optimum equalises the
// marginals of the sources it uses at the cash price, found here by nested
// bisection, and leaves idle at its minimum.
func TestCapacityImpactMarginalRates(t *testing.T) {
	const V = 50e6
	specs := []struct{ rate, free, util, eta float64 }{
		{0.06, 20e6, 0.8, 1}, {0.05, 60e6, 0.5, 0}, {0.045, 200e6, 0.7, 0.5}, {0.03, 5e6, 0.9, 1},
	}
	p := Problem{Mu: make([]float64, len(specs)), Capital: V, MinIdle: 0.05, Impact: make([]rateimpact.Model, len(specs))}
	caps := make([]*rateimpact.Capacity, len(specs))
	for i, s := range specs {
		c, err := rateimpact.NewCapacity(s.rate, s.free, s.util, s.eta)
		if err != nil {
			t.Fatal(err)
		}
		caps[i], p.Impact[i], p.Mu[i] = c, c, s.rate
	}
	marginal := func(i int, x float64) float64 {
		c := caps[i]
		s := c.Supply()
		return c.RateAfter(x) * (1 - (1+c.Elasticity)*x/(s+x))
	}
	// holding(ν) solves marginal(x) = ν on [0, V] (decreasing there).
	holding := func(i int, nu float64) float64 {
		if marginal(i, 0) <= nu {
			return 0
		}
		lo, hi := 0.0, V
		for range 200 {
			mid := (lo + hi) / 2
			if marginal(i, mid) > nu {
				lo = mid
			} else {
				hi = mid
			}
		}
		return (lo + hi) / 2
	}
	total := func(nu float64) float64 {
		var s float64
		for i := range specs {
			s += holding(i, nu)
		}
		return s
	}
	lo, hi := 0.0, 0.1
	for range 200 {
		mid := (lo + hi) / 2
		if total(mid) > V*(1-p.MinIdle) {
			lo = mid
		} else {
			hi = mid
		}
	}
	nu := (lo + hi) / 2
	want := make([]float64, len(specs))
	for i := range specs {
		want[i] = holding(i, nu) / V
	}

	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, want, 1e-8)
	if math.Abs(res.CashPrice-nu) > 1e-9 {
		t.Errorf("cash price %.12g, want %.12g", res.CashPrice, nu)
	}
	for i := range specs {
		if res.Weights[i] > 0 {
			if m := marginal(i, V*res.Weights[i]); math.Abs(m-nu) > 1e-9 {
				t.Errorf("source %d: marginal %.12g, want %.12g", i, m, nu)
			}
		}
	}
	checkFeasible(t, p, res, 1e-12)
}

// TestGainMatchesKeeper: with μ_i = R_i(0), Result.Gain is the keeper's
// expected yearly gain Σ t_i·R_i(t_i − a_i) − Σ a_i·R_i(0) in asset units.
func TestGainMatchesKeeper(t *testing.T) {
	const V = 8e6
	aave, err := rateimpact.NewKinked(rateimpact.AaveCurve{Slope1: 0.05, Slope2: 0.8, Optimal: 0.9, ReserveFactor: 0.1}, 40e6, 32e6)
	if err != nil {
		t.Fatal(err)
	}
	comet, err := rateimpact.NewKinked(rateimpact.CometCurve{Base: 0.01, SlopeLow: 0.04, SlopeHigh: 2, Kink: 0.9}, 15e6, 12e6)
	if err != nil {
		t.Fatal(err)
	}
	capa, err := rateimpact.NewCapacity(0.035, 30e6, 0.6, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	models := []rateimpact.Model{aave, comet, capa}
	p := Problem{Mu: make([]float64, 3), Capital: V, Impact: models, Current: []float64{0.2, 0.5, 0.2}, MinIdle: 0.02,
		PropCost: []float64{0.0005, 0.0005, 0.0005}, Horizon: 0.25, MaxTurnover: 0.5}
	for i, m := range models {
		p.Mu[i] = m.RateAfter(0)
	}
	res := mustSolve(t, p)
	if res.Hold {
		t.Fatalf("expected a move: %s", res.Reason)
	}
	var gain float64
	for i, m := range models {
		tgt, a := V*res.Weights[i], V*p.Current[i]
		gain += tgt*m.RateAfter(tgt-a) - a*m.RateAfter(0)
	}
	if math.Abs(res.Gain-gain) > 1e-9*V {
		t.Errorf("Gain = %.10g, keeper's formula %.10g", res.Gain, gain)
	}
	checkFeasible(t, p, res, 1e-12)
}

// TestImpactKKT checks the first-order conditions of the problem linearised
// at the solution, with the gradient computed analytically (independently
// of the solver's finite differences) and the reported multipliers: for
// g_i = λ(Σw)_i − I_i'(w_i) (g₀ = 0) and K_i = c_i + θ,
//
//	τ ≥ −g_i − K_i·max s_i unless w_i is at its upper bound,
//	τ ≤ −g_i − K_i·min s_i unless it is at its lower bound,
//
// s_i ranging over ∂|w_i − w⁰_i|.
func TestImpactKKT(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 77))
	moves, binding := 0, 0
	for trial := range 200 {
		n := 1 + rnd.IntN(8)
		p := randomImpactProblem(rnd, n, false)
		res, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		checkFeasible(t, p, res, 1e-12)
		if res.Hold {
			continue
		}
		moves++
		if res.TurnoverPrice > 0 {
			binding++
		}
		checkImpactKKT(t, p, res, 1e-8)
		if t.Failed() {
			t.Fatalf("trial %d: %+v\nproblem %+v", trial, res, p)
		}
	}
	// Not vacuous: most problems move, and the turnover limit often binds.
	if moves < 150 || binding < 30 {
		t.Errorf("%d moves, %d with binding turnover: too few to test", moves, binding)
	}
	t.Logf("%d moves, %d with binding turnover", moves, binding)
}

func checkImpactKKT(t *testing.T, p Problem, res Result, tol float64) {
	t.Helper()
	n := len(p.Mu)
	cur := current(p)
	h := p.Horizon
	if h == 0 {
		h = 1
	}
	x := append(append([]float64(nil), res.Weights...), res.Idle)
	x0 := append(append([]float64(nil), cur...), 1-floats.Sum(cur))
	g := make([]float64, n+1)
	c := make([]float64, n+1)
	lo := make([]float64, n+1)
	up := make([]float64, n+1)
	for i := range n {
		w := res.Weights[i]
		marg := p.Mu[i]
		if p.Impact != nil && p.Impact[i] != nil {
			m := p.Impact[i]
			d := p.Capital * (w - cur[i])
			marg += m.RateAfter(d) - m.RateAfter(0) + w*p.Capital*slopeOf(t, m, d)
		}
		g[i] = -marg
		if p.Cov != nil {
			for j := range n {
				g[i] += p.RiskAversion * p.Cov.At(i, j) * res.Weights[j]
			}
		}
		if p.PropCost != nil {
			c[i] = p.PropCost[i] / h
		}
		lo[i], up[i] = bounds(p, i)
	}
	lo[n], up[n] = p.MinIdle, 1
	// Untouched sources are frozen by the fixed-cost search: no condition.
	tau, theta := res.CashPrice, res.TurnoverPrice
	if theta < 0 {
		t.Errorf("turnover price %g < 0", theta)
	}
	if theta > 0 && p.MaxTurnover > 0 && turnover(p, res.Weights, res.Idle) < p.MaxTurnover-1e-9 {
		t.Errorf("turnover price %g > 0 but turnover %g below the limit %g", theta, turnover(p, res.Weights, res.Idle), p.MaxTurnover)
	}
	for i := range n + 1 {
		if i < n && (p.SourceCost > 0 || p.TxCost > 0) && !res.Touched[i] {
			continue
		}
		atLo := x[i]-lo[i] <= 1e-12
		atUp := up[i]-x[i] <= 1e-12
		e := x[i] - x0[i]
		smin, smax := -1.0, 1.0
		if e > 1e-12 {
			smin = 1
		} else if e < -1e-12 {
			smax = -1
		}
		k := c[i] + theta
		if !atUp && tau < -g[i]-k*smax-tol {
			t.Errorf("coordinate %d: τ = %.12g < %.12g (x %.12g, bounds [%g, %g], move %.3g)", i, tau, -g[i]-k*smax, x[i], lo[i], up[i], e)
		}
		if !atLo && tau > -g[i]-k*smin+tol {
			t.Errorf("coordinate %d: τ = %.12g > %.12g (x %.12g, bounds [%g, %g], move %.3g)", i, tau, -g[i]-k*smin, x[i], lo[i], up[i], e)
		}
	}
}

// randomImpactProblem returns a random problem with linear and capacity
// impact models, risk, caps, proportional costs and a turnover limit, and,
// with fixed, fixed costs. The current allocation is feasible.
func randomImpactProblem(rnd *rand.Rand, n int, fixed bool) Problem {
	const V = 1e7
	p := Problem{
		Mu: make([]float64, n), Capital: V, Impact: make([]rateimpact.Model, n), Caps: make([]float64, n),
		Current: make([]float64, n), MinIdle: 0.1 * rnd.Float64(), RiskAversion: 10 * rnd.Float64(),
		PropCost: make([]float64, n), Horizon: 0.1 + rnd.Float64(),
	}
	if rnd.IntN(2) == 0 {
		p.MaxTurnover = 0.05 + 0.5*rnd.Float64()
	}
	if fixed {
		p.SourceCost = 1e3 * rnd.Float64()
		p.TxCost = 1e3 * rnd.Float64()
	}
	a := mat.NewDense(n, n, nil)
	for i := range n {
		for j := range n {
			a.Set(i, j, 0.005*rnd.NormFloat64())
		}
	}
	cov := mat.NewSymDense(n, nil)
	cov.SymOuterK(1, a)
	p.Cov = cov
	for i := range n {
		r0 := 0.01 + 0.08*rnd.Float64()
		switch rnd.IntN(3) {
		case 0:
			p.Impact[i] = linearModel{r0, r0 / (V * (0.5 + 5*rnd.Float64())), V * (0.05 + rnd.Float64())}
		case 1:
			supply := V * (0.3 + 10*rnd.Float64())
			util := 0.3 + 0.6*rnd.Float64()
			c, err := rateimpact.NewCapacity(r0, (1-util)*supply, util, rnd.Float64())
			if err != nil {
				panic(err)
			}
			p.Impact[i] = c
		default: // no model
		}
		p.Mu[i] = r0
		if p.Impact[i] != nil && rnd.IntN(3) == 0 {
			p.Mu[i] += 0.01 * rnd.NormFloat64() // a forecast that differs from the pool's rate
		}
		p.Caps[i] = 0.1 + 0.9*rnd.Float64()
		p.PropCost[i] = 0.002 * rnd.Float64()
	}
	budget := (1 - p.MinIdle) * rnd.Float64()
	for _, i := range rnd.Perm(n) {
		w := math.Min(p.Caps[i], budget*rnd.Float64())
		p.Current[i] = w
		budget -= w
	}
	return p
}

// TestNonConcaveRegion: a pool whose income x·r₀·S²/(S+x)² peaks at x = S
// and is convex beyond 2S; the vault's capital is 20·S and the pool's
// marginal rate at zero beats the alternative. Starting deep in the
// non-concave region (the vault holds 10·S there), the solver must come
// back to the peak region, where the marginal equals the alternative's
// rate, and improve on holding.
func TestNonConcaveRegion(t *testing.T) {
	const S = 1e6
	const V = 20 * S
	// Capacity with η = 1: r(x) = r₀·(S/(S+x))², S = free/(1 − util).
	pool, err := rateimpact.NewCapacity(0.20, 0.5*S, 0.5, 1)
	if err != nil {
		t.Fatal(err)
	}
	// The model is quoted with the vault's current holding h = 10·S in the
	// pool: R(δ) = r(h + δ) for the pool without the vault.
	const h = 10 * S
	quoted := shiftedModel{pool, h}
	p := Problem{
		Mu: []float64{quoted.RateAfter(0), 0.03}, Capital: V, Current: []float64{h / V, 0.2},
		Impact: []rateimpact.Model{quoted, nil},
	}
	res := mustSolve(t, p)
	checkFeasible(t, p, res, 1e-12)
	x := V * res.Weights[0]
	// marginal of x·r₀·S²/(S+x)² is r₀·S²·(S − x)/(S + x)³ = 0.03.
	marg := 0.20 * S * S * (S - x) / math.Pow(S+x, 3)
	if math.Abs(marg-0.03) > 1e-9 {
		t.Errorf("holding %.6g: marginal %.12g, want 0.03", x, marg)
	}
	if hold := refObjective(p, p.Current); res.Objective <= hold {
		t.Errorf("objective %.12g not above holding %.12g", res.Objective, hold)
	}
}

// shiftedModel quotes a pool model at a state where the vault already holds
// h: R(δ) = m.RateAfter(h + δ), MaxWithdraw = h.
type shiftedModel struct {
	m rateimpact.Model
	h float64
}

func (s shiftedModel) RateAfter(d float64) float64 { return s.m.RateAfter(s.h + d) }
func (s shiftedModel) MaxWithdraw() float64        { return s.h }
