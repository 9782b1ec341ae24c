package rebalancer

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// heartbeatDue reports whether the keeper should prove its liveness now.
func (r *Rebalancer) heartbeatDue(dryRun bool, st vaults.State) bool {
	return !dryRun && r.p.Signer != nil && st.HeartbeatDue() && !st.Failsafe
}

// heartbeatBlind runs when the vault could not be observed (cause): if the
// vault's few liveness fields can be read, the running config is the
// approved one and the heartbeat is due, it records an error decision
// saying so and sends the heartbeat, so an outage of the reads a decision
// needs does not hand the vault to the failsafe. Otherwise nothing is
// recorded or sent.
func (r *Rebalancer) heartbeatBlind(ctx context.Context, cause error) (Outcome, error) {
	if r.p.Signer == nil {
		return Outcome{}, nil
	}
	lv, err := r.vault.Liveness(ctx)
	if err != nil {
		return Outcome{}, nil // blind to liveness too: nothing can be proved
	}
	st := vaults.State{Vault: r.p.Vault, Block: lv.Block, BlockTime: lv.BlockTime, Keeper: lv.Keeper, Failsafe: lv.Failsafe,
		LivenessWindow: lv.LivenessWindow, LastKeeperActivity: lv.LastKeeperActivity}
	if !r.heartbeatDue(false, st) {
		return Outcome{}, nil
	}
	d := r.stateless("cannot decide (" + cause.Error() + "); the liveness heartbeat is due, sending it")
	d.Block = lv.Block
	if r.p.Approvals != nil {
		approved, err := r.p.Approvals.ApprovedHash(ctx)
		if err != nil || approved != r.p.ConfigHash {
			return Outcome{}, nil // under a config not known to be approved nothing is sent
		}
		d.ApprovedHash = hexutil.Encode(approved[:])
	}
	out, err := r.recordOnly(ctx, Outcome{State: st}, d)
	if err != nil {
		return out, err
	}
	return r.heartbeat(ctx, out)
}

// heartbeat proves the keeper is live on-chain when it has held for more
// than half the vault's liveness window, so the failsafe never fires
// against a healthy keeper that simply found nothing worth moving.
func (r *Rebalancer) heartbeat(ctx context.Context, out Outcome) (Outcome, error) {
	st := out.State
	if r.p.Signer.Address() != st.Keeper {
		return out, fmt.Errorf("heartbeat due but %w: signer %s, vault keeper %s", vaults.ErrNotKeeper, r.p.Signer.Address().Hex(), st.Keeper.Hex())
	}
	data, err := r.abi.Pack("heartbeat")
	if err != nil {
		return out, fmt.Errorf("encoding heartbeat: %w", err)
	}
	return r.transact(ctx, out, "heartbeat", data)
}

// send sends the recorded rebalance decision through the transaction
// manager and waits for it to be final.
// sendKey is the idempotency key of a decision's transaction.
func sendKey(what string, decision int64) string {
	return fmt.Sprintf("%s/decision-%d", what, decision)
}

// transact hands one vault call for the recorded decision to the
// transaction manager and waits up to rebalance.receipt_timeout for it to be
// final. A send still open after that stays in the journal, and the next
// tick finishes it before deciding anything new.
func (r *Rebalancer) transact(ctx context.Context, out Outcome, what string, data []byte) (Outcome, error) {
	d := out.Decision
	wctx, cancel := context.WithTimeout(ctx, r.p.Config.Rebalance.ReceiptTimeout.D())
	defer cancel()
	snd, err := r.txm.Send(wctx, txmgr.Request{Key: sendKey(what, d.ID), DecisionID: d.ID, To: r.p.Vault, Data: data})
	if rec, rerr := r.recordSend(ctx, snd); rerr != nil {
		return out, errors.Join(err, rerr)
	} else if rec != nil {
		out.Tx = rec
	}
	if err != nil {
		return out, fmt.Errorf("sending %s for decision %d: %w", what, d.ID, err)
	}
	r.p.Log.Info(what+" "+snd.State, "decision", d.ID, "tx", snd.TxHash, "block", snd.Block, "gas_used", snd.GasUsed)
	return out, nil
}

