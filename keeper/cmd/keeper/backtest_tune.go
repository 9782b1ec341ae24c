package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/bootstrap"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// tuneOpts are the --tune-* flags.
type tuneOpts struct {
	until, forecasters, halfLives, riskAversions, horizons string
	set                                                    []string // --tune-* flags given, other than --tune-until
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

// tuneMain is `keeper backtest --tune-until`: TuneVaults chooses meanvar's
// settings on rows cfg.Start…split, one setting for every chain's vault (or
// for the single vault of --vaults one) by the net APY of their sum; then
// every strategy runs in every vault on the tuning period (on the data up
// to split only) and on the holdout split…cfg.End.
func tuneMain(ctx context.Context, o backtestOpts, data *backtest.Data, m *market.Market, mcfg market.Config, cfg backtest.Config,
	names []string, stdout io.Writer) error {
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
	grid.Base, grid.Gate = o.meanVar, o.gate
	vs := []backtest.Vault{{Market: m}}
	if o.vaults != vaultsOne {
		if vs, err = data.Vaults(mcfg); err != nil {
			return err
		}
	}
	tu, err := backtest.TuneVaults(vs, cfg, split, grid)
	if err != nil {
		return err
	}
	in, out := cfg, cfg
	in.End, out.Start = split, split
	inRuns, err := tunedRuns(ctx, o, vs, m, in, names, split+1, tu.InSampleVaults)
	if err != nil {
		return err
	}
	outRuns, err := tunedRuns(ctx, o, vs, m, out, names, m.Len(), tu.HoldoutVaults)
	if err != nil {
		return err
	}
	label(inRuns, "in-sample")
	label(outRuns, "holdout")
	shareIn, shareOut := boundShare(inRuns[len(inRuns)-1].Results), boundShare(outRuns[len(outRuns)-1].Results)
	// Out of sample, meanvar against the others, with bootstrap intervals.
	diffs, err := compareRuns(outRuns, "meanvar", holdoutVersus, m.PeriodYears(), rowsOf(bootstrap.DefaultBlock, o.step))
	if err != nil {
		return err
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		tj := tuningJSON(m, in, out, tu, shareIn, shareOut)
		tj["holdout_differences"] = differencesJSON(outRuns, diffs)
		if err := enc.Encode(map[string]any{"tuning": tj}); err != nil {
			return err
		}
		for _, runs := range [][]vaultRun{inRuns, outRuns} {
			for _, run := range runs {
				for _, r := range run.Results {
					if err := enc.Encode(r.Metrics); err != nil {
						return err
					}
				}
			}
		}
		return nil
	}
	printTuning(stdout, m, in, out, o, tu, inRuns, outRuns, shareIn, shareOut)
	printDifferences(stdout, outRuns, diffs)
	return nil
}

// holdoutVersus are the strategies meanvar is compared with on the holdout.
var holdoutVersus = []string{"greedy", "best-single", "rl", rlHandSetName}

type differenceJSON struct {
	Chain  string  `json:"chain"`
	Versus string  `json:"versus"`
	PP     float64 `json:"diff_pp"`
	Lo     float64 `json:"lo_pp"`
	Hi     float64 `json:"hi_pp"`
}

func differencesJSON(runs []vaultRun, diffs [][]backtest.Difference) []differenceJSON {
	var out []differenceJSON
	for i, ds := range diffs {
		for _, d := range ds {
			out = append(out, differenceJSON{Chain: runs[i].Chain, Versus: d.B, PP: d.PP, Lo: d.Lo, Hi: d.Hi})
		}
	}
	return out
}

// printDifferences is meanvar's out-of-sample lead over each other
// strategy, per vault, with its interval.
func printDifferences(w io.Writer, runs []vaultRun, diffs [][]backtest.Difference) {
	var versus []string
	for _, ds := range diffs {
		for _, d := range ds {
			if !slices.Contains(versus, d.B) {
				versus = append(versus, d.B)
			}
		}
	}
	if len(versus) == 0 {
		return
	}
	fmt.Fprintf(w, "\nout of sample, meanvar − each, percentage points of net APY [95%% moving-block bootstrap interval, blocks of %d days, %d resamples, seed %d]:\n\n",
		bootstrap.DefaultBlock, bootstrap.DefaultResamples, gridSeed)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "VAULT\t")
	for _, v := range versus {
		fmt.Fprintf(tw, "− %s\t", strings.ToUpper(v))
	}
	fmt.Fprintln(tw)
	for i, ds := range diffs {
		fmt.Fprintf(tw, "%s\t", chainName(runs[i]))
		for _, v := range versus {
			cell := "-"
			for _, d := range ds {
				if d.B == v {
					cell = fmt.Sprintf("%+.2f [%+.2f, %+.2f]", d.PP, d.Lo, d.Hi)
				}
			}
			fmt.Fprintf(tw, "%s\t", cell)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// label sets the period of every result of runs.
func label(runs []vaultRun, period string) {
	for _, run := range runs {
		for _, r := range run.Results {
			r.Metrics.Period = period
		}
	}
}

// tunedRuns runs the strategies names over cfg in every vault of vs, each
// on its market's first rows rows, with the tuned meanvar run mv[c] in
// meanvar's place, and adds their sum when there are several vaults.
func tunedRuns(ctx context.Context, o backtestOpts, vs []backtest.Vault, all *market.Market, cfg backtest.Config, names []string,
	rows int, mv []*backtest.Result) ([]vaultRun, error) {
	run := func(c int, v backtest.Vault) ([]*backtest.Result, error) {
		head, err := v.Market.Head(rows)
		if err != nil {
			return nil, err
		}
		return runWith(ctx, head, cfg, names, o, mv[c])
	}
	if len(vs) == 1 && vs[0].Chain == "" {
		rs, err := run(0, vs[0])
		if err != nil {
			return nil, err
		}
		return []vaultRun{{Pools: all.N(), Capital: cfg.Capital, Results: rs}}, nil
	}
	head, err := all.Head(rows)
	if err != nil {
		return nil, err
	}
	return runEachVault(vs, head, cfg.Capital, names, run)
}

// runWith runs the strategies names on m over cfg, with mv (a meanvar run
// already made by Tune over the same rows) in meanvar's place.
func runWith(ctx context.Context, m *market.Market, cfg backtest.Config, names []string, o backtestOpts, mv *backtest.Result) ([]*backtest.Result, error) {
	return runStrategies(ctx, m, cfg, names, o, map[string]*backtest.Result{"meanvar": mv})
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
	inRuns, outRuns []vaultRun, shareIn, shareOut float64) {
	day := func(t int) string { return m.Time(t).Format(time.DateOnly) }
	if len(inRuns) == 1 {
		fmt.Fprintf(w, "%d pools in one vault across every chain, capital %.0f USD, gas %.2f USD per pool touched\n", m.N(), in.Capital, m.Config().GasUSD)
	} else {
		fmt.Fprintf(w, "%d pools, one vault per chain (%d chains), capital %.0f USD each, gas %.2f USD per pool touched; "+
			"one meanvar setting for every vault, chosen by the net APY of their sum (%q)\n",
			m.N(), len(inRuns)-1, in.Capital, m.Config().GasUSD, backtest.AllChains)
	}
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
	fmt.Fprintf(w, "\nin-sample: the tuning period, on the data up to %s only (meanvar's settings were chosen here)\n\n", day(in.End))
	printVaults(w, m, in, nil, inRuns)
	fmt.Fprintf(w, "\nout-of-sample: the holdout (decisions from %s, paid the rates after it)\n\n", day(out.Start))
	printVaults(w, m, out, nil, outRuns)
	if !math.IsNaN(shareIn) && !math.IsNaN(shareOut) {
		what := "the single vault"
		if len(inRuns) > 1 {
			what = "the sum of the chain vaults"
		}
		fmt.Fprintf(w, "\nmeanvar's net APY as a share of the bound's, %s: %.1f%% in-sample, %.1f%% out-of-sample\n", what, shareIn, shareOut)
	}
}
