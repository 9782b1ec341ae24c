package backtest

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// csvFile writes rows days of date,tvl,apy from day 0 = 2025-01-01, skipping
// the days in skip, with row(k) giving the tvl and apy cells of day k.
func csvFile(t *testing.T, dir, name, header string, days int, skip func(int) bool, row func(k int) string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(header + "\n")
	d0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for k := 0; k < days; k++ {
		if skip != nil && skip(k) {
			continue
		}
		fmt.Fprintf(&b, "%s,%s\n", d0.AddDate(0, 0, k).Format(time.DateOnly), row(k))
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func issuesOf(d *Data, file string) []Issue {
	var out []Issue
	for _, i := range d.Issues {
		if i.File == file {
			out = append(out, i)
		}
	}
	return out
}

// TestLoadBadData: each kind of bad data is detected, reported with its
// file, line or date and value, and handled as Load documents.
func TestLoadBadData(t *testing.T) {
	dir := t.TempDir()
	const h = "date,tvl,apy"
	plain := func(int) string { return "1000000,5" }
	csvFile(t, dir, "a_USDC_Base.csv", h, 60, nil, plain) // clean
	csvFile(t, dir, "few_USDC_Base.csv", h, 3, nil, plain)
	csvFile(t, dir, "gap_USDC_Base.csv", h, 100, func(k int) bool { return k >= 40 && k < 61 }, plain)
	csvFile(t, dir, "spike_USDC_Base.csv", h, 60, nil, func(k int) string {
		if k == 30 {
			return "1000000,300"
		}
		return fmt.Sprintf("1000000,%d", 4+k%3)
	})
	csvFile(t, dir, "neg_USDC_Base.csv", h, 60, nil, func(k int) string {
		if k == 20 {
			return "1000000,-1.5"
		}
		return "1000000,6"
	})
	csvFile(t, dir, "nocol_USDC_Base.csv", "date,apy", 60, nil, func(int) string { return "5" })

	d, err := Load(dir, LoadOptions{MinRows: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, i := range d.Issues {
		t.Log(i)
	}
	var kept []string
	for _, s := range d.Series {
		kept = append(kept, s.Name)
	}
	if got := strings.Join(kept, ","); got != "a_USDC_Base,gap_USDC_Base,neg_USDC_Base,spike_USDC_Base" {
		t.Errorf("kept %s", got)
	}
	check := func(file, kind string, line int, date string, parts ...string) {
		t.Helper()
		var is []Issue
		for _, i := range issuesOf(d, file) {
			if i.Kind != IssueFilled { // the spike's day is one
				is = append(is, i)
			}
		}
		if len(is) != 1 || is[0].Kind != kind || is[0].Line != line || is[0].Date != date {
			t.Errorf("%s: issues %+v, want one %s at line %d, date %q", file, is, kind, line, date)
			return
		}
		for _, p := range parts {
			if !strings.Contains(is[0].String(), p) {
				t.Errorf("%s: %q lacks %q", file, is[0], p)
			}
		}
	}
	check("few_USDC_Base.csv", IssueFewRows, 0, "", "3 rows", "fewer than 10", "pool dropped")
	check("gap_USDC_Base.csv", IssueGap, 0, "2025-02-09", "of 22 days to 2025-03-03", "pays nothing")
	check("spike_USDC_Base.csv", IssueSpike, 32, "2025-01-31", "apy 300% above 100%", "row dropped")
	check("neg_USDC_Base.csv", IssueNegative, 22, "2025-01-21", "apy -1.5%", "taken as 0")
	check("nocol_USDC_Base.csv", IssueMissingColumn, 1, "", "tvl", "pool dropped")
	if len(issuesOf(d, "a_USDC_Base.csv")) != 0 {
		t.Errorf("clean file has issues %v", issuesOf(d, "a_USDC_Base.csv"))
	}

	m, err := d.Market(market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) int {
		for i, n := range m.Names() {
			if n == name {
				return i
			}
		}
		t.Fatalf("no pool %s", name)
		return -1
	}
	// The spike's day pays the day before's rate; the negative day pays 0;
	// the gap's days have no data beyond the 7-day fill.
	if a := m.APY(30, col("spike_USDC_Base")); a != m.APY(29, col("spike_USDC_Base")) || a == 3 {
		t.Errorf("spike day APY %v, the day before %v", a, m.APY(29, col("spike_USDC_Base")))
	}
	if a := m.APY(20, col("neg_USDC_Base")); a != 0 {
		t.Errorf("negative day APY %v, want 0", a)
	}
	g := col("gap_USDC_Base")
	if !m.Listed(46, g) || m.Listed(47, g) || m.Listed(60, g) || !m.Listed(61, g) {
		t.Errorf("gap rows: listed at 46 %v, 47 %v, 60 %v, 61 %v; want filled to day 46 only", m.Listed(46, g), m.Listed(47, g), m.Listed(60, g), m.Listed(61, g))
	}
}

// TestLoadErrorsNameTheLine: a bad cell after a dropped spike row is
// reported on its own line of the file, and a chain column with two values
// is refused.
func TestLoadErrorsNameTheLine(t *testing.T) {
	dir := t.TempDir()
	csvFile(t, dir, "p_USDC_Base.csv", "date,tvl,apy", 40, nil, func(k int) string {
		switch k {
		case 5:
			return "1000000,500"
		case 20:
			return "1000000,abc"
		}
		return "1000000,5"
	})
	_, err := Load(dir, LoadOptions{})
	if err == nil || !strings.Contains(err.Error(), "p_USDC_Base.csv:22: column apy: \"abc\" is not a number") {
		t.Errorf("error %v", err)
	}

	dir = t.TempDir()
	csvFile(t, dir, "p_USDC_Base.csv", "date,tvl,apy,chain", 40, nil, func(k int) string {
		if k == 9 {
			return "1000000,5,Arbitrum"
		}
		return "1000000,5,Base"
	})
	if _, err := Load(dir, LoadOptions{}); err == nil || !strings.Contains(err.Error(), "p_USDC_Base.csv:11: column chain: \"Arbitrum\" differs") {
		t.Errorf("error %v", err)
	}
}

// TestVaultsByChain: pools are grouped by the file name's chain or a chain
// column, one market per chain on the common grid.
func TestVaultsByChain(t *testing.T) {
	dir := t.TempDir()
	plain := func(int) string { return "1000000,5" }
	csvFile(t, dir, "a_USDC_Base.csv", "date,tvl,apy", 40, nil, plain)
	csvFile(t, dir, "b_USDC_Ethereum.csv", "date,tvl,apy", 50, func(k int) bool { return k < 10 }, plain)
	csvFile(t, dir, "c_USDT_Base.csv", "date,tvl,apy", 50, nil, plain)
	csvFile(t, dir, "d_USDC_Unknown.csv", "date,chain,tvl,apy", 50, nil, func(int) string { return "Ethereum,1000000,5" })
	d, err := Load(dir, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Chains, ","); got != "Base,Ethereum,Base,Ethereum" {
		t.Errorf("chains %s", got)
	}
	if is := issuesOf(d, "d_USDC_Unknown.csv"); len(is) != 1 || is[0].Kind != IssueChain {
		t.Errorf("chain issues %v", is)
	}
	vs, err := d.Vaults(market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || vs[0].Chain != "Base" || vs[1].Chain != "Ethereum" ||
		fmt.Sprint(vs[0].Pools) != "[0 2]" || fmt.Sprint(vs[1].Pools) != "[1 3]" ||
		vs[0].Market.Len() != 50 || vs[1].Market.Len() != 50 || vs[1].Market.Listed(9, 0) || !vs[1].Market.Listed(10, 0) {
		t.Errorf("vaults %+v", vs)
	}
	if s := d.DataSummary(); s != "Base: 2 pools (2 capacity model)\nEthereum: 2 pools (2 capacity model)\n" {
		t.Errorf("summary %q", s)
	}
}

// TestCombine: the sum of two single-pool vaults is their summed value
// path, with the combined weights each pool's share of the total.
func TestCombine(t *testing.T) {
	cfg := market.Config{Util: 0.8, Elasticity: 1}
	a := gen(t, []string{"x"}, 30, cfg, func(int, int) float64 { return 0.04 }, func(int, int) float64 { return 1e7 })
	b := gen(t, []string{"y"}, 30, cfg, func(int, int) float64 { return 0.09 }, func(int, int) float64 { return 1e7 })
	c := Config{Capital: 1e6}
	ra, rb := mustRun(t, a, Single(0, "s"), c), mustRun(t, b, Single(0, "s"), c)
	r, err := Combine([]*Result{ra, rb}, [][]int{{1}, {0}}, 2, a.PeriodYears())
	if err != nil {
		t.Fatal(err)
	}
	K := len(r.Value) - 1
	if want := ra.Value[K] + rb.Value[K]; r.Metrics.FinalValue != want {
		t.Errorf("final %v, want %v", r.Metrics.FinalValue, want)
	}
	if want := 100 * (math.Pow((ra.Value[K]+rb.Value[K])/2e6, 1/(float64(K)/365)) - 1); !near(r.Metrics.NetAPYPct, want, 1e-12) {
		t.Errorf("net APY %v, want %v", r.Metrics.NetAPYPct, want)
	}
	if w := r.Weights[5]; !near(w[1], ra.Value[5]/(ra.Value[5]+rb.Value[5]), 1e-12) || !near(w[0]+w[1], 1, 1e-12) {
		t.Errorf("weights %v", w)
	}
	if len(r.Trades) != 2 || r.Metrics.Rebalances != 2 {
		t.Errorf("trades %d", len(r.Trades))
	}
	if _, err := Combine([]*Result{ra, mustRun(t, b, Equal(), c)}, [][]int{{0}, {1}}, 2, a.PeriodYears()); err == nil {
		t.Error("combining two strategies: no error")
	}
}

// TestPoolStateModel: a file with supply and borrow columns gets the
// pool-state model: its supply is tvl/(1−u) at the observed utilisation u,
// so the market's rate after a deposit x is a·(S/(S+x))^(1+η) with that S
// instead of the capacity model's tvl/(1−u₀).
func TestPoolStateModel(t *testing.T) {
	dir := t.TempDir()
	// 4M supplied, 3M borrowed (u = 0.75), free liquidity 1M.
	csvFile(t, dir, "s_USDC_Base.csv", "date,tvl,apy,supply,borrow", 40, nil, func(int) string { return "1000000,5,4000000,3000000" })
	csvFile(t, dir, "c_USDC_Base.csv", "date,tvl,apy", 40, nil, func(int) string { return "1000000,5" })
	d, err := Load(dir, LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(d.Models) != fmt.Sprint([]string{ModelCapacity, ModelPoolState}) {
		t.Fatalf("models %v", d.Models)
	}
	cfg := market.Config{Util: 0.8, Elasticity: 1}
	m, err := d.Market(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const x, a = 2e6, 0.05
	for i, S := range []float64{1e6 / (1 - 0.8), 4e6} {
		if got, want := m.RateAt(3, i, x), a*math.Pow(S/(S+x), 2); !near(got, want, 1e-12) {
			t.Errorf("%s: rate after %g = %v, want %v (S = %g)", m.Names()[i], x, got, want, S)
		}
	}
}
