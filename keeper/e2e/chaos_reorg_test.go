package e2e

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// chaosConfirmations is governed.txmgr.confirmations in newEnv's config.
const chaosConfirmations = 2

// confirmedRebalance is a rebalance the keeper logged as confirmed.
type confirmedRebalance struct {
	decision int64
	hash     common.Hash
	block    uint64
	nonce    uint64
}

// lastConfirmed returns the last rebalance the keeper logged confirmed
// at or after from.
func lastConfirmed(k *keeperRun, from time.Time) (confirmedRebalance, bool) {
	var r confirmedRebalance
	ok := false
	for _, l := range k.logLines("rebalance confirmed") {
		if at, err := time.Parse(time.RFC3339Nano, fmt.Sprint(l["time"])); err != nil || at.Before(from) {
			continue
		}
		id, _ := l["decision"].(float64)
		block, _ := l["block"].(float64)
		r, ok = confirmedRebalance{decision: int64(id), hash: common.HexToHash(fmt.Sprint(l["tx"])), block: uint64(block)}, true
	}
	return r, ok
}

// reorgKind is what a deep reorg does to the keeper's confirmed rebalance.
type reorgKind int

const (
	// reorgDropped: the replacement blocks are empty; the rebalance is gone.
	reorgDropped reorgKind = iota
	// reorgMoved: the replacement blocks carry the rebalance one block later.
	reorgMoved
	// reorgReverts: the rebalance is gone and the replacement blocks carry
	// the guardian's pause of the vault, so the rebalance would now revert.
	reorgReverts
	// reorgUnderNext: the rebalance is gone while the keeper's next one
	// waits in the node's pool at the nonce above, which cannot be mined
	// until the dropped one is re-sent (the node does not put it back).
	reorgUnderNext
)

var reorgKinds = []reorgKind{reorgDropped, reorgMoved, reorgReverts, reorgUnderNext}

func (k reorgKind) String() string {
	return [...]string{"dropped", "moved", "reverts", "dropped under the next send"}[k]
}

