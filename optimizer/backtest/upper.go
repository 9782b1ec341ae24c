package backtest

import (
	"fmt"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/bound"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// BoundName is the name of Bound's result in every table.
const BoundName = "bound"

// Bound is a true upper bound on the value path of every strategy Run can
// run on m under cfg, walk-forward or oracle: the cost-free water-filling
// bound with perfect knowledge of each period's rates.
//
// With U_0 = Capital and, for t = Start … End−1 (k = t − Start),
//
//	U_{k+1} = U_k + B_t(U_k),
//	B_t(V)  = max Σ_i g_{t,i}(x_i)  over Σ_i x_i ≤ V, x_i ≥ 0, i ∈ P_t,
//
// where g_{t,i}(x) = x·((1 + r_{t+1,i}(x))^Δ − 1) is what market.Grow pays
// over (t, t+1] on x in pool i (the capacity model at row t+1), and P_t are
// the pools listed at t+1 that had at least cfg.MinHistory rows of data up
// to t: the engine takes new money into a pool only at a row s where it is
// eligible (listed with MinHistory rows of data up to s; Run refuses any
// other deposit, whatever the strategy), and the count of rows only grows,
// so no strategy can hold money anywhere else at t, and a pool not listed
// at t+1 pays nothing. The bound therefore works in the same universe as
// the strategies: pools the vault could not yet use are not in it. B_t is solved by
// optimizer/bound.Waterfill, exactly where the market's income is proved
// concave and with a larger concave majorant where it is not (see that
// package), so B_t(V) is at least the most any holding of V can earn.
//
// Claim: V_k ≤ U_k for every k and every strategy's value path V. By
// induction: V_0 = U_0. At row t a strategy pays costs c ≥ 0 and holds x
// with Σ x_i ≤ V_k − c, x_i > 0 earning only in pools of P_t (the engine
// refuses deposits into a pool not listed then), so V_{k+1} = V_k − c +
// Σ_i g_{t,i}(x_i) ≤ V_k − c + B_t(V_k − c) ≤ V_k + B_t(V_k), as B_t ≥ 0 is
// nondecreasing in the budget (idle is allowed). The map V ↦ V + B_t(V)
// is nondecreasing, so V_k ≤ U_k gives V_{k+1} ≤ U_k + B_t(U_k) = U_{k+1}.
// Dropping the costs, the turnover and the coupling between days (each day
// may hold anything) only raises the bound, so it is not attainable in
// general: it is what no strategy can beat, not what one could reach.
//
// The result has the bound's value path (Value = Gross) and the amounts
// of each day's optimum as Weights; it has no trades.
func Bound(m *market.Market, cfg Config) (*Result, error) {
	cfg, err := cfg.resolve(m)
	if err != nil {
		return nil, err
	}
	obs := observationCounts(m, cfg.End)
	mc := m.Config()
	p, years := 1+mc.Elasticity, m.PeriodYears()
	K := cfg.End - cfg.Start
	res := &Result{
		Strategy: BoundName, Start: cfg.Start, End: cfg.End,
		Times:   make([]time.Time, K+1),
		Value:   make([]float64, K+1),
		Gross:   make([]float64, K+1),
		Weights: make([][]float64, K),
	}
	U, linearised := cfg.Capital, 0
	var lanes []bound.Lane
	var pools []int
	for k := 0; k < K; k++ {
		t := cfg.Start + k
		res.Times[k], res.Value[k], res.Gross[k] = m.Time(t), U, U
		lanes, pools = lanes[:0], pools[:0]
		for i := 0; i < m.N(); i++ {
			if obs[t][i] < cfg.MinHistory || !m.Listed(t+1, i) {
				continue
			}
			l, exact, err := bound.NewCapacity(m.APY(t+1, i), m.TVL(t+1, i)/(1-mc.Util), p, years)
			if err != nil {
				return nil, fmt.Errorf("backtest: bound: pool %s at %s: %w", m.Names()[i], m.Time(t+1).Format(time.DateOnly), err)
			}
			if !exact {
				linearised++
			}
			lanes, pools = append(lanes, l), append(pools, i)
		}
		sol, err := bound.Waterfill(lanes, nil, U)
		if err != nil {
			return nil, fmt.Errorf("backtest: bound at %s: %w", m.Time(t).Format(time.DateOnly), err)
		}
		w := make([]float64, m.N())
		for j, i := range pools {
			w[i] = sol.X[j] / U
		}
		res.Weights[k] = w
		U += max(sol.Value, sol.Dual)
	}
	res.Times[K], res.Value[K], res.Gross[K] = m.Time(cfg.End), U, U
	res.Note = "upper bound: each day the best cost-free allocation at that day's true rates with rate impact (no strategy's value exceeds it)"
	if linearised > 0 {
		res.Note += fmt.Sprintf("; %d pool-days above the proved range used the linear majorant", linearised)
	}
	res.Metrics = metrics(res, years)
	return res, nil
}
