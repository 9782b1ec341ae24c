package rl_test

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// selectorSettings are the meanvar settings the selector picks from: EWMA
// half-life 1, 2 or 7 days × each λ × costs over 1, 3 or 7 days (K = 9 per
// λ); shippedMeanVar is among them when λ = 0 is.
func selectorSettings(lambdas ...float64) []backtest.MeanVarSettings {
	var out []backtest.MeanVarSettings
	for _, hl := range []float64{1, 2, 7} {
		for _, l := range lambdas {
			for _, h := range []int{1, 3, 7} {
				out = append(out, backtest.MeanVarSettings{Forecaster: backtest.ForecastEWMA, HalfLife: hl, RiskAversion: l, Horizon: h})
			}
		}
	}
	return out
}

// selectorFeatures are the names of x, the market state at a row, from the
// rows up to it only (APYs in percentage points, over the pools eligible
// now, "top" the three paying most now):
//
//	x = (1, s/10, asinh(v), asinh(a − ā₇), asinh(100·V/ΣL), min(d, 30)/30)
//
// with s the cross-pool standard deviation of the APYs now, v the top
// pools' mean standard deviation of their last 14 daily changes, a − ā₇
// the top pools' largest APY now less their mean over the last 7 rows
// (a spike), V the vault's value, ΣL the top pools' free liquidity and d
// the rows since the selector last moved.
var selectorFeatures = []string{"bias", "dispersion", "vol14", "spike", "size", "idle"}

// selector is meanvar with the keeper's gate whose settings are picked
// afresh at every row from K fixed ones by a softmax over linear scores,
//
//	π(k | x) = exp(θ_kᵀx) / Σ_j exp(θ_jᵀx),
//
// θ_k the k-th block of len(selectorFeatures) numbers of θ. With rng set
// it samples k and records, per row, ∂log π(k|x)/∂θ_j = (1[j = k] − π_j)·x;
// without, it takes the best score, ties going to the shipped settings,
// so θ = 0 is meanvar. Settings are only parameters of the same code on
// the same history: only the chosen one decides, so a row costs what
// meanvar's does, plus the features.
type selector struct {
	mvs     []*backtest.MeanVar
	shipped int
	theta   []float64
	rng     *rand.Rand
	score   map[int][]float64 // row → ∇_θ log π(k|x)
	picks   []int             // times each setting was chosen
	last    int               // the row of the last move, −1 for none
}

func newSelector(set []backtest.MeanVarSettings, theta []float64, rng *rand.Rand) *selector {
	s := &selector{theta: theta, rng: rng, score: map[int][]float64{}, picks: make([]int, len(set)), last: -1}
	s.shipped = max(0, slices.Index(set, shippedMeanVar)) // the first when not in the set
	for _, st := range set {
		s.mvs = append(s.mvs, gatedMeanVar(st))
	}
	return s
}

func (s *selector) Name() string { return "meanvar-selector" }

// Scores implements scored.
func (s *selector) Scores() map[int][]float64 { return s.score }

// Reset implements backtest.Resetter.
func (s *selector) Reset() {
	s.last, s.score, s.picks = -1, map[int][]float64{}, make([]int, len(s.mvs))
	for _, mv := range s.mvs {
		mv.Reset()
	}
}

func (s *selector) Decide(v *backtest.View, p market.Portfolio) (backtest.Decision, error) {
	x := selectorState(v, p, s.last)
	F := len(x)
	z := make([]float64, len(s.mvs))
	for k := range z {
		for f := range x {
			z[k] += s.theta[k*F+f] * x[f]
		}
	}
	k := s.shipped
	if s.rng != nil {
		k = s.sample(v.T(), x, z)
	} else {
		for j := range z {
			if z[j] > z[k] {
				k = j
			}
		}
	}
	return s.decide(v, p, k)
}

// sample draws k from π = softmax(z) and records the row's score.
func (s *selector) sample(t int, x, z []float64) int {
	F, K := len(x), len(z)
	pi := softmax(z)
	u, k := s.rng.Float64(), K-1
	for j, c := 0, 0.0; j < K; j++ {
		if c += pi[j]; u < c {
			k = j
			break
		}
	}
	g := make([]float64, K*F)
	for j := range pi {
		ind := 0.0
		if j == k {
			ind = 1
		}
		for f := range x {
			g[j*F+f] = (ind - pi[j]) * x[f]
		}
	}
	s.score[t] = g
	return k
}

// decide is setting k's decision, and notes a move.
func (s *selector) decide(v *backtest.View, p market.Portfolio, k int) (backtest.Decision, error) {
	s.picks[k]++
	d, err := s.mvs[k].Decide(v, p)
	if err == nil && d.Target != nil {
		s.last = v.T()
	}
	return d, err
}

