// Package bound computes an upper bound on what any allocation of a budget
// over yield pools can earn in one period, given the period's true rates
// and each pool's rate impact: the cost-free water-filling bound.
//
// # The problem
//
// Each pool i earns g_i(x) over the period on a holding x ≥ 0 (the income
// function of a Lane). With a budget V and caps c_i (idle allowed):
//
//	B(V) = max Σ_i g_i(x_i)  over  Σ_i x_i ≤ V,  0 ≤ x_i ≤ c_i.
//
// Each Lane promises that g_i is concave and nondecreasing on [0, T_i]
// (T_i = Lane.Top, possibly +∞) and that g_i(x) ≤ g_i(T_i) for x > T_i.
// Then the problem with the caps c_i replaced by min(c_i, T_i) has the same
// optimum (moving the part of x_i above T_i to idle loses nothing), and it
// is a concave program over a polytope. Its KKT conditions are the
// water-filling rule: there is a level ν ≥ 0 with
//
//	g_i'(x_i) = ν  where 0 < x_i < min(c_i, T_i),
//	g_i'(0) ≤ ν    where x_i = 0,
//	g_i'(x_i) ≥ ν  where x_i = min(c_i, T_i),
//
// and ν·(V − Σ x_i) = 0. Waterfill finds ν by bisection on the
// nonincreasing map ν ↦ Σ_i x_i(ν), with x_i(ν) the amount where lane i's
// marginal income falls to ν (a bracketed root), to a relative tolerance of
// 1e-13. Because the program is concave the KKT point is optimal, and weak
// duality gives a certificate: for any ν ≥ 0,
//
//	B(V) ≤ D(ν) = ν·V + Σ_i max_{0≤x≤min(c_i,T_i)} (g_i(x) − ν·x),
//
// which Solution.Dual reports next to the primal value; their difference is
// the numerical gap (tests keep it below 1e-9 of the value).
//
// # The market's income (Capacity)
//
// optimizer/market grows a holding x in a pool of APY a and supply S over Δ
// years by
//
//	g(x) = x·h(a·φ(x)),  h(y) = (1+y)^Δ − 1,  φ(x) = (S/(S+x))^p,  p = 1+η ≥ 1.
//
// For a > 0 and 0 < Δ ≤ 1, NewCapacity proves the Lane's promises as
// follows. h is increasing and concave with h(0) = 0. Writing y = a·φ(x),
//
//	g''(x) = a·h'(y)·(2φ' + xφ'') + x·a²·h''(y)·φ'²,
//	2φ' + xφ'' = p·S^p·(S+x)^(−p−2)·((p−1)·x − 2S),
//
// so g is concave on [0, 2S/(p−1)] (on [0, ∞) when p = 1). Its slope is
//
//	g'(x) = y·h'(y)·(q(y) − p·x/(S+x)),  q(y) = h(y)/(y·h'(y)) = ((1+y) − (1+y)^(1−Δ))/(Δ·y),
//
// and q is increasing in y with q(0⁺) = 1: with z = 1+y, q is the slope of
// the secant from z = 1 of the convex z − z^(1−Δ), divided by Δ. As
// 0 < y ≤ a, 1 ≤ q(y) ≤ q(a). Hence g' > 0 where p·x/(S+x) < 1, i.e. on
// [0, S/(p−1)) (everywhere when p = 1: T = +∞), and g' < 0 where
// p·x/(S+x) > q(a), i.e. beyond x̄ = S·q(a)/(p − q(a)) when q(a) < p. If
// q(a)·(p+1) ≤ 2p then x̄ ≤ 2S/(p−1): g is concave on [0, x̄], its slope has
// a single root T in [S/(p−1), x̄], g rises to T and falls after it, and the
// Lane is exact. (With η = 1 this holds for every APY up to about 80%.)
//
// Otherwise NewCapacity returns a majorant instead: by Bernoulli's
// inequality h(y) ≤ Δ·y for 0 < Δ ≤ 1, so g(x) ≤ Δ·x·a·φ(x), which is
// concave on [0, 2S/(p−1)] and largest at S/(p−1) (the derivative of x·φ is
// φ·(1 − p·x/(S+x))). The Lane Δ·x·a·φ(min(x, S/(p−1))) is therefore ≥ g
// everywhere and keeps every promise; the bound stays a bound, only less
// tight. Pools with a ≤ 0 or S ≤ 0 earn at most 0 (the market pays
// nothing on a pool without liquidity) and get the zero Lane.
package bound

import (
	"fmt"
	"math"
)

