package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

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

// writeReport writes the --report directory: value.png and one
// allocation-<strategy>.png for the sum of the vaults (or the single
// vault), and report.md with every vault's table, the data report and the
// parameters.
func writeReport(o backtestOpts, m *market.Market, cfg backtest.Config, data *backtest.Data, runs []vaultRun) error {
	if err := os.MkdirAll(o.report, 0o755); err != nil {
		return err
	}
	results := runs[len(runs)-1].Results
	if err := backtest.PlotValue(filepath.Join(o.report, "value.png"), results); err != nil {
		return err
	}
	if base := resultOf(runs[len(runs)-1], "equal"); base != nil {
		if err := backtest.PlotRelative(filepath.Join(o.report, "relative.png"), results, base); err != nil {
			return err
		}
	}
	if err := backtest.PlotDrawdown(filepath.Join(o.report, "drawdown.png"), results); err != nil {
		return err
	}
	colors := backtest.PoolColors(results)
	for _, r := range results {
		if err := backtest.PlotAllocation(filepath.Join(o.report, "allocation-"+r.Strategy+".png"), r, m.Names(), colors); err != nil {
			return err
		}
	}
	if err := writeTrades(filepath.Join(o.report, "trades.csv"), runs); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(o.report, "report.md"), []byte(reportMarkdown(o, m, cfg, data, runs)), 0o644)
}

