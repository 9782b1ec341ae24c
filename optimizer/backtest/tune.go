package backtest

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// Forecasters MeanVarSettings.Forecaster may name.
const (
	ForecastEWMA       = strategy.ForecastEWMA       // EWMA with HalfLife
	ForecastLocalLevel = strategy.ForecastLocalLevel // forecast.LocalLevel: q per pool, no half-life to set
)

// MeanVarSettings are the settings of the MeanVar strategy that Tune
// searches, in rows of the market's grid; the others (the window and the
// covariance half-life) are TuneGrid.Base's.
type MeanVarSettings struct {
	// Forecaster is ForecastEWMA or ForecastLocalLevel.
	Forecaster string `json:"forecaster"`
	// HalfLife is the EWMA's half-life in rows (ForecastEWMA only).
	HalfLife float64 `json:"half_life,omitempty"`
	// RiskAversion is λ.
	RiskAversion float64 `json:"risk_aversion"`
	// Horizon is the number of rows over which costs are amortised.
	Horizon int `json:"horizon"`
}

// String is e.g. "ewma half-life 3, λ = 4, costs over 7 rows".
func (s MeanVarSettings) String() string {
	f := s.Forecaster
	if s.Forecaster == ForecastEWMA {
		f = fmt.Sprintf("ewma half-life %g", s.HalfLife)
	}
	return fmt.Sprintf("%s, λ = %g, costs over %d rows", f, s.RiskAversion, s.Horizon)
}

func (s MeanVarSettings) validate() error {
	switch {
	case s.Forecaster == ForecastEWMA && !(s.HalfLife > 0 && !math.IsInf(s.HalfLife, 1)):
		return fmt.Errorf("half-life %v: must be positive and finite", s.HalfLife)
	case s.Forecaster != ForecastEWMA && s.Forecaster != ForecastLocalLevel:
		return fmt.Errorf("forecaster %q: want %s or %s", s.Forecaster, ForecastEWMA, ForecastLocalLevel)
	case !(s.RiskAversion >= 0 && !math.IsInf(s.RiskAversion, 1)):
		return fmt.Errorf("risk aversion %v: must be finite and ≥ 0", s.RiskAversion)
	case s.Horizon < 1:
		return fmt.Errorf("horizon %d: must be ≥ 1 row", s.Horizon)
	}
	return nil
}

// MeanVar is the strategy with these settings on a grid of rows step
// apart (a half-life of h rows is h·step), and base's other settings.
func (s MeanVarSettings) MeanVar(base strategy.MeanVar, step time.Duration) *MeanVar {
	mv := base
	mv.Forecaster, mv.RiskAversion, mv.CostHorizon = s.Forecaster, s.RiskAversion, time.Duration(s.Horizon)*step
	if s.Forecaster == ForecastEWMA {
		mv.HalfLife = time.Duration(s.HalfLife * float64(step))
	}
	return &MeanVar{Strategy: mv}
}

// meanVar is s.MeanVar with the grid's base settings and gate.
func (g TuneGrid) meanVar(s MeanVarSettings, step time.Duration) *MeanVar {
	mv := s.MeanVar(g.base(), step)
	mv.Gate = g.Gate
	return mv
}

// DefaultSettings are DefaultMeanVar's settings on a daily grid.
func DefaultSettings() MeanVarSettings {
	return MeanVarSettings{Forecaster: ForecastEWMA, HalfLife: 3, RiskAversion: 4, Horizon: 7}
}

// TuneGrid is the set of settings Tune tries: every forecaster (EWMA at
// each half-life, then LocalLevel if asked) with every λ and horizon.
type TuneGrid struct {
	HalfLives     []float64 // EWMA half-lives, rows
	LocalLevel    bool      // also try forecast.LocalLevel
	RiskAversions []float64 // λ
	Horizons      []int     // rows over which costs are amortised
	// Base holds the settings the grid does not vary (the window and the
	// covariance half-life); the zero value means strategy.DefaultMeanVar.
	Base strategy.MeanVar
	// Gate is every setting's gate (MeanVar.Gate); nil: none.
	Gate *strategy.Gate
}

// base is the grid's Base, or the default settings.
func (g TuneGrid) base() strategy.MeanVar {
	if g.Base == (strategy.MeanVar{}) {
		return strategy.DefaultMeanVar()
	}
	return g.Base
}

// step is the market's row spacing.
func step(m *market.Market) time.Duration { return m.Time(1).Sub(m.Time(0)) }

