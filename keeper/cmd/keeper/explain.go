package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

const explainUsage = `usage: keeper explain [--config PATH] [--json] [DECISION-ID]

Explains one recorded decision (default: the configured vault's latest; ids
are those of keeper history) from what the history database holds:

  - inputs: each source's supply APY and assets at the decision's tick (the
    observations recorded with its tick_id), total assets, idle, block
  - the forecast the strategy used and the model that made it, as recorded
    with the decision: the mean-variance strategy (optimizer/strategy, the
    one keeper backtest measures) forecasts each source's APY from the ticks
    stored over governed.optimizer.window, dated by the blocks they observed
    (EWMA with weights halving every forecast_half_life of age, or the last
    APY), and weighs risk with the
    covariance of daily APY changes over the same window (half-life
    covariance_half_life); shown beside each source's APY at the tick, with
    the strategy's settings and how many ticks the vault had through the
    decision's tick. A decision that held before the strategy ran (or one
    recorded before forecasts were) has none
  - the optimizer's result: current → target weights and target amounts,
    and the quality of each source's rate-impact model (exact or
    measured-only, see rate_model below)
  - the expected yearly gain, the gas estimate and gas cost
  - the rule that made it rebalance or hold, computed from the stored
    numbers: gain vs gas cost × governed.rebalance.gain_factor when a gas
    estimate was made, the largest weight move vs governed.rebalance.min_move
    when the targets moved but no gas was estimated, and otherwise the
    recorded reason verbatim (unapproved config, paused vault, cooldown, an
    unfinished send, …). gain_factor, min_move, the strategy and its
    settings are the --config file's: when its governed hash is not the
    decision's config_hash they may differ from those the decision ran under,
    and the output says so
  - the config hash it ran under and the approved hash, the RL shadow (if
    any), the transactions and the sends with every attempt

flags:
  --config PATH  config file (default config.yaml)
  --json         print one JSON object instead of the explanation

Amounts are shown in tokens of the vault's asset with its decimals, base
units in parentheses: 1,000,000.000000 (1000000000000) for 6 decimals. The
decimals are those the decision recorded (read from the asset's decimals()
with the vault's state); for a decision recorded before they were, the
embedded chain's stablecoin has devchain.Decimals (6), and on an rpc chain
only base units are shown.

JSON fields (amounts are decimal strings in the asset's base units, each
with a *_tokens twin: the same amount in tokens as an exact decimal string,
e.g. "1000000.000000", null when the decimals are not known; APYs, weights
and shares fractions; gains and gas costs in whole asset units):
  decision        id, tick_id, time, chain_id, vault, block, action, dry_run, reason
  inputs          tick_id, time, block, asset_decimals (null if unknown),
                  total_assets, total_assets_tokens, idle, idle_tokens,
                  sources[] {name, source, assets, assets_tokens, supply_apy, share}
  forecast        strategy, model (the forecast model recorded with the
                  decision, "" when none), mu[] (the recorded forecast per
                  source, the decision's order; null when none), observed[]
                  (each source's supply APY at the tick, the same order; null
                  where not recorded), mu_source, settings {forecaster,
                  forecast_half_life, window, covariance_half_life,
                  risk_aversion, cost_horizon} (durations as "3d" or Go
                  durations), history_ticks (ticks that observed every source
                  through the decision's tick), optimized (true when the
                  stored numbers show the optimizer ran: targets moved or gas
                  was estimated; null when they cannot tell)
  result[]        name, source, current_weight, target_weight, current_assets,
                  current_assets_tokens, target_assets, target_assets_tokens,
                  change, change_tokens (target − current, signed),
                  rate_model (the quality of the source's rate-impact model
                  at the decision: "exact", the adapter quoted the
                  protocol's own rate after the move; "measured-only", it
                  quoted the target's past share price, so the optimizer
                  capped the vault's share of its pool at
                  governed.optimizer.measured_only_cap and the reason says
                  so; "unknown", an adapter the keeper does not know; null
                  when not recorded)
  expected_gain   yearly, with each source's quoted APY after the move
  gas_estimate    the node's estimate of the rebalance call (0: none made)
  gas_cost        gas_estimate × gas price × eth_price
  implied_gas_price_gwei  gas_cost / (gas_estimate × eth_price); null without an estimate
  rule            kind ("gain_vs_gas", "min_move", "reason" or "error"), text,
                  expected_gain, gas_cost, gain_factor, threshold (gain_vs_gas),
                  largest_move, min_move (min_move), follows (whether the
                  recorded action follows from these numbers), reason
  config          decision_config_hash, decision_approved_hash, ran_approved
                  (null when the approved hash was not read), current_file_hash,
                  current_file_matches
  rl_shadow       as keeper history --json; null when none
  transactions[]  as keeper history --json
  sends[]         as keeper history --json (state, attempts[])
`

