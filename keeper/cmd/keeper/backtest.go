package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

const backtestUsage = `usage: keeper backtest --data DIR [flags]

Replays the yield histories in DIR (one <protocol>_<symbol>_<chain>.csv per
pool, see optimizer/history) walk-forward, with the vault's own rate impact
and gas, for each strategy, and prints one line per strategy.

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
  --json              one JSON object per strategy per line (JSON lines)
  --report DIR        write value.png, allocation-<strategy>.png and report.md

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
                      --report. The grid's half-lives and horizons are rows;
                      the window and covariance_half_life are --config's.
  --tune-forecasters LIST    ewma and/or local-level (default %s)
  --tune-half-lives LIST     EWMA half-lives, rows (days at --step 24h)
                             (default %s)
  --tune-risk-aversions LIST risk aversions λ (default %s)
  --tune-horizons LIST       rows over which costs are amortised
                             (default %s)
`

// strategyNames are the known strategies, in the default order.
var strategyNames = []string{"equal", "best-single", "greedy", "meanvar", "rl", backtest.OracleName, backtest.BoundName}

type backtestOpts struct {
	data, strategies, start, end, report, rlModel string
	config                                        string
	meanVar                                       strategy.MeanVar // --config's governed.optimizer, when meanvar runs
	capital, gasUSD, costBps, util, elasticity    float64
	step, maxGap                                  time.Duration
	minHistory                                    int
	asJSON                                        bool
	tune                                          tuneOpts
}

// tuneOpts are the --tune-* flags.
type tuneOpts struct {
	until, forecasters, halfLives, riskAversions, horizons string
	set                                                    []string // --tune-* flags given, other than --tune-until
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
	def := defaultTuneFlags()
	fs.StringVar(&o.tune.until, "tune-until", "", "last day of the tuning period")
	fs.StringVar(&o.tune.forecasters, "tune-forecasters", def.forecasters, "forecasters to try")
	fs.StringVar(&o.tune.halfLives, "tune-half-lives", def.halfLives, "EWMA half-lives to try, rows")
	fs.StringVar(&o.tune.riskAversions, "tune-risk-aversions", def.riskAversions, "risk aversions to try")
	fs.StringVar(&o.tune.horizons, "tune-horizons", def.horizons, "cost horizons to try, rows")
	usage := fmt.Sprintf(backtestUsage, def.forecasters, def.halfLives, def.riskAversions, def.horizons)
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
	if err == nil && slices.Contains(names, "meanvar") {
		cfg, cerr := config.Load(o.config)
		if cerr != nil {
			return nil, badFlag("--config %q: meanvar runs with its governed.optimizer settings: %v", o.config, cerr)
		}
		o.meanVar = cfg.Optimizer.MeanVar()
	}
	return names, err
}

// validateTune checks the --tune-* flags.
func (o *backtestOpts) validateTune(names []string) error {
	if o.tune.until == "" {
		if len(o.tune.set) > 0 {
			return badFlag("--%s: needs --tune-until", o.tune.set[0])
		}
		return nil
	}
	if err := checkDate("tune-until", o.tune.until); err != nil {
		return err
	}
	if !slices.Contains(names, "meanvar") {
		return badFlag("--tune-until %s: tunes meanvar, which is not among --strategies %q", o.tune.until, o.strategies)
	}
	if _, err := o.tune.grid(); err != nil {
		return err
	}
	if o.report != "" {
		return badFlag("--report %q: not supported with --tune-until", o.report)
	}
	return nil
}

// defaultTuneFlags are the --tune-* defaults: backtest.DefaultTuneGrid at
// the default --step.
func defaultTuneFlags() tuneOpts {
	g := backtest.DefaultTuneGrid()
	fcs := []string{backtest.ForecastEWMA}
	if g.LocalLevel {
		fcs = append(fcs, backtest.ForecastLocalLevel)
	}
	return tuneOpts{
		forecasters:   strings.Join(fcs, ","),
		halfLives:     joinNumbers(g.HalfLives),
		riskAversions: joinNumbers(g.RiskAversions),
		horizons:      joinNumbers(g.Horizons),
	}
}

