package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// explainJSON is keeper explain --json as its help documents it.
type explainJSON struct {
	Decision struct {
		ID      int64     `json:"id"`
		TickID  int64     `json:"tick_id"`
		Time    time.Time `json:"time"`
		ChainID uint64    `json:"chain_id"`
		Vault   string    `json:"vault"`
		Block   uint64    `json:"block"`
		Action  string    `json:"action"`
		DryRun  bool      `json:"dry_run"`
		Reason  string    `json:"reason"`
	} `json:"decision"`
	Inputs struct {
		TickID            int64        `json:"tick_id"`
		Time              *time.Time   `json:"time"`
		Block             uint64       `json:"block"`
		AssetDecimals     *uint8       `json:"asset_decimals"`
		TotalAssets       string       `json:"total_assets"`
		TotalAssetsTokens *string      `json:"total_assets_tokens"`
		Idle              *string      `json:"idle"`
		IdleTokens        *string      `json:"idle_tokens"`
		Sources           []sourceJSON `json:"sources"`
	} `json:"inputs"`
	Forecast struct {
		Strategy string     `json:"strategy"`
		Model    string     `json:"model"`
		Mu       []float64  `json:"mu"`
		Observed []*float64 `json:"observed"`
		MuSource string     `json:"mu_source"`
		Settings struct {
			Forecaster         string  `json:"forecaster"`
			ForecastHalfLife   string  `json:"forecast_half_life"`
			Window             string  `json:"window"`
			CovarianceHalfLife string  `json:"covariance_half_life"`
			RiskAversion       float64 `json:"risk_aversion"`
			CostHorizon        string  `json:"cost_horizon"`
		} `json:"settings"`
		HistoryTicks int   `json:"history_ticks"`
		Optimized    *bool `json:"optimized"`
	} `json:"forecast"`
	Result []struct {
		Name                string  `json:"name"`
		Source              string  `json:"source"`
		CurrentWeight       float64 `json:"current_weight"`
		TargetWeight        float64 `json:"target_weight"`
		CurrentAssets       *string `json:"current_assets"`
		CurrentAssetsTokens *string `json:"current_assets_tokens"`
		TargetAssets        string  `json:"target_assets"`
		TargetAssetsTokens  *string `json:"target_assets_tokens"`
		Change              *string `json:"change"`
		ChangeTokens        *string `json:"change_tokens"`
		RateModel           *string `json:"rate_model"`
	} `json:"result"`
	ExpectedGain        float64  `json:"expected_gain"`
	GasEstimate         uint64   `json:"gas_estimate"`
	GasCost             float64  `json:"gas_cost"`
	ImpliedGasPriceGwei *float64 `json:"implied_gas_price_gwei"`
	Rule                struct {
		Kind         string   `json:"kind"`
		Text         string   `json:"text"`
		ExpectedGain *float64 `json:"expected_gain"`
		GasCost      *float64 `json:"gas_cost"`
		GainFactor   *float64 `json:"gain_factor"`
		Threshold    *float64 `json:"threshold"`
		LargestMove  *float64 `json:"largest_move"`
		MinMove      *float64 `json:"min_move"`
		Follows      *bool    `json:"follows"`
		Reason       string   `json:"reason"`
	} `json:"rule"`
	Config struct {
		DecisionConfigHash   string `json:"decision_config_hash"`
		DecisionApprovedHash string `json:"decision_approved_hash"`
		RanApproved          *bool  `json:"ran_approved"`
		CurrentFileHash      string `json:"current_file_hash"`
		CurrentFileMatches   bool   `json:"current_file_matches"`
	} `json:"config"`
	RLShadow     *store.RLShadow     `json:"rl_shadow"`
	Transactions []store.Transaction `json:"transactions"`
	Sends        []store.SendRecord  `json:"sends"`
}

// readExplain runs keeper explain --json (with an optional decision id)
// and decodes it strictly: a field the help does not document fails the
// test.
func readExplain(t *testing.T, cfg string, id ...string) explainJSON {
	t.Helper()
	var e explainJSON
	decodeStrict(t, keeperOK(t, append([]string{"explain", "--json", "--config", cfg}, id...)...), &e)
	return e
}

