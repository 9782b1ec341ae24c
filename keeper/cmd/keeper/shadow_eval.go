package main

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/bootstrap"
)

// The promotion rule's settings (keeper shadow report --help).
const (
	shadowMinDays   = 30   // days with an interval, and days spanned, needed to qualify
	shadowBlockDays = 7    // bootstrap block length, days
	shadowResamples = 2000 // bootstrap resamples
	shadowLevel     = 0.95 // interval level
	shadowSeed      = 1    // bootstrap seed
	shadowMinMove   = 1e-9 // a weight change below this is no trade
	yearSeconds     = 365 * 24 * 3600.0
)

// rateSeries reads a vault's recorded APYs: one row per tick that observed
// every source, times oldest first (store.APYSeries).
type rateSeries func(chainID uint64, vault string, sources []string) (times []time.Time, rows [][]float64, err error)

// shadowResult is keeper shadow report's result (its --json object).
type shadowResult struct {
	Since             *time.Time `json:"since"`
	Rows              int        `json:"rows"`           // decisions with a shadow row
	EvaluatedRows     int        `json:"evaluated_rows"` // of which the model acted
	Vaults            int        `json:"vaults"`
	First             *time.Time `json:"first"`
	Last              *time.Time `json:"last"`
	SpanDays          float64    `json:"span_days"`
	Intervals         int        `json:"intervals"` // decision intervals priced
	Days              int        `json:"days"`      // UTC days with a priced interval
	SkippedIntervals  int        `json:"skipped_intervals"`
	RLTrades          int        `json:"rl_trades"`
	MeanVarRebalances int        `json:"meanvar_rebalances"`
	RLGas             float64    `json:"rl_gas"`      // asset units
	MeanVarGas        float64    `json:"meanvar_gas"` // asset units
	GasSource         string     `json:"gas_source"`
	RLAPYPct          float64    `json:"rl_apy_pct"`
	MeanVarAPYPct     float64    `json:"meanvar_apy_pct"`
	DiffAPYPts        float64    `json:"diff_apy_pts"` // RL − meanvar
	CI95              []float64  `json:"ci95_apy_pts"` // [lo, hi]; empty when not computed
	BlockDays         int        `json:"block_days"`
	Resamples         int        `json:"resamples"`
	MinDays           int        `json:"min_days"`
	Qualifies         bool       `json:"qualifies"`
	Verdict           string     `json:"verdict"`
}

// shadowDay is one UTC day's summed log growth of both paper portfolios and
// the time it covers, years.
type shadowDay struct{ rl, mv, tau float64 }

