package meanvar

import (
	"cmp"
	"math"
	"slices"
)

// scanPoints is the number of grid points on which each source's income is
// sampled to detect non-concavity and to look for better basins.
const scanPoints = 33

// incomeScan is source i's income sampled on an even grid over its bounds.
type incomeScan struct {
	w, inc     []float64
	nonConcave bool
}

// scanIncomes samples the income of each source with a model on an even
// grid of scanPoints over [l_i, u_i] and flags the sources whose samples
// are not concave (a positive second difference). The income does not
// depend on the other sources or the prices, so this is done once per
// Solve. It reports whether any source is non-concave.
func (in *instance) scanIncomes() bool {
	if in.impact == nil {
		return false
	}
	in.scans = make([]incomeScan, in.n)
	found := false
	for i, m := range in.impact {
		if m == nil || in.up[i] <= in.lo[i] {
			continue
		}
		s := incomeScan{w: make([]float64, scanPoints), inc: make([]float64, scanPoints)}
		step := (in.up[i] - in.lo[i]) / (scanPoints - 1)
		for k := range scanPoints {
			s.w[k] = in.lo[i] + float64(k)*step
			s.inc[k] = in.income(i, s.w[k])
		}
		s.w[scanPoints-1] = in.up[i]
		for k := 1; k+1 < scanPoints; k++ {
			if s.inc[k+1]-2*s.inc[k]+s.inc[k-1] > 1e-14*(1+math.Abs(s.inc[k])) {
				s.nonConcave = true
				break
			}
		}
		in.scans[i] = s
		found = found || s.nonConcave
	}
	return found
}

// hop looks for a better basin of a local solution c of the continuous
// problem over [lo, up]. A source with non-concave income can have several
// local maxima of its share of the Lagrangian at c's prices,
//
//	φ_i(w) = I_i(w) − (c_i + θ)·|w − w⁰_i| − (τ + λ·Σ_{j≠i} Σ_ij·x_j)·w − (λ/2)·Σ_ii·w²,
//
// and a local method stays in the one it starts in. For each such source
// the grid samples of its income give φ_i on the grid; each grid point
// better than φ_i(x_i) in another basin seeds a local solve from c's point
// with x_i moved there (projected onto the feasible set), and the result
// replaces c if its true objective is higher. Rounds repeat, at the new
// prices, until no seed improves (at most maxHopRounds).
func (in *instance) hop(lo, up []float64, c *candidate) *candidate {
	if in.scans == nil {
		return c
	}
	n := in.n
	type seed struct {
		i    int
		w    float64
		gain float64
	}
	start := make([]float64, in.m)
	for range maxHopRounds {
		var seeds []seed
		for i, s := range in.scans {
			if !s.nonConcave || up[i] <= lo[i] {
				continue
			}
			price := c.tau
			var sii float64
			if in.sig != nil {
				for j := range n {
					if j != i {
						price += in.lam * in.sig[i*n+j] * c.x[j]
					}
				}
				sii = in.lam * in.sig[i*n+i]
			}
			k1 := in.c[i] + c.theta
			phi := func(w, inc float64) float64 {
				return inc - k1*math.Abs(w-in.x0[i]) - price*w - sii/2*w*w
			}
			xi := c.x[i]
			cur := phi(xi, in.income(i, xi))
			spacing := s.w[1] - s.w[0]
			bestK, bestGain := -1, 1e-12*(1+math.Abs(cur))
			for k, w := range s.w {
				if w < lo[i] || w > up[i] || math.Abs(w-xi) <= spacing {
					continue
				}
				if g := phi(w, s.inc[k]) - cur; g > bestGain {
					bestK, bestGain = k, g
				}
			}
			if bestK >= 0 {
				seeds = append(seeds, seed{i, s.w[bestK], bestGain})
			}
		}
		slices.SortStableFunc(seeds, func(a, b seed) int { return cmp.Compare(b.gain, a.gain) })
		improved := false
		for _, sd := range seeds[:min(len(seeds), maxHopSeeds)] {
			// Fund the move from (or return it to) idle; the projection
			// in localSolve restores the other bounds.
			copy(start, c.x)
			start[n] += start[sd.i] - sd.w
			start[sd.i] = sd.w
			next := in.localSolve(lo, up, start, nil)
			if next.obj > c.obj+1e-15*(1+math.Abs(c.obj)) {
				c, improved = next, true
				break
			}
		}
		if !improved {
			break
		}
	}
	return c
}

const (
	maxHopRounds = 4 // rounds of basin hopping per continuous solve
	maxHopSeeds  = 3 // seeds tried per round, best first
)
