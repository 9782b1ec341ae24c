package meanvar

import (
	"math"
	"slices"
)

// prox stores in dst the minimiser over X_T of
//
//	Σ_i (d_i/2)·(x_i − v_i)² + Σ_i c_i·|x_i − x⁰_i|
//
// (d = nil means the identity) and returns its multipliers τ (budget) and
// θ ≥ 0 (turnover). dst and v may alias; warmTau and warmTheta hold the
// multipliers of the previous call and are updated.
//
// For fixed (τ, θ) the minimiser is separable:
//
//	x_i(τ, θ) = clamp(x⁰_i + S_{(c_i+θ)/d_i}(v_i − τ/d_i − x⁰_i), l_i, u_i),
//
// S_k(z) = sign(z)·max(|z| − k, 0) the soft threshold. For fixed θ,
// Σ_i x_i(τ, θ) is continuous, non-increasing and piecewise linear in τ, and
// τ(θ) is its root at 1 (solveTau). If ‖x(τ(0), 0) − x⁰‖₁ ≤ t the turnover
// limit is slack and θ = 0; otherwise θ > 0 is the root of the
// non-increasing piecewise-linear ‖x(τ(θ), θ) − x⁰‖₁ = t, found by Newton
// steps safeguarded by a bracket: on a piece with free set F and move signs
// s_F the slope is (Σ_F s_i/d_i)²/Σ_F 1/d_i − Σ_F 1/d_i, so the step is
// exact once the bracket holds a single piece.
func (s *qp) prox(dst, v, d []float64, warmTau, warmTheta *float64) (float64, float64) {
	// The root finders evaluate x(τ, θ) repeatedly from v, with 1/d.
	v = append(s.pv[:0], v...)
	if d != nil {
		s.inv = s.inv[:0]
		for _, di := range d {
			s.inv = append(s.inv, 1/di)
		}
	}
	if math.IsInf(s.t, 1) {
		tau, _, _ := s.solveTau(dst, v, d, 0, *warmTau)
		*warmTau, *warmTheta = tau, 0
		return tau, 0
	}
	tolD := 4 * 0x1p-52 * float64(len(v)) * math.Max(1, s.t)

	// Start at the previous θ (consecutive calls differ little).
	theta := *warmTheta
	if theta > 0 {
		if tau, theta, ok := s.jointNewton(dst, v, d, *warmTau, theta, tolD); ok {
			*warmTau, *warmTheta = tau, theta
			return tau, theta
		}
	}
	tau, slope, sgn := s.solveTau(dst, v, d, theta, *warmTau)
	dist := s.dist(dst)
	lo, hi := 0.0, math.Inf(1) // D(lo) > t ≥ D(hi)
	hiTau := 0.0
	switch {
	case theta == 0 && dist <= s.t:
		*warmTau, *warmTheta = tau, 0
		return tau, 0
	case theta > 0 && dist < s.t-tolD:
		// θ may be too large: is the limit slack at θ = 0?
		hi, hiTau = theta, tau
		copy(s.hiX, dst)
		tau, slope, sgn = s.solveTau(dst, v, d, 0, tau+sgn/math.Max(slope, 1e-300)*theta)
		theta, dist = 0, s.dist(dst)
		if dist <= s.t {
			*warmTau, *warmTheta = tau, 0
			return tau, 0
		}
	}
	// θ-scale for the outward search: beyond it every coordinate is in its
	// dead zone unless a bound forces it away from x⁰.
	var thetaScale float64
	for i := range v {
		di := 1.0
		if d != nil {
			di = d[i]
		}
		thetaScale = math.Max(thetaScale, math.Abs(di*(v[i]-s.x0[i])))
	}
	thetaScale = math.Max(thetaScale+math.Abs(tau), 1e-300)

	for range 200 {
		r := dist - s.t
		if math.Abs(r) <= tolD {
			break
		}
		if r > 0 {
			lo = theta
		} else {
			hi, hiTau = theta, tau
			copy(s.hiX, dst)
		}
		next := math.NaN()
		if slope > 0 {
			if dd := slope - sgn*sgn/slope; dd > 0 {
				next = theta + r/dd
			}
		}
		if !(next > lo && next < hi) {
			if math.IsInf(hi, 1) {
				next = 2*lo + thetaScale
			} else {
				next = lo + (hi-lo)/2
			}
		}
		if next == theta {
			break
		}
		// On the same piece τ moves by −(Σ_F s_i/d_i)/(Σ_F 1/d_i) per unit θ.
		guess := tau
		if slope > 0 {
			guess -= sgn / slope * (next - theta)
		}
		theta = next
		tau, slope, sgn = s.solveTau(dst, v, d, theta, guess)
		dist = s.dist(dst)
	}
	if dist > s.t+tolD && !math.IsInf(hi, 1) {
		theta, tau = hi, hiTau
		copy(dst, s.hiX)
	}
	*warmTau, *warmTheta = tau, theta
	return tau, theta
}

