package backtest

import (
	"errors"
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

func invested(p market.Portfolio) bool {
	for _, x := range p.Amounts {
		if x > 0 {
			return true
		}
	}
	return false
}

// Equal is equal weight, never rebalanced: at the first row where any pool
// is eligible it puts 1/k of the value into each of the k eligible pools,
// and then holds for good. Money in a pool that later loses its data earns
// nothing from then on (the market's rule), and pools listed later are
// never added.
func Equal() Strategy { return equal{} }

type equal struct{}

func (equal) Name() string { return "equal" }

func (equal) Decide(v *View, p market.Portfolio) (Decision, error) {
	if invested(p) {
		return Hold("equal weight is never rebalanced"), nil
	}
	var pools []int
	for i := 0; i < v.N(); i++ {
		if v.Eligible(i) {
			pools = append(pools, i)
		}
	}
	if len(pools) == 0 {
		return Hold("no eligible pool yet"), nil
	}
	w := make([]float64, v.N())
	for _, i := range pools {
		w[i] = 1 / float64(len(pools))
	}
	return Decision{Target: w, Reason: fmt.Sprintf("equal weight over %d eligible pools", len(pools))}, nil
}

// Single is buy-and-hold of one pool: everything goes into pool i at the
// first row where it is eligible, and stays there.
func Single(i int, name string) Strategy { return single{pool: i, name: name} }

type single struct {
	pool int
	name string
}

func (s single) Name() string { return s.name }

func (s single) Decide(v *View, p market.Portfolio) (Decision, error) {
	if invested(p) {
		return Hold("buy and hold"), nil
	}
	if !v.Eligible(s.pool) {
		return Hold(v.Names()[s.pool] + " not eligible yet"), nil
	}
	w := make([]float64, v.N())
	w[s.pool] = 1
	return Decision{Target: w, Reason: "all in " + v.Names()[s.pool]}, nil
}

// BestSingle is the hindsight yardstick "best single pool": it backtests
// Single(i) for every pool that becomes eligible in [Start, End) and keeps
// the one with the highest final value (the lowest column on a tie). It
// knows the future by construction, since it is chosen from the results.
// The chosen pool is the result's Note.
func BestSingle(m *market.Market, cfg Config) (Strategy, error) {
	cfg, err := cfg.resolve(m)
	if err != nil {
		return nil, err
	}
	obs := observationCounts(m, cfg.End)
	var cands []int
	for i := 0; i < m.N(); i++ {
		for t := cfg.Start; t < cfg.End; t++ {
			if m.Listed(t, i) && obs[t][i] >= cfg.MinHistory {
				cands = append(cands, i)
				break
			}
		}
	}
	if len(cands) == 0 {
		return nil, errors.New("backtest: best-single: no pool is eligible between start and end")
	}
	finals := make([]float64, len(cands))
	errs := make([]error, len(cands))
	parallel(len(cands), func(k int) {
		i := cands[k]
		r, err := run(m, Single(i, m.Names()[i]), cfg, obs)
		if err != nil {
			errs[k] = err
			return
		}
		finals[k] = r.Value[len(r.Value)-1]
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	best := 0
	for k := range cands {
		if finals[k] > finals[best] {
			best = k
		}
	}
	i := cands[best]
	return &bestSingle{single: single{pool: i, name: "best-single"},
		note: fmt.Sprintf("%s (best of %d single-pool runs)", m.Names()[i], len(cands))}, nil
}

type bestSingle struct {
	single
	note string
}

func (b *bestSingle) Note() string { return b.note }

// Greedy puts everything into the eligible pool with the highest rate at
// the portfolio's size, RateAt(t, i, V), which includes the rate impact of
// the vault's own deposit, as Rari's and Idle's rebalancers did with the
// quoted rate after the deposit. It switches from its current holding only
// when the expected gain over the next Horizon rows, at today's rates,
// exceeds Factor × the switch's cost:
//
//	gain = (V−C)·((1 + r_new)^h − 1) − Σ_i x_i·((1 + r_i(x_i))^h − 1),   h = Horizon·Δ,
//
// with r_new = RateAt(t, new, V−C), x_i the current holdings, r_i(x_i) =
// RateAt(t, i, x_i) (0 for a pool with no data at t) and C the cost of the
// trade as the market would charge it (market.Market.Plan).
type Greedy struct {
	// Horizon is the number of rows over which a switch must pay for
	// itself; 0 means 7.
	Horizon int
	// Factor is the margin: switch when gain > Factor × cost; 0 means 1.
	Factor float64
}

// Name is "greedy".
func (Greedy) Name() string { return "greedy" }

func (g Greedy) params() (int, float64) {
	h, f := g.Horizon, g.Factor
	if h <= 0 {
		h = 7
	}
	if f <= 0 {
		f = 1
	}
	return h, f
}

// Note gives the settings.
func (g Greedy) Note() string {
	h, f := g.params()
	return fmt.Sprintf("switches when the gain over %d rows beats %g × the cost", h, f)
}

// Decide implements Strategy.
func (g Greedy) Decide(v *View, p market.Portfolio) (Decision, error) {
	horizon, factor := g.params()
	t, V := v.T(), p.Value()
	best, rBest := -1, math.Inf(-1)
	for i := 0; i < v.N(); i++ {
		if !v.Eligible(i) {
			continue
		}
		if r := v.RateAt(t, i, V); r > rBest {
			best, rBest = i, r
		}
	}
	if best < 0 {
		return Hold("no eligible pool"), nil
	}
	name := v.Names()[best]
	target := make([]float64, v.N())
	target[best] = 1
	tr, err := v.Plan(p, target)
	if err != nil {
		return Decision{}, err
	}
	if tr.Touched == 0 {
		return Hold("already all in " + name), nil
	}
	h := float64(horizon) * v.PeriodYears()
	cost := tr.Cost()
	after := (V - cost) * (math.Pow(1+v.RateAt(t, best, V-cost), h) - 1)
	now := 0.0
	for i, x := range p.Amounts {
		if x > 0 && v.Listed(t, i) {
			now += x * (math.Pow(1+v.RateAt(t, i, x), h) - 1)
		}
	}
	gain := after - now
	if gain > factor*cost {
		return Decision{Target: target, Reason: fmt.Sprintf("all in %s at %.2f%%: gains %.0f USD over %d rows, more than %g × cost %.2f USD",
			name, 100*rBest, gain, horizon, factor, cost)}, nil
	}
	return Hold(fmt.Sprintf("%s at %.2f%% would gain %.0f USD over %d rows, not more than %g × cost %.2f USD",
		name, 100*rBest, gain, horizon, factor, cost)), nil
}

// Allocator is a trained allocation policy, such as optimizer/rl's model
// behind an adapter: from the view at t and the current portfolio it
// proposes target weights and whether to trade to them now.
type Allocator interface {
	Allocate(v *View, p market.Portfolio) (weights []float64, trade bool, err error)
}

// RL is the reinforcement-learning strategy: it runs a trained Allocator
// walk-forward. It only executes the policy's decision; training, and
// training only on rows before the backtest's start, is the caller's job.
func RL(a Allocator) Strategy { return rlStrategy{a: a, name: "rl"} }

// RLNamed is RL under another name, for another policy of the same class
// (the hand-set policy "rl-handset").
func RLNamed(name string, a Allocator) Strategy { return rlStrategy{a: a, name: name} }

type rlStrategy struct {
	a    Allocator
	name string
}

func (s rlStrategy) Name() string { return s.name }

// Note forwards the allocator's note, if it has one.
func (s rlStrategy) Note() string {
	if n, ok := s.a.(Noter); ok {
		return n.Note()
	}
	return ""
}

func (s rlStrategy) Decide(v *View, p market.Portfolio) (Decision, error) {
	w, trade, err := s.a.Allocate(v, p)
	if err != nil {
		return Decision{}, err
	}
	if !trade {
		return Hold("policy holds"), nil
	}
	return Decision{Target: w, Reason: "policy trades"}, nil
}
