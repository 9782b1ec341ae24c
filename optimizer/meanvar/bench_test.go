package meanvar

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// realisticProblem returns a vault of 10M asset units spread over n lending
// pools of 20M–2B supply (Aave v3 and Compound v3 curves, and capacity
// models), with APY-change volatilities of 0.2–1% and a common factor, risk
// aversion 5, policy, relative and absolute caps, 2% minimum idle,
// proportional costs of 0–10 bps, gas of 15 per source and 30 per
// transaction, a 4-month horizon and a 30% turnover limit. The current
// allocation is a random feasible one.
func realisticProblem(rnd *rand.Rand, n int) Problem {
	const V = 10e6
	p := Problem{
		Mu: make([]float64, n), RiskAversion: 5, Caps: make([]float64, n), MinIdle: 0.02,
		Current: make([]float64, n), Capital: V, Impact: make([]rateimpact.Model, n),
		AbsCaps: make([]float64, n), RelCapsBps: make([]uint64, n), PropCost: make([]float64, n),
		SourceCost: 15, TxCost: 30, Horizon: 1.0 / 3, MaxTurnover: 0.3,
	}
	logU := func(a, b float64) float64 { return a * math.Pow(b/a, rnd.Float64()) }
	for i := range n {
		supply := logU(20e6, 2e9)
		util := 0.6 + 0.3*rnd.Float64()
		var mdl rateimpact.Model
		var err error
		switch i % 3 {
		case 0:
			mdl, err = rateimpact.NewKinked(rateimpact.AaveCurve{Slope1: 0.04 + 0.03*rnd.Float64(), Slope2: 0.6 + 2*rnd.Float64(),
				Optimal: 0.8 + 0.12*rnd.Float64(), ReserveFactor: 0.1}, supply, util*supply)
		case 1:
			mdl, err = rateimpact.NewKinked(rateimpact.CometCurve{SlopeLow: 0.03 + 0.03*rnd.Float64(), SlopeHigh: 1 + 2*rnd.Float64(),
				Kink: 0.85 + 0.08*rnd.Float64()}, supply, util*supply)
		default:
			mdl, err = rateimpact.NewCapacity(0.02+0.06*rnd.Float64(), (1-util)*supply, util, rnd.Float64())
		}
		if err != nil {
			panic(err)
		}
		p.Impact[i] = mdl
		p.Mu[i] = mdl.RateAfter(0)
		p.Caps[i] = 0.2 + 0.4*rnd.Float64()
		p.RelCapsBps[i] = uint64(3000 + rnd.IntN(3000))
		p.AbsCaps[i] = math.Inf(1)
		if rnd.IntN(4) == 0 {
			p.AbsCaps[i] = logU(1e6, 5e6)
		}
		p.PropCost[i] = 0.001 * rnd.Float64()
	}
	// Σ_ij = ρ·σ_i·σ_j + (1 − ρ)·σ_i²·[i = j].
	sig := make([]float64, n)
	for i := range sig {
		sig[i] = logU(0.002, 0.01)
	}
	const rho = 0.3
	cov := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			v := rho * sig[i] * sig[j]
			if i == j {
				v = sig[i] * sig[i]
			}
			cov.SetSym(i, j, v)
		}
	}
	p.Cov = cov
	// A random feasible current allocation: fill random shares up to the caps.
	budget := 1 - p.MinIdle - 0.05*rnd.Float64()
	for _, i := range rnd.Perm(n) {
		u := math.Min(p.Caps[i], math.Min(float64(p.RelCapsBps[i])/1e4, p.AbsCaps[i]/V))
		w := math.Min(u, math.Min(budget, budget*(0.2+0.8*rnd.Float64())*3/float64(n)))
		p.Current[i] = w
		budget -= w
	}
	return p
}

// BenchmarkSolve times Solve on realistic problems (see realisticProblem)
// of 5, 20, 50 and 200 sources with rate impact, risk, caps, proportional
// and fixed costs and a turnover limit, cycling over 8 seeded problems per
// size. It reports the mean sequential-convexification steps, FISTA
// iterations and sources touched per solve, and the share of holds.
func BenchmarkSolve(b *testing.B) {
	for _, n := range []int{5, 20, 50, 200} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ps := benchProblems(n, 8, true)
			var steps, iters, touched, holds float64
			for _, p := range ps {
				res, err := Solve(p)
				if err != nil {
					b.Fatal(err)
				}
				steps += float64(res.Steps)
				iters += float64(res.Iterations)
				for _, t := range res.Touched {
					if t {
						touched++
					}
				}
				if res.Hold {
					holds++
				}
			}
			b.ReportAllocs()
			k := 0
			for b.Loop() {
				if _, err := Solve(ps[k%len(ps)]); err != nil {
					b.Fatal(err)
				}
				k++
			}
			count := float64(len(ps))
			b.ReportMetric(steps/count, "steps/op")
			b.ReportMetric(iters/count, "fista-iters/op")
			b.ReportMetric(touched/count, "touched/op")
			b.ReportMetric(holds/count, "hold-share")
		})
	}
}

// benchProblems returns count realistic problems of n sources.
func benchProblems(n, count int, fixed bool) []Problem {
	rnd := rand.New(rand.NewPCG(2024, uint64(n)))
	ps := make([]Problem, count)
	for k := range ps {
		ps[k] = realisticProblem(rnd, n)
		if !fixed {
			ps[k].SourceCost, ps[k].TxCost = 0, 0
		}
	}
	return ps
}

// BenchmarkSolveContinuous times Solve on the continuous problem (the
// realistic problems without fixed costs), the reference of
// BenchmarkLBFGSPenalty.
func BenchmarkSolveContinuous(b *testing.B) {
	for _, n := range []int{5, 20, 50, 200} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			ps := benchProblems(n, 8, false)
			k := 0
			for b.Loop() {
				if _, err := Solve(ps[k%len(ps)]); err != nil {
					b.Fatal(err)
				}
				k++
			}
		})
	}
}
