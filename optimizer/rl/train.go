package rl

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// TrainConfig is the training setup. Start from DefaultTrainConfig: Train
// validates every field and gives no meaning to zero values.
type TrainConfig struct {
	Seed uint64 // the only source of randomness

	// Optimisation.
	Iterations   int     // policy-gradient updates
	Episodes     int     // episodes per update
	Rollouts     int     // rollouts of each episode (K ≥ 2: the baseline is the other K−1)
	LearningRate float64 // Adam step size
	ClipNorm     float64 // the update's gradient is rescaled to at most this L2 norm
	L2           float64 // weight decay λ: the objective is J(θ) − λ/2·|θ|²
	Gamma        float64 // discount γ ∈ (0, 1] of the per-step rewards

	// Episodes: length, pools, capital.
	MinLen, MaxLen         int     // episode length range, steps
	MinPools, MaxPools     int     // size range of the random subset of eligible pools; MaxPools 0 = all
	MinHistory             int     // a pool is eligible at an episode's start with ≥ this many APY observations in the window
	CapitalMin, CapitalMax float64 // starting value, log-uniform in [CapitalMin, CapitalMax]

	// Policy (written into the model file).
	Hidden        int     // hidden units of the scoring network; 0 = linear
	Window        int     // APY history entries in the features
	ShortHalfLife float64 // steps
	LongHalfLife  float64 // steps
	MinWeight     float64 // target weights below this are dropped
	Band          float64 // per-source no-trade band (weight units)
	GateHorizon   float64 // H of the gate feature asinh(H·b/C), steps
	Sigma         float64 // std of the exploration noise on the logits

	// Workers is the number of goroutines running rollouts; 0 means
	// GOMAXPROCS. The result does not depend on it.
	Workers int
	// Init warm-starts training from a model's parameters (same Hidden,
	// Window, half-lives); nil trains from the default initialisation.
	Init *Model
}

// DefaultTrainConfig is the configuration used by the backtest: a refit
// from scratch on a year of 63 daily pools simulates about 10⁵ steps, half a
// second on two cores; linear scorer.
func DefaultTrainConfig() TrainConfig {
	return TrainConfig{
		Seed:         1,
		Iterations:   80,
		Episodes:     4,
		Rollouts:     8,
		LearningRate: 0.05,
		ClipNorm:     5,
		L2:           1e-3,
		Gamma:        0.97,

		MinLen: 20, MaxLen: 60,
		MinPools: 2, MaxPools: 0,
		MinHistory: 7,
		CapitalMin: 1e6, CapitalMax: 1e8,

		Hidden:        0,
		Window:        30,
		ShortHalfLife: 3,
		LongHalfLife:  14,
		MinWeight:     0.01,
		Band:          0.01,
		GateHorizon:   30,
		Sigma:         0.5,
	}
}