// deepReorg has the keeper's rebalance confirmed, then replaces its block
// and every later one (a reorg deeper than the confirmations) with
// anvil_reorg, the miner paused (see reorgKind). The keeper must see it: a
// moved send is recorded in its new block; a dropped one is re-opened
// (/healthz 503, and the history saying so, until it is final again) and
// re-sent, or cancelled if it would now revert; then it must recover
// within recoveryTicks.
func (c *chaosRun) deepReorg(round int, kind reorgKind) {
	t, e := c.t, c.e
	t.Helper()
	ctx := context.Background()
	target := c.confirmedAlone()
	var next string // reorgUnderNext: the key of the keeper's next send
	deposited := new(big.Int)
	if kind == reorgUnderNext {
		next = c.nextSendPending(target, deposited)
	}
	head, err := e.chain.Client.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The replacement blocks start at target.block.
	depth := head - target.block + 1
	pairs := []any{}
	switch kind {
	case reorgMoved:
		tx, _, err := e.chain.Client.TransactionByHash(ctx, target.hash)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := tx.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		pairs = append(pairs, []any{hexutil.Encode(raw), 1})
	case reorgReverts:
		pairs = append(pairs, []any{e.guardianTx(true), 0})
	}
	e.anvil.Call(t, nil, "anvil_reorg", depth, pairs)
	reorgAt := time.Now()
	rcpt, err := e.chain.Client.TransactionReceipt(ctx, target.hash)
	switch {
	case kind == reorgMoved && (err != nil || rcpt.BlockNumber.Uint64() != target.block+1):
		t.Fatalf("after the reorg the rebalance %s: receipt %+v, %v; want it in block %d", target.hash.Hex(), rcpt, err, target.block+1)
	case kind != reorgMoved && !errors.Is(err, ethereum.NotFound):
		t.Fatalf("after the reorg the rebalance %s: receipt %+v, %v; want it dropped", target.hash.Hex(), rcpt, err)
	}
	prefix := fmt.Sprintf("reorg    round %d: depth %d (confirmations %d), rebalance %s (block %d) %s", round, depth,
		chaosConfirmations, short(target.hash), target.block, kind)
	gapSeen := ""
	if kind == reorgUnderNext {
		// The deposit the next rebalance was decided on is gone with the
		// blocks: it is made again. (That rebalance may still revert once
		// mined, e.g. within the vault's cooldown of the re-mined one: the
		// keeper does not re-simulate a later send it has broadcast.)
		e.depositAmount(deposited)
		// The tick waiting on the next send stops waiting.
		waitFor(t, "the keeper to stop waiting above the unused nonce", recoveryTickTime, func() bool {
			c.alive("the deep reorg")
			for _, l := range c.k.logLines(gapMsg) {
				when, err := time.Parse(time.RFC3339Nano, fmt.Sprint(l["time"]))
				if err == nil && !when.Before(reorgAt) && l["key"] == next {
					return true
				}
			}
			return false
		})
		gapSeen = fmt.Sprintf("; the tick waiting on %s stopped in %s", next, time.Since(reorgAt).Round(100*time.Millisecond))
	}

	if kind == reorgMoved {
		// Recheck records it where it now is; nothing is re-opened. Then
		// the chain goes on.
		line := c.waitReorgLog("a confirmed send moved in a reorg deeper than the confirmations", target, reorgAt)
		detected := time.Since(reorgAt)
		if nb, _ := line["block"].(float64); uint64(nb) != target.block+1 {
			t.Errorf("the keeper says the moved send is in block %v, the chain has it in %d", line["block"], target.block+1)
		}
		e.deposit(3)
		c.m.resume()
		back := time.Now()
		c.checkTxRecorded(target.hash, target.block+1)
		rec := c.recover("deep reorg (moved)", back)
		c.logf("%s to block %d; seen in %s; %s", prefix, target.block+1, detected.Round(100*time.Millisecond), rec)
		return
	}

	// Gone, and no block is mined yet: the keeper re-opens the send (and
	// re-sends it, or cancels it), /healthz alarms, and the history says
	// the rebalance is not mined.
	c.waitReorgLog("a reorg deeper than the confirmations dropped a confirmed send; re-opening it", target, reorgAt)
	detected := time.Since(reorgAt)
	waitFor(t, "/healthz 503 after the deep reorg", 10*time.Second, func() bool {
		st, body := probe(c.metricsAddr, "/healthz")
		return st == http.StatusServiceUnavailable && strings.Contains(body, "reorg deeper than the confirmations")
	})
	// (The keeper corrects the history once the re-check is done; no block
	// is mined meanwhile, so the send cannot be final again yet.)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		tx, ok := e.historyTx(target.hash)
		if ok && tx.Status == "sent" && strings.Contains(tx.Error, "dropped by a reorg") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the deep reorg the history has %s as %+v, want sent, dropped by a reorg", short(target.hash), tx)
		}
	}
	if kind == reorgReverts {
		waitFor(t, "the keeper cancelling the re-opened send", recoveryTickTime, func() bool {
			k := c.k.logLines("cancelling a send: a zero-value transfer to itself takes its nonce")
			return len(k) > 0 && strings.Contains(fmt.Sprint(k[len(k)-1]["reason"]), "would now revert")
		})
	}
	// The chain goes on: the send is final again, where the chain has it.
	if kind == reorgDropped {
		e.deposit(3) // its blocks carry the re-sent transaction
	}
	c.m.resume()
	var final sendRecord
	waitFor(t, "the re-opened send final again", recoveryTicks*recoveryTickTime, func() bool {
		c.alive("the deep reorg")
		snd, ok := e.sendOf(target.hash)
		final = snd
		return ok && (snd.State == "confirmed" || snd.State == "reverted")
	})
	if next != "" {
		var snd sendRecord
		waitFor(t, "the next send final", recoveryTicks*recoveryTickTime, func() bool {
			c.alive("the deep reorg")
			var ok bool
			snd, ok = e.sendByKey(next)
			return ok && (snd.State == "confirmed" || snd.State == "reverted")
		})
		h := common.HexToHash(snd.TxHash)
		rcpt, err := e.chain.Client.TransactionReceipt(ctx, h)
		if err != nil {
			t.Fatalf("the next send's transaction %s: %v", h.Hex(), err)
		}
		c.checkTxRecorded(h, rcpt.BlockNumber.Uint64())
		gapSeen += fmt.Sprintf(", then %s %s in block %d", snd.State, short(h), rcpt.BlockNumber)
	}
	finalHash := common.HexToHash(final.TxHash)
	rcpt, err = e.chain.Client.TransactionReceipt(ctx, finalHash)
	if err != nil {
		t.Fatalf("the re-opened send's transaction %s: %v", finalHash.Hex(), err)
	}
	c.checkTxRecorded(finalHash, rcpt.BlockNumber.Uint64())
	what := fmt.Sprintf("re-mined in block %d", rcpt.BlockNumber)
	if finalHash != target.hash {
		what = fmt.Sprintf("cancelled by %s in block %d", short(finalHash), rcpt.BlockNumber)
		// The rebalance itself is not mined and never will be (its nonce
		// is the cancellation's): the history must not show it as sent.
		if tx, ok := e.historyTx(target.hash); ok && tx.Status != "failed" {
			t.Errorf("the rebalance %s, replaced by the cancellation %s, is in the history as %s (%q); want failed",
				short(target.hash), short(finalHash), tx.Status, tx.Error)
		}
	}
	if kind == reorgReverts {
		if final.State != "reverted" || finalHash == target.hash {
			t.Errorf("the re-opened send is %s with %s; want it reverted, cancelled", final.State, short(finalHash))
		}
		// The guardian lifts the pause; the keeper acts again.
		c.m.pause()
		unpause := e.signedGuardianTx(false)
		if err := e.chain.Mine(ctx, "unpausing", unpause, e.chain.Client.SendTransaction(ctx, unpause)); err != nil {
			t.Fatal(err)
		}
		e.deposit(3)
		c.m.resume()
	}
	rec := c.recover("deep reorg ("+kind.String()+")", time.Now())
	c.logf("%s, %s; re-opened in %s, /healthz 503 until final%s; %s", prefix, what, detected.Round(100*time.Millisecond),
		gapSeen, rec)
}

