package meanvar

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// TestTurnoverBindsLP: moving from the 2% source to the 6% one is limited by
// the turnover T = 0.1, so exactly T moves: w = (0.4, 0.6). The exchange
// earns β − σ = (0.06 − c) − (0.02 + c) per unit with c = κ/H, so the
// turnover price is θ = (β − σ)/2 and the cash price τ = (β + σ)/2.
func TestTurnoverBindsLP(t *testing.T) {
	p := Problem{Mu: []float64{0.02, 0.06}, Current: []float64{0.5, 0.5}, MaxTurnover: 0.1,
		PropCost: []float64{0.001, 0.001}, Horizon: 0.5}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.4, 0.6}, 1e-15)
	if math.Abs(res.Turnover-0.1) > 1e-15 {
		t.Errorf("turnover %.17g, want 0.1", res.Turnover)
	}
	const c = 0.001 / 0.5
	beta, sigma := 0.06-c, 0.02+c
	if math.Abs(res.TurnoverPrice-(beta-sigma)/2) > 1e-12 || math.Abs(res.CashPrice-(beta+sigma)/2) > 1e-12 {
		t.Errorf("prices τ = %g, θ = %g; want %g, %g", res.CashPrice, res.TurnoverPrice, (beta+sigma)/2, (beta-sigma)/2)
	}
	if res.Iterations != 0 {
		t.Errorf("iterations = %d for a linear program", res.Iterations)
	}
	wantObj := 0.02*0.4 + 0.06*0.6 - 2*c*0.1
	if math.Abs(res.Objective-wantObj) > 1e-15 {
		t.Errorf("objective %.17g, want %.17g", res.Objective, wantObj)
	}
	checkFeasible(t, p, res, 1e-15)
}

// TestTurnoverBindsQP: with diagonal Σ the unconstrained optimum would move
// far more than T = 0.1 from (0.5, 0.3, idle 0.2 = MinIdle) out of source 0
// into source 1; the turnover limit binds, so w = (0.4, 0.4), and the
// multipliers balance the two sources' marginals net of costs:
//
//	μ₁ − λσ₁²w₁ − c − θ = τ = μ₀ − λσ₀²w₀ + c + θ    (w₁ buys, w₀ sells).
func TestTurnoverBindsQP(t *testing.T) {
	const lam = 2.0
	sig2 := []float64{0.01, 0.02}
	p := Problem{Mu: []float64{0.03, 0.09}, Cov: diag(sig2...), RiskAversion: lam, Current: []float64{0.5, 0.3},
		MinIdle: 0.2, MaxTurnover: 0.1, PropCost: []float64{0.002, 0.002}, Horizon: 1}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.4, 0.4}, 1e-12)
	if math.Abs(res.Idle-0.2) > 1e-12 {
		t.Errorf("idle %.15g, want 0.2 (MinIdle)", res.Idle)
	}
	if math.Abs(res.Turnover-0.1) > 1e-12 {
		t.Errorf("turnover %.17g, want 0.1", res.Turnover)
	}
	buy := 0.09 - lam*sig2[1]*0.4 - 0.002
	sell := 0.03 - lam*sig2[0]*0.4 + 0.002
	if math.Abs(res.TurnoverPrice-(buy-sell)/2) > 1e-9 || math.Abs(res.CashPrice-(buy+sell)/2) > 1e-9 {
		t.Errorf("prices τ = %.12g, θ = %.12g; want %.12g, %.12g", res.CashPrice, res.TurnoverPrice, (buy+sell)/2, (buy-sell)/2)
	}
	checkFeasible(t, p, res, 1e-12)
}

