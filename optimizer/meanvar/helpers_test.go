package meanvar

import (
	"math"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// newTestQP returns a subproblem with Q = 0, no costs and no turnover limit
// over the box [lo, up] (len n+1), for testing the proximal map.
func newTestQP(n int, lo, up []float64) *qp {
	in := &instance{n: n, m: n + 1, c: make([]float64, n+1), x0: make([]float64, n+1), t: math.Inf(1)}
	s := in.newQP(lo, up)
	s.qZero = true
	return s
}

// linearModel is a pool whose rate falls linearly with the vault's deposit,
// R(δ) = r0 − slope·δ, with free liquidity free (R is flat below −free).
type linearModel struct{ r0, slope, free float64 }

func (m linearModel) RateAfter(d float64) float64 {
	d = math.Max(d, -m.free)
	return m.r0 - m.slope*d
}

func (m linearModel) MaxWithdraw() float64 { return m.free }

// slopeOf returns R'(δ) analytically for the test models, for KKT checks
// independent of the solver's finite differences.
func slopeOf(t *testing.T, m rateimpact.Model, d float64) float64 {
	t.Helper()
	switch m := m.(type) {
	case linearModel:
		return -m.slope
	case *rateimpact.Capacity:
		s := m.Supply()
		return -(1 + m.Elasticity) * m.RateAfter(d) / (s + d)
	}
	t.Fatalf("no analytic slope for %T", m)
	return 0
}

// current returns p.Current, or zeros when nil.
func current(p Problem) []float64 {
	if p.Current != nil {
		return p.Current
	}
	return make([]float64, len(p.Mu))
}

// refIncome is Y(w) computed from the Problem's fields, independently of
// the solver.
func refIncome(p Problem, w []float64) float64 {
	cur := current(p)
	var y float64
	for i, wi := range w {
		r := p.Mu[i]
		if p.Impact != nil && p.Impact[i] != nil {
			m := p.Impact[i]
			r += m.RateAfter(p.Capital*(wi-cur[i])) - m.RateAfter(0)
		}
		y += wi * r
	}
	return y
}

// refObjective is F(w) (see the package documentation) computed from the
// Problem's fields, independently of the solver; Cov must be PSD.
func refObjective(p Problem, w []float64) float64 {
	cur := current(p)
	h := p.Horizon
	if h == 0 {
		h = 1
	}
	f := refIncome(p, w)
	if p.Cov != nil {
		for i := range w {
			for j := range w {
				f -= p.RiskAversion / 2 * w[i] * p.Cov.At(i, j) * w[j]
			}
		}
	}
	k := 0
	for i, wi := range w {
		if p.PropCost != nil {
			f -= p.PropCost[i] * math.Abs(wi-cur[i]) / h
		}
		if wi != cur[i] {
			k++
		}
	}
	if k > 0 {
		f -= (p.TxCost + p.SourceCost*float64(k)) / (p.Capital * h)
	}
	return f
}

// bounds returns the weight bounds of source i implied by the Problem.
func bounds(p Problem, i int) (lo, up float64) {
	up = 1
	if p.Caps != nil {
		up = p.Caps[i]
	}
	if p.RelCapsBps != nil {
		up = math.Min(up, float64(p.RelCapsBps[i])/1e4)
	}
	if p.AbsCaps != nil {
		up = math.Min(up, p.AbsCaps[i]/p.Capital)
	}
	if p.Impact != nil && p.Impact[i] != nil {
		lo = math.Max(0, current(p)[i]-p.Impact[i].MaxWithdraw()/p.Capital)
	}
	return lo, up
}

// turnover returns ½·(Σ|w − w⁰| + |idle − idle⁰|), as the vault counts it.
func turnover(p Problem, w []float64, idle float64) float64 {
	cur := current(p)
	idle0 := 1.0
	var d float64
	for i, wi := range w {
		d += math.Abs(wi - cur[i])
		idle0 -= cur[i]
	}
	return (d + math.Abs(idle-idle0)) / 2
}

// checkFeasible verifies that res satisfies every constraint of p: the
// budget, the bounds, the minimum idle and the turnover limit (within
// 1e-12), and that untouched sources sit exactly at their current weight.
func checkFeasible(t *testing.T, p Problem, res Result, tol float64) {
	t.Helper()
	cur := current(p)
	sum := res.Idle
	for i, w := range res.Weights {
		lo, up := bounds(p, i)
		if w < lo-tol || w > up+tol {
			t.Errorf("w[%d] = %.15g outside [%.15g, %.15g]", i, w, lo, up)
		}
		sum += w
		if res.Touched != nil && !res.Touched[i] && w != cur[i] {
			t.Errorf("w[%d] = %.17g untouched but Current = %.17g", i, w, cur[i])
		}
		if res.Touched != nil && res.Touched[i] && w == cur[i] {
			t.Errorf("w[%d] touched but equal to Current", i)
		}
	}
	if math.Abs(sum-1) > tol {
		t.Errorf("budget: Σw + idle = %.17g", sum)
	}
	if res.Idle < p.MinIdle-tol {
		t.Errorf("idle %.15g below MinIdle %g", res.Idle, p.MinIdle)
	}
	if p.MaxTurnover > 0 {
		if to := turnover(p, res.Weights, res.Idle); to > p.MaxTurnover+1e-12 {
			t.Errorf("turnover %.17g above MaxTurnover %g", to, p.MaxTurnover)
		}
	}
}

// certificate returns the budget and turnover multipliers (τ, θ) that best
// certify x as a KKT point, and the violation of the certificate (zero at
// an exact KKT point). Each coordinate constrains τ through
//
//	τ ≥ −g_i − (c_i + θ)·max s_i   unless x_i = u_i,
//	τ ≤ −g_i − (c_i + θ)·min s_i   unless x_i = l_i,
//
// with s_i ranging over ∂|x_i − x⁰_i|, so the feasible τ form an interval
// [a(θ), b(θ)] with a convex and b concave in θ. θ is 0 when the turnover
// limit is slack; otherwise it minimises a(θ) − b(θ) over θ ≥ 0 (golden
// section), and τ is the midpoint of the interval.
func (s *qp) certificate(x []float64) (tau, theta, viol float64) {
	s.gradient(s.grad, x)
	const tol = 1e-12
	interval := func(theta float64) (lo, hi float64) {
		lo, hi = math.Inf(-1), math.Inf(1)
		for i := range s.m {
			atLo := x[i]-s.lo[i] <= tol
			atUp := s.up[i]-x[i] <= tol
			if atLo && atUp {
				continue
			}
			e := x[i] - s.x0[i]
			smin, smax := -1.0, 1.0
			if e > tol {
				smin = 1
			} else if e < -tol {
				smax = -1
			}
			k := s.c[i] + theta
			if !atUp {
				lo = math.Max(lo, -s.grad[i]-k*smax)
			}
			if !atLo {
				hi = math.Min(hi, -s.grad[i]-k*smin)
			}
		}
		return lo, hi
	}
	gap := func(theta float64) float64 {
		lo, hi := interval(theta)
		if math.IsInf(lo, -1) || math.IsInf(hi, 1) {
			return math.Inf(-1)
		}
		return lo - hi
	}
	if !math.IsInf(s.t, 1) && s.dist(x) >= s.t-tol {
		upper := 1.0
		for i := range s.m {
			upper = math.Max(upper, 2*(math.Abs(s.grad[i])+s.c[i])+1)
		}
		a, b := 0.0, upper
		const phi = 0.6180339887498949
		c1, c2 := b-phi*(b-a), a+phi*(b-a)
		f1, f2 := gap(c1), gap(c2)
		for range 200 {
			if f1 <= f2 {
				b, c2, f2 = c2, c1, f1
				c1 = b - phi*(b-a)
				f1 = gap(c1)
			} else {
				a, c1, f1 = c1, c2, f2
				c2 = a + phi*(b-a)
				f2 = gap(c2)
			}
		}
		theta = (a + b) / 2
		if gap(0) <= gap(theta) {
			theta = 0
		}
	}
	lo, hi := interval(theta)
	switch {
	case math.IsInf(lo, -1) && math.IsInf(hi, 1):
		tau = 0
	case math.IsInf(lo, -1):
		tau = hi
	case math.IsInf(hi, 1):
		tau = lo
	default:
		tau = lo + (hi-lo)/2
		viol = math.Max(0, lo-hi)
	}
	return tau, theta, viol
}
