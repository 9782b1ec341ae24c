package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/bootstrap"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// The robustness grid of --report.
const (
	defaultGridCapitals = "1e6,1e7,1e8"
	defaultGridGas      = "1,5,50,200"
	gridLevel           = 0.95
	gridSeed            = 1
)

// gridOpts are the --grid-* flags and --chosen.
type gridOpts struct {
	capitals, gas, chosen string
}

// parse checks the grid's flags against the strategies that run.
func (g gridOpts) parse(names []string) (capitals, gas []float64, err error) {
	if capitals, err = parseList("grid-capitals", g.capitals, func(v float64) bool { return v > 0 && !math.IsInf(v, 1) },
		"a positive number of USD"); err != nil {
		return nil, nil, err
	}
	if gas, err = parseList("grid-gas", g.gas, func(v float64) bool { return v >= 0 && !math.IsInf(v, 1) },
		"a finite number of USD ≥ 0"); err != nil {
		return nil, nil, err
	}
	if !slices.Contains(names, g.chosen) {
		return nil, nil, badFlag("--chosen %q: not among --strategies %v", g.chosen, names)
	}
	return capitals, gas, nil
}

// gridCell is every vault's results at one capital and gas.
type gridCell struct {
	Capital, Gas float64
	Runs         []vaultRun
	Diffs        [][]backtest.Difference // per run: the chosen strategy against greedy and best-single
}

// runGrid runs every strategy in every vault at each capital × gas of the
// grid (the other settings as the main run), and compares the chosen
// strategy with greedy and best-single in each vault with a 95% moving-block
// bootstrap interval (blocks of bootstrap.DefaultBlock days, fixed seed).
func runGrid(ctx context.Context, data *backtest.Data, base market.Config, cfg backtest.Config, names []string, o backtestOpts) ([]gridCell, error) {
	capitals, gases, err := o.grid.parse(names)
	if err != nil {
		return nil, err
	}
	block := rowsOf(bootstrap.DefaultBlock, o.step)
	type at struct{ capital, gas float64 }
	var todo []at
	for _, c := range capitals {
		for _, g := range gases {
			todo = append(todo, at{c, g})
		}
	}
	// The cells are independent: run them on up to GOMAXPROCS goroutines,
	// each into its own slot.
	cells := make([]gridCell, len(todo))
	errs := make([]error, len(todo))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(len(todo), runtime.GOMAXPROCS(0)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				cells[i], errs[i] = gridRun(ctx, data, base, cfg, names, o, todo[i].capital, todo[i].gas, block)
			}
		}()
	}
	for i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return cells, nil
}

// gridRun is one cell of the grid.
func gridRun(ctx context.Context, data *backtest.Data, base market.Config, cfg backtest.Config, names []string, o backtestOpts,
	capital, gas float64, block int) (gridCell, error) {
	mcfg := base
	mcfg.GasUSD = gas
	m, err := data.Market(mcfg)
	if err != nil {
		return gridCell{}, err
	}
	cc := cfg
	cc.Capital = capital
	runs, err := runVaults(ctx, data, m, mcfg, cc, names, o)
	if err != nil {
		return gridCell{}, fmt.Errorf("capital %g USD, gas %g USD: %w", capital, gas, err)
	}
	diffs, err := compareRuns(runs, o.grid.chosen, []string{"greedy", "best-single"}, m.PeriodYears(), block)
	if err != nil {
		return gridCell{}, err
	}
	return gridCell{Capital: capital, Gas: gas, Runs: runs, Diffs: diffs}, nil
}

// compareRuns is, per vault run, the chosen strategy's net APY minus each
// of versus that ran (and is not the chosen one), with its 95% moving-block
// bootstrap interval (backtest.Compare, blocks of block rows, seed 1).
func compareRuns(runs []vaultRun, chosen string, versus []string, periodYears float64, block int) ([][]backtest.Difference, error) {
	out := make([][]backtest.Difference, len(runs))
	for i, run := range runs {
		a := resultOf(run, chosen)
		if a == nil {
			continue
		}
		for _, vs := range versus {
			b := resultOf(run, vs)
			if b == nil || vs == chosen {
				continue
			}
			d, err := backtest.Compare(a, b, periodYears, block, bootstrap.DefaultResamples, gridLevel, gridSeed)
			if err != nil {
				return nil, err
			}
			out[i] = append(out[i], d)
		}
	}
	return out, nil
}

func resultOf(run vaultRun, name string) *backtest.Result {
	for _, r := range run.Results {
		if r.Strategy == name {
			return r
		}
	}
	return nil
}

func chainName(run vaultRun) string {
	if run.Chain == "" {
		return "one vault"
	}
	return run.Chain
}

