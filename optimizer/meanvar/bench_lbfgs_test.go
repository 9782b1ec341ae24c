// The comparison with gonum's general-purpose optimizers (LBFGS on a penalty
// formulation) at equal objective value; run it with
//
//	go test -run XXX -bench 'LBFGSPenalty|SolveContinuous' ./optimizer/meanvar/

package meanvar

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"gonum.org/v1/gonum/optimize"
)

// penalty is a smooth exterior-penalty formulation of the continuous
// problem (no fixed costs) in the variables w (idle = 1 − Σw) for a
// general-purpose unconstrained minimiser:
//
//	P(w) = −Y(w) + (λ/2)·wᵀΣw + Σ_i c_i·a_ε(w_i − w⁰_i)
//	       + (ρ/2)·(Σ_i [l_i − w_i]₊² + [w_i − u_i]₊² + [m − w₀]₊² + [A(w) − 2T]₊²),
//
// with a_ε the Huber function (a C¹ |z|) and A(w) = Σ_i a_ε(w_i − w⁰_i) +
// a_ε(w₀ − w⁰₀) the smoothed turnover. The income's derivative is the
// solver's own finite difference, so both methods see the same model.
type penalty struct {
	in       *instance
	rho, eps float64
}

func (p *penalty) idle(w []float64) float64 {
	s := 1.0
	for _, v := range w {
		s -= v
	}
	return s
}

// abs is the Huber function, |z| for |z| ≥ ε and z²/(2ε) + ε/2 inside,
// with its derivative: exact for moved coordinates and never below |z|, so
// the smoothed turnover never undercounts.
func (p *penalty) abs(z float64) (float64, float64) {
	if a := math.Abs(z); a >= p.eps {
		return a, math.Copysign(1, z)
	}
	return z*z/(2*p.eps) + p.eps/2, z / p.eps
}

func (p *penalty) Func(w []float64) float64 { return p.eval(w, nil) }

func (p *penalty) Grad(grad, w []float64) { p.eval(w, grad) }

func (p *penalty) eval(w, grad []float64) float64 {
	in := p.in
	n := in.n
	x := append(append(make([]float64, 0, n+1), w...), p.idle(w))
	var f float64
	if grad != nil {
		clear(grad)
	}
	// ∂/∂w_i of a term in w₀ = 1 − Σw is minus its derivative in w₀.
	var dIdle float64
	var turn float64
	dTurn := make([]float64, n+1)
	for i := range n {
		fi, gi, _ := in.derivs(i, w[i])
		f -= fi
		a, da := p.abs(w[i] - in.x0[i])
		f += in.c[i] * a
		turn += a
		dTurn[i] = da
		if grad != nil {
			grad[i] += -gi + in.c[i]*da
		}
		if v := in.lo[i] - w[i]; v > 0 {
			f += p.rho / 2 * v * v
			if grad != nil {
				grad[i] -= p.rho * v
			}
		}
		if v := w[i] - in.up[i]; v > 0 {
			f += p.rho / 2 * v * v
			if grad != nil {
				grad[i] += p.rho * v
			}
		}
	}
	a, da := p.abs(x[n] - in.x0[n])
	turn += a
	dTurn[n] = da
	if v := in.lo[n] - x[n]; v > 0 {
		f += p.rho / 2 * v * v
		dIdle -= p.rho * v
	}
	if in.sig != nil {
		f += in.risk(x)
		if grad != nil {
			for i := range n {
				var s float64
				for j := range n {
					s += in.sig[i*n+j] * w[j]
				}
				grad[i] += in.lam * s
			}
		}
	}
	if !math.IsInf(in.t, 1) {
		if v := turn - in.t; v > 0 {
			f += p.rho / 2 * v * v
			if grad != nil {
				for i := range n {
					grad[i] += p.rho * v * dTurn[i]
				}
				dIdle += p.rho * v * dTurn[n]
			}
		}
	}
	if grad != nil {
		for i := range n {
			grad[i] -= dIdle
		}
	}
	return f
}

