package covariance

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// ErrTooFewObservations is wrapped by the errors returned when a source, or a
// pair of sources, has too few observations for a covariance estimate.
var ErrTooFewObservations = errors.New("too few observations")

// ErrNotFinite is wrapped by the errors returned for a NaN or infinite entry
// where none is allowed: any NaN or ±Inf in the input of Sample, EWMA,
// LedoitWolf and RepairPSD, and ±Inf in that of Pairwise.
var ErrNotFinite = errors.New("not finite")

// Sample returns the unbiased sample covariance of the columns of x, whose
// rows are observations:
//
//	S_jk = 1/(T−1) · Σ_t (x_tj − x̄_j)(x_tk − x̄_k),    x̄_j = (1/T)·Σ_t x_tj,
//
// for a T×p matrix x. It returns an error if x is nil or empty, has fewer than
// 2 rows (wrapping ErrTooFewObservations) or has a non-finite entry (wrapping
// ErrNotFinite).
func Sample(x *mat.Dense) (*mat.SymDense, error) {
	if err := checkComplete("covariance.Sample", x); err != nil {
		return nil, err
	}
	s, _ := weighted(x, math.Inf(1))
	return s, nil
}

// EWMA returns the exponentially weighted covariance of the columns of x with
// a half-life of halfLife rows: with λ = 2^(−1/halfLife) and T rows,
//
//	w_t = λ^(T−1−t) / Σ_s λ^(T−1−s),    m = Σ_t w_t·x_t,
//	S   = Σ_t w_t·(x_t − m)(x_t − m)ᵀ / (1 − Σ_t w_t²),
//
// so the last row has the largest weight, and a row's weight halves every
// halfLife rows. The divisor makes S unbiased for uncorrelated rows of equal
// covariance. halfLife = +Inf gives equal weights and the Sample covariance.
// A decay factor λ corresponds to halfLife = ln ½ / ln λ.
//
// It returns an error if halfLife is not positive (or is NaN) or so short
// that all weight is on the last row (1 − Σw² = 0 in floating point), x is
// nil or empty, has fewer than 2 rows (wrapping ErrTooFewObservations), or has
// a non-finite entry (wrapping ErrNotFinite).
func EWMA(x *mat.Dense, halfLife float64) (*mat.SymDense, error) {
	if !(halfLife > 0) {
		return nil, fmt.Errorf("covariance.EWMA: half-life %v: must be positive", halfLife)
	}
	if err := checkComplete("covariance.EWMA", x); err != nil {
		return nil, err
	}
	if T, _ := x.Dims(); !(1-sumSqWeights(T, halfLife) > 0) {
		return nil, fmt.Errorf("covariance.EWMA: half-life %v is too short: all weight is on the last row", halfLife)
	}
	s, _ := weighted(x, halfLife)
	return s, nil
}

// LedoitWolf returns the Ledoit–Wolf (2004) shrinkage estimate of the
// covariance of the columns of x and its shrinkage intensity δ ∈ [0, 1]:
//
//	Σ̂ = δ·(tr(S)/p)·I + (1−δ)·S,
//
// where S is the Sample covariance of the T×p matrix x and δ is the
// intensity of Ledoit & Wolf, "A well-conditioned estimator for
// large-dimensional covariance matrices" (J. Multivariate Anal. 88, 2004): with
// y_t the centred rows, Sₙ = (1/T)·Σ_t y_t y_tᵀ and ‖A‖² = tr(AAᵀ)/p,
//
//	m = tr(Sₙ)/p,   d² = ‖Sₙ − m·I‖²,   b̄² = (1/T²)·Σ_t ‖y_t y_tᵀ − Sₙ‖²,
//	δ = min(b̄², d²)/d²   (0 when the minimum is 0).
//
// The result is the paper's δ·m·I + (1−δ)·Sₙ times T/(T−1), i.e. on the scale
// of the unbiased Sample (see the package documentation). The target keeps
// the average variance and removes all correlation, so Σ̂ is positive definite
// whenever δ > 0 and tr(S) > 0.
//
// It returns an error if x is nil or empty, has fewer than 2 rows (wrapping
// ErrTooFewObservations) or has a non-finite entry (wrapping ErrNotFinite).
func LedoitWolf(x *mat.Dense) (cov *mat.SymDense, intensity float64, err error) {
	if err := checkComplete("covariance.LedoitWolf", x); err != nil {
		return nil, 0, err
	}
	T, p := x.Dims()
	s, y := weighted(x, math.Inf(1)) // s = Sample, y = centred rows
	// Sₙ = s·(T−1)/T. All quantities below are for Sₙ.
	scale := float64(T-1) / float64(T)
	var trace, frob2 float64 // tr(Sₙ), ‖Sₙ‖_F²
	for j := range p {
		trace += scale * s.At(j, j)
		for k := range p {
			v := scale * s.At(j, k)
			frob2 += v * v
		}
	}
	m := trace / float64(p)
	// ‖Sₙ − mI‖_F² = ‖Sₙ‖_F² − 2m·tr(Sₙ) + m²p = ‖Sₙ‖_F² − m²p; computed
	// directly to avoid cancellation when Sₙ is close to m·I.
	var d2 float64
	for j := range p {
		for k := range p {
			v := scale * s.At(j, k)
			if j == k {
				v -= m
			}
			d2 += v * v
		}
	}
	d2 /= float64(p)
	// Σ_t ‖y_t y_tᵀ − Sₙ‖_F² = Σ_t ‖y_t‖⁴ − 2·Σ_t y_tᵀSₙy_t + T‖Sₙ‖_F²
	//                        = Σ_t ‖y_t‖⁴ − T‖Sₙ‖_F²,
	// because Σ_t y_tᵀSₙy_t = tr(Sₙ·Σ_t y_t y_tᵀ) = T·‖Sₙ‖_F².
	var sum4 float64
	for t := range T {
		var n2 float64
		for j := range p {
			v := y.At(t, j)
			n2 += v * v
		}
		sum4 += n2 * n2
	}
	bbar2 := (sum4 - float64(T)*frob2) / (float64(T) * float64(T) * float64(p))
	b2 := math.Max(0, math.Min(bbar2, d2)) // rounding can make bbar2 slightly negative
	if b2 > 0 {
		intensity = b2 / d2
	}
	// Σ̂ = δ·m'·I + (1−δ)·S on the unbiased scale, m' = tr(S)/p = m/scale.
	target := intensity * m / scale
	for j := range p {
		for k := j; k < p; k++ {
			v := (1 - intensity) * s.At(j, k)
			if j == k {
				v += target
			}
			s.SetSym(j, k, v)
		}
	}
	return s, intensity, nil
}

