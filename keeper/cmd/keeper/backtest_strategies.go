package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
)

func buildStrategies(m *market.Market, cfg backtest.Config, names []string, o backtestOpts) ([]backtest.Strategy, error) {
	var out []backtest.Strategy
	for _, n := range names {
		var s backtest.Strategy
		var err error
		switch n {
		case "equal":
			s = backtest.Equal()
		case "best-single":
			s, err = backtest.BestSingle(m, cfg)
		case "greedy":
			s = backtest.Greedy{}
		case "meanvar":
			s = &backtest.MeanVar{Strategy: o.meanVar, Gate: o.gate}
		case "rl":
			s, err = rlStrategy(m, cfg, o)
		case rlHandSetName:
			s, err = rlHandSet(m)
		case backtest.OracleName:
			s, err = backtest.NewHindsight(m, cfg)
		}
		var ue usageError
		if errors.As(err, &ue) {
			return nil, err
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// rlStrategy is the rl strategy: a fixed model from --rl-model, or the
// walk-forward agent of optimizer/rl that trains on the rows up to each
// refit and refits every 30 rows.
func rlStrategy(m *market.Market, cfg backtest.Config, o backtestOpts) (backtest.Strategy, error) {
	if o.rlModel != "" {
		f, err := os.Open(o.rlModel)
		if err != nil {
			return nil, badFlag("--rl-model %q: %v", o.rlModel, err)
		}
		defer f.Close()
		md, err := rl.Load(bufio.NewReader(f))
		if err != nil {
			return nil, badFlag("--rl-model %q: %v", o.rlModel, err)
		}
		return backtest.RL(rlModel{md}), nil
	}
	wf := rl.DefaultWalkForward()
	wf.Start = max(cfg.Start, 1) // the first model needs a row to train on
	wf.MinHistory = cfg.MinHistory
	a, err := rl.NewAgent(m, wf)
	if err != nil {
		return nil, err
	}
	return backtest.RL(&rlAgent{a: a, start: wf.Start}), nil
}

// rlHandSetName is the hand-set policy of the rl class (rl.DefaultHandSet).
const rlHandSetName = "rl-handset"

// rlHandSet is the rl-handset strategy: rl.HandSet with rl.DefaultHandSet's
// parameters for m's cost and impact model, run on what the view shows
// like a fixed model file. It trains on nothing, so it is the same policy in
// every period of a run.
func rlHandSet(m *market.Market) (backtest.Strategy, error) {
	md, err := rl.HandSet(m, rl.DefaultHandSet())
	if err != nil {
		return nil, err
	}
	return backtest.RLNamed(rlHandSetName, notedModel{rlModel{md}, md.Info().Parent}), nil
}

// notedModel is a fixed rl model with a note for the backtest's output.
type notedModel struct {
	rlModel
	note string
}

func (a notedModel) Note() string { return a.note }

// rlModel runs a fixed rl model on what the view shows: for each eligible
// pool its last Window APYs, its free liquidity and its weight; other pools
// get no history, which the policy reads as "cannot take deposits".
type rlModel struct{ md *rl.Model }

func (a rlModel) Allocate(v *backtest.View, p market.Portfolio) ([]float64, bool, error) {
	t, cfg := v.T(), v.Config()
	obs := rl.Observation{Value: p.Value(), Gas: cfg.GasUSD, CostBps: cfg.CostBps, Sources: make([]rl.SourceObs, v.N())}
	w := p.Weights()
	for i := range obs.Sources {
		obs.Sources[i].Weight = w[i]
		if !v.Eligible(i) {
			continue
		}
		for s := max(0, t-a.md.Window()+1); s <= t; s++ {
			if v.Listed(s, i) {
				obs.Sources[i].APY = append(obs.Sources[i].APY, v.APY(s, i))
			}
		}
		obs.Sources[i].Liquidity = v.TVL(t, i)
	}
	return a.md.Act(obs)
}

// rlAgent runs optimizer/rl's walk-forward agent. The agent reads the
// market itself, under its own contract of reading no row after the
// decision row (rl.Agent, rl.Train, rl.ObservationAt).
// Until the history is long enough for a first model, it holds.
type rlAgent struct {
	a       *rl.Agent
	start   int // the agent's first decision row; it holds before
	waited  int // rows held because no model could be trained yet
	waitErr error
}

func (a *rlAgent) Allocate(v *backtest.View, p market.Portfolio) ([]float64, bool, error) {
	if v.T() < a.start {
		a.waited++
		return nil, false, nil
	}
	w, trade, err := a.a.Decide(v.T(), p)
	if err != nil && a.a.Model() == nil {
		// Not enough history for a first model: wait; the agent retries
		// at the next row.
		a.waited++
		a.waitErr = err
		return nil, false, nil
	}
	return w, trade, err
}

func (a *rlAgent) Note() string {
	s := fmt.Sprintf("walk-forward: %d refits on the rows up to each refit", len(a.a.Refits))
	if a.waited > 0 {
		s += fmt.Sprintf("; held %d rows before a first model could be trained", a.waited)
		if a.waitErr != nil {
			s += fmt.Sprintf(" (%v)", a.waitErr)
		}
	}
	return s
}

// runStrategies runs the strategies names on m over cfg and returns their
// results in that order: bound is computed (backtest.Bound), the others are
// run together (backtest.RunAll), and a name in done takes the result
// given there instead.
func runStrategies(ctx context.Context, m *market.Market, cfg backtest.Config, names []string, o backtestOpts,
	done map[string]*backtest.Result) ([]*backtest.Result, error) {
	var run []string
	for _, n := range names {
		if done[n] == nil && n != backtest.BoundName {
			run = append(run, n)
		}
	}
	ss, err := buildStrategies(m, cfg, run, o)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rs, err := backtest.RunAll(m, ss, cfg)
	if err != nil {
		return nil, err
	}
	out := make([]*backtest.Result, 0, len(names))
	for _, n := range names {
		switch {
		case done[n] != nil:
			out = append(out, done[n])
		case n == backtest.BoundName:
			b, err := backtest.Bound(m, cfg)
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		default:
			out, rs = append(out, rs[0]), rs[1:]
		}
	}
	return out, nil
}