// Rule kinds of keeper explain.
const (
	ruleGainVsGas = "gain_vs_gas"
	ruleMinMove   = "min_move"
	ruleReason    = "reason"
	ruleError     = "error"
)

type explainReport struct {
	Decision            explainDecision     `json:"decision"`
	Inputs              explainInputs       `json:"inputs"`
	Forecast            explainForecast     `json:"forecast"`
	Result              []explainResult     `json:"result"`
	ExpectedGain        float64             `json:"expected_gain"`
	GasEstimate         uint64              `json:"gas_estimate"`
	GasCost             float64             `json:"gas_cost"`
	ImpliedGasPriceGwei *float64            `json:"implied_gas_price_gwei"`
	Rule                explainRule         `json:"rule"`
	Config              explainConfig       `json:"config"`
	RLShadow            *store.RLShadow     `json:"rl_shadow"`
	Transactions        []store.Transaction `json:"transactions"`
	Sends               []store.SendRecord  `json:"sends"`

	ethPrice float64 // the --config file's, for the text
}

type explainDecision struct {
	ID      int64     `json:"id"`
	TickID  int64     `json:"tick_id"`
	Time    time.Time `json:"time"`
	ChainID uint64    `json:"chain_id"`
	Vault   string    `json:"vault"`
	Block   uint64    `json:"block"`
	Action  string    `json:"action"`
	DryRun  bool      `json:"dry_run"`
	Reason  string    `json:"reason"`
}

type explainInputs struct {
	TickID            int64          `json:"tick_id"`
	Time              *time.Time     `json:"time"`
	Block             uint64         `json:"block"`
	AssetDecimals     *uint8         `json:"asset_decimals"`
	TotalAssets       string         `json:"total_assets"`
	TotalAssetsTokens *string        `json:"total_assets_tokens"`
	Idle              *string        `json:"idle"`
	IdleTokens        *string        `json:"idle_tokens"`
	Sources           []sourceStatus `json:"sources"`
}

type explainForecast struct {
	Strategy     string          `json:"strategy"`
	Model        string          `json:"model"`
	Mu           []float64       `json:"mu"`
	Observed     []*float64      `json:"observed"`
	MuSource     string          `json:"mu_source"`
	Settings     explainStrategy `json:"settings"`
	HistoryTicks int             `json:"history_ticks"`
	Optimized    *bool           `json:"optimized"`
	names        []string        // per source, for the text
}

// explainStrategy is the mean-variance strategy's settings, durations as
// strategy.FormatDuration writes them.
type explainStrategy struct {
	Forecaster         string  `json:"forecaster"`
	ForecastHalfLife   string  `json:"forecast_half_life"`
	Window             string  `json:"window"`
	CovarianceHalfLife string  `json:"covariance_half_life"`
	RiskAversion       float64 `json:"risk_aversion"`
	CostHorizon        string  `json:"cost_horizon"`
}

type explainResult struct {
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
	// RateModel is the quality of the source's rate-impact model as the
	// decision recorded it; nil when not recorded.
	RateModel *string `json:"rate_model"`
}

type explainRule struct {
	Kind         string   `json:"kind"`
	Text         string   `json:"text"`
	ExpectedGain *float64 `json:"expected_gain,omitempty"`
	GasCost      *float64 `json:"gas_cost,omitempty"`
	GainFactor   *float64 `json:"gain_factor,omitempty"`
	Threshold    *float64 `json:"threshold,omitempty"`
	LargestMove  *float64 `json:"largest_move,omitempty"`
	MinMove      *float64 `json:"min_move,omitempty"`
	Follows      *bool    `json:"follows,omitempty"`
	Reason       string   `json:"reason"`
}

type explainConfig struct {
	DecisionConfigHash   string `json:"decision_config_hash"`
	DecisionApprovedHash string `json:"decision_approved_hash"`
	RanApproved          *bool  `json:"ran_approved"`
	CurrentFileHash      string `json:"current_file_hash"`
	CurrentFileMatches   bool   `json:"current_file_matches"`
}

// runExplain is `keeper explain`.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, cfgPath, asJSON := reportFlags("keeper explain", stderr)
	// The decision id may stand before, between or after the flags.
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stderr, explainUsage)
			return 0
		}
		fmt.Fprintf(stderr, "see %s --help\n", fs.Name())
		return 2
	}
	idArg := ""
	if fs.NArg() > 0 {
		idArg = fs.Arg(0)
		if code, ok := parseFlags(fs, fs.Args()[1:], explainUsage, stderr); !ok {
			return code
		}
	}
	var id int64
	if idArg != "" {
		n, err := strconv.ParseInt(idArg, 10, 64)
		if err != nil || n <= 0 {
			return exitCode(fs.Name(), badFlag("DECISION-ID %q: want a positive integer, a decision id of keeper history", idArg), stderr)
		}
		id = n
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return exitCode(fs.Name(), err, stderr)
	}
	rep, err := explain(ctx, cfg, id)
	if err == nil {
		err = printReport(stdout, *asJSON, rep, writeExplain)
	}
	return exitCode(fs.Name(), err, stderr)
}