// Lane is one pool's income over a period as a function of the amount held.
// Income must be concave and nondecreasing on [0, Top()] with
// Income(0) = 0, and Income(x) ≤ Income(Top()) for x > Top(); Marginal is
// its derivative (the right derivative at 0). Top may be +Inf.
type Lane interface {
	Income(x float64) float64
	Marginal(x float64) float64
	Top() float64
}

// Solution is the water-filling optimum.
type Solution struct {
	// X are the amounts per lane (Σ X ≤ the budget).
	X []float64
	// Level is ν, the common marginal income of the lanes strictly inside
	// their bounds; 0 when every lane is at its bound within the budget.
	Level float64
	// Value is Σ_i Income_i(X_i), the primal optimum.
	Value float64
	// Dual is D(Level) ≥ the true optimum (weak duality); Dual − Value is
	// the numerical gap.
	Dual float64
}

// Waterfill maximises Σ_i lanes[i].Income(x_i) over Σ_i x_i ≤ budget and
// 0 ≤ x_i ≤ caps[i] (caps nil: no caps; +Inf allowed). See the package
// documentation for why the result is optimal.
func Waterfill(lanes []Lane, caps []float64, budget float64) (Solution, error) {
	n := len(lanes)
	if caps != nil && len(caps) != n {
		return Solution{}, fmt.Errorf("bound: %d caps for %d lanes", len(caps), n)
	}
	if !(budget >= 0) || math.IsInf(budget, 1) {
		return Solution{}, fmt.Errorf("bound: budget %v: must be finite and ≥ 0", budget)
	}
	hi := make([]float64, n)
	numax := 0.0
	for i, l := range lanes {
		hi[i] = math.Max(l.Top(), 0)
		if caps != nil {
			if !(caps[i] >= 0) {
				return Solution{}, fmt.Errorf("bound: cap %d = %v: must be ≥ 0", i, caps[i])
			}
			hi[i] = math.Min(hi[i], caps[i])
		}
		// Lanes that cannot hold more than the budget are bounded by it.
		hi[i] = math.Min(hi[i], budget)
		if hi[i] > 0 {
			numax = math.Max(numax, l.Marginal(0))
		}
	}
	x := make([]float64, n)
	fill := func(nu float64) float64 {
		sum := 0.0
		for i, l := range lanes {
			x[i] = amount(l, hi[i], nu)
			sum += x[i]
		}
		return sum
	}
	nu := 0.0
	if fill(0) > budget {
		lo, up := 0.0, numax
		for k := 0; k < 200 && up-lo > 1e-13*up; k++ {
			mid := 0.5 * (lo + up)
			if fill(mid) > budget {
				lo = mid
			} else {
				up = mid
			}
		}
		nu = up
		if s := fill(nu); s > budget {
			// Rounding at the last bit: scale onto the budget.
			for i := range x {
				x[i] *= budget / s
			}
		}
	}
	sol := Solution{X: x, Level: nu, Dual: nu * budget}
	for i, l := range lanes {
		sol.Value += l.Income(x[i])
		// The inner maximum of the dual at ν, at the lane's own amount
		// for ν (not the rescaled one).
		xi := amount(l, hi[i], nu)
		sol.Dual += math.Max(l.Income(xi)-nu*xi, 0)
	}
	return sol, nil
}

// amount is where lane l's marginal income falls to ν, within [0, hi]: the
// maximiser of Income(x) − ν·x there. The marginal is nonincreasing on
// [0, Top], so the root is bracketed; it is found by the Illinois variant
// of regula falsi, to 1e-14 of hi.
func amount(l Lane, hi, nu float64) float64 {
	if hi <= 0 {
		return 0
	}
	flo := l.Marginal(0) - nu
	if flo <= 0 {
		return 0
	}
	if math.IsInf(hi, 1) {
		// Find a finite bracket.
		hi = 1
		for l.Marginal(hi) > nu {
			hi *= 2
			if math.IsInf(hi, 1) {
				return hi
			}
		}
	}
	fhi := l.Marginal(hi) - nu
	if fhi >= 0 {
		return hi
	}
	lo, side := 0.0, 0
	for k := 0; k < 100 && hi-lo > 1e-14*hi; k++ {
		m := (lo*fhi - hi*flo) / (fhi - flo)
		if !(m > lo && m < hi) {
			m = 0.5 * (lo + hi)
		}
		fm := l.Marginal(m) - nu
		switch {
		case fm > 0:
			lo, flo = m, fm
			if side == -1 {
				fhi /= 2
			}
			side = -1
		case fm < 0:
			hi, fhi = m, fm
			if side == 1 {
				flo /= 2
			}
			side = 1
		default:
			return m
		}
	}
	return lo
}

// Zero is the lane of a pool that pays nothing.
type Zero struct{}

// Income is 0.
func (Zero) Income(float64) float64 { return 0 }

