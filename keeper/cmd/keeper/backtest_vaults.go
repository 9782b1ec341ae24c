package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// Values of --vaults.
const (
	vaultsChain = "chain" // one vault per chain, and their sum
	vaultsOne   = "one"   // one vault over every pool, whatever its chain
)

// vaultRun is the results of every strategy in one vault: a chain's, the
// sum of the chains' (Chain backtest.AllChains) or, with --vaults one, the
// single vault over every pool (Chain "").
type vaultRun struct {
	Chain   string
	Pools   int
	Capital float64
	Results []*backtest.Result
}

// runVaults runs the strategies names over cfg in each chain's vault, each
// with cfg.Capital, and adds their sum (backtest.Combine) as the last run;
// with --vaults one, in a single vault over every pool of all.
func runVaults(ctx context.Context, data *backtest.Data, all *market.Market, mcfg market.Config, cfg backtest.Config,
	names []string, o backtestOpts) ([]vaultRun, error) {
	if o.vaults == vaultsOne {
		rs, err := runStrategies(ctx, all, cfg, names, o, nil)
		if err != nil {
			return nil, err
		}
		return []vaultRun{{Pools: all.N(), Capital: cfg.Capital, Results: rs}}, nil
	}
	vs, err := data.Vaults(mcfg)
	if err != nil {
		return nil, err
	}
	return runEachVault(vs, all, cfg.Capital, names, func(c int, v backtest.Vault) ([]*backtest.Result, error) {
		return runStrategies(ctx, v.Market, cfg, names, o, nil)
	})
}

// runEachVault runs every chain's vault with run, labels its results, and
// adds their sum (backtest.Combine, over all's pools) as the last run.
func runEachVault(vs []backtest.Vault, all *market.Market, capital float64, names []string,
	run func(c int, v backtest.Vault) ([]*backtest.Result, error)) ([]vaultRun, error) {
	runs := make([]vaultRun, 0, len(vs)+1)
	pools := make([][]int, len(vs))
	for c, v := range vs {
		rs, err := run(c, v)
		if err != nil {
			return nil, fmt.Errorf("chain %s: %w", v.Chain, err)
		}
		for _, r := range rs {
			r.Metrics.Chain, r.Metrics.Pools = v.Chain, v.Market.N()
		}
		runs = append(runs, vaultRun{Chain: v.Chain, Pools: v.Market.N(), Capital: capital, Results: rs})
		pools[c] = v.Pools
	}
	sum := vaultRun{Chain: backtest.AllChains, Pools: all.N(), Capital: capital * float64(len(vs))}
	for k := range names {
		per := make([]*backtest.Result, len(vs))
		for c := range vs {
			per[c] = runs[c].Results[k]
		}
		r, err := backtest.Combine(per, pools, all.N(), all.PeriodYears())
		if err != nil {
			return nil, err
		}
		r.Metrics.Chain, r.Metrics.Pools = backtest.AllChains, all.N()
		sum.Results = append(sum.Results, r)
	}
	return append(runs, sum), nil
}

// describeVaults is the line saying how the capital is split.
func describeVaults(runs []vaultRun, m *market.Market, cfg backtest.Config) string {
	span := fmt.Sprintf("%s … %s", m.Time(cfg.Start).Format(time.DateOnly), m.Time(cfg.End).Format(time.DateOnly))
	if len(runs) == 1 {
		return fmt.Sprintf("%d pools in one vault across every chain, %s, capital %.0f USD, gas %.2f USD per pool touched",
			m.N(), span, cfg.Capital, m.Config().GasUSD)
	}
	return fmt.Sprintf("%d pools, %s, one vault per chain (%d chains), capital %.0f USD each, gas %.2f USD per pool touched; "+
		"%q is their sum (%.0f USD, so its APYs are the capital-weighted total)",
		m.N(), span, len(runs)-1, cfg.Capital, m.Config().GasUSD, backtest.AllChains, runs[len(runs)-1].Capital)
}

// shareOfBound is r's net APY as a percentage of the bound's in the same
// vault, "" when the bound was not run.
func shareOfBound(run vaultRun, r *backtest.Result) string {
	for _, b := range run.Results {
		if b.Strategy == backtest.BoundName && b.Metrics.NetAPYPct > 0 {
			return fmt.Sprintf("%.1f", 100*r.Metrics.NetAPYPct/b.Metrics.NetAPYPct)
		}
	}
	return "-"
}

// printVaults prints one table of every vault's results, then the notes:
// the sum's (or the single vault's), and best-single's choice per chain.
func printVaults(w io.Writer, m *market.Market, cfg backtest.Config, data *backtest.Data, runs []vaultRun) {
	fmt.Fprintf(w, "%s\n\n", describeVaults(runs, m, cfg))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	chain := len(runs) > 1
	if chain {
		fmt.Fprint(tw, "CHAIN\tPOOLS\t")
	}
	fmt.Fprintln(tw, "STRATEGY\tNET APY %\tOF BOUND %\tGROSS APY %\tVOL %\tMAX DD %\tTURNOVER\tREBALANCES\tGAS USD\tFINAL VALUE\t")
	for _, run := range runs {
		for _, r := range run.Results {
			mt := r.Metrics
			if chain {
				fmt.Fprintf(tw, "%s\t%d\t", run.Chain, run.Pools)
			}
			fmt.Fprintf(tw, "%s\t%.3f\t%s\t%.3f\t%.4f\t%.4f\t%.2f\t%d\t%.0f\t%.0f\t\n", mt.Strategy, mt.NetAPYPct, shareOfBound(run, r),
				mt.GrossAPYPct, mt.VolatilityPct, mt.MaxDrawdownPct, mt.Turnover, mt.Rebalances, mt.GasUSD, mt.FinalValue)
		}
	}
	tw.Flush()
	last := runs[len(runs)-1]
	for _, r := range last.Results {
		if r.Note != "" {
			fmt.Fprintf(w, "\n%s: %s", r.Strategy, r.Note)
		}
	}
	if chain {
		for _, run := range runs[:len(runs)-1] {
			for _, r := range run.Results {
				if r.Strategy == "best-single" {
					fmt.Fprintf(w, "\nbest-single on %s: %s", run.Chain, r.Note)
				}
			}
		}
	}
	fmt.Fprintln(w)
	if data != nil {
		fmt.Fprintf(w, "\n%s", dataReport(data, false))
	}
}

// dataReport says which pools were used on which chain with which model,
// and the data issues: all of them with full, else every issue but the
// short gaps, which are summed up in one line.
func dataReport(d *backtest.Data, full bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "data: %d pools used from %s\n", len(d.Series), d.Dir)
	for _, l := range strings.Split(strings.TrimSpace(d.DataSummary()), "\n") {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	if len(d.Issues) == 0 {
		b.WriteString("data issues: none\n")
		return b.String()
	}
	b.WriteString("data issues (see go doc github.com/vaultkeeper/vaultkeeper/optimizer/backtest.Load):\n")
	short := 0
	for _, i := range d.Issues {
		if i.Kind == backtest.IssueFilled && !full {
			short++
			continue
		}
		fmt.Fprintf(&b, "  %s\n", i)
	}
	if short > 0 {
		fmt.Fprintf(&b, "  %d pools have gaps of up to --max-gap, forward-filled (--report's report.md lists them)\n", short)
	}
	return b.String()
}