// explain gathers everything recorded about decision id (0: the configured
// vault's latest) and derives its rule from the stored numbers.
func explain(ctx context.Context, cfg *config.Config, id int64) (*explainReport, error) {
	st, err := openHistory(ctx, cfg)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if id == 0 {
		ref, ok, err := configuredVault(ctx, st, cfg)
		if err != nil {
			return nil, err
		}
		var d store.Decision
		if ok {
			if d, ok, err = st.LastDecision(ctx, ref.ChainID, ref.Vault); err != nil {
				return nil, err
			}
		}
		if !ok {
			return nil, fmt.Errorf("no decision recorded yet in %s", storageShown(cfg))
		}
		id = d.ID
	}
	e, err := st.DecisionEntry(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no decision %d in %s", id, storageShown(cfg))
	}
	if err != nil {
		return nil, err
	}
	d := e.Decision
	obs, err := st.VaultObservations(ctx, d.TickID, d.ChainID, d.Vault)
	if err != nil {
		return nil, err
	}
	byAddr := make(map[string]store.Observation, len(obs))
	for _, o := range obs {
		byAddr[strings.ToLower(o.Source)] = o
	}

	running := cfg.GovernedHash()
	dec := assetDecimals(cfg, d)
	rep := &explainReport{
		Decision: explainDecision{ID: d.ID, TickID: d.TickID, Time: d.Time, ChainID: d.ChainID, Vault: d.Vault, Block: d.Block,
			Action: d.Action, DryRun: d.DryRun, Reason: d.Reason},
		Inputs: explainInputs{TickID: d.TickID, Block: d.Block, AssetDecimals: dec, TotalAssets: d.TotalAssets.String(),
			TotalAssetsTokens: tokens(d.TotalAssets, dec), Sources: []sourceStatus{}},
		Result:       make([]explainResult, len(d.Sources)),
		ExpectedGain: d.ExpectedGain, GasEstimate: d.GasEstimate, GasCost: d.GasCost,
		RLShadow: d.RLShadow, Transactions: e.Transactions, Sends: e.Sends,
		Config: explainConfig{DecisionConfigHash: d.ConfigHash, DecisionApprovedHash: d.ApprovedHash,
			CurrentFileHash: hexutil.Encode(running[:])},
		ethPrice: cfg.Rebalance.EthPrice,
	}
	rep.Config.CurrentFileMatches = strings.EqualFold(rep.Config.CurrentFileHash, d.ConfigHash)
	if d.ApprovedHash != "" {
		ok := strings.EqualFold(d.ConfigHash, d.ApprovedHash)
		rep.Config.RanApproved = &ok
	}

	// Inputs and result, in the decision's source order.
	inSources := new(big.Int)
	complete := len(d.Sources) > 0
	for i, src := range d.Sources {
		r := explainResult{Source: src, CurrentWeight: d.CurrentWeights[i], TargetWeight: d.TargetWeights[i],
			TargetAssets: d.Targets[i].String(), TargetAssetsTokens: tokens(d.Targets[i], dec)}
		if d.RateModels != nil {
			r.RateModel = &d.RateModels[i]
		}
		if o, ok := byAddr[strings.ToLower(src)]; ok {
			r.Name = o.Name
			change := new(big.Int).Sub(d.Targets[i], o.Assets)
			cur, ch := o.Assets.String(), change.String()
			r.CurrentAssets, r.Change = &cur, &ch
			r.CurrentAssetsTokens, r.ChangeTokens = tokens(o.Assets, dec), tokens(change, dec)
			inSources.Add(inSources, o.Assets)
			share := ratio(o.Assets, d.TotalAssets)
			rep.Inputs.Sources = append(rep.Inputs.Sources, sourceStatus{Name: o.Name, Source: o.Source, SupplyAPY: o.SupplyAPY,
				Assets: cur, AssetsTokens: r.CurrentAssetsTokens, Share: &share})
			if rep.Inputs.Time == nil {
				t := o.Time
				rep.Inputs.Time = &t
			}
		} else {
			complete = false
		}
		rep.Result[i] = r
	}
	if complete {
		idle := new(big.Int).Sub(d.TotalAssets, inSources)
		s := idle.String()
		rep.Inputs.Idle, rep.Inputs.IdleTokens = &s, tokens(idle, dec)
	}

	// The forecast: what the strategy recorded, beside what was observed.
	f := &rep.Forecast
	mv := cfg.Optimizer.MeanVar()
	f.Strategy, f.Model, f.Mu = cfg.Optimizer.Strategy, d.ForecastModel, d.Forecast
	f.Settings = explainStrategy{Forecaster: mv.Forecaster, ForecastHalfLife: strategy.FormatDuration(mv.HalfLife),
		Window: strategy.FormatDuration(mv.Window), CovarianceHalfLife: strategy.FormatDuration(mv.CovHalfLife),
		RiskAversion: mv.RiskAversion, CostHorizon: strategy.FormatDuration(mv.CostHorizon)}
	f.Observed, f.names = make([]*float64, len(d.Sources)), make([]string, len(d.Sources))
	for i, src := range d.Sources {
		f.names[i] = src
		if o, ok := byAddr[strings.ToLower(src)]; ok {
			apy := o.SupplyAPY
			f.Observed[i] = &apy
			if o.Name != "" {
				f.names[i] = o.Name
			}
		}
	}
	switch {
	case d.Forecast != nil:
		f.MuSource = "the strategy's forecast of each source's APY from the ticks stored over its window (by block time), recorded with the decision (optimizer/strategy)"
	case f.Strategy == config.StrategyRL:
		f.MuSource = "none: under strategy rl the RL model decides from its own daily samples of the history; no forecast is recorded"
	default:
		f.MuSource = "none recorded: the tick held or failed before the strategy forecast (see the reason), or the decision was recorded before forecasts were"
	}
	if len(d.Sources) > 0 && d.TickID != 0 {
		if f.HistoryTicks, err = st.TicksObservedThrough(ctx, d.ChainID, d.Vault, d.Sources, d.TickID); err != nil {
			return nil, err
		}
	}
	moved := largestMove(d)
	if d.GasEstimate > 0 || moved > 0 || d.Action == store.ActionRebalance {
		yes := true
		f.Optimized = &yes
	}
	if gas := float64(d.GasEstimate); gas > 0 && cfg.Rebalance.EthPrice > 0 {
		gwei := d.GasCost / (gas * cfg.Rebalance.EthPrice) * 1e18 / 1e9
		rep.ImpliedGasPriceGwei = &gwei
	}
	rep.Rule = decisionRule(d, moved, cfg.Rebalance)
	return rep, nil
}

