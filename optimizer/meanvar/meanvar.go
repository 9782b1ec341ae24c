// Package meanvar implements a long-only mean-variance allocator for a vault
// that splits its deposits between n yield sources and an idle buffer.
//
// The allocation problem is the concave quadratic program
//
//	maximise    f(w) = μᵀw − (λ/2)·wᵀΣw
//	subject to  Σ_i w_i + w₀ = 1,
//	            0 ≤ w_i ≤ c_i,       i = 0, …, n−1,
//	            m ≤ w₀ ≤ 1,
//
// where w₀ is the idle share (zero return, zero risk), μ the expected APYs, Σ
// the covariance of APY changes, λ ≥ 0 the risk aversion, c the per-source caps
// and m the minimum idle share. Writing x = (w, w₀) ∈ ℝⁿ⁺¹, the feasible set is
// the box-constrained simplex
//
//	X = {x : 1ᵀx = 1, l ≤ x ≤ u},   l = (0, …, 0, m),  u = (c, 1),
//
// which is never empty because 1ᵀl = m ≤ 1 ≤ 1 + Σc = 1ᵀu.
//
// A point x ∈ X is optimal if and only if there is a budget multiplier ν with
//
//	g_i + ν ≥ 0  if x_i = l_i,   g_i + ν ≤ 0  if x_i = u_i,   g_i + ν = 0 otherwise,
//
// where g = ∇(−f) = (λΣw − μ, 0) is the gradient of the minimised objective.
// Equivalently x = P_X(x − g), with P_X the Euclidean projection onto X; the
// solver reports ‖x − P_X(x − g)‖∞ as the KKT residual.
package meanvar

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Tolerance is the KKT residual ‖x − P_X(x − g)‖∞ at which Solve declares
// convergence. It is scaled by max(1, ‖μ‖∞, λ‖Σ‖₂).
const Tolerance = 1e-12

// maxIterations bounds the number of accelerated projected-gradient steps.
// It is a variable so tests can exercise the non-convergence path.
var maxIterations = 200000

// ErrNotConverged is wrapped by the error Solve returns when the iteration
// cap is reached before the KKT residual falls below Tolerance.
var ErrNotConverged = errors.New("meanvar: not converged")

// Problem is a mean-variance allocation problem: choose weights w (one per
// source) and an idle share w₀ (zero return, zero risk) maximising
//
//	μᵀw − (λ/2)·wᵀΣw
//
// subject to Σw + w₀ = 1, 0 ≤ w_i ≤ Caps[i] and w₀ ≥ MinIdle.
type Problem struct {
	// Mu is the expected APY per source, as a fraction (0.05 = 5%).
	Mu []float64
	// Cov is the n×n covariance of APY changes. Nil means zero, which
	// makes the problem a pure linear program. If Cov is not positive
	// semidefinite, Solve replaces it by Cov + δI with
	// δ = −λ_min(Cov), the smallest multiple of the identity that makes
	// it positive semidefinite; δ is reported in Result.CovShift.
	Cov *mat.SymDense
	// RiskAversion is λ ≥ 0.
	RiskAversion float64
	// Caps is the maximum weight per source, each in [0, 1].
	Caps []float64
	// MinIdle is the minimum idle share, in [0, 1].
	MinIdle float64
	// Current holds the current weights; it may be nil. It is used only
	// as a warm start (after projection onto the feasible set) and does
	// not change the optimum.
	Current []float64
}

// Result is the solution of a Problem.
type Result struct {
	// Weights is the allocation per source.
	Weights []float64
	// Idle is the idle share w₀ = 1 − Σ Weights.
	Idle float64
	// Objective is μᵀw − (λ/2)·wᵀΣw at the solution, evaluated with the
	// repaired covariance Σ = Cov + CovShift·I.
	Objective float64
	// Iterations is the number of projected-gradient iterations; zero
	// when the problem is linear and solved in closed form.
	Iterations int
	// KKTResidual is ‖x − P_X(x − g)‖∞ at the returned point.
	KKTResidual float64
	// CovShift is the diagonal shift δ ≥ 0 added to Cov to make it
	// positive semidefinite (zero when Cov is already PSD or nil).
	CovShift float64
}