// TestTurnoverWithImpact: two linear-impact sources, the move from the
// worse to the better limited by T: w = w⁰ ± T, and the turnover price is
// half the gap of the marginal rates net of costs.
func TestTurnoverWithImpact(t *testing.T) {
	const V = 1e7
	p := Problem{
		Mu: []float64{0.03, 0.08}, Capital: V, Current: []float64{0.6, 0.4}, MaxTurnover: 0.05,
		Impact: []rateimpact.Model{linearModel{0.03, 0.01 / V, V}, linearModel{0.08, 0.02 / V, V}},
	}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.55, 0.45}, 1e-12)
	if math.Abs(res.Turnover-0.05) > 1e-12 {
		t.Errorf("turnover %.17g, want 0.05", res.Turnover)
	}
	// Marginal of w·(a − b·V·(w − w⁰)) is a − b·V·(2w − w⁰).
	buy := 0.08 - 0.02*(2*0.45-0.4)
	sell := 0.03 - 0.01*(2*0.55-0.6)
	if math.Abs(res.TurnoverPrice-(buy-sell)/2) > 1e-9 {
		t.Errorf("turnover price %.12g, want %.12g", res.TurnoverPrice, (buy-sell)/2)
	}
	checkFeasible(t, p, res, 1e-12)
}

// TestProportionalCostDeadZone: a source better by less than the round
// trip 2κ/H is not worth moving to; better by more, it is, and the
// allocation moves as far as the caps allow.
func TestProportionalCostDeadZone(t *testing.T) {
	base := Problem{Current: []float64{0.5, 0.5}, PropCost: []float64{0.001, 0.001}, Horizon: 0.5}
	// 2κ/H = 0.004.
	p := base
	p.Mu = []float64{0.05, 0.0539}
	res := mustSolve(t, p)
	if !res.Hold || res.Weights[0] != 0.5 || res.Weights[1] != 0.5 {
		t.Errorf("gap 0.0039 < 0.004: want hold, got %+v", res)
	}
	if !strings.Contains(res.Reason, "optimal") {
		t.Errorf("reason %q", res.Reason)
	}
	p.Mu = []float64{0.05, 0.0541}
	p.Caps = []float64{1, 0.8}
	res = mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.2, 0.8}, 1e-15)
	if res.Hold || !res.Touched[0] || !res.Touched[1] {
		t.Errorf("gap 0.0041 > 0.004: want a move, got %+v", res)
	}
	// Cost: κ·V·(0.3 + 0.3) in units of capital (V = 1).
	if math.Abs(res.Cost-0.001*0.6) > 1e-15 {
		t.Errorf("cost %.17g, want 0.0006", res.Cost)
	}
}

// TestFixedCostHold: the best move earns less over the horizon than its
// gas, so Solve holds and says why.
func TestFixedCostHold(t *testing.T) {
	const V = 1e6
	p := Problem{Mu: []float64{0.040, 0.041}, Capital: V, Current: []float64{0.5, 0.4}, MinIdle: 0.05,
		SourceCost: 100, TxCost: 50, Horizon: 0.25}
	// Moving 0.05 idle and 0.5 of source 0 into source 1 gains about
	// 0.001·0.5·V + 0.041·0.05·V = 2550/yr, 637 over 3 months.
	res := mustSolve(t, p)
	if res.Hold {
		t.Fatalf("gas 250 < gain 637: want a move, got hold: %s", res.Reason)
	}
	p.SourceCost, p.TxCost = 400, 200
	res = mustSolve(t, p)
	if !res.Hold {
		t.Fatalf("gas 1000 > gain 637: want hold, got %+v", res)
	}
	assertClose(t, "w", res.Weights, p.Current, 0)
	if math.Abs(res.Idle-0.1) > 1e-15 || res.Cost != 0 || res.Gain != 0 {
		t.Errorf("hold result %+v", res)
	}
	if !strings.Contains(res.Reason, "holding") || !strings.Contains(res.Reason, "not above its cost") {
		t.Errorf("reason %q does not explain the hold", res.Reason)
	}
	if math.Abs(res.Objective-refObjective(p, p.Current)) > 1e-15 {
		t.Errorf("hold objective %.17g, want %.17g", res.Objective, refObjective(p, p.Current))
	}
}

