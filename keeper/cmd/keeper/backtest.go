package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

const backtestUsage = `usage: keeper backtest --data DIR [flags]

Replays the yield histories in DIR (one <protocol>_<symbol>_<chain>.csv per
pool, see optimizer/history; a chain column may name the chain instead)
walk-forward, with the vault's own rate impact and gas, for each strategy.
A vault lives on one chain: each chain's pools are a vault of their own with
--capital, and "all" is the sum of those vaults (the capital-weighted total).
It prints one line per strategy and vault, with the net APY as a share of the
bound's, then the pools per chain, the rate-impact model of each (capacity
model from tvl, or pool state from supply/borrow columns) and the data
issues found and what was done about each: a pool with fewer rows than
--min-history or without a date/tvl/apy column is dropped, an apy above 100%%
is a spike whose row is dropped (the day is filled from the row before), a
negative apy is taken as 0, a gap longer than --max-gap is no data (the pool
pays nothing and takes no deposits then).

strategies (--strategies, comma-separated, or "all"):
  equal        equal weight over the eligible pools at the start, never rebalanced
  best-single  hindsight: the single pool with the best buy-and-hold result (yardstick)
  greedy       all in the highest rate at the vault's size, switching when the
               gain over 7 days beats the gas
  meanvar      the keeper's own strategy (optimizer/strategy) with the --config
               file's governed.optimizer settings, as the keeper runs it: EWMA
               forecasts, covariance of daily APY changes, rate impact and gas
  rl           optimizer/rl: --rl-model FILE, or walk-forward training on the
               rows up to each decision (refit every 30 days)
  rl-handset   optimizer/rl's policy class with hand-set parameters
               (rl.DefaultHandSet: score 20·r(V), idle −5, trade when the move
               pays for itself within 30 days); trains on nothing: the
               baseline a trained rl must beat out of sample
  oracle-heuristic
               oracle with perfect foresight of the next days' rates, paying gas:
               a heuristic yardstick, not a bound
  bound        the upper bound no strategy can beat: each day the best
               cost-free allocation at that day's true rates with rate impact

flags:
  --data DIR          history files (required)
  --config PATH       the keeper's config file (default config.yaml), read when
                      meanvar runs: its governed.optimizer settings (forecaster,
                      forecast_half_life, window, covariance_half_life,
                      risk_aversion, cost_horizon) are meanvar's, so what is
                      measured is what the keeper with that file runs
  --capital USD       starting capital (default 10000000)
  --gas-usd N         cost of touching one pool in a rebalance, USD (default 5)
  --cost-bps N        proportional cost on every dollar moved, bps (default 0)
  --util U            assumed utilisation u₀ of the rate-impact model (default 0.8)
  --elasticity E      borrow-rate elasticity η of the rate-impact model (default 1)
  --strategies LIST   which strategies, in order (default all)
  --start DATE        first decision day YYYY-MM-DD (default: the first day some
                      pool has --min-history days of data)
  --end DATE          last day (default: the data's last day)
  --step DURATION     grid step of the replay (default 24h)
  --max-gap DURATION  longest gap in a pool's record to forward-fill (default 168h)
  --min-history DAYS  days of data a pool needs before it may receive money (default 30)
  --rl-model FILE     trained optimizer/rl model for the rl strategy
  --vaults chain|one  chain (default): one vault per chain and their sum;
                      one: a single vault over every pool, whatever its chain
  --json              JSON lines: one {"data_issue": {...}} per data issue,
                      then one object per strategy and vault ("chain", "pools")
  --report DIR        write report.md, value.png, relative.png (growth relative
                      to equal), drawdown.png and allocation-<strategy>.png
                      (the sum of the vaults; a pool keeps its colour across
                      them), trades.csv (every trade of every vault), and run
                      the robustness grid:
                      every strategy in every vault at each capital of
                      --grid-capitals (default %s) × gas of
                      --grid-gas (default %s), written to grid.csv, and
                      --chosen (default meanvar) minus greedy and minus
                      best-single with a 95%% moving-block bootstrap interval
                      (blocks of 30 days, 2000 resamples, seed 1), written to
                      grid-diff.csv; grid.md sums both up

out-of-sample tuning of meanvar (--tune-until):
  --tune-until DATE   split the run at DATE YYYY-MM-DD. The tuning period runs
                      from --start to DATE, the holdout from DATE to --end.
                      Every meanvar setting of the grid below is backtested
                      walk-forward over the tuning period on the data up to
                      DATE only, and the one with the best net APY there is
                      chosen; then every strategy of --strategies (meanvar
                      with the chosen settings) is run on both periods, each
                      from the capital. The holdout's decisions start on DATE
                      and are paid the rates after it, which the choice never
                      saw: its meanvar is out of sample, the tuning period's
                      is in sample. Prints the choice, the best settings, the
                      two tables and meanvar's share of the bound's net APY;
                      with --json, a first line {"tuning": {...}} with the
                      choice and every setting's net APY, then one object per
                      strategy and period ("period": "in-sample" or
                      "holdout"). Needs meanvar in --strategies; not with
                      --report. Tunes one vault over every pool (as
                      --vaults one). The grid's half-lives and horizons are
                      rows; the window and covariance_half_life are --config's.
  --tune-forecasters LIST    ewma and/or local-level (default %s)
  --tune-half-lives LIST     EWMA half-lives, rows (days at --step 24h)
                             (default %s)
  --tune-risk-aversions LIST risk aversions λ (default %s)
  --tune-horizons LIST       rows over which costs are amortised
                             (default %s)
`