// DefaultTuneGrid is the grid of `keeper backtest --tune-until`: half-lives
// 1, 2, 3, 5, 7 and 14 rows and LocalLevel; λ 0, 1, 2, 4, 8 and 16; costs
// over 3, 7, 14 and 30 rows (168 settings). It brackets DefaultSettings on
// every axis.
func DefaultTuneGrid() TuneGrid {
	return TuneGrid{
		HalfLives:     []float64{1, 2, 3, 5, 7, 14},
		LocalLevel:    true,
		RiskAversions: []float64{0, 1, 2, 4, 8, 16},
		Horizons:      []int{3, 7, 14, 30},
	}
}

// Settings lists the grid's settings in the order Tune tries them:
// forecaster (EWMA by half-life as given, then LocalLevel), then λ, then
// horizon. It fails if the grid is empty on some axis or holds an invalid
// or repeated value.
func (g TuneGrid) Settings() ([]MeanVarSettings, error) {
	var fcs []MeanVarSettings
	for _, hl := range g.HalfLives {
		fcs = append(fcs, MeanVarSettings{Forecaster: ForecastEWMA, HalfLife: hl})
	}
	if g.LocalLevel {
		fcs = append(fcs, MeanVarSettings{Forecaster: ForecastLocalLevel})
	}
	switch {
	case len(fcs) == 0:
		return nil, errors.New("backtest: tune grid: no forecaster (no half-life and no local level)")
	case len(g.RiskAversions) == 0:
		return nil, errors.New("backtest: tune grid: no risk aversion")
	case len(g.Horizons) == 0:
		return nil, errors.New("backtest: tune grid: no horizon")
	case hasRepeat(g.HalfLives) || hasRepeat(g.RiskAversions) || hasRepeat(g.Horizons):
		return nil, errors.New("backtest: tune grid: a value is listed twice")
	}
	var out []MeanVarSettings
	for _, f := range fcs {
		for _, l := range g.RiskAversions {
			for _, h := range g.Horizons {
				s := f
				s.RiskAversion, s.Horizon = l, h
				if err := s.validate(); err != nil {
					return nil, fmt.Errorf("backtest: tune grid: %w", err)
				}
				out = append(out, s)
			}
		}
	}
	return out, nil
}

func hasRepeat[T comparable](xs []T) bool {
	for i, x := range xs {
		if slices.Contains(xs[:i], x) {
			return true
		}
	}
	return false
}

// Candidate is one setting of the grid with its result on the tuning
// period.
type Candidate struct {
	Settings MeanVarSettings `json:"settings"`
	// Metrics are the setting's on the tuning period: of the sum of the
	// vaults (Combine) when TuneVaults tuned several.
	Metrics Metrics `json:"metrics"`
}

// Tuning is the result of Tune and TuneVaults.
type Tuning struct {
	// Split is the last row of the tuning period and the first decision
	// row of the holdout.
	Split int
	// Candidates are every setting of the grid, in TuneGrid.Settings order,
	// with its metrics on the tuning period.
	Candidates []Candidate
	// Best indexes the chosen candidate.
	Best int
	// Chosen are the chosen settings: Candidates[Best].Settings.
	Chosen MeanVarSettings
	// InSample is the chosen settings' run over the tuning period, on
	// which they were chosen: the sum of the vaults' runs when TuneVaults
	// tuned several.
	InSample *Result
	// Holdout is their run over the holdout, which the choice never saw
	// (the sum of the vaults' runs when there are several).
	Holdout *Result
	// InSampleVaults and HoldoutVaults are the chosen settings' runs in
	// each vault, in TuneVaults' order (one entry for Tune).
	InSampleVaults, HoldoutVaults []*Result
}

// Tune chooses MeanVar's settings on a tuning period and measures the
// choice on a later holdout that took no part in it:
//
//  1. Every setting of the grid is backtested walk-forward (as Run does)
//     over the tuning period, rows cfg.Start…split, on the market cut after
//     row split (market.Market.Head): rows after split are not in what the
//     search runs on, so they cannot influence it.
//  2. The setting with the highest final value, i.e. net APY, on the
//     tuning period is chosen; on a tie, the first in grid order.
//  3. The chosen setting is run walk-forward over the holdout, rows
//     split…cfg.End (cfg.End 0: the market's last row), starting again
//     from cfg.Capital. Its decisions there see the tuning period as
//     history, as a vault that switched the settings on at split would; the
//     returns it is scored on are those of rows split+1…End.
//
// The settings are run in parallel on up to GOMAXPROCS goroutines; the
// result does not depend on their number.
func Tune(m *market.Market, cfg Config, split int, grid TuneGrid) (*Tuning, error) {
	if m == nil {
		return nil, errors.New("backtest: nil market")
	}
	return TuneVaults([]Vault{{Market: m}}, cfg, split, grid)
}