// TestFixedCostPrunesSource: moving the idle above MinIdle into source 1
// pays its gas; moving source 0 into the marginally better source 2, which
// the continuous problem does, does not, and the exact search
// (n ≤ exactFixedCostMax) and the heuristic both leave sources 0 and 2
// alone.
func TestFixedCostPrunesSource(t *testing.T) {
	const V = 1e7
	p := Problem{
		Mu: []float64{0.03, 0.06, 0.0301}, Capital: V, Current: []float64{0.3, 0.2, 0.3}, MinIdle: 0.02,
		Caps: []float64{1, 0.38, 1}, SourceCost: 200, TxCost: 100, Horizon: 0.5,
	}
	for _, exact := range []bool{true, false} {
		saved := exactFixedCostMax
		if !exact {
			exactFixedCostMax = 0
		}
		res := mustSolve(t, p)
		exactFixedCostMax = saved
		// Source 1 fills to its cap with the 0.18 idle above the minimum;
		// moving source 0 into source 2 earns 0.0001·0.3·V = 300/yr, 150
		// over the horizon, less than 2 sources' gas.
		want := []float64{0.3, 0.38, 0.3}
		assertClose(t, "w", res.Weights, want, 1e-12)
		if res.Touched[0] || !res.Touched[1] || res.Touched[2] {
			t.Errorf("exact=%v: touched %v, want only source 1", exact, res.Touched)
		}
		checkFeasible(t, p, res, 1e-12)
		if math.Abs(res.Objective-refObjective(p, res.Weights)) > 1e-15 {
			t.Errorf("objective %.17g, reference %.17g", res.Objective, refObjective(p, res.Weights))
		}
	}
}

// TestAbsoluteAndRelativeCaps: caps in asset units and in basis points of
// capital become weights through V.
func TestAbsoluteAndRelativeCaps(t *testing.T) {
	const V = 5e6
	p := Problem{Mu: []float64{0.05, 0.04, 0.03}, Capital: V, AbsCaps: []float64{1e6, math.Inf(1), 4e6},
		RelCapsBps: []uint64{10_000, 3_500, 10_000}, Caps: []float64{1, 1, 0.9}, MinIdle: 0.1}
	res := mustSolve(t, p)
	// 0.2 (1M/5M) into source 0, 0.35 (3500 bps) into source 1, the rest of
	// 0.9 into source 2, below its caps 0.8 (4M/5M) and 0.9.
	assertClose(t, "w", res.Weights, []float64{0.2, 0.35, 0.35}, 1e-15)
	checkFeasible(t, p, res, 1e-15)
}

// TestMaxWithdrawBound: a pool that can pay out only 1M of the vault's 3M
// limits the withdrawal even though the other source pays far more.
func TestMaxWithdrawBound(t *testing.T) {
	const V = 1e7
	p := Problem{
		Mu: []float64{0.01, 0.08}, Capital: V, Current: []float64{0.3, 0.2},
		Impact: []rateimpact.Model{linearModel{0.01, 0, 1e6}, nil},
	}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.2, 0.8}, 1e-15)
	checkFeasible(t, p, res, 1e-15)
}

// TestInfeasible: the current allocation exceeds a lowered cap by more than
// the turnover limit lets the vault move in one rebalance: the move goes as
// far toward the cap as the limit allows (the vault accepts a source above
// its cap shrinking), from 0.6 to 0.6 − 0.1 (turnover 0.1), rather than
// holding forever.
func TestInfeasible(t *testing.T) {
	p := Problem{Mu: []float64{0.05, 0.04}, Caps: []float64{0.3, 1}, Current: []float64{0.6, 0.3}, MaxTurnover: 0.1}
	res, err := Solve(p)
	if err != nil {
		t.Fatalf("err = %v, want a move toward the cap", err)
	}
	if res.Hold || !strings.Contains(res.Reason, "turnover limit") {
		t.Errorf("result %+v: want a move explaining the turnover limit", res)
	}
	if math.Abs(res.Weights[0]-0.5) > 1e-9 {
		t.Errorf("w[0] = %.17g, want 0.5: the whole turnover limit spent toward the cap", res.Weights[0])
	}
	checkToward(t, p, res)
	// With enough turnover the move is forced even though holding earns more.
	p.MaxTurnover = 0.3
	res = mustSolve(t, p)
	if res.Hold || res.Weights[0] > 0.3 || !strings.Contains(res.Reason, "violates") {
		t.Errorf("result %+v: want a forced move to the cap", res)
	}
	checkFeasible(t, p, res, 1e-15)

	// A pool that cannot pay out enough to get under the cap.
	p = Problem{Mu: []float64{0.05, 0.04}, Caps: []float64{0.3, 1}, Current: []float64{0.6, 0.3}, Capital: 1e6,
		Impact: []rateimpact.Model{linearModel{0.05, 0, 1e5}, nil}}
	if _, err := Solve(p); !errors.Is(err, ErrInfeasible) || !strings.Contains(err.Error(), "source 0") {
		t.Errorf("err = %v, want ErrInfeasible naming source 0", err)
	}
}

