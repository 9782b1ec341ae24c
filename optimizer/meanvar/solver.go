package meanvar

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// solver holds the data and workspace of the projected-gradient method for
//
//	minimise  ½·xᵀQx − μᵀx  over  X = {x : 1ᵀx = 1, l ≤ x ≤ u},
//
// where x = (w, w₀) and Q, μ are extended by zeros for the idle share w₀.
type solver struct {
	n      int       // number of sources; x has n+1 entries
	q      []float64 // n×n row-major Q = λΣ
	mu     []float64
	lo, up []float64
	L      float64 // Lipschitz constant of the gradient, λ_max(Q)
	tol    float64

	bps  []float64 // projection breakpoints
	grad []float64
	tmp  []float64
}

func newSolver(n int, q, mu, lo, up []float64, L, tol float64) *solver {
	m := n + 1
	return &solver{
		n: n, q: q, mu: mu, lo: lo, up: up, L: L, tol: tol,
		bps:  make([]float64, 0, 2*m),
		grad: make([]float64, m),
		tmp:  make([]float64, m),
	}
}

// gradient stores g = (Qw − μ, 0) in dst.
func (s *solver) gradient(dst, x []float64) {
	n := s.n
	for i := range n {
		row := s.q[i*n : i*n+n]
		var v float64
		for j, qij := range row {
			v += qij * x[j]
		}
		dst[i] = v - s.mu[i]
	}
	dst[n] = 0
}

// project stores in dst the Euclidean projection of v onto
// X = {x : 1ᵀx = 1, l ≤ x ≤ u}; dst and v may alias.
//
// The projection is x_i = clamp(v_i − τ, l_i, u_i) where τ solves
// h(τ) = Σ_i clamp(v_i − τ, l_i, u_i) = 1. h is continuous, non-increasing and
// piecewise linear with breakpoints v_i − u_i and v_i − l_i, h(min bp) = 1ᵀu ≥ 1
// and h(max bp) = 1ᵀl ≤ 1. A binary search over the sorted breakpoints finds
// the segment [a, b] with h(a) ≥ 1 > h(b); on it the free set F is fixed and
// τ = (Σ_F v_i + Σ_{i∉F} x_i − 1)/|F| exactly.
func (s *solver) project(dst, v []float64) {
	lo, up := s.lo, s.up
	bps := s.bps[:0]
	for i, vi := range v {
		bps = append(bps, vi-up[i], vi-lo[i])
	}
	slices.Sort(bps)
	h := func(tau float64) float64 {
		var sum float64
		for i, vi := range v {
			sum += clamp(vi-tau, lo[i], up[i])
		}
		return sum
	}
	a, b := 0, len(bps)-1
	if h(bps[b]) >= 1 {
		// 1ᵀl = 1: the lower bounds are the only feasible point.
		copy(dst, lo)
		return
	}
	for b-a > 1 {
		mid := a + (b-a)/2
		if h(bps[mid]) >= 1 {
			a = mid
		} else {
			b = mid
		}
	}
	mid := bps[a] + (bps[b]-bps[a])/2
	var rest, vsum float64
	free := 0
	for i, vi := range v {
		switch t := vi - mid; {
		case t <= lo[i]:
			rest += lo[i]
		case t >= up[i]:
			rest += up[i]
		default:
			vsum += vi
			free++
		}
	}
	tau := mid
	if free > 0 {
		tau = (vsum + rest - 1) / float64(free)
	}
	for i, vi := range v {
		dst[i] = clamp(vi-tau, lo[i], up[i])
	}
}

func clamp(v, lo, hi float64) float64 {
	return math.Min(math.Max(v, lo), hi)
}

// residual returns the KKT residual ‖x − P_X(x − g(x))‖∞.
func (s *solver) residual(x []float64) float64 {
	s.gradient(s.grad, x)
	for i := range x {
		s.tmp[i] = x[i] - s.grad[i]
	}
	s.project(s.tmp, s.tmp)
	var r float64
	for i := range x {
		r = math.Max(r, math.Abs(x[i]-s.tmp[i]))
	}
	var sum float64
	for _, v := range x {
		sum += v
	}
	return math.Max(r, math.Abs(sum-1))
}

const (
	checkEvery    = 10   // iterations between KKT residual evaluations
	polishTrigger = 1e-5 // residual below which an active-set polish is tried
	boundTol      = 1e-9 // distance to a bound at which it is taken as active
)

