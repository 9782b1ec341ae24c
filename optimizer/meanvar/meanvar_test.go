package meanvar

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

const testTol = 1e-9

func ones(n int, v float64) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func diag(d ...float64) *mat.SymDense {
	s := mat.NewSymDense(len(d), nil)
	for i, v := range d {
		s.SetSym(i, i, v)
	}
	return s
}

func mustSolve(t *testing.T, p Problem) Result {
	t.Helper()
	res, err := Solve(p)
	if err != nil {
		t.Fatalf("Solve: %v", err)
	}
	return res
}

func assertClose(t *testing.T, name string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: len %d, want %d", name, len(got), len(want))
	}
	for i := range got {
		if math.Abs(got[i]-want[i]) > tol {
			t.Errorf("%s[%d] = %.15g, want %.15g (diff %.3g)", name, i, got[i], want[i], got[i]-want[i])
		}
	}
}

// checkKKT verifies primal feasibility and the KKT conditions of the
// minimised objective −μᵀw + (λ/2)wᵀΣw at res, using Σ = p.Cov + shift·I:
// there must exist ν with g_i + ν = 0 on free variables, g_i + ν ≥ 0 at lower
// bounds and g_i + ν ≤ 0 at upper bounds (g_idle = 0).
func checkKKT(t *testing.T, p Problem, res Result, tol float64) {
	t.Helper()
	n := len(p.Mu)
	// Primal feasibility.
	sum := res.Idle
	for i, w := range res.Weights {
		if w < -tol || w > p.Caps[i]+tol {
			t.Errorf("w[%d] = %g outside [0, %g]", i, w, p.Caps[i])
		}
		sum += w
	}
	if res.Idle < p.MinIdle-tol || res.Idle > 1+tol {
		t.Errorf("idle = %g outside [%g, 1]", res.Idle, p.MinIdle)
	}
	if math.Abs(sum-1) > tol {
		t.Errorf("budget: Σx = %.15g, want 1", sum)
	}
	// Gradient of the minimised objective.
	g := make([]float64, n+1)
	for i := range n {
		g[i] = -p.Mu[i]
		if p.Cov != nil {
			for j := range n {
				s := p.Cov.At(i, j)
				if i == j {
					s += res.CovShift
				}
				g[i] += p.RiskAversion * s * res.Weights[j]
			}
		}
	}
	x := append(append([]float64(nil), res.Weights...), res.Idle)
	lo := append(make([]float64, n), p.MinIdle)
	up := append(append([]float64(nil), p.Caps...), 1)
	// Feasible interval for ν.
	nuLo, nuHi := math.Inf(-1), math.Inf(1)
	for i := range x {
		atLo := x[i]-lo[i] <= tol
		atUp := up[i]-x[i] <= tol
		switch {
		case atLo && atUp: // fixed variable: any multiplier sign
		case atLo:
			nuLo = math.Max(nuLo, -g[i])
		case atUp:
			nuHi = math.Min(nuHi, -g[i])
		default:
			nuLo = math.Max(nuLo, -g[i])
			nuHi = math.Min(nuHi, -g[i])
		}
	}
	if nuLo > nuHi+tol {
		t.Errorf("KKT violated: no budget multiplier ν in [%.12g, %.12g]; x = %v, g = %v", nuLo, nuHi, x, g)
	}
}

// objectiveOf evaluates μᵀw − (λ/2)wᵀΣw with Σ = cov + shift·I.
func objectiveOf(p Problem, w []float64, shift float64) float64 {
	v := floats.Dot(p.Mu, w)
	if p.Cov == nil {
		return v
	}
	for i := range w {
		for j := range w {
			s := p.Cov.At(i, j)
			if i == j {
				s += shift
			}
			v -= p.RiskAversion / 2 * w[i] * s * w[j]
		}
	}
	return v
}