// Marginal is 0.
func (Zero) Marginal(float64) float64 { return 0 }

// Top is 0.
func (Zero) Top() float64 { return 0 }

// Capacity is the market's exact income over a period of Years under the
// capacity model: Income(x) = x·((1 + A·(S/(S+x))^P)^Years − 1), for
// A > 0, S > 0, P ≥ 1 and 0 < Years ≤ 1 whose slope has a single root (see
// the package documentation). Build it with NewCapacity.
type Capacity struct {
	A, S, P, Years float64
	top            float64
}

// Linearised is the Bernoulli majorant of Capacity, Years·x·A·(S/(S+x))^P
// held at its peak x = S/(P−1) for larger x; NewCapacity returns it where it
// cannot prove Capacity's shape.
type Linearised struct{ A, S, P, Years float64 }

// NewCapacity is the lane of a pool with APY a and supply s (USD) under the
// capacity model with exponent p = 1+η over a period of years: Capacity
// when its shape is proved (exact is true), Linearised otherwise, Zero when
// a ≤ 0 or s ≤ 0. It fails on p < 1, years outside (0, 1] or non-finite
// inputs.
func NewCapacity(a, s, p, years float64) (l Lane, exact bool, err error) {
	switch {
	case math.IsNaN(a) || math.IsInf(a, 0) || math.IsNaN(s) || math.IsInf(s, 0):
		return nil, false, fmt.Errorf("bound: capacity lane: APY %v and supply %v must be finite", a, s)
	case !(p >= 1) || math.IsInf(p, 1):
		return nil, false, fmt.Errorf("bound: capacity lane: exponent %v: must be finite and ≥ 1", p)
	case !(years > 0 && years <= 1):
		return nil, false, fmt.Errorf("bound: capacity lane: period %v years: must be in (0, 1]", years)
	}
	if a <= 0 || s <= 0 {
		return Zero{}, true, nil
	}
	c := &Capacity{A: a, S: s, P: p, Years: years}
	if p == 1 {
		c.top = math.Inf(1)
		return c, true, nil
	}
	q := qOf(a, years)
	if q*(p+1) > 2*p {
		return Linearised{A: a, S: s, P: p, Years: years}, false, nil
	}
	lo, hi := s/(p-1), s*q/(p-q)
	for k := 0; k < 200 && hi-lo > 1e-15*hi; k++ {
		m := 0.5 * (lo + hi)
		if c.Marginal(m) > 0 {
			lo = m
		} else {
			hi = m
		}
	}
	c.top = lo
	return c, true, nil
}

// qOf is q(y) = ((1+y) − (1+y)^(1−Δ))/(Δ·y), 1 at y = 0.
func qOf(y, years float64) float64 {
	if y == 0 {
		return 1
	}
	// (1+y)·(1 − (1+y)^(−Δ)) = (1+y)·(−expm1(−Δ·log1p(y))), accurate for small Δ·y.
	return (1 + y) * -math.Expm1(-years*math.Log1p(y)) / (years * y)
}

func (c *Capacity) phi(x float64) float64 { return math.Pow(c.S/(c.S+x), c.P) }

// h is (1+y)^Δ − 1, accurately for small Δ.
func (c *Capacity) h(y float64) float64 { return math.Expm1(c.Years * math.Log1p(y)) }

// Income is x·((1 + A·φ(x))^Years − 1).
func (c *Capacity) Income(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return x * c.h(c.A*c.phi(x))
}

// Marginal is h(y) − P·x/(S+x)·y·h'(y), y = A·φ(x).
func (c *Capacity) Marginal(x float64) float64 {
	x = math.Max(x, 0)
	y := c.A * c.phi(x)
	dh := c.Years * math.Exp((c.Years-1)*math.Log1p(y))
	return c.h(y) - c.P*x/(c.S+x)*y*dh
}

// Top is the root of the slope (+Inf when P = 1).
func (c *Capacity) Top() float64 { return c.top }

// Income is Years·x̂·A·(S/(S+x̂))^P, x̂ = min(x, Top).
func (l Linearised) Income(x float64) float64 {
	x = math.Min(math.Max(x, 0), l.Top())
	return l.Years * x * l.A * math.Pow(l.S/(l.S+x), l.P)
}

// Marginal is Years·A·φ(x)·(1 − P·x/(S+x)) below Top, 0 above.
func (l Linearised) Marginal(x float64) float64 {
	x = math.Max(x, 0)
	if x >= l.Top() {
		return 0
	}
	return l.Years * l.A * math.Pow(l.S/(l.S+x), l.P) * (1 - l.P*x/(l.S+x))
}

// Top is S/(P−1).
func (l Linearised) Top() float64 { return l.S / (l.P - 1) }
