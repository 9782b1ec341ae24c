// Package explain builds the explanation of one recorded decision, as
// `keeper explain` prints it and the transparency page (keeper/web) serves
// it: its inputs, the forecast and model, the optimizer's result, gain
// versus gas, the rule that decided and the config hashes, from what the
// history database (keeper/store) holds.
package explain

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// Source is one source at a tick: its assets in base units and tokens, its
// supply APY and its share of total assets (nil when the total is unknown).
type Source struct {
	Name         string   `json:"name"`
	Source       string   `json:"source"`
	Assets       string   `json:"assets"`
	AssetsTokens *string  `json:"assets_tokens"`
	SupplyAPY    float64  `json:"supply_apy"`
	Share        *float64 `json:"share"`
}

// Rule kinds of keeper explain.
const (
	RuleGainVsGas = "gain_vs_gas"
	RuleMinMove   = "min_move"
	RuleReason    = "reason"
	RuleError     = "error"
	// RuleForced: the allocation was outside the vault's bounds (a cap
	// lowered under a position, idle drained), so the rebalancer moved
	// toward them whatever the move earned; gain versus gas did not decide.
	RuleForced = "forced"
)

// forcedRE finds the rebalancer's mark of a forced move in a decision's
// reason: "forced: " at its start or after a prefix ("dry run, nothing
// sent: ", a model's tag "rl/v1: ").
var forcedRE = regexp.MustCompile(`(^|: )forced: `)

// Forced reports whether the rebalancer recorded d as a forced move
// (rebalancer.Tick: the strategy's result was outside the vault's bounds).
func Forced(d store.Decision) bool {
	return d.Action == store.ActionRebalance && forcedRE.MatchString(d.Reason)
}

type Report struct {
	Decision            Decision            `json:"decision"`
	Inputs              Inputs              `json:"inputs"`
	Forecast            Forecast            `json:"forecast"`
	Result              []Result            `json:"result"`
	ExpectedGain        float64             `json:"expected_gain"`
	GasEstimate         uint64              `json:"gas_estimate"`
	GasCost             float64             `json:"gas_cost"`
	ImpliedGasPriceGwei *float64            `json:"implied_gas_price_gwei"`
	Rule                Rule                `json:"rule"`
	Config              Config              `json:"config"`
	RLShadow            *store.RLShadow     `json:"rl_shadow"`
	Transactions        []store.Transaction `json:"transactions"`
	Sends               []store.SendRecord  `json:"sends"`

	// EthPrice is the config's rebalance.eth_price, for the text.
	EthPrice float64 `json:"-"`
}

