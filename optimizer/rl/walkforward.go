package rl

import (
	"errors"
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// WalkForwardConfig is a walk-forward schedule: refit at rows Start,
// Start+Every, … using only the rows up to and including the refit row, and
// act with the latest model in between.
type WalkForwardConfig struct {
	Train TrainConfig
	// Start is the first decision row; the first model is trained on rows
	// [0, Start].
	Start int
	// Every is the refit period in rows (≥ 1).
	Every int
	// WarmStart makes every refit after the first start from the previous
	// model's parameters, with WarmIterations updates (0: Train.Iterations).
	WarmStart      bool
	WarmIterations int
	// MinHistory is the vault's eligibility rule at decisions: a pool is
	// offered to the policy at row t only when it is listed then with at
	// least MinHistory rows of data up to t (the backtest's View.Eligible);
	// others get an empty history, which the policy reads as "cannot take
	// deposits". 0 or 1: whenever listed. Training is not restricted by
	// it (Train.MinHistory is the episodes' own rule).
	MinHistory int
}

// DefaultWalkForward is the backtest's schedule: decisions from row 60,
// a refit every 30 rows, warm-started refits of 40 updates.
func DefaultWalkForward() WalkForwardConfig {
	return WalkForwardConfig{Train: DefaultTrainConfig(), Start: 60, Every: 30, WarmStart: true, WarmIterations: 40}
}

func (c WalkForwardConfig) validate(m *market.Market) error {
	if err := c.Train.validate(); err != nil {
		return err
	}
	switch {
	case c.Start < 1 || c.Start > m.Len()-2:
		return fmt.Errorf("rl: WalkForwardConfig.Start = %d: must be in [1, %d]", c.Start, m.Len()-2)
	case c.Every < 1:
		return fmt.Errorf("rl: WalkForwardConfig.Every = %d: must be ≥ 1", c.Every)
	case c.WarmIterations < 0:
		return fmt.Errorf("rl: WalkForwardConfig.WarmIterations = %d: must be ≥ 0", c.WarmIterations)
	}
	return nil
}

// Refit is one training of a walk-forward run.
type Refit struct {
	Row    int // decision row at which the model was fitted; it was trained on rows [0, Row]
	Model  *Model
	Report TrainReport
}

// Agent is the walk-forward allocator as a strategy for a backtest loop:
// Decide at row t refits when a refit is due (on rows ≤ t only) and acts
// with the current model. Not safe for concurrent use.
type Agent struct {
	m      *market.Market
	cfg    WalkForwardConfig
	model  *Model
	next   int // row of the next refit
	Refits []Refit
}

// NewAgent returns an agent for m with the schedule cfg.
func NewAgent(m *market.Market, cfg WalkForwardConfig) (*Agent, error) {
	if m == nil {
		return nil, errors.New("rl: nil market")
	}
	if err := cfg.validate(m); err != nil {
		return nil, err
	}
	return &Agent{m: m, cfg: cfg, next: cfg.Start}, nil
}

// Model is the model currently in use (nil before the first Decide).
func (a *Agent) Model() *Model { return a.model }

// Decide returns the target weights (one per pool of the market) and whether
// to trade at row t for portfolio p. Rows must be visited in increasing
// order from Start; a refit happens at the first call with t ≥ the next
// refit row and trains on rows [0, t].
func (a *Agent) Decide(t int, p market.Portfolio) (weights []float64, trade bool, err error) {
	if t < a.cfg.Start || t >= a.m.Len() {
		return nil, false, fmt.Errorf("rl: Decide at row %d: outside [%d, %d)", t, a.cfg.Start, a.m.Len())
	}
	if t >= a.next {
		tc := a.cfg.Train
		if a.cfg.WarmStart && a.model != nil {
			tc.Init = a.model
			if a.cfg.WarmIterations > 0 {
				tc.Iterations = a.cfg.WarmIterations
			}
		}
		md, rep, err := Train(a.m, t+1, tc)
		if err != nil {
			return nil, false, fmt.Errorf("rl: refit at row %d: %w", t, err)
		}
		a.model = md
		a.Refits = append(a.Refits, Refit{Row: t, Model: md, Report: rep})
		for a.next <= t {
			a.next += a.cfg.Every
		}
	}
	obs := ObservationAt(a.m, t, p, a.model.Window())
	if a.cfg.MinHistory > 1 {
		for i := range obs.Sources {
			if a.rowsUpTo(t, i) < a.cfg.MinHistory {
				obs.Sources[i].APY, obs.Sources[i].Liquidity = nil, 0
			}
		}
	}
	return a.model.Act(obs)
}

// rowsUpTo is the number of rows ≤ t at which pool i is listed.
func (a *Agent) rowsUpTo(t, i int) int {
	n := 0
	for r := 0; r <= t && n < a.cfg.MinHistory; r++ {
		if a.m.Listed(r, i) {
			n++
		}
	}
	return n
}

// Run is the outcome of running an allocator over rows [From, To): a
// decision at each row t, then the growth of (t, t+1].
type Run struct {
	From, To  int
	Values    []float64 // Values[k] is the value at row From+k after that row's growth (Values[0] = the starting capital)
	Trades    int       // rebalances made
	Touched   int       // sources touched, summed over trades
	Gas, Fees float64   // costs paid
	LogGrowth float64   // log(V_To / V_From), net of costs
	APY       float64   // exp(LogGrowth / years) − 1
}

// Strategy is anything that decides at row t for portfolio p (a trained
// Model through ModelStrategy, an Agent, a baseline).
type Strategy func(t int, p market.Portfolio) (weights []float64, trade bool, err error)

// ModelStrategy acts with a fixed model.
func ModelStrategy(m *market.Market, md *Model) Strategy {
	return func(t int, p market.Portfolio) ([]float64, bool, error) {
		return md.Act(ObservationAt(m, t, p, md.Window()))
	}
}

// Simulate runs s on m from row from (starting with capital held idle) to
// row to (≤ m.Len()−1): at each row t in [from, to) it decides, rebalances
// when told to (RebalanceAt, so deposits into unlisted pools are refused
// with an error), and grows the portfolio over (t, t+1].
func Simulate(m *market.Market, s Strategy, from, to int, capital float64) (Run, error) {
	if from < 0 || to > m.Len()-1 || from >= to {
		return Run{}, fmt.Errorf("rl: Simulate rows [%d, %d): need 0 ≤ from < to ≤ %d", from, to, m.Len()-1)
	}
	p := market.NewPortfolio(m.N(), capital)
	r := Run{From: from, To: to, Values: []float64{capital}}
	for t := from; t < to; t++ {
		w, trade, err := s(t, p)
		if err != nil {
			return r, err
		}
		if trade {
			tr, err := m.RebalanceAt(t, &p, w)
			if err != nil {
				return r, fmt.Errorf("rl: row %d: %w", t, err)
			}
			if tr.Touched > 0 {
				r.Trades++
				r.Touched += tr.Touched
				r.Gas += tr.Gas
				r.Fees += tr.Fees
			}
		}
		m.Grow(t, &p)
		r.Values = append(r.Values, p.Value())
	}
	r.LogGrowth = math.Log(p.Value() / capital)
	r.APY = math.Expm1(r.LogGrowth / (float64(to-from) * m.PeriodYears()))
	return r, nil
}

// WalkForward runs the walk-forward agent over rows [cfg.Start, m.Len()−1)
// from capital held idle, and returns the run with every refit.
func WalkForward(m *market.Market, cfg WalkForwardConfig, capital float64) (Run, []Refit, error) {
	a, err := NewAgent(m, cfg)
	if err != nil {
		return Run{}, nil, err
	}
	r, err := Simulate(m, a.Decide, cfg.Start, m.Len()-1, capital)
	return r, a.Refits, err
}