// checkExplained compares what explain shows of d's inputs, result and
// gain with what the store recorded.
func checkExplained(t *testing.T, e explainJSON, d store.Decision, obs []store.Observation) {
	t.Helper()
	dd := e.Decision
	if dd.ID != d.ID || dd.TickID != d.TickID || !dd.Time.Equal(d.Time) || dd.ChainID != d.ChainID || dd.Vault != d.Vault ||
		dd.Block != d.Block || dd.Action != d.Action || dd.DryRun != d.DryRun || dd.Reason != d.Reason {
		t.Errorf("decision %+v, want %+v", dd, d)
	}
	in := e.Inputs
	if in.TickID != d.TickID || in.Block != d.Block || in.TotalAssets != d.TotalAssets.String() || in.Time == nil ||
		!in.Time.Equal(obs[0].Time) || len(in.Sources) != len(obs) || len(e.Forecast.Observed) != len(d.Sources) || len(e.Result) != len(d.Sources) {
		t.Fatalf("inputs %+v, forecast %+v, %d results; want tick %d, %d sources", in, e.Forecast, len(e.Result), d.TickID, len(obs))
	}
	// The embedded chain's stablecoin, as the decision recorded it.
	if in.AssetDecimals == nil || *in.AssetDecimals != 6 || d.AssetDecimals == nil || *d.AssetDecimals != 6 ||
		in.TotalAssetsTokens == nil || *in.TotalAssetsTokens != tokensWant(d.TotalAssets) {
		t.Errorf("decimals %v (recorded %v), total %v tokens; want 6 and %s", in.AssetDecimals, d.AssetDecimals, in.TotalAssetsTokens, tokensWant(d.TotalAssets))
	}
	inSources := new(big.Int)
	for i, o := range obs {
		got := in.Sources[i]
		if got.Name != o.Name || got.Source != o.Source || got.SupplyAPY != o.SupplyAPY || got.Assets != o.Assets.String() ||
			got.Share == nil || *got.Share != ratio(o.Assets, d.TotalAssets) || got.AssetsTokens == nil || *got.AssetsTokens != tokensWant(o.Assets) {
			t.Errorf("input %d: %+v, want %+v", i, got, o)
		}
		// μ is the forecast recorded with the decision, shown beside the
		// observed APY.
		if f := e.Forecast; f.Observed[i] == nil || *f.Observed[i] != o.SupplyAPY || d.Forecast != nil && f.Mu[i] != d.Forecast[i] {
			t.Errorf("source %d: μ %v, observed %v; want the recorded %v and %v", i, f.Mu, f.Observed[i], d.Forecast, o.SupplyAPY)
		}
		inSources.Add(inSources, o.Assets)
		r := e.Result[i]
		changeN := new(big.Int).Sub(d.Targets[i], o.Assets)
		change := changeN.String()
		if r.Source != d.Sources[i] || r.Name != o.Name || r.CurrentWeight != d.CurrentWeights[i] || r.TargetWeight != d.TargetWeights[i] ||
			r.TargetAssets != d.Targets[i].String() || r.CurrentAssets == nil || *r.CurrentAssets != o.Assets.String() ||
			r.Change == nil || *r.Change != change || r.CurrentAssetsTokens == nil || *r.CurrentAssetsTokens != tokensWant(o.Assets) ||
			r.TargetAssetsTokens == nil || *r.TargetAssetsTokens != tokensWant(d.Targets[i]) ||
			r.ChangeTokens == nil || *r.ChangeTokens != tokensWant(changeN) {
			t.Errorf("result %d: %+v, want %s %v → %v (%v, change %s)", i, r, d.Sources[i], d.CurrentWeights[i], d.TargetWeights[i], d.Targets[i], change)
		}
		if (r.RateModel == nil) != (d.RateModels == nil) || d.RateModels != nil && *r.RateModel != d.RateModels[i] {
			t.Errorf("result %d: rate model %v, want the recorded %v", i, r.RateModel, d.RateModels)
		}
	}
	if idle := new(big.Int).Sub(d.TotalAssets, inSources); in.Idle == nil || *in.Idle != idle.String() || in.IdleTokens == nil ||
		*in.IdleTokens != tokensWant(idle) {
		t.Errorf("idle %v (%v tokens), want %s", in.Idle, in.IdleTokens, idle)
	}
	if e.ExpectedGain != d.ExpectedGain || e.GasCost != d.GasCost || e.GasEstimate != d.GasEstimate {
		t.Errorf("gain %v, gas %d, cost %v; want %v, %d, %v", e.ExpectedGain, e.GasEstimate, e.GasCost, d.ExpectedGain, d.GasEstimate, d.GasCost)
	}
	if e.Config.DecisionConfigHash != d.ConfigHash || e.Config.DecisionApprovedHash != d.ApprovedHash {
		t.Errorf("config %+v, want %s / %s", e.Config, d.ConfigHash, d.ApprovedHash)
	}
	if f := e.Forecast; f.Model != d.ForecastModel || len(f.Mu) != len(d.Forecast) || (d.Forecast == nil) != (f.Mu == nil) {
		t.Errorf("forecast %q %v, want the recorded %q %v", f.Model, f.Mu, d.ForecastModel, d.Forecast)
	}
	if e.RLShadow == nil != (d.RLShadow == nil) || (d.RLShadow != nil && (e.RLShadow.Model != d.RLShadow.Model ||
		e.RLShadow.Evaluated != d.RLShadow.Evaluated || e.RLShadow.Reason != d.RLShadow.Reason)) {
		t.Errorf("RL shadow %+v, want %+v", e.RLShadow, d.RLShadow)
	}
}