func (c TrainConfig) validate() error {
	bad := func(name string, v any, want string) error {
		return fmt.Errorf("rl: TrainConfig.%s = %v: %s", name, v, want)
	}
	fin := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	switch {
	case c.Iterations < 0:
		return bad("Iterations", c.Iterations, "must be ≥ 0")
	case c.Episodes < 1:
		return bad("Episodes", c.Episodes, "must be ≥ 1")
	case c.Rollouts < 2:
		return bad("Rollouts", c.Rollouts, "must be ≥ 2")
	case !(fin(c.LearningRate) && c.LearningRate > 0):
		return bad("LearningRate", c.LearningRate, "must be finite and > 0")
	case !(fin(c.ClipNorm) && c.ClipNorm > 0):
		return bad("ClipNorm", c.ClipNorm, "must be finite and > 0")
	case !finiteNonNeg(c.L2):
		return bad("L2", c.L2, "must be finite and ≥ 0")
	case !(c.Gamma > 0 && c.Gamma <= 1):
		return bad("Gamma", c.Gamma, "must be in (0, 1]")
	case c.MinLen < 1:
		return bad("MinLen", c.MinLen, "must be ≥ 1")
	case c.MaxLen < c.MinLen:
		return bad("MaxLen", c.MaxLen, "must be ≥ MinLen")
	case c.MinPools < 1:
		return bad("MinPools", c.MinPools, "must be ≥ 1")
	case c.MaxPools != 0 && c.MaxPools < c.MinPools:
		return bad("MaxPools", c.MaxPools, "must be 0 (all) or ≥ MinPools")
	case c.MinHistory < 1 || c.MinHistory > c.Window:
		return bad("MinHistory", c.MinHistory, "must be in [1, Window]")
	case !(fin(c.CapitalMin) && c.CapitalMin > 0):
		return bad("CapitalMin", c.CapitalMin, "must be finite and > 0")
	case !(fin(c.CapitalMax) && c.CapitalMax >= c.CapitalMin):
		return bad("CapitalMax", c.CapitalMax, "must be finite and ≥ CapitalMin")
	case c.Hidden < 0 || c.Hidden > 1024:
		return bad("Hidden", c.Hidden, "must be in [0, 1024]")
	case c.Window < 1 || c.Window > 1<<16:
		return bad("Window", c.Window, "must be in [1, 65536]")
	case !(fin(c.ShortHalfLife) && c.ShortHalfLife > 0):
		return bad("ShortHalfLife", c.ShortHalfLife, "must be finite and > 0")
	case !(fin(c.LongHalfLife) && c.LongHalfLife > 0):
		return bad("LongHalfLife", c.LongHalfLife, "must be finite and > 0")
	case !(c.MinWeight >= 0 && c.MinWeight < 1):
		return bad("MinWeight", c.MinWeight, "must be in [0, 1)")
	case !(c.Band >= 0 && c.Band < 1):
		return bad("Band", c.Band, "must be in [0, 1)")
	case !(fin(c.GateHorizon) && c.GateHorizon > 0):
		return bad("GateHorizon", c.GateHorizon, "must be finite and > 0")
	case !(fin(c.Sigma) && c.Sigma > 0):
		return bad("Sigma", c.Sigma, "must be finite and > 0")
	case c.Workers < 0:
		return bad("Workers", c.Workers, "must be ≥ 0")
	}
	return nil
}

// TrainReport describes a training run. Unlike the model, Duration is not
// deterministic.
type TrainReport struct {
	Rows       int           // training used rows [0, Rows)
	Iterations int           // updates made
	Steps      int           // environment steps simulated
	Duration   time.Duration // wall time
	Curve      []IterStat    // one per iteration
}

// IterStat summarises one update's rollouts (sampled policy, with
// exploration noise).
type IterStat struct {
	LogGrowth float64 // mean log growth per step of the rollouts, net of costs
	TradeRate float64 // fraction of steps that traded
	Touched   float64 // mean sources touched per trade
	GradNorm  float64 // norm of the gradient before clipping
}

// episode is one sampled training episode; its K rollouts share it.
type episode struct {
	t0, length int
	pools      []int     // market columns, ascending
	capital    float64   // starting value
	init       []float64 // starting weight per pool in pools (idle the rest)
}

// rollout holds one rollout's results and scratch space.
type rollout struct {
	rewards []float64   // per step, basis points of log growth
	grads   [][]float64 // per step ∇θ log π
	trades  int
	touched int
	err     error

	ws     workspace
	st     state
	target []float64 // per market column
}