// TuneVaults is Tune for one strategy setting shared by several vaults
// (Data.Vaults: one per chain, on a common grid of rows), each run from
// cfg.Capital: a setting's score on the tuning period is the final value of
// the vaults' sum (Combine), i.e. the capital-weighted net APY of them all,
// so one choice serves every vault and a chain with few pools cannot pick
// settings by luck alone. The chosen setting is then run in each vault over
// the holdout. With one vault it is Tune, and the results are that vault's
// own (not a sum).
func TuneVaults(vs []Vault, cfg Config, split int, grid TuneGrid) (*Tuning, error) {
	if len(vs) == 0 {
		return nil, errors.New("backtest: tune: no vault")
	}
	m0 := vs[0].Market
	cfg, err := cfg.resolve(m0)
	if err != nil {
		return nil, err
	}
	if split <= cfg.Start || split >= cfg.End {
		return nil, fmt.Errorf("backtest: tune: split row %d: need start %d < split < end %d", split, cfg.Start, cfg.End)
	}
	settings, err := grid.Settings()
	if err != nil {
		return nil, err
	}
	base := grid.base()
	if err := base.Validate(); err != nil {
		return nil, fmt.Errorf("backtest: tune: base settings: %w", err)
	}
	heads := make([]*market.Market, len(vs))
	obs := make([][][]int, len(vs))
	pools := make([][]int, len(vs))
	n := 0
	for c, v := range vs {
		if v.Market == nil || v.Market.Len() != m0.Len() || !v.Market.Time(0).Equal(m0.Time(0)) {
			return nil, fmt.Errorf("backtest: tune: vault %d (%s): not on the first vault's grid of rows", c, v.Chain)
		}
		if heads[c], err = v.Market.Head(split + 1); err != nil {
			return nil, err
		}
		obs[c] = observationCounts(heads[c], split)
		pools[c] = v.Pools
		if pools[c] == nil {
			pools[c] = make([]int, v.Market.N())
			for j := range pools[c] {
				pools[c][j] = n + j
			}
		}
		n = max(n, slices.Max(append([]int{-1}, pools[c]...))+1)
	}
	in := cfg
	in.End = split
	K := len(vs)
	results := make([][]*Result, len(settings))
	for k := range results {
		results[k] = make([]*Result, K)
	}
	errs := make([]error, len(settings)*K)
	parallel(len(settings)*K, func(j int) {
		k, c := j/K, j%K
		results[k][c], errs[j] = run(heads[c], grid.meanVar(settings[k], step(m0)), in, obs[c])
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sum := func(rs []*Result) (*Result, error) {
		if len(rs) == 1 {
			return rs[0], nil
		}
		return Combine(rs, pools, n, m0.PeriodYears())
	}
	tu := &Tuning{Split: split, Candidates: make([]Candidate, len(settings))}
	best := math.Inf(-1)
	for k, rs := range results {
		r, err := sum(rs)
		if err != nil {
			return nil, err
		}
		tu.Candidates[k] = Candidate{Settings: settings[k], Metrics: r.Metrics}
		if r.Metrics.FinalValue > best {
			tu.Best, best = k, r.Metrics.FinalValue
		}
	}
	tu.Chosen, tu.InSampleVaults = settings[tu.Best], results[tu.Best]
	if tu.InSample, err = sum(tu.InSampleVaults); err != nil {
		return nil, err
	}
	out := cfg
	out.Start = split
	tu.HoldoutVaults = make([]*Result, K)
	errs = errs[:K]
	parallel(K, func(c int) {
		tu.HoldoutVaults[c], errs[c] = Run(vs[c].Market, grid.meanVar(tu.Chosen, step(m0)), out)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if tu.Holdout, err = sum(tu.HoldoutVaults); err != nil {
		return nil, err
	}
	return tu, nil
}

// Ranked returns the candidates' indices by net APY on the tuning period,
// best first (grid order on a tie).
func (tu *Tuning) Ranked() []int {
	idx := make([]int, len(tu.Candidates))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		va, vb := tu.Candidates[a].Metrics.FinalValue, tu.Candidates[b].Metrics.FinalValue
		switch {
		case va > vb:
			return -1
		case va < vb:
			return 1
		}
		return 0
	})
	return idx
}