// strategyNames are the known strategies, in the default order.
var strategyNames = []string{"equal", "best-single", "greedy", "meanvar", "rl", rlHandSetName, backtest.OracleName, backtest.BoundName}

type backtestOpts struct {
	data, strategies, start, end, report, rlModel string
	vaults                                        string
	grid                                          gridOpts
	config                                        string
	meanVar                                       strategy.MeanVar // --config's governed.optimizer, when meanvar runs
	gate                                          *strategy.Gate   // --config's governed.rebalance min_move and gain_factor, when meanvar runs
	capital, gasUSD, costBps, util, elasticity    float64
	step, maxGap                                  time.Duration
	minHistory                                    int
	asJSON                                        bool
	tune                                          tuneOpts
}

// Defaults shared by keeper backtest and keeper train, which load --data the
// same way (loadMarket).
const (
	defaultStep           = 24 * time.Hour // grid step of the replay
	defaultMinHistoryDays = 30             // days of data before a pool may receive money
	defaultCapital        = 10e6           // USD
)

// usageError is a bad flag or value: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func badFlag(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// runBacktest is `keeper backtest`; it returns the exit code: 0, 1 for a
// failure while running, 2 for bad flags or values (nothing is written).
func runBacktest(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("keeper backtest", stderr)
	var o backtestOpts
	fs.StringVar(&o.data, "data", "", "history directory")
	fs.StringVar(&o.config, "config", "config.yaml", "the keeper's config file, for meanvar's settings")
	fs.Float64Var(&o.capital, "capital", defaultCapital, "starting capital, USD")
	fs.Float64Var(&o.gasUSD, "gas-usd", market.Defaults.GasUSD, "gas per pool touched, USD")
	fs.Float64Var(&o.costBps, "cost-bps", market.Defaults.CostBps, "proportional cost, bps")
	fs.Float64Var(&o.util, "util", market.Defaults.Util, "assumed utilisation")
	fs.Float64Var(&o.elasticity, "elasticity", market.Defaults.Elasticity, "borrow-rate elasticity")
	fs.StringVar(&o.strategies, "strategies", "all", "comma-separated strategies")
	fs.StringVar(&o.start, "start", "", "first decision day")
	fs.StringVar(&o.end, "end", "", "last day")
	fs.DurationVar(&o.step, "step", defaultStep, "grid step")
	fs.DurationVar(&o.maxGap, "max-gap", backtest.DefaultMaxGap, "longest gap to forward-fill")
	fs.IntVar(&o.minHistory, "min-history", defaultMinHistoryDays, "days of data before a pool may receive money")
	fs.StringVar(&o.rlModel, "rl-model", "", "trained rl model")
	fs.BoolVar(&o.asJSON, "json", false, "JSON lines")
	fs.StringVar(&o.report, "report", "", "report directory")
	fs.StringVar(&o.vaults, "vaults", vaultsChain, "chain or one")
	fs.StringVar(&o.grid.capitals, "grid-capitals", defaultGridCapitals, "--report's grid: capitals, USD")
	fs.StringVar(&o.grid.gas, "grid-gas", defaultGridGas, "--report's grid: gas per pool touched, USD")
	fs.StringVar(&o.grid.chosen, "chosen", "meanvar", "--report's grid: the strategy compared with greedy and best-single")
	def := defaultTuneFlags()
	fs.StringVar(&o.tune.until, "tune-until", "", "last day of the tuning period")
	fs.StringVar(&o.tune.forecasters, "tune-forecasters", def.forecasters, "forecasters to try")
	fs.StringVar(&o.tune.halfLives, "tune-half-lives", def.halfLives, "EWMA half-lives to try, rows")
	fs.StringVar(&o.tune.riskAversions, "tune-risk-aversions", def.riskAversions, "risk aversions to try")
	fs.StringVar(&o.tune.horizons, "tune-horizons", def.horizons, "cost horizons to try, rows")
	usage := fmt.Sprintf(backtestUsage, defaultGridCapitals, defaultGridGas, def.forecasters, def.halfLives, def.riskAversions, def.horizons)
	if code, ok := parseFlags(fs, args, usage, stderr); !ok {
		return code
	}
	fs.Visit(func(f *flag.Flag) {
		if strings.HasPrefix(f.Name, "tune-") && f.Name != "tune-until" {
			o.tune.set = append(o.tune.set, f.Name)
		}
	})
	return exitCode(fs.Name(), backtestMain(ctx, o, stdout, stderr), stderr)
}