// softmax is exp(z_k − max z) normalised.
func softmax(z []float64) []float64 {
	m := slices.Max(z)
	p, sum := make([]float64, len(z)), 0.0
	for k := range z {
		p[k] = math.Exp(z[k] - m)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// selectorState is x (selectorFeatures) at the view's row, last being the
// row of the last move (−1: none).
func selectorState(v *backtest.View, p market.Portfolio, last int) []float64 {
	t := v.T()
	var now []float64
	var pools []int
	for i := range v.N() {
		if a := v.APY(t, i); v.Eligible(i) && !math.IsNaN(a) {
			now, pools = append(now, 100*a), append(pools, i)
		}
	}
	x := []float64{1, 0, 0, 0, 0, 1}
	if last >= 0 {
		x[5] = math.Min(float64(t-last), 30) / 30
	}
	if len(now) == 0 {
		return x
	}
	mean, sd := 0.0, 0.0
	for _, a := range now {
		mean += a / float64(len(now))
	}
	for _, a := range now {
		sd += (a - mean) * (a - mean) / float64(len(now))
	}
	x[1] = math.Sqrt(sd) / 10
	top := slices.Clone(pools)
	slices.SortStableFunc(top, func(i, j int) int {
		return cmp.Compare(v.APY(t, j), v.APY(t, i))
	})
	top = top[:min(3, len(top))]
	vol, spike, liq := 0.0, math.Inf(-1), 0.0
	for _, i := range top {
		var a []float64 // the last 15 rows with data, oldest first
		for s := t; s >= 0 && len(a) < 15; s-- {
			if y := v.APY(s, i); !math.IsNaN(y) {
				a = append(a, 100*y)
			}
		}
		slices.Reverse(a)
		if n := len(a) - 1; n >= 2 {
			m, q := 0.0, 0.0
			for k := 1; k <= n; k++ {
				m += (a[k] - a[k-1]) / float64(n)
			}
			for k := 1; k <= n; k++ {
				q += (a[k] - a[k-1] - m) * (a[k] - a[k-1] - m) / float64(n-1)
			}
			vol += math.Sqrt(q) / float64(len(top))
		}
		w := a[max(0, len(a)-7):]
		m := 0.0
		for _, y := range w {
			m += y / float64(len(w))
		}
		spike = math.Max(spike, a[len(a)-1]-m)
		if l := v.TVL(t, i); l > 0 {
			liq += l
		}
	}
	x[2], x[3] = math.Asinh(vol), math.Asinh(spike)
	if liq > 0 {
		x[4] = math.Asinh(100 * p.Value() / liq)
	}
	return x
}

// selectorTrain is reinforce with the selector over set.
func selectorTrain(vs []backtest.Vault, set []backtest.MeanVarSettings, start, split int, rc reinforceConfig) ([]float64, error) {
	return reinforce(vs, start, split, len(set)*len(selectorFeatures), rc, func(theta []float64, rng *rand.Rand) scored {
		return newSelector(set, theta, rng)
	})
}

// TestMeanVarSelector is the fourth thing tried for issue 14 (RL_SWEEP=1):
// a policy that learns which of meanvar's settings (selectorSettings) to
// use at each row from the market's state (selector, selectorTrain), on
// the rows before each split of the README, pooled over the chain vaults,
// then run deterministically on the holdout. On the sum of the chain vaults
// it is compared with meanvar at the shipped settings and with the best
// fixed setting of the set, chosen on the tuning period's sum only (the
// hand-set baseline of the class), with the paired 30-day block bootstrap
// interval of selector − meanvar, for both sets (λ = 0; λ 0 and 4) and
// four settings of the penalty and step. Measured (optimizer/rl's doc has
// the table): the best fixed setting is the shipped one on both splits, so
// the baseline is meanvar (5.729% and 5.487% on the holdouts); the selector
// makes 5.702–5.731% and 5.464–5.494%, and none is ahead on both with an
// interval above 0. About four minutes on two cores.
func TestMeanVarSelector(t *testing.T) {
	if os.Getenv("RL_SWEEP") == "" {
		t.Skip("set RL_SWEEP=1")
	}
	vs, m, row := chainVaults(t)
	start := row("2024-07-05")
	for _, lambdas := range [][]float64{{0}, {0, 4}} {
		set := selectorSettings(lambdas...)
		for _, split := range []string{"2025-01-31", "2025-03-24"} {
			split, s := fmt.Sprintf("%s K %d", split, len(set)), row(split)
			tune := struct {
				cfg  backtest.Config
				rows int
			}{backtest.Config{Capital: 1e7, Start: start, End: s, MinHistory: 30}, s + 1}
			hold := backtest.Config{Capital: 1e7, Start: s, MinHistory: 30}

			// The best fixed setting on the tuning period's sum.
			best, bestAPY := -1, math.Inf(-1)
			for k, st := range set {
				rs := chainRuns(t, vs, m, tune.rows, tune.cfg, func() backtest.Strategy { return gatedMeanVar(st) })
				sum := rs[len(rs)-1]
				t.Logf("split %s fixed %-40v tuning %.3f%% (%d trades)", split, st, sum.Metrics.NetAPYPct, sum.Metrics.Rebalances)
				if sum.Metrics.NetAPYPct > bestAPY {
					best, bestAPY = k, sum.Metrics.NetAPYPct
				}
			}
			for _, rc := range []reinforceConfig{
				{Iters: 50, Episodes: 8, Rollouts: 8, Rows: 60, L2: 1, LR: 0.25, Seed: 1},
				{Iters: 50, Episodes: 8, Rollouts: 8, Rows: 60, L2: 0.1, LR: 0.25, Seed: 1},
				{Iters: 100, Episodes: 8, Rollouts: 8, Rows: 60, L2: 0.1, LR: 0.25, Unit: true, Seed: 1},
				{Iters: 100, Episodes: 8, Rollouts: 8, Rows: 60, L2: 0, LR: 0.25, Unit: true, Seed: 1},
			} {
				began := time.Now()
				l2 := fmt.Sprintf("%g", rc.L2)
				if rc.Unit {
					l2 += fmt.Sprintf(" unit×%d", rc.Iters)
				}
				theta, err := selectorTrain(vs, set, start, s, rc)
				if err != nil {
					t.Fatal(err)
				}
				F := len(selectorFeatures)
				for k, st := range set {
					t.Logf("split %s c %s θ[%v] = %.3f", split, l2, st, theta[k*F:(k+1)*F])
				}
				t.Logf("split %s c %s trained in %v (features %v)", split, l2, time.Since(began).Round(time.Second), selectorFeatures)
				for _, period := range []struct {
					name string
					cfg  backtest.Config
					rows int
				}{
					{"tuning", tune.cfg, tune.rows},
					{"holdout", hold, m.Len()},
				} {
					var sels []*selector
					rs := chainRuns(t, vs, m, period.rows, period.cfg, func() backtest.Strategy {
						sels = append(sels, newSelector(set, theta, nil))
						return sels[len(sels)-1]
					})
					mvs := chainRuns(t, vs, m, period.rows, period.cfg, func() backtest.Strategy { return gatedMeanVar(shippedMeanVar) })
					bs := chainRuns(t, vs, m, period.rows, period.cfg, func() backtest.Strategy { return gatedMeanVar(set[best]) })
					picks := make([]int, len(set))
					for _, sl := range sels {
						for k, n := range sl.picks {
							picks[k] += n
						}
					}
					for c := range rs {
						chain := backtest.AllChains
						if c < len(vs) {
							chain = vs[c].Chain
						}
						d, db := compare(t, rs[c], mvs[c], m), compare(t, bs[c], mvs[c], m)
						t.Logf("split %s c %s %-7s %-9s selector %.3f%% (%d trades)  meanvar %.3f%% (%d)  best fixed [%v] %.3f%% (%d)  selector−meanvar %+.4f [%+.4f, %+.4f]  fixed−meanvar %+.4f [%+.4f, %+.4f]",
							split, l2, period.name, chain, rs[c].Metrics.NetAPYPct, rs[c].Metrics.Rebalances, mvs[c].Metrics.NetAPYPct, mvs[c].Metrics.Rebalances,
							set[best], bs[c].Metrics.NetAPYPct, bs[c].Metrics.Rebalances, d.PP, d.Lo, d.Hi, db.PP, db.Lo, db.Hi)
					}
					t.Logf("split %s c %s %s: rows per setting %v", split, l2, period.name, picks)
				}
			}
		}
	}
}

// TestMeanVarSelectorForced checks the selector's mechanics over a month of
// real rows in every chain vault: θ = 0, and scores that force any one
// setting, are meanvar at that setting decision for decision.
func TestMeanVarSelectorForced(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	vs, _, row := chainVaults(t)
	set := selectorSettings(0)
	F := len(selectorFeatures)
	cfg := backtest.Config{Capital: 1e7, Start: row("2025-01-01"), End: row("2025-01-31"), MinHistory: 30}
	for _, k := range []int{-1, 0, 4, 8} {
		theta, want := make([]float64, len(set)*F), shippedMeanVar
		if k >= 0 {
			theta[k*F], want = 100, set[k] // the bias: x₀ = 1, the other features are O(1)
		}
		for _, v := range vs {
			a, err := backtest.Run(v.Market, newSelector(set, theta, nil), cfg)
			if err != nil {
				t.Fatal(err)
			}
			b, err := backtest.Run(v.Market, gatedMeanVar(want), cfg)
			if err != nil {
				t.Fatal(err)
			}
			sameRun(t, fmt.Sprintf("chain %s, forcing %v,", v.Chain, want), a, b)
		}
	}
}

// TestMeanVarSelectorHonest trains the selector briefly twice, once with
// every row after the split poisoned, and checks that θ is the same.
func TestMeanVarSelectorHonest(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	checkHonest(t, func(vs []backtest.Vault, start, split int) ([]float64, error) {
		rc := reinforceConfig{Iters: 2, Episodes: 1, Rollouts: 2, Rows: 20, L2: 1, LR: 0.25, Seed: 3}
		return selectorTrain(vs, selectorSettings(0), start, split, rc)
	})
}
