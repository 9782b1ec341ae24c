package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/backtest"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

const trainUsage = `usage: keeper train --data DIR --out FILE [flags]

Trains the optimizer/rl policy (rl.DefaultTrainConfig) on every day of the
yield histories in DIR up to --until and writes the model file that the
keeper's local.model_file names (governed.optimizer.strategy rl or shadow,
with the printed SHA-256 as governed.optimizer.model_sha256). DIR is
loaded and checked as keeper backtest loads it (backtest.Load): one
<protocol>_<symbol>_<chain>.csv per pool, a daily grid, a pool with fewer
than 30 rows dropped, an APY above 100% dropped as a spike, a negative one
taken as 0, gaps up to 7 days forward-filled and longer ones left empty, the
capacity model with u₀ = 0.8 and η = 1; every data issue is listed.

Before writing, it checks the recipe out of sample: a second model, trained
the same way on the days before the last 20% of the range (the holdout), is
run on the holdout with --capital, beside rl-handset (the same policy class
with hand-set parameters, the baseline a trained model must beat), meanvar,
greedy and equal weight run on the same days as keeper backtest runs them (pools eligible after 30 days
of data; meanvar with --config's governed.optimizer settings and its
governed.rebalance gate). The written model is trained on every day, holdout included, so
the holdout figure estimates how the recipe does on days it has not seen; it
is not a measurement of the written model.

The file is written atomically (a temporary file in the same directory,
fsync, rename) with mode 0644. The same data, flags and --seed write the
same bytes.

flags:
  --data DIR     history files (required)
  --config FILE  the keeper's config, for meanvar's settings in the holdout
                 check (default config.yaml)
  --out FILE     model file to write (required); an existing file is kept
                 unless --force
  --force        replace an existing --out
  --capital USD  the vault's size: training episodes start with values drawn
                 log-uniformly from [capital/10, capital×10], and the holdout
                 check starts with it (default 10000000)
  --gas-usd N    cost of touching one pool in a rebalance, USD, in training
                 and in the holdout check (default 5)
  --seed N       training seed (default 1)
  --until DATE   last day YYYY-MM-DD to train on (default: the data's last day)
  --json         print one JSON object instead of the summary
`

// holdoutFraction is the share of the training range's days held out by
// the out-of-sample check.
const holdoutFraction = 0.2

type trainOpts struct {
	data, out, until, config string
	capital, gasUSD          float64
	seed                     uint64
	force, asJSON            bool
}

// runTrain is `keeper train`; it returns the exit code: 0, 1 for a failure
// while running, 2 for bad flags or values. On any error --out is left as
// it was.
func runTrain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("keeper train", stderr)
	var o trainOpts
	fs.StringVar(&o.data, "data", "", "history directory")
	fs.StringVar(&o.config, "config", "config.yaml", "the keeper's config file, for meanvar's settings")
	fs.StringVar(&o.out, "out", "", "model file to write")
	fs.BoolVar(&o.force, "force", false, "replace an existing --out")
	fs.Float64Var(&o.capital, "capital", defaultCapital, "vault size, USD")
	fs.Float64Var(&o.gasUSD, "gas-usd", market.Defaults.GasUSD, "gas per pool touched, USD")
	fs.Uint64Var(&o.seed, "seed", rl.DefaultTrainConfig().Seed, "training seed")
	fs.StringVar(&o.until, "until", "", "last day to train on")
	fs.BoolVar(&o.asJSON, "json", false, "print JSON")
	if code, ok := parseFlags(fs, args, trainUsage, stderr); !ok {
		return code
	}
	return exitCode(fs.Name(), trainMain(ctx, o, stdout), stderr)
}