// gainRule is the rule line explain must print for a gain-vs-gas decision.
func gainRule(d store.Decision, factor float64) string {
	th := factor * d.GasCost
	verdict := fmt.Sprintf("rebalance since %.6g > %.6g", d.ExpectedGain, th)
	if d.ExpectedGain <= th {
		verdict = fmt.Sprintf("hold since %.6g ≤ %.6g", d.ExpectedGain, th)
	}
	return fmt.Sprintf("expected gain %.6g vs gas cost %.6g × gain_factor %g = %.6g: %s", d.ExpectedGain, d.GasCost, factor, th, verdict)
}

func TestExplainRebalance(t *testing.T) {
	cfg, db, d, tx, obs := onceRebalance(t)
	running := configHash(t, cfg)

	e := readExplain(t, cfg)
	checkExplained(t, e, d, obs)
	r := e.Rule
	if r.Kind != "gain_vs_gas" || r.Text != gainRule(d, 3) || r.ExpectedGain == nil || *r.ExpectedGain != d.ExpectedGain ||
		r.GasCost == nil || *r.GasCost != d.GasCost || r.GainFactor == nil || *r.GainFactor != 3 || r.Threshold == nil ||
		*r.Threshold != 3*d.GasCost || !(d.ExpectedGain > *r.Threshold) || r.Follows == nil || !*r.Follows || r.Reason != d.Reason {
		t.Errorf("rule %+v, want %q", r, gainRule(d, 3))
	}
	if d.GasEstimate == 0 || e.ImpliedGasPriceGwei == nil ||
		math.Abs(*e.ImpliedGasPriceGwei*1e9*float64(d.GasEstimate)/1e18*3000-d.GasCost) > 1e-9*d.GasCost {
		t.Errorf("implied gas price %v gwei does not give gas cost %v for %d gas at eth_price 3000", e.ImpliedGasPriceGwei, d.GasCost, d.GasEstimate)
	}
	f := e.Forecast
	set := f.Settings
	if f.Strategy != "meanvar" || f.Model != "ewma half-life 2d" || f.HistoryTicks != 1 || f.Optimized == nil || !*f.Optimized ||
		!strings.Contains(f.MuSource, "recorded with the decision") || set.Forecaster != "ewma" || set.ForecastHalfLife != "2d" ||
		set.Window != "90d" || set.CovarianceHalfLife != "30d" || set.RiskAversion != 0 || set.CostHorizon != "3d" {
		t.Errorf("forecast %+v: the shipped settings, one tick of history on a fresh chain", f)
	}
	// The EWMA of one tick is the APY observed at it.
	for i, mu := range f.Mu {
		if mu != obs[i].SupplyAPY {
			t.Errorf("μ[%d] = %v from one tick, want the APY observed %v", i, mu, obs[i].SupplyAPY)
		}
	}
	if c := e.Config; c.DecisionConfigHash != running || c.CurrentFileHash != running || !c.CurrentFileMatches || c.RanApproved == nil || !*c.RanApproved {
		t.Errorf("config %+v, want all %s", c, running)
	}
	if len(e.Transactions) != 1 || e.Transactions[0].Hash != tx.Hash || e.Transactions[0].GasUsed != tx.GasUsed ||
		len(e.Sends) != 1 || e.Sends[0].Key != "rebalance/decision-1" || e.Sends[0].State != store.SendConfirmed ||
		len(e.Sends[0].Attempts) == 0 || e.Sends[0].TxHash != tx.Hash {
		t.Errorf("transactions %+v, sends %+v", e.Transactions, e.Sends)
	}

	// The default is the latest decision; the id may stand before or after the flags.
	def := keeperOK(t, "explain", "--json", "--config", cfg)
	id := strconv.FormatInt(d.ID, 10)
	for _, args := range [][]string{{"explain", id, "--json", "--config", cfg}, {"explain", "--config", cfg, "--json", id}} {
		if got := keeperOK(t, args...); got != def {
			t.Errorf("keeper %v differs from the default:\n%s\nvs\n%s", args, got, def)
		}
	}

	text := keeperOK(t, "explain", "--config", cfg)
	want := []string{
		fmt.Sprintf("decision %d at %s: rebalance", d.ID, d.Time.Format(time.RFC3339Nano)),
		"reason: " + d.Reason,
		"rule " + gainRule(d, 3),
		"gain_factor from the config file, whose governed hash is the decision's config_hash",
		fmt.Sprintf("history 1 tick(s) observed every source of this vault through tick %d", d.TickID),
		"model ewma half-life 2d (recorded with the decision)",
		"settings forecaster ewma, forecast_half_life 2d, window 90d",
		"Σ covariance of daily APY changes over the window, covariance_half_life 30d",
		"λ risk_aversion 0; costs amortised over cost_horizon 3d",
		fmt.Sprintf("expected yearly gain %.6g asset units", d.ExpectedGain),
		fmt.Sprintf("estimate %d gas, cost %.6g asset units", d.GasEstimate, d.GasCost),
		"ran under " + running,
		"config file " + running + " (equal to the decision's)",
		"RL shadow: none",
		"ASSETS, TOKENS (BASE UNITS, 6 DECIMALS)",
		"total " + cellWant(d.TotalAssets),
		"optimizer result (current → target; amounts in tokens, 6 decimals, base units in parentheses)",
		fmt.Sprintf("%s mined in block %d, gas used %d", tx.Hash, tx.Block, tx.GasUsed),
		"rebalance/decision-1: confirmed, 1 attempt(s)",
	}
	// The shipped embedded chain's ERC-4626 pool is quoted from its share
	// price: measured-only, capped, and the reason says so; the others are
	// exact.
	if len(d.RateModels) != len(obs) {
		t.Fatalf("rate models %v for %d sources", d.RateModels, len(obs))
	}
	measured := 0
	for i, o := range obs {
		want = append(want,
			fmt.Sprintf("%s %s %.3f %s", o.Name, o.Source, 100*o.SupplyAPY, cellWant(o.Assets)),
			fmt.Sprintf("%s %.4f %.4f %s %s %s %s", o.Name, 100*d.CurrentWeights[i], 100*d.TargetWeights[i], cellWant(o.Assets), cellWant(d.Targets[i]),
				cellWant(new(big.Int).Sub(d.Targets[i], o.Assets)), d.RateModels[i]))
		if d.RateModels[i] == "measured-only" {
			measured++
			want = append(want, o.Name+": rate after the move measured from the share price, not quoted",
				"note: "+o.Name+" is measured-only: its rate after a move is its target's past share-price growth, not a quote of the move")
		} else if d.RateModels[i] != "exact" {
			t.Errorf("source %s: rate model %q, want exact or measured-only", o.Name, d.RateModels[i])
		}
	}
	if measured != 1 {
		t.Errorf("rate models %v: want the one ERC-4626 pool measured-only", d.RateModels)
	}
	for _, w := range want {
		if !hasText(text, w) {
			t.Errorf("explain text lacks %q:\n%s", w, text)
		}
	}

	// Another config file on the same storage: the factor shown is that
	// file's, and explain says the decision may have run under another.
	other := testConfig(t, db, "")
	editConfig(t, other, "gain_factor: 3 ", "gain_factor: 5 ")
	e = readExplain(t, other)
	if e.Config.CurrentFileMatches || e.Config.CurrentFileHash == running || e.Rule.GainFactor == nil || *e.Rule.GainFactor != 5 ||
		*e.Rule.Threshold != 5*d.GasCost || e.Rule.Text != gainRule(d, 5) || !*e.Rule.Follows {
		t.Errorf("under gain_factor 5: config %+v, rule %+v", e.Config, e.Rule)
	}
	text = keeperOK(t, "explain", "--config", other)
	for _, w := range []string{"gain_factor shown is the config file's, whose governed hash is not the decision's config_hash: the one the decision ran under may differ",
		"(differs from the decision's)", "the decision ran under another governed config"} {
		if !hasText(text, w) {
			t.Errorf("explain under another file lacks %q:\n%s", w, text)
		}
	}
	// A factor under which the recorded action would not follow.
	editConfig(t, other, "gain_factor: 5 ", "gain_factor: 1e15 ")
	if e = readExplain(t, other); e.Rule.Follows == nil || *e.Rule.Follows || e.Rule.Text != gainRule(d, 1e15) {
		t.Errorf("under gain_factor 1e15: rule %+v", e.Rule)
	}
	if text = keeperOK(t, "explain", "--config", other); !hasText(text, "the recorded action was rebalance: with these numbers the rule says otherwise") {
		t.Errorf("explain under gain_factor 1e15:\n%s", text)
	}
}

