package main

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// writeExplain renders keeper explain's report for a terminal.
func writeExplain(w io.Writer, rep *explainReport) error {
	d := rep.Decision
	action := d.Action
	if d.DryRun {
		action += " (dry run: nothing sent)"
	}
	fmt.Fprintf(w, "decision %d at %s: %s\n", d.ID, d.Time.Format(time.RFC3339Nano), action)
	fmt.Fprintf(w, "  vault %s on chain %d, block %d, tick %d\n", d.Vault, d.ChainID, d.Block, d.TickID)
	fmt.Fprintf(w, "  reason: %s\n", strings.ReplaceAll(d.Reason, "\n", " "))

	in := rep.Inputs
	if len(in.Sources) == 0 {
		fmt.Fprintf(w, "\ninputs: no observations recorded with tick %d; total assets %s\n", in.TickID, amountText(in.TotalAssets, in.TotalAssetsTokens))
	} else {
		fmt.Fprintf(w, "\ninputs (observations of tick %d at %s, block %d)\n", in.TickID, in.Time.Format(time.RFC3339), in.Block)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(tw, "  SOURCE\tADAPTER\tAPY %%\t%s\tSHARE %%\n", amountsHeader(in.AssetDecimals))
		for _, s := range in.Sources {
			fmt.Fprintf(tw, "  %s\t%s\t%.3f\t%s\t%s\n", s.Name, s.Source, 100*s.SupplyAPY, amountCell(s.Assets, s.AssetsTokens), pct(s.Share))
		}
		if in.Idle != nil {
			idle, _ := new(big.Int).SetString(*in.Idle, 10)
			total, _ := new(big.Int).SetString(in.TotalAssets, 10)
			fmt.Fprintf(tw, "  idle\t\t\t%s\t%.2f\n", amountCell(*in.Idle, in.IdleTokens), 100*ratio(idle, total))
		}
		fmt.Fprintf(tw, "  total\t\t\t%s\n", amountCell(in.TotalAssets, in.TotalAssetsTokens))
		if err := tw.Flush(); err != nil {
			return err
		}
	}

	f := rep.Forecast
	fmt.Fprintf(w, "\nforecast (governed.optimizer.strategy %s%s)\n", f.Strategy, fileCaveat(rep.Config))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	switch f.Strategy {
	case config.StrategyRL:
		fmt.Fprintf(tw, "  targets\tthe RL model's (local.model_file), from its sampled APY history, rate quotes, caps and gas; the settings below are the mean-variance strategy's, unused\n")
	case config.StrategyShadow:
		fmt.Fprintf(tw, "  targets\tthe mean-variance strategy's; the RL model's decision is recorded beside it (RL shadow below)\n")
	}
	if f.Mu != nil {
		fmt.Fprintf(tw, "  model\t%s (recorded with the decision)\n", f.Model)
		mus := make([]string, len(f.Mu))
		for i, mu := range f.Mu {
			mus[i] = fmt.Sprintf("%s %.3f%%", f.Names[i], 100*mu)
			if o := f.Observed[i]; o != nil {
				mus[i] += fmt.Sprintf(" (observed %.3f%%)", 100**o)
			}
		}
		fmt.Fprintf(tw, "  μ\t%s\n", strings.Join(mus, ", "))
	} else {
		fmt.Fprintf(tw, "  μ\t%s\n", f.MuSource)
	}
	set := f.Settings
	fmt.Fprintf(tw, "  settings\tforecaster %s, forecast_half_life %s, window %s\n", set.Forecaster, set.ForecastHalfLife, set.Window)
	fmt.Fprintf(tw, "  Σ\tcovariance of daily APY changes over the window, covariance_half_life %s: pairwise from %d changes a pair, the variances alone with fewer\n",
		set.CovarianceHalfLife, strategy.CovMinObs)
	fmt.Fprintf(tw, "  history\t%d tick(s) observed every source of this vault through tick %d\n", f.HistoryTicks, d.TickID)
	fmt.Fprintf(tw, "  λ\trisk_aversion %g; costs amortised over cost_horizon %s\n", set.RiskAversion, set.CostHorizon)
	fmt.Fprintf(tw, "  also\trate impact from each source's supplyRateAfter quotes at block %d, caps, minimum idle, gas as switching cost, max turnover (not stored)\n", d.Block)
	if f.Optimized == nil {
		fmt.Fprintf(tw, "  note\tthe targets equal the current allocation and no gas was estimated: the stored numbers do not show whether the optimizer ran (the reason says why the tick held)\n")
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintf(w, "\noptimizer result (current → target; %s)\n", amountsNote(in.AssetDecimals))
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  SOURCE\tCURRENT %\tTARGET %\tCURRENT ASSETS\tTARGET ASSETS\tCHANGE\tRATE MODEL")
	for _, r := range rep.Result {
		name := r.Name
		if name == "" {
			name = r.Source
		}
		cur, change := "-", "-"
		if r.CurrentAssets != nil {
			cur = amountCell(*r.CurrentAssets, r.CurrentAssetsTokens)
		}
		if r.Change != nil {
			change = amountCell(*r.Change, r.ChangeTokens)
		}
		model := "not recorded"
		if r.RateModel != nil {
			model = *r.RateModel
		}
		fmt.Fprintf(tw, "  %s\t%.4f\t%.4f\t%s\t%s\t%s\t%s\n", name, 100*r.CurrentWeight, 100*r.TargetWeight, cur,
			amountCell(r.TargetAssets, r.TargetAssetsTokens), change, model)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rep.Result {
		if r.RateModel != nil && *r.RateModel == rebalancer.RateModelMeasuredOnly {
			name := r.Name
			if name == "" {
				name = r.Source
			}
			fmt.Fprintf(w, "  note: %s is measured-only: its rate after a move is its target's past share-price growth, not a quote of the move, "+
				"so the optimizer held the vault to governed.optimizer.measured_only_cap of its pool\n", name)
		}
	}

	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if rep.GasEstimate == 0 && rep.ExpectedGain == 0 && d.Action != store.ActionRebalance {
		fmt.Fprintf(tw, "\nexpected yearly gain\tnot computed: the tick held before pricing a move\n")
	} else {
		fmt.Fprintf(tw, "\nexpected yearly gain\t%.6g asset units (Σ target × the APY the source quoted after the move − current × current APY)\n", rep.ExpectedGain)
	}
	if rep.GasEstimate > 0 {
		gas := fmt.Sprintf("estimate %d gas, cost %.6g asset units", rep.GasEstimate, rep.GasCost)
		if p := rep.ImpliedGasPriceGwei; p != nil {
			gas += fmt.Sprintf(" (at eth_price %g: a gas price of %.6g gwei)", rep.EthPrice, *p)
		}
		fmt.Fprintf(tw, "gas\t%s\n", gas)
	} else {
		fmt.Fprintf(tw, "gas\tnot estimated (cost %.6g)\n", rep.GasCost)
	}
	fmt.Fprintf(tw, "rule\t%s\n", strings.ReplaceAll(rep.Rule.Text, "\n", " "))
	switch rep.Rule.Kind {
	case ruleGainVsGas, ruleMinMove:
		what := "gain_factor"
		if rep.Rule.Kind == ruleMinMove {
			what = "min_move"
		}
		if rep.Config.CurrentFileMatches {
			fmt.Fprintf(tw, "\t%s from the config file, whose governed hash is the decision's config_hash\n", what)
		} else {
			fmt.Fprintf(tw, "\t%s shown is the config file's, whose governed hash is not the decision's config_hash: the one the decision ran under may differ\n", what)
		}
		if f := rep.Rule.Follows; f != nil && !*f {
			fmt.Fprintf(tw, "\tthe recorded action was %s: with these numbers the rule says otherwise, so the decision ran under another %s\n", d.Action, what)
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	c := rep.Config
	fmt.Fprintf(w, "\nconfig hashes\n")
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "  ran under\t%s\n", orNone(c.DecisionConfigHash))
	approved := orNone(c.DecisionApprovedHash)
	if c.RanApproved != nil {
		if *c.RanApproved {
			approved += " (the decision ran under the approved config)"
		} else {
			approved += " (not the config it ran under: the keeper refused to send)"
		}
	} else {
		approved = "not read"
	}
	fmt.Fprintf(tw, "  approved\t%s\n", approved)
	same := "equal to the decision's"
	if !c.CurrentFileMatches {
		same = "differs from the decision's"
	}
	fmt.Fprintf(tw, "  config file\t%s (%s)\n", c.CurrentFileHash, same)
	if err := tw.Flush(); err != nil {
		return err
	}

	if sh := rep.RLShadow; sh != nil {
		what := "hold"
		switch {
		case !sh.Evaluated:
			what = "not evaluated"
		case sh.Trade:
			what = fmt.Sprintf("trade to %.4f, expected yearly gain %.6g", sh.TargetWeights, sh.ExpectedGain)
		}
		fmt.Fprintf(w, "\nRL shadow %s: %s (trade probability %.3f): %s\n", sh.Model, what, sh.TradeProb, sh.Reason)
	} else {
		fmt.Fprintf(w, "\nRL shadow: none\n")
	}

	if len(rep.Transactions) == 0 {
		fmt.Fprintf(w, "transactions: none\n")
	} else {
		fmt.Fprintf(w, "transactions\n")
	}
	for _, t := range rep.Transactions {
		price := "unknown"
		if t.GasPrice != nil {
			price = t.GasPrice.String() + " wei"
		}
		fmt.Fprintf(w, "  %s %s in block %d, gas used %d, gas price %s\n", t.Hash, t.Status, t.Block, t.GasUsed, price)
	}
	if len(rep.Sends) == 0 {
		fmt.Fprintf(w, "sends: none\n")
	} else {
		fmt.Fprintf(w, "sends\n")
	}
	for _, s := range rep.Sends {
		fmt.Fprintf(w, "  %s: %s, %d attempt(s)\n", s.Key, s.State, len(s.Attempts))
		for _, a := range s.Attempts {
			fmt.Fprintf(w, "    %s nonce %d %s, signed %s\n", a.Hash, a.Nonce, a.State, a.SignedAt.Format(time.RFC3339))
		}
	}
	return nil
}

// fileCaveat notes, after a governed setting, whether it is the one the
// decision ran under.
func fileCaveat(c explainConfig) string {
	if c.CurrentFileMatches {
		return ", the config file's, which the decision ran under"
	}
	return ", the config file's; the decision ran under another governed config and may have used another"
}

// amountsNote says how a table's amountCells read.
func amountsNote(decimals *uint8) string {
	if decimals == nil {
		return "amounts in base units: the asset's decimals are not recorded"
	}
	return fmt.Sprintf("amounts in tokens, %d decimals, base units in parentheses", *decimals)
}