// Train fits a model on the rows [0, until) of m: no row ≥ until is read
// (features, listings, rates and liquidity alike). See the package
// documentation for the method. The result is a deterministic function of
// (m's rows < until, m's config, cfg) and does not depend on cfg.Workers.
func Train(m *market.Market, until int, cfg TrainConfig) (*Model, TrainReport, error) {
	start := time.Now()
	if m == nil {
		return nil, TrainReport{}, errors.New("rl: nil market")
	}
	if err := cfg.validate(); err != nil {
		return nil, TrainReport{}, err
	}
	if until < 2 || until > m.Len() {
		return nil, TrainReport{}, fmt.Errorf("rl: until = %d: must be in [2, %d]", until, m.Len())
	}
	mc := m.Config()
	sp := spec{
		Window: cfg.Window, ShortHL: cfg.ShortHalfLife, LongHL: cfg.LongHalfLife, Hidden: cfg.Hidden,
		MinWeight: cfg.MinWeight, Band: cfg.Band, GateHorizon: cfg.GateHorizon, Sigma: cfg.Sigma,
		StepYears: m.PeriodYears(), Util: mc.Util, Elasticity: mc.Elasticity, Dust: mc.Dust,
	}
	l := layoutFor(sp.Hidden)
	theta := make([]float64, l.n)
	parent := ""
	if cfg.Init != nil {
		is := cfg.Init.spec
		if is.Hidden != sp.Hidden || is.Window != sp.Window || is.ShortHL != sp.ShortHL || is.LongHL != sp.LongHL {
			return nil, TrainReport{}, fmt.Errorf("rl: TrainConfig.Init (hidden %d, window %d, half-lives %v/%v) does not match the config (hidden %d, window %d, half-lives %v/%v)",
				is.Hidden, is.Window, is.ShortHL, is.LongHL, sp.Hidden, sp.Window, sp.ShortHL, sp.LongHL)
		}
		copy(theta, cfg.Init.theta)
		parent = cfg.Init.String()
	} else {
		initTheta(theta, sp.Hidden, rand.New(rand.NewPCG(cfg.Seed, 0x1d)))
	}

	hist := precompute(m, until, cfg.Window, cfg.ShortHalfLife, cfg.LongHalfLife)
	tmin := -1
	for t := 0; t < until && tmin < 0; t++ {
		for i := 0; i < m.N(); i++ {
			if hist[t][i].n >= cfg.MinHistory {
				tmin = t
				break
			}
		}
	}
	if tmin < 0 || until-1-tmin < 1 {
		return nil, TrainReport{}, fmt.Errorf("rl: rows [0, %d) leave no room for an episode (first row with a pool of %d observations: %d)", until, cfg.MinHistory, tmin)
	}

	tr := &trainer{m: m, until: until, cfg: cfg, sp: sp, hist: hist, tmin: tmin}
	workers := cfg.Workers
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	nr := cfg.Episodes * cfg.Rollouts
	slots := make([]rollout, nr)
	master := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	ad := newAdam(l.n, cfg.LearningRate)
	grad := make([]float64, l.n)
	rep := TrainReport{Rows: until, Iterations: cfg.Iterations}

	for it := 0; it < cfg.Iterations; it++ {
		eps := make([]episode, cfg.Episodes)
		for b := range eps {
			e, err := tr.sample(master)
			if err != nil {
				return nil, TrainReport{}, err
			}
			eps[b] = e
		}
		var wg sync.WaitGroup
		for w := 0; w < min(workers, nr); w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for j := w; j < nr; j += workers {
					b, k := j/cfg.Rollouts, j%cfg.Rollouts
					rng := rand.New(rand.NewPCG(cfg.Seed^0xa11ce, uint64(it)<<32|uint64(b)<<16|uint64(k)))
					tr.run(&slots[j], eps[b], theta, rng)
				}
			}(w)
		}
		wg.Wait()

		// Advantages: discounted reward-to-go minus the mean reward-to-go of
		// the episode's other K−1 rollouts at the same step; the gradient is
		// the mean over all steps of A·∇log π.
		clear(grad)
		var st IterStat
		steps, trades, touched := 0, 0, 0
		for b, e := range eps {
			K := cfg.Rollouts
			togo := make([][]float64, K)
			for k := 0; k < K; k++ {
				r := &slots[b*K+k]
				if r.err != nil {
					return nil, TrainReport{}, r.err
				}
				g := make([]float64, e.length)
				acc := 0.0
				for s := e.length - 1; s >= 0; s-- {
					acc = r.rewards[s] + cfg.Gamma*acc
					g[s] = acc
				}
				togo[k] = g
				for _, x := range r.rewards {
					st.LogGrowth += x
				}
				trades += r.trades
				touched += r.touched
			}
			for s := 0; s < e.length; s++ {
				sum := 0.0
				for k := 0; k < K; k++ {
					sum += togo[k][s]
				}
				for k := 0; k < K; k++ {
					adv := togo[k][s] - (sum-togo[k][s])/float64(K-1)
					if adv == 0 {
						continue
					}
					gs := slots[b*K+k].grads[s]
					for p := range grad {
						grad[p] += adv * gs[p]
					}
				}
			}
			steps += K * e.length
		}
		for p := range grad {
			grad[p] = grad[p]/float64(steps) - cfg.L2*theta[p]
		}
		norm := 0.0
		for _, g := range grad {
			norm += g * g
		}
		norm = math.Sqrt(norm)
		if norm > cfg.ClipNorm {
			for p := range grad {
				grad[p] *= cfg.ClipNorm / norm
			}
		}
		ad.ascend(theta, grad)

		st.LogGrowth /= float64(steps) * 1e4
		st.TradeRate = float64(trades) / float64(steps)
		if trades > 0 {
			st.Touched = float64(touched) / float64(trades)
		}
		st.GradNorm = norm
		rep.Curve = append(rep.Curve, st)
		rep.Steps += steps
	}
	for _, v := range theta {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, TrainReport{}, errors.New("rl: training diverged (non-finite weight)")
		}
	}

	md := &Model{spec: sp, theta: theta, info: TrainInfo{
		First: m.Time(0).Format(time.DateOnly), Last: m.Time(until - 1).Format(time.DateOnly),
		Rows: until, Seed: cfg.Seed, Parent: parent,
		Market: MarketInfo{GasUSD: mc.GasUSD, CostBps: mc.CostBps, Util: mc.Util, Elasticity: mc.Elasticity, Dust: mc.Dust},
		Hyper: HyperSettings{
			Iterations: cfg.Iterations, Episodes: cfg.Episodes, Rollouts: cfg.Rollouts,
			MinLen: cfg.MinLen, MaxLen: cfg.MaxLen, MinPools: cfg.MinPools, MaxPools: cfg.MaxPools, MinHistory: cfg.MinHistory,
			CapitalMin: cfg.CapitalMin, CapitalMax: cfg.CapitalMax,
			LearningRate: cfg.LearningRate, ClipNorm: cfg.ClipNorm, L2: cfg.L2, Gamma: cfg.Gamma,
		},
	}}
	rep.Duration = time.Since(start)
	return md, rep, nil
}

