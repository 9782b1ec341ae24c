package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// GapMetrics is implemented by a Metrics that also counts nonce gaps
// (keeper/metrics does); a Metrics without it is not told.
type GapMetrics interface {
	NonceGap()
}

// gapKeyPrefix starts the key of a send that fills a nonce gap.
const gapKeyPrefix = "nonce-gap/"

// gapRecent is how many of the newest sends are searched for the one that
// last held a missing nonce.
const gapRecent = 256

// fillGaps finds nonces the journal's open sends skip and fills them, so
// that no open send waits forever behind a nonce nothing will use.
//
// A nonce n is missing when an open send holds a nonce above n, the chain
// has used nonces below n only (its latest nonce is ≤ n), no open send holds
// n, and the node has nothing pending at n (its pending nonce is ≤ n), on
// nonceLostChecks readings PollInterval apart (one node's lagging answer is
// not a gap). Then:
//
//   - if the journal's send that last held n is confirmed or reverted but its
//     transaction has no receipt the chain backs, it was dropped (a reorg
//     deeper than the confirmations that Recheck's window missed): it is
//     re-opened as Recheck would (re-simulated, then re-broadcast or
//     cancelled);
//   - otherwise (no such send, or one that failed) a zero-value transfer to
//     itself takes n, recorded before it is signed as its own send, keyed
//     "nonce-gap/<chain>/<address>/<nonce>/<time>".
//
// A send of ours at n that the chain backs means the node's nonce lags its
// receipts: nothing is done. It returns the open sends, with any filler, in
// nonce order (sends without a nonce last), which is the order they can be
// mined in.
func (m *Manager) fillGaps(ctx context.Context, open []store.Send) ([]store.Send, error) {
	missing, err := m.missingNonces(ctx, open)
	if err != nil || len(missing) == 0 {
		return sortByNonce(open), err
	}
	for check := 2; check <= nonceLostChecks && len(missing) > 0; check++ {
		if _, err := m.wait(ctx, store.Send{Key: "nonce gap check"}); err != nil {
			return sortByNonce(open), err
		}
		again, err := m.missingNonces(ctx, open)
		if err != nil {
			return sortByNonce(open), err
		}
		missing = intersect(missing, again)
	}
	if len(missing) == 0 {
		return sortByNonce(open), nil
	}
	recent, err := m.journal.RecentSends(ctx, gapRecent)
	if err != nil {
		return sortByNonce(open), fmt.Errorf("txmgr: reading recent sends to fill a nonce gap: %w", err)
	}
	for _, n := range missing {
		snd, err := m.fillGap(ctx, n, m.lastHolder(recent, n))
		if err != nil {
			return sortByNonce(open), fmt.Errorf("txmgr: filling the gap at nonce %d: %w", n, err)
		}
		if snd.ID != 0 {
			open = append(open, snd)
		}
	}
	return sortByNonce(open), nil
}

// missingNonces are the nonces below the highest open send's that no open
// send holds and the node reports neither used nor pending.
func (m *Manager) missingNonces(ctx context.Context, open []store.Send) ([]uint64, error) {
	var top uint64
	some := false
	for _, s := range open {
		if s.Nonce != nil {
			top, some = max(top, *s.Nonce), true
		}
	}
	if !some {
		return nil, nil
	}
	from := m.signer.Address()
	latest, err := m.chain.NonceAt(ctx, from, nil)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return nil, fmt.Errorf("txmgr: reading the nonce of %s: %w", from.Hex(), err)
	}
	if latest >= top {
		return nil, nil
	}
	pending, err := m.chain.PendingNonceAt(ctx, from)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return nil, fmt.Errorf("txmgr: reading the pending nonce of %s: %w", from.Hex(), err)
	}
	first := max(latest, pending)
	if top > first && top-first > maxGapScan {
		return nil, fmt.Errorf("txmgr: the chain's next nonce for %s is %d, more than %d below the journal's open send at %d: "+
			"not filling so many (is the node on the chain the journal was written for?)", from.Hex(), first, maxGapScan, top)
	}
	return unheld(open, first, top), nil
}

// lastHolder is the newest of the signer's finished sends on this chain
// that held nonce n, if any.
func (m *Manager) lastHolder(recent []store.Send, n uint64) *store.Send {
	from := m.signer.Address()
	for i := range recent {
		s := recent[i]
		if s.ChainID == m.chainID.Uint64() && common.HexToAddress(s.From) == from && s.Nonce != nil && *s.Nonce == n && !s.Open() {
			return &s
		}
	}
	return nil
}

// fillGap fills the missing nonce n (see fillGaps): it re-opens the send
// that held it, or records a zero-value transfer to itself at n. It returns
// the send now open at n, or a zero Send when the chain backs the holder
// after all.
func (m *Manager) fillGap(ctx context.Context, n uint64, holder *store.Send) (store.Send, error) {
	if holder != nil && holder.TxHash != "" && (holder.State == store.SendConfirmed || holder.State == store.SendReverted) {
		if _, err := m.receipt(ctx, holder.TxHash); err == nil {
			m.log.Info("nonce gap not filled: the chain has the transaction that holds it; the node's nonce lags", "nonce", n,
				"key", holder.Key, "tx", holder.TxHash)
			return store.Send{}, nil
		} else if !notFound(err) {
			return store.Send{}, err
		}
		m.log.Error("nonce gap: the confirmed send that held the nonce is not on the chain; re-opening it", "nonce", n,
			"key", holder.Key, "tx", holder.TxHash, "was_block", holder.Block)
		m.countGap()
		return m.reopen(ctx, *holder)
	}
	self := m.signer.Address()
	why := "no send of this keeper holds it"
	if holder != nil {
		why = fmt.Sprintf("send %q held it and ended %s (%s)", holder.Key, holder.State, holder.Error)
	}
	snd, _, err := m.journal.CreateSend(ctx, store.Send{
		// The time makes the key unique: a filler that later fails, or
		// is itself reorganised away, does not block the next one.
		Key: fmt.Sprintf("%s%d/%s/%d/%d", gapKeyPrefix, m.chainID, self.Hex(), n, m.now().UnixNano()), ChainID: m.chainID.Uint64(), From: self.Hex(),
		To: self.Hex(), Value: new(big.Int), Nonce: &n, GasLimit: params.TxGas, State: store.SendBuilt,
	})
	if err != nil {
		return store.Send{}, fmt.Errorf("recording the transfer that fills it: %w", err)
	}
	m.metrics.SendState("", store.SendBuilt)
	m.countGap()
	m.log.Error("nonce gap: a later send waits on a nonce nothing uses; a zero-value transfer to itself takes it", "nonce", n,
		"key", snd.Key, "why", why)
	return snd, nil
}

// countGap tells a GapMetrics of a gap filled.
func (m *Manager) countGap() {
	if g, ok := m.metrics.(GapMetrics); ok {
		g.NonceGap()
	}
}

// intersect is the values of a that are also in b, in a's order.
func intersect(a, b []uint64) []uint64 {
	in := map[uint64]bool{}
	for _, v := range b {
		in[v] = true
	}
	var out []uint64
	for _, v := range a {
		if in[v] {
			out = append(out, v)
		}
	}
	return out
}

// sortByNonce orders sends by nonce, those without one last, each group in
// its former order.
func sortByNonce(ss []store.Send) []store.Send {
	sort.SliceStable(ss, func(i, j int) bool {
		a, b := ss[i].Nonce, ss[j].Nonce
		return a != nil && (b == nil || *a < *b)
	})
	return ss
}
