package rl

import (
	"errors"
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// Observation is what the policy sees at one decision: everything is
// pool-agnostic, so one model serves any number of sources. The keeper builds
// it from on-chain reads and its SQLite history; the backtest uses
// ObservationAt.
type Observation struct {
	// Value is the portfolio's total value (sources + idle), in the unit of
	// Liquidity and Gas (USD or asset units). Must be > 0.
	Value float64
	// Gas is the cost of touching one source in a rebalance, same unit.
	Gas float64
	// CostBps is the proportional cost on every unit moved, basis points.
	CostBps float64
	// Sources are the yield sources, in the caller's order; Act returns
	// one weight per source in the same order.
	Sources []SourceObs
}

// SourceObs is one source as the policy sees it.
type SourceObs struct {
	// APY is the recent APY history, oldest → newest, fractions (0.05 = 5%),
	// one entry per model step (Model.StepHours; daily for the shipped
	// models: the keeper resamples its ticks to one value per day). Only the
	// last Model.Window entries are used. Empty means the source cannot take
	// deposits now (no data, paused, removed): its target weight is 0.
	APY []float64
	// Liquidity is the source's free liquidity now (supplied − borrowed),
	// same unit as Value; the rate-impact model is built on it.
	Liquidity float64
	// Weight is the share of Value currently held in the source.
	Weight float64
}

// Feature names, in the order of the per-source feature vector. They are
// written into every model file and checked by Load, so that a model is never
// applied to features it was not trained on.
var featureNames = []string{
	"apy",                     // 10·a_now, the latest APY
	"apy_ewma_short",          // 10·EWMA of the APY history, half-life ShortHalfLife steps
	"apy_ewma_long",           // 10·EWMA, half-life LongHalfLife steps
	"apy_vol",                 // 10·standard deviation of the APY history
	"log10_value_over_supply", // log10(V/S)/2, S = L/(1−u₀) the pool's implied supply
	"rate_at_value",           // 10·r(V): the capacity-model rate if the whole value sat here
	"rate_at_holding",         // 10·r(x): the rate at the current holding x
	"weight",                  // current weight x/V
	"history_fraction",        // observations in the window / Window
}

// Gate feature names, in order (see the package documentation).
var gateFeatureNames = []string{
	"bias",
	"asinh_benefit_over_cost", // asinh(H·b/C): b the estimated gain per step of the move, C its cost, H = GateHorizon
	"turnover",                // Σ_i |w*_i − w_i|, sources only
}

const (
	nFeat = 9
	nGate = 3
	// Clipping bounds of the APY-like features (scaled by 10: ±5 is ±50%).
	apyClip = 5
)

// histStats is the part of a source's features that depends on its APY
// history only (not on the portfolio). Training precomputes it for every row
// and pool with the same summarize that Act uses.
type histStats struct {
	now, short, long, vol, frac float64
	n                           int // observations used
}

// summarize computes the history statistics of the last window entries of
// apy (oldest → newest). EWMAs start at the oldest entry used:
// e ← e + α(v − e), α = 1 − 2^(−1/h).
func summarize(apy []float64, window int, shortHL, longHL float64) histStats {
	if len(apy) > window {
		apy = apy[len(apy)-window:]
	}
	var h histStats
	h.n = len(apy)
	if h.n == 0 {
		return h
	}
	as, al := 1-math.Exp2(-1/shortHL), 1-math.Exp2(-1/longHL)
	es, el := apy[0], apy[0]
	mean := 0.0
	for k, v := range apy {
		if k > 0 {
			es += as * (v - es)
			el += al * (v - el)
		}
		mean += v
	}
	mean /= float64(h.n)
	ss := 0.0
	for _, v := range apy {
		ss += (v - mean) * (v - mean)
	}
	h.now, h.short, h.long = apy[h.n-1], es, el
	h.vol = math.Sqrt(ss / float64(h.n))
	h.frac = float64(h.n) / float64(window)
	return h
}

// impact is the market's capacity model (optimizer/market, RateAt).
type impact struct{ util, eta float64 }

// supply is the implied supply S = L/(1−u₀).
func (im impact) supply(liq float64) float64 { return liq / (1 - im.util) }

// rate is a·(S/(S+x))^(1+η), a for x ≤ 0, 0 when S ≤ 0 (as market.RateAt;
// η = 0 and η = 1 without math.Pow, which may differ in the last bit).
func (im impact) rate(a, s, x float64) float64 {
	if x <= 0 {
		return a
	}
	if s <= 0 {
		return 0
	}
	q := s / (s + x)
	switch im.eta {
	case 0:
		return a * q
	case 1:
		return a * q * q
	}
	return a * math.Pow(q, 1+im.eta)
}

func clip(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// sourceFeatures fills f (length nFeat) for one source with history h, free
// liquidity liq, portfolio value v and current weight w.
func sourceFeatures(f []float64, h histStats, liq, v, w float64, im impact) {
	s := im.supply(liq)
	x := w * v
	lv := 2.0
	if s > 0 {
		lv = clip(math.Log10(v/s), -4, 2)
	}
	f[0] = clip(10*h.now, -apyClip, apyClip)
	f[1] = clip(10*h.short, -apyClip, apyClip)
	f[2] = clip(10*h.long, -apyClip, apyClip)
	f[3] = clip(10*h.vol, 0, apyClip)
	f[4] = lv / 2
	f[5] = clip(10*im.rate(h.now, s, v), -apyClip, apyClip)
	f[6] = clip(10*im.rate(h.now, s, x), -apyClip, apyClip)
	f[7] = w
	f[8] = h.frac
}

// validate checks an observation and returns the history statistics of each
// source (n = 0 for an unavailable one).
func (o Observation) validate(window int, shortHL, longHL float64) ([]histStats, error) {
	if !(o.Value > 0) || math.IsInf(o.Value, 0) {
		return nil, fmt.Errorf("rl: observation Value %v: must be finite and > 0", o.Value)
	}
	if !finiteNonNeg(o.Gas) {
		return nil, fmt.Errorf("rl: observation Gas %v: must be finite and ≥ 0", o.Gas)
	}
	if !finiteNonNeg(o.CostBps) || o.CostBps >= 1e4 {
		return nil, fmt.Errorf("rl: observation CostBps %v: must be in [0, 10000)", o.CostBps)
	}
	if len(o.Sources) == 0 {
		return nil, errors.New("rl: observation has no sources")
	}
	sum := 0.0
	hs := make([]histStats, len(o.Sources))
	for i, src := range o.Sources {
		if !(src.Weight >= 0 && src.Weight <= 1) {
			return nil, fmt.Errorf("rl: observation source %d: Weight %v: must be in [0, 1]", i, src.Weight)
		}
		sum += src.Weight
		if len(src.APY) == 0 {
			continue
		}
		if !finiteNonNeg(src.Liquidity) {
			return nil, fmt.Errorf("rl: observation source %d: Liquidity %v: must be finite and ≥ 0", i, src.Liquidity)
		}
		for k, a := range src.APY {
			if math.IsNaN(a) || math.IsInf(a, 0) || a < -1 {
				return nil, fmt.Errorf("rl: observation source %d: APY[%d] = %v: must be finite and ≥ −1", i, k, a)
			}
		}
		hs[i] = summarize(src.APY, window, shortHL, longHL)
	}
	if sum > 1+1e-9 {
		return nil, fmt.Errorf("rl: observation weights sum to %v, more than 1", sum)
	}
	return hs, nil
}

// Rows is read access to pool histories up to a row: *market.Market, or a
// backtest's walk-forward view of it (which fails the run if a row after the
// decision row is read).
type Rows interface {
	N() int
	Config() market.Config
	Listed(t, i int) bool
	APY(t, i int) float64
	TVL(t, i int) float64
}

// ObservationAt is the observation of portfolio p at row t of m: for each
// pool, the APYs observed in rows t−window+1 … t (rows with no data are
// skipped; a pool with no data at t is unavailable and gets an empty
// history), its free liquidity at t and its weight in p; Gas and CostBps are
// m's. It reads no row after t.
func ObservationAt(m *market.Market, t int, p market.Portfolio, window int) Observation {
	return ObservationFrom(m, t, p, window)
}

// ObservationFrom is ObservationAt on any Rows.
func ObservationFrom(m Rows, t int, p market.Portfolio, window int) Observation {
	cfg := m.Config()
	o := Observation{Value: p.Value(), Gas: cfg.GasUSD, CostBps: cfg.CostBps, Sources: make([]SourceObs, m.N())}
	w := p.Weights()
	lo := max(0, t-window+1)
	for i := range o.Sources {
		o.Sources[i].Weight = w[i]
		if !m.Listed(t, i) {
			continue
		}
		apy := make([]float64, 0, t-lo+1)
		for r := lo; r <= t; r++ {
			if m.Listed(r, i) {
				apy = append(apy, m.APY(r, i))
			}
		}
		o.Sources[i].APY = apy
		o.Sources[i].Liquidity = m.TVL(t, i)
	}
	return o
}

// precompute returns the history statistics of every pool at every row
// t < until, as ObservationAt + summarize would compute them (n = 0 where the
// pool has no data at t). It reads no row ≥ until.
func precompute(m *market.Market, until, window int, shortHL, longHL float64) [][]histStats {
	out := make([][]histStats, until)
	buf := make([]float64, 0, window)
	for t := 0; t < until; t++ {
		out[t] = make([]histStats, m.N())
		lo := max(0, t-window+1)
		for i := 0; i < m.N(); i++ {
			if !m.Listed(t, i) {
				continue
			}
			buf = buf[:0]
			for r := lo; r <= t; r++ {
				if m.Listed(r, i) {
					buf = append(buf, m.APY(r, i))
				}
			}
			out[t][i] = summarize(buf, window, shortHL, longHL)
		}
	}
	return out
}

func finiteNonNeg(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= 0 }