func joinNumbers[T int | float64](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

// grid parses the --tune-* lists into the grid. Half-lives and horizons are
// in rows of the replay's grid, whatever --step is.
func (t tuneOpts) grid() (backtest.TuneGrid, error) {
	var g backtest.TuneGrid
	ewma := false
	for _, f := range strings.Split(t.forecasters, ",") {
		switch f = strings.TrimSpace(f); {
		case f == backtest.ForecastEWMA && !ewma:
			ewma = true
		case f == backtest.ForecastLocalLevel && !g.LocalLevel:
			g.LocalLevel = true
		case f == backtest.ForecastEWMA || f == backtest.ForecastLocalLevel:
			return g, badFlag("--tune-forecasters %q: %s listed twice", t.forecasters, f)
		default:
			return g, badFlag("--tune-forecasters %q: unknown forecaster %q (want %s, %s)", t.forecasters, f,
				backtest.ForecastEWMA, backtest.ForecastLocalLevel)
		}
	}
	var err error
	if ewma {
		if g.HalfLives, err = parseList("tune-half-lives", t.halfLives, func(v float64) bool { return v > 0 && !math.IsInf(v, 1) },
			"a positive number of rows"); err != nil {
			return g, err
		}
	}
	if g.RiskAversions, err = parseList("tune-risk-aversions", t.riskAversions, func(v float64) bool { return v >= 0 && !math.IsInf(v, 1) },
		"a finite number ≥ 0"); err != nil {
		return g, err
	}
	hs, err := parseList("tune-horizons", t.horizons, func(v float64) bool { return v >= 1 && v == math.Trunc(v) && v < 1e6 },
		"a whole number of rows ≥ 1")
	if err != nil {
		return g, err
	}
	for _, h := range hs {
		g.Horizons = append(g.Horizons, int(h))
	}
	if _, err := g.Settings(); err != nil {
		return g, badFlag("%v", err)
	}
	return g, nil
}

// parseList parses the comma-separated numbers of flag --name, each of
// which must pass ok (described by want), none twice.
func parseList(name, list string, ok func(float64) bool, want string) ([]float64, error) {
	var out []float64
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(f)
		v, err := strconv.ParseFloat(f, 64)
		switch {
		case f == "":
			return nil, badFlag("--%s %q: empty value", name, list)
		case err != nil || !ok(v):
			return nil, badFlag("--%s %q: %q is not %s", name, list, f, want)
		case slices.Contains(out, v):
			return nil, badFlag("--%s %q: %s listed twice", name, list, f)
		}
		out = append(out, v)
	}
	return out, nil
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

// loadMarket loads the history files in --data dir on a grid of the given
// step, forward-filling gaps up to maxGap, as the market with cfg: the data
// of keeper backtest and keeper train.
func loadMarket(dir string, step, maxGap time.Duration, cfg market.Config) (*market.Market, error) {
	m, err := backtest.LoadMarket(dir, step, maxGap, cfg)
	if err != nil {
		return nil, fmt.Errorf("loading --data %q: %w", dir, err)
	}
	return m, nil
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
	m, err := loadMarket(o.data, o.step, o.maxGap, mcfg)
	if err != nil {
		return err
	}
	minRows := rowsOf(o.minHistory, o.step)
	cfg := backtest.Config{Capital: o.capital, MinHistory: minRows}
	if cfg.Start, cfg.End, err = backtestRows(m, o, minRows); err != nil {
		return err
	}
	if o.tune.until != "" {
		return tuneMain(ctx, o, m, cfg, names, stdout)
	}
	results, err := runStrategies(ctx, m, cfg, names, o, nil)
	if err != nil {
		return err
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		for _, r := range results {
			if err := enc.Encode(r.Metrics); err != nil {
				return err
			}
		}
	} else {
		printTable(stdout, m, cfg, results)
	}
	if o.report != "" {
		if err := writeReport(o, m, cfg, results); err != nil {
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
			s = &backtest.MeanVar{Strategy: o.meanVar}
		case "rl":
			s, err = rlStrategy(m, cfg, o)
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
	a, err := rl.NewAgent(m, wf)
	if err != nil {
		return nil, err
	}
	return backtest.RL(&rlAgent{a: a, start: wf.Start}), nil
}

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

func printTable(w io.Writer, m *market.Market, cfg backtest.Config, results []*backtest.Result) {
	fmt.Fprintf(w, "%d pools, %s … %s, capital %.0f USD, gas %.2f USD per pool touched\n\n",
		m.N(), m.Time(cfg.Start).Format(time.DateOnly), m.Time(cfg.End).Format(time.DateOnly), cfg.Capital, m.Config().GasUSD)
	printResults(w, results)
}

// printResults prints the results' table and then their notes.
func printResults(w io.Writer, results []*backtest.Result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "STRATEGY\tNET APY %\tGROSS APY %\tVOL %\tMAX DD %\tTURNOVER\tREBALANCES\tGAS USD\tFINAL VALUE\t")
	for _, r := range results {
		mt := r.Metrics
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.4f\t%.4f\t%.2f\t%d\t%.0f\t%.0f\t\n", mt.Strategy, mt.NetAPYPct, mt.GrossAPYPct,
			mt.VolatilityPct, mt.MaxDrawdownPct, mt.Turnover, mt.Rebalances, mt.GasUSD, mt.FinalValue)
	}
	tw.Flush()
	for _, r := range results {
		if r.Note != "" {
			fmt.Fprintf(w, "\n%s: %s", r.Strategy, r.Note)
		}
	}
	fmt.Fprintln(w)
}

func writeReport(o backtestOpts, m *market.Market, cfg backtest.Config, results []*backtest.Result) error {
	if err := os.MkdirAll(o.report, 0o755); err != nil {
		return err
	}
	if err := backtest.PlotValue(filepath.Join(o.report, "value.png"), results); err != nil {
		return err
	}
	for _, r := range results {
		if err := backtest.PlotAllocation(filepath.Join(o.report, "allocation-"+r.Strategy+".png"), r, m.Names()); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(o.report, "report.md"), []byte(reportMarkdown(o, m, cfg, results)), 0o644)
}

func reportMarkdown(o backtestOpts, m *market.Market, cfg backtest.Config, results []*backtest.Result) string {
	var b strings.Builder
	c := m.Config()
	fmt.Fprintf(&b, "# Backtest\n\n")
	fmt.Fprintf(&b, "%d pools from `%s`, %s … %s (%d steps of %v), replayed walk-forward with the vault's own rate impact and gas (optimizer/market).\n\n",
		m.N(), o.data, m.Time(cfg.Start).Format(time.DateOnly), m.Time(cfg.End).Format(time.DateOnly), cfg.End-cfg.Start, o.step)
	b.WriteString("| strategy | net APY % | gross APY % | volatility % | max drawdown % | turnover | rebalances | gas USD | fees USD | final value USD |\n")
	b.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, r := range results {
		mt := r.Metrics
		fmt.Fprintf(&b, "| %s | %.3f | %.3f | %.4f | %.4f | %.2f | %d | %.0f | %.0f | %.0f |\n", mt.Strategy, mt.NetAPYPct, mt.GrossAPYPct,
			mt.VolatilityPct, mt.MaxDrawdownPct, mt.Turnover, mt.Rebalances, mt.GasUSD, mt.FeesUSD, mt.FinalValue)
	}
	b.WriteString("\n")
	for _, r := range results {
		if r.Note != "" {
			fmt.Fprintf(&b, "- **%s**: %s\n", r.Strategy, r.Note)
		}
	}
	b.WriteString("\n![value over time](value.png)\n\n")
	for _, r := range results {
		fmt.Fprintf(&b, "![allocation of %s](allocation-%s.png)\n\n", r.Strategy, r.Strategy)
	}
	b.WriteString("## Parameters\n\n")
	fmt.Fprintf(&b, "| parameter | value |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| capital | %.0f USD |\n", cfg.Capital)
	fmt.Fprintf(&b, "| gas per pool touched | %g USD |\n", c.GasUSD)
	fmt.Fprintf(&b, "| proportional cost | %g bps |\n", c.CostBps)
	fmt.Fprintf(&b, "| rate impact | r(x) = a·(S/(S+x))^(1+η), S = L/(1−u₀), u₀ = %g, η = %g |\n", c.Util, c.Elasticity)
	fmt.Fprintf(&b, "| dust | moves under %g of the value are not made |\n", c.Dust)
	fmt.Fprintf(&b, "| eligibility | listed, with ≥ %d rows of data (--min-history %d days) |\n", cfg.MinHistory, o.minHistory)
	fmt.Fprintf(&b, "| grid | step %v, gaps up to %v forward-filled, no spike filter |\n", o.step, o.maxGap)
	var names []string
	for _, r := range results {
		names = append(names, r.Strategy)
	}
	fmt.Fprintf(&b, "| strategies | %s |\n\n", strings.Join(names, ", "))
	b.WriteString(`## Definitions

- **net APY**: (V_end/V_start)^(1/years) − 1, from the value path net of all costs; years = steps × step / 365 days.
- **gross APY**: the same with every cost paid added back to the final value.
- **volatility**: sample standard deviation of the per-step returns V_{k+1}/V_k − 1, times √(steps per year).
- **max drawdown**: the largest fall of the value from a previous peak, as a fraction of that peak.
- **turnover**: Σ |amount moved| over all trades / (2 × mean value); the first deployment from idle counts.
- **rebalances**: trades that moved money; **gas USD**: gas paid.

Rows: a strategy decides at row t from rows ≤ t and earns row t+1's rates over (t, t+1]; best-single and oracle-heuristic are oracles that know the future by construction (heuristic yardsticks), and bound is the upper bound no strategy can beat (each day the best cost-free allocation at the true rates; ` + "`go doc github.com/vaultkeeper/vaultkeeper/optimizer/backtest.Bound`" + ` has the proof). See ` + "`go doc github.com/vaultkeeper/vaultkeeper/optimizer/backtest`" + `.

## Data

`)
	b.WriteString(attribution(o.data))
	b.WriteString("\n")
	return b.String()
}

// attribution is the data set's attribution paragraph, from a README.md in
// the data directory or its parent.
func attribution(dir string) string {
	for _, p := range []string{filepath.Join(dir, "README.md"), filepath.Join(dir, "..", "README.md")} {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, para := range strings.Split(string(raw), "\n\n") {
			if strings.Contains(strings.ToLower(para), "attribution") {
				return strings.TrimSpace(para) + "\n\n(from " + filepath.Base(filepath.Dir(p)) + "/README.md)\n"
			}
		}
	}
	return "No attribution found in " + dir + "/README.md or its parent: state the data's source and licence here.\n"
}

// tuneMain is `keeper backtest --tune-until`: Tune chooses meanvar's
// settings on rows cfg.Start…split, then every strategy runs on the tuning
// period (on the data up to split only) and on the holdout split…cfg.End.
func tuneMain(ctx context.Context, o backtestOpts, m *market.Market, cfg backtest.Config, names []string, stdout io.Writer) error {
	d, _ := time.Parse(time.DateOnly, o.tune.until)
	split := cfg.End
	for split >= 0 && m.Time(split).After(d) {
		split--
	}
	if split <= cfg.Start || split >= cfg.End {
		return badFlag("--tune-until %s: must be after the first decision day %s (--start) and before the last day %s (--end)",
			o.tune.until, m.Time(cfg.Start).Format(time.DateOnly), m.Time(cfg.End).Format(time.DateOnly))
	}
	grid, err := o.tune.grid()
	if err != nil {
		return err
	}
	grid.Base = o.meanVar
	tu, err := backtest.Tune(m, cfg, split, grid)
	if err != nil {
		return err
	}
	head, err := m.Head(split + 1)
	if err != nil {
		return err
	}
	in, out := cfg, cfg
	in.End, out.Start = split, split
	inRes, err := runWith(ctx, head, in, names, o, tu.InSample)
	if err != nil {
		return err
	}
	outRes, err := runWith(ctx, m, out, names, o, tu.Holdout)
	if err != nil {
		return err
	}
	for k := range names {
		inRes[k].Metrics.Period, outRes[k].Metrics.Period = "in-sample", "holdout"
	}
	shareIn, shareOut := boundShare(inRes), boundShare(outRes)
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		if err := enc.Encode(map[string]any{"tuning": tuningJSON(m, in, out, tu, shareIn, shareOut)}); err != nil {
			return err
		}
		for _, r := range append(inRes, outRes...) {
			if err := enc.Encode(r.Metrics); err != nil {
				return err
			}
		}
		return nil
	}
	printTuning(stdout, m, in, out, o, tu, inRes, outRes, shareIn, shareOut)
	return nil
}