// initTheta is the initialisation from scratch: a uniform policy (all
// scores 0; hidden weights small and random so that the output layer's
// gradient breaks the symmetry), idle score 0, and a gate that trades when
// the estimated gain over GateHorizon steps exceeds the cost (φ = (0, 1, 0)).
func initTheta(theta []float64, h int, rng *rand.Rand) {
	l := layoutFor(h)
	clear(theta)
	for k := l.w1; k < l.w1+h*nFeat; k++ {
		theta[k] = rng.NormFloat64() / math.Sqrt(nFeat)
	}
	theta[l.gate+1] = 1
}

type trainer struct {
	m     *market.Market
	until int
	cfg   TrainConfig
	sp    spec
	hist  [][]histStats
	tmin  int
}

// sample draws an episode: a length, a start row so that the episode's last
// growth period ends at a row < until, a random subset of the pools
// eligible at the start, a log-uniform capital and a starting allocation
// (all idle, equal weights on a random subset, or random weights).
func (tr *trainer) sample(r *rand.Rand) (episode, error) {
	cfg := tr.cfg
	room := tr.until - 1 - tr.tmin // growth periods available after tmin
	maxLen := min(cfg.MaxLen, room)
	minLen := min(cfg.MinLen, maxLen)
	var e episode
	e.length = minLen + r.IntN(maxLen-minLen+1)
	var eligible []int
	for try := 0; try < 1000; try++ {
		e.t0 = tr.tmin + r.IntN(tr.until-1-e.length-tr.tmin+1)
		eligible = eligible[:0]
		for i := 0; i < tr.m.N(); i++ {
			if tr.hist[e.t0][i].n >= cfg.MinHistory {
				eligible = append(eligible, i)
			}
		}
		if len(eligible) > 0 {
			break
		}
	}
	if len(eligible) == 0 {
		return e, fmt.Errorf("rl: no eligible pool found in rows [%d, %d)", tr.tmin, tr.until)
	}
	hi := len(eligible)
	if cfg.MaxPools > 0 {
		hi = min(hi, cfg.MaxPools)
	}
	lo := min(cfg.MinPools, hi)
	k := lo + r.IntN(hi-lo+1)
	// Partial Fisher–Yates: the first k of a random permutation, then sorted.
	for j := 0; j < k; j++ {
		s := j + r.IntN(len(eligible)-j)
		eligible[j], eligible[s] = eligible[s], eligible[j]
	}
	e.pools = append([]int(nil), eligible[:k]...)
	sortInts(e.pools)
	e.capital = cfg.CapitalMin * math.Exp(r.Float64()*math.Log(cfg.CapitalMax/cfg.CapitalMin))
	e.init = make([]float64, k)
	switch u := r.Float64(); {
	case u < 1.0/3:
		// all idle
	case u < 2.0/3:
		// Equal weights on q of the pools, chosen by a partial shuffle of
		// their positions.
		q := 1 + r.IntN(k)
		pos := make([]int, k)
		for j := range pos {
			pos[j] = j
		}
		for j := 0; j < q; j++ {
			s := j + r.IntN(k-j)
			pos[j], pos[s] = pos[s], pos[j]
			e.init[pos[j]] = 1 / float64(q)
		}
	default:
		idle := 0.2 * r.Float64()
		sum := 0.0
		for j := range e.init {
			e.init[j] = r.ExpFloat64()
			sum += e.init[j]
		}
		for j := range e.init {
			e.init[j] *= (1 - idle) / sum
		}
	}
	return e, nil
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// run plays one rollout of e with the stochastic policy θ, recording per
// step the reward 10⁴·log(V_{t+1}/V_t) (V_{t+1} after the trade's costs and
// the period's growth) and ∇θ log π of the action taken.
func (tr *trainer) run(r *rollout, e episode, theta []float64, rng *rand.Rand) {
	m, P := tr.m, len(theta)
	r.err = nil
	r.trades, r.touched = 0, 0
	r.rewards = r.rewards[:0]
	for len(r.grads) < e.length {
		r.grads = append(r.grads, make([]float64, P))
	}
	if cap(r.target) < m.N() {
		r.target = make([]float64, m.N())
	}
	target := r.target[:m.N()]
	k := len(e.pools)
	st := &r.st
	if cap(st.liq) < k {
		st.hist = make([]histStats, k)
		st.liq = make([]float64, k)
		st.weights = make([]float64, k)
	}
	st.hist, st.liq, st.weights = st.hist[:k], st.liq[:k], st.weights[:k]
	st.gas, st.costBps = m.Config().GasUSD, m.Config().CostBps

	p := market.NewPortfolio(m.N(), e.capital)
	for j, i := range e.pools {
		p.Amounts[i] = e.init[j] * e.capital
		p.Idle -= p.Amounts[i]
	}
	p.Idle = math.Max(0, p.Idle)

	for s := 0; s < e.length; s++ {
		t := e.t0 + s
		v := p.Value()
		st.value = v
		for j, i := range e.pools {
			st.hist[j] = tr.hist[t][i]
			st.liq[j] = 0
			if st.hist[j].n > 0 {
				st.liq[j] = m.TVL(t, i)
			}
			st.weights[j] = p.Amounts[i] / v
		}
		d := decide(tr.sp, theta, *st, &r.ws, rng, r.grads[s][:P])
		if d.trade {
			clear(target)
			for j, i := range e.pools {
				target[i] = d.target[j]
			}
			tdone, err := m.RebalanceAt(t, &p, target)
			if err == nil {
				r.trades++
				r.touched += tdone.Touched
			}
			// An error (a cost above the value moved) leaves p unchanged:
			// the trade simply did not happen.
		}
		m.Grow(t, &p)
		r.rewards = append(r.rewards, 1e4*math.Log(p.Value()/v))
	}
}

// adam is the Adam optimiser (Kingma & Ba 2015) for gradient ascent.
type adam struct {
	lr, b1, b2, eps float64
	t               int
	m, v            []float64
}

func newAdam(n int, lr float64) *adam {
	return &adam{lr: lr, b1: 0.9, b2: 0.999, eps: 1e-8, m: make([]float64, n), v: make([]float64, n)}
}

// ascend moves θ up the gradient g: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
// θ ← θ + lr·m̂/(√v̂ + ε) with the bias-corrected m̂, v̂.
func (a *adam) ascend(theta, g []float64) {
	a.t++
	c1 := 1 - math.Pow(a.b1, float64(a.t))
	c2 := 1 - math.Pow(a.b2, float64(a.t))
	for p := range theta {
		a.m[p] = a.b1*a.m[p] + (1-a.b1)*g[p]
		a.v[p] = a.b2*a.v[p] + (1-a.b2)*g[p]*g[p]
		theta[p] += a.lr * (a.m[p] / c1) / (math.Sqrt(a.v[p]/c2) + a.eps)
	}
}