// evaluateShadow prices the shadow rows es (store.ShadowEntries' order) as
// two paper portfolios per vault, RL's and meanvar's, and compares them.
//
// Both portfolios start, at a vault's first evaluated shadow row, from the
// allocation the vault actually held there (the row's current weights).
// At each row k (a move counts when its largest weight change is at least
// minMove, the keeper's governed.rebalance.min_move), meanvar moves to the
// row's target weights when the row
// is a rebalance none of whose transactions reverted or failed (a dry-run
// rebalance counts as made: it is what meanvar decided), paying the row's
// gas cost; RL moves to the shadow's target weights when the shadow trades,
// paying the gas of one rebalance (gasOf). Between rows k and k+1 (times
// t_k < t_{k+1}) each portfolio earns, per source i, the mean r_i of the
// APYs the keeper recorded at the ticks in (t_k, t_{k+1}]:
//
//	ℓ = log(1 − gas/V_k) + log(Σ_i w_i (1+r_i)^τ + 1 − Σ_i w_i),  τ = (t_{k+1} − t_k)/year,
//
// V_k the vault's total assets at row k (in tokens), idle earning nothing;
// then w_i ← w_i (1+r_i)^τ / e^ℓ (the weights drift with what they earn).
// An interval without a recorded tick, whose rows name other sources, or
// whose row has no recorded asset decimals, is skipped (a change of sources restarts both portfolios from the actual
// allocation). The intervals are summed per UTC day of t_{k+1} (over every
// vault): L_d^RL, L_d^MV, τ_d. Over a set of days D the APY is
// exp(Σ_D L_d / Σ_D τ_d) − 1, and the statistic is
//
//	Δ(D) = 100·(exp(Σ_D L_d^RL / Σ_D τ_d) − exp(Σ_D L_d^MV / Σ_D τ_d))   APY points,
//
// with its 95% interval from a moving-block bootstrap over the days
// (optimizer/bootstrap; blocks of shadowBlockDays days, shadowResamples
// resamples, seed shadowSeed). The model acted on the vault's real
// allocation, not on its paper portfolio: RL's paper portfolio is what its
// trade decisions would have held, an approximation that grows with how far
// the two portfolios drift apart.
//
// RL qualifies to be proposed only when the interval's lower end is above 0,
// the rows span at least shadowMinDays days with at least shadowMinDays
// priced days, and every RL trade's gas was priced (tradeGas ≥ 0, or a gas
// estimate recorded in the rows).
func evaluateShadow(es []store.HistoryEntry, rates rateSeries, since *time.Time, tradeGas, minMove float64) (*shadowResult, error) {
	res := &shadowResult{Since: since, Rows: len(es), BlockDays: shadowBlockDays, Resamples: shadowResamples,
		MinDays: shadowMinDays, CI95: []float64{}}
	days := map[string]*shadowDay{}
	gasUnknown := false
	usedRecorded, usedMedian := 0, 0
	for start := 0; start < len(es); {
		end := start
		key := vaultKey(es[start].Decision)
		for end < len(es) && vaultKey(es[end].Decision) == key {
			end++
		}
		vs := es[start:end]
		start = end
		for _, e := range vs {
			if e.Decision.RLShadow != nil && e.Decision.RLShadow.Evaluated {
				res.EvaluatedRows++
			}
		}
		v := vaultEval{days: days, rates: rates, median: medianGas(vs), tradeGas: tradeGas, minMove: minMove}
		if err := v.run(vs, res); err != nil {
			return nil, err
		}
		if v.priced {
			res.Vaults++
		}
		gasUnknown = gasUnknown || v.gasUnknown
		usedRecorded += v.recorded
		usedMedian += v.medianUsed
	}
	switch {
	case tradeGas >= 0:
		res.GasSource = fmt.Sprintf("--trade-gas: %g asset units per RL trade", tradeGas)
	case gasUnknown:
		res.GasSource = "no gas cost recorded in these rows: RL trades priced at 0 (pass --trade-gas)"
	default:
		res.GasSource = fmt.Sprintf("the gas cost the keeper estimated at the same tick (%d RL trades), else the median of the vault's estimates in these rows (%d)", usedRecorded, usedMedian)
	}

	keys := make([]string, 0, len(days))
	for k := range days {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ds := make([]shadowDay, len(keys))
	for i, k := range keys {
		ds[i] = *days[k]
	}
	res.Days = len(ds)
	stat := func(idx []int) (rl, mv float64) {
		var lr, lm, tau float64
		for _, i := range idx {
			lr, lm, tau = lr+ds[i].rl, lm+ds[i].mv, tau+ds[i].tau
		}
		return 100 * math.Expm1(lr/tau), 100 * math.Expm1(lm/tau)
	}
	var reasons []string
	if len(ds) > 0 {
		all := make([]int, len(ds))
		for i := range all {
			all[i] = i
		}
		res.RLAPYPct, res.MeanVarAPYPct = stat(all)
		res.DiffAPYPts = res.RLAPYPct - res.MeanVarAPYPct
		block := min(shadowBlockDays, len(ds))
		lo, hi, err := bootstrap.Interval(len(ds), block, shadowResamples, shadowLevel, shadowSeed, func(idx []int) float64 {
			rl, mv := stat(idx)
			return rl - mv
		})
		if err != nil {
			return nil, fmt.Errorf("bootstrapping RL − meanvar: %w", err)
		}
		res.CI95 = []float64{lo, hi}
		if !(lo > 0) {
			reasons = append(reasons, fmt.Sprintf("the 95%% interval's lower end %+.3f APY points is not above 0", lo))
		}
	} else {
		reasons = append(reasons, "no decision interval could be priced")
	}
	if res.SpanDays < shadowMinDays {
		reasons = append(reasons, fmt.Sprintf("the rows span %.1f days, fewer than %d", res.SpanDays, shadowMinDays))
	}
	if res.Days < shadowMinDays {
		reasons = append(reasons, fmt.Sprintf("%d days have a priced interval, fewer than %d", res.Days, shadowMinDays))
	}
	if gasUnknown && tradeGas < 0 {
		reasons = append(reasons, "RL's trades could not be priced (no gas estimate recorded; pass --trade-gas)")
	}
	res.Qualifies = len(reasons) == 0
	if res.Qualifies {
		res.Verdict = fmt.Sprintf("RL qualifies to be proposed: it beat meanvar by %+.3f APY points (95%% interval %+.3f … %+.3f) over %d days; governance decides",
			res.DiffAPYPts, res.CI95[0], res.CI95[1], res.Days)
	} else {
		res.Verdict = "RL does not qualify: " + strings.Join(reasons, "; ")
	}
	return res, nil
}

func vaultKey(d store.Decision) string {
	return fmt.Sprintf("%d/%s", d.ChainID, strings.ToLower(d.Vault))
}

// medianGas is the median gas cost of the rows that estimated one (gas
// estimate > 0), or −1 when none did.
func medianGas(es []store.HistoryEntry) float64 {
	var g []float64
	for _, e := range es {
		if e.Decision.GasEstimate > 0 && e.Decision.GasCost >= 0 {
			g = append(g, e.Decision.GasCost)
		}
	}
	if len(g) == 0 {
		return -1
	}
	sort.Float64s(g)
	if n := len(g); n%2 == 1 {
		return g[n/2]
	} else {
		return (g[n/2-1] + g[n/2]) / 2
	}
}

// vaultEval runs one vault's paper portfolios.
type vaultEval struct {
	days       map[string]*shadowDay
	rates      rateSeries
	median     float64 // the vault's median gas estimate, −1 when none
	tradeGas   float64 // --trade-gas, −1 when not given
	minMove    float64 // governed.rebalance.min_move
	gasUnknown bool
	recorded   int // RL trades priced with the row's own estimate
	medianUsed int // … with the vault's median
	priced     bool
}

func (v *vaultEval) run(es []store.HistoryEntry, res *shadowResult) error {
	first := -1
	for k, e := range es {
		if sh := e.Decision.RLShadow; sh != nil && sh.Evaluated {
			first = k
			break
		}
	}
	if first < 0 {
		return nil
	}
	es = es[first:]
	d0 := es[0].Decision
	if res.First == nil || d0.Time.Before(*res.First) {
		t := d0.Time
		res.First = &t
	}
	if l := es[len(es)-1].Decision.Time; res.Last == nil || l.After(*res.Last) {
		res.Last = &l
	}
	res.SpanDays = res.Last.Sub(*res.First).Hours() / 24

	sources := d0.Sources
	times, rows, err := v.rates(d0.ChainID, d0.Vault, sources)
	if err != nil {
		return fmt.Errorf("reading the recorded APYs of vault %s: %w", d0.Vault, err)
	}
	wRL, wMV := clone(d0.CurrentWeights), clone(d0.CurrentWeights)
	for k := 0; k+1 < len(es); k++ {
		d, next := es[k].Decision, es[k+1].Decision
		if !sameSources(d.Sources, sources) {
			sources = d.Sources
			if times, rows, err = v.rates(d.ChainID, d.Vault, sources); err != nil {
				return fmt.Errorf("reading the recorded APYs of vault %s: %w", d.Vault, err)
			}
			wRL, wMV = clone(d.CurrentWeights), clone(d.CurrentWeights)
		}
		value := assetTokens(d.TotalAssets, d.AssetDecimals)
		// The decisions of row k.
		gasRL, gasMV := 0.0, 0.0
		if sh := d.RLShadow; sh != nil && sh.Evaluated && sh.Trade && len(sh.TargetWeights) == len(wRL) && moved(wRL, sh.TargetWeights, v.minMove) {
			gasRL = v.gasOf(d)
			copy(wRL, sh.TargetWeights)
			res.RLTrades++
			res.RLGas += gasRL
		}
		if d.Action == store.ActionRebalance && !failed(es[k].Transactions) && len(d.TargetWeights) == len(wMV) && moved(wMV, d.TargetWeights, v.minMove) {
			gasMV = d.GasCost
			copy(wMV, d.TargetWeights)
			res.MeanVarRebalances++
			res.MeanVarGas += gasMV
		}
		// The interval (t_k, t_{k+1}].
		tau := next.Time.Sub(d.Time).Seconds() / yearSeconds
		r, ok := meanRates(times, rows, d.Time, next.Time)
		if !ok || !(tau > 0) || !sameSources(next.Sources, sources) || !(value > 0) {
			res.SkippedIntervals++
			continue
		}
		lr := grow(wRL, r, tau, gasRL/value)
		lm := grow(wMV, r, tau, gasMV/value)
		day := next.Time.UTC().Format(time.DateOnly)
		sd := v.days[day]
		if sd == nil {
			sd = &shadowDay{}
			v.days[day] = sd
		}
		sd.rl, sd.mv, sd.tau = sd.rl+lr, sd.mv+lm, sd.tau+tau
		res.Intervals++
		v.priced = true
	}
	return nil
}

// gasOf is the gas of one RL rebalance at row d, asset units.
func (v *vaultEval) gasOf(d store.Decision) float64 {
	switch {
	case v.tradeGas >= 0:
		return v.tradeGas
	case d.GasEstimate > 0:
		v.recorded++
		return d.GasCost
	case v.median >= 0:
		v.medianUsed++
		return v.median
	}
	v.gasUnknown = true
	return 0
}

// grow applies one interval to the weights w (updated in place, drifting
// with what each source earned) and returns its log growth net of the gas
// fraction g: log(1 − g) + log(Σ_i w_i q_i + 1 − Σ_i w_i), q_i = (1+r_i)^τ.
func grow(w, r []float64, tau, g float64) float64 {
	sum, inv := 0.0, 0.0
	for i := range w {
		inv += w[i]
		w[i] *= math.Pow(1+r[i], tau)
		sum += w[i]
	}
	tot := sum + (1 - inv)
	for i := range w {
		w[i] /= tot
	}
	return math.Log1p(-math.Min(g, 1-1e-12)) + math.Log(tot)
}

// meanRates is the mean per source of the rows observed in (from, to].
func meanRates(times []time.Time, rows [][]float64, from, to time.Time) ([]float64, bool) {
	lo := sort.Search(len(times), func(j int) bool { return times[j].After(from) })
	var out []float64
	n := 0
	for j := lo; j < len(times) && !times[j].After(to); j++ {
		if out == nil {
			out = make([]float64, len(rows[j]))
		}
		for i, a := range rows[j] {
			out[i] += a
		}
		n++
	}
	for i := range out {
		out[i] /= float64(n)
	}
	return out, n > 0
}

func failed(txs []store.Transaction) bool {
	for _, t := range txs {
		if t.Status == store.StatusReverted || t.Status == store.StatusFailed {
			return true
		}
	}
	return false
}

// moved says whether a move from w to target is a trade: its largest
// weight change is at least minMove (the keeper's governed.rebalance.min_move,
// below which it holds), so a paper portfolio that drifted a little from a
// target the model keeps proposing does not pay gas at every tick.
func moved(w, target []float64, minMove float64) bool {
	for i := range w {
		if d := math.Abs(w[i] - target[i]); d > 0 && d >= minMove {
			return true
		}
	}
	return false
}

func sameSources(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

func clone(w []float64) []float64 { return append([]float64(nil), w...) }

// assetTokens is an amount in base units as tokens; 0 when the decimals
// were not recorded (the interval is then skipped: the gas, in tokens, could
// not be set against the value).
func assetTokens(x *big.Int, dec *uint8) float64 {
	if x == nil || dec == nil {
		return 0
	}
	f, _ := new(big.Float).SetInt(x).Float64()
	return f / math.Pow10(int(*dec))
}
