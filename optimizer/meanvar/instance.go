package meanvar

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// instance is a validated Problem in the solver's terms, x = (w, w₀).
type instance struct {
	n, m   int
	mu     []float64
	lam    float64
	sig    []float64 // n×n row-major repaired Σ; nil when λΣ = 0
	shift  float64
	lmax   float64 // upper bound on λ_max of the repaired Σ
	lo, up []float64
	x0     []float64
	c      []float64 // c_i = κ_i/H, c₀ = 0
	kappa  []float64
	t      float64 // 2T, +Inf without limit
	drift  float64 // Problem.Drift

	impact    []rateimpact.Model // len n, nil entries; nil slice when none
	r0        []float64          // R_i(0)
	minW      []float64          // w⁰_i − MaxWithdraw_i/V: below it the model's rate is flat
	capital   float64
	v, h      float64 // capital and horizon used for amounts (1 when unset)
	srcCost   float64
	txCost    float64
	validX0   bool // Current is a valid allocation (sum ≤ 1, entries in [0, 1])
	plain     bool // no impact, costs or turnover limit: Current is a warm start
	scale     float64
	tol       float64
	modelErr  error
	scans     []incomeScan // income samples per source; nil when all are concave
	memo      []derivMemo  // last derivs per source
	ws        *qp          // subproblem workspace, reused across solves
	iters     int          // projected-gradient iterations over all subproblems
	steps     int          // sequential-convexification steps
	noConverg error
}

// newInstance validates p and builds the instance.
func newInstance(p Problem) (*instance, error) {
	n, err := validate(p)
	if err != nil {
		return nil, err
	}
	sig, shift, lmax, err := repairCov(p.Cov, n)
	if err != nil {
		return nil, err
	}
	m := n + 1
	in := &instance{
		n: n, m: m, mu: p.Mu, lam: p.RiskAversion, shift: shift, lmax: lmax,
		lo: make([]float64, m), up: make([]float64, m), x0: make([]float64, m),
		c: make([]float64, m), kappa: make([]float64, m), t: math.Inf(1),
		capital: p.Capital, v: p.Capital, h: p.Horizon,
		srcCost: p.SourceCost, txCost: p.TxCost,
	}
	if in.v == 0 {
		in.v = 1
	}
	if in.h == 0 {
		in.h = 1
	}
	if in.lam > 0 {
		in.sig = sig
	}
	for _, mdl := range p.Impact {
		if mdl != nil {
			in.impact = p.Impact
			break
		}
	}
	for i := range n {
		in.up[i] = 1
		if p.Caps != nil {
			in.up[i] = p.Caps[i]
		}
		if p.RelCapsBps != nil {
			in.up[i] = math.Min(in.up[i], float64(p.RelCapsBps[i])/10_000)
		}
		if p.AbsCaps != nil {
			in.up[i] = math.Min(in.up[i], p.AbsCaps[i]/p.Capital)
		}
		if p.PropCost != nil {
			in.kappa[i] = p.PropCost[i]
			in.c[i] = p.PropCost[i] / in.h
		}
	}
	in.lo[n], in.up[n] = p.MinIdle, 1

	hasProp := false
	for _, v := range in.kappa {
		hasProp = hasProp || v > 0
	}
	in.plain = in.impact == nil && !hasProp && p.SourceCost == 0 && p.TxCost == 0 && p.MaxTurnover == 0

	// Current allocation, x⁰₀ = 1 − Σw⁰.
	in.validX0 = true
	var sum float64
	for i, v := range p.Current {
		in.x0[i] = v
		sum += v
		in.validX0 = in.validX0 && v >= 0 && v <= 1
	}
	in.x0[n] = 1 - sum
	in.validX0 = in.validX0 && sum <= 1+currentSlack
	if in.plain && !in.validX0 {
		// Only a warm start: clamp it as the plain solver always did.
		sum = 0
		for i := range n {
			in.x0[i] = clamp(in.x0[i], 0, in.up[i])
			sum += in.x0[i]
		}
		in.x0[n] = 1 - sum
	}

	if p.MaxTurnover > 0 {
		in.t = 2 * p.MaxTurnover
	}
	in.drift = p.Drift
	if in.impact != nil {
		in.memo = make([]derivMemo, n)
		in.r0 = make([]float64, n)
		in.minW = make([]float64, n)
		for i, mdl := range in.impact {
			in.minW[i] = math.Inf(-1)
			if mdl == nil {
				continue
			}
			in.r0[i] = mdl.RateAfter(0)
			in.minW[i] = in.x0[i] - mdl.MaxWithdraw()/p.Capital
			in.lo[i] = math.Max(in.lo[i], in.minW[i])
		}
	}

	L := in.lam * lmax
	in.scale = 1
	for _, v := range p.Mu {
		in.scale = math.Max(in.scale, math.Abs(v))
	}
	in.scale = math.Max(in.scale, L)
	in.tol = Tolerance * in.scale
	return in, nil
}

