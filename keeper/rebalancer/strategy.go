package rebalancer

// The mean-variance strategy (governed.optimizer.strategy meanvar, and the
// decision under shadow) is optimizer/strategy.MeanVar with the governed
// settings (config.Optimizer.MeanVar): the implementation `keeper backtest`
// measures with the same config. The keeper gives it
//
//   - the history it stored: each source's supply APY at every tick over
//     governed.optimizer.window, at the timestamp of the block the tick
//     observed, so that the strategy's half-lives (durations) weigh the
//     ticks by their age in chain time whatever the schedule;
//   - the vault now, its limits and costs (inputs);
//   - the sources' own on-chain quotes of their rate after a move, around
//     the forecast, as the rate impact (quoteImpact).
//
// Chain time is the clock interest accrues by and the sources' rates move
// by. On a live chain it is the wall clock to within a block; the embedded
// chain runs it faster (local.chain.embedded.block_time per
// block_interval), and there the strategy sees the demo as the time-lapse
// of the days it simulates rather than as a few minutes: a half-life of 3
// days is 72 blocks, and the day the covariance's changes are scaled to is
// 24 blocks. Ticks that observed the same block are one observation.
//
// The RL strategies keep their own path (rl.go): the model samples the
// stored history at its own step, by wall-clock time.

import (
	"context"
	"errors"
	"fmt"
	"math"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// decideMeanVar runs the mean-variance strategy at the tick that observed
// st. The error is the strategy's (see strategy.MeanVar.Decide): with a
// hold, the solver's.
func (r *Rebalancer) decideMeanVar(ctx context.Context, st vaults.State, pr prepared) (strategy.Decision, error) {
	mv := r.p.Config.Optimizer.MeanVar()
	h, err := r.strategyHistory(ctx, st, mv.Window)
	if err != nil {
		return strategy.Decision{}, err
	}
	in := pr.in
	in.History = h
	return mv.Decide(in)
}

// strategyHistory is the stored APY history of the vault's sources over the
// window ending at the block st observed: one row per tick that observed
// every source, at its block's timestamp, oldest first. A row not older
// than the one after it (a tick that observed the same block as the next)
// is left out, so that the times increase and the last row is the tick
// that observed st.
func (r *Rebalancer) strategyHistory(ctx context.Context, st vaults.State, window time.Duration) (strategy.History, error) {
	n := len(st.Sources)
	addrs := make([]string, n)
	for i, s := range st.Sources {
		addrs[i] = hexAddr(s.Address)
	}
	now := st.BlockTime
	times, rows, err := r.p.Store.BlockAPYSeries(ctx, r.chainID.Uint64(), hexAddr(st.Vault), addrs, now.Add(-window))
	if err != nil {
		return strategy.History{}, fmt.Errorf("reading APY history: %w", err)
	}
	var keep []int // newest first
	for t := len(times) - 1; t >= 0; t-- {
		if len(keep) == 0 || times[t].Before(times[keep[len(keep)-1]]) {
			keep = append(keep, t)
		}
	}
	if len(keep) == 0 || !times[keep[0]].Equal(now) {
		return strategy.History{}, errors.New("reading APY history: the tick being decided is not in the store")
	}
	h := strategy.History{Times: make([]time.Time, len(keep)), APY: mat.NewDense(len(keep), n, nil)}
	for k, t := range keep {
		row := len(keep) - 1 - k
		h.Times[row] = times[t]
		h.APY.SetRow(row, rows[t])
	}
	return h, nil
}

// finiteAll reports whether xs is not empty and every value is finite, as
// a decision's recorded forecast must be.
func finiteAll(xs []float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return len(xs) > 0
}
