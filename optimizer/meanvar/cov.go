package meanvar

import "gonum.org/v1/gonum/mat"

// SampleCov returns the unbiased sample covariance of the columns of x, whose
// rows are observations:
//
//	S_jk = 1/(r−1) · Σ_t (x_tj − x̄_j)(x_tk − x̄_k),   x̄_j = (1/r)·Σ_t x_tj,
//
// for an r×c matrix x. With fewer than 2 rows it returns the c×c zero matrix.
// It returns nil if x is nil or empty.
func SampleCov(x *mat.Dense) *mat.SymDense {
	if x == nil || x.IsEmpty() {
		return nil
	}
	r, c := x.Dims()
	s := mat.NewSymDense(c, nil)
	if r < 2 {
		return s
	}
	centered := mat.NewDense(r, c, nil)
	for j := range c {
		var mean float64
		for t := range r {
			mean += x.At(t, j)
		}
		mean /= float64(r)
		for t := range r {
			centered.Set(t, j, x.At(t, j)-mean)
		}
	}
	// S = Xcᵀ·Xc/(r−1); SymOuterK computes α·A·Aᵀ, so pass A = Xcᵀ.
	s.SymOuterK(1/float64(r-1), centered.T())
	return s
}
