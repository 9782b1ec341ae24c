package meanvar

import (
	"math"
	"slices"
)

// gradStep is the finite-difference step of the income's derivatives, in
// weight units (V·gradStep in asset units). The fourth-order central
// difference of the derivative has truncation error ~ (gradStep·V/S)⁴
// relative for a pool of supply S and rounding error ~ ε·r/gradStep; the
// curvature, which only shapes the local model (the line search guards
// it), is the second difference over the stencil's outer points, 2·gradStep
// apart, with rounding error ~ ε·r/gradStep² ≈ 10⁻⁹.
const gradStep = 1e-4

const (
	maxSteps = 200  // sequential-convexification steps per continuous solve
	armijo   = 1e-4 // sufficient fraction of the model's predicted improvement
)

// derivs returns source i's income I_i at w, its derivative and an estimate
// of its second derivative, by finite differences of the model's rates.
// Below w⁰_i − MaxWithdraw/V the model's rate is flat (the pool cannot pay
// out more), so the stencils are one-sided when they would cross it.
//
// The result depends on w alone and is memoised per source: sources at a
// bound, unmoved or frozen keep their weight across steps and solves.
func (in *instance) derivs(i int, w float64) (f, g, h float64) {
	if in.impact == nil || in.impact[i] == nil {
		return in.mu[i] * w, in.mu[i], 0
	}
	if e := &in.memo[i]; e.ok && e.w == w {
		return e.f, e.g, e.h
	}
	defer func() { in.memo[i] = derivMemo{ok: true, w: w, f: f, g: g, h: h} }()
	f = in.income(i, w)
	const hg = gradStep
	I := func(w float64) float64 { return in.income(i, w) }
	if w-2*hg >= in.minW[i] {
		m2, m1, p1, p2 := I(w-2*hg), I(w-hg), I(w+hg), I(w+2*hg)
		g = (-p2 + 8*p1 - 8*m1 + m2) / (12 * hg)
		h = (p2 - 2*f + m2) / (4 * hg * hg)
	} else {
		p1, p2, p4 := I(w+hg), I(w+2*hg), I(w+4*hg)
		g = (-3*f + 4*p1 - p2) / (2 * hg)
		h = (f - 2*p2 + p4) / (4 * hg * hg)
	}
	return f, g, h
}

// setModel makes s the QP model of the continuous problem at x: the
// income of each source with a model replaced by its second-order model
// with curvature ρ_i = |I_i″(x_i)|, so that
//
//	Q = λΣ + diag(ρ),   b_i = I_i'(x_i) + ρ_i·x_i,
//
// and without a model b_i = μ_i, ρ_i = 0. The model's gradient at x equals
// the true one; its value differs from the true objective by a constant.
// The metric is D = diag(ρ) + λ·L·I with L ≥ λ_max(Σ) (see repairCov),
// floored at 10⁻³·max D for coordinates without curvature (any positive
// entry is valid there).
func (in *instance) setModel(s *qp, x []float64) {
	n := in.n
	if in.sig != nil {
		for k, v := range in.sig {
			s.q[k] = in.lam * v
		}
	} else {
		clear(s.q)
	}
	base := in.lam * in.lmax
	anyQ := in.sig != nil
	var dmax float64
	for i := range n {
		_, g, h := in.derivs(i, x[i])
		rho := math.Abs(h)
		s.q[i*n+i] += rho
		s.b[i] = g + rho*x[i]
		s.d[i] = base + rho
		anyQ = anyQ || rho > 0
		dmax = math.Max(dmax, s.d[i])
	}
	s.b[n] = 0
	s.d[n] = base
	s.qZero = !anyQ
	floor := 1e-3 * dmax
	for i := range s.d {
		s.d[i] = math.Max(s.d[i], floor)
	}
}

