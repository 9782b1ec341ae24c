// Package backtest replays yield-source histories walk-forward through
// optimizer/market, with the vault's own rate impact and gas, for a set of
// allocation strategies, and measures each one. It is the engine of
// `keeper backtest`.
//
// # Timing
//
// A backtest runs from a start row to an end row of the market's panel.
// Rows before the start are history only. For t = Start … End−1 the engine
//
//  1. asks the strategy for a decision at t, giving it a View of rows 0…t
//     and a copy of the portfolio;
//  2. executes the target with market.RebalanceAt(t), which pays gas per
//     pool touched and the proportional cost, and refuses deposits into a
//     pool with no data at t;
//  3. grows the portfolio over (t, t+1] with market.Grow(t): each pool pays
//     row t+1's APY lowered by the vault's own holding there (the capacity
//     model), a pool with no data at t+1 pays nothing, idle pays nothing.
//
// It records the value before each decision (Result.Value, K+1 entries for
// K = End − Start steps), the same with every cost paid added back
// (Result.Gross), the weights held over each period and every trade.
// Everything is deterministic.
//
// # Walk-forward honesty
//
// A walk-forward strategy sees the market only through its View, which
// answers NaN (or false) for any row after t and records the read; Run then
// fails with an error naming the strategy and the row. It cannot reach the
// market behind the view. The two oracles, BestSingle and Hindsight
// ("oracle-heuristic"), are handed the whole market when they are built,
// which is what makes them oracles: they are yardsticks, not strategies a
// vault could run. Bound is not a strategy: it is an upper bound on every
// strategy's value path, computed from the whole market. The RL
// hook (RL) executes a trained Allocator; training it on rows before the
// decision only is the caller's responsibility.
//
// # Eligibility
//
// The data has pools listed late and pools with a handful of rows (2–7).
// A vault may put new money only into a pool that is eligible at t
// (View.Eligible): listed at t, with data in at least Config.MinHistory
// rows up to t (`keeper backtest` uses 30 days: a stand-in for governance
// approving a source once it has a record). It is the vault's universe,
// not a strategy's choice: Run refuses a target that adds money to a pool
// not eligible, whatever the strategy (rl's walk-forward agent is given the
// rule too), and a held pool that stops being eligible may be reduced but
// not increased. The heuristic oracle plays by the same rule, and Bound
// counts only the pools some strategy could hold under it.
//
// # Strategies
//
//   - Equal: equal weight over the pools eligible at the first row where any
//     is, never rebalanced.
//   - Single / BestSingle: buy and hold one pool; BestSingle is the best of
//     all single-pool runs, chosen with hindsight.
//   - Greedy: all in the highest rate at the vault's size (RateAt at the
//     portfolio value), switching when the gain over a horizon at today's
//     rates beats the switch's cost.
//   - MeanVar: the keeper's own strategy, optimizer/strategy.MeanVar (the
//     implementation keeper/rebalancer calls at every tick), given the
//     view's rows as its history and the market's capacity model as the
//     rate impact: optimizer/meanvar's allocator with EWMA (or, as an
//     option, local-level Kalman) forecasts, the pairwise covariance of
//     daily APY changes, the market's rate impact and gas. Its settings are
//     durations; `keeper backtest` reads them from the config's
//     governed.optimizer, so the backtest measures what the keeper runs.
//   - RL: a trained policy behind the Allocator interface (optimizer/rl).
//   - Hindsight ("oracle-heuristic"): perfect foresight of the next H rows'
//     rates and liquidity, water-filling the marginal income with rate
//     impact and keeping only the moves that pay their gas over the H rows;
//     the best H of HindsightHorizons. A heuristic: nothing proves that no
//     strategy beats it.
//
// # The upper bound
//
// Bound ("bound" in the tables) is what no strategy can beat: each day, the
// best cost-free allocation of the bound's own value at that day's true
// rates with the market's rate impact, solved exactly by water-filling
// (optimizer/bound). Its doc comment proves that every strategy's value,
// at every row, is at most the bound's; TestBoundDominates checks it on
// synthetic markets and TestRealData on the real one.
//
// # Data, chains and vaults
//
// Load reads a directory of pool histories and checks it, reporting every
// issue (few rows, missing columns, spikes, negative rates, long gaps) with
// what it did about it; Data.Market is every kept pool in one market, and
// Data.Vaults one market per chain, since a vault lives on one chain.
// Combine sums a strategy's chain vaults, run with the same capital each,
// into their total. Pools whose files have supply and borrow columns get
// their own state behind the rate impact (ModelPoolState), the others the
// capacity model with an assumed utilisation (ModelCapacity).
//
// # Comparing strategies
//
// Compare gives the difference of two strategies' net APYs with a
// moving-block bootstrap interval of their paired daily growth
// (optimizer/bootstrap), which `keeper backtest --report` computes over a
// grid of capitals and gas costs.
//
// # Tuning out of sample
//
// Tune chooses MeanVar's settings (forecaster and EWMA half-life, risk
// aversion, cost horizon; in rows of the grid, turned into durations at its
// step) from a grid by their net APY over a tuning period,
// each run walk-forward on the market cut after the period's last row
// (market.Market.Head), and then runs the choice over a later holdout. The
// holdout's result is out of sample: no row after the tuning period took
// part in the choice (TestTuneIgnoresHoldout changes only those rows and
// gets the same choice).
//
// # Metrics
//
// With V_k the value at row Start+k (V_0 the capital), K the number of
// steps, Δ the row length in years (market.PeriodYears) and Y = K·Δ:
//
//	net APY         (V_K/V_0)^(1/Y) − 1
//	gross APY       ((V_K + C)/V_0)^(1/Y) − 1, C = all gas and fees paid
//	volatility      sample stdev of ρ_k = V_{k+1}/V_k − 1 (k < K), × √(1/Δ)
//	max drawdown    max_k (max_{j≤k} V_j − V_k) / max_{j≤k} V_j
//	turnover        Σ_trades Σ_i |Δx_i| / (2·mean_k V_k)
//	rebalances      trades that moved money
//	gas_usd         Σ gas paid; fees_usd likewise for the proportional cost
//
// All APYs are yearly compounded over 365-day years; the percentages in
// Metrics are these fractions × 100. The first deployment from idle counts
// in turnover (a strategy that invests once and holds has turnover ≈ 0.5).
// Daily returns of lending pools move with the APY level, so volatility is
// small (tenths of a percent a year) and drawdowns are zero unless a pool
// pays a negative rate or costs exceed a day's income.
package backtest
