package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
)

var realData = filepath.Join("..", "..", "..", "optimizer", "testdata", "defillama")

// shippedConfig is the repository's config.yaml, whose governed.optimizer
// settings meanvar runs with.
var shippedConfig = filepath.Join("..", "..", "..", "config.yaml")

// backtestFields are the fields every --json object must have.
var backtestFields = []string{"strategy", "net_apy_pct", "gross_apy_pct", "volatility_pct", "max_drawdown_pct",
	"turnover", "rebalances", "gas_usd", "final_value"}

// TestBacktestJSONAndReport runs `keeper backtest` on the real pools with
// every strategy, --json and --report, and checks the JSON lines (the data
// issues, then every strategy in each chain's vault and in their sum, none
// above the bound) and the files.
func TestBacktestJSONAndReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full backtest")
	}
	rep := filepath.Join(t.TempDir(), "report")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", realData, "--config", shippedConfig, "--json", "--report", rep,
		"--grid-capitals", "1e7", "--grid-gas", "5"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	got := map[string][]string{} // chain → strategies
	final := map[string]map[string]float64{}
	var chains []string
	issues := 0
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var obj map[string]any
		if err := json.Unmarshal(sc.Bytes(), &obj); err != nil {
			t.Fatalf("line %q is not a JSON object: %v", sc.Text(), err)
		}
		if di, ok := obj["data_issue"].(map[string]any); ok {
			if di["file"] == "" || di["kind"] == "" || di["action"] == "" || len(got) > 0 {
				t.Errorf("data issue line %s", sc.Text())
			}
			issues++
			continue
		}
		name, _ := obj["strategy"].(string)
		chain, _ := obj["chain"].(string)
		if _, ok := got[chain]; !ok {
			chains = append(chains, chain)
			final[chain] = map[string]float64{}
		}
		got[chain] = append(got[chain], name)
		for _, f := range backtestFields[1:] {
			v, ok := obj[f].(float64)
			if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("%s %s: field %s = %v (%T), want a finite number", chain, name, f, obj[f], obj[f])
			}
		}
		final[chain][name] = obj["final_value"].(float64)
		if final[chain][name] <= 0 {
			t.Errorf("%s %s: final value %v", chain, name, obj["final_value"])
		}
		t.Logf("%s", sc.Text())
	}
	if want := "Arbitrum,Avalanche,Base,Ethereum,Polygon,all"; strings.Join(chains, ",") != want {
		t.Errorf("chains %v, want %s", chains, want)
	}
	sum := 0.0
	for _, c := range chains {
		if want := strings.Join(strategyNames, ","); strings.Join(got[c], ",") != want {
			t.Errorf("%s: strategies %v, want %s", c, got[c], want)
		}
		for s, v := range final[c] {
			if v > final[c][backtest.BoundName]*(1+1e-12) {
				t.Errorf("%s: %s's final value %.2f above the bound's %.2f", c, s, v, final[c][backtest.BoundName])
			}
		}
		if c != backtest.AllChains {
			sum += final[c]["meanvar"]
		}
	}
	if math.Abs(sum-final[backtest.AllChains]["meanvar"]) > 1e-6*sum {
		t.Errorf("meanvar: chains sum to %.2f, all says %.2f", sum, final[backtest.AllChains]["meanvar"])
	}
	if issues < 8 {
		t.Errorf("%d data issues, want at least the 8 pools with fewer than 30 rows", issues)
	}

	for _, n := range append([]string{"value", "relative", "drawdown"}, prefixed("allocation-", strategyNames)...) {
		f, err := os.Open(filepath.Join(rep, n+".png"))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s.png: %v", n, err)
		}
		if b := img.Bounds(); b.Dx() < 400 || b.Dy() < 200 {
			t.Errorf("%s.png is %v", n, b)
		}
	}
	trades, err := os.ReadFile(filepath.Join(rep, "trades.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(trades), "date,chain,strategy,pools_touched,moved_usd,gas_usd,fees_usd,reason\n") ||
		!strings.Contains(string(trades), ",Ethereum,greedy,") || strings.Contains(string(trades), ",all,") {
		t.Errorf("trades.csv starts %q", string(trades)[:min(len(trades), 300)])
	}
	md, err := os.ReadFile(filepath.Join(rep, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range append([]string{"| chain | pools | strategy | net APY %", "![drawdown](drawdown.png)", "[grid.md](grid.md)", "| Arbitrum | 3 | meanvar |", "| all | 55 | bound | ",
		"oblik/defi_analysis", "MIT", "![value over time](value.png)", "| gas per pool touched | 5 USD |",
		"aave-v3_USDTB_Ethereum.csv: few rows 2 rows", "morpho-blue_STEAKUSDC_Ethereum.csv: short gaps 2", "capacity model"}, strategyNames...) {
		if !strings.Contains(string(md), want) {
			t.Errorf("report.md lacks %q", want)
		}
	}
}

func prefixed(p string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = p + n
	}
	return out
}

func TestBacktestTable(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", realData, "--strategies", "equal, greedy",
		"--start", "2025-01-01", "--end", "2025-03-01", "--capital", "1e6", "--gas-usd", "2"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"2025-01-01 … 2025-03-01", "capital 1000000 USD", "gas 2.00 USD", "NET APY %", "equal", "greedy"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "meanvar") || errb.Len() > 0 {
		t.Errorf("unexpected output:\n%s\nstderr: %s", s, errb.String())
	}
}

func TestBacktestBadFlags(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := []string{"backtest", "--data", realData, "--config", shippedConfig}
	cases := []struct {
		args []string
		want []string // in stderr
	}{
		{[]string{"backtest", "--data", realData, "--config", filepath.Join(dir, "none.yaml")}, []string{"--config", "none.yaml", "governed.optimizer"}},
		{[]string{"backtest", "--data", realData, "--config", file}, []string{"--config", "file", "governed.optimizer"}},
		{[]string{"backtest"}, []string{"--data is required"}},
		{[]string{"backtest", "--data", filepath.Join(dir, "nope")}, []string{"--data", "nope", "not a directory"}},
		{append(d, "--capital", "-1"), []string{"--capital -1"}},
		{append(d, "--capital", "abc"), []string{"capital", `"abc"`}},
		{append(d, "--capital", "NaN"), []string{"--capital NaN"}},
		{append(d, "--gas-usd", "-5"), []string{"--gas-usd -5"}},
		{append(d, "--gas-usd", "Inf"), []string{"--gas-usd +Inf"}},
		{append(d, "--cost-bps", "10000"), []string{"--cost-bps 10000"}},
		{append(d, "--util", "1"), []string{"--util 1"}},
		{append(d, "--elasticity", "-0.5"), []string{"--elasticity -0.5"}},
		{append(d, "--strategies", "equal,foo"), []string{"--strategies", "foo", "unknown strategy"}},
		{append(d, "--strategies", "equal,equal"), []string{"--strategies", "equal listed twice"}},
		{append(d, "--strategies", ""), []string{"--strategies", "empty"}},
		{append(d, "--start", "2024-13-01"), []string{"--start", "2024-13-01", "YYYY-MM-DD"}},
		{append(d, "--start", "2020-01-01"), []string{"--start 2020-01-01", "2024-06-06"}},
		{append(d, "--end", "2030-01-01"), []string{"--end 2030-01-01", "2025-06-05"}},
		{append(d, "--start", "2025-01-01", "--end", "2024-12-01"), []string{"--start 2025-01-01", "--end 2024-12-01"}},
		{append(d, "--step", "0s"), []string{"--step 0s"}},
		{append(d, "--step", "fast"), []string{"step", `"fast"`}},
		{append(d, "--max-gap", "-1h"), []string{"--max-gap -1h"}},
		{append(d, "--min-history", "-3"), []string{"--min-history -3"}},
		{append(d, "--vaults", "each"), []string{"--vaults", `"each"`, "chain", "one"}},
		{append(d, "--strategies", "equal,greedy"), []string{"--chosen", `"meanvar"`, "not among --strategies"}},
		{append(d, "--grid-capitals", "1e6,-5"), []string{"--grid-capitals", `"-5"`, "positive"}},
		{append(d, "--grid-gas", "1,1"), []string{"--grid-gas", "listed twice"}},
		{append(d, "--min-history", "1000"), []string{"--min-history 1000"}},
		{append(d, "--report", file), []string{"--report", "file", "not a directory"}},
		{append(d, "--rl-model", filepath.Join(dir, "model.json")), []string{"--rl-model", "model.json"}},
		{append(d, "--rl-model", file), []string{"--rl-model", "file"}},
		{append(d, "extra"), []string{`unexpected argument "extra"`}},
		{append(d, "--bogus"), []string{"bogus"}},
	}
	for _, c := range cases {
		rep := filepath.Join(t.TempDir(), "rep")
		args := append(append([]string(nil), c.args...), "--report", rep)
		if n := len(c.args); n >= 2 && c.args[n-2] == "--report" {
			args = c.args
		}
		var out, errb bytes.Buffer
		code := run(context.Background(), args, &out, &errb)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", c.args[1:], code, errb.String())
		}
		for _, w := range c.want {
			if !strings.Contains(errb.String(), w) {
				t.Errorf("%v: stderr %q lacks %q", c.args[1:], errb.String(), w)
			}
		}
		if out.Len() > 0 {
			t.Errorf("%v: wrote %q to stdout", c.args[1:], out.String())
		}
		if _, err := os.Stat(rep); !os.IsNotExist(err) {
			t.Errorf("%v: created the report directory", c.args[1:])
		}
	}
}