// validate checks every flag that can be checked without the data.
func (o *trainOpts) validate() error {
	if err := checkDataDir(o.data); err != nil {
		return err
	}
	switch {
	case o.out == "":
		return badFlag("--out is required (the model file to write)")
	case !(finite(o.capital) && o.capital > 0 && finite(o.capital*10)):
		return badFlag("--capital %v: must be a positive number of USD", o.capital)
	case !(finite(o.gasUSD) && o.gasUSD >= 0):
		return badFlag("--gas-usd %v: must be a finite number ≥ 0", o.gasUSD)
	}
	if err := checkDate("until", o.until); err != nil {
		return err
	}
	if st, err := os.Stat(filepath.Dir(o.out)); err != nil || !st.IsDir() {
		return badFlag("--out %q: directory %q does not exist", o.out, filepath.Dir(o.out))
	}
	switch st, err := os.Lstat(o.out); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return badFlag("--out %q: %v", o.out, errors.Unwrap(err))
	case st.IsDir():
		return badFlag("--out %q: is a directory", o.out)
	case !o.force:
		return badFlag("--out %q: already exists; pass --force to replace it", o.out)
	}
	return nil
}

// trainSummary is what keeper train reports (--json prints it as is).
type trainSummary struct {
	Model        string         `json:"model"`       // model id, rl/v1
	Description  string         `json:"description"` // rl.Model.String
	Out          string         `json:"out"`
	SHA256       string         `json:"sha256"` // of the file written
	Bytes        int            `json:"bytes"`
	Seed         uint64         `json:"seed"`
	Pools        int            `json:"pools"` // pools in --data
	First        string         `json:"first"` // first and last day trained on
	Last         string         `json:"last"`
	TrainingDays int            `json:"training_days"` // rows of the daily grid trained on
	Window       int            `json:"window"`        // APY history entries per source the model reads
	StepHours    float64        `json:"step_hours"`    // spacing of that history
	Capital      float64        `json:"capital"`
	GasUSD       float64        `json:"gas_usd"`
	TrainSeconds float64        `json:"train_seconds"` // wall time of the final training
	Holdout      holdoutSummary `json:"holdout"`
	// DataIssues are what backtest.Load found in --data and did about it.
	DataIssues []backtest.Issue `json:"data_issues"`
}

// holdoutSummary is the out-of-sample check: a model trained on the days
// before the holdout, run on it beside the baselines.
type holdoutSummary struct {
	Fraction     float64 `json:"fraction"`
	TrainFirst   string  `json:"train_first"` // the holdout model's training range
	TrainLast    string  `json:"train_last"`
	TrainingDays int     `json:"training_days"`
	Start        string  `json:"start"` // first decision day
	End          string  `json:"end"`   // last day (final value)
	Days         int     `json:"days"`
	RLNetAPYPct  float64 `json:"rl_net_apy_pct"`
	// BestBaseline is the baseline with the highest net APY on the holdout.
	BestBaseline          string  `json:"best_baseline"`
	BestBaselineNetAPYPct float64 `json:"best_baseline_net_apy_pct"`
	// Strategies are the backtest metrics on the holdout: rl, then
	// rl-handset, meanvar, greedy and equal.
	Strategies []backtest.Metrics `json:"strategies"`
}