// diagSolution is the closed-form solution for diagonal Σ without binding
// caps: w_i(ν) = max(0, (μ_i − ν)/(λσ_i²)). If Σ_i w_i(0) ≤ 1 − MinIdle the
// budget is slack, ν = 0 and idle absorbs the rest; otherwise ν > 0 solves
// Σ_i w_i(ν) = 1 − MinIdle (found by bisection, the sum being decreasing).
func diagSolution(mu, sig2 []float64, lam, minIdle float64) ([]float64, float64) {
	w := func(nu float64) ([]float64, float64) {
		out := make([]float64, len(mu))
		var sum float64
		for i := range mu {
			out[i] = math.Max(0, (mu[i]-nu)/(lam*sig2[i]))
			sum += out[i]
		}
		return out, sum
	}
	budget := 1 - minIdle
	if ws, sum := w(0); sum <= budget {
		return ws, 1 - sum
	}
	a, b := 0.0, floats.Max(mu)
	for range 200 {
		mid := (a + b) / 2
		if _, sum := w(mid); sum > budget {
			a = mid
		} else {
			b = mid
		}
	}
	ws, sum := w((a + b) / 2)
	return ws, 1 - sum
}

func TestDiagonalClosedFormBudgetSlack(t *testing.T) {
	mu := []float64{0.05, 0.03, -0.01, 0.08}
	sig2 := []float64{0.04, 0.01, 0.02, 0.09}
	p := Problem{Mu: mu, Cov: diag(sig2...), RiskAversion: 10, Caps: ones(4, 1), MinIdle: 0.05}
	res := mustSolve(t, p)
	// ν = 0: w_i = max(0, μ_i/(λσ_i²)).
	want := []float64{0.05 / 0.4, 0.03 / 0.1, 0, 0.08 / 0.9}
	assertClose(t, "w", res.Weights, want, testTol)
	wantIdle := 1 - floats.Sum(want)
	if math.Abs(res.Idle-wantIdle) > testTol {
		t.Errorf("idle = %.15g, want %.15g", res.Idle, wantIdle)
	}
	// Objective Σ μ_i²/(2λσ_i²) over the positive μ.
	wantObj := 0.05*0.05/0.8 + 0.03*0.03/0.2 + 0.08*0.08/1.8
	if math.Abs(res.Objective-wantObj) > testTol {
		t.Errorf("objective = %.15g, want %.15g", res.Objective, wantObj)
	}
	checkKKT(t, p, res, testTol)
}

func TestDiagonalClosedFormBudgetBinds(t *testing.T) {
	// Unconstrained weights sum to > 1, so ν > 0 and idle sits at MinIdle.
	mu := []float64{0.06, 0.04, 0.09, 0.01}
	sig2 := []float64{0.01, 0.005, 0.02, 0.01}
	p := Problem{Mu: mu, Cov: diag(sig2...), RiskAversion: 5, Caps: ones(4, 1), MinIdle: 0.2}
	want, wantIdle := diagSolution(mu, sig2, 5, 0.2)
	if math.Abs(wantIdle-0.2) > 1e-12 {
		t.Fatalf("test setup: expected binding budget, idle %g", wantIdle)
	}
	if want[3] != 0 {
		t.Fatalf("test setup: expected w[3] clipped at 0, got %g", want[3])
	}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, want, testTol)
	if math.Abs(res.Idle-0.2) > testTol {
		t.Errorf("idle = %.15g, want MinIdle 0.2", res.Idle)
	}
	checkKKT(t, p, res, testTol)
}