// runWith runs the strategies names on m over cfg, with mv (a meanvar run
// already made by Tune over the same rows) in meanvar's place.
func runWith(ctx context.Context, m *market.Market, cfg backtest.Config, names []string, o backtestOpts, mv *backtest.Result) ([]*backtest.Result, error) {
	return runStrategies(ctx, m, cfg, names, o, map[string]*backtest.Result{"meanvar": mv})
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

// boundShare is meanvar's net APY as a percentage of the bound's, NaN when
// either was not run.
func boundShare(rs []*backtest.Result) float64 {
	mv, h := math.NaN(), math.NaN()
	for _, r := range rs {
		switch r.Strategy {
		case "meanvar":
			mv = r.Metrics.NetAPYPct
		case backtest.BoundName:
			h = r.Metrics.NetAPYPct
		}
	}
	return 100 * mv / h
}

type candidateJSON struct {
	backtest.MeanVarSettings
	NetAPYPct  float64 `json:"net_apy_pct"`
	Rebalances int     `json:"rebalances"`
}

func tuningJSON(m *market.Market, in, out backtest.Config, tu *backtest.Tuning, shareIn, shareOut float64) map[string]any {
	cands := make([]candidateJSON, len(tu.Candidates))
	for k, c := range tu.Candidates {
		cands[k] = candidateJSON{c.Settings, c.Metrics.NetAPYPct, c.Metrics.Rebalances}
	}
	j := map[string]any{
		"tuning_start":  m.Time(in.Start).Format(time.DateOnly),
		"tuning_end":    m.Time(in.End).Format(time.DateOnly),
		"holdout_start": m.Time(out.Start).Format(time.DateOnly),
		"holdout_end":   m.Time(out.End).Format(time.DateOnly),
		"grid_size":     len(tu.Candidates),
		"chosen":        tu.Chosen,
		"candidates":    cands,
	}
	if !math.IsNaN(shareIn) && !math.IsNaN(shareOut) {
		j["meanvar_share_of_bound_pct"] = map[string]float64{"in_sample": shareIn, "holdout": shareOut}
	}
	return j
}

func printTuning(w io.Writer, m *market.Market, in, out backtest.Config, o backtestOpts, tu *backtest.Tuning,
	inRes, outRes []*backtest.Result, shareIn, shareOut float64) {
	day := func(t int) string { return m.Time(t).Format(time.DateOnly) }
	fmt.Fprintf(w, "%d pools, capital %.0f USD, gas %.2f USD per pool touched\n", m.N(), in.Capital, m.Config().GasUSD)
	fmt.Fprintf(w, "tuning period %s … %s (%d steps), holdout %s … %s (%d steps)\n\n",
		day(in.Start), day(in.End), in.End-in.Start, day(out.Start), day(out.End), out.End-out.Start)
	fmt.Fprintf(w, "meanvar tuned on the tuning period only, walk-forward: %d settings (forecasters %s; half-lives %s; λ %s; cost horizons %s rows)\n",
		len(tu.Candidates), o.tune.forecasters, o.tune.halfLives, o.tune.riskAversions, o.tune.horizons)
	fmt.Fprintf(w, "chosen: %v\n\n", tu.Chosen)
	rank := tu.Ranked()
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tNET APY % (TUNING)\tREBALANCES\tSETTINGS")
	// The best five, the best of each forecaster not among them, and the
	// default settings, in rank order.
	shown := map[string]bool{}
	for r, k := range rank {
		c := tu.Candidates[k]
		f := c.Settings.Forecaster
		isDefault := c.Settings == backtest.DefaultSettings()
		if r >= 5 && shown[f] && !isDefault {
			continue
		}
		shown[f] = true
		fmt.Fprintf(tw, "%d\t%.3f\t%d\t%v", r+1, c.Metrics.NetAPYPct, c.Metrics.Rebalances, c.Settings)
		if isDefault {
			fmt.Fprint(tw, " (the default, chosen on the whole year)")
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nin-sample: the tuning period %s … %s, on the data up to %s only (meanvar's settings were chosen here)\n\n",
		day(in.Start), day(in.End), day(in.End))
	printResults(w, inRes)
	fmt.Fprintf(w, "\nout-of-sample: the holdout %s … %s (decisions from %s, paid the rates after it)\n\n", day(out.Start), day(out.End), day(out.Start))
	printResults(w, outRes)
	if !math.IsNaN(shareIn) && !math.IsNaN(shareOut) {
		fmt.Fprintf(w, "\nmeanvar's net APY as a share of the bound's: %.1f%% in-sample, %.1f%% out-of-sample\n", shareIn, shareOut)
	}
}