// jointNewton tries to find both multipliers of prox when the turnover
// limit binds (θ > 0), from a warm start, by Newton steps on the two
// equations Σx(τ, θ) = 1 and ‖x(τ, θ) − x⁰‖₁ = t. On a piece with free
// moved set F, A = Σ_F 1/d_i and B = Σ_F s_i/d_i, both are linear with
// Jacobian −[[A, B], [B, A]], so a step is exact once on the solution's
// piece. It gives up (for the nested search) after a few evaluations, when
// the Jacobian is singular (all free moves of one sign) or when θ would
// turn negative (the limit may be slack).
func (s *qp) jointNewton(dst, v, d []float64, tau, theta, tolD float64) (float64, float64, bool) {
	noise := 4 * 0x1p-52 * float64(len(v))
	for range 4 {
		sum, a, b := s.evalTau(dst, v, d, theta, tau)
		r1, r2 := sum-1, s.dist(dst)-s.t
		if math.Abs(r1) <= noise && math.Abs(r2) <= tolD {
			return tau, theta, true
		}
		det := a*a - b*b
		if !(det > 1e-12*a*a) {
			return 0, 0, false
		}
		tau += (a*r1 - b*r2) / det
		theta += (a*r2 - b*r1) / det
		if !(theta > 0) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// solveTau stores x(τ, θ) in dst for the τ with Σ_i x_i(τ, θ) = 1 and
// returns τ with Σ_F 1/d_i and Σ_F s_i/d_i over the coordinates F on a
// linear piece (free, moved) at the root. The root is found from the warm
// start tau0 by Newton steps, exact once on the root's piece, kept inside a
// bracket [a, b] with Σx(a) ≥ 1 ≥ Σx(b) and replaced by Illinois regula
// falsi (or bisection) when they leave it; the initial bracket puts every
// coordinate at its upper, respectively lower, bound.
func (s *qp) solveTau(dst, v, d []float64, theta, tau0 float64) (float64, float64, float64) {
	a, b := math.Inf(1), math.Inf(-1)
	var sumLo, sumUp float64
	for i, vi := range v {
		sumLo += s.lo[i]
		sumUp += s.up[i]
		di := 1.0
		if d != nil {
			di = d[i]
		}
		k := s.c[i] + theta
		z := vi - s.x0[i]
		a = math.Min(a, di*(z-math.Max(0, s.up[i]-s.x0[i]))-k)
		b = math.Max(b, di*(z+math.Max(0, s.x0[i]-s.lo[i]))+k)
	}
	// When the bounds leave a single feasible point, take it exactly.
	if sumLo >= 1 {
		_, slope, sgn := s.evalTau(dst, v, d, theta, b)
		return b, slope, sgn
	}
	if sumUp <= 1 {
		_, slope, sgn := s.evalTau(dst, v, d, theta, a)
		return a, slope, sgn
	}
	tau := tau0
	if !(tau > a && tau < b) {
		tau = a + (b-a)/2
	}
	// Residuals at the bracket's ends: true (ta, tb) and Illinois-scaled
	// (ra, rb) for regula falsi.
	ra, rb := sumUp-1, sumLo-1
	ta, tb := ra, rb
	// Rounding noise of the sum of m terms.
	noise := 4 * 0x1p-52 * float64(len(v))
	var sum, slope, sgn float64
	side := 0 // which end the last two regula-falsi steps replaced (Illinois)
	for iter := range 300 {
		sum, slope, sgn = s.evalTau(dst, v, d, theta, tau)
		r := sum - 1
		if math.Abs(r) <= noise {
			break
		}
		if iter == newtonEvals {
			if r > 0 {
				a, ta = tau, r
			} else {
				b, tb = tau, r
			}
			return s.finishTau(dst, v, d, theta, a, b, ta, tb)
		}
		if r > 0 {
			ta = r
			a, ra = tau, r
			if side == 1 {
				rb /= 2
			}
			side = 1
		} else {
			tb = r
			b, rb = tau, r
			if side == -1 {
				ra /= 2
			}
			side = -1
		}
		// A Newton step is exact when the root is on the current piece.
		next := math.NaN()
		if slope > 0 {
			next = tau + r/slope
		}
		if !(next > a && next < b) {
			next = a + ra*(b-a)/(ra-rb) // regula falsi
			if !(next > a && next < b) {
				next = a + (b-a)/2
			}
		}
		if next == tau || !(b > a) {
			break
		}
		tau = next
	}
	return tau, slope, sgn
}

// newtonEvals is the number of evaluations solveTau spends on Newton and
// regula-falsi steps before finishing exactly (finishTau).
const newtonEvals = 3

// finishTau finds the root of Σ_i x_i(τ, θ) = 1 in the bracket [a, b]
// (residuals ra ≥ 0 ≥ rb) exactly: the sum is linear between consecutive
// breakpoints of the x_i, the τ where the soft threshold or a bound starts
// or stops acting, τ ∈ d_i·(v_i − {x⁰_i, u_i, l_i}) ± (c_i + θ). A binary
// search over the sorted breakpoints inside the bracket finds the segment
// holding the root, where linear interpolation is exact.
func (s *qp) finishTau(dst, v, d []float64, theta, a, b, ra, rb float64) (float64, float64, float64) {
	bps := s.bps[:0]
	for i, vi := range v {
		di := 1.0
		if d != nil {
			di = d[i]
		}
		k := s.c[i] + theta
		for _, base := range [3]float64{s.x0[i], s.up[i], s.lo[i]} {
			for _, bp := range [2]float64{di*(vi-base) - k, di*(vi-base) + k} {
				if bp > a && bp < b {
					bps = append(bps, bp)
				}
			}
		}
	}
	slices.Sort(bps)
	bps = slices.Compact(bps)
	s.bps = bps
	lo, hi := -1, len(bps) // indices; -1 is a, len(bps) is b
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		sum, _, _ := s.evalTau(dst, v, d, theta, bps[mid])
		if r := sum - 1; r >= 0 {
			lo, a, ra = mid, bps[mid], r
		} else {
			hi, b, rb = mid, bps[mid], r
		}
	}
	tau := a
	if ra > 0 {
		tau = a + ra*(b-a)/(ra-rb)
	}
	_, slope, sgn := s.evalTau(dst, v, d, theta, tau)
	return tau, slope, sgn
}

// evalTau stores x(τ, θ) in dst and returns Σ_i x_i, Σ_F 1/d_i and
// Σ_F s_i/d_i over the free moved coordinates F (sign s_i of the move).
func (s *qp) evalTau(dst, v, d []float64, theta, tau float64) (sum, slope, sgn float64) {
	inv := s.inv // 1/d_i, set by prox
	for i, vi := range v {
		ei := 1.0
		if d != nil {
			ei = inv[i]
		}
		k := (s.c[i] + theta) * ei
		z := vi - tau*ei - s.x0[i]
		var sg float64
		switch {
		case z > k:
			z -= k
			sg = 1
		case z < -k:
			z += k
			sg = -1
		case k == 0:
			// No kink: free, no sign.
		default:
			z = 0
			sg = math.NaN()
		}
		x := s.x0[i] + z
		switch {
		case x <= s.lo[i]:
			x = s.lo[i]
		case x >= s.up[i]:
			x = s.up[i]
		case !math.IsNaN(sg):
			slope += ei
			sgn += sg * ei
		}
		dst[i] = x
		sum += x
	}
	return sum, slope, sgn
}
