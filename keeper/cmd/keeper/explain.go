package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	explainpkg "github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const explainUsage = `usage: keeper explain [--config PATH] [--vault NAME] [--json] [DECISION-ID]

Explains one recorded decision of one vault (default: its latest; ids are
those of keeper history, and must be that vault's) from what the history
database holds. A config that keeps several vaults (local.fleet.vaults)
needs --vault NAME to say which; the vault's own config file gives the
settings below:

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
    settings are the vault's config file's (--config's, or the file
    local.fleet.vaults lists for --vault): when its governed hash is not
    the decision's config_hash they may differ from those the decision ran
    under, and the output says so
  - the config hash it ran under and the approved hash, the RL shadow (if
    any), the transactions and the sends with every attempt

flags:
  --config PATH  config file (default config.yaml)
` + vaultFlagUsage + `
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

// runExplain is `keeper explain`.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, cfgPath, asJSON := reportFlags("keeper explain", stderr)
	vault := vaultFlag(fs)
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
	v, err := oneViewedVault(*cfgPath, *vault)
	if err != nil {
		return exitCode(fs.Name(), err, stderr)
	}
	rep, err := explain(ctx, v, id)
	if err == nil {
		err = printReport(stdout, *asJSON, rep, writeExplain)
	}
	return exitCode(fs.Name(), err, stderr)
}

// explain gathers everything recorded about decision id (0: the vault's
// latest), which must be one of the vault's, and derives its rule from the
// stored numbers and the vault's config (keeper/explain).
func explain(ctx context.Context, v viewedVault, id int64) (*explainReport, error) {
	st, err := openHistory(ctx, v.Config)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if id == 0 {
		ref, ok, err := v.locate(ctx, st)
		if err != nil {
			return nil, err
		}
		var d store.Decision
		if ok {
			if d, ok, err = st.LastDecision(ctx, ref.ChainID, ref.Vault); err != nil {
				return nil, fmt.Errorf("reading the last decision of vault %s: %w", v.Name, err)
			}
		}
		if !ok {
			return nil, fmt.Errorf("no decision recorded yet in %s", v.where())
		}
		id = d.ID
	}
	d, err := st.Decision(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no decision %d in %s", id, v.where())
	}
	if err != nil {
		return nil, err
	}
	if !v.owns(d) {
		return nil, fmt.Errorf("decision %d is not vault %s's: it is of vault %s on chain %d (see keeper history --vault)", id, v.Name, d.Vault, d.ChainID)
	}
	return explainpkg.Build(ctx, st, v.Config, id)
}

// The report's types, under the names this command's text and tests use.
type (
	explainReport   = explainpkg.Report
	explainConfig   = explainpkg.Config
	explainStrategy = explainpkg.Strategy
)

const (
	ruleGainVsGas = explainpkg.RuleGainVsGas
	ruleMinMove   = explainpkg.RuleMinMove
)
