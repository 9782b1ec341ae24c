package meanvar

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// randomModel returns a random rate-impact model for a pool of the order of
// the vault's capital V, quoted at the current state where the vault holds
// h: linear, capacity, Aave or Comet curves.
func randomModel(rnd *rand.Rand, V, h float64) rateimpact.Model {
	supply := V * math.Pow(10, 1.5*rnd.Float64()-0.5) // 0.3·V to 30·V
	util := 0.5 + 0.45*rnd.Float64()
	var m rateimpact.Model
	var err error
	switch rnd.IntN(4) {
	case 0:
		r0 := 0.01 + 0.08*rnd.Float64()
		return linearModel{r0, r0 / (supply * (1 + 2*rnd.Float64())), supply * (1 - util)}
	case 1:
		m, err = rateimpact.NewCapacity(0.01+0.08*rnd.Float64(), (1-util)*supply, util, rnd.Float64())
	case 2:
		m, err = rateimpact.NewKinked(rateimpact.AaveCurve{Base: 0.01 * rnd.Float64(), Slope1: 0.03 + 0.05*rnd.Float64(),
			Slope2: 0.3 + 2*rnd.Float64(), Optimal: 0.75 + 0.15*rnd.Float64(), ReserveFactor: 0.1}, supply+h, util*supply)
	default:
		m, err = rateimpact.NewKinked(rateimpact.CometCurve{Base: 0.01 * rnd.Float64(), SlopeLow: 0.02 + 0.05*rnd.Float64(),
			SlopeHigh: 0.5 + 2*rnd.Float64(), Kink: 0.8 + 0.1*rnd.Float64()}, supply+h, util*supply)
	}
	if err != nil {
		panic(err)
	}
	return m
}

// gridProblem returns a random problem with n sources, every feature on,
// whose current allocation and turnover limit lie on the grid of step
// 1/steps.
func gridProblem(rnd *rand.Rand, n, steps int) Problem {
	const V = 1e7
	h := 1 / float64(steps)
	p := Problem{
		Mu: make([]float64, n), Capital: V, Impact: make([]rateimpact.Model, n), Caps: make([]float64, n),
		Current: make([]float64, n), MinIdle: float64(rnd.IntN(steps/5)) * h, RiskAversion: 20 * rnd.Float64(),
		PropCost: make([]float64, n), Horizon: 0.1 + rnd.Float64(),
	}
	// Fixed costs from none to a size that often makes holding best.
	if rnd.IntN(3) > 0 {
		p.SourceCost = math.Pow(10, 2+3*rnd.Float64())
	}
	if rnd.IntN(2) == 0 {
		p.TxCost = math.Pow(10, 2+3*rnd.Float64())
	}
	if rnd.IntN(2) == 0 {
		p.MaxTurnover = float64(1+rnd.IntN(steps/2)) * h
	}
	a := mat.NewDense(n, n, nil)
	for i := range n {
		for j := range n {
			a.Set(i, j, 0.01*rnd.NormFloat64())
		}
	}
	cov := mat.NewSymDense(n, nil)
	cov.SymOuterK(1, a)
	p.Cov = cov
	left := steps - int(p.MinIdle*float64(steps))
	for i := range n {
		p.Caps[i] = 0.2 + 0.8*rnd.Float64()
		k := rnd.IntN(min(left, int(p.Caps[i]*float64(steps))) + 1)
		p.Current[i] = float64(k) * h
		left -= k
		if rnd.IntN(4) > 0 {
			p.Impact[i] = randomModel(rnd, V, V*p.Current[i])
			p.Mu[i] = p.Impact[i].RateAfter(0)
		} else {
			p.Mu[i] = 0.01 + 0.08*rnd.Float64()
		}
		p.PropCost[i] = 0.003 * rnd.Float64()
	}
	return p
}