func TestBacktestHelp(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"backtest", "--help"}, &out, &errb); code != 0 {
		t.Errorf("--help: exit %d", code)
	}
	if !strings.Contains(errb.String(), "keeper backtest --data DIR") || !strings.Contains(errb.String(), "oracle-heuristic") || !strings.Contains(errb.String(), "bound") {
		t.Errorf("--help printed %q", errb.String())
	}
	errb.Reset()
	run(context.Background(), nil, &out, &errb)
	if !strings.Contains(errb.String(), "backtest") {
		t.Errorf("keeper usage does not list backtest:\n%s", errb.String())
	}
}

// BenchmarkFullBacktest is `keeper backtest` with every strategy on all 63
// real pools, from loading the data to the table: rl's walk-forward
// training, best-single's single-pool runs and the oracle's horizons
// included.
func BenchmarkFullBacktest(b *testing.B) {
	for b.Loop() {
		var errb bytes.Buffer
		if code := run(context.Background(), []string{"backtest", "--data", realData, "--config", shippedConfig}, io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
}

// TestBacktestRLModel trains a small rl model on the first 90 days, saves
// it, and backtests it with --rl-model from the day after.
func TestBacktestRLModel(t *testing.T) {
	m, err := backtest.LoadMarket(realData, 24*time.Hour, backtest.DefaultMaxGap, market.Defaults)
	if err != nil {
		t.Fatal(err)
	}
	tc := rl.DefaultTrainConfig()
	tc.Iterations = 3
	md, _, err := rl.Train(m, 90, tc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "model.json")
	var buf bytes.Buffer
	if err := md.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	start := m.Time(90).Format(time.DateOnly)
	code := run(context.Background(), []string{"backtest", "--data", realData, "--strategies", "rl", "--rl-model", path,
		"--start", start, "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var obj struct {
		Strategy  string  `json:"strategy"`
		Start     string  `json:"start"`
		NetAPYPct float64 `json:"net_apy_pct"`
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &obj); err != nil { // the sum of the chains' vaults
		t.Fatalf("%v: %s", err, out.String())
	}
	if obj.Strategy != "rl" || obj.Start != start || !(obj.NetAPYPct > 0) {
		t.Errorf("got %+v", obj)
	}
}

// tuneArgs is a small tuning run on the real data: 2·2·2 EWMA settings and
// local-level with each λ and horizon, 12 in all.
var tuneArgs = []string{"backtest", "--data", realData, "--config", shippedConfig, "--tune-until", "2025-01-31", "--strategies", "equal,meanvar,bound",
	"--tune-half-lives", "2,5", "--tune-risk-aversions", "0,4", "--tune-horizons", "3,7"}

// TestBacktestTuneJSON: the first line is the tuning, then one line per
// period, vault and strategy (five chains and their sum "all"); meanvar's
// in-sample line for the sum is the chosen candidate's result, and the share
// of the bound is the sum's meanvar over its bound. With --vaults one there
// is one vault and no sum.
func TestBacktestTuneJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 12 backtests in 5 vaults and the oracles")
	}
	for _, tc := range []struct {
		vaults string
		chains []string
	}{
		{"chain", []string{"Arbitrum", "Avalanche", "Base", "Ethereum", "Polygon", backtest.AllChains}},
		{"one", []string{""}},
	} {
		t.Run(tc.vaults, func(t *testing.T) { testTuneJSON(t, tc.vaults, tc.chains) })
	}
}

func testTuneJSON(t *testing.T, vaults string, chains []string) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), append(tuneArgs, "--json", "--vaults", vaults), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if want := 1 + 2*3*len(chains); len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, out.String())
	}
	var head struct {
		Tuning struct {
			TuningStart  string                   `json:"tuning_start"`
			TuningEnd    string                   `json:"tuning_end"`
			HoldoutStart string                   `json:"holdout_start"`
			HoldoutEnd   string                   `json:"holdout_end"`
			GridSize     int                      `json:"grid_size"`
			Chosen       backtest.MeanVarSettings `json:"chosen"`
			Candidates   []struct {
				backtest.MeanVarSettings
				NetAPYPct float64 `json:"net_apy_pct"`
			} `json:"candidates"`
			Share map[string]float64 `json:"meanvar_share_of_bound_pct"`
		} `json:"tuning"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &head); err != nil {
		t.Fatalf("%v: %s", err, lines[0])
	}
	tu := head.Tuning
	if tu.TuningStart != "2024-07-05" || tu.TuningEnd != "2025-01-31" || tu.HoldoutStart != "2025-01-31" || tu.HoldoutEnd != "2025-06-05" {
		t.Errorf("periods %+v", tu)
	}
	if tu.GridSize != 12 || len(tu.Candidates) != 12 {
		t.Fatalf("grid size %d, %d candidates, want 12", tu.GridSize, len(tu.Candidates))
	}
	best := 0
	for k, c := range tu.Candidates {
		if c.NetAPYPct > tu.Candidates[best].NetAPYPct {
			best = k
		}
	}
	if tu.Candidates[best].MeanVarSettings != tu.Chosen {
		t.Errorf("chosen %+v, best candidate %+v", tu.Chosen, tu.Candidates[best])
	}
	got := map[string]backtest.Metrics{}
	for _, l := range lines[1:] {
		var mt backtest.Metrics
		if err := json.Unmarshal([]byte(l), &mt); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if mt.Chain == chains[len(chains)-1] {
			got[mt.Period+" "+mt.Strategy] = mt
		}
		got[mt.Period+" "+mt.Chain+" "+mt.Strategy] = mt
	}
	for _, p := range []string{"in-sample", "holdout"} {
		for _, c := range chains {
			for _, s := range []string{"equal", "meanvar", "bound"} {
				if mt, ok := got[p+" "+c+" "+s]; !ok {
					t.Errorf("no %s line for %s on %q", p, s, c)
				} else if mt.NetAPYPct > got[p+" "+c+" bound"].NetAPYPct {
					t.Errorf("%s %s on %q: %.4f%% above the bound's %.4f%%", p, s, c, mt.NetAPYPct, got[p+" "+c+" bound"].NetAPYPct)
				}
			}
		}
	}
	if mv := got["in-sample meanvar"]; mv.NetAPYPct != tu.Candidates[best].NetAPYPct || mv.End != "2025-01-31" {
		t.Errorf("in-sample meanvar %.6f%% to %s, chosen candidate %.6f%%", mv.NetAPYPct, mv.End, tu.Candidates[best].NetAPYPct)
	}
	if h := got["holdout bound"]; h.Start != "2025-01-31" || h.End != "2025-06-05" {
		t.Errorf("holdout bound %s … %s", h.Start, h.End)
	}
	for p, key := range map[string]string{"in-sample": "in_sample", "holdout": "holdout"} {
		want := 100 * got[p+" meanvar"].NetAPYPct / got[p+" bound"].NetAPYPct
		if s := tu.Share[key]; math.Abs(s-want) > 1e-9 {
			t.Errorf("share %s %v, want %v", key, s, want)
		}
	}
}

// TestBacktestTuneText: the text output names the choice, both periods and
// the shares.
func TestBacktestTuneText(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 12 backtests and the oracles")
	}
	var out, errb bytes.Buffer
	args := append(append([]string(nil), tuneArgs...), "--tune-forecasters", "ewma")
	if code := run(context.Background(), args, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	s := out.String()
	for _, want := range []string{"tuning period 2024-07-05 … 2025-01-31", "holdout 2025-01-31 … 2025-06-05", "8 settings",
		"chosen: ewma half-life", "in-sample: the tuning period", "out-of-sample: the holdout",
		"meanvar's net APY as a share of the bound's, the sum of the chain vaults:", "one meanvar setting for every vault", "NET APY %"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "local-level") || errb.Len() > 0 {
		t.Errorf("unexpected output:\n%s\nstderr: %s", s, errb.String())
	}
}

func TestBacktestTuneBadFlags(t *testing.T) {
	d := []string{"backtest", "--data", realData, "--config", shippedConfig}
	tu := append(append([]string(nil), d...), "--tune-until", "2025-01-31")
	with := func(base []string, more ...string) []string { return append(append([]string(nil), base...), more...) }
	for _, c := range []struct {
		args []string
		want []string
	}{
		{with(d, "--tune-until", "31/01/2025"), []string{"--tune-until", "31/01/2025", "YYYY-MM-DD"}},
		{with(d, "--tune-until", "2024-07-01"), []string{"--tune-until 2024-07-01", "2024-07-05"}},
		{with(d, "--tune-until", "2025-06-05"), []string{"--tune-until 2025-06-05", "before the last day 2025-06-05"}},
		{with(d, "--tune-until", "2025-03-01", "--end", "2025-02-01"), []string{"--tune-until 2025-03-01", "2025-02-01"}},
		{with(d, "--tune-until", "2025-03-01", "--start", "2025-03-01"), []string{"--tune-until 2025-03-01", "after the first decision day 2025-03-01"}},
		{with(tu, "--strategies", "equal,greedy"), []string{"--tune-until 2025-01-31", "meanvar", "--strategies"}},
		{with(tu, "--report", t.TempDir()), []string{"--report", "not supported with --tune-until"}},
		{with(tu, "--tune-half-lives", "0"), []string{"--tune-half-lives", `"0" is not a positive number`}},
		{with(tu, "--tune-half-lives", "2,x"), []string{"--tune-half-lives", `"x"`}},
		{with(tu, "--tune-half-lives", "2,,3"), []string{"--tune-half-lives", "empty value"}},
		{with(tu, "--tune-half-lives", "3,3"), []string{"--tune-half-lives", "3 listed twice"}},
		{with(tu, "--tune-risk-aversions", "-1"), []string{"--tune-risk-aversions", `"-1" is not a finite number ≥ 0`}},
		{with(tu, "--tune-risk-aversions", "Inf"), []string{"--tune-risk-aversions", `"Inf"`}},
		{with(tu, "--tune-horizons", "0"), []string{"--tune-horizons", `"0" is not a whole number`}},
		{with(tu, "--tune-horizons", "2.5"), []string{"--tune-horizons", `"2.5"`}},
		{with(tu, "--tune-forecasters", "ewma,arima"), []string{"--tune-forecasters", `unknown forecaster "arima"`}},
		{with(tu, "--tune-forecasters", "ewma,ewma"), []string{"--tune-forecasters", "ewma listed twice"}},
		{with(d, "--tune-horizons", "7"), []string{"--tune-horizons: needs --tune-until"}},
	} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), c.args, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", c.args[3:], code, errb.String())
		}
		for _, w := range c.want {
			if !strings.Contains(errb.String(), w) {
				t.Errorf("%v: stderr %q lacks %q", c.args[3:], errb.String(), w)
			}
		}
		if out.Len() > 0 {
			t.Errorf("%v: wrote %q to stdout", c.args[3:], out.String())
		}
	}
}

// BenchmarkTuneCommand is `keeper backtest --tune-until 2025-01-31` with the
// default grid and every strategy, from loading the data to the tables.
func BenchmarkTuneCommand(b *testing.B) {
	for b.Loop() {
		var errb bytes.Buffer
		if code := run(context.Background(), []string{"backtest", "--data", realData, "--config", shippedConfig, "--tune-until", "2025-01-31"}, io.Discard, &errb); code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
}

// TestBacktestReadsTheConfig: meanvar runs with the --config file's
// governed.optimizer settings, as the keeper with that file would: another
// half-life, risk aversion and cost horizon there are what the backtest
// reports and runs.
func TestBacktestReadsTheConfig(t *testing.T) {
	raw, err := os.ReadFile(shippedConfig)
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.yaml")
	edited := string(raw)
	for old, new := range map[string]string{"forecast_half_life: 2d": "forecast_half_life: 1d", "risk_aversion: 0.0": "risk_aversion: 4",
		"cost_horizon: 3d": "cost_horizon: 36h"} {
		if !strings.Contains(edited, old) {
			t.Fatalf("config.yaml has no %q", old)
		}
		edited = strings.Replace(edited, old, new, 1)
	}
	if err := os.WriteFile(other, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	note := func(cfg string) (string, float64) {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"backtest", "--data", realData, "--config", cfg, "--strategies", "meanvar",
			"--start", "2025-01-01", "--end", "2025-03-01", "--json", "--vaults", "one"}, &out, &errb)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errb.String())
		}
		var m struct {
			Note   string  `json:"note"`
			NetAPY float64 `json:"net_apy_pct"`
		}
		lines := strings.Split(strings.TrimSpace(out.String()), "\n")
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &m); err != nil {
			t.Fatal(err)
		}
		return m.Note, m.NetAPY
	}
	shipped, apyShipped := note(shippedConfig)
	got, apyOther := note(other)
	if shipped != "ewma half-life 2d over 90d, covariance half-life 30d, λ = 0, costs over 3d" ||
		got != "ewma half-life 1d over 90d, covariance half-life 30d, λ = 4, costs over 36h0m0s" || apyShipped == apyOther {
		t.Errorf("notes %q (%.4f%%) and %q (%.4f%%)", shipped, apyShipped, got, apyOther)
	}
}

// TestBacktestRLHandSet runs the hand-set rl policy through the real engine
// on the real data, beside equal weight: it appears in every vault's lines,
// trades, and beats equal weight in the sum of the vaults.
func TestBacktestRLHandSet(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", realData, "--strategies", "equal," + rlHandSetName, "--json"}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	all := map[string]backtest.Metrics{}
	chains := 0
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var obj struct {
			backtest.Metrics
			Chain string `json:"chain"`
		}
		if strings.HasPrefix(l, `{"data_issue"`) {
			continue
		}
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if obj.Strategy == rlHandSetName {
			chains++
		}
		if obj.Chain == backtest.AllChains {
			all[obj.Strategy] = obj.Metrics
		}
	}
	hs, eq := all[rlHandSetName], all["equal"]
	t.Logf("all chains: rl-handset %.2f%% (%d rebalances, gas %.0f USD), equal %.2f%%", hs.NetAPYPct, hs.Rebalances, hs.GasUSD, eq.NetAPYPct)
	if chains != 6 {
		t.Errorf("rl-handset in %d vault lines, want 6 (5 chains and all)", chains)
	}
	if hs.Rebalances < 5 || !(hs.NetAPYPct > eq.NetAPYPct+1) {
		t.Errorf("rl-handset %.2f%% with %d rebalances, equal %.2f%%", hs.NetAPYPct, hs.Rebalances, eq.NetAPYPct)
	}
}

// TestBacktestTuneHoldoutDifferences: the tuning line gives, per vault,
// meanvar's out-of-sample lead over each other strategy run, exactly the
// difference of their holdout net APYs, with its bootstrap interval; the
// text prints the same table.
func TestBacktestTuneHoldoutDifferences(t *testing.T) {
	if testing.Short() {
		t.Skip("runs backtests in 5 vaults")
	}
	args := []string{"backtest", "--data", realData, "--config", shippedConfig, "--tune-until", "2025-01-31", "--strategies", "meanvar,greedy",
		"--tune-forecasters", "ewma", "--tune-half-lives", "2", "--tune-risk-aversions", "0", "--tune-horizons", "3"}
	var out, errb bytes.Buffer
	if code := run(context.Background(), append(args, "--json"), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	var head struct {
		Tuning struct {
			Diffs []struct {
				Chain, Versus string
				PP            float64 `json:"diff_pp"`
				Lo            float64 `json:"lo_pp"`
				Hi            float64 `json:"hi_pp"`
			} `json:"holdout_differences"`
		} `json:"tuning"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &head); err != nil {
		t.Fatal(err)
	}
	net := map[string]float64{}
	for _, l := range lines[1:] {
		var mt backtest.Metrics
		if err := json.Unmarshal([]byte(l), &mt); err != nil {
			t.Fatal(err)
		}
		if mt.Period == "holdout" {
			net[mt.Chain+" "+mt.Strategy] = mt.NetAPYPct
		}
	}
	if len(head.Tuning.Diffs) != 6 {
		t.Fatalf("%d differences, want one per vault (5 chains and the sum): %+v", len(head.Tuning.Diffs), head.Tuning.Diffs)
	}
	for _, d := range head.Tuning.Diffs {
		want := net[d.Chain+" meanvar"] - net[d.Chain+" greedy"]
		if d.Versus != "greedy" || math.Abs(d.PP-want) > 1e-9 || !(d.Lo <= d.Hi) {
			t.Errorf("%s: %+v, want meanvar − greedy = %v", d.Chain, d, want)
		}
	}
	out.Reset()
	if code := run(context.Background(), args, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if s := out.String(); !strings.Contains(s, "out of sample, meanvar − each") || !strings.Contains(s, "− GREEDY") {
		t.Errorf("text lacks the differences:\n%s", s)
	}
}