func TestInvalidNewFields(t *testing.T) {
	valid := func() Problem {
		return Problem{
			Mu: []float64{0.05, 0.03}, Capital: 1e6, Current: []float64{0.2, 0.3},
			Impact:     []rateimpact.Model{linearModel{0.05, 1e-9, 1e5}, nil},
			AbsCaps:    []float64{1e6, math.Inf(1)},
			RelCapsBps: []uint64{5000, 10000},
			PropCost:   []float64{0.001, 0}, SourceCost: 10, TxCost: 5, Horizon: 0.5, MaxTurnover: 0.2,
		}
	}
	if _, err := Solve(valid()); err != nil {
		t.Fatalf("valid problem: %v", err)
	}
	nan := math.NaN()
	tests := []struct {
		name   string
		modify func(*Problem)
		want   string
	}{
		{"capital negative", func(p *Problem) { p.Capital = -1 }, "Capital = -1"},
		{"capital missing", func(p *Problem) { p.Capital = 0 }, "Capital = 0: must be > 0 with Impact"},
		{"capital missing abs caps", func(p *Problem) { p.Capital, p.Impact = 0, nil }, "Capital = 0: must be > 0 with AbsCaps"},
		{"impact length", func(p *Problem) { p.Impact = p.Impact[:1] }, "len(Impact) = 1"},
		{"impact NaN", func(p *Problem) { p.Impact[1] = linearModel{nan, 0, 1} }, "Impact[1].RateAfter(0) = NaN"},
		{"impact max withdraw", func(p *Problem) { p.Impact[0] = linearModel{0.05, 0, -1} }, "Impact[0].MaxWithdraw() = -1"},
		{"abs caps negative", func(p *Problem) { p.AbsCaps[1] = -5 }, "AbsCaps[1] = -5"},
		{"abs caps NaN", func(p *Problem) { p.AbsCaps[0] = nan }, "AbsCaps[0] = NaN"},
		{"rel caps", func(p *Problem) { p.RelCapsBps[0] = 10_001 }, "RelCapsBps[0] = 10001"},
		{"prop cost", func(p *Problem) { p.PropCost[1] = 1 }, "PropCost[1] = 1: must be in [0, 1)"},
		{"source cost", func(p *Problem) { p.SourceCost = nan }, "SourceCost = NaN"},
		{"tx cost", func(p *Problem) { p.TxCost = -1 }, "TxCost = -1"},
		{"horizon missing", func(p *Problem) { p.Horizon = 0 }, "Horizon = 0: must be > 0 when costs are set"},
		{"horizon Inf", func(p *Problem) { p.Horizon = math.Inf(1) }, "Horizon = +Inf"},
		{"turnover", func(p *Problem) { p.MaxTurnover = 1.5 }, "MaxTurnover = 1.5"},
		{"current negative", func(p *Problem) { p.Current[0] = -0.1 }, "Current[0] = -0.1: must be in [0, 1]"},
		{"current sum", func(p *Problem) { p.Current = []float64{0.7, 0.7} }, "sum(Current) = 1.4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := valid()
			tc.modify(&p)
			_, err := Solve(p)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrInvalid) || !strings.HasPrefix(err.Error(), "meanvar: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not wrap ErrInvalid or contain %q", err, tc.want)
			}
		})
	}
	// A model that fails during the solve is reported with its argument.
	p := valid()
	p.Impact[0] = nanBeyond{linearModel{0.05, 1e-9, 1e5}}
	p.Mu[0] = 0.5
	if _, err := Solve(p); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "Impact[0].RateAfter(") {
		t.Errorf("err = %v, want the failing model named", err)
	}
}