func TestFullCovarianceClosedForm(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	const n = 6
	const lam = 4.0
	const minIdle = 0.1
	// Random positive definite Σ = AAᵀ/n + 0.001·I at APY-variance scale.
	a := mat.NewDense(n, n, nil)
	for i := range n {
		for j := range n {
			a.Set(i, j, 0.1*rnd.NormFloat64())
		}
	}
	sigma := mat.NewSymDense(n, nil)
	sigma.SymOuterK(1.0/n, a)
	for i := range n {
		sigma.SetSym(i, i, sigma.At(i, i)+0.001)
	}
	// Interior target weights summing to 1 − MinIdle and ν > 0 give
	// μ = λΣw* + ν·1, so that all sources are free and idle = MinIdle.
	wStar := []float64{0.1, 0.2, 0.15, 0.05, 0.25, 0.15}
	const nuStar = 0.02
	var muv mat.VecDense
	muv.MulVec(sigma, mat.NewVecDense(n, wStar))
	muv.ScaleVec(lam, &muv)
	mu := make([]float64, n)
	for i := range n {
		mu[i] = muv.AtVec(i) + nuStar
	}

	// Closed form: w = Σ⁻¹(μ − ν·1)/λ with 1ᵀw = 1 − MinIdle, i.e.
	// ν = (1ᵀΣ⁻¹μ − λ(1 − MinIdle)) / 1ᵀΣ⁻¹1.
	var chol mat.Cholesky
	if !chol.Factorize(sigma) {
		t.Fatal("Σ not positive definite")
	}
	var sInvMu, sInv1 mat.VecDense
	if err := chol.SolveVecTo(&sInvMu, mat.NewVecDense(n, mu)); err != nil {
		t.Fatal(err)
	}
	if err := chol.SolveVecTo(&sInv1, mat.NewVecDense(n, ones(n, 1))); err != nil {
		t.Fatal(err)
	}
	nu := (mat.Sum(&sInvMu) - lam*(1-minIdle)) / mat.Sum(&sInv1)
	want := make([]float64, n)
	for i := range n {
		want[i] = (sInvMu.AtVec(i) - nu*sInv1.AtVec(i)) / lam
	}
	if math.Abs(nu-nuStar) > 1e-12 {
		t.Fatalf("closed-form ν = %g, want %g", nu, nuStar)
	}
	assertClose(t, "closed form", want, wStar, 1e-12)

	p := Problem{Mu: mu, Cov: sigma, RiskAversion: lam, Caps: ones(n, 1), MinIdle: minIdle}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, want, testTol)
	if math.Abs(res.Idle-minIdle) > testTol {
		t.Errorf("idle = %.15g, want %g", res.Idle, minIdle)
	}
	checkKKT(t, p, res, testTol)
}

func TestLinearProgram(t *testing.T) {
	tests := []struct {
		name     string
		p        Problem
		want     []float64
		wantIdle float64
	}{
		{
			name: "fill by mu order",
			p: Problem{
				Mu:      []float64{0.03, 0.07, -0.02, 0.05},
				Caps:    []float64{0.5, 0.4, 0.9, 0.3},
				MinIdle: 0.1,
			},
			// Budget 0.9: source 1 takes 0.4, source 3 takes 0.3, source 0 the last 0.2.
			want:     []float64{0.2, 0.4, 0, 0.3},
			wantIdle: 0.1,
		},
		{
			name: "caps exhausted, negative mu idle",
			p: Problem{
				Mu:      []float64{0.03, -0.07, 0.05},
				Caps:    []float64{0.2, 1, 0.3},
				MinIdle: 0.05,
			},
			want:     []float64{0.2, 0, 0.3},
			wantIdle: 0.5,
		},
		{
			name: "zero mu stays idle",
			p: Problem{
				Mu:   []float64{0, 0.01},
				Caps: []float64{1, 0.5},
			},
			want:     []float64{0, 0.5},
			wantIdle: 0.5,
		},
		{
			name: "ties split equally subject to caps",
			p: Problem{
				Mu:      []float64{0.05, 0.05, 0.05},
				Caps:    []float64{0.1, 0.5, 0.5},
				MinIdle: 0.3,
			},
			// min(0.1, t) + 2t = 0.7 ⇒ t = 0.3.
			want:     []float64{0.1, 0.3, 0.3},
			wantIdle: 0.3,
		},
		{
			name: "lambda positive but nil cov",
			p: Problem{
				Mu:           []float64{0.02, 0.04},
				Caps:         []float64{1, 0.6},
				RiskAversion: 3,
			},
			want:     []float64{0.4, 0.6},
			wantIdle: 0,
		},
		{
			name: "lambda zero with cov",
			p: Problem{
				Mu:   []float64{0.04, 0.02},
				Cov:  diag(0.1, 0.2),
				Caps: []float64{0.7, 1},
			},
			want:     []float64{0.7, 0.3},
			wantIdle: 0,
		},
		{
			name: "zero cov matrix",
			p: Problem{
				Mu:           []float64{0.04, 0.02},
				Cov:          mat.NewSymDense(2, nil),
				RiskAversion: 2,
				Caps:         []float64{0.7, 1},
				MinIdle:      0.2,
			},
			want:     []float64{0.7, 0.1},
			wantIdle: 0.2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustSolve(t, tc.p)
			assertClose(t, "w", res.Weights, tc.want, 1e-15)
			if math.Abs(res.Idle-tc.wantIdle) > 1e-15 {
				t.Errorf("idle = %.17g, want %g", res.Idle, tc.wantIdle)
			}
			if res.Iterations != 0 {
				t.Errorf("iterations = %d, want 0 for a linear problem", res.Iterations)
			}
			wantObj := floats.Dot(tc.p.Mu, tc.want)
			if math.Abs(res.Objective-wantObj) > 1e-15 {
				t.Errorf("objective = %g, want %g", res.Objective, wantObj)
			}
			checkKKT(t, Problem{Mu: tc.p.Mu, Caps: tc.p.Caps, MinIdle: tc.p.MinIdle}, res, 1e-12)
		})
	}
}