// recordSend writes a finished send's mined transaction to the history's
// transactions table (once per hash) and, the first time, counts it in the
// metrics with its receipt's gas used and effective gas price.
func (r *Rebalancer) recordSend(ctx context.Context, snd store.Send) (*store.Transaction, error) {
	if snd.TxHash == "" || snd.Open() || snd.DecisionID == 0 {
		return nil, nil
	}
	if err := r.settleSuperseded(ctx, snd); err != nil {
		return nil, err
	}
	status := store.StatusMined
	if snd.State == store.SendReverted {
		status = store.StatusReverted
	}
	if t, err := r.p.Store.Transaction(ctx, snd.TxHash); err == nil {
		if t.Status == status && t.Block == snd.Block {
			return &t, nil
		}
		// Recorded before a deep reorg re-opened the send: it is final again.
		if err := r.p.Store.UpdateTransaction(ctx, snd.TxHash, status, snd.GasUsed, snd.GasPrice, snd.Block, snd.Error); err != nil {
			return nil, fmt.Errorf("updating transaction %s: %w", snd.TxHash, err)
		}
		t.Status, t.Block, t.GasUsed, t.GasPrice, t.Error = status, snd.Block, snd.GasUsed, snd.GasPrice, snd.Error
		return &t, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	rec := store.Transaction{DecisionID: snd.DecisionID, Hash: snd.TxHash, Nonce: *snd.Nonce, GasUsed: snd.GasUsed,
		GasPrice: snd.GasPrice, Status: status, Block: snd.Block, Error: snd.Error, SentAt: snd.CreatedAt}
	id, err := r.p.Store.RecordTransaction(ctx, rec)
	if err != nil {
		return nil, fmt.Errorf("recording transaction %s: %w", snd.TxHash, err)
	}
	rec.ID = id
	if snd.State == store.SendConfirmed || snd.State == store.SendReverted {
		r.metrics.TxMined(snd.GasUsed, snd.GasPrice, snd.State == store.SendReverted)
	}
	return &rec, nil
}

// settleSuperseded ends, as failed, the history's transactions of the
// finished send snd other than its final one (snd.TxHash) that are still
// recorded as sent. Only a deep reorg leaves such a record: the dropped
// transaction goes back to sent, and when the re-opened send then ends on
// another attempt (the cancellation of a call that would now revert, or a
// fee bump of the re-sent one), that attempt holds the nonce, so the
// dropped one is not mined and never will be.
func (r *Rebalancer) settleSuperseded(ctx context.Context, snd store.Send) error {
	atts, err := r.p.Store.Attempts(ctx, snd.ID)
	if err != nil {
		return fmt.Errorf("reading the attempts of %s: %w", snd.Key, err)
	}
	for _, a := range atts {
		if strings.EqualFold(a.Hash, snd.TxHash) {
			continue
		}
		t, err := r.p.Store.Transaction(ctx, a.Hash)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		if t.Status != store.StatusSent {
			continue
		}
		why := fmt.Sprintf("replaced by %s (%s in block %d), which took its nonce", snd.TxHash, snd.State, snd.Block)
		if t.Error != "" {
			why = t.Error + "; " + why
		}
		if err := r.p.Store.UpdateTransaction(ctx, t.Hash, store.StatusFailed, 0, nil, 0, why); err != nil {
			return fmt.Errorf("recording transaction %s as replaced: %w", t.Hash, err)
		}
		r.p.Log.Warn("a transaction dropped by a reorg was replaced; recorded failed", "decision", snd.DecisionID,
			"tx", t.Hash, "replaced_by", snd.TxHash)
	}
	return nil
}

// resume finishes sends left open by earlier ticks. It returns descriptions
// of the sends still open afterwards and of those it finished ("" when none).
func (r *Rebalancer) resume(ctx context.Context) (pending, finished string, err error) {
	if r.txm == nil {
		return "", "", nil
	}
	// A reorg deeper than the confirmations may have moved or dropped a
	// send the history calls final: the history is corrected, and a dropped
	// send is open again (finished below like any other).
	reorged, err := r.txm.Recheck(ctx)
	if err != nil {
		return "", "", fmt.Errorf("re-checking finished sends against the chain: %w", err)
	}
	for _, g := range reorged {
		status, block, why := store.StatusSent, uint64(0), fmt.Sprintf("dropped by a reorg deeper than txmgr.confirmations (was in block %d); re-opened", g.WasBlock)
		if g.Moved {
			status, block, why = store.StatusMined, g.Send.Block, ""
			if g.Send.State == store.SendReverted {
				status = store.StatusReverted
			}
		}
		if err := r.p.Store.UpdateTransaction(ctx, g.WasHash, status, g.Send.GasUsed, g.Send.GasPrice, block, why); err != nil && !errors.Is(err, store.ErrNotFound) {
			return "", "", fmt.Errorf("correcting the history of %s after a deep reorg: %w", g.WasHash, err)
		}
	}
	from := r.p.Signer.Address().Hex()
	open, err := r.p.Store.OpenSends(ctx, r.chainID.Uint64(), from)
	if err != nil {
		return "", "", err
	}
	// A send finished by a keeper that stopped before recording it in the
	// history is recorded now.
	unrecorded, err := r.p.Store.UnrecordedSends(ctx, r.chainID.Uint64(), from)
	if err != nil {
		return "", "", err
	}
	// With a key shared by several vaults (Params.Senders) the journal
	// holds their sends too: this vault waits on its own (and on the
	// manager's transfers to itself, which fill nonce gaps), and the
	// manager drives whatever lies below them in nonce order.
	mine := func(s store.Send) bool {
		return strings.EqualFold(s.To, r.p.Vault.Hex()) || strings.EqualFold(s.To, from)
	}
	if open = slices.DeleteFunc(append(open, unrecorded...), func(s store.Send) bool { return !mine(s) }); len(open) == 0 {
		return "", "", nil
	}
	wctx, cancel := context.WithTimeout(ctx, r.p.Config.Rebalance.ReceiptTimeout.D())
	defer cancel()
	rerr := r.txm.ResumeFor(wctx, mine)
	var still, done []string
	for _, o := range open {
		snd, err := r.p.Store.SendByKey(ctx, o.Key)
		if err != nil {
			return "", "", err
		}
		if _, err := r.recordSend(ctx, snd); err != nil {
			return "", "", err
		}
		desc := fmt.Sprintf("%s (%s)", snd.Key, snd.State)
		if snd.Open() {
			still = append(still, desc)
		} else {
			done = append(done, desc)
		}
	}
	if len(still) == 0 {
		return "", strings.Join(done, ", "), nil
	}
	return strings.Join(still, ", "), strings.Join(done, ", "), rerr
}
