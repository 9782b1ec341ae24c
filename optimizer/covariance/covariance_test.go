package covariance

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// symEqual reports whether a and b (p×p) agree entrywise within tol·max(1, |b|).
func symEqual(t *testing.T, what string, got mat.Symmetric, want [][]float64, tol float64) {
	t.Helper()
	p := got.SymmetricDim()
	if p != len(want) {
		t.Fatalf("%s: dimension %d, want %d", what, p, len(want))
	}
	for j := range p {
		for k := range p {
			if g, w := got.At(j, k), want[j][k]; math.Abs(g-w) > tol*math.Max(1, math.Abs(w)) {
				t.Errorf("%s[%d,%d] = %.17g, want %.17g", what, j, k, g, w)
			}
		}
	}
}

func TestSampleHand(t *testing.T) {
	// Means (3, 5); deviations (−2, 0, 2) and (−3, 1, 2):
	// S00 = (4+0+4)/2 = 4, S11 = (9+1+4)/2 = 7, S01 = (6+0+4)/2 = 5.
	x := mat.NewDense(3, 2, []float64{1, 2, 3, 6, 5, 7})
	s, err := Sample(x)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "Sample", s, [][]float64{{4, 5}, {5, 7}}, 1e-15)
}

// TestSampleMatchesGonum cross-checks Sample with gonum's stat.CovarianceMatrix
// (unweighted, divisor T−1).
func TestSampleMatchesGonum(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	x := randDense(rnd, 40, 7)
	s, err := Sample(x)
	if err != nil {
		t.Fatal(err)
	}
	var want mat.SymDense
	stat.CovarianceMatrix(&want, x, nil)
	if !mat.EqualApprox(s, &want, 1e-14) {
		t.Errorf("Sample differs from stat.CovarianceMatrix:\n%v\n%v", mat.Formatted(s), mat.Formatted(&want))
	}
}

func TestEWMAHand(t *testing.T) {
	// Half-life 1: λ = ½, raw weights (¼, ½, 1), normalised w = (1, 2, 4)/7,
	// Σw² = 21/49 = 3/7, divisor 1 − 3/7 = 4/7.
	// Column 0 = (0, 7, 0): m = 2, deviations (−2, 5, −2),
	//   Σ w·d² = (4 + 50 + 16)/7 = 10, S00 = 10·7/4 = 17.5.
	// Column 1 = (0, 0, 7): m = 4, deviations (−4, −4, 3),
	//   Σ w·d² = (16 + 32 + 36)/7 = 12, S11 = 21.
	// Σ w·d0·d1 = (8 − 40 − 24)/7 = −8, S01 = −14.
	x := mat.NewDense(3, 2, []float64{0, 0, 7, 0, 0, 7})
	s, err := EWMA(x, 1)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "EWMA", s, [][]float64{{17.5, -14}, {-14, 21}}, 1e-14)

	// A half-life of +Inf is the sample covariance.
	s, err = EWMA(x, math.Inf(1))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Sample(x)
	if !mat.EqualApprox(s, want, 1e-14) {
		t.Errorf("EWMA(+Inf) = %v, want Sample %v", mat.Formatted(s), mat.Formatted(want))
	}

	// With two rows the bias-corrected weighted variance is (x₁ − x₀)²/2
	// whatever the weights: w₀w₁(x₁−x₀)² / (1 − w₀² − w₁²) = (x₁−x₀)²/2.
	x2 := mat.NewDense(2, 2, []float64{0, 0, 3, 6})
	s, err = EWMA(x2, 0.3)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "EWMA two rows", s, [][]float64{{4.5, 9}, {9, 18}}, 1e-14)
}