// gridBestF returns the best objective F over the grid of step 1/steps
// (which contains the current allocation) among feasible points.
func gridBestF(p Problem, steps int) (float64, []float64) {
	n := len(p.Mu)
	h := 1 / float64(steps)
	best := math.Inf(-1)
	var arg []float64
	w := make([]float64, n)
	lo, up := make([]float64, n), make([]float64, n)
	for i := range n {
		lo[i], up[i] = bounds(p, i)
	}
	var rec func(i, left int)
	rec = func(i, left int) {
		if i == n {
			idle := float64(left) * h
			if idle < p.MinIdle-1e-12 {
				return
			}
			if p.MaxTurnover > 0 && turnover(p, w, idle) > p.MaxTurnover+1e-12 {
				return
			}
			if f := refObjective(p, w); f > best {
				best, arg = f, slices.Clone(w)
			}
			return
		}
		for k := 0; k <= left; k++ {
			w[i] = float64(k) * h
			if w[i] > up[i]+1e-12 {
				break
			}
			if w[i] < lo[i]-1e-12 {
				continue
			}
			rec(i+1, left-k)
		}
		w[i] = 0
	}
	rec(0, steps)
	return best, arg
}

// TestBruteForceGridImpactCosts: on two and three sources with rate impact
// (linear, capacity, Aave, Comet), risk, caps, minimum idle, proportional
// and fixed costs and a turnover limit, the solver's objective is at least
// the best of a dense grid, which includes the current allocation.
func TestBruteForceGridImpactCosts(t *testing.T) {
	rnd := rand.New(rand.NewPCG(41, 43))
	const trials = 300
	holds := 0
	for trial := range trials {
		n := 2 + trial%2
		steps := 200
		if n == 3 {
			steps = 50
		}
		p := gridProblem(rnd, n, steps)
		res, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		if res.Hold {
			holds++
		}
		checkFeasible(t, p, res, 1e-12)
		if d := res.Objective - refObjective(p, res.Weights); math.Abs(d) > 1e-14 {
			t.Errorf("trial %d: reported objective off by %g", trial, d)
		}
		grid, arg := gridBestF(p, steps)
		if grid > res.Objective+1e-10 {
			t.Errorf("trial %d: grid %.12g at %v > solver %.12g at %v (%s)", trial, grid, arg, res.Objective, res.Weights, res.Reason)
		}
		if res.Objective-grid > 0.01 {
			t.Errorf("trial %d: solver %.6g far above grid %.6g", trial, res.Objective, grid)
		}
		if t.Failed() {
			t.Fatalf("trial %d: problem %+v", trial, p)
		}
	}
	if holds == 0 || holds > trials/2 {
		t.Errorf("%d holds in %d trials: the grid test should see both decisions", holds, trials)
	}
	t.Logf("%d holds in %d trials", holds, trials)
}

// TestFixedCostHeuristicVsExact runs the reweighted-ℓ1 heuristic on
// problems small enough to enumerate, and reports how often and by how
// much it falls short of the exact search.
func TestFixedCostHeuristicVsExact(t *testing.T) {
	rnd := rand.New(rand.NewPCG(47, 53))
	const trials = 300
	worse, worst := 0, 0.0
	for trial := range trials {
		n := 2 + trial%3
		p := gridProblem(rnd, n, 50)
		p.SourceCost = 500 + 3e3*rnd.Float64()
		exact, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		saved := exactFixedCostMax
		exactFixedCostMax = 0
		heur, err := Solve(p)
		exactFixedCostMax = saved
		if err != nil {
			t.Fatalf("trial %d heuristic: %v", trial, err)
		}
		checkFeasible(t, p, heur, 1e-12)
		// Gap in asset units over the horizon.
		gap := (exact.Objective - heur.Objective) * p.Capital * p.Horizon
		if gap > 1e-6 && testing.Verbose() {
			t.Logf("trial %d: gap %.4g: exact %v %v, heuristic %v %v", trial, gap, exact.Touched, exact.Weights, heur.Touched, heur.Weights)
		}
		if gap > 1e-6 {
			worse++
			worst = math.Max(worst, gap)
		}
		if gap < -1e-6 {
			t.Errorf("trial %d: heuristic %.12g beats the exact search %.12g", trial, heur.Objective, exact.Objective)
		}
	}
	t.Logf("heuristic short of exact in %d of %d trials; worst gap %.4g asset units over the horizon", worse, trials, worst)
	if worse > trials/10 {
		t.Errorf("heuristic short of exact in %d of %d trials", worse, trials)
	}
}