func trainMain(ctx context.Context, o trainOpts, stdout io.Writer) error {
	if err := o.validate(); err != nil {
		return err
	}
	cfg, err := config.Load(o.config)
	if err != nil {
		return badFlag("--config %q: the holdout check runs meanvar with its governed settings: %v", o.config, err)
	}
	mv := &backtest.MeanVar{Strategy: cfg.Optimizer.MeanVar(),
		Gate: &strategy.Gate{MinMove: cfg.Rebalance.MinMove, GainFactor: cfg.Rebalance.GainFactor}}
	mcfg := market.Defaults
	mcfg.GasUSD = o.gasUSD
	minRows := rowsOf(defaultMinHistoryDays, defaultStep)
	data, err := backtest.Load(o.data, backtest.LoadOptions{Step: defaultStep, MaxGap: backtest.DefaultMaxGap, MinRows: minRows})
	if errors.Is(err, backtest.ErrNoPools) {
		return badFlag("--data %q: no pool has %d days of data (%v)", o.data, defaultMinHistoryDays, err)
	}
	if err != nil {
		return fmt.Errorf("loading --data %q: %w", o.data, err)
	}
	m, err := data.Market(mcfg)
	if err != nil {
		return fmt.Errorf("loading --data %q: %w", o.data, err)
	}
	tc := rl.DefaultTrainConfig()
	tc.Seed = o.seed
	tc.CapitalMin, tc.CapitalMax = o.capital/10, o.capital*10
	until, split, err := trainRows(m, o, tc)
	if err != nil {
		return err
	}
	day := func(t int) string { return m.Time(t).Format(time.DateOnly) }

	// The out-of-sample check: train on rows [0, split), run on rows
	// split … until−1.
	hm, _, err := rl.Train(m, split, tc)
	if err != nil {
		return fmt.Errorf("training the holdout model on %s … %s: %w", day(0), day(split-1), err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	handset, err := rlHandSet(m)
	if err != nil {
		return err
	}
	bcfg := backtest.Config{Capital: o.capital, Start: split, End: until - 1, MinHistory: minRows}
	results, err := backtest.RunAll(m, []backtest.Strategy{
		backtest.RL(rlModel{hm}), handset, mv, backtest.Greedy{}, backtest.Equal(),
	}, bcfg)
	if err != nil {
		return fmt.Errorf("running the holdout %s … %s: %w", day(split), day(until-1), err)
	}
	ho := holdoutSummary{Fraction: holdoutFraction, TrainFirst: day(0), TrainLast: day(split - 1), TrainingDays: split,
		Start: day(split), End: day(until - 1), Days: until - 1 - split, BestBaselineNetAPYPct: math.Inf(-1)}
	for i, r := range results {
		ho.Strategies = append(ho.Strategies, r.Metrics)
		if i == 0 {
			ho.RLNetAPYPct = r.Metrics.NetAPYPct
		} else if r.Metrics.NetAPYPct > ho.BestBaselineNetAPYPct {
			ho.BestBaseline, ho.BestBaselineNetAPYPct = r.Strategy, r.Metrics.NetAPYPct
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}

	// The production model: every row up to --until.
	md, rep, err := rl.Train(m, until, tc)
	if err != nil {
		return fmt.Errorf("training on %s … %s: %w", day(0), day(until-1), err)
	}
	var buf bytes.Buffer
	if err := md.Save(&buf); err != nil {
		return fmt.Errorf("encoding the model: %w", err)
	}
	if _, err := rl.Load(bytes.NewReader(buf.Bytes())); err != nil {
		return fmt.Errorf("the encoded model does not load back: %w", err)
	}
	sum := sha256.Sum256(buf.Bytes())
	s := trainSummary{
		Model: md.ID(), Description: md.String(), Out: o.out, SHA256: hex.EncodeToString(sum[:]), Bytes: buf.Len(),
		Seed: o.seed, Pools: m.N(), First: md.Info().First, Last: md.Info().Last, TrainingDays: md.Info().Rows,
		Window: md.Window(), StepHours: md.StepHours(), Capital: o.capital, GasUSD: o.gasUSD,
		TrainSeconds: rep.Duration.Seconds(), Holdout: ho, DataIssues: data.Issues,
	}
	if !o.asJSON {
		printTrainSummary(stdout, s)
		fmt.Fprintf(stdout, "\n%s", dataReport(data, false))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeFileAtomic(o.out, buf.Bytes(), 0o644, o.force); err != nil {
		return fmt.Errorf("writing --out %q: %w", o.out, err)
	}
	if o.asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	fmt.Fprintf(stdout, "\nwrote %s (%d bytes)\nsha256 %s\n", o.out, s.Bytes, s.SHA256)
	return nil
}

// trainRows resolves --until to the number of rows to train on, until (rows
// [0, until)), and the first row of the holdout, split: the holdout's
// decisions are at rows split … until−2, its final value at row until−1, and
// it spans holdoutFraction of the until−1 growth periods. The holdout model,
// trained on rows [0, split), needs a full history window and one longest
// episode: split ≥ Window + MaxLen.
func trainRows(m *market.Market, o trainOpts, tc rl.TrainConfig) (until, split int, err error) {
	first, last := m.Time(0), m.Time(m.Len()-1)
	splitOf := func(until int) int {
		return until - 1 - max(1, int(math.Round(holdoutFraction*float64(until-1))))
	}
	need := tc.Window + tc.MaxLen
	minUntil := -1
	for u := 2; u <= m.Len(); u++ {
		if splitOf(u) >= need {
			minUntil = u
			break
		}
	}
	if minUntil < 0 {
		return 0, 0, badFlag("--data %q: %d days of data (%s … %s); the model needs at least %d days before the %.0f%% holdout (its %d-day window and a %d-day training episode)",
			o.data, m.Len(), first.Format(time.DateOnly), last.Format(time.DateOnly), need, 100*holdoutFraction, tc.Window, tc.MaxLen)
	}
	until = m.Len()
	if o.until != "" {
		d, _ := time.Parse(time.DateOnly, o.until)
		if d.After(last) {
			return 0, 0, badFlag("--until %s: after the data's last day %s", o.until, last.Format(time.DateOnly))
		}
		for until = m.Len(); until > 0 && m.Time(until-1).After(d); until-- {
		}
		if until < minUntil {
			return 0, 0, badFlag("--until %s: too little history; the model needs at least %d days before the %.0f%% holdout (its %d-day window and a %d-day training episode), so --until must be on or after %s (the data starts %s)",
				o.until, need, 100*holdoutFraction, tc.Window, tc.MaxLen, m.Time(minUntil-1).Format(time.DateOnly), first.Format(time.DateOnly))
		}
	}
	return until, splitOf(until), nil
}

func printTrainSummary(w io.Writer, s trainSummary) {
	h := s.Holdout
	fmt.Fprintf(w, "model %s: %d pools, %s … %s (%d days), window %d, step %gh, seed %d\n",
		s.Model, s.Pools, s.First, s.Last, s.TrainingDays, s.Window, s.StepHours, s.Seed)
	fmt.Fprintf(w, "capital %.0f USD, gas %.2f USD per pool touched; trained in %.1fs\n\n", s.Capital, s.GasUSD, s.TrainSeconds)
	fmt.Fprintf(w, "holdout check: the same training on %s … %s (%d days), run on the last %.0f%%, %s … %s (%d days), which it did not see:\n",
		h.TrainFirst, h.TrainLast, h.TrainingDays, 100*h.Fraction, h.Start, h.End, h.Days)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "STRATEGY\tNET APY %\tGROSS APY %\tREBALANCES\tGAS USD\t")
	for _, mt := range h.Strategies {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%d\t%.0f\t\n", mt.Strategy, mt.NetAPYPct, mt.GrossAPYPct, mt.Rebalances, mt.GasUSD)
	}
	tw.Flush()
	fmt.Fprintf(w, "rl − %s (the best baseline): %+.3f percentage points of net APY\n", h.BestBaseline, h.RLNetAPYPct-h.BestBaselineNetAPYPct)
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory: written, set to perm, fsynced, then renamed over path (with
// overwrite) or hard-linked to it (without, so that a file that appeared in
// the meantime is kept and reported; renamed after a check where the file
// system has no hard links), and the directory fsynced. On error
// path is as it was and the temporary file is removed.
func writeFileAtomic(path string, data []byte, perm os.FileMode, overwrite bool) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if f != nil {
			f.Close()
		}
		if rmErr := os.Remove(tmp); rmErr != nil && !errors.Is(rmErr, fs.ErrNotExist) && err == nil {
			err = fmt.Errorf("removing the temporary file: %w", rmErr)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w", tmp, err)
	}
	if err := f.Chmod(perm); err != nil {
		return fmt.Errorf("setting the mode of %s: %w", tmp, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("syncing %s: %w", tmp, err)
	}
	err = f.Close()
	f = nil
	if err != nil {
		return fmt.Errorf("closing %s: %w", tmp, err)
	}
	if overwrite {
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("renaming %s: %w", tmp, err)
		}
	} else if err := os.Link(tmp, path); errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; pass --force to replace it", path)
	} else if err != nil {
		// A file system without hard links: check, then rename (a file
		// created between the two would be replaced).
		if _, statErr := os.Lstat(path); !errors.Is(statErr, fs.ErrNotExist) {
			return fmt.Errorf("%s already exists or cannot be checked (%v); pass --force to replace it", path, statErr)
		}
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("renaming %s: %w", tmp, err)
		}
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("opening the directory to sync it: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("syncing the directory: %w", err)
	}
	return nil
}