// TestEWMAUnbiased checks E[S] = Σ for independent rows, which is what the
// divisor 1 − Σw² is for: without it the average would be (1 − Σw²)·Σ.
func TestEWMAUnbiased(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	const reps, T, hl = 40000, 6, 1.5
	sigma := [][]float64{{2, 0.6}, {0.6, 1}}
	chol := [][]float64{{math.Sqrt(2), 0}, {0.6 / math.Sqrt(2), math.Sqrt(1 - 0.18)}}
	sum := mat.NewSymDense(2, nil)
	x := mat.NewDense(T, 2, nil)
	for range reps {
		for r := range T {
			z0, z1 := rnd.NormFloat64(), rnd.NormFloat64()
			x.Set(r, 0, chol[0][0]*z0)
			x.Set(r, 1, chol[1][0]*z0+chol[1][1]*z1)
		}
		s, err := EWMA(x, hl)
		if err != nil {
			t.Fatal(err)
		}
		sum.AddSym(sum, s)
	}
	sum.ScaleSym(1.0/reps, sum)
	// Relative standard error of each mean entry is ≈ 1/√(reps·n_eff/2) < 1%.
	symEqual(t, "mean EWMA", sum, sigma, 0.03)
}

func TestLedoitWolfHand(t *testing.T) {
	// Rows (1,0), (−1,0), (0,2), (0,−2): mean 0, Sₙ = diag(½, 2), m = 5/4,
	// ‖A‖² = tr(AAᵀ)/2:
	//   d² = ‖diag(−¾, ¾)‖² = (9/16 + 9/16)/2 = 9/16,
	//   y yᵀ − Sₙ = diag(½, −2) for the first two rows, diag(−½, 2) for the
	//   others, each with ‖·‖² = (¼ + 4)/2 = 17/8,
	//   b̄² = (1/16)·4·17/8 = 17/32 < d², so δ = (17/32)/(9/16) = 17/18.
	// On the unbiased scale S = (4/3)·Sₙ = diag(2/3, 8/3), m' = 5/3:
	//   Σ̂ = (17/18)(5/3)·I + (1/18)·S = diag(87/54, 93/54) = diag(29/18, 31/18).
	x := mat.NewDense(4, 2, []float64{1, 0, -1, 0, 0, 2, 0, -2})
	s, delta, err := LedoitWolf(x)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(delta-17.0/18) > 1e-15 {
		t.Errorf("intensity %.17g, want 17/18", delta)
	}
	symEqual(t, "LedoitWolf", s, [][]float64{{29.0 / 18, 0}, {0, 31.0 / 18}}, 1e-15)

	// A sample covariance that is already a multiple of the identity has
	// d² = 0: nothing to shrink, δ = 0, and the result is Sample.
	x = mat.NewDense(4, 2, []float64{1, 0, -1, 0, 0, 1, 0, -1})
	s, delta, err = LedoitWolf(x)
	if err != nil {
		t.Fatal(err)
	}
	if delta != 0 {
		t.Errorf("intensity %v for S ∝ I, want 0", delta)
	}
	symEqual(t, "LedoitWolf(S ∝ I)", s, [][]float64{{2.0 / 3, 0}, {0, 2.0 / 3}}, 1e-15)
}

// TestLedoitWolfLimits checks the intensity in its two limits by seeded
// simulation.
//
// p ≫ T, Σ = I (the target is exact, d² = 0): then d̂² ≈ E‖Sₙ − Σ‖² = β², and
// Σ_t ‖y_t y_tᵀ − Sₙ‖² = Σ_t ‖y_t y_tᵀ − Σ‖² − T·‖Sₙ − Σ‖² gives
// b̄² ≈ β²·(1 − 1/T) for known mean; estimating the mean costs one more
// observation, so δ → 1 − 2/T as p → ∞ (0.8 for T = 10), which itself tends to
// 1 as T grows.
//
// T → ∞ with fixed p: for Gaussian rows, T·b² → ((tr Σ)² + tr(Σ²))/p and
// d² → ‖Σ − (trΣ/p)·I‖_F²/p, so T·δ tends to
// ((tr Σ)² + tr(Σ²)) / ‖Σ − (trΣ/p)·I‖_F², which is (100 + 30)/5 = 26 for
// Σ = diag(1, 2, 3, 4).
func TestLedoitWolfLimits(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))

	for _, dims := range [][2]int{{10, 200}, {10, 1000}, {20, 500}, {50, 2000}} {
		T, p := dims[0], dims[1]
		_, delta, err := LedoitWolf(randDense(rnd, T, p))
		if err != nil {
			t.Fatal(err)
		}
		want := 1 - 2/float64(T)
		t.Logf("Σ = I, T = %d, p = %4d: δ = %.4f (limit 1 − 2/T = %.4f)", T, p, delta, want)
		if math.Abs(delta-want) > 0.02 {
			t.Errorf("T = %d, p = %d: intensity %v, want %v ± 0.02", T, p, delta, want)
		}
	}

	// Fixed p = 4, Σ = diag(1, 2, 3, 4), T → ∞: δ → 0 like 26/T.
	sd := []float64{1, math.Sqrt2, math.Sqrt(3), 2}
	prev := math.Inf(1)
	for _, T := range []int{30, 300, 3000, 30000, 300000} {
		x := randDense(rnd, T, 4)
		for r := range T {
			for j := range 4 {
				x.Set(r, j, x.At(r, j)*sd[j])
			}
		}
		_, delta, err := LedoitWolf(x)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("Σ = diag(1,2,3,4), T = %6d: δ = %.6f, T·δ = %.2f (limit 26)", T, delta, float64(T)*delta)
		if delta >= prev {
			t.Errorf("T = %d: intensity %v did not fall (previous %v)", T, delta, prev)
		}
		prev = delta
		if T >= 30000 {
			if got := float64(T) * delta; math.Abs(got-26) > 0.05*26 {
				t.Errorf("T = %d: T·δ = %v, want 26 within 5%%", T, got)
			}
		}
	}
}