// newFlagSet is a subcommand's flag set: errors go to stderr, and the
// flag package prints no usage of its own (a parse error names the flag;
// parseFlags prints the command's usage text for --help).
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses a subcommand's flags. With ok false the command is
// done and code is its exit code: 0 for --help (usage printed), 2 for a bad
// flag (the flag package has named it) or a stray argument.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stderr io.Writer) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, usage)
			return 0, false
		}
		fmt.Fprintf(stderr, "see %s --help\n", fs.Name())
		return 2, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return 2, false
	}
	return 0, true
}

// exitCode prints a subcommand's error and returns its exit code: 0, 2 for
// a usageError, 1 for any other error.
func exitCode(cmd string, err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
	if ue := (usageError{}); errors.As(err, &ue) {
		return 2
	}
	return 1
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// validate checks every flag that can be checked without the data.
func (o *backtestOpts) validate() ([]string, error) {
	switch {
	case o.data == "":
		return nil, checkDataDir(o.data)
	case !(finite(o.capital) && o.capital > 0):
		return nil, badFlag("--capital %v: must be a positive number of USD", o.capital)
	case !(finite(o.gasUSD) && o.gasUSD >= 0):
		return nil, badFlag("--gas-usd %v: must be a finite number ≥ 0", o.gasUSD)
	case !(finite(o.costBps) && o.costBps >= 0 && o.costBps < 1e4):
		return nil, badFlag("--cost-bps %v: must be in [0, 10000)", o.costBps)
	case !(o.util >= 0 && o.util < 1):
		return nil, badFlag("--util %v: must be in [0, 1)", o.util)
	case !(finite(o.elasticity) && o.elasticity >= 0):
		return nil, badFlag("--elasticity %v: must be a finite number ≥ 0", o.elasticity)
	case o.step <= 0:
		return nil, badFlag("--step %v: must be positive", o.step)
	case o.maxGap < 0:
		return nil, badFlag("--max-gap %v: must be ≥ 0", o.maxGap)
	case o.minHistory < 0:
		return nil, badFlag("--min-history %d: must be ≥ 0", o.minHistory)
	case o.vaults != vaultsChain && o.vaults != vaultsOne:
		return nil, badFlag("--vaults %q: want %s (one vault per chain) or %s (one vault over every pool)", o.vaults, vaultsChain, vaultsOne)
	}
	if err := checkDataDir(o.data); err != nil {
		return nil, err
	}
	for _, f := range []struct{ name, v string }{{"start", o.start}, {"end", o.end}} {
		if err := checkDate(f.name, f.v); err != nil {
			return nil, err
		}
	}
	if o.report != "" {
		if st, err := os.Stat(o.report); err == nil && !st.IsDir() {
			return nil, badFlag("--report %q: exists and is not a directory", o.report)
		}
	}
	if o.rlModel != "" {
		if _, err := os.Stat(o.rlModel); err != nil {
			return nil, badFlag("--rl-model %q: %v", o.rlModel, errors.Unwrap(err))
		}
	}
	names, err := parseStrategies(o.strategies)
	if err == nil && o.rlModel != "" && !slices.Contains(names, "rl") {
		err = badFlag("--rl-model %q: rl is not among --strategies %q", o.rlModel, o.strategies)
	}
	if err == nil {
		err = o.validateTune(names)
	}
	if err == nil && o.report != "" {
		_, _, err = o.grid.parse(names)
	}
	if err == nil && slices.Contains(names, "meanvar") {
		cfg, cerr := config.Load(o.config)
		if cerr != nil {
			return nil, badFlag("--config %q: meanvar runs with its governed.optimizer settings: %v", o.config, cerr)
		}
		o.meanVar = cfg.Optimizer.MeanVar()
		o.gate = &strategy.Gate{MinMove: cfg.Rebalance.MinMove, GainFactor: cfg.Rebalance.GainFactor}
	}
	return names, err
}

// checkDataDir checks --data: given, and a directory.
func checkDataDir(dir string) error {
	if dir == "" {
		return badFlag("--data is required (a directory of history CSV files)")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return badFlag("--data %q: not a directory", dir)
	}
	return nil
}

// checkDate checks that the flag --name, if given, is a date YYYY-MM-DD.
func checkDate(name, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		return badFlag("--%s %q: want a date YYYY-MM-DD", name, v)
	}
	return nil
}

