package backtest

import (
	"math"
)

// lane is one pool in an allocation over a horizon: the capacity model
// r(x) = a·(s/(s+x))^p of the market, with a and s the horizon's effective
// APY and supply, and bounds on the amount.
type lane struct {
	pool int
	a, s float64 // effective APY (fraction) and supply S = L/(1−u₀), USD
	cur  float64 // current amount, USD
	hi   float64 // largest amount allowed (cur when the pool cannot take deposits)
	// frozen lanes keep their current amount.
	frozen bool
}

// allocator maximises the income over a horizon of a set of lanes with a
// fixed cost per lane touched, by water-filling (equal marginal rates) and
// freezing the lanes whose move does not pay its cost.
type allocator struct {
	p     float64 // 1 + η
	gas   float64 // USD per lane touched
	kappa float64 // proportional cost per USD moved
	years float64 // horizon, years
	dust  float64 // USD; smaller moves are not moves
}

func (al *allocator) rate(l *lane, x float64) float64 {
	if x <= 0 {
		return l.a
	}
	if l.s <= 0 {
		return 0
	}
	return l.a * math.Pow(l.s/(l.s+x), al.p)
}

// income is the yearly income x·r(x).
func (al *allocator) income(l *lane, x float64) float64 { return x * al.rate(l, x) }

// marginal is d(x·r(x))/dx = r(x)·(1 − p·x/(s+x)).
func (al *allocator) marginal(l *lane, x float64) float64 {
	if l.s <= 0 {
		if x <= 0 {
			return l.a
		}
		return 0
	}
	return al.rate(l, x) * (1 - al.p*x/(l.s+x))
}

// top is the largest useful amount of a lane: its bound, and no more than
// where the marginal income reaches zero (x = s/(p−1)), beyond which more
// money earns less in total.
func (al *allocator) top(l *lane) float64 {
	hi := l.hi
	if l.s <= 0 {
		return 0
	}
	if al.p > 1 {
		hi = math.Min(hi, l.s/(al.p-1))
	}
	return math.Max(hi, 0)
}

// amount is the lane's amount at marginal rate ν ≥ 0: where its marginal
// income equals ν, within [0, top].
func (al *allocator) amount(l *lane, nu float64) float64 {
	if l.frozen {
		return l.cur
	}
	hi := al.top(l)
	if hi <= 0 || al.marginal(l, 0) <= nu {
		return 0
	}
	if al.marginal(l, hi) >= nu {
		return hi
	}
	lo := 0.0
	for k := 0; k < 60 && hi-lo > 1e-6*(1+hi); k++ {
		mid := 0.5 * (lo + hi)
		if al.marginal(l, mid) >= nu {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo
}

// waterfill spreads budget over the unfrozen lanes so that their marginal
// incomes are equal (to ν), leaving idle whatever would earn a marginal
// rate below zero; frozen lanes keep their amounts and their amounts come
// out of the budget. It returns the amounts and ν.
func (al *allocator) waterfill(lanes []lane, budget float64) ([]float64, float64) {
	x := make([]float64, len(lanes))
	free := budget
	numax := 0.0
	for i := range lanes {
		if lanes[i].frozen {
			free -= lanes[i].cur
		} else {
			numax = math.Max(numax, al.marginal(&lanes[i], 0))
		}
	}
	fill := func(nu float64) float64 {
		sum := 0.0
		for i := range lanes {
			if !lanes[i].frozen {
				x[i] = al.amount(&lanes[i], nu)
				sum += x[i]
			}
		}
		return sum
	}
	var nu float64
	if fill(0) > free {
		lo, hi := 0.0, numax
		for k := 0; k < 60 && hi-lo > 1e-12*(1+hi); k++ {
			mid := 0.5 * (lo + hi)
			if fill(mid) > free {
				lo = mid
			} else {
				hi = mid
			}
		}
		nu = hi
		if s := fill(nu); s > free && s > 0 {
			// Rounding: scale down to the budget.
			for i := range lanes {
				if !lanes[i].frozen {
					x[i] *= math.Max(free, 0) / s
				}
			}
		}
	}
	for i := range lanes {
		if lanes[i].frozen {
			x[i] = lanes[i].cur
		}
	}
	return x, nu
}

// solve returns the amounts that maximise
//
//	years·Σ_i x_i·r_i(x_i) − gas·|touched| − kappa·Σ_i |x_i − cur_i|
//
// over Σ x_i ≤ budget, heuristically: water-fill, freeze every lane whose
// move earns less over the horizon than its cost (its surplus at the
// water level ν, ∫(marginal − ν) between the current and the new amount),
// and repeat until every moved lane pays. It then compares the result with
// holding and returns ok = false when holding is better.
func (al *allocator) solve(lanes []lane, budget float64) (x []float64, ok bool) {
	for iter := 0; iter < 4*len(lanes)+4; iter++ {
		var nu float64
		x, nu = al.waterfill(lanes, budget)
		froze := false
		for i := range lanes {
			l := &lanes[i]
			d := x[i] - l.cur
			if l.frozen || math.Abs(d) <= al.dust {
				continue
			}
			surplus := al.years * (al.income(l, x[i]) - al.income(l, l.cur) - nu*d)
			if surplus < al.gas+al.kappa*math.Abs(d) {
				l.frozen, froze = true, true
			}
		}
		if !froze {
			break
		}
	}
	// Moves within dust are not moves: such lanes keep their amounts, and
	// whatever that adds beyond the budget comes off the lanes that grow.
	sum, up := 0.0, 0.0
	for i := range lanes {
		if math.Abs(x[i]-lanes[i].cur) <= al.dust {
			x[i] = lanes[i].cur
		} else if x[i] > lanes[i].cur {
			up += x[i] - lanes[i].cur
		}
		sum += x[i]
	}
	if excess := sum - budget; excess > 0 && up > 0 {
		f := math.Min(excess/up, 1)
		for i := range lanes {
			if d := x[i] - lanes[i].cur; d > al.dust {
				x[i] -= f * d
			}
		}
	}
	gain, cost := 0.0, 0.0
	for i := range lanes {
		l := &lanes[i]
		d := x[i] - l.cur
		if d == 0 {
			continue
		}
		gain += al.years * (al.income(l, x[i]) - al.income(l, l.cur))
		cost += al.gas + al.kappa*math.Abs(d)
	}
	return x, gain > cost && cost >= 0 && gain > 0
}