func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// writeGrid writes grid.csv (every strategy's metrics in every vault and
// cell), grid-diff.csv (the comparisons) and grid.md (the summary).
func writeGrid(dir string, cells []gridCell, o backtestOpts) error {
	var rows, diffs [][]string
	rows = append(rows, []string{"chain", "pools", "capital_usd", "gas_usd", "strategy", "net_apy_pct", "of_bound_pct",
		"gross_apy_pct", "volatility_pct", "rebalances", "gas_paid_usd", "final_value_usd"})
	diffs = append(diffs, []string{"chain", "capital_usd", "gas_usd", "strategy", "versus", "diff_pp", "lo_pp", "hi_pp",
		"level", "block_rows", "resamples", "seed"})
	for _, c := range cells {
		for i, run := range c.Runs {
			for _, r := range run.Results {
				mt := r.Metrics
				rows = append(rows, []string{chainName(run), strconv.Itoa(run.Pools), num(c.Capital), num(c.Gas), mt.Strategy,
					fmt.Sprintf("%.4f", mt.NetAPYPct), shareOfBound(run, r), fmt.Sprintf("%.4f", mt.GrossAPYPct),
					fmt.Sprintf("%.4f", mt.VolatilityPct), strconv.Itoa(mt.Rebalances), fmt.Sprintf("%.0f", mt.GasUSD),
					fmt.Sprintf("%.0f", mt.FinalValue)})
			}
			for _, d := range c.Diffs[i] {
				diffs = append(diffs, []string{chainName(run), num(c.Capital), num(c.Gas), d.A, d.B, fmt.Sprintf("%.4f", d.PP),
					fmt.Sprintf("%.4f", d.Lo), fmt.Sprintf("%.4f", d.Hi), num(d.Level), strconv.Itoa(d.Block),
					strconv.Itoa(d.Resamples), strconv.FormatUint(d.Seed, 10)})
			}
		}
	}
	for name, recs := range map[string][][]string{"grid.csv": rows, "grid-diff.csv": diffs} {
		if err := writeCSV(filepath.Join(dir, name), recs); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "grid.md"), []byte(gridMarkdown(cells, o)), 0o644)
}

func usd(v float64) string {
	switch {
	case v >= 1e6 && math.Mod(v, 1e6) == 0:
		return fmt.Sprintf("$%gM", v/1e6)
	default:
		return "$" + num(v)
	}
}

// gridMarkdown is the grid's summary: the sum of the vaults' net APY per
// strategy in every cell, then, per comparison, the difference and its
// interval in every vault and cell, and how many cells it wins.
func gridMarkdown(cells []gridCell, o backtestOpts) string {
	var b strings.Builder
	runs0 := cells[0].Runs
	last := len(runs0) - 1
	fmt.Fprintf(&b, "# Robustness grid\n\n")
	fmt.Fprintf(&b, "Every strategy at each capital × gas per pool touched (`--grid-capitals %s --grid-gas %s`), the other settings as in report.md. ",
		o.grid.capitals, o.grid.gas)
	if len(runs0) > 1 {
		fmt.Fprintf(&b, "Capital is per chain vault; %q is the sum of the %d chain vaults. ", backtest.AllChains, len(runs0)-1)
	}
	fmt.Fprintf(&b, "Every cell is the same period, %s … %s: these are backtests over the data, not forecasts; %s's settings are --config's.\n\n",
		runs0[0].Results[0].Metrics.Start, runs0[0].Results[0].Metrics.End, o.grid.chosen)
	fmt.Fprintf(&b, "## Net APY %% of %s\n\n| capital | gas |", chainName(runs0[last]))
	for _, r := range runs0[last].Results {
		fmt.Fprintf(&b, " %s |", r.Strategy)
	}
	b.WriteString("\n| ---: | ---: |" + strings.Repeat(" ---: |", len(runs0[last].Results)) + "\n")
	for _, c := range cells {
		fmt.Fprintf(&b, "| %s | $%s |", usd(c.Capital), num(c.Gas))
		for _, r := range c.Runs[last].Results {
			fmt.Fprintf(&b, " %.3f |", r.Metrics.NetAPYPct)
		}
		b.WriteString("\n")
	}
	for _, vs := range []string{"greedy", "best-single"} {
		d0 := diffOf(cells[0].Diffs[0], vs)
		if d0 == nil {
			continue
		}
		fmt.Fprintf(&b, "\n## %s − %s, percentage points of net APY [%g%% interval]\n\n", o.grid.chosen, vs, 100*d0.Level)
		fmt.Fprintf(&b, "Moving-block bootstrap of the paired daily growth (blocks of %d rows, %d resamples, seed %d; optimizer/bootstrap).\n\n",
			d0.Block, d0.Resamples, d0.Seed)
		b.WriteString("| capital | gas |")
		for _, run := range runs0 {
			fmt.Fprintf(&b, " %s |", chainName(run))
		}
		b.WriteString("\n| ---: | ---: |" + strings.Repeat(" ---: |", len(runs0)) + "\n")
		wins, sure, n := make([]int, len(runs0)), make([]int, len(runs0)), 0
		for _, c := range cells {
			n++
			fmt.Fprintf(&b, "| %s | $%s |", usd(c.Capital), num(c.Gas))
			for i := range c.Runs {
				d := diffOf(c.Diffs[i], vs)
				fmt.Fprintf(&b, " %+.2f [%+.2f, %+.2f] |", d.PP, d.Lo, d.Hi)
				if d.PP > 0 {
					wins[i]++
				}
				if d.Lo > 0 {
					sure[i]++
				}
			}
			b.WriteString("\n")
		}
		b.WriteString("| ahead in | |")
		for i := range runs0 {
			fmt.Fprintf(&b, " %d of %d (interval above 0: %d) |", wins[i], n, sure[i])
		}
		b.WriteString("\n")
	}
	b.WriteString("\nFiles: `grid.csv` (every strategy, vault and cell), `grid-diff.csv` (the comparisons).\n")
	return b.String()
}

func diffOf(ds []backtest.Difference, vs string) *backtest.Difference {
	for i := range ds {
		if ds[i].B == vs {
			return &ds[i]
		}
	}
	return nil
}