func parseStrategies(list string) ([]string, error) {
	if strings.TrimSpace(list) == "all" {
		return append([]string(nil), strategyNames...), nil
	}
	var out []string
	seen := map[string]bool{}
	for _, s := range strings.Split(list, ",") {
		s = strings.TrimSpace(s)
		known := false
		for _, n := range strategyNames {
			known = known || s == n
		}
		switch {
		case s == "":
			return nil, badFlag("--strategies %q: empty strategy name", list)
		case !known:
			return nil, badFlag("--strategies %q: unknown strategy %q (want %s, or all)", list, s, strings.Join(strategyNames, ", "))
		case seen[s]:
			return nil, badFlag("--strategies %q: %s listed twice", list, s)
		}
		seen[s] = true
		out = append(out, s)
	}
	return out, nil
}

// rowsOf converts a number of days to grid rows (at least 1).
func rowsOf(days int, step time.Duration) int {
	return max(1, int(math.Ceil(float64(days)*24*float64(time.Hour)/float64(step))))
}

func backtestMain(ctx context.Context, o backtestOpts, stdout, stderr io.Writer) error {
	names, err := o.validate()
	if err != nil {
		return err
	}
	mcfg := market.Defaults
	mcfg.GasUSD, mcfg.CostBps, mcfg.Util, mcfg.Elasticity = o.gasUSD, o.costBps, o.util, o.elasticity
	minRows := rowsOf(o.minHistory, o.step)
	data, err := backtest.Load(o.data, backtest.LoadOptions{Step: o.step, MaxGap: o.maxGap, MinRows: minRows})
	if errors.Is(err, backtest.ErrNoPools) {
		return badFlag("--min-history %d: no pool in --data %q has that many rows of data (%v)", o.minHistory, o.data, err)
	}
	if err != nil {
		return fmt.Errorf("loading --data %q: %w", o.data, err)
	}
	m, err := data.Market(mcfg)
	if err != nil {
		return fmt.Errorf("loading --data %q: %w", o.data, err)
	}
	cfg := backtest.Config{Capital: o.capital, MinHistory: minRows}
	if cfg.Start, cfg.End, err = backtestRows(m, o, minRows); err != nil {
		return err
	}
	if o.tune.until != "" {
		return tuneMain(ctx, o, data, m, mcfg, cfg, names, stdout)
	}
	runs, err := runVaults(ctx, data, m, mcfg, cfg, names, o)
	if err != nil {
		return err
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		for _, i := range data.Issues {
			if err := enc.Encode(map[string]backtest.Issue{"data_issue": i}); err != nil {
				return err
			}
		}
		for _, run := range runs {
			for _, r := range run.Results {
				if err := enc.Encode(r.Metrics); err != nil {
					return err
				}
			}
		}
	} else {
		printVaults(stdout, m, cfg, data, runs)
	}
	if o.report != "" {
		if err := writeReport(o, m, cfg, data, runs); err != nil {
			return fmt.Errorf("writing --report %q: %w", o.report, err)
		}
		cells, err := runGrid(ctx, data, mcfg, cfg, names, o)
		if err != nil {
			return fmt.Errorf("--report's grid: %w", err)
		}
		if err := writeGrid(o.report, cells, o); err != nil {
			return fmt.Errorf("writing --report %q: %w", o.report, err)
		}
	}
	return nil
}