func TestCapsBind(t *testing.T) {
	// Diagonal Σ: w_i = clamp(μ_i/(λσ_i²), 0, c_i) while the budget is slack.
	mu := []float64{0.08, 0.05, 0.02}
	sig2 := []float64{0.01, 0.02, 0.04}
	caps := []float64{0.3, 0.2, 0.5}
	p := Problem{Mu: mu, Cov: diag(sig2...), RiskAversion: 4, Caps: caps}
	res := mustSolve(t, p)
	// Unconstrained: 2, 0.625, 0.125 ⇒ caps bind on sources 0 and 1.
	want := []float64{0.3, 0.2, 0.125}
	assertClose(t, "w", res.Weights, want, testTol)
	if math.Abs(res.Idle-0.375) > testTol {
		t.Errorf("idle = %g, want 0.375", res.Idle)
	}
	checkKKT(t, p, res, testTol)
}

func TestMinIdleBinds(t *testing.T) {
	// Two identical uncorrelated sources with large return: the budget
	// binds, the symmetric solution splits 1 − MinIdle equally.
	p := Problem{Mu: []float64{0.1, 0.1}, Cov: diag(0.01, 0.01), RiskAversion: 1, Caps: ones(2, 1), MinIdle: 0.4}
	res := mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0.3, 0.3}, testTol)
	if math.Abs(res.Idle-0.4) > testTol {
		t.Errorf("idle = %g, want 0.4", res.Idle)
	}
	checkKKT(t, p, res, testTol)

	// MinIdle = 1 forces everything idle.
	p.MinIdle = 1
	res = mustSolve(t, p)
	assertClose(t, "w", res.Weights, []float64{0, 0}, 0)
	if res.Idle != 1 {
		t.Errorf("idle = %g, want 1", res.Idle)
	}
}

func TestAllNegativeMuIdle(t *testing.T) {
	mu := []float64{-0.01, -0.02, -0.001}
	for _, p := range []Problem{
		{Mu: mu, Caps: ones(3, 1)},
		{Mu: mu, Cov: diag(0.01, 0.02, 0.03), RiskAversion: 2, Caps: ones(3, 1), Current: []float64{0.3, 0.3, 0.3}},
	} {
		res := mustSolve(t, p)
		assertClose(t, "w", res.Weights, []float64{0, 0, 0}, testTol)
		if math.Abs(res.Idle-1) > testTol {
			t.Errorf("idle = %g, want 1", res.Idle)
		}
		checkKKT(t, p, res, testTol)
	}
}