func TestRepairPSDHand(t *testing.T) {
	// [[1,2],[2,1]] has eigenvalues 3 on (1,1)/√2 and −1 on (1,−1)/√2.
	a := mat.NewSymDense(2, []float64{1, 2, 2, 1})
	for _, tc := range []struct {
		floor float64
		want  [][]float64
		dist  float64
	}{
		// 3·½[[1,1],[1,1]]; distance |0 − (−1)| = 1.
		{0, [][]float64{{1.5, 1.5}, {1.5, 1.5}}, 1},
		// + ½·½[[1,−1],[−1,1]]; distance ½ − (−1) = 1.5.
		{0.5, [][]float64{{1.75, 1.25}, {1.25, 1.75}}, 1.5},
	} {
		r, rep, err := RepairPSD(a, tc.floor)
		if err != nil {
			t.Fatal(err)
		}
		symEqual(t, "RepairPSD", r, tc.want, 1e-15)
		if rep.Clipped != 1 || math.Abs(rep.MinEigen+1) > 1e-15 || math.Abs(rep.Distance-tc.dist) > 1e-15 {
			t.Errorf("floor %v: report %+v, want 1 clipped, min −1, distance %v", tc.floor, rep, tc.dist)
		}
		if got := frobDist(r, a); math.Abs(got-rep.Distance) > 1e-14 {
			t.Errorf("floor %v: ‖S⁺ − S‖_F = %v, reported %v", tc.floor, got, rep.Distance)
		}
	}
}

