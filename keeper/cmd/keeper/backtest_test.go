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

// backtestFields are the fields every --json object must have.
var backtestFields = []string{"strategy", "net_apy_pct", "gross_apy_pct", "volatility_pct", "max_drawdown_pct",
	"turnover", "rebalances", "gas_usd", "final_value"}

// TestBacktestJSONAndReport runs `keeper backtest` on the 63 real pools with
// every strategy, --json and --report, and checks the JSON lines and the
// files.
func TestBacktestJSONAndReport(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the full backtest")
	}
	rep := filepath.Join(t.TempDir(), "report")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"backtest", "--data", realData, "--json", "--report", rep}, &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var got []string
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var obj map[string]any
		if err := json.Unmarshal(sc.Bytes(), &obj); err != nil {
			t.Fatalf("line %q is not a JSON object: %v", sc.Text(), err)
		}
		name, _ := obj["strategy"].(string)
		got = append(got, name)
		for _, f := range backtestFields[1:] {
			v, ok := obj[f].(float64)
			if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("%s: field %s = %v (%T), want a finite number", name, f, obj[f], obj[f])
			}
		}
		if obj["final_value"].(float64) <= 0 {
			t.Errorf("%s: final value %v", name, obj["final_value"])
		}
		t.Logf("%s", sc.Text())
	}
	if want := strings.Join(strategyNames, ","); strings.Join(got, ",") != want {
		t.Errorf("strategies %v, want %s", got, want)
	}

	for _, n := range append([]string{"value"}, prefixed("allocation-", strategyNames)...) {
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
	md, err := os.ReadFile(filepath.Join(rep, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range append([]string{"| strategy | net APY %", "oblik/defi_analysis", "MIT", "![value over time](value.png)", "| gas per pool touched | 5 USD |"}, strategyNames...) {
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
	d := []string{"backtest", "--data", realData}
	cases := []struct {
		args []string
		want []string // in stderr
	}{
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
	if !strings.Contains(errb.String(), "keeper backtest --data DIR") || !strings.Contains(errb.String(), "hindsight") {
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
		if code := run(context.Background(), []string{"backtest", "--data", realData}, io.Discard, &errb); code != 0 {
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
	if err := json.Unmarshal(out.Bytes(), &obj); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if obj.Strategy != "rl" || obj.Start != start || !(obj.NetAPYPct > 0) {
		t.Errorf("got %+v", obj)
	}
}