// checkComplete validates the input of an estimator for complete data.
func checkComplete(op string, x *mat.Dense) error {
	if x == nil || x.IsEmpty() {
		return fmt.Errorf("%s: no data (nil or empty matrix)", op)
	}
	T, p := x.Dims()
	if T < 2 {
		return fmt.Errorf("%s: %d×%d matrix has %d row, need at least 2: %w", op, T, p, T, ErrTooFewObservations)
	}
	for t := range T {
		for j := range p {
			if v := x.At(t, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("%s: entry (%d, %d) is %v (use Pairwise for data with gaps): %w", op, t, j, v, ErrNotFinite)
			}
		}
	}
	return nil
}

// decay returns λ = 2^(−1/halfLife); 1 for halfLife = +Inf.
func decay(halfLife float64) float64 {
	if math.IsInf(halfLife, 1) {
		return 1
	}
	return math.Exp2(-1 / halfLife)
}

// rowWeights returns the normalised weights w_t = λ^(T−1−t)/Σ_s λ^(T−1−s) of
// T rows and Σ_t w_t².
func rowWeights(T int, halfLife float64) (w []float64, sumSq float64) {
	lambda := decay(halfLife)
	w = make([]float64, T)
	var sum float64
	v := 1.0
	for t := T - 1; t >= 0; t-- {
		w[t] = v
		sum += v
		v *= lambda
	}
	for t := range w {
		w[t] /= sum
		sumSq += w[t] * w[t]
	}
	return w, sumSq
}

// sumSqWeights returns Σ_t w_t² of rowWeights(T, halfLife).
func sumSqWeights(T int, halfLife float64) float64 {
	_, s := rowWeights(T, halfLife)
	return s
}

// weighted returns the EWMA covariance of the complete T×p matrix x (T ≥ 2)
// and the centred rows y_t = x_t − m (the weighted mean m; for halfLife =
// +Inf the plain mean).
func weighted(x *mat.Dense, halfLife float64) (*mat.SymDense, *mat.Dense) {
	T, p := x.Dims()
	w, sumSq := rowWeights(T, halfLife)
	y := mat.NewDense(T, p, nil)
	scaled := mat.NewDense(T, p, nil) // √w_t·y_t
	for j := range p {
		var m float64
		for t := range T {
			m += w[t] * x.At(t, j)
		}
		for t := range T {
			v := x.At(t, j) - m
			y.Set(t, j, v)
			scaled.Set(t, j, math.Sqrt(w[t])*v)
		}
	}
	s := mat.NewSymDense(p, nil)
	// S = Σ_t w_t y_t y_tᵀ / (1 − Σw²) = Aᵀ·A/(1 − Σw²) with A = scaled;
	// SymOuterK computes α·B·Bᵀ, so pass B = Aᵀ.
	s.SymOuterK(1/(1-sumSq), scaled.T())
	return s, y
}
