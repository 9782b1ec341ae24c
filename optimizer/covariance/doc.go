// Package covariance estimates the covariance matrix of yield-source returns —
// in vaultkeeper, of daily APY changes — for the mean-variance allocator
// (optimizer/meanvar), copes with sources that have no data yet, and repairs
// estimates that are not positive semidefinite.
//
// Throughout, x is a T×p matrix whose rows are observations in time order (row
// T−1 is the most recent) and whose columns are sources; x_t ∈ ℝᵖ is row t.
// All functions leave their arguments unchanged and return new matrices.
//
// # Estimators for complete data
//
// Sample is the unbiased sample covariance
//
//	x̄ = (1/T)·Σ_t x_t,    S = 1/(T−1) · Σ_t (x_t − x̄)(x_t − x̄)ᵀ.
//
// EWMA weights recent rows more. With half-life h rows and λ = 2^(−1/h), so
// that a row's weight halves every h rows,
//
//	w_t = λ^(T−1−t) / Σ_s λ^(T−1−s)        (t = 0, …, T−1; Σ_t w_t = 1)
//	m   = Σ_t w_t·x_t
//	S   = Σ_t w_t·(x_t − m)(x_t − m)ᵀ / (1 − Σ_t w_t²).
//
// The divisor 1 − Σ_t w_t² is the bias correction for (reliability) weights:
// for uncorrelated rows with a common covariance Σ, E[S] = Σ exactly. For
// h = +Inf every w_t = 1/T and EWMA equals Sample. n_eff = 1/Σ_t w_t² is the
// effective number of observations; it tends to (1+λ)/(1−λ) ≈ 2.89·h as T → ∞.
// A RiskMetrics-style decay factor λ corresponds to h = ln ½ / ln λ (λ = 0.94
// is h ≈ 11.2).
//
// LedoitWolf shrinks the sample covariance toward a multiple of the identity
// with the intensity of Ledoit & Wolf (2004), "A well-conditioned estimator for
// large-dimensional covariance matrices", J. Multivariate Anal. 88, 365–411.
// With the norm ‖A‖² = tr(AAᵀ)/p (the squared Frobenius norm divided by p) and
// y_t = x_t − x̄ the centred rows:
//
//	Sₙ  = (1/T)·Σ_t y_t y_tᵀ             (the paper's sample covariance, divisor T)
//	m   = tr(Sₙ)/p                        (scale of the target m·I)
//	d²  = ‖Sₙ − m·I‖²                     (dispersion of Sₙ about the target)
//	b̄²  = (1/T²)·Σ_t ‖y_t y_tᵀ − Sₙ‖²     (estimated error of Sₙ)
//	b²  = min(b̄², d²)
//	δ   = b²/d²  ∈ [0, 1]                 (δ = 0 when b² = 0)
//	Σ*  = δ·m·I + (1−δ)·Sₙ.
//
// δ is the estimated optimal intensity. It is large when p is large compared
// with T (Sₙ is then mostly noise): for Σ ∝ I and p → ∞ with T fixed, δ tends
// to 1 − 2/T (b̄² underestimates the error of Sₙ by the factor 1 − 1/T, and
// estimating the mean costs one more observation), so 0.8 for T = 10. For a
// fixed distribution it tends to 0 like 1/T as T → ∞. The sum in b̄² is computed as (Σ_t ‖y_t‖₂⁴ − T·‖Sₙ‖_F²)/(T²·p),
// an identity that needs no p×p matrix per row. The paper assumes mean-zero
// data; like scikit-learn we subtract the sample mean first. LedoitWolf returns
// the same convex combination on the unbiased scale, δ·m'·I + (1−δ)·S with S
// the Sample covariance and m' = tr(S)/p, which is Σ*·T/(T−1): the intensity
// is unchanged and δ = 0 gives Sample exactly.
//
// Sample, EWMA and LedoitWolf reject non-finite entries; use Pairwise for data
// with gaps.
//
// # Missing data
//
// A history.Panel has NaN where a pool is not listed yet, was delisted, or has
// a gap longer than Align's maxGap. The policy of this package is
// pairwise-complete estimation followed by a PSD repair, in three steps.
//
// Diff turns levels into changes Δ_t = x_t − x_{t−1}; a change is NaN unless
// both levels are finite, so no change is ever invented across a gap.
//
// Pairwise estimates each entry S_jk from the rows R_jk where both Δ_tj and
// Δ_tk are finite, with the EWMA weights above renormalised over R_jk and the
// means taken over R_jk:
//
//	w_t  = λ^(T−1−t) / Σ_{s∈R_jk} λ^(T−1−s),    m_j = Σ_{t∈R_jk} w_t·Δ_tj,
//	S_jk = Σ_{t∈R_jk} w_t·(Δ_tj − m_j)(Δ_tk − m_k) / (1 − Σ_{t∈R_jk} w_t²).
//
// With h = +Inf this is the pairwise-complete sample covariance (R's
// cov(use = "pairwise.complete.obs")). If a source, or a pair of sources, has
// fewer than a minimum number of (common) observations, Pairwise fails with an
// error wrapping ErrTooFewObservations that names the source(s) and the
// count, so that the caller can leave that source out of the allocation.
//
// A pairwise matrix need not be positive semidefinite, so RepairPSD follows.
//
// ChangeCov does all three for the most recent window of a level panel.
//
// Dropping every row with a NaN (listwise deletion) would instead discard, for
// all sources, every day before the youngest source was listed — most of the
// window when pools are listed months apart, as in the real data. Pairwise
// estimation uses each pair's whole common history; its price is possible
// indefiniteness, which the repair removes at a cost that RepairPSD reports.
// On the real testdata over the whole year (daily changes, gaps of up to 7
// days forward-filled), the pairwise estimate for the 16 pools of the
// testdata README is already PSD, while that for all 63 pools is indefinite
// (smallest eigenvalue −1.4e-3, largest variance 1.1e-2); the repair raises 9
// eigenvalues and moves the matrix by 6.9% in the Frobenius norm.
//
// Forward-filled cells (history.Panel.Filled) are ordinary values here: a
// filled gap shows as zero changes followed by one change that spans the gap.
// To exclude them, set the filled cells of the levels to NaN before ChangeCov.
//
// # Rows at arbitrary times
//
// A keeper records a row per tick, not per day. DiffTimes scales each change
// to a change over a common unit, z_t = Δ_t·√(u/δ_t) with δ_t the interval
// it spans (the variance of a random walk's change grows with δ), and
// PairwiseTimes weighs each change by its age in time with a half-life that
// is a duration; ChangeCovTimes chains them with the repair. On a panel
// spaced one unit apart they give the bits of Diff, Pairwise and ChangeCov
// with the half-life in rows.
//
// # Positive-semidefinite repair
//
// RepairPSD takes the spectral decomposition S = Q·Λ·Qᵀ and clips the
// eigenvalues at a floor f ≥ 0:
//
//	S⁺ = Q·max(Λ, f)·Qᵀ,    ‖S⁺ − S‖_F = ( Σ_{λᵢ<f} (f − λᵢ)² )^½.
//
// S⁺ is the nearest matrix to S in the Frobenius norm among the symmetric
// matrices with all eigenvalues ≥ f (Higham 1988, "Computing a nearest
// symmetric positive semidefinite matrix", for f = 0; a floor f reduces to
// that case by the shift S − f·I). It needs one eigendecomposition and no
// iteration. It changes the diagonal (the variances) as well; Higham's (2002)
// alternating-projections method for the nearest correlation matrix keeps the
// diagonal fixed, which matters for correlation matrices but not here, where
// the variances are themselves estimates.
package covariance
