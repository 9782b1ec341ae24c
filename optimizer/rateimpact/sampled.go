package rateimpact

import (
	"fmt"
	"math"
	"sort"
)

// Sampled is a rate-impact model read off a source's own quotes: the keeper
// asks the source's adapter for its supply rate after a handful of
// hypothetical deposits and withdrawals (ISource.supplyRateAfter, which runs
// the protocol's real rate math on-chain) and interpolates between them, so
// the optimizer can evaluate the model thousands of times without calling
// the chain. Between two quotes (x_k, r_k) and (x_{k+1}, r_{k+1}) the rate is
// linear in x:
//
//	r(x) = r_k + (r_{k+1} − r_k)·(x − x_k)/(x_{k+1} − x_k),
//
// and beyond the last deposit quote it is extended with the dilution law
// r(x) = r_K·(S_K/(S_K + x − x_K)) fitted to the last segment's slope
// (S_K = −r_K/slope, a pool of that effective depth), falling to 0 as the
// deposit grows rather than turning negative. Below the smallest quote
// (which should be the largest possible withdrawal) the rate stays at that
// quote's value.
type Sampled struct {
	x, r []float64
	max  float64
}

// NewSampled builds the model from quotes at changes x (asset units, x < 0
// withdraws; one of them must be 0) and the free liquidity maxWithdraw. The
// quotes are sorted by x; duplicate x, non-finite values and rates below −1
// are errors naming the quote.
func NewSampled(x, r []float64, maxWithdraw float64) (*Sampled, error) {
	if len(x) != len(r) || len(x) < 2 {
		return nil, fmt.Errorf("sampled model: %d changes and %d rates: need at least two of each, as many rates as changes", len(x), len(r))
	}
	if math.IsNaN(maxWithdraw) || math.IsInf(maxWithdraw, 0) || maxWithdraw < 0 {
		return nil, fmt.Errorf("sampled model: max withdraw %v: must be finite and ≥ 0", maxWithdraw)
	}
	idx := make([]int, len(x))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return x[idx[a]] < x[idx[b]] })
	s := &Sampled{x: make([]float64, len(x)), r: make([]float64, len(x)), max: maxWithdraw}
	zero := false
	for k, i := range idx {
		if math.IsNaN(x[i]) || math.IsInf(x[i], 0) || math.IsNaN(r[i]) || math.IsInf(r[i], 0) || r[i] < -1 {
			return nil, fmt.Errorf("sampled model: quote %d (change %v, rate %v): must be finite with rate ≥ −1", i, x[i], r[i])
		}
		if k > 0 && x[i] == s.x[k-1] {
			return nil, fmt.Errorf("sampled model: quote %d repeats the change %v", i, x[i])
		}
		s.x[k], s.r[k] = x[i], r[i]
		zero = zero || x[i] == 0
	}
	if !zero {
		return nil, fmt.Errorf("sampled model: no quote at change 0 (the current rate)")
	}
	return s, nil
}

// RateAfter implements Model.
func (s *Sampled) RateAfter(x float64) float64 {
	n := len(s.x)
	if x <= s.x[0] {
		return s.r[0]
	}
	if x >= s.x[n-1] {
		xk, rk := s.x[n-1], s.r[n-1]
		slope := (rk - s.r[n-2]) / (xk - s.x[n-2])
		if x == xk || slope >= 0 || rk <= 0 {
			return rk
		}
		depth := -rk / slope
		return rk * depth / (depth + x - xk)
	}
	k := sort.SearchFloat64s(s.x, x) // s.x[k-1] < x ≤ s.x[k]
	if s.x[k] == x {
		return s.r[k]
	}
	t := (x - s.x[k-1]) / (s.x[k] - s.x[k-1])
	return s.r[k-1] + t*(s.r[k]-s.r[k-1])
}

// MaxWithdraw implements Model.
func (s *Sampled) MaxWithdraw() float64 { return s.max }