// randomProblem returns a random problem with n sources. Σ = AAᵀ/k with k
// columns, so k < n gives a singular covariance.
func randomProblem(rnd *rand.Rand, n, k int) Problem {
	a := mat.NewDense(n, k, nil)
	for i := range n {
		for j := range k {
			a.Set(i, j, 0.1*rnd.NormFloat64())
		}
	}
	cov := mat.NewSymDense(n, nil)
	cov.SymOuterK(1/float64(k), a)
	p := Problem{
		Mu:           make([]float64, n),
		Cov:          cov,
		RiskAversion: 0.1 + 50*rnd.Float64(),
		Caps:         make([]float64, n),
		MinIdle:      0.5 * rnd.Float64(),
	}
	for i := range n {
		p.Mu[i] = -0.02 + 0.12*rnd.Float64()
		switch u := rnd.Float64(); {
		case u < 0.1:
			p.Caps[i] = 0
		case u < 0.3:
			p.Caps[i] = 1
		default:
			p.Caps[i] = rnd.Float64()
		}
	}
	if rnd.IntN(2) == 0 {
		p.Current = make([]float64, n)
		for i := range n {
			p.Current[i] = rnd.Float64() / float64(n)
		}
	}
	return p
}

func TestKKTRandom(t *testing.T) {
	rnd := rand.New(rand.NewPCG(42, 7))
	for trial := range 300 {
		n := 1 + rnd.IntN(15)
		k := n
		if trial%3 == 0 {
			k = 1 + rnd.IntN(n) // possibly singular Σ
		}
		p := randomProblem(rnd, n, k)
		res, err := Solve(p)
		if err != nil {
			t.Fatalf("trial %d (n=%d k=%d): %v", trial, n, k, err)
		}
		if res.KKTResidual > 1e-10 {
			t.Errorf("trial %d: KKT residual %g", trial, res.KKTResidual)
		}
		checkKKT(t, p, res, testTol)
		if d := res.Objective - objectiveOf(p, res.Weights, res.CovShift); math.Abs(d) > 1e-14 {
			t.Errorf("trial %d: reported objective off by %g", trial, d)
		}
		// The warm start must not change the optimum.
		q := p
		q.Current = nil
		cold, err := Solve(q)
		if err != nil {
			t.Fatalf("trial %d cold: %v", trial, err)
		}
		if cold.Objective < res.Objective-1e-12 || res.Objective < cold.Objective-1e-12 {
			t.Errorf("trial %d: warm objective %.15g, cold %.15g", trial, res.Objective, cold.Objective)
		}
		if t.Failed() {
			t.Fatalf("trial %d: problem %+v", trial, p)
		}
	}
}

// gridBest returns the best objective over the grid w_i ∈ {0, h, 2h, …}
// with w_i ≤ c_i and Σw ≤ 1 − MinIdle.
func gridBest(p Problem, steps int) float64 {
	n := len(p.Mu)
	h := 1 / float64(steps)
	best := math.Inf(-1)
	w := make([]float64, n)
	var rec func(i int, rem float64)
	rec = func(i int, rem float64) {
		if i == n {
			best = math.Max(best, objectiveOf(p, w, 0))
			return
		}
		for k := 0; k <= steps; k++ {
			v := float64(k) * h
			if v > p.Caps[i] || v > rem+1e-15 {
				break
			}
			w[i] = v
			rec(i+1, rem-v)
		}
		w[i] = 0
	}
	rec(0, 1-p.MinIdle)
	return best
}

func TestBruteForceGrid(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 9))
	for trial := range 40 {
		n := 2 + trial%2
		steps := 200
		if n == 3 {
			steps = 60
		}
		p := randomProblem(rnd, n, n)
		p.RiskAversion = 0.5 + 20*rnd.Float64()
		res := mustSolve(t, p)
		grid := gridBest(p, steps)
		if grid > res.Objective+1e-9 {
			t.Errorf("trial %d: grid objective %.12g > solver %.12g", trial, grid, res.Objective)
		}
		// Sanity: the grid gets reasonably close, so the comparison is not vacuous.
		if res.Objective-grid > 0.01 {
			t.Errorf("trial %d: solver %.6g far above grid %.6g", trial, res.Objective, grid)
		}
	}
}