// TestRepairPSDRandom compares RepairPSD with the analytic answer
// Q·max(Λ, f)·Qᵀ on matrices of known spectrum, checks that it is the
// projection onto the PSD cone (f = 0: S⁺ ⪰ 0, S⁺ − S ⪰ 0 and
// ⟨S⁺, S⁺ − S⟩ = 0, which characterise the nearest PSD matrix in the
// Frobenius norm), that no random PSD matrix is nearer, and idempotence.
func TestRepairPSDRandom(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	for trial := range 200 {
		p := 2 + rnd.IntN(12)
		q := randOrthogonal(rnd, p)
		lam := make([]float64, p)
		for i := range lam {
			lam[i] = rnd.NormFloat64() * math.Pow(10, -3*rnd.Float64())
		}
		lam[0] = -math.Abs(lam[0]) - 0.01 // at least one negative
		s := fromSpectrum(q, lam)
		floor := 0.0
		if trial%2 == 1 {
			floor = 0.01 * rnd.Float64()
		}
		r, rep, err := RepairPSD(s, floor)
		if err != nil {
			t.Fatal(err)
		}
		clipped := make([]float64, p)
		var dist2 float64
		nClip := 0
		for i, l := range lam {
			clipped[i] = math.Max(l, floor)
			if l < floor {
				nClip++
				dist2 += (floor - l) * (floor - l)
			}
		}
		want := fromSpectrum(q, clipped)
		if !mat.EqualApprox(r, want, 1e-13) {
			t.Fatalf("trial %d: RepairPSD differs from Q·max(Λ, f)·Qᵀ by %g", trial, frobDist(r, want))
		}
		if rep.Clipped != nClip || math.Abs(rep.Distance-math.Sqrt(dist2)) > 1e-13 {
			t.Errorf("trial %d: report %+v, want %d clipped, distance %v", trial, rep, nClip, math.Sqrt(dist2))
		}
		if d := frobDist(r, s); math.Abs(d-rep.Distance) > 1e-13 {
			t.Errorf("trial %d: ‖S⁺ − S‖_F = %v, reported %v", trial, d, rep.Distance)
		}
		if floor == 0 {
			diff := mat.NewSymDense(p, nil)
			for j := range p {
				for k := j; k < p; k++ {
					diff.SetSym(j, k, r.At(j, k)-s.At(j, k))
				}
			}
			if m := minEigen(r); m < -1e-13 {
				t.Errorf("trial %d: λ_min(S⁺) = %v", trial, m)
			}
			if m := minEigen(diff); m < -1e-13 {
				t.Errorf("trial %d: λ_min(S⁺ − S) = %v", trial, m)
			}
			if ip := frobInner(r, diff); math.Abs(ip) > 1e-13 {
				t.Errorf("trial %d: ⟨S⁺, S⁺ − S⟩ = %v, want 0", trial, ip)
			}
			// No random PSD matrix (a Gram matrix) is nearer.
			for range 20 {
				var g mat.SymDense
				g.SymOuterK(rnd.Float64(), randDense(rnd, p, 1+rnd.IntN(p)))
				g.AddSym(&g, r) // near S⁺ as well as far from it
				if frobDist(&g, s) < rep.Distance-1e-13 {
					t.Errorf("trial %d: a PSD matrix at distance %v beats %v", trial, frobDist(&g, s), rep.Distance)
				}
			}
		} else if m := minEigen(r); m < floor-1e-13 {
			t.Errorf("trial %d: λ_min(S⁺) = %v below floor %v", trial, m, floor)
		}

		// Idempotent: a second repair changes nothing, bit for bit.
		r2, rep2, err := RepairPSD(r, floor)
		if err != nil {
			t.Fatal(err)
		}
		if rep2.Clipped != 0 || !mat.Equal(r2, r) {
			t.Errorf("trial %d: second repair clipped %d (min eigenvalue %v), distance %v",
				trial, rep2.Clipped, rep2.MinEigen, rep2.Distance)
		}
	}
}

func TestRepairPSDUnchanged(t *testing.T) {
	rnd := rand.New(rand.NewPCG(9, 10))
	// A covariance matrix of data (PSD, here singular: 3 rows, 5 columns)
	// comes back bit for bit, including its zero eigenvalues.
	s, err := Sample(randDense(rnd, 3, 5))
	if err != nil {
		t.Fatal(err)
	}
	r, rep, err := RepairPSD(s, 0)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Clipped != 0 || rep.Distance != 0 || !mat.Equal(r, s) {
		t.Errorf("PSD input changed: %+v", rep)
	}
	if r == s {
		t.Error("RepairPSD returned its argument, want a copy")
	}
}

func TestRepairPSDErrors(t *testing.T) {
	bad := mat.NewSymDense(2, []float64{1, math.NaN(), math.NaN(), 1})
	for _, tc := range []struct {
		s     *mat.SymDense
		floor float64
		want  string
	}{
		{nil, 0, "covariance.RepairPSD: no matrix (nil or empty)"},
		{mat.NewSymDense(2, nil), -1, "covariance.RepairPSD: floor -1: must be finite and ≥ 0"},
		{mat.NewSymDense(2, nil), math.NaN(), "covariance.RepairPSD: floor NaN: must be finite and ≥ 0"},
		{bad, 0, "covariance.RepairPSD: entry (0, 1) is NaN: not finite"},
	} {
		_, _, err := RepairPSD(tc.s, tc.floor)
		if err == nil || err.Error() != tc.want {
			t.Errorf("got %v, want %s", err, tc.want)
		}
	}
}