// nanBeyond returns NaN for deposits.
type nanBeyond struct{ linearModel }

func (m nanBeyond) RateAfter(d float64) float64 {
	if d > 0 {
		return math.NaN()
	}
	return m.linearModel.RateAfter(d)
}

// TestProx compares the proximal map with costs and turnover limit against
// a reference by nested bisection on (θ, τ).
func TestProx(t *testing.T) {
	rnd := rand.New(rand.NewPCG(23, 29))
	for trial := range 1000 {
		n := 1 + rnd.IntN(10)
		m := n + 1
		lo, up := make([]float64, m), make([]float64, m)
		x0, c, v, d := make([]float64, m), make([]float64, m), make([]float64, m), make([]float64, m)
		var sum float64
		for i := range n {
			up[i] = rnd.Float64()
			if rnd.IntN(5) == 0 {
				up[i] = 0
			}
			x0[i] = rnd.Float64() / float64(n)
			sum += x0[i]
			c[i] = 0.1 * rnd.Float64() * float64(rnd.IntN(2))
		}
		x0[n] = 1 - sum
		lo[n], up[n] = 0.3*rnd.Float64(), 1
		for i := range m {
			v[i] = x0[i] + 0.5*rnd.NormFloat64()
			d[i] = math.Pow(10, 2*rnd.Float64()-1)
		}
		in := &instance{n: n, m: m, c: c, x0: x0, t: math.Inf(1)}
		if rnd.IntN(3) > 0 {
			in.t = 2 * rnd.Float64()
		}
		if dmin, _ := minTurnover(x0, lo, up); dmin > in.t {
			continue
		}
		s := in.newQP(lo, up)
		metric := d
		if trial%2 == 0 {
			metric = nil
		}
		got := make([]float64, m)
		s.prox(got, v, metric, &s.tauI, &s.thetaI)

		at := func(theta, tau float64, x []float64) {
			for i := range m {
				di := 1.0
				if metric != nil {
					di = metric[i]
				}
				k := (c[i] + theta) / di
				z := v[i] - tau/di - x0[i]
				z = math.Copysign(math.Max(math.Abs(z)-k, 0), z)
				x[i] = clamp(x0[i]+z, lo[i], up[i])
			}
		}
		want := make([]float64, m)
		solveTau := func(theta float64) {
			a, b := -1e6, 1e6
			for range 200 {
				mid := (a + b) / 2
				at(theta, mid, want)
				var s float64
				for _, x := range want {
					s += x
				}
				if s >= 1 {
					a = mid
				} else {
					b = mid
				}
			}
			at(theta, a, want)
		}
		dist := func() float64 {
			var s float64
			for i := range m {
				s += math.Abs(want[i] - x0[i])
			}
			return s
		}
		solveTau(0)
		if dist() > in.t {
			a, b := 0.0, 1e6
			for range 200 {
				mid := (a + b) / 2
				solveTau(mid)
				if dist() > in.t {
					a = mid
				} else {
					b = mid
				}
			}
			solveTau(b)
		}
		assertClose(t, "prox", got, want, 1e-9)
		var gs, gd float64
		for i := range m {
			gs += got[i]
			gd += math.Abs(got[i] - x0[i])
		}
		if math.Abs(gs-1) > 1e-14 || gd > in.t+1e-13 {
			t.Errorf("prox sums to %.17g, turnover %.17g > %g", gs, gd, in.t)
		}
		if t.Failed() {
			t.Fatalf("trial %d", trial)
		}
	}
}