// run performs FISTA with gradient-based adaptive restart (O'Donoghue and
// Candès, 2015) from the feasible point x0:
//
//	x_{k+1} = P_X(y_k − ∇(y_k)/L)
//	t_{k+1} = (1 + √(1 + 4t_k²))/2
//	y_{k+1} = x_{k+1} + ((t_k − 1)/t_{k+1})·(x_{k+1} − x_k),
//
// resetting t and y = x_{k+1} whenever (y_k − x_{k+1})ᵀ(x_{k+1} − x_k) > 0.
// Every checkEvery iterations the KKT residual is evaluated and, once it is
// below polishTrigger, an active-set polish is attempted. It returns the
// solution, the number of iterations and the final KKT residual.
func (s *solver) run(x0 []float64, maxIter int) ([]float64, int, float64, error) {
	m := s.n + 1
	x := slices.Clone(x0)
	if r := s.residual(x); r <= s.tol {
		return x, 0, r, nil
	}
	xPrev := slices.Clone(x0)
	y := slices.Clone(x0)
	g := make([]float64, m)
	cand := make([]float64, m)
	t := 1.0
	invL := 1 / s.L
	r := math.Inf(1)
	for k := 1; k <= maxIter; k++ {
		s.gradient(g, y)
		for i := range m {
			x[i] = y[i] - invL*g[i]
		}
		s.project(x, x)

		var dot float64
		for i := range m {
			dot += (y[i] - x[i]) * (x[i] - xPrev[i])
		}
		tNext := (1 + math.Sqrt(1+4*t*t)) / 2
		if dot > 0 {
			tNext = 1
			copy(y, x)
		} else {
			beta := (t - 1) / tNext
			for i := range m {
				y[i] = x[i] + beta*(x[i]-xPrev[i])
			}
		}
		t = tNext
		copy(xPrev, x)

		if k%checkEvery != 0 && k != maxIter {
			continue
		}
		r = s.residual(x)
		if r <= s.tol {
			return x, k, r, nil
		}
		if r <= polishTrigger && s.polish(cand, x) {
			if rc := s.residual(cand); rc <= s.tol {
				return cand, k, rc, nil
			}
		}
	}
	return x, maxIter, r, fmt.Errorf("%w after %d iterations: KKT residual %.3g > %.3g",
		ErrNotConverged, maxIter, r, s.tol)
}

// polish guesses the active set from x (variables within boundTol of a
// bound) and solves the equality-constrained KKT system on the free set F:
//
//	Q_FF x_F + ν·1 = μ_F − Q_FB x_B,   1ᵀx_F = 1 − 1ᵀx_B.
//
// It stores the resulting point, clamped to the bounds, in dst and reports
// whether the system was solvable. The caller checks optimality.
func (s *solver) polish(dst, x []float64) bool {
	n := s.n
	m := n + 1
	free := make([]int, 0, m)
	var fixedSum float64
	for i := range m {
		switch {
		case x[i]-s.lo[i] <= boundTol:
			dst[i] = s.lo[i]
			fixedSum += dst[i]
		case s.up[i]-x[i] <= boundTol:
			dst[i] = s.up[i]
			fixedSum += dst[i]
		default:
			free = append(free, i)
		}
	}
	k := len(free)
	if k == 0 {
		return math.Abs(fixedSum-1) <= s.tol
	}
	qAt := func(i, j int) float64 {
		if i == n || j == n {
			return 0
		}
		return s.q[i*n+j]
	}
	a := mat.NewDense(k+1, k+1, nil)
	rhs := mat.NewVecDense(k+1, nil)
	for r, i := range free {
		for c, j := range free {
			a.Set(r, c, qAt(i, j))
		}
		a.Set(r, k, 1)
		a.Set(k, r, 1)
		var bi float64
		if i < n {
			bi = s.mu[i]
		}
		for j := range m {
			if !slices.Contains(free, j) {
				bi -= qAt(i, j) * dst[j]
			}
		}
		rhs.SetVec(r, bi)
	}
	rhs.SetVec(k, 1-fixedSum)
	var sol mat.VecDense
	if err := sol.SolveVec(a, rhs); err != nil {
		return false
	}
	for r, i := range free {
		v := sol.AtVec(r)
		if !finite(v) || v < s.lo[i]-boundTol || v > s.up[i]+boundTol {
			return false
		}
		dst[i] = clamp(v, s.lo[i], s.up[i])
	}
	return true
}

// solveLP returns the exact solution of the linear problem
// maximise μᵀw subject to x = (w, w₀) ∈ X. Sources with μ_i > 0 are filled in
// descending μ order up to u_i until the budget 1 − l_n is spent; a group of
// sources with equal μ that cannot all be filled shares the remaining budget
// equally, subject to the caps (water-filling). The rest is idle.
func solveLP(mu, lo, up []float64) []float64 {
	n := len(mu)
	x := make([]float64, n+1)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(mu[b], mu[a]) })
	budget := 1 - lo[n]
	for g := 0; g < n && budget > 0 && mu[order[g]] > 0; {
		e := g
		var total float64
		for e < n && mu[order[e]] == mu[order[g]] {
			total += up[order[e]]
			e++
		}
		group := order[g:e]
		if total <= budget {
			for _, i := range group {
				x[i] = up[i]
			}
			budget -= total
		} else {
			waterFill(x, group, up, budget)
			budget = 0
		}
		g = e
	}
	var sum float64
	for _, v := range x[:n] {
		sum += v
	}
	x[n] = 1 - sum
	return x
}

// waterFill sets x_i = min(u_i, t) for i in group with t chosen so that the
// entries sum to budget < Σ_group u_i.
func waterFill(x []float64, group []int, up []float64, budget float64) {
	idx := slices.Clone(group)
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(up[a], up[b]) })
	for k, i := range idx {
		share := budget / float64(len(idx)-k)
		if up[i] >= share {
			for _, j := range idx[k:] {
				x[j] = share
			}
			return
		}
		x[i] = up[i]
		budget -= up[i]
	}
}
