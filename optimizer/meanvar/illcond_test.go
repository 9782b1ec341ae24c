package meanvar

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestIllConditioned solves problems with near-duplicate sources, covariance
// eigenvalues spread over many orders of magnitude, risk aversion from 1e-4
// to 1e4 and absurd warm starts, and checks convergence and KKT conditions.
func TestIllConditioned(t *testing.T) {
	rnd := rand.New(rand.NewPCG(99, 1))
	for trial := range 400 {
		n := 2 + rnd.IntN(25)
		a := mat.NewDense(n, n, nil)
		for i := range n {
			for j := range n {
				a.Set(i, j, rnd.NormFloat64()*math.Pow(10, -4*rnd.Float64()))
			}
		}
		if n > 3 {
			// Source 1 is almost a copy of source 0.
			for j := range n {
				a.Set(1, j, a.At(0, j)*(1+1e-7*rnd.NormFloat64()))
			}
		}
		cov := mat.NewSymDense(n, nil)
		cov.SymOuterK(0.01, a)
		p := Problem{
			Mu:           make([]float64, n),
			Cov:          cov,
			RiskAversion: math.Pow(10, -4+8*rnd.Float64()),
			Caps:         make([]float64, n),
			MinIdle:      0.3 * rnd.Float64(),
		}
		for i := range n {
			p.Mu[i] = -0.02 + 0.1*rnd.Float64()
			p.Caps[i] = rnd.Float64()
		}
		if trial%5 == 0 {
			p.Current = make([]float64, n)
			for i := range n {
				p.Current[i] = 1e308
			}
		}
		res, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d (n=%d λ=%g): %v", trial, n, p.RiskAversion, err)
		}
		checkKKT(t, p, res, testTol)
		if t.Failed() {
			t.Fatalf("trial %d: problem %+v", trial, p)
		}
	}
}
