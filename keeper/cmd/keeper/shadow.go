package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

const shadowUsage = `usage: keeper shadow report [--config PATH] [--json] [--since DATE] [--trade-gas N]

Compares, over the RL shadow rows the keeper stored (optimizer.strategy
shadow records, at every decision, what the RL model would have done), what
RL would have earned against what meanvar earned, and says whether RL
qualifies to be proposed as the strategy. Governance still decides: the
verdict only says whether the evidence is strong enough to propose it.

How it is priced, per vault (chain and address):
  Both start, at the vault's first row where the model acted, from the
  allocation the vault actually held. At each row (a move counts when its
  largest weight change is at least governed.rebalance.min_move), meanvar moves to its
  target when the row is a rebalance whose transactions did not revert or
  fail (a dry-run rebalance counts: it is what meanvar decided), paying the
  row's gas cost; RL moves to its shadow target when its gate trades, paying
  the gas of one rebalance: the gas cost the keeper estimated at the same
  tick, else the median of the vault's estimates in these rows, or
  --trade-gas. Between two rows each earns, per source, the mean of the
  APYs the keeper recorded at the ticks in between (idle earns nothing), and
  the weights drift with what they earn. The intervals are summed per UTC
  day, the APY of a set of days is exp(Σ log growth / Σ years) − 1, and
  RL − meanvar in APY points gets a 95%% moving-block bootstrap interval over
  the days (blocks of %d days, %d resamples, seed %d).

  RL acted on the vault's real allocation, not on its paper portfolio, so
  its paper portfolio is an approximation of what it would have held.

Promotion rule: RL "qualifies to be proposed" only when the interval's
lower end is above 0, the rows span at least %d days with at least %d
days priced, and every RL trade's gas could be priced; otherwise "does not
qualify", with the reasons.

flags:
  --config PATH   config file (default config.yaml): storage.path is read
  --json          one JSON object (the fields of the text, and the verdict)
  --since DATE    only rows at or after DATE (YYYY-MM-DD, UTC, or RFC 3339)
  --trade-gas N   gas of one RL rebalance, asset units (default: estimated
                  from the rows, as above)
`

// runShadow is `keeper shadow`: its one subcommand is report.
func runShadow(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	usage := fmt.Sprintf(shadowUsage, shadowBlockDays, shadowResamples, shadowSeed, shadowMinDays, shadowMinDays)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] != "report" {
		fmt.Fprintf(stderr, "keeper shadow: unknown subcommand %q (want report)\n", args[0])
		return 2
	}
	fs, cfgPath, asJSON := reportFlags("keeper shadow report", stderr)
	since := fs.String("since", "", "only rows at or after this date")
	tradeGas := fs.Float64("trade-gas", -1, "gas of one RL rebalance, asset units")
	if code, ok := parseFlags(fs, args[1:], usage, stderr); !ok {
		return code
	}
	var from *time.Time
	if *since != "" {
		t, err := parseSince(*since)
		if err != nil {
			return exitCode(fs.Name(), err, stderr)
		}
		from = &t
	}
	given := false
	fs.Visit(func(f *flag.Flag) { given = given || f.Name == "trade-gas" })
	if given && !(*tradeGas >= 0 && !math.IsInf(*tradeGas, 0)) {
		return exitCode(fs.Name(), badFlag("--trade-gas %v: must be a finite number ≥ 0 of asset units", *tradeGas), stderr)
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return exitCode(fs.Name(), err, stderr)
	}
	rep, err := shadowReport(ctx, cfg, from, *tradeGas)
	if err == nil {
		err = printReport(stdout, *asJSON, rep, writeShadow)
	}
	return exitCode(fs.Name(), err, stderr)
}

// parseSince reads --since: a date (UTC midnight) or an RFC 3339 time.
func parseSince(v string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, v); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t.UTC(), nil
	}
	return time.Time{}, badFlag("--since %q: want a date YYYY-MM-DD or an RFC 3339 time", v)
}

// shadowReport reads the shadow rows and the recorded APYs of storage.path
// and evaluates them (evaluateShadow).
func shadowReport(ctx context.Context, cfg *config.Config, since *time.Time, tradeGas float64) (*shadowResult, error) {
	st, err := openHistory(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var from time.Time
	if since != nil {
		from = *since
	}
	es, err := st.ShadowEntries(ctx, from)
	if err != nil {
		return nil, err
	}
	rates := func(chainID uint64, vault string, sources []string) ([]time.Time, [][]float64, error) {
		return st.APYSeries(ctx, chainID, vault, sources, from)
	}
	return evaluateShadow(es, rates, since, tradeGas, cfg.Rebalance.MinMove)
}

// writeShadow is keeper shadow report's text.
func writeShadow(w io.Writer, r *shadowResult) error {
	span := "no rows"
	if r.First != nil {
		span = fmt.Sprintf("%s … %s (%.1f days)", r.First.Format(time.RFC3339), r.Last.Format(time.RFC3339), r.SpanDays)
	}
	fmt.Fprintf(w, "RL shadow vs meanvar: %d shadow rows (%d where the model acted), %d vaults, %s\n", r.Rows, r.EvaluatedRows, r.Vaults, span)
	fmt.Fprintf(w, "%d decision intervals priced over %d days, %d skipped\n\n", r.Intervals, r.Days, r.SkippedIntervals)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "STRATEGY\tAPY %\tTRADES\tGAS (ASSET UNITS)\t")
	fmt.Fprintf(tw, "rl (shadow)\t%.3f\t%d\t%.4g\t\n", r.RLAPYPct, r.RLTrades, r.RLGas)
	fmt.Fprintf(tw, "meanvar\t%.3f\t%d\t%.4g\t\n", r.MeanVarAPYPct, r.MeanVarRebalances, r.MeanVarGas)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if len(r.CI95) == 2 {
		fmt.Fprintf(w, "RL − meanvar: %+.3f APY points, 95%% interval %+.3f … %+.3f (moving-block bootstrap over the days: blocks of %d days, %d resamples)\n",
			r.DiffAPYPts, r.CI95[0], r.CI95[1], r.BlockDays, r.Resamples)
	}
	fmt.Fprintf(w, "RL's gas: %s\n", r.GasSource)
	_, err := fmt.Fprintf(w, "verdict: %s\n", r.Verdict)
	return err
}