func TestErrors(t *testing.T) {
	one := mat.NewDense(1, 3, []float64{1, 2, 3})
	nan := mat.NewDense(2, 2, []float64{1, 2, 3, math.NaN()})
	for _, tc := range []struct {
		err  error
		want string
		is   error
	}{
		{second(Sample(nil)), "covariance.Sample: no data (nil or empty matrix)", nil},
		{second(Sample(one)), "covariance.Sample: 1×3 matrix has 1 row, need at least 2: too few observations", ErrTooFewObservations},
		{second(Sample(nan)), "covariance.Sample: entry (1, 1) is NaN (use Pairwise for data with gaps): not finite", ErrNotFinite},
		{second(EWMA(nan, 0)), "covariance.EWMA: half-life 0: must be positive", nil},
		{second(EWMA(nan, math.NaN())), "covariance.EWMA: half-life NaN: must be positive", nil},
		{second(EWMA(nan, 3)), "covariance.EWMA: entry (1, 1) is NaN (use Pairwise for data with gaps): not finite", ErrNotFinite},
		{third(LedoitWolf(one)), "covariance.LedoitWolf: 1×3 matrix has 1 row, need at least 2: too few observations", ErrTooFewObservations},
		{second(Diff(one)), "covariance.Diff: 1×3 matrix has 1 row, need at least 2: too few observations", ErrTooFewObservations},
		{second(EWMA(mat.NewDense(3, 1, []float64{1, 2, 4}), 0.001)),
			"covariance.EWMA: half-life 0.001 is too short: all weight is on the last row", nil},
		{second(Pairwise(mat.NewDense(3, 1, []float64{1, 2, 4}), 0.001, 2, []string{"a"})),
			`covariance.Pairwise: half-life 0.001 is too short for sources "a" (column 0) and "a" (column 0): all weight is on one observation`, nil},
		{second(Pairwise(nan, -1, 2, nil)), "covariance.Pairwise: half-life -1: must be positive", nil},
		{second(Pairwise(nan, 1, 2, []string{"a"})), "covariance.Pairwise: 1 names for 2 columns", nil},
		{second(Pairwise(mat.NewDense(2, 1, []float64{1, math.Inf(-1)}), 1, 2, []string{"a"})),
			`covariance.Pairwise: entry (1, 0) of "a" (column 0) is -Inf: not finite`, ErrNotFinite},
		{third(ChangeCov(nan, nil, Options{Window: -1})), "covariance.ChangeCov: window -1: must be ≥ 0", nil},
		{third(ChangeCov(nan, nil, Options{HalfLife: -2})), "covariance.ChangeCov: half-life -2: must be ≥ 0 (0 for equal weights)", nil},
		{third(ChangeCov(nan, nil, Options{RelFloor: 2})), "covariance.ChangeCov: relative floor 2: must be in [0, 1]", nil},
		{third(ChangeCov(one, nil, Options{})),
			"covariance.ChangeCov: changes of the levels: covariance.Diff: 1×3 matrix has 1 row, need at least 2: too few observations", ErrTooFewObservations},
	} {
		if tc.err == nil || tc.err.Error() != tc.want {
			t.Errorf("got %v\nwant %s", tc.err, tc.want)
			continue
		}
		if tc.is != nil && !errors.Is(tc.err, tc.is) {
			t.Errorf("%v does not wrap %v", tc.err, tc.is)
		}
	}
}

func TestDiff(t *testing.T) {
	nan := math.NaN()
	x := mat.NewDense(4, 2, []float64{
		nan, 1,
		2, 3,
		5, nan,
		4, 10,
	})
	d, err := Diff(x)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{nan, 2}, {3, nan}, {-1, nan}}
	for i := range want {
		for j := range want[i] {
			g, w := d.At(i, j), want[i][j]
			if math.IsNaN(w) != math.IsNaN(g) || (!math.IsNaN(w) && g != w) {
				t.Errorf("Δ[%d,%d] = %v, want %v", i, j, g, w)
			}
		}
	}
}