// Solve returns the optimal allocation for p.
//
// When λ = 0 or Σ = 0 the objective is linear and the solution is computed
// exactly by filling sources with μ_i > 0 in descending μ order up to their
// caps until the budget 1 − MinIdle is spent; sources with equal μ share the
// remaining budget equally subject to their caps (the minimum-norm optimal
// split), which makes ties deterministic.
//
// Otherwise Solve runs FISTA (accelerated projected gradient) with
// gradient-based adaptive restart and step 1/L, L = λ·λ_max(Σ), where the
// projection onto X is exact: P_X(v)_i = clamp(v_i − τ, l_i, u_i) with τ the
// root of the piecewise-linear equation Σ_i clamp(v_i − τ, l_i, u_i) = 1,
// found by sorting the breakpoints v_i − u_i, v_i − l_i. Once the iterate is
// close, the active set it identifies is polished by solving the KKT system
//
//	[Q_FF 1] [x_F]   [μ_F − Q_FB x_B]
//	[1ᵀ   0] [ ν ] = [1 − 1ᵀx_B     ]
//
// on the free set F (Q = λΣ extended by a zero row and column for w₀; B the
// variables at a bound). The polished point is accepted only if its KKT
// residual is below Tolerance, so a wrong active-set guess costs time, never
// accuracy. If neither reaches Tolerance within the iteration cap, Solve
// returns the last iterate together with an error wrapping ErrNotConverged.
//
// Solve is deterministic and does not modify p.
func Solve(p Problem) (Result, error) {
	n, err := validate(p)
	if err != nil {
		return Result{}, err
	}
	sigma, shift, lmax, err := repairCov(p.Cov, n)
	if err != nil {
		return Result{}, err
	}
	lam := p.RiskAversion

	m := n + 1
	lo := make([]float64, m)
	up := make([]float64, m)
	copy(up, p.Caps)
	lo[n] = p.MinIdle
	up[n] = 1

	if lam == 0 || sigma == nil {
		x := solveLP(p.Mu, lo, up)
		res := Result{CovShift: shift}
		fill(&res, x, p.Mu, lam, sigma)
		return res, nil
	}

	// Dense row-major copy of Q = λΣ for the inner loops.
	q := make([]float64, n*n)
	for i := range n {
		for j := range n {
			q[i*n+j] = lam * sigma.At(i, j)
		}
	}
	L := lam * lmax
	scale := 1.0
	for _, v := range p.Mu {
		scale = math.Max(scale, math.Abs(v))
	}
	scale = math.Max(scale, L)

	s := newSolver(n, q, p.Mu, lo, up, L, Tolerance*scale)

	// Warm start: w = clamp(Current, 0, Caps), w₀ = 1 − Σw, projected onto X;
	// all idle without Current.
	x0 := make([]float64, m)
	if len(p.Current) == n {
		sum := 0.0
		for i, v := range p.Current {
			x0[i] = clamp(v, 0, p.Caps[i])
			sum += x0[i]
		}
		x0[n] = 1 - sum
	} else {
		x0[n] = 1
	}
	s.project(x0, x0)

	x, iters, r, err := s.run(x0, maxIterations)
	res := Result{Iterations: iters, KKTResidual: r, CovShift: shift}
	fill(&res, x, p.Mu, lam, sigma)
	return res, err
}

// fill stores x = (w, w₀) in res and evaluates the objective.
func fill(res *Result, x, mu []float64, lam float64, sigma *mat.SymDense) {
	n := len(mu)
	res.Weights = make([]float64, n)
	copy(res.Weights, x[:n])
	res.Idle = x[n]
	res.Objective = objective(res.Weights, mu, lam, sigma)
}