func TestExplainDryRun(t *testing.T) {
	cfg, db := dryRunDB(t)
	d := recorded(t, db)[0].Decision
	if !d.DryRun || d.Action != store.ActionRebalance {
		t.Fatalf("dry run recorded %+v", d)
	}
	e := readExplain(t, cfg)
	checkExplained(t, e, d, observedAt(t, db, d.TickID, d.Vault))
	if e.Transactions == nil || len(e.Transactions) != 0 || e.Sends == nil || len(e.Sends) != 0 ||
		e.Rule.Kind != "gain_vs_gas" || e.Rule.Text != gainRule(d, 3) || !*e.Rule.Follows {
		t.Errorf("dry run: rule %+v, transactions %+v, sends %+v", e.Rule, e.Transactions, e.Sends)
	}
	text := keeperOK(t, "explain", "--config", cfg)
	for _, w := range []string{"rebalance (dry run: nothing sent)", "reason: dry run, nothing sent: ", "transactions: none", "sends: none", "rule " + gainRule(d, 3)} {
		if !hasText(text, w) {
			t.Errorf("explain of a dry run lacks %q:\n%s", w, text)
		}
	}
}

// Holds, each from a real tick: the gain below gas × factor, a move below
// min_move, and the RL model's own hold (its reason shown verbatim); and the
// RL shadow recorded beside a mean-variance decision.
func TestExplainHolds(t *testing.T) {
	model, err := filepath.Abs(filepath.Join("..", "..", "..", "optimizer", "rl", "testdata", "model_v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(raw)
	withModel := func(strategy string) []string {
		return []string{"strategy: meanvar ", "strategy: " + strategy + "\n    model_sha256: " + hex.EncodeToString(sum[:]) + "\n   ",
			"\nlocal:\n", "\nlocal:\n  model_file: " + strconv.Quote(model) + "\n"}
	}
	for _, tc := range []struct {
		name  string
		edit  []string
		check func(t *testing.T, e explainJSON, d store.Decision, text string)
	}{
		// With the strategy's switching costs at zero it moves, and the
		// node's gas estimate × the factor exceeds the gain.
		{"gain below gas cost × factor", []string{"gain_factor: 3 ", "gain_factor: 1e8 ", "gas_per_source: 135000 ", "gas_per_source: 0 ",
			"gas_per_tx: 200000 ", "gas_per_tx: 0 "}, func(t *testing.T, e explainJSON, d store.Decision, text string) {
			if d.Action != store.ActionHold || d.GasEstimate == 0 || d.ExpectedGain <= 0 {
				t.Fatalf("recorded %+v, want a hold after a gas estimate", d)
			}
			if e.Rule.Kind != "gain_vs_gas" || e.Rule.Text != gainRule(d, 1e8) || !strings.Contains(e.Rule.Text, "hold since") ||
				!*e.Rule.Follows || *e.Rule.Threshold != 1e8*d.GasCost || e.Forecast.Optimized == nil || len(e.Transactions) != 0 {
				t.Errorf("rule %+v", e.Rule)
			}
			if !hasText(text, "rule "+gainRule(d, 1e8)) {
				t.Errorf("text lacks the rule %q:\n%s", gainRule(d, 1e8), text)
			}
		}},
		{"move below min_move", []string{"min_move: 0.001 ", "min_move: 1 "}, func(t *testing.T, e explainJSON, d store.Decision, text string) {
			moved := 0.0
			for i := range d.Sources {
				moved = math.Max(moved, math.Abs(d.TargetWeights[i]-d.CurrentWeights[i]))
			}
			if d.Action != store.ActionHold || d.GasEstimate != 0 || moved == 0 {
				t.Fatalf("recorded %+v, want a hold whose targets moved", d)
			}
			want := fmt.Sprintf("largest weight move %.4g%% vs min_move 100%%: hold since %.4g%% < 100%%", 100*moved, 100*moved)
			if e.Rule.Kind != "min_move" || e.Rule.LargestMove == nil || *e.Rule.LargestMove != moved || *e.Rule.MinMove != 1 ||
				e.Rule.Text != want || !*e.Rule.Follows || e.Rule.GainFactor != nil {
				t.Errorf("rule %+v, want %q", e.Rule, want)
			}
			if !hasText(text, "rule "+want) || !hasText(text, "min_move from the config file") {
				t.Errorf("text lacks the rule %q:\n%s", want, text)
			}
		}},
		{"rl model holds", withModel("rl"), func(t *testing.T, e explainJSON, d store.Decision, text string) {
			if d.Action != store.ActionHold || !strings.HasPrefix(d.Reason, "rl/v1 holds") {
				t.Fatalf("recorded %+v, want the RL model's hold", d)
			}
			if e.Rule.Kind != "reason" || e.Rule.Text != d.Reason || e.Forecast.Strategy != "rl" || e.Forecast.Optimized != nil ||
				e.Forecast.Mu != nil || !strings.Contains(e.Forecast.MuSource, "under strategy rl the RL model decides") {
				t.Errorf("rule %+v, forecast %+v", e.Rule, e.Forecast)
			}
			if !hasText(text, "rule "+d.Reason) || !hasText(text, "targets the RL model's (local.model_file)") {
				t.Errorf("text:\n%s", text)
			}
		}},
		{"rl shadow", withModel("shadow"), func(t *testing.T, e explainJSON, d store.Decision, text string) {
			if d.RLShadow == nil || e.RLShadow == nil || e.Forecast.Strategy != "shadow" || e.Rule.Kind != "gain_vs_gas" || d.Forecast == nil {
				t.Fatalf("recorded shadow %+v and forecast %v, explained %+v", d.RLShadow, d.Forecast, e.RLShadow)
			}
			if !hasText(text, "RL shadow "+d.RLShadow.Model+": not evaluated") || !hasText(text, d.RLShadow.Reason) {
				t.Errorf("text lacks the shadow %+v:\n%s", d.RLShadow, text)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "keeper.db")
			cfg := testConfig(t, db, "")
			editConfig(t, cfg, tc.edit...)
			keeperOK(t, "once", "--config", cfg)
			d := recorded(t, db)[0].Decision
			e := readExplain(t, cfg)
			checkExplained(t, e, d, observedAt(t, db, d.TickID, d.Vault))
			tc.check(t, e, d, keeperOK(t, "explain", "--config", cfg))
		})
	}
}

// A daemon's ticks build the vault's APY history: explain counts the ticks
// the strategy had at each decision, as the store's APY history gives them,
// shows the forecast recorded with each, and status answers while the
// daemon writes.
func TestExplainCountsTheHistoryOfARunningKeeper(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the daemon for several ticks")
	}
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"run", "--config", cfg}, io.Discard, &stderr) }()
	deadline := time.After(2 * time.Minute)
	for n := 0; n < 4; {
		select {
		case code := <-done:
			t.Fatalf("keeper run exited %d early:\n%s", code, stderr.String())
		case <-deadline:
			t.Fatalf("fewer than 4 decisions within 2 minutes:\n%s", stderr.String())
		case <-time.After(250 * time.Millisecond):
		}
		if _, err := os.Stat(db); err == nil {
			n = len(recorded(t, db))
		}
	}
	if s := readStatus(t, cfg); len(s.Vaults) != 1 || s.Vaults[0].LastDecision == nil {
		t.Errorf("status while the daemon runs: %+v", s)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("keeper run exited %d:\n%s", code, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("keeper run did not stop within a minute")
	}

	h := recorded(t, db)
	d := h[0].Decision
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	hist, err := st.APYHistory(context.Background(), d.ChainID, d.Vault, d.Sources, 0)
	st.Close()
	if err != nil || len(hist) < 4 {
		t.Fatalf("APY history of %d ticks, %v", len(hist), err)
	}
	e := readExplain(t, cfg)
	checkExplained(t, e, d, observedAt(t, db, d.TickID, d.Vault))
	if f := e.Forecast; f.HistoryTicks != len(hist) || (d.Forecast != nil) != (f.Mu != nil) {
		t.Errorf("forecast %+v, want %d ticks of history and the recorded forecast %v", f, len(hist), d.Forecast)
	}
	want := fmt.Sprintf("history %d tick(s) observed every source of this vault through tick %d", len(hist), d.TickID)
	if text := keeperOK(t, "explain", "--config", cfg); !hasText(text, want) {
		t.Errorf("explain text lacks %q:\n%s", want, text)
	}
	// The first decision had one tick, and its forecast is what it observed.
	first := h[len(h)-1].Decision
	e = readExplain(t, cfg, strconv.FormatInt(first.ID, 10))
	if e.Decision.ID != first.ID || e.Forecast.HistoryTicks != 1 || len(e.Forecast.Mu) != len(first.Sources) {
		t.Fatalf("explain %d: forecast %+v", first.ID, e.Forecast)
	}
	for i, mu := range e.Forecast.Mu {
		if o := e.Forecast.Observed[i]; o == nil || mu != *o {
			t.Errorf("first decision: μ %v, observed %v", e.Forecast.Mu, e.Forecast.Observed)
		}
	}
}