func reportMarkdown(o backtestOpts, m *market.Market, cfg backtest.Config, data *backtest.Data, runs []vaultRun) string {
	var b strings.Builder
	c := m.Config()
	fmt.Fprintf(&b, "# Backtest\n\n")
	fmt.Fprintf(&b, "%s. Pools from `%s`, %d steps of %v, replayed walk-forward with the vault's own rate impact and gas (optimizer/market).\n\n",
		describeVaults(runs, m, cfg), o.data, cfg.End-cfg.Start, o.step)
	b.WriteString("| chain | pools | strategy | net APY % | of bound % | gross APY % | volatility % | max drawdown % | turnover | rebalances | gas USD | fees USD | final value USD |\n")
	b.WriteString("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, run := range runs {
		chain := run.Chain
		if chain == "" {
			chain = "one vault"
		}
		for _, r := range run.Results {
			mt := r.Metrics
			fmt.Fprintf(&b, "| %s | %d | %s | %.3f | %s | %.3f | %.4f | %.4f | %.2f | %d | %.0f | %.0f | %.0f |\n", chain, run.Pools, mt.Strategy,
				mt.NetAPYPct, shareOfBound(run, r), mt.GrossAPYPct, mt.VolatilityPct, mt.MaxDrawdownPct, mt.Turnover, mt.Rebalances,
				mt.GasUSD, mt.FeesUSD, mt.FinalValue)
		}
	}
	b.WriteString("\n")
	for _, run := range runs {
		for _, r := range run.Results {
			if r.Note != "" && (run.Chain == backtest.AllChains || run.Chain == "" || r.Strategy == "best-single") {
				where := ""
				if run.Chain != "" {
					where = " (" + run.Chain + ")"
				}
				fmt.Fprintf(&b, "- **%s**%s: %s\n", r.Strategy, where, r.Note)
			}
		}
	}
	b.WriteString("\nThe same at other capitals and gas costs, with bootstrap intervals of the differences: [grid.md](grid.md).\n")
	b.WriteString("\n![value over time](value.png)\n\n")
	if resultOf(runs[len(runs)-1], "equal") != nil {
		b.WriteString("![growth relative to equal](relative.png)\n\n")
	}
	b.WriteString("![drawdown](drawdown.png)\n\nAllocations of the sum of the vaults (a pool has the same colour in every chart); every trade of every vault is in [trades.csv](trades.csv).\n\n")
	for _, r := range runs[len(runs)-1].Results {
		fmt.Fprintf(&b, "![allocation of %s](allocation-%s.png)\n\n", r.Strategy, r.Strategy)
	}
	b.WriteString("## Parameters\n\n")
	fmt.Fprintf(&b, "| parameter | value |\n| --- | --- |\n")
	fmt.Fprintf(&b, "| vaults | %s |\n", map[bool]string{true: "one per chain, each with the capital; the sum is their total", false: "one over every pool"}[len(runs) > 1])
	fmt.Fprintf(&b, "| capital | %.0f USD per vault |\n", cfg.Capital)
	fmt.Fprintf(&b, "| gas per pool touched | %g USD |\n", c.GasUSD)
	fmt.Fprintf(&b, "| proportional cost | %g bps |\n", c.CostBps)
	fmt.Fprintf(&b, "| rate impact | r(x) = a·(S/(S+x))^(1+η), S = L/(1−u₀) (capacity model) or the pool's own supply (pool state), u₀ = %g, η = %g |\n", c.Util, c.Elasticity)
	fmt.Fprintf(&b, "| dust | moves under %g of the value are not made |\n", c.Dust)
	fmt.Fprintf(&b, "| eligibility | listed, with ≥ %d rows of data (--min-history %d days) |\n", cfg.MinHistory, o.minHistory)
	fmt.Fprintf(&b, "| grid | step %v, gaps up to %v forward-filled; apy above %g%% is a spike (row dropped), below 0 taken as 0 |\n", o.step, o.maxGap, 100*backtest.DefaultMaxAPY)
	var names []string
	for _, r := range runs[0].Results {
		names = append(names, r.Strategy)
	}
	fmt.Fprintf(&b, "| strategies | %s |\n\n", strings.Join(names, ", "))
	b.WriteString(`## Definitions

- **net APY**: (V_end/V_start)^(1/years) − 1, from the value path net of all costs; years = steps × step / 365 days.
- **of bound %**: the net APY as a percentage of the bound's in the same vault.
- **gross APY**: the same with every cost paid added back to the final value.
- **volatility**: sample standard deviation of the per-step returns V_{k+1}/V_k − 1, times √(steps per year).
- **max drawdown**: the largest fall of the value from a previous peak, as a fraction of that peak.
- **turnover**: Σ |amount moved| over all trades / (2 × mean value); the first deployment from idle counts.
- **rebalances**: trades that moved money; **gas USD**: gas paid.

Rows: a strategy decides at row t from rows ≤ t and earns row t+1's rates over (t, t+1]; best-single and oracle-heuristic are oracles that know the future by construction (heuristic yardsticks), and bound is the upper bound no strategy can beat (each day the best cost-free allocation at the true rates; ` + "`go doc github.com/vaultkeeper/vaultkeeper/optimizer/backtest.Bound`" + ` has the proof). See ` + "`go doc github.com/vaultkeeper/vaultkeeper/optimizer/backtest`" + `.

## Data

`)
	b.WriteString("```\n" + dataReport(data, true) + "```\n\n")
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

// writeTrades writes the trade log: every trade of every strategy in every
// vault (the sum's, which repeat them, left out).
func writeTrades(path string, runs []vaultRun) error {
	recs := [][]string{{"date", "chain", "strategy", "pools_touched", "moved_usd", "gas_usd", "fees_usd", "reason"}}
	for _, run := range runs {
		if run.Chain == backtest.AllChains {
			continue
		}
		for _, r := range run.Results {
			for _, tr := range r.Trades {
				recs = append(recs, []string{tr.Time.Format(time.DateOnly), chainName(run), r.Strategy, strconv.Itoa(tr.Touched),
					fmt.Sprintf("%.2f", tr.Moved), fmt.Sprintf("%.2f", tr.Gas), fmt.Sprintf("%.2f", tr.Fees), tr.Reason})
			}
		}
	}
	return writeCSV(path, recs)
}

// writeCSV writes recs to the file at path, naming the file in its error.
func writeCSV(path string, recs [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := csv.NewWriter(f).WriteAll(recs); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
