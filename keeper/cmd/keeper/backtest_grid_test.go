package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBacktestReportsBadData: the data issues of a directory with bad
// files are listed in the output, each with its file, line or date, value
// and action, and the pools of each chain are their own vault.
func TestBacktestReportsBadData(t *testing.T) {
	dir := t.TempDir()
	write := func(name, header string, rows int, cell func(k int) string) {
		var b strings.Builder
		b.WriteString(header + "\n")
		for k := 0; k < rows; k++ {
			fmt.Fprintf(&b, "%s,%s\n", time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, k).Format(time.DateOnly), cell(k))
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a_USDC_Base.csv", "date,tvl,apy", 90, func(k int) string { return fmt.Sprintf("5000000,%d", 4+k%3) })
	write("b_USDC_Base.csv", "date,tvl,apy", 90, func(k int) string {
		if k == 50 {
			return "5000000,300"
		}
		return "5000000,5"
	})
	write("c_USDC_Polygon.csv", "date,tvl,apy", 90, func(k int) string {
		if k == 60 {
			return "5000000,-2"
		}
		return "5000000,3"
	})
	write("d_USDC_Polygon.csv", "date,tvl,apy", 5, func(int) string { return "5000000,9" })
	write("e_USDC_Polygon.csv", "date,tvl", 90, func(int) string { return "5000000" })
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", dir, "--strategies", "equal,greedy,bound"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{
		"one vault per chain (2 chains)",
		"b_USDC_Base.csv:52 (2025-02-20): spike apy 300% above 100%: row dropped",
		"c_USDC_Polygon.csv:62 (2025-03-02): negative rate apy -2%: taken as 0",
		"d_USDC_Polygon.csv: few rows 5 rows (2025-01-01 … 2025-01-05), fewer than 30: pool dropped",
		"e_USDC_Polygon.csv:1: missing column apy: pool dropped",
		"Base: 2 pools (2 capacity model)", "Polygon: 1 pools (1 capacity model)",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	for _, chain := range []string{"Base", "Polygon", "all"} {
		if !regexp.MustCompile(`(?m)^\s*` + chain + `\s+\d+\s+bound\s`).MatchString(s) {
			t.Errorf("no bound row for %s:\n%s", chain, s)
		}
	}
}

// TestBacktestGrid: --report's grid has every strategy in every vault at
// every capital × gas, and the comparisons' point estimates are the
// differences of the net APYs in grid.csv, inside their intervals.
func TestBacktestGrid(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 4 backtests of 5 vaults")
	}
	rep := t.TempDir()
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", realData, "--config", shippedConfig, "--report", rep,
		"--start", "2025-01-01", "--strategies", "equal,greedy,best-single,meanvar,bound",
		"--grid-capitals", "1e6,1e8", "--grid-gas", "1,200"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	read := func(name string) [][]string {
		f, err := os.Open(filepath.Join(rep, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	grid, diffs := read("grid.csv"), read("grid-diff.csv")
	if len(grid) != 1+4*6*5 || len(diffs) != 1+4*6*2 {
		t.Fatalf("grid.csv has %d rows, grid-diff.csv %d; want 1+4·6·5 and 1+4·6·2", len(grid), len(diffs))
	}
	net := map[string]float64{}
	for _, r := range grid[1:] {
		v, _ := strconv.ParseFloat(r[5], 64)
		net[strings.Join([]string{r[0], r[2], r[3], r[4]}, " ")] = v
	}
	for _, r := range diffs[1:] {
		pp, _ := strconv.ParseFloat(r[5], 64)
		lo, _ := strconv.ParseFloat(r[6], 64)
		hi, _ := strconv.ParseFloat(r[7], 64)
		key := func(s string) string { return strings.Join([]string{r[0], r[1], r[2], s}, " ") }
		if want := net[key(r[3])] - net[key(r[4])]; math.Abs(pp-want) > 2e-4 || !(lo <= pp && pp <= hi) || r[9] != "30" || r[11] != "1" {
			t.Errorf("%v: difference %v [%v, %v], net APYs differ by %v", r, pp, lo, hi, want)
		}
	}
	md, err := os.ReadFile(filepath.Join(rep, "grid.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Net APY % of all", "| $1M | $200 |", "| $100M | $1 |", "## meanvar − greedy", "## meanvar − best-single",
		"| capital | gas | Arbitrum | Avalanche | Base | Ethereum | Polygon | all |", "blocks of 30 rows, 2000 resamples, seed 1", "ahead in"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("grid.md lacks %q", want)
		}
	}
}

// BenchmarkReportGrid is `keeper backtest --report` with every strategy
// and the default grid (12 cells), from loading the data to the files.
func BenchmarkReportGrid(b *testing.B) {
	for b.Loop() {
		var errb bytes.Buffer
		if code := run(context.Background(), []string{"backtest", "--data", realData, "--config", shippedConfig, "--report", b.TempDir()},
			io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
}
