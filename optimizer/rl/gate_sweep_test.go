package rl_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// mvGate is a trade/hold gate on top of meanvar: when meanvar proposes a
// move, trade with probability σ(φᵀh),
//
//	h = (1, asinh(H·g·Δ/C), turnover, 10·sd of the forecasts),
//
// g the move's expected yearly gain and C its cost (meanvar's own), H = 30
// rows, Δ one row in years. φ = (0, 1, 0, 0) trades whenever meanvar's gain
// is positive, i.e. is meanvar itself (meanvar only proposes moves that
// pass its own gate). With rng it samples and records (h, y) per row.
type mvGate struct {
	mv  strategy.MeanVar
	phi []float64
	rng *rand.Rand
	hs  map[int][]float64 // row → h of a sampled decision
	ys  map[int]float64   // row → 1 if traded
}

func (g *mvGate) Name() string { return "meanvar-gate" }

func (g *mvGate) Decide(v *backtest.View, p market.Portfolio) (backtest.Decision, error) {
	d, err := g.mv.Decide(backtest.StrategyInput(v, p, g.mv.Window))
	if err != nil || d.Hold {
		return backtest.Hold("meanvar holds"), nil
	}
	w := p.Weights()
	turn := 0.0
	for i := range w {
		turn += math.Abs(d.Weights[i] - w[i])
	}
	var fs []float64
	for _, f := range d.Forecast {
		if !math.IsNaN(f) {
			fs = append(fs, f)
		}
	}
	mean, sd := 0.0, 0.0
	for _, f := range fs {
		mean += f / float64(len(fs))
	}
	for _, f := range fs {
		sd += (f - mean) * (f - mean) / float64(len(fs))
	}
	ratio := 1e6
	if d.Cost > 0 {
		ratio = 30 * d.Gain * v.PeriodYears() / d.Cost
	}
	h := []float64{1, math.Asinh(math.Min(ratio, 1e6)), turn, 10 * math.Sqrt(sd)}
	lin := 0.0
	for k := range h {
		lin += g.phi[k] * h[k]
	}
	p1 := 1 / (1 + math.Exp(-lin))
	trade := p1 >= 0.5
	if g.rng != nil {
		trade = g.rng.Float64() < p1
		g.hs[v.T()] = h
		g.ys[v.T()] = 0
		if trade {
			g.ys[v.T()] = 1
		}
	}
	if !trade {
		return backtest.Hold("gate holds"), nil
	}
	return backtest.Decision{Target: d.Weights, Reason: d.Reason}, nil
}

// TestMeanVarGateSweep trains the gate by REINFORCE with a leave-one-out
// baseline on the tuning period (episodes of 60 rows from idle, 4
// episodes × 4 rollouts per update, Adam-free plain ascent with the
// gradient's norm clipped) and compares it with meanvar on both periods of
// both splits (RL_SWEEP=1).
func TestMeanVarGateSweep(t *testing.T) {
	m, row, tuned := sweepSetup(t)
	base := tuned.MeanVar(strategy.DefaultMeanVar(), 24*time.Hour).Strategy
	start := row("2024-07-05")
	for _, split := range []string{"2025-01-31", "2025-03-24"} {
		s := row(split)
		head, err := m.Head(s + 1)
		if err != nil {
			t.Fatal(err)
		}
		phi := []float64{0, 1, 0, 0}
		if os.Getenv("RL_GATE_INIT") == "zero" {
			phi = []float64{0, 0, 0, 0} // trade with probability ½: explore
		}
		rng := rand.New(rand.NewPCG(1, 2))
		const L, E, K, iters, lr = 60, 4, 4, 25, 0.2
		for it := 0; it < iters; it++ {
			grad := make([]float64, len(phi))
			nsteps := 0
			for e := 0; e < E; e++ {
				t0 := start + rng.IntN(s-L-start)
				type out struct {
					g  []float64 // reward-to-go per row
					hs map[int][]float64
					ys map[int]float64
				}
				outs := make([]out, K)
				seeds := make([]uint64, K)
				for k := range seeds {
					seeds[k] = rng.Uint64()
				}
				var wg sync.WaitGroup
				for k := 0; k < K; k++ {
					wg.Add(1)
					go func(k int) {
						defer wg.Done()
						gt := &mvGate{mv: base, phi: append([]float64(nil), phi...), rng: rand.New(rand.NewPCG(seeds[k], 3)),
							hs: map[int][]float64{}, ys: map[int]float64{}}
						r, err := backtest.Run(head, gt, backtest.Config{Capital: 1e7, Start: t0, End: t0 + L, MinHistory: 30})
						if err != nil {
							t.Error(err)
							return
						}
						gs := make([]float64, L+1)
						for j := L - 1; j >= 0; j-- {
							gs[j] = gs[j+1] + 1e4*math.Log(r.Value[j+1]/r.Value[j])
						}
						outs[k] = out{gs, gt.hs, gt.ys}
					}(k)
				}
				wg.Wait()
				for k := 0; k < K; k++ {
					for tt, h := range outs[k].hs {
						j := tt - t0
						b := 0.0
						for o := 0; o < K; o++ {
							if o != k {
								b += outs[o].g[j] / (K - 1)
							}
						}
						adv := outs[k].g[j] - b
						lin := 0.0
						for q := range h {
							lin += phi[q] * h[q]
						}
						p1 := 1 / (1 + math.Exp(-lin))
						for q := range h {
							grad[q] += adv * (outs[k].ys[tt] - p1) * h[q]
						}
						nsteps++
					}
				}
			}
			norm := 0.0
			for q := range grad {
				grad[q] /= math.Max(1, float64(nsteps))
				norm += grad[q] * grad[q]
			}
			c := math.Min(1, 1/math.Sqrt(norm+1e-12))
			if os.Getenv("RL_GATE_INIT") == "zero" {
				c = 1 / math.Sqrt(norm+1e-12) // a step of lr along the gradient's direction
			}
			for q := range phi {
				phi[q] += lr * c * grad[q]
			}
		}
		line := fmt.Sprintf("split %s: φ = %.3f", split, phi)
		for _, period := range []struct {
			name string
			m    *market.Market
			cfg  backtest.Config
		}{
			{"in-sample", head, backtest.Config{Capital: 1e7, Start: start, End: s, MinHistory: 30}},
			{"holdout", m, backtest.Config{Capital: 1e7, Start: s, MinHistory: 30}},
		} {
			g, err := backtest.Run(period.m, &mvGate{mv: base, phi: phi}, period.cfg)
			if err != nil {
				t.Fatal(err)
			}
			mv, err := backtest.Run(period.m, &backtest.MeanVar{Strategy: base}, period.cfg)
			if err != nil {
				t.Fatal(err)
			}
			line += fmt.Sprintf("; %s gate %.3f%% (%d trades) meanvar %.3f%% (%d)", period.name, g.Metrics.NetAPYPct, g.Metrics.Rebalances,
				mv.Metrics.NetAPYPct, mv.Metrics.Rebalances)
		}
		t.Log(line)
	}
}
