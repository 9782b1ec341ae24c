package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// runHistory is `keeper history` once main's run has parsed its flags and
// loaded the config (log is its logger); it returns the exit code: 2 for a
// usage error (no --vault, or an unknown one, when the config keeps several
// vaults), 1 for any other failure.
func runHistory(ctx context.Context, cfgPath, vault string, limit int, asJSON bool, log *slog.Logger, stdout, stderr io.Writer) int {
	v, err := oneViewedVault(cfgPath, vault)
	if err == nil {
		err = history(ctx, v, limit, asJSON, stdout)
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		return exitCode("keeper history", err, stderr)
	}
	log.Error("keeper history failed", "err", err)
	return 1
}

// history prints the vault's most recent limit decisions with their
// transactions and sends, newest first.
func history(ctx context.Context, v viewedVault, limit int, asJSON bool, stdout io.Writer) error {
	st, err := openHistory(ctx, v.Config)
	if err != nil {
		return err
	}
	defer st.Close()
	entries, err := v.history(ctx, st, limit)
	if err != nil {
		return err
	}
	if asJSON {
		if entries == nil {
			entries = []store.HistoryEntry{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(entries)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTIME\tBLOCK\tACTION\tGAIN/YR\tGAS COST\tTX\tSTATUS\tGAS USED\tSEND\tREASON")
	for _, e := range entries {
		d := e.Decision
		action := d.Action
		if d.DryRun {
			action += " (dry run)"
		}
		tx, status, gasUsed := "-", "-", "-"
		if n := len(e.Transactions); n > 0 {
			last := e.Transactions[n-1]
			tx, status, gasUsed = last.Hash, last.Status, fmt.Sprint(last.GasUsed)
		}
		send := "-"
		if n := len(e.Sends); n > 0 {
			// The journal's view: the last send's state and how many
			// attempts (fee bumps included) were signed for it.
			last := e.Sends[n-1]
			send = fmt.Sprintf("%s, %d attempt(s)", last.State, len(last.Attempts))
		}
		reason := d.Reason
		if sh := d.RLShadow; sh != nil {
			// optimizer.strategy shadow: what the RL model would have done.
			what := "hold"
			if sh.Trade {
				what = fmt.Sprintf("trade to %.4f, gain/yr %.2f", sh.TargetWeights, sh.ExpectedGain)
			}
			if !sh.Evaluated {
				what = "not evaluated"
			}
			reason += fmt.Sprintf(" [shadow %s: %s]", sh.Model, what)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%.2f\t%.4f\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Time.Format(time.DateTime), d.Block, action,
			d.ExpectedGain, d.GasCost, tx, status, gasUsed, send, strings.ReplaceAll(reason, "\n", " "))
	}
	return tw.Flush()
}