// continuous solves the continuous problem (no fixed costs) over the box
// [lo, up] from the feasible point start (nil for the projection of x⁰)
// and returns the solution with its multipliers and KKT residual.
//
// c, when not nil, replaces the ℓ1 weights c_i = κ_i/H in the objective
// being maximised (the fixed-cost search's surrogate); the candidate is
// still evaluated with the true costs. With the true costs (c == nil) the
// local solution is then improved by basin hopping (see hop) when some
// source's income is not concave.
func (in *instance) continuous(lo, up, start, c []float64) *candidate {
	cand := in.localSolve(lo, up, start, c)
	if c == nil {
		cand = in.hop(lo, up, cand)
	}
	return cand
}

// localSolve is continuous without basin hopping: it finds a local
// solution from start, by a single QP (or LP) without rate impact and by
// sequential convexification (sqp) with it.
func (in *instance) localSolve(lo, up, start, c []float64) *candidate {
	s := in.newQP(lo, up)
	if c != nil {
		s.c = c
	}
	x := make([]float64, in.m)
	if start == nil {
		start = in.x0
	}
	s.prox(x, start, nil, &s.tauI, &s.thetaI)

	cand := &candidate{}
	if in.impact == nil {
		in.setModel(s, x)
		z, it, r, err := s.solve(x)
		in.iters += it
		cand.x, cand.resid, cand.err = z, r, err
	} else {
		cand.x, cand.resid, cand.err = in.sqp(s, x)
	}
	// The last residual evaluation was at cand.x: at a fixed point
	// x = P(x − g) the identity-metric proximal map's multipliers satisfy
	// the KKT conditions.
	cand.tau, cand.theta = s.tauI, s.thetaI
	in.evaluate(cand)
	return cand
}

// sqp runs the sequential convexification from the feasible point x: at
// each step the QP model of setModel is solved, and the step toward its
// solution z is cut back (α = 1, ½, ¼, …) until the true objective F
// improves by at least armijo·α·(φ(x) − φ(z)), the model's predicted
// improvement scaled to the step (the model is concave, so its prediction
// along the segment is at least α times that). When the prediction is
// below the rounding of F, the line search cannot see it and the full step
// is taken (at most three times in a row): near a stationary point it is a
// Newton step. The iteration stops when the KKT residual of the model at x
// (that of the problem linearised at x) is below tolerance, when the model
// predicts no improvement, or when no step improves the true objective. It
// returns the solution, its residual and an error only if a QP did not
// converge and the residual is above tolerance.
func (in *instance) sqp(s *qp, x []float64) ([]float64, float64, error) {
	objective := func(x []float64) float64 { return in.yield(x) - in.risk(x) - l1Cost(s.c, x, in.x0) }
	F := objective(x)
	xn := make([]float64, in.m)
	var err error
	var r float64
	tiny := 0 // consecutive steps below F's rounding
	for step := 0; ; step++ {
		in.setModel(s, x)
		r = s.residual(x)
		if r <= s.tol || step == maxSteps || in.modelErr != nil {
			break
		}
		z, it, _, qerr := s.solveFrom(x, r)
		in.iters += it
		if qerr != nil {
			// z is feasible: the step still improves the model.
			err = qerr
		}
		pred := s.objective(x) - s.objective(z)
		if math.IsNaN(pred) || pred < -4*0x1p-52*(math.Abs(F)+1) || slices.Equal(x, z) {
			break
		}
		in.steps++
		if pred <= 4*0x1p-52*(math.Abs(F)+1) {
			// The predicted gain is below the rounding of F, so the
			// line search cannot see it: near a stationary point the
			// full (Newton) step is safe, and the residual decides.
			if tiny++; tiny > 3 {
				break
			}
			copy(x, z)
			F = objective(x)
			continue
		}
		tiny = 0
		accepted := false
		for alpha := 1.0; alpha > 1e-12; alpha /= 2 {
			for i := range xn {
				xn[i] = x[i] + alpha*(z[i]-x[i])
			}
			if alpha == 1 {
				copy(xn, z) // exact bounds and unmoved sources
			}
			if Fn := objective(xn); Fn >= F+armijo*alpha*pred {
				F = Fn
				accepted = true
				break
			}
		}
		if !accepted {
			break
		}
		copy(x, xn)
	}
	if r <= s.tol {
		err = nil
	}
	return slices.Clone(x), r, err
}