// TestFeasibilityFuzz: random seeded problems of up to 12 sources with
// every feature; the answer always satisfies the budget, bounds, minimum
// idle and turnover limit, reports its objective and gain consistently, is
// never worse than holding when holding is feasible, and is deterministic.
func TestFeasibilityFuzz(t *testing.T) {
	rnd := rand.New(rand.NewPCG(59, 61))
	infeasible, toward := 0, 0
	for trial := range 500 {
		n := 1 + rnd.IntN(12)
		p := gridProblem(rnd, n, 100)
		if rnd.IntN(3) == 0 {
			p.AbsCaps = make([]float64, n)
			p.RelCapsBps = make([]uint64, n)
			for i := range n {
				p.AbsCaps[i] = p.Capital * rnd.Float64()
				p.RelCapsBps[i] = uint64(rnd.IntN(10_001))
			}
		}
		if rnd.IntN(10) == 0 {
			p.RiskAversion = 0
		}
		res, err := Solve(p)
		if errors.Is(err, ErrInfeasible) {
			infeasible++
			if !res.Hold || !slices.Equal(res.Weights, p.Current) {
				t.Errorf("trial %d: infeasible result %+v is not a hold", trial, res)
			}
			continue
		}
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		holdOK := true
		for i := range n {
			lo, up := bounds(p, i)
			holdOK = holdOK && p.Current[i] >= lo && p.Current[i] <= up
		}
		switch {
		case res.Hold:
			if !holdOK || !slices.Equal(res.Weights, p.Current) || slices.Contains(res.Touched, true) {
				t.Errorf("trial %d: hold %+v with infeasible or moved weights", trial, res)
			}
		case strings.Contains(res.Reason, "outside its bounds"):
			toward++
			checkToward(t, p, res)
		default:
			checkFeasible(t, p, res, 1e-12)
		}
		if d := res.Objective - refObjective(p, res.Weights); math.Abs(d) > 1e-14 {
			t.Errorf("trial %d: reported objective off by %g", trial, d)
		}
		if holdOK && res.Objective < refObjective(p, p.Current)-1e-15 {
			t.Errorf("trial %d: objective %.15g below holding %.15g", trial, res.Objective, refObjective(p, p.Current))
		}
		if g := p.Capital * (refIncome(p, res.Weights) - refIncome(p, p.Current)); math.Abs(res.Gain-g) > 1e-9*p.Capital {
			t.Errorf("trial %d: gain %.10g, want %.10g", trial, res.Gain, g)
		}
		again, _ := Solve(p)
		if !slices.Equal(again.Weights, res.Weights) || again.Objective != res.Objective {
			t.Errorf("trial %d: not deterministic", trial)
		}
		if t.Failed() {
			t.Fatalf("trial %d: problem %+v\nresult %+v", trial, p, res)
		}
	}
	t.Logf("%d infeasible, %d moved toward bounds they could not reach within the turnover limit, of 500", infeasible, toward)
}

// checkToward checks a move toward bounds the turnover limit keeps out of
// reach: within the limit, the budget kept, every weight (and idle) that met
// its bounds still within them, and every one that did not moved toward them
// without overshooting.
func checkToward(t *testing.T, p Problem, res Result) {
	t.Helper()
	cur := current(p)
	if to := turnover(p, res.Weights, res.Idle); to > p.MaxTurnover+1e-12 {
		t.Errorf("turnover %.17g above MaxTurnover %g", to, p.MaxTurnover)
	}
	idle0 := 1.0
	sum := res.Idle
	for i, w := range res.Weights {
		idle0 -= cur[i]
		sum += w
		lo, up := bounds(p, i)
		towardBox(t, i, cur[i], w, lo, up)
	}
	towardBox(t, len(res.Weights), idle0, res.Idle, p.MinIdle, 1)
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("budget: Σw + idle = %.17g", sum)
	}
}

// towardBox: w, moved from w0, is within [lo, up] if w0 was, and otherwise
// between w0 and the bound it broke.
func towardBox(t *testing.T, i int, w0, w, lo, up float64) {
	t.Helper()
	const tol = 1e-12
	switch {
	case w0 > up+tol:
		if w > w0+tol || w < up-tol {
			t.Errorf("coordinate %d above its cap %.15g: moved from %.15g to %.15g, not toward the cap", i, up, w0, w)
		}
	case w0 < lo-tol:
		if w < w0-tol || w > up+tol {
			t.Errorf("coordinate %d below its floor %.15g: moved from %.15g to %.15g, not toward the floor", i, lo, w0, w)
		}
	case w < lo-tol || w > up+tol:
		t.Errorf("coordinate %d within [%.15g, %.15g] left it: %.15g → %.15g", i, lo, up, w0, w)
	}
}