// objective returns μᵀw − (λ/2)·wᵀΣw; sigma may be nil (Σ = 0).
func objective(w, mu []float64, lam float64, sigma *mat.SymDense) float64 {
	var lin float64
	for i, v := range w {
		lin += mu[i] * v
	}
	if lam == 0 || sigma == nil {
		return lin
	}
	wv := mat.NewVecDense(len(w), w)
	return lin - lam/2*mat.Inner(wv, sigma, wv)
}

// validate checks p and returns the number of sources.
func validate(p Problem) (int, error) {
	n := len(p.Mu)
	if n == 0 {
		return 0, errors.New("meanvar: len(mu) = 0: need at least one source")
	}
	if len(p.Caps) != n {
		return 0, fmt.Errorf("meanvar: len(caps) = %d: must equal len(mu) = %d", len(p.Caps), n)
	}
	if len(p.Current) != 0 && len(p.Current) != n {
		return 0, fmt.Errorf("meanvar: len(current) = %d: must be 0 or len(mu) = %d", len(p.Current), n)
	}
	for i, v := range p.Mu {
		if !finite(v) {
			return 0, fmt.Errorf("meanvar: mu[%d] = %v: must be finite", i, v)
		}
	}
	for i, v := range p.Caps {
		if !(v >= 0 && v <= 1) {
			return 0, fmt.Errorf("meanvar: caps[%d] = %v: must be in [0, 1]", i, v)
		}
	}
	for i, v := range p.Current {
		if !finite(v) {
			return 0, fmt.Errorf("meanvar: current[%d] = %v: must be finite", i, v)
		}
	}
	if !finite(p.RiskAversion) || p.RiskAversion < 0 {
		return 0, fmt.Errorf("meanvar: riskAversion = %v: must be finite and >= 0", p.RiskAversion)
	}
	if !(p.MinIdle >= 0 && p.MinIdle <= 1) {
		return 0, fmt.Errorf("meanvar: minIdle = %v: must be in [0, 1]", p.MinIdle)
	}
	if p.Cov != nil {
		if d := p.Cov.SymmetricDim(); d != n {
			return 0, fmt.Errorf("meanvar: cov is %d×%d: must be %d×%d (len(mu))", d, d, n, n)
		}
		for i := range n {
			for j := i; j < n; j++ {
				if v := p.Cov.At(i, j); !finite(v) {
					return 0, fmt.Errorf("meanvar: cov[%d,%d] = %v: must be finite", i, j, v)
				}
			}
			if v := p.Cov.At(i, i); v < 0 {
				return 0, fmt.Errorf("meanvar: cov[%d,%d] = %v: diagonal must be >= 0", i, i, v)
			}
		}
	}
	return n, nil
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// repairCov returns Σ̃ = Σ + δI with δ = max(0, −λ_min(Σ)), the shift δ and
// λ_max(Σ̃) = λ_max(Σ) + δ. It returns a nil matrix when cov is nil or zero.
// The input is not modified.
func repairCov(cov *mat.SymDense, n int) (*mat.SymDense, float64, float64, error) {
	if cov == nil {
		return nil, 0, 0, nil
	}
	zero := true
	for i := 0; i < n && zero; i++ {
		for j := i; j < n; j++ {
			if cov.At(i, j) != 0 {
				zero = false
				break
			}
		}
	}
	if zero {
		return nil, 0, 0, nil
	}
	var eig mat.EigenSym
	if !eig.Factorize(cov, false) {
		return nil, 0, 0, errors.New("meanvar: cov: eigendecomposition failed")
	}
	vals := eig.Values(nil) // ascending
	lmin, lmax := vals[0], vals[n-1]
	s := mat.NewSymDense(n, nil)
	s.CopySym(cov)
	var shift float64
	if lmin < 0 {
		shift = -lmin
		for i := range n {
			s.SetSym(i, i, s.At(i, i)+shift)
		}
	}
	return s, shift, lmax + shift, nil
}