// gapMsg is the keeper's log message when a send waits above a nonce the
// chain has not used and no open send holds.
const gapMsg = "not waiting: a lower nonce is unused on chain and no open send holds it (a transaction of ours left the chain)"

// nextSendPending has the keeper broadcast its next send after target, the
// miner paused, and returns its key: it waits in the node's pool at
// target's nonce + 1. Deposits (whose sum it adds to deposited), each past
// the vault's cooldown, make a rebalance warranted; with the market still,
// the optimizer may want more than one.
func (c *chaosRun) nextSendPending(target confirmedRebalance, deposited *big.Int) string {
	c.t.Helper()
	var key string
	sent := func() bool {
		c.alive("the deep reorg's set-up")
		for _, l := range c.k.logLines("attempt sent") {
			if n, _ := l["nonce"].(float64); uint64(n) == target.nonce+1 {
				key = fmt.Sprint(l["key"])
			}
		}
		if key == "" {
			return false
		}
		pending, err := c.e.chain.Client.PendingNonceAt(context.Background(), c.e.keeper)
		return err == nil && pending == target.nonce+2
	}
	for try := 1; ; try++ {
		deposited.Add(deposited, c.e.deposit(10))
		c.e.pastCooldown()
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if sent() {
				return key
			}
		}
		if try == 4 {
			c.t.Fatalf("the keeper sent nothing after %d deposits (%s base units) with the miner paused", try, deposited)
		}
	}
}