func TestExplainBadArguments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	code, _, errb := keeperRun(t, "explain", "--config", cfg)
	if code != 1 || !strings.Contains(errb, "does not exist yet") || !strings.Contains(errb, db) {
		t.Errorf("explain without storage: exit %d, %s", code, errb)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{nil, 1, "no decision recorded yet"},
		{[]string{"999"}, 1, "no decision 999"},
		{[]string{"0"}, 2, `DECISION-ID "0": want a positive integer`},
		{[]string{"abc"}, 2, `DECISION-ID "abc"`},
		{[]string{"1.5"}, 2, `DECISION-ID "1.5"`},
		{[]string{"99999999999999999999"}, 2, `DECISION-ID "99999999999999999999"`},
		{[]string{"-3"}, 2, "-3"},
		{[]string{"1", "2"}, 2, `unexpected argument "2"`},
		{[]string{"--nope"}, 2, "-nope"},
	} {
		args := append([]string{"explain", "--config", cfg}, tc.args...)
		code, out, errb := keeperRun(t, args...)
		if code != tc.code || out != "" || !strings.Contains(errb, tc.want) {
			t.Errorf("keeper %v: exit %d (want %d), stdout %q, stderr %q (want %q)", args, code, tc.code, out, errb, tc.want)
		}
	}
	if code, _, errb := keeperRun(t, "explain", "--help"); code != 0 || !strings.Contains(errb, "covariance_half_life") {
		t.Errorf("explain --help: exit %d:\n%s", code, errb)
	}
}