// TestGreedyLP compares the greedy linear program with a dense grid on two
// and three sources with costs, forced moves and a turnover limit.
func TestGreedyLP(t *testing.T) {
	rnd := rand.New(rand.NewPCG(31, 37))
	for trial := range 300 {
		n := 2 + trial%2
		steps := 100
		if n == 3 {
			steps = 40
		}
		h := 1 / float64(steps)
		m := n + 1
		b, c, x0, lo, up := make([]float64, m), make([]float64, m), make([]float64, m), make([]float64, m), make([]float64, m)
		rest := steps
		for i := range n {
			b[i] = 0.1 * rnd.Float64()
			c[i] = 0.02 * rnd.Float64()
			k := rnd.IntN(rest + 1)
			x0[i] = float64(k) * h
			rest -= k
			up[i] = float64(rnd.IntN(steps+1)) * h
		}
		x0[n] = float64(rest) * h
		lo[n], up[n] = float64(rnd.IntN(steps/2))*h, 1
		tt := math.Inf(1)
		if rnd.IntN(2) == 0 {
			tt = float64(2*rnd.IntN(steps/2)) * h
		}
		dmin, _ := minTurnover(x0, lo, up)
		if dmin > tt+1e-12 {
			continue
		}
		value := func(x []float64) float64 {
			var v float64
			for i := range m {
				v += b[i]*x[i] - c[i]*math.Abs(x[i]-x0[i])
			}
			return v
		}
		x := greedyLP(b, c, x0, lo, up, tt)
		var sum, dist float64
		for i := range m {
			if x[i] < lo[i]-1e-15 || x[i] > up[i]+1e-15 {
				t.Fatalf("trial %d: x[%d] = %g outside [%g, %g]", trial, i, x[i], lo[i], up[i])
			}
			sum += x[i]
			dist += math.Abs(x[i] - x0[i])
		}
		if math.Abs(sum-1) > 1e-14 || dist > tt+1e-14 {
			t.Fatalf("trial %d: sum %.17g, turnover %.17g > %g", trial, sum, dist, tt)
		}
		best := math.Inf(-1)
		w := make([]float64, m)
		var rec func(i, left int)
		rec = func(i, left int) {
			if i == n {
				w[n] = float64(left) * h
				var d float64
				for j := range m {
					if w[j] < lo[j]-1e-12 || w[j] > up[j]+1e-12 {
						return
					}
					d += math.Abs(w[j] - x0[j])
				}
				if d <= tt+1e-12 {
					best = math.Max(best, value(w))
				}
				return
			}
			for k := 0; k <= left; k++ {
				w[i] = float64(k) * h
				rec(i+1, left-k)
			}
		}
		rec(0, steps)
		if got := value(x); got < best-1e-12 {
			t.Errorf("trial %d: greedy %.12g < grid %.12g", trial, got, best)
		}
	}
}

// TestDrift: interest carries a source past its cap and idle under its
// floor by a little every tick. A drift within Problem.Drift is held when
// no move pays its gas, not forced (a keeper would otherwise pay a
// rebalance every tick to trim accrued interest); with Drift 0, or a
// violation larger than Drift, the move is forced and lands within the
// bounds.
func TestDrift(t *testing.T) {
	// Source 0 at its cap of 0.6 has earned 0.05% of the vault past it, and
	// idle sits that much under MinIdle 0.05; sources 0 and 1 earn the same.
	p := Problem{Mu: []float64{0.05, 0.05}, Caps: []float64{0.6, 1}, Current: []float64{0.6005, 0.3495}, MinIdle: 0.05,
		Capital: 1e6, SourceCost: 50, TxCost: 50, Horizon: 7.0 / 365, Drift: 0.001}
	res := mustSolve(t, p)
	if !res.Hold || res.Forced {
		t.Errorf("drift of 0.0005 within Drift 0.001: %+v, want a hold", res)
	}
	for _, d := range []float64{0, 0.0004} {
		p.Drift = d
		res = mustSolve(t, p)
		if res.Hold || !res.Forced || !strings.Contains(res.Reason, "violates") || !strings.Contains(res.Reason, "does not exceed the cost") {
			t.Errorf("Drift %v: %+v, want a forced move that says it does not pay", d, res)
		}
		checkFeasible(t, p, res, 1e-12)
	}
	// A cap lowered under the position is no drift.
	p.Caps[0], p.Drift = 0.5, 0.001
	if res = mustSolve(t, p); res.Hold || !res.Forced || res.Weights[0] > 0.5+1e-12 {
		t.Errorf("cap lowered to 0.5: %+v, want a forced move under it", res)
	}
	p.Drift = 1.5
	if _, err := Solve(p); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "Drift = 1.5") {
		t.Errorf("Drift 1.5: %v, want ErrInvalid naming it", err)
	}
}