// repairCov returns Σ̃ = Σ + δI, row-major, with δ = max(0, −λ_min(Σ)), the
// shift δ and an upper bound on λ_max(Σ̃): min(trace, largest absolute row
// sum), both bounds for a positive semidefinite matrix (Gershgorin). It
// returns nil when cov is nil or zero. A successful Cholesky factorisation
// proves Σ positive definite (δ = 0); only otherwise are the eigenvalues
// computed. The input is not modified.
func repairCov(cov *mat.SymDense, n int) ([]float64, float64, float64, error) {
	if cov == nil {
		return nil, 0, 0, nil
	}
	s := make([]float64, n*n)
	zero := true
	for i := range n {
		for j := range n {
			s[i*n+j] = cov.At(i, j)
			zero = zero && s[i*n+j] == 0
		}
	}
	if zero {
		return nil, 0, 0, nil
	}
	var shift float64
	if !positiveDefinite(s, n) {
		var eig mat.EigenSym
		if !eig.Factorize(cov, false) {
			return nil, 0, 0, errors.New("meanvar: Cov: eigendecomposition failed")
		}
		if lmin := eig.Values(nil)[0]; lmin < 0 {
			shift = -lmin
			for i := range n {
				s[i*n+i] += shift
			}
		}
	}
	var trace, rows float64
	for i := range n {
		trace += s[i*n+i]
		var r float64
		for _, v := range s[i*n : i*n+n] {
			r += math.Abs(v)
		}
		rows = math.Max(rows, r)
	}
	return s, shift, math.Min(trace, rows), nil
}

// positiveDefinite reports whether the Cholesky factorisation of the n×n
// row-major symmetric s, s = LLᵀ, succeeds with positive pivots.
func positiveDefinite(s []float64, n int) bool {
	l := make([]float64, n*n)
	for j := range n {
		d := s[j*n+j]
		lj := l[j*n : j*n+j]
		for _, v := range lj {
			d -= v * v
		}
		if !(d > 0) {
			return false
		}
		d = math.Sqrt(d)
		l[j*n+j] = d
		for i := j + 1; i < n; i++ {
			v := s[i*n+j]
			for k, ljk := range lj {
				v -= l[i*n+k] * ljk
			}
			l[i*n+j] = v / d
		}
	}
	return true
}

// risk returns (λ/2)·wᵀΣw with the repaired Σ.
func (in *instance) risk(x []float64) float64 {
	if in.sig == nil {
		return 0
	}
	n := in.n
	var v float64
	for i := range n {
		row := in.sig[i*n : i*n+n]
		var s float64
		for j, sij := range row {
			s += sij * x[j]
		}
		v += x[i] * s
	}
	return in.lam / 2 * v
}

// derivMemo is the last evaluation of derivs for a source.
type derivMemo struct {
	ok         bool
	w, f, g, h float64
}

// income returns I_i(w) = w·r̂_i(w), source i's yearly income per unit of
// capital at weight w.
func (in *instance) income(i int, w float64) float64 {
	if in.impact == nil || in.impact[i] == nil {
		return in.mu[i] * w
	}
	if e := &in.memo[i]; e.ok && e.w == w {
		return e.f
	}
	return w * in.rate(i, w)
}

// rate returns r̂_i(w) = μ_i + R_i(V·(w − w⁰_i)) − R_i(0) for a source with
// a model, recording the first non-finite rate in in.modelErr.
func (in *instance) rate(i int, w float64) float64 {
	d := in.capital * (w - in.x0[i])
	r := in.impact[i].RateAfter(d)
	if !finite(r) {
		if in.modelErr == nil {
			in.modelErr = fmt.Errorf("%w: Impact[%d].RateAfter(%g) = %v: must be finite", ErrInvalid, i, d, r)
		}
		return in.mu[i]
	}
	return in.mu[i] + r - in.r0[i]
}

// yield returns Y(w) = Σ_i I_i(w_i).
func (in *instance) yield(x []float64) float64 {
	var y float64
	for i := range in.n {
		y += in.income(i, x[i])
	}
	return y
}

// propCost returns Σ_i c_i·|x_i − x⁰_i|, the amortised proportional cost.
func (in *instance) propCost(x []float64) float64 { return l1Cost(in.c, x, in.x0) }

func l1Cost(c, x, x0 []float64) float64 {
	var v float64
	for i, ci := range c {
		v += ci * math.Abs(x[i]-x0[i])
	}
	return v
}

// continuousObjective returns Y(w) − (λ/2)·wᵀΣw − Σ_i c_i·|x_i − x⁰_i|, the
// objective without the fixed costs.
func (in *instance) continuousObjective(x []float64) float64 {
	return in.yield(x) - in.risk(x) - in.propCost(x)
}

// fixedCost returns G_tx·[k > 0] + G·k in asset units for k touched sources.
func (in *instance) fixedCost(k int) float64 {
	if k == 0 {
		return 0
	}
	return in.txCost + in.srcCost*float64(k)
}
