package meanvar

import (
	"cmp"
	"math"
	"slices"
)

// solveLP returns the exact solution of the linear problem
// maximise μᵀw subject to x = (w, w₀) ∈ X = {1ᵀx = 1, l ≤ x ≤ u}, with l = 0
// for the sources. Sources with μ_i > 0 are filled in descending μ order up
// to u_i until the budget 1 − l_n is spent; a group of sources with equal μ
// that cannot all be filled shares the remaining budget equally, subject to
// the caps (water-filling). The rest is idle.
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

// greedyLP returns an exact solution of the linear program with
// proportional costs and turnover limit
//
//	maximise  bᵀx − Σ_i c_i·|x_i − x⁰_i|   over   X_T = {1ᵀx = 1, l ≤ x ≤ u, ‖x − x⁰‖₁ ≤ t}.
//
// Write x = y + p − q with y = clamp(x⁰, l, u) (the forced moves) and
// p, q ≥ 0 the voluntary buys and sells. A unit bought in i earns
// β_i = b_i − c_i and a unit sold costs σ_i = b_i + c_i ≥ β_i, so no source
// is both bought and sold. The budget requires Σp − Σq = 1 − 1ᵀy =: f and
// the turnover ‖y − x⁰‖₁ + Σp + Σq ≤ t. The best buys of total P are the
// highest β first (a concave value B(P)) and the best sells of total Q the
// lowest σ first (a convex cost S(Q)), so the optimum maximises
// B(P) − S(P − f) over P: start from the least P, max(f, 0), and keep
// pairing the best remaining buy with the cheapest remaining sell while the
// buy's β exceeds the sell's σ and turnover remains. Ties are broken by
// index, which makes the answer deterministic.
//
// X_T must be non-empty (see minTurnover); otherwise the result violates the
// turnover limit by the shortfall.
func greedyLP(b, c, x0, lo, up []float64, t float64) []float64 {
	m := len(x0)
	x := make([]float64, m)
	var used, sum float64
	for i := range m {
		x[i] = clamp(x0[i], lo[i], up[i])
		used += math.Abs(x[i] - x0[i])
		sum += x[i]
	}
	buys := make([]int, 0, m)
	sells := make([]int, 0, m)
	for i := range m {
		// A source forced down sits at u_i (no buy room); one forced up
		// sits at l_i (no sell room).
		if up[i] > x[i] {
			buys = append(buys, i)
		}
		if x[i] > lo[i] {
			sells = append(sells, i)
		}
	}
	beta := func(i int) float64 { return b[i] - c[i] }
	sigma := func(i int) float64 { return b[i] + c[i] }
	slices.SortStableFunc(buys, func(i, j int) int { return cmp.Compare(beta(j), beta(i)) })
	slices.SortStableFunc(sells, func(i, j int) int { return cmp.Compare(sigma(i), sigma(j)) })
	bought := make([]bool, m)
	sold := make([]bool, m)

	// buy moves up to amount into the best buys, returning what was placed.
	ib, is := 0, 0
	buy := func(amount float64) float64 {
		placed := 0.0
		for ib < len(buys) && amount-placed > 0 {
			i := buys[ib]
			room := up[i] - x[i]
			if sold[i] || room <= 0 {
				ib++
				continue
			}
			step := math.Min(room, amount-placed)
			x[i] += step
			placed += step
			bought[i] = true
			if step == room {
				x[i] = up[i]
				ib++
			}
		}
		return placed
	}
	sell := func(amount float64) float64 {
		taken := 0.0
		for is < len(sells) && amount-taken > 0 {
			j := sells[is]
			room := x[j] - lo[j]
			if bought[j] || room <= 0 {
				is++
				continue
			}
			step := math.Min(room, amount-taken)
			x[j] -= step
			taken += step
			sold[j] = true
			if step == room {
				x[j] = lo[j]
				is++
			}
		}
		return taken
	}

	// Budget: the least buying (or selling) that restores 1ᵀx = 1.
	if f := 1 - sum; f > 0 {
		used += buy(f)
	} else if f < 0 {
		used += sell(-f)
	}
	// Voluntary exchanges, best pair first, while profitable.
	for math.IsInf(t, 1) || t-used > 0 {
		for ib < len(buys) && (sold[buys[ib]] || up[buys[ib]]-x[buys[ib]] <= 0) {
			ib++
		}
		for is < len(sells) && (bought[sells[is]] || x[sells[is]]-lo[sells[is]] <= 0) {
			is++
		}
		if ib == len(buys) || is == len(sells) {
			break
		}
		i, j := buys[ib], sells[is]
		if beta(i) <= sigma(j) {
			break
		}
		step := math.Min(up[i]-x[i], x[j]-lo[j])
		if !math.IsInf(t, 1) {
			step = math.Min(step, (t-used)/2)
		}
		if step <= 0 {
			break
		}
		x[i] += step
		x[j] -= step
		bought[i], sold[j] = true, true
		used += 2 * step
		if up[i]-x[i] <= 0 {
			x[i] = up[i]
		}
		if x[j]-lo[j] <= 0 {
			x[j] = lo[j]
		}
	}
	return x
}

// minTurnover returns the least ‖x − x⁰‖₁ over x ∈ X = {1ᵀx = 1, l ≤ x ≤ u}
// and a point attaining it: with y = clamp(x⁰, l, u) it is
// ‖y − x⁰‖₁ + |1 − 1ᵀy|, since any x ∈ X lies on the far side of y from x⁰
// in every clamped coordinate, so ‖x − x⁰‖₁ ≥ ‖x − y‖₁ + ‖y − x⁰‖₁ ≥
// |1ᵀ(x − y)| + ‖y − x⁰‖₁, and greedyLP with b = c = 0 attains the bound.
func minTurnover(x0, lo, up []float64) (float64, []float64) {
	m := len(x0)
	zero := make([]float64, m)
	y := greedyLP(zero, zero, x0, lo, up, math.Inf(1))
	var d float64
	for i := range m {
		d += math.Abs(y[i] - x0[i])
	}
	return d, y
}