func TestNonPSDRepaired(t *testing.T) {
	// Eigenvalues of [[1, 2], [2, 1]] are −1 and 3 ⇒ shift 1 ⇒ [[2, 2], [2, 2]].
	cov := mat.NewSymDense(2, []float64{1, 2, 2, 1})
	p := Problem{Mu: []float64{0.05, 0.03}, Cov: cov, RiskAversion: 1, Caps: ones(2, 1)}
	res := mustSolve(t, p)
	if math.Abs(res.CovShift-1) > 1e-12 {
		t.Errorf("CovShift = %.15g, want 1", res.CovShift)
	}
	if cov.At(0, 0) != 1 || cov.At(0, 1) != 2 {
		t.Errorf("input covariance modified: %v", mat.Formatted(cov))
	}
	// Σ̃ = 2·11ᵀ: only s = w₀+w₁ carries risk; the better source takes it
	// all: maximise 0.05s − s² ⇒ s = 0.025, w = (0.025, 0).
	assertClose(t, "w", res.Weights, []float64{0.025, 0}, testTol)
	checkKKT(t, p, res, testTol)

	fixed := Problem{Mu: p.Mu, Cov: mat.NewSymDense(2, []float64{2, 2, 2, 2}), RiskAversion: 1, Caps: ones(2, 1)}
	ref := mustSolve(t, fixed)
	if ref.CovShift != 0 {
		t.Errorf("PSD input shifted by %g", ref.CovShift)
	}
	assertClose(t, "w vs shifted", res.Weights, ref.Weights, testTol)
}

func TestInvalidInputs(t *testing.T) {
	valid := func() Problem {
		return Problem{
			Mu:           []float64{0.05, 0.03, 0.04},
			Cov:          diag(0.01, 0.02, 0.03),
			RiskAversion: 2,
			Caps:         []float64{0.5, 0.5, 0.5},
			MinIdle:      0.1,
			Current:      []float64{0.2, 0.2, 0.2},
		}
	}
	if _, err := Solve(valid()); err != nil {
		t.Fatalf("valid problem: %v", err)
	}
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name   string
		modify func(*Problem)
		want   string
	}{
		{"empty mu", func(p *Problem) { p.Mu, p.Caps, p.Current, p.Cov = nil, nil, nil, nil }, "len(Mu) = 0"},
		{"caps length", func(p *Problem) { p.Caps = p.Caps[:2] }, "len(Caps) = 2"},
		{"current length", func(p *Problem) { p.Current = []float64{0.1} }, "len(Current) = 1"},
		{"mu NaN", func(p *Problem) { p.Mu[1] = nan }, "Mu[1] = NaN"},
		{"mu Inf", func(p *Problem) { p.Mu[2] = inf }, "Mu[2] = +Inf"},
		{"caps negative", func(p *Problem) { p.Caps[2] = -0.1 }, "Caps[2] = -0.1: must be in [0, 1]"},
		{"caps above one", func(p *Problem) { p.Caps[0] = 1.5 }, "Caps[0] = 1.5"},
		{"caps NaN", func(p *Problem) { p.Caps[1] = nan }, "Caps[1] = NaN"},
		{"current NaN", func(p *Problem) { p.Current[0] = nan }, "Current[0] = NaN"},
		{"current Inf", func(p *Problem) { p.Current[2] = math.Inf(-1) }, "Current[2] = -Inf"},
		{"lambda negative", func(p *Problem) { p.RiskAversion = -1 }, "RiskAversion = -1"},
		{"lambda NaN", func(p *Problem) { p.RiskAversion = nan }, "RiskAversion = NaN"},
		{"lambda Inf", func(p *Problem) { p.RiskAversion = inf }, "RiskAversion = +Inf"},
		{"minIdle negative", func(p *Problem) { p.MinIdle = -0.2 }, "MinIdle = -0.2"},
		{"minIdle above one", func(p *Problem) { p.MinIdle = 1.01 }, "MinIdle = 1.01"},
		{"minIdle NaN", func(p *Problem) { p.MinIdle = nan }, "MinIdle = NaN"},
		{"cov dimension", func(p *Problem) { p.Cov = diag(0.1, 0.1) }, "Cov is 2×2"},
		{"cov empty", func(p *Problem) { p.Cov = &mat.SymDense{} }, "Cov is 0×0"},
		{"cov NaN", func(p *Problem) { p.Cov.SetSym(0, 2, nan) }, "Cov[0,2] = NaN"},
		{"cov Inf", func(p *Problem) { p.Cov.SetSym(1, 1, inf) }, "Cov[1,1] = +Inf"},
		{"cov negative diagonal", func(p *Problem) { p.Cov.SetSym(2, 2, -0.5) }, "Cov[2,2] = -0.5: diagonal must be >= 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := valid()
			tc.modify(&p)
			res, err := Solve(p)
			if err == nil {
				t.Fatalf("no error, result %+v", res)
			}
			if !strings.HasPrefix(err.Error(), "meanvar: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestNotConverged(t *testing.T) {
	saved := maxIterations
	maxIterations = 3
	defer func() { maxIterations = saved }()
	rnd := rand.New(rand.NewPCG(5, 5))
	p := randomProblem(rnd, 12, 12)
	p.Current = nil
	res, err := Solve(p)
	if !errors.Is(err, ErrNotConverged) {
		t.Fatalf("err = %v, want ErrNotConverged", err)
	}
	if res.Iterations != 3 || len(res.Weights) != 12 {
		t.Errorf("result %+v: want last iterate after 3 iterations", res)
	}
}

func TestDeterministic(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 13))
	p := randomProblem(rnd, 10, 10)
	a := mustSolve(t, p)
	for range 5 {
		b := mustSolve(t, p)
		for i := range a.Weights {
			if a.Weights[i] != b.Weights[i] {
				t.Fatalf("run differs: %v vs %v", a.Weights, b.Weights)
			}
		}
		if a.Idle != b.Idle || a.Iterations != b.Iterations {
			t.Fatalf("run differs: %+v vs %+v", a, b)
		}
	}
}