// backtestRows resolves --start and --end to grid rows.
func backtestRows(m *market.Market, o backtestOpts, minRows int) (start, end int, err error) {
	first, last := m.Time(0), m.Time(m.Len()-1)
	start, end = -1, m.Len()-1
	if o.start == "" {
		// The first row at which some pool has minRows rows of data.
	rows:
		for t := 0; t < m.Len(); t++ {
			v := backtest.NewView(m, t, minRows)
			for i := 0; i < m.N(); i++ {
				if v.Eligible(i) {
					start = t
					break rows
				}
			}
		}
		if start < 0 || start >= end {
			return 0, 0, badFlag("--min-history %d: no pool has that many days of data before the data's last day %s", o.minHistory, last.Format(time.DateOnly))
		}
	} else {
		d, _ := time.Parse(time.DateOnly, o.start)
		if d.Before(first) || !d.Before(last) {
			return 0, 0, badFlag("--start %s: must be on or after the data's first day %s and before its last day %s", o.start, first.Format(time.DateOnly), last.Format(time.DateOnly))
		}
		for start = 0; m.Time(start).Before(d); start++ {
		}
	}
	if o.end != "" {
		d, _ := time.Parse(time.DateOnly, o.end)
		if d.After(last) || !d.After(first) {
			return 0, 0, badFlag("--end %s: must be after the data's first day %s and on or before its last day %s", o.end, first.Format(time.DateOnly), last.Format(time.DateOnly))
		}
		for end = m.Len() - 1; m.Time(end).After(d); end-- {
		}
	}
	if start >= end {
		return 0, 0, badFlag("--start %s / --end %s: the start must come before the end", m.Time(start).Format(time.DateOnly), m.Time(end).Format(time.DateOnly))
	}
	return start, end, nil
}