// confirmedAlone waits for a rebalance of the keeper's (made warranted by
// a deposit) to be confirmed and one block deeper still, with nothing else
// of the keeper's in flight, and returns it with the miner paused. The
// miner is paused as soon as the block is there, before the keeper's next
// tick is likely to send again; if it has, the next rebalance is taken.
func (c *chaosRun) confirmedAlone() confirmedRebalance {
	t, e := c.t, c.e
	t.Helper()
	ctx := context.Background()
	for try := 1; ; try++ {
		from := time.Now()
		c.m.pause()
		e.deposit(3)
		c.m.resume()
		var target confirmedRebalance
		waitFor(t, "a confirmed rebalance", recoveryTicks*recoveryTickTime, func() bool {
			c.alive("the deep reorg's set-up")
			var ok bool
			target, ok = lastConfirmed(c.k, from)
			return ok
		})
		// A reorg of its block and those after is then deeper than the
		// confirmations.
		waitFor(t, "the rebalance confirmations deep", time.Minute, func() bool {
			head, err := e.chain.Client.BlockNumber(ctx)
			return err == nil && head >= target.block+chaosConfirmations
		})
		c.m.pause()
		tx, _, err := e.chain.Client.TransactionByHash(ctx, target.hash)
		if err != nil {
			t.Fatalf("the confirmed rebalance %s: %v", target.hash.Hex(), err)
		}
		target.nonce = tx.Nonce()
		pending, err := e.chain.Client.PendingNonceAt(ctx, e.keeper)
		if err != nil {
			t.Fatal(err)
		}
		if pending == target.nonce+1 && e.keeperNonce() == pending {
			return target
		}
		c.m.resume()
		if try == 5 {
			t.Fatalf("the keeper had another transaction in flight after each of %d confirmed rebalances", try)
		}
	}
}

// historyTx returns the history's record of the transaction hash.
func (e *env) historyTx(hash common.Hash) (historyTxRecord, bool) {
	for _, d := range e.history() {
		for _, tx := range d.Transactions {
			if common.HexToHash(tx.TxHash) == hash {
				return tx, true
			}
		}
	}
	return historyTxRecord{}, false
}

// waitReorgLog waits for the keeper's log line msg about target after at.
func (c *chaosRun) waitReorgLog(msg string, target confirmedRebalance, at time.Time) map[string]any {
	c.t.Helper()
	var found map[string]any
	waitFor(c.t, fmt.Sprintf("the keeper to log %q", msg), recoveryTicks*recoveryTickTime, func() bool {
		c.alive("the deep reorg")
		for _, l := range c.k.logLines(msg) {
			when, err := time.Parse(time.RFC3339Nano, fmt.Sprint(l["time"]))
			if err == nil && !when.Before(at) && common.HexToHash(fmt.Sprint(l["tx"])) == target.hash {
				found = l
				return true
			}
		}
		return false
	})
	return found
}

// checkTxRecorded checks that the history and the journal record hash as
// mined (or reverted) in block.
func (c *chaosRun) checkTxRecorded(hash common.Hash, block uint64) {
	c.t.Helper()
	waitFor(c.t, "the history to record "+short(hash)+" in block "+fmt.Sprint(block), recoveryTickTime, func() bool {
		snd, ok := c.e.sendOf(hash)
		if !ok || snd.Block != block || common.HexToHash(snd.TxHash) != hash {
			return false
		}
		for _, d := range c.e.history() {
			for _, tx := range d.Transactions {
				if common.HexToHash(tx.TxHash) == hash {
					return (tx.Status == "mined" || tx.Status == "reverted") && tx.Block == block
				}
			}
		}
		return false
	})
}

// sendByKey returns the send with that key.
func (e *env) sendByKey(key string) (sendRecord, bool) {
	for _, d := range e.history() {
		for _, s := range d.Sends {
			if s.Key == key {
				return s, true
			}
		}
	}
	return sendRecord{}, false
}

// sendOf returns the send one of whose attempts is hash.
func (e *env) sendOf(hash common.Hash) (sendRecord, bool) {
	for _, d := range e.history() {
		for _, s := range d.Sends {
			for _, a := range s.Attempts {
				if common.HexToHash(a.Hash) == hash {
					return s, true
				}
			}
		}
	}
	return sendRecord{}, false
}

func short(h common.Hash) string { return h.Hex()[:10] }