// violation returns the largest violation of the bounds, the minimum idle
// and the turnover limit at w (idle = 1 − Σw).
func violation(in *instance, w []float64, idle float64) float64 {
	x := append(append([]float64(nil), w...), idle)
	var v, d float64
	for i := range in.m {
		v = math.Max(v, math.Max(in.lo[i]-x[i], x[i]-in.up[i]))
		d += math.Abs(x[i] - in.x0[i])
	}
	if !math.IsInf(in.t, 1) {
		v = math.Max(v, (d-in.t)/2)
	}
	return v
}

// lbfgsPenalty minimises the penalty formulation with gonum's LBFGS,
// raising ρ tenfold (and shrinking ε) from a warm start until the true
// objective F is within gapTol of target and the constraints are violated
// by at most violTol, or ρ reaches 10¹². It returns the final point, its F,
// violation, number of penalty stages and of function evaluations.
func lbfgsPenalty(in *instance, target, gapTol, violTol float64) (w []float64, f, viol float64, stages, evals int) {
	return lbfgsPenaltyFrom(in, in.x0[:in.n], target, gapTol, violTol)
}

// lbfgsPenaltyFrom is lbfgsPenalty from the point start.
func lbfgsPenaltyFrom(in *instance, start []float64, target, gapTol, violTol float64) (w []float64, f, viol float64, stages, evals int) {
	w = slices.Clone(start)
	pen := &penalty{in: in}
	for rho := 1e2; rho <= 1e12; rho *= 10 {
		stages++
		pen.rho, pen.eps = rho, math.Min(1e-4, 1/rho)
		prob := optimize.Problem{Func: pen.Func, Grad: pen.Grad}
		res, err := optimize.Minimize(prob, w, &optimize.Settings{GradientThreshold: 1e-10, MajorIterations: 2000}, &optimize.LBFGS{})
		if res == nil {
			panic(err)
		}
		copy(w, res.X)
		evals += res.Stats.FuncEvaluations + res.Stats.GradEvaluations
		idle := pen.idle(w)
		x := append(slices.Clone(w), idle)
		f = in.continuousObjective(x)
		viol = violation(in, w, idle)
		if math.Abs(f-target) <= gapTol && viol <= violTol {
			break
		}
	}
	return w, f, viol, stages, evals
}

// BenchmarkLBFGSPenalty solves the same continuous problems with gonum's
// general-purpose LBFGS (optimize.Minimize) on the smooth penalty
// formulation, with penalty continuation, until its objective equals
// Solve's within 10⁻⁸ (a yearly fraction: 10⁻⁶ percentage points of APY)
// and the constraints hold within 10⁻⁸. It reports the remaining objective
// gap (Solve's objective minus LBFGS's), the constraint violation, the
// penalty stages and the function and gradient evaluations.
func BenchmarkLBFGSPenalty(b *testing.B) {
	for _, n := range []int{5, 20, 50, 200} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ps := benchProblems(n, 8, false)
			ins := make([]*instance, len(ps))
			targets := make([]float64, len(ps))
			for k, p := range ps {
				res, err := Solve(p)
				if err != nil {
					b.Fatal(err)
				}
				targets[k] = res.Objective
				if ins[k], err = newInstance(p); err != nil {
					b.Fatal(err)
				}
			}
			var gap, viol, stages, evals float64
			k := 0
			for b.Loop() {
				j := k % len(ps)
				_, f, v, s, e := lbfgsPenalty(ins[j], targets[j], 1e-8, 1e-8)
				gap = math.Max(gap, targets[j]-f)
				viol = math.Max(viol, v)
				stages += float64(s)
				evals += float64(e)
				k++
			}
			b.ReportMetric(gap, "max-objgap")
			b.ReportMetric(viol, "max-viol")
			b.ReportMetric(stages/float64(k), "stages/op")
			b.ReportMetric(evals/float64(k), "evals/op")
		})
	}
}