type Decision struct {
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

type Inputs struct {
	TickID            int64      `json:"tick_id"`
	Time              *time.Time `json:"time"`
	Block             uint64     `json:"block"`
	AssetDecimals     *uint8     `json:"asset_decimals"`
	TotalAssets       string     `json:"total_assets"`
	TotalAssetsTokens *string    `json:"total_assets_tokens"`
	Idle              *string    `json:"idle"`
	IdleTokens        *string    `json:"idle_tokens"`
	Sources           []Source   `json:"sources"`
}

type Forecast struct {
	Strategy     string     `json:"strategy"`
	Model        string     `json:"model"`
	Mu           []float64  `json:"mu"`
	Observed     []*float64 `json:"observed"`
	MuSource     string     `json:"mu_source"`
	Settings     Strategy   `json:"settings"`
	HistoryTicks int        `json:"history_ticks"`
	Optimized    *bool      `json:"optimized"`
	Names        []string   `json:"-"` // per source, for the text
}

// Strategy is the mean-variance strategy's settings, durations as
// strategy.FormatDuration writes them.
type Strategy struct {
	Forecaster         string  `json:"forecaster"`
	ForecastHalfLife   string  `json:"forecast_half_life"`
	Window             string  `json:"window"`
	CovarianceHalfLife string  `json:"covariance_half_life"`
	RiskAversion       float64 `json:"risk_aversion"`
	CostHorizon        string  `json:"cost_horizon"`
}

type Result struct {
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

type Rule struct {
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

type Config struct {
	DecisionConfigHash   string `json:"decision_config_hash"`
	DecisionApprovedHash string `json:"decision_approved_hash"`
	RanApproved          *bool  `json:"ran_approved"`
	CurrentFileHash      string `json:"current_file_hash"`
	CurrentFileMatches   bool   `json:"current_file_matches"`
}

// Build gathers everything st records about decision id and derives its
// rule from the stored numbers and cfg (the config whose rebalance and
// optimizer settings the explanation quotes). A missing decision is an
// error matching store.ErrNotFound.
func Build(ctx context.Context, st *store.Store, cfg *config.Config, id int64) (*Report, error) {
	e, err := st.DecisionEntry(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("explaining decision %d: %w", id, err)
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
	dec := AssetDecimals(cfg, d)
	rep := &Report{
		Decision: Decision{ID: d.ID, TickID: d.TickID, Time: d.Time, ChainID: d.ChainID, Vault: d.Vault, Block: d.Block,
			Action: d.Action, DryRun: d.DryRun, Reason: d.Reason},
		Inputs: Inputs{TickID: d.TickID, Block: d.Block, AssetDecimals: dec, TotalAssets: d.TotalAssets.String(),
			TotalAssetsTokens: Tokens(d.TotalAssets, dec), Sources: []Source{}},
		Result:       make([]Result, len(d.Sources)),
		ExpectedGain: d.ExpectedGain, GasEstimate: d.GasEstimate, GasCost: d.GasCost,
		RLShadow: d.RLShadow, Transactions: e.Transactions, Sends: e.Sends,
		Config: Config{DecisionConfigHash: d.ConfigHash, DecisionApprovedHash: d.ApprovedHash,
			CurrentFileHash: hexutil.Encode(running[:])},
		EthPrice: cfg.Rebalance.EthPrice,
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
		r := Result{Source: src, CurrentWeight: d.CurrentWeights[i], TargetWeight: d.TargetWeights[i],
			TargetAssets: d.Targets[i].String(), TargetAssetsTokens: Tokens(d.Targets[i], dec)}
		if d.RateModels != nil {
			r.RateModel = &d.RateModels[i]
		}
		if o, ok := byAddr[strings.ToLower(src)]; ok {
			r.Name = o.Name
			change := new(big.Int).Sub(d.Targets[i], o.Assets)
			cur, ch := o.Assets.String(), change.String()
			r.CurrentAssets, r.Change = &cur, &ch
			r.CurrentAssetsTokens, r.ChangeTokens = Tokens(o.Assets, dec), Tokens(change, dec)
			inSources.Add(inSources, o.Assets)
			share := Ratio(o.Assets, d.TotalAssets)
			rep.Inputs.Sources = append(rep.Inputs.Sources, Source{Name: o.Name, Source: o.Source, SupplyAPY: o.SupplyAPY,
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
		rep.Inputs.Idle, rep.Inputs.IdleTokens = &s, Tokens(idle, dec)
	}

	// The forecast: what the strategy recorded, beside what was observed.
	f := &rep.Forecast
	mv := cfg.Optimizer.MeanVar()
	f.Strategy, f.Model, f.Mu = cfg.Optimizer.Strategy, d.ForecastModel, d.Forecast
	f.Settings = Strategy{Forecaster: mv.Forecaster, ForecastHalfLife: strategy.FormatDuration(mv.HalfLife),
		Window: strategy.FormatDuration(mv.Window), CovarianceHalfLife: strategy.FormatDuration(mv.CovHalfLife),
		RiskAversion: mv.RiskAversion, CostHorizon: strategy.FormatDuration(mv.CostHorizon)}
	f.Observed, f.Names = make([]*float64, len(d.Sources)), make([]string, len(d.Sources))
	for i, src := range d.Sources {
		f.Names[i] = src
		if o, ok := byAddr[strings.ToLower(src)]; ok {
			apy := o.SupplyAPY
			f.Observed[i] = &apy
			if o.Name != "" {
				f.Names[i] = o.Name
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
	moved := LargestMove(d)
	if d.GasEstimate > 0 || moved > 0 || d.Action == store.ActionRebalance {
		yes := true
		f.Optimized = &yes
	}
	if gas := float64(d.GasEstimate); gas > 0 && cfg.Rebalance.EthPrice > 0 {
		gwei := d.GasCost / (gas * cfg.Rebalance.EthPrice) * 1e18 / 1e9
		rep.ImpliedGasPriceGwei = &gwei
	}
	rep.Rule = DecisionRule(d, moved, cfg.Rebalance)
	return rep, nil
}

// LargestMove is the largest |target − current| weight of a decision, as
// the rebalancer compares it with rebalance.min_move.
func LargestMove(d store.Decision) float64 {
	m := 0.0
	for i := range d.Sources {
		m = math.Max(m, math.Abs(d.TargetWeights[i]-d.CurrentWeights[i]))
	}
	return m
}

// DecisionRule derives the rule that decided d from its stored numbers and
// the rebalance section rb (the --config file's).
func DecisionRule(d store.Decision, moved float64, rb config.Rebalance) Rule {
	r := Rule{Reason: d.Reason}
	switch {
	case d.Action == store.ActionError:
		r.Kind, r.Text = RuleError, "the tick failed: "+d.Reason
	case Forced(d):
		// Outside the vault's bounds the rebalancer moves whatever the move
		// earns (strategy.Gate.Worth with forced): gain versus gas is
		// reported, not applied.
		g, c := d.ExpectedGain, d.GasCost
		r.Kind, r.ExpectedGain, r.GasCost = RuleForced, &g, &c
		why := d.Reason[forcedRE.FindStringIndex(d.Reason)[1]:]
		r.Text = fmt.Sprintf("rebalance forced: the allocation was outside the vault's bounds, so it moved whatever the move earned "+
			"(expected gain %.6g, gas cost %.6g; gain versus gas did not apply): %s", g, c, why)
		follows := true
		r.Follows = &follows
	case d.Action == store.ActionRebalance || d.GasEstimate > 0:
		// The final check (rebalancer.Tick): rebalance only when the
		// expected yearly gain exceeds gas cost × gain_factor.
		g, c, fac := d.ExpectedGain, d.GasCost, rb.GainFactor
		th := fac * c
		rebalance := g > th
		r.Kind = RuleGainVsGas
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
		r.Kind = RuleMinMove
		r.LargestMove, r.MinMove = &moved, &mm
		if moved < mm {
			r.Text = fmt.Sprintf("largest weight move %.4g%% vs min_move %.4g%%: hold since %.4g%% < %.4g%%", 100*moved, 100*mm, 100*moved, 100*mm)
		} else {
			r.Text = fmt.Sprintf("largest weight move %.4g%% vs min_move %.4g%%: not below it, yet the decision held", 100*moved, 100*mm)
		}
		follows := moved < mm
		r.Follows = &follows
	default:
		r.Kind, r.Text = RuleReason, d.Reason
	}
	return r
}
