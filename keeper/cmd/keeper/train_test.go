package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
)

// trainPools are the real pools the train tests use: four with data from
// the first day, so that a few months make a market with history.
var trainPools = []string{"aave-v3_USDC_Arbitrum", "aave-v3_USDC_Ethereum", "fluid-lending_USDC_Ethereum", "morpho-blue_STEAKUSDC_Ethereum"}

// trainData copies the first rows days of each of trainPools from the real
// data into a new directory: a small market that trains in a fraction of a
// second.
func trainData(t *testing.T, rows int) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range trainPools {
		raw, err := os.ReadFile(filepath.Join(realData, p+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.SplitAfter(string(raw), "\n")
		if len(lines) < rows+1 {
			t.Fatalf("%s has %d lines, want %d", p, len(lines), rows+1)
		}
		if err := os.WriteFile(filepath.Join(dir, p+".csv"), []byte(strings.Join(lines[:rows+1], "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// train runs `keeper train` with args and returns the exit code, stdout and
// stderr.
func train(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	if !slices.Contains(args, "--config") {
		args = append([]string{"--config", shippedConfig}, args...)
	}
	code := run(context.Background(), append([]string{"train"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// dirNames lists a directory, to catch temporary files left behind.
func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func loadModelFile(t *testing.T, path string) *rl.Model {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	md, err := rl.Load(f)
	if err != nil {
		t.Fatalf("rl.Load(%s): %v", path, err)
	}
	return md
}

// TestTrainWritesDeterministicModel trains on four real pools' first 120
// days twice with the same seed and checks that the files are byte-identical,
// that the JSON summary describes them, that a file loads with rl.Load and
// passes the keeper's config as optimizer.strategy shadow, and that --seed,
// --until, --capital and --gas-usd reach the model.
func TestTrainWritesDeterministicModel(t *testing.T) {
	data := trainData(t, 120)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")

	code, stdout, stderr := train("--data", data, "--out", a, "--seed", "7", "--json")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s trainSummary
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil || dec.More() {
		t.Fatalf("--json printed %q: %v", stdout, err)
	}
	code, human, stderr := train("--data", data, "--out", b, "--seed", "7")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	ra, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	rb, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ra, rb) {
		t.Fatalf("two runs with --seed 7 wrote different files:\n%s\n%s", ra, rb)
	}
	for _, p := range []string{a, b} {
		if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o644 {
			t.Errorf("%s: mode %v, %v; want 0644", p, st.Mode(), err)
		}
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"a.json", "b.json"}) {
		t.Errorf("output directory holds %v", got)
	}

	sum := sha256.Sum256(ra)
	md := loadModelFile(t, a)
	info := md.Info()
	if s.SHA256 != hex.EncodeToString(sum[:]) || s.Bytes != len(ra) || s.Out != a {
		t.Errorf("summary names %s (%d bytes) %s; the file is %x (%d bytes)", s.SHA256, s.Bytes, s.Out, sum, len(ra))
	}
	if !strings.Contains(human, "sha256 "+s.SHA256) || !strings.Contains(human, "holdout check") || !strings.Contains(human, "wrote "+b) {
		t.Errorf("summary:\n%s", human)
	}
	// The production model has seen every day of the data.
	if s.Model != "rl/v1" || s.Description != md.String() || s.Seed != 7 || info.Seed != 7 || s.Pools != len(trainPools) ||
		s.First != "2024-06-06" || info.First != s.First || info.Last != s.Last || s.Last != "2024-10-05" ||
		s.TrainingDays != info.Rows || s.Window != 30 || s.StepHours != 24 || s.Capital != 10e6 || s.GasUSD != 5 {
		t.Errorf("summary %+v for model %v", s, md)
	}
	h := s.Holdout
	if h.Fraction != holdoutFraction || h.TrainFirst != s.First || !(h.TrainLast < h.Start) || h.End != s.Last ||
		h.TrainingDays+h.Days+1 != s.TrainingDays || math.Abs(float64(h.Days)-holdoutFraction*float64(s.TrainingDays-1)) > 1 {
		t.Errorf("holdout %+v", h)
	}
	var names []string
	for _, mt := range h.Strategies {
		names = append(names, mt.Strategy)
		if mt.Start != h.Start || mt.End != h.End || !(mt.NetAPYPct > 0 && mt.NetAPYPct < 100) {
			t.Errorf("holdout %s: %+v", mt.Strategy, mt)
		}
	}
	if !slices.Equal(names, []string{"rl", rlHandSetName, "meanvar", "greedy", "equal"}) || h.RLNetAPYPct != h.Strategies[0].NetAPYPct ||
		!slices.ContainsFunc(h.Strategies[1:], func(mt backtest.Metrics) bool {
			return mt.Strategy == h.BestBaseline && mt.NetAPYPct == h.BestBaselineNetAPYPct
		}) {
		t.Errorf("holdout strategies %v, best baseline %s %v", names, h.BestBaseline, h.BestBaselineNetAPYPct)
	}
	t.Logf("holdout %s … %s: rl %.3f%%, best baseline %s %.3f%%", h.Start, h.End, h.RLNetAPYPct, h.BestBaseline, h.BestBaselineNetAPYPct)

	// The keeper accepts the file: optimizer.strategy shadow with it as
	// local.model_file (and its hash as governed.optimizer.model_sha256)
	// passes config.Load and LoadModel.
	shipped, err := os.ReadFile(filepath.Join("..", "..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const old = "strategy: meanvar "
	if !strings.Contains(string(shipped), old) {
		t.Fatalf("config.yaml lacks %q", old)
	}
	cfgPath := filepath.Join(t.TempDir(), "config.yaml")
	modelSum := sha256.Sum256(ra)
	raw := strings.Replace(string(shipped), old, "strategy: shadow\n    model_sha256: "+hex.EncodeToString(modelSum[:])+"\n   ", 1)
	raw = strings.Replace(raw, "local:\n", "local:\n  model_file: "+strconv.Quote(a)+"\n", 1)
	if err := os.WriteFile(cfgPath, []byte(raw), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatalf("config.Load with the trained model: %v", err)
	}
	km, err := cfg.LoadModel()
	if err != nil {
		t.Fatalf("LoadModel: %v", err)
	}
	if cfg.Optimizer.Strategy != config.StrategyShadow || km.String() != md.String() || km.Info() != info {
		t.Errorf("the keeper loaded %v (strategy %s), want %v", km, cfg.Optimizer.Strategy, md)
	}

	// Another seed trains another model.
	c := filepath.Join(dir, "c.json")
	if code, _, stderr := train("--data", data, "--out", c, "--seed", "8", "--json"); code != 0 {
		t.Fatalf("--seed 8: exit %d: %s", code, stderr)
	}
	if rc, _ := os.ReadFile(c); bytes.Equal(rc, ra) || loadModelFile(t, c).Info().Seed != 8 {
		t.Errorf("--seed 8 wrote the same model as --seed 7")
	}

	// --until, --capital and --gas-usd reach the model.
	d := filepath.Join(dir, "d.json")
	if code, _, stderr := train("--data", data, "--out", d, "--until", "2024-09-26", "--capital", "1e6", "--gas-usd", "2"); code != 0 {
		t.Fatalf("--until: exit %d: %s", code, stderr)
	}
	di := loadModelFile(t, d).Info()
	if di.Last != "2024-09-26" || di.Rows >= info.Rows || di.Market.GasUSD != 2 || di.Hyper.CapitalMin != 1e5 || di.Hyper.CapitalMax != 1e7 {
		t.Errorf("--until 2024-09-26 (the earliest the data allows) --capital 1e6 --gas-usd 2: model trained with %+v", di)
	}
}

// TestTrainKeepsExistingOut checks that an existing --out is kept, with
// exit 2, unless --force, which replaces it with a 0644 model file.
func TestTrainKeepsExistingOut(t *testing.T) {
	data := trainData(t, 120)
	dir := t.TempDir()
	out := filepath.Join(dir, "model.json")
	if err := os.WriteFile(out, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := train("--data", data, "--out", out)
	if code != 2 || stdout != "" || !strings.Contains(stderr, "--out "+strconv.Quote(out)) || !strings.Contains(stderr, "--force") {
		t.Fatalf("exit %d, stdout %q, stderr %q; want 2 naming --out and --force", code, stdout, stderr)
	}
	if raw, _ := os.ReadFile(out); string(raw) != "keep me" {
		t.Fatalf("--out was changed to %q", raw)
	}
	if code, _, stderr := train("--data", data, "--out", out, "--force"); code != 0 {
		t.Fatalf("--force: exit %d: %s", code, stderr)
	}
	loadModelFile(t, out)
	if st, _ := os.Stat(out); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v after --force, want 0644", st.Mode())
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"model.json"}) {
		t.Errorf("output directory holds %v", got)
	}
}

func TestTrainBadFlags(t *testing.T) {
	data := trainData(t, 120)
	short := trainData(t, 60)
	dir := t.TempDir()
	out := filepath.Join(dir, "model.json")
	d := []string{"--data", data, "--out", out}
	cases := []struct {
		args []string
		want []string // in stderr
	}{
		{nil, []string{"--data is required"}},
		{[]string{"--out", out}, []string{"--data is required"}},
		{[]string{"--data", filepath.Join(dir, "nope"), "--out", out}, []string{"--data", "nope", "not a directory"}},
		{[]string{"--data", data}, []string{"--out is required"}},
		{append(d, "--capital", "0"), []string{"--capital 0", "positive"}},
		{append(d, "--capital", "-1"), []string{"--capital -1"}},
		{append(d, "--capital", "NaN"), []string{"--capital NaN"}},
		{append(d, "--capital", "1e308"), []string{"--capital 1e+308"}},
		{append(d, "--capital", "abc"), []string{"capital", `"abc"`}},
		{append(d, "--gas-usd", "-1"), []string{"--gas-usd -1"}},
		{append(d, "--gas-usd", "Inf"), []string{"--gas-usd +Inf"}},
		{append(d, "--seed", "-1"), []string{"seed", `"-1"`}},
		{append(d, "--until", "2024-13-01"), []string{"--until", "2024-13-01", "YYYY-MM-DD"}},
		{append(d, "--until", "2024-08-01"), []string{"--until 2024-08-01", "too little history", "2024-09-26", "30-day window"}},
		{append(d, "--until", "2020-01-01"), []string{"--until 2020-01-01", "too little history"}},
		{append(d, "--until", "2030-01-01"), []string{"--until 2030-01-01", "last day 2024-10-05"}},
		{[]string{"--data", short, "--out", out}, []string{"--data", "days of data", "90 days"}},
		{[]string{"--data", data, "--out", filepath.Join(dir, "no", "model.json")}, []string{"--out", "does not exist"}},
		{[]string{"--data", data, "--out", dir}, []string{"--out", "is a directory"}},
		{append(d, "--bogus"), []string{"bogus", "see keeper train --help"}},
		{append(d, "extra"), []string{`unexpected argument "extra"`}},
	}
	for _, c := range cases {
		code, stdout, stderr := train(c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", c.args, code, stderr)
		}
		for _, w := range c.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%v: stderr %q lacks %q", c.args, stderr, w)
			}
		}
		if stdout != "" {
			t.Errorf("%v: wrote %q to stdout", c.args, stdout)
		}
		if got := dirNames(t, dir); len(got) > 0 {
			t.Fatalf("%v: left %v in the output directory", c.args, got)
		}
	}
}

// TestTrainChecksData: keeper train loads --data as keeper backtest does
// (backtest.Load): a pool with a 300% day loses that row, a pool with too
// few rows is dropped, and both are reported, in the summary and in --json;
// a --config that does not load is a bad flag naming it.
func TestTrainChecksData(t *testing.T) {
	data := trainData(t, 120)
	spiky := filepath.Join(data, "aave-v3_USDC_Ethereum.csv")
	raw, err := os.ReadFile(spiky)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(raw), "\n")
	f := strings.Split(lines[50], ",")
	f[2] = "300"
	lines[50] = strings.Join(f, ",")
	if err := os.WriteFile(spiky, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "tiny_USDC_Ethereum.csv"), []byte("date,tvl,apy\n2024-06-06,1000000,5\n2024-06-07,1000000,5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	code, stdout, stderr := train("--data", data, "--out", filepath.Join(dir, "model.json"), "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var s trainSummary
	if err := json.Unmarshal([]byte(stdout), &s); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	var spike, dropped bool
	for _, i := range s.DataIssues {
		spike = spike || (i.Kind == backtest.IssueSpike && strings.Contains(i.File, "aave-v3_USDC_Ethereum"))
		dropped = dropped || (i.Kind == backtest.IssueFewRows && strings.Contains(i.File, "tiny_USDC_Ethereum"))
	}
	if !spike || !dropped {
		t.Errorf("data issues %+v: want the 300%% spike and the dropped tiny pool", s.DataIssues)
	}
	code, _, stderr = train("--data", data, "--out", filepath.Join(dir, "model2.json"), "--config", filepath.Join(dir, "missing.yaml"))
	if code != 2 || !strings.Contains(stderr, "--config") || !strings.Contains(stderr, "missing.yaml") {
		t.Errorf("missing --config: exit %d, %q", code, stderr)
	}
}

// TestTrainRuntimeError: data that does not load is exit 1, and nothing is
// written.
func TestTrainRuntimeError(t *testing.T) {
	data := trainData(t, 120)
	if err := os.WriteFile(filepath.Join(data, "aave-v3_USDT_Ethereum.csv"), []byte("date,tvl,apy\n2024-06-06,x,1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	code, stdout, stderr := train("--data", data, "--out", filepath.Join(dir, "model.json"))
	if code != 1 || stdout != "" || !strings.Contains(stderr, "loading --data") || !strings.Contains(stderr, "aave-v3_USDT_Ethereum") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 naming the file", code, stdout, stderr)
	}
	if got := dirNames(t, dir); len(got) > 0 {
		t.Errorf("left %v in the output directory", got)
	}
}

// TestWriteFileAtomicFailures: a write that cannot finish leaves the target
// as it was and no temporary file.
func TestWriteFileAtomicFailures(t *testing.T) {
	dir := t.TempDir()
	// Renaming a file over a non-empty directory fails.
	sub := filepath.Join(dir, "sub")
	if err := os.MkdirAll(filepath.Join(sub, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(sub, []byte("new"), 0o644, true); err == nil {
		t.Error("replacing a directory: no error")
	}
	// Without overwrite an existing file is kept.
	keep := filepath.Join(dir, "keep")
	if err := os.WriteFile(keep, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := writeFileAtomic(keep, []byte("new"), 0o644, false)
	if err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("existing file without overwrite: %v", err)
	}
	if raw, _ := os.ReadFile(keep); string(raw) != "old" {
		t.Errorf("the existing file became %q", raw)
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"keep", "sub"}) {
		t.Errorf("directory holds %v", got)
	}
	// And a new one is written whole, with the mode asked for.
	fresh := filepath.Join(dir, "fresh")
	if err := writeFileAtomic(fresh, []byte("new"), 0o644, false); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(fresh); string(raw) != "new" {
		t.Errorf("wrote %q", raw)
	}
	if got := dirNames(t, dir); !slices.Equal(got, []string{"fresh", "keep", "sub"}) {
		t.Errorf("directory holds %v", got)
	}
}

func TestTrainHelp(t *testing.T) {
	code, _, stderr := train("--help")
	if code != 0 || !strings.Contains(stderr, "keeper train --data DIR --out FILE") || !strings.Contains(stderr, "holdout") {
		t.Errorf("--help: exit %d, %q", code, stderr)
	}
	var out, errb bytes.Buffer
	run(context.Background(), nil, &out, &errb)
	if !strings.Contains(errb.String(), "train ") {
		t.Errorf("keeper usage does not list train:\n%s", errb.String())
	}
}
