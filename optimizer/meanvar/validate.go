package meanvar

import (
	"fmt"
	"math"
)

// validate checks p and returns the number of sources.
func validate(p Problem) (int, error) {
	n := len(p.Mu)
	if n == 0 {
		return 0, fmt.Errorf("%w: len(Mu) = 0: need at least one source", ErrInvalid)
	}
	lengths := []struct {
		name string
		l    int
	}{
		{"Caps", len(p.Caps)}, {"Current", len(p.Current)}, {"Impact", len(p.Impact)},
		{"AbsCaps", len(p.AbsCaps)}, {"RelCapsBps", len(p.RelCapsBps)}, {"PropCost", len(p.PropCost)},
	}
	for _, f := range lengths {
		if f.l != 0 && f.l != n {
			return 0, fmt.Errorf("%w: len(%s) = %d: must be 0 or len(Mu) = %d", ErrInvalid, f.name, f.l, n)
		}
	}
	for i, v := range p.Mu {
		if !finite(v) {
			return 0, fmt.Errorf("%w: Mu[%d] = %v: must be finite", ErrInvalid, i, v)
		}
	}
	for i, v := range p.Caps {
		if !(v >= 0 && v <= 1) {
			return 0, fmt.Errorf("%w: Caps[%d] = %v: must be in [0, 1]", ErrInvalid, i, v)
		}
	}
	for i, v := range p.Current {
		if !finite(v) {
			return 0, fmt.Errorf("%w: Current[%d] = %v: must be finite", ErrInvalid, i, v)
		}
	}
	if !finite(p.RiskAversion) || p.RiskAversion < 0 {
		return 0, fmt.Errorf("%w: RiskAversion = %v: must be finite and >= 0", ErrInvalid, p.RiskAversion)
	}
	if !(p.MinIdle >= 0 && p.MinIdle <= 1) {
		return 0, fmt.Errorf("%w: MinIdle = %v: must be in [0, 1]", ErrInvalid, p.MinIdle)
	}
	if p.Cov != nil {
		if d := p.Cov.SymmetricDim(); d != n {
			return 0, fmt.Errorf("%w: Cov is %d×%d: must be %d×%d (len(Mu))", ErrInvalid, d, d, n, n)
		}
		for i := range n {
			for j := i; j < n; j++ {
				if v := p.Cov.At(i, j); !finite(v) {
					return 0, fmt.Errorf("%w: Cov[%d,%d] = %v: must be finite", ErrInvalid, i, j, v)
				}
			}
			if v := p.Cov.At(i, i); v < 0 {
				return 0, fmt.Errorf("%w: Cov[%d,%d] = %v: diagonal must be >= 0", ErrInvalid, i, i, v)
			}
		}
	}
	if !finite(p.Capital) || p.Capital < 0 {
		return 0, fmt.Errorf("%w: Capital = %v: must be finite and >= 0", ErrInvalid, p.Capital)
	}
	for i, v := range p.AbsCaps {
		if math.IsNaN(v) || v < 0 {
			return 0, fmt.Errorf("%w: AbsCaps[%d] = %v: must be >= 0 (+Inf for none)", ErrInvalid, i, v)
		}
	}
	for i, v := range p.RelCapsBps {
		if v > 10_000 {
			return 0, fmt.Errorf("%w: RelCapsBps[%d] = %d: must be at most 10000", ErrInvalid, i, v)
		}
	}
	for i, v := range p.PropCost {
		if !(v >= 0 && v < 1) {
			return 0, fmt.Errorf("%w: PropCost[%d] = %v: must be in [0, 1)", ErrInvalid, i, v)
		}
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"SourceCost", p.SourceCost}, {"TxCost", p.TxCost}, {"Horizon", p.Horizon}} {
		if !finite(f.v) || f.v < 0 {
			return 0, fmt.Errorf("%w: %s = %v: must be finite and >= 0", ErrInvalid, f.name, f.v)
		}
	}
	if !(p.MaxTurnover >= 0 && p.MaxTurnover <= 1) {
		return 0, fmt.Errorf("%w: MaxTurnover = %v: must be in [0, 1] (0 for no limit)", ErrInvalid, p.MaxTurnover)
	}
	if !(p.Drift >= 0 && p.Drift <= 1) {
		return 0, fmt.Errorf("%w: Drift = %v: must be in [0, 1]", ErrInvalid, p.Drift)
	}
	hasImpact := false
	for i, mdl := range p.Impact {
		if mdl == nil {
			continue
		}
		hasImpact = true
		if r := mdl.RateAfter(0); !finite(r) {
			return 0, fmt.Errorf("%w: Impact[%d].RateAfter(0) = %v: must be finite", ErrInvalid, i, r)
		}
		if w := mdl.MaxWithdraw(); math.IsNaN(w) || w < 0 {
			return 0, fmt.Errorf("%w: Impact[%d].MaxWithdraw() = %v: must be >= 0", ErrInvalid, i, w)
		}
	}
	hasProp := false
	for _, v := range p.PropCost {
		hasProp = hasProp || v > 0
	}
	needCapital := ""
	switch {
	case hasImpact:
		needCapital = "Impact"
	case p.AbsCaps != nil:
		needCapital = "AbsCaps"
	case p.SourceCost > 0:
		needCapital = "SourceCost"
	case p.TxCost > 0:
		needCapital = "TxCost"
	}
	if needCapital != "" && p.Capital == 0 {
		return 0, fmt.Errorf("%w: Capital = 0: must be > 0 with %s", ErrInvalid, needCapital)
	}
	if (hasProp || p.SourceCost > 0 || p.TxCost > 0) && p.Horizon == 0 {
		return 0, fmt.Errorf("%w: Horizon = 0: must be > 0 when costs are set", ErrInvalid)
	}
	strict := hasImpact || hasProp || p.SourceCost > 0 || p.TxCost > 0 || p.MaxTurnover > 0
	if strict {
		var sum float64
		for i, v := range p.Current {
			if !(v >= 0 && v <= 1) {
				return 0, fmt.Errorf("%w: Current[%d] = %v: must be in [0, 1]", ErrInvalid, i, v)
			}
			sum += v
		}
		if sum > 1+currentSlack {
			return 0, fmt.Errorf("%w: sum(Current) = %v: must be at most 1", ErrInvalid, sum)
		}
	}
	return n, nil
}

// currentSlack is how far Σ Current may exceed 1 (rounding of a_i/V).
const currentSlack = 1e-9

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