func TestProjection(t *testing.T) {
	// Compare the exact projection against a bisection on τ.
	rnd := rand.New(rand.NewPCG(17, 19))
	for range 500 {
		n := 1 + rnd.IntN(10)
		lo := make([]float64, n+1)
		up := make([]float64, n+1)
		v := make([]float64, n+1)
		for i := range n {
			up[i] = rnd.Float64()
			if rnd.IntN(5) == 0 {
				up[i] = 0
			}
		}
		lo[n], up[n] = rnd.Float64(), 1
		for i := range v {
			v[i] = 3 * rnd.NormFloat64()
		}
		s := newTestQP(n, lo, up)
		got := make([]float64, n+1)
		s.prox(got, v, nil, &s.tauI, &s.thetaI)
		h := func(tau float64) float64 {
			var sum float64
			for i := range v {
				sum += clamp(v[i]-tau, lo[i], up[i])
			}
			return sum
		}
		a, b := -100.0, 100.0
		for range 300 {
			mid := (a + b) / 2
			if h(mid) >= 1 {
				a = mid
			} else {
				b = mid
			}
		}
		want := make([]float64, n+1)
		for i := range v {
			want[i] = clamp(v[i]-a, lo[i], up[i])
		}
		assertClose(t, "projection", got, want, 1e-12)
		if s := floats.Sum(got); math.Abs(s-1) > 1e-14 {
			t.Fatalf("projection sums to %.17g", s)
		}
	}
}

// BenchmarkSolvePlain is the classical mean-variance problem without rate
// impact, costs or turnover limit, at 20 sources.
func BenchmarkSolvePlain(b *testing.B) {
	rnd := rand.New(rand.NewPCG(2024, 1))
	const n = 20
	p := randomProblem(rnd, n, n)
	p.RiskAversion = 10
	p.MinIdle = 0.05
	for i := range n {
		p.Caps[i] = 0.1 + 0.4*rnd.Float64()
	}
	p.Current = nil
	if _, err := Solve(p); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Solve(p); err != nil {
			b.Fatal(err)
		}
	}
}