func TestPairwiseHand(t *testing.T) {
	nan := math.NaN()
	// Column a = (1, 3, 5, NaN), b = (NaN, 2, 6, 7).
	// S_aa over rows 0–2: mean 3, (4+0+4)/2 = 4.
	// S_bb over rows 1–3: mean 5, (9+1+4)/2 = 7.
	// S_ab over rows 1–2: means (4, 4), ((−1)(−2) + (1)(2))/1 = 4.
	x := mat.NewDense(4, 2, []float64{1, nan, 3, 2, 5, 6, nan, 7})
	names := []string{"a", "b"}
	s, err := Pairwise(x, math.Inf(1), 2, names)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "Pairwise", s, [][]float64{{4, 4}, {4, 7}}, 1e-15)

	_, err = Pairwise(x, math.Inf(1), 3, names)
	want := `covariance.Pairwise: sources "a" (column 0) and "b" (column 1) have 2 common observations, need at least 3: too few observations`
	if err == nil || err.Error() != want || !errors.Is(err, ErrTooFewObservations) {
		t.Errorf("got %v, want %s", err, want)
	}
	_, err = Pairwise(x, math.Inf(1), 4, nil)
	want = `covariance.Pairwise: source column 0 has 3 observations, need at least 4: too few observations`
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestPairwiseComplete: without NaNs Pairwise is EWMA (and Sample).
func TestPairwiseComplete(t *testing.T) {
	rnd := rand.New(rand.NewPCG(11, 12))
	x := randDense(rnd, 30, 6)
	for _, hl := range []float64{0.7, 5, math.Inf(1)} {
		got, err := Pairwise(x, hl, 2, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, err := EWMA(x, hl)
		if err != nil {
			t.Fatal(err)
		}
		if !mat.EqualApprox(got, want, 1e-13) {
			t.Errorf("half-life %v: Pairwise ≠ EWMA by %g", hl, frobDist(got, want))
		}
	}
}

// TestPairwiseOldOverlap: a pair whose common rows are so old that
// λ^(T−1−t) underflows still gets the EWMA of those rows (the weights are
// relative to the pair's latest common row).
func TestPairwiseOldOverlap(t *testing.T) {
	rnd := rand.New(rand.NewPCG(15, 16))
	const T, hl = 3000, 1.0 // 2^-2990 underflows to 0
	x := mat.NewDense(T, 2, nil)
	for i := range T {
		x.Set(i, 0, rnd.NormFloat64())
		x.Set(i, 1, math.NaN())
		if i < 10 {
			x.Set(i, 1, rnd.NormFloat64())
		}
	}
	s, err := Pairwise(x, hl, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	want, err := EWMA(x.Slice(0, 10, 0, 2).(*mat.Dense), hl)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range [][2]int{{0, 1}, {1, 1}} {
		if g, w := s.At(e[0], e[1]), want.At(e[0], e[1]); math.IsNaN(g) || math.Abs(g-w) > 1e-13*math.Abs(w) {
			t.Errorf("S[%d,%d] = %v, want %v", e[0], e[1], g, w)
		}
	}
}

// TestChangeCovIndefinite builds levels whose pairwise changes have
// correlations ρ(a,b) = ρ(b,c) = 1 and ρ(a,c) = −1, which no covariance
// matrix has, and checks that ChangeCov repairs the result.
func TestChangeCovIndefinite(t *testing.T) {
	nan := math.NaN()
	// Segment 1 (a, b listed): equal changes (1, 2, −1).
	// Segment 2 (b, c listed): equal changes (2, −1, 1).
	// Segment 3 (a, c listed): opposite changes (1, 2, −1) / (−1, −2, 1).
	levels := mat.NewDense(12, 3, []float64{
		0, 0, nan,
		1, 1, nan,
		3, 3, nan,
		2, 2, nan,
		nan, 2, 0,
		nan, 4, 2,
		nan, 3, 1,
		nan, 4, 2,
		0, nan, 0,
		1, nan, -1,
		3, nan, -3,
		2, nan, -2,
	})
	names := []string{"a", "b", "c"}
	raw, err := Pairwise(must(Diff(levels)), math.Inf(1), 2, names)
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range [][3]float64{{0, 1, 1}, {1, 2, 1}, {0, 2, -1}} {
		j, k := int(pr[0]), int(pr[1])
		rho := raw.At(j, k) / math.Sqrt(raw.At(j, j)*raw.At(k, k))
		t.Logf("ρ(%s,%s) = %.3f", names[j], names[k], rho)
		if rho*pr[2] < 0.5 {
			t.Errorf("ρ(%s,%s) = %v, want near %v", names[j], names[k], rho, pr[2])
		}
	}
	if m := minEigen(raw); m >= 0 {
		t.Fatalf("pairwise estimate has λ_min = %v, want < 0", m)
	}
	s, rep, err := ChangeCov(levels, names, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Clipped == 0 || rep.MinEigen >= 0 {
		t.Errorf("no repair reported: %+v", rep)
	}
	want, _, err := RepairPSD(raw, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(s, want, 1e-14) {
		t.Errorf("ChangeCov ≠ RepairPSD(Pairwise(Diff(levels)))")
	}
	if m := minEigen(s); m < -1e-12 {
		t.Errorf("λ_min after repair = %v", m)
	}
	t.Logf("pairwise λ_min = %.4g; repair: %+v", rep.MinEigen, rep)

	// RelFloor: floor = RelFloor·tr(S)/p.
	s, _, err = ChangeCov(levels, names, Options{RelFloor: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	floor := 0.1 * (raw.At(0, 0) + raw.At(1, 1) + raw.At(2, 2)) / 3
	if m := minEigen(s); math.Abs(m-floor) > 1e-12 {
		t.Errorf("λ_min = %v, want the floor %v", m, floor)
	}
}

// TestChangeCovWindow: Window keeps the last Window changes only, so values
// before them do not matter.
func TestChangeCovWindow(t *testing.T) {
	rnd := rand.New(rand.NewPCG(13, 14))
	levels := randDense(rnd, 50, 4)
	for j := range 4 {
		levels.Set(3, j, math.NaN()) // outside the window
	}
	const w = 20
	got, _, err := ChangeCov(levels, nil, Options{Window: w, HalfLife: 6})
	if err != nil {
		t.Fatal(err)
	}
	want, err := EWMA(must(Diff(levels.Slice(50-w-1, 50, 0, 4).(*mat.Dense))), 6)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(got, want, 1e-14) {
		t.Errorf("windowed ChangeCov ≠ EWMA of the last %d changes", w)
	}
	// A window longer than the data uses all of it.
	if _, _, err := ChangeCov(levels, nil, Options{Window: 1000}); err != nil {
		t.Errorf("long window: %v", err)
	}
}

func randDense(rnd *rand.Rand, r, c int) *mat.Dense {
	x := mat.NewDense(r, c, nil)
	for i := range r {
		for j := range c {
			x.Set(i, j, rnd.NormFloat64())
		}
	}
	return x
}

func randOrthogonal(rnd *rand.Rand, p int) *mat.Dense {
	var qr mat.QR
	qr.Factorize(randDense(rnd, p, p))
	var q mat.Dense
	qr.QTo(&q)
	return &q
}

// fromSpectrum returns Q·diag(λ)·Qᵀ, symmetrised.
func fromSpectrum(q *mat.Dense, lam []float64) *mat.SymDense {
	p := len(lam)
	var a mat.Dense
	a.Mul(q, mat.NewDiagDense(p, lam))
	a.Mul(&a, q.T())
	s := mat.NewSymDense(p, nil)
	for j := range p {
		for k := j; k < p; k++ {
			s.SetSym(j, k, (a.At(j, k)+a.At(k, j))/2)
		}
	}
	return s
}

func frobDist(a, b mat.Matrix) float64 {
	var d mat.Dense
	d.Sub(a, b)
	return mat.Norm(&d, 2)
}

// frobInner returns ⟨a, b⟩ = tr(aᵀb).
func frobInner(a, b mat.Matrix) float64 {
	r, c := a.Dims()
	var sum float64
	for i := range r {
		for j := range c {
			sum += a.At(i, j) * b.At(i, j)
		}
	}
	return sum
}

func minEigen(s mat.Symmetric) float64 {
	var e mat.EigenSym
	if !e.Factorize(s, false) {
		panic("eigendecomposition failed")
	}
	return e.Values(nil)[0]
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func second[T any](_ T, err error) error { return err }

func third[T, U any](_ T, _ U, err error) error { return err }