// largestMove is the largest |target − current| weight of a decision, as
// the rebalancer compares it with rebalance.min_move.
func largestMove(d store.Decision) float64 {
	m := 0.0
	for i := range d.Sources {
		m = math.Max(m, math.Abs(d.TargetWeights[i]-d.CurrentWeights[i]))
	}
	return m
}

// decisionRule derives the rule that decided d from its stored numbers and
// the rebalance section rb (the --config file's).
func decisionRule(d store.Decision, moved float64, rb config.Rebalance) explainRule {
	r := explainRule{Reason: d.Reason}
	switch {
	case d.Action == store.ActionError:
		r.Kind, r.Text = ruleError, "the tick failed: "+d.Reason
	case d.Action == store.ActionRebalance || d.GasEstimate > 0:
		// The final check (rebalancer.Tick): rebalance only when the
		// expected yearly gain exceeds gas cost × gain_factor.
		g, c, fac := d.ExpectedGain, d.GasCost, rb.GainFactor
		th := fac * c
		rebalance := g > th
		r.Kind = ruleGainVsGas
		r.ExpectedGain, r.GasCost, r.GainFactor, r.Threshold = &g, &c, &fac, &th
		r.Text = fmt.Sprintf("expected gain %.6g vs gas cost %.6g × gain_factor %g = %.6g: ", g, c, fac, th)
		if rebalance {
			r.Text += fmt.Sprintf("rebalance since %.6g > %.6g", g, th)
		} else {
			r.Text += fmt.Sprintf("hold since %.6g ≤ %.6g", g, th)
		}
		follows := rebalance == (d.Action == store.ActionRebalance)
		r.Follows = &follows
	case moved > 0:
		// The targets moved but no gas was estimated: the move was below
		// rebalance.min_move.
		mm := rb.MinMove
		r.Kind = ruleMinMove
		r.LargestMove, r.MinMove = &moved, &mm
		if moved < mm {
			r.Text = fmt.Sprintf("largest weight move %.4g%% vs min_move %.4g%%: hold since %.4g%% < %.4g%%", 100*moved, 100*mm, 100*moved, 100*mm)
		} else {
			r.Text = fmt.Sprintf("largest weight move %.4g%% vs min_move %.4g%%: not below it, yet the decision held", 100*moved, 100*mm)
		}
		follows := moved < mm
		r.Follows = &follows
	default:
		r.Kind, r.Text = ruleReason, d.Reason
	}
	return r
}
