package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// await polls the receipts of all attempts; on a receipt the send is mined.
// When the newest attempt is older than ResubmitTimeout it is replaced; when
// the nonce was used and none of our attempts has a receipt, the send fails.
func (m *Manager) await(ctx context.Context, snd store.Send) (store.Send, error) {
	atts, err := m.journal.Attempts(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading attempts of %s: %w", snd.Key, err)
	}
	if len(atts) == 0 {
		return m.setState(ctx, snd, store.SendBuilt)
	}
	for i := len(atts) - 1; i >= 0; i-- {
		rcpt, err := m.receipt(ctx, atts[i].Hash)
		if notFound(err) {
			continue
		}
		if err != nil {
			return snd, err
		}
		if err := m.journal.SetAttemptState(ctx, atts[i].Hash, store.AttemptMined); err != nil {
			return snd, fmt.Errorf("txmgr: recording receipt of %s: %w", atts[i].Hash, err)
		}
		snd.TxHash, snd.Block, snd.BlockHash = atts[i].Hash, rcpt.BlockNumber.Uint64(), rcpt.BlockHash.Hex()
		snd.GasUsed, snd.GasPrice = rcpt.GasUsed, rcpt.EffectiveGasPrice
		if rcpt.Status != types.ReceiptStatusSuccessful {
			snd.Error = "transaction reverted on-chain"
		}
		m.log.Info("attempt mined", "key", snd.Key, "tx", snd.TxHash, "block", snd.Block, "status", rcpt.Status)
		return m.setState(ctx, snd, store.SendMined)
	}
	// No receipt: has the nonce been used by someone else?
	mined, err := m.chain.NonceAt(ctx, m.signer.Address(), nil)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return snd, fmt.Errorf("txmgr: reading nonce: %w", err)
	}
	// Or can it not be mined at all, a lower nonce being free? Held over
	// nonceLostChecks polls (a node can answer the nonce a moment behind
	// the receipts).
	if gap, err := m.gapBelow(ctx, snd, mined); err != nil {
		return snd, err
	} else if !gap {
		m.reset(m.nonceGap, snd.ID)
	} else if m.count(m.nonceGap, snd.ID) >= nonceLostChecks {
		m.reset(m.nonceGap, snd.ID)
		m.log.Warn("not waiting: a lower nonce is unused on chain and no open send holds it (a transaction of ours left the chain)",
			"key", snd.Key, "nonce", *snd.Nonce, "chain_nonce", mined)
		// Back to signed: resumed once the lower nonce is used again, its
		// last attempt is broadcast again (the node may have dropped it
		// with the reorg) rather than waited for until ResubmitTimeout.
		snd, err := m.setState(ctx, snd, store.SendSigned)
		if err != nil {
			return snd, err
		}
		return snd, fmt.Errorf("%w: %s is at nonce %d, the chain's next nonce is %d", ErrNonceGap, snd.Key, *snd.Nonce, mined)
	}
	if mined > *snd.Nonce {
		// "Failed" is written only when it is certain that no attempt is
		// or will be mined: the nonce is used in a block Confirmations deep
		// (a shallower use can still be reorganised away), none of the
		// attempts has a receipt there, and that has held over
		// nonceLostChecks polls (receipts can lag the nonce: anvil answers
		// the new nonce a moment before the receipt). Until then the send
		// stays open.
		if again, err := m.anyReceipt(ctx, atts); err != nil || again {
			return snd, err
		}
		deep, err := m.nonceUsedAtDepth(ctx, *snd.Nonce)
		if err != nil {
			return snd, err
		}
		if n := m.count(m.nonceGone, snd.ID); !deep || n < nonceLostChecks {
			m.log.Debug("nonce used on-chain but no receipt of ours; looking again", "key", snd.Key, "nonce", *snd.Nonce,
				"check", n, "at_confirmation_depth", deep)
			return m.wait(ctx, snd)
		}
		m.reset(m.nonceGone, snd.ID)
		snd.Error = fmt.Sprintf("%s: nonce %d is used on-chain and none of the %d attempts is mined", ErrNonceTaken.Error(), *snd.Nonce, len(atts))
		m.log.Error("send failed: nonce taken by another transaction", "key", snd.Key, "nonce", *snd.Nonce)
		m.forgetNonce() // re-sync from the chain on the next send
		return m.setState(ctx, snd, store.SendFailed)
	}
	last := atts[len(atts)-1]
	if m.now().Sub(last.CreatedAt) >= m.cfg.ResubmitTimeout {
		m.log.Info("attempt not mined in time; replacing", "key", snd.Key, "tx", last.Hash, "after", m.cfg.ResubmitTimeout)
		return m.bump(ctx, snd, last)
	}
	if last.State == store.AttemptSigned {
		return m.setState(ctx, snd, store.SendSigned)
	}
	return m.wait(ctx, snd)
}

// maxGapScan bounds the nonces gapBelow looks at: a larger gap is one.
const maxGapScan = 1024

// gapBelow reports whether some nonce from mined (the chain's count of this
// signer's mined transactions) up to snd's is held by no open send, nor by
// a finished send whose transaction the chain backs (the node's nonce then
// lags its receipts): snd then cannot be mined until that nonce is used.
func (m *Manager) gapBelow(ctx context.Context, snd store.Send, mined uint64) (bool, error) {
	if mined >= *snd.Nonce {
		return false, nil
	}
	if *snd.Nonce-mined > maxGapScan {
		return true, nil
	}
	open, err := m.journal.OpenSends(ctx, m.chainID.Uint64(), m.signer.Address().Hex())
	if err != nil {
		return false, fmt.Errorf("txmgr: reading open sends: %w", err)
	}
	// The chain's nonce is read again after the open sends: a send of
	// another caller that finished in between has its nonce used by then,
	// and is not taken for a gap.
	if mined, err = m.chain.NonceAt(ctx, m.signer.Address(), nil); err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return false, fmt.Errorf("txmgr: reading nonce: %w", err)
	}
	if mined >= *snd.Nonce {
		return false, nil
	}
	missing := unheld(open, mined, *snd.Nonce)
	if len(missing) == 0 {
		return false, nil
	}
	// A node whose nonce lags its receipts: a finished send of ours that
	// holds the nonce and that the chain backs is no gap (as fillGap finds).
	recent, err := m.journal.RecentSends(ctx, gapRecent)
	if err != nil {
		return false, fmt.Errorf("txmgr: reading recent sends: %w", err)
	}
	for _, n := range missing {
		h := m.lastHolder(recent, n)
		if h == nil || h.TxHash == "" || (h.State != store.SendConfirmed && h.State != store.SendReverted) {
			return true, nil
		}
		if _, err := m.receipt(ctx, h.TxHash); notFound(err) {
			return true, nil
		} else if err != nil {
			return false, err
		}
	}
	return false, nil
}

// unheld are the nonces in [from, to) that no send of open holds.
func unheld(open []store.Send, from, to uint64) []uint64 {
	held := map[uint64]bool{}
	for _, o := range open {
		if o.Nonce != nil {
			held[*o.Nonce] = true
		}
	}
	var out []uint64
	for n := from; n < to; n++ {
		if !held[n] {
			out = append(out, n)
		}
	}
	return out
}

func (m *Manager) anyReceipt(ctx context.Context, atts []store.Attempt) (bool, error) {
	for _, a := range atts {
		_, err := m.receipt(ctx, a.Hash)
		if err == nil {
			return true, nil
		}
		if !notFound(err) {
			return false, err
		}
	}
	return false, nil
}

// errUnverifiedReceipt marks a receipt the chain does not back up; it is
// treated as no receipt at all (notFound).
var errUnverifiedReceipt = errors.New("txmgr: receipt not backed by the chain")

// receipt reads the receipt of the attempt with hash and checks it before
// it counts: its block must be the canonical block at its height (a fresh
// header read), and the transaction at its index in that block must be
// this one. A node that fabricates a receipt ("mined" when it is not, or
// in a block it is not in) is not believed: the answer is logged, counted
// and treated as not found, so the send stays open and is looked at again.
func (m *Manager) receipt(ctx context.Context, hash string) (*types.Receipt, error) {
	h := common.HexToHash(hash)
	rcpt, err := m.chain.TransactionReceipt(ctx, h)
	if notFound(err) {
		return nil, err
	}
	if err != nil {
		m.metrics.RPCError("eth_getTransactionReceipt", err)
		return nil, fmt.Errorf("txmgr: reading receipt of %s: %w", hash, err)
	}
	if rcpt == nil || rcpt.BlockNumber == nil {
		return nil, fmt.Errorf("%w: %s: no block in the receipt", errUnverifiedReceipt, hash)
	}
	unverified := func(format string, a ...any) (*types.Receipt, error) {
		why := fmt.Sprintf(format, a...)
		m.log.Warn("receipt not believed: the chain does not back it", "tx", hash, "block", rcpt.BlockNumber, "why", why)
		m.metrics.RPCError("eth_getTransactionReceipt", errUnverifiedReceipt)
		return nil, fmt.Errorf("%w: %s: %s", errUnverifiedReceipt, hash, why)
	}
	header, err := m.chain.HeaderByNumber(ctx, rcpt.BlockNumber)
	if notFound(err) {
		return unverified("no canonical block %s", rcpt.BlockNumber)
	}
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return nil, fmt.Errorf("txmgr: reading block %s to check the receipt of %s: %w", rcpt.BlockNumber, hash, err)
	}
	if header.Hash() != rcpt.BlockHash {
		return unverified("block %s is %s, the receipt says %s", rcpt.BlockNumber, header.Hash().Hex(), rcpt.BlockHash.Hex())
	}
	tx, err := m.chain.TransactionInBlock(ctx, rcpt.BlockHash, rcpt.TransactionIndex)
	if notFound(err) {
		return unverified("block %s has no transaction at index %d", rcpt.BlockNumber, rcpt.TransactionIndex)
	}
	if err != nil {
		m.metrics.RPCError("eth_getTransactionByBlockHashAndIndex", err)
		return nil, fmt.Errorf("txmgr: reading the transaction at %s#%d to check the receipt of %s: %w", rcpt.BlockHash.Hex(), rcpt.TransactionIndex, hash, err)
	}
	if tx.Hash() != h {
		return unverified("the transaction at index %d of block %s is %s", rcpt.TransactionIndex, rcpt.BlockNumber, tx.Hash().Hex())
	}
	return rcpt, nil
}

// nonceUsedAtDepth reports whether nonce is used in the block Confirmations
// deep (the head for Confirmations 1).
func (m *Manager) nonceUsedAtDepth(ctx context.Context, nonce uint64) (bool, error) {
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return false, fmt.Errorf("txmgr: reading head: %w", err)
	}
	depth := new(big.Int).SetUint64(m.cfg.Confirmations - 1)
	at := new(big.Int).Sub(head.Number, depth)
	if at.Sign() < 0 {
		return false, nil
	}
	used, err := m.chain.NonceAt(ctx, m.signer.Address(), at)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return false, fmt.Errorf("txmgr: reading nonce at block %s: %w", at, err)
	}
	return used > nonce, nil
}

// notFound reports a receipt that is not (yet) available: go-ethereum answers
// "transaction indexing is in progress" while its index catches up, which
// means the same as not found for now.
func notFound(err error) bool {
	return errors.Is(err, ethereum.NotFound) || errors.Is(err, errUnverifiedReceipt) ||
		(err != nil && strings.Contains(err.Error(), "indexing is in progress"))
}

// confirm checks that the mined block is still canonical and, once it is
// Confirmations deep, ends the send. A block that left the canonical chain
// sends the transaction back to sent, and its attempt is re-broadcast.
func (m *Manager) confirm(ctx context.Context, snd store.Send) (store.Send, error) {
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return snd, fmt.Errorf("txmgr: reading head: %w", err)
	}
	canon, err := m.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(snd.Block))
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return snd, fmt.Errorf("txmgr: reading block %d: %w", snd.Block, err)
	}
	if canon == nil || canon.Hash().Hex() != common.HexToHash(snd.BlockHash).Hex() {
		m.log.Warn("mined block left the canonical chain; re-sending", "key", snd.Key, "tx", snd.TxHash,
			"block", snd.Block, "block_hash", snd.BlockHash)
		return m.reopen(ctx, snd)
	}
	if head.Number.Uint64()+1 < snd.Block+m.cfg.Confirmations {
		return m.wait(ctx, snd)
	}
	if snd.Error != "" {
		return m.setState(ctx, snd, store.SendReverted)
	}
	return m.setState(ctx, snd, store.SendConfirmed)
}

// recheckSends bounds how many of the newest sends Recheck looks at again,
// and recheckBlocks how far back (a reorg deeper than that is not looked for).
const (
	recheckSends  = 16
	recheckBlocks = 256
)

// Reorged is a finished send that a reorg deeper than Confirmations
// touched: moved to another block (Moved, the send records where it now is)
// or dropped from the chain (re-opened: the next Resume re-broadcasts it,
// or cancels it if its call would now revert).
type Reorged struct {
	Send store.Send
	// WasHash and WasBlock are the transaction and block the send was
	// confirmed with.
	WasHash  string
	WasBlock uint64
	Moved    bool
}

// Recheck looks again at this signer's finished sends of the last
// recheckBlocks blocks, and at any of its last recheckSends finished sends
// whose nonce the chain has not used (its transaction cannot be mined,
// however long ago it was: the keeper may have been busy for more than
// recheckBlocks blocks since the reorg): each must still be in the
// canonical chain. A reorg deeper than Confirmations is recorded as such (a
// dropped send goes back to sent, which
// vaultkeeper_send_state_transitions_total counts as confirmed → sent) and
// returned, so the caller can correct its history and alarm.
func (m *Manager) Recheck(ctx context.Context) ([]Reorged, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return nil, fmt.Errorf("txmgr: reading head: %w", err)
	}
	recent, err := m.journal.RecentSends(ctx, recheckSends)
	if err != nil {
		return nil, fmt.Errorf("txmgr: reading recent sends: %w", err)
	}
	from := m.signer.Address()
	mined, err := m.chain.NonceAt(ctx, from, nil)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return nil, fmt.Errorf("txmgr: reading nonce: %w", err)
	}
	var out []Reorged
	for _, snd := range recent {
		if snd.ChainID != m.chainID.Uint64() || common.HexToAddress(snd.From) != from || snd.TxHash == "" ||
			(snd.State != store.SendConfirmed && snd.State != store.SendReverted) {
			continue
		}
		release, ok := m.tryClaim(snd.ID)
		if !ok {
			continue // another caller is driving it: not finished after all
		}
		r, err := m.recheckSend(ctx, snd, head.Number.Uint64(), mined)
		release()
		if r != nil {
			out = append(out, *r)
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// recheckSend is Recheck of one finished send (read again, the caller
// claiming it): nil when the chain still backs it.
func (m *Manager) recheckSend(ctx context.Context, snd store.Send, head, mined uint64) (*Reorged, error) {
	was := snd
	snd, err := m.reread(ctx, snd)
	if err != nil || snd.State != was.State || snd.TxHash != was.TxHash {
		return nil, err
	}
	// Its nonce unused, its transaction is not mined: no block to compare.
	unused := snd.Nonce != nil && *snd.Nonce >= mined
	if !unused {
		if snd.Block+recheckBlocks < head {
			return nil, nil
		}
		canon, err := m.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(snd.Block))
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			m.metrics.RPCError("eth_getBlockByNumber", err)
			return nil, fmt.Errorf("txmgr: reading block %d: %w", snd.Block, err)
		}
		if canon != nil && canon.Hash() == common.HexToHash(snd.BlockHash) {
			return nil, nil
		}
	}
	r := Reorged{WasHash: snd.TxHash, WasBlock: snd.Block}
	if rcpt, err := m.receipt(ctx, snd.TxHash); err == nil {
		// Re-included elsewhere: the journal says where it is now.
		snd.Block, snd.BlockHash, snd.GasUsed, snd.GasPrice = rcpt.BlockNumber.Uint64(), rcpt.BlockHash.Hex(), rcpt.GasUsed, rcpt.EffectiveGasPrice
		if err := m.journal.UpdateSend(ctx, snd); err != nil {
			return nil, fmt.Errorf("txmgr: recording the new block of %s: %w", snd.TxHash, err)
		}
		m.log.Warn("a confirmed send moved in a reorg deeper than the confirmations", "key", snd.Key, "tx", snd.TxHash,
			"was_block", r.WasBlock, "block", snd.Block)
		r.Moved = true
	} else if !notFound(err) {
		return nil, err
	} else {
		m.log.Error("a reorg deeper than the confirmations dropped a confirmed send; re-opening it", "key", snd.Key,
			"tx", snd.TxHash, "was_block", r.WasBlock, "confirmations", m.cfg.Confirmations)
		if snd, err = m.reopen(ctx, snd); err != nil {
			return nil, fmt.Errorf("txmgr: re-opening %s after a deep reorg: %w", snd.Key, err)
		}
	}
	r.Send = snd
	return &r, nil
}

// reopen handles a send whose mined transaction left the canonical chain:
// the send goes back to sent and, if its call would still succeed, the
// attempt that was mined is broadcast again (the node may re-include it
// anyway); one that would now revert is not paid for: it is cancelled
// (cancel), and the caller decides afresh.
func (m *Manager) reopen(ctx context.Context, snd store.Send) (store.Send, error) {
	if err := m.journal.SetAttemptState(ctx, snd.TxHash, store.AttemptSigned); err != nil {
		return snd, fmt.Errorf("txmgr: recording reorg of %s: %w", snd.TxHash, err)
	}
	// The re-broadcast is of the attempt that was mined: make it the
	// newest by re-recording it as signed, so broadcast picks it. A
	// cancellation's reason stays with the send.
	reorged := snd.TxHash
	if !strings.HasPrefix(snd.Error, cancelledPrefix) {
		snd.Error = ""
	}
	snd.TxHash, snd.Block, snd.BlockHash, snd.GasUsed, snd.GasPrice = "", 0, "", 0, nil
	snd, err := m.setState(ctx, snd, store.SendSent)
	if err != nil {
		return snd, err
	}
	if !snd.Create && !strings.HasPrefix(snd.Error, cancelledPrefix) {
		if err := m.simulate(ctx, snd); err != nil {
			if reason, ok := m.revertReason(err); ok {
				return m.cancel(ctx, snd, "its transaction left the canonical chain and would now revert: "+reason)
			}
			m.metrics.RPCError("eth_call", err)
			return snd, fmt.Errorf("txmgr: re-simulating %s after a reorg: %w", snd.Key, err)
		}
	}
	return m.rebroadcast(ctx, snd, reorged)
}

// cancelledPrefix starts the error of a send that was cancelled.
const cancelledPrefix = "cancelled: "

// cancel replaces snd's transaction with a zero-value transfer from the
// sender to itself at the same nonce, with fees above its last attempt's,
// so that the call (which would revert) is not mined and paid for; the
// nonce is used up by the cheapest transaction there is. The send ends
// reverted with the reason once the cancellation is mined (or failed, if
// it cannot be signed within the fee caps: the original may then be mined
// and revert).
func (m *Manager) cancel(ctx context.Context, snd store.Send, reason string) (store.Send, error) {
	atts, err := m.journal.Attempts(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading attempts of %s: %w", snd.Key, err)
	}
	if len(atts) == 0 || snd.Nonce == nil {
		snd.Error = cancelledPrefix + reason
		return m.setState(ctx, snd, store.SendFailed)
	}
	last := atts[len(atts)-1]
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return snd, err
	}
	pct := big.NewInt(int64(100 + m.cfg.FeeBumpPercent))
	if minTip := ceilDiv(new(big.Int).Mul(last.TipCap, pct), big.NewInt(100)); tip.Cmp(minTip) < 0 {
		tip = minTip
	}
	if minFee := ceilDiv(new(big.Int).Mul(last.FeeCap, pct), big.NewInt(100)); feeCap.Cmp(minFee) < 0 {
		feeCap = minFee
	}
	if tip.Cmp(m.cfg.MaxTipCap) > 0 || feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		m.log.Warn("fee caps reached; re-broadcasting the last attempt instead of cancelling", "key", snd.Key, "tx", last.Hash)
		if err := m.resend(ctx, last); err != nil {
			m.log.Warn("re-broadcast failed", "key", snd.Key, "tx", last.Hash, "err", err)
		}
		return m.wait(ctx, snd)
	}
	self := m.signer.Address()
	unsigned := types.NewTx(&types.DynamicFeeTx{ChainID: m.chainID, Nonce: *snd.Nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: params.TxGas, To: &self, Value: new(big.Int)})
	signed, err := m.signer.SignTx(ctx, m.chainID, unsigned)
	if err != nil {
		return snd, fmt.Errorf("txmgr: signing the cancellation of %s (nonce %d): %w", snd.Key, *snd.Nonce, err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return snd, fmt.Errorf("txmgr: encoding %s: %w", signed.Hash().Hex(), err)
	}
	for _, a := range atts {
		if a.State != store.AttemptReplaced {
			if err := m.journal.SetAttemptState(ctx, a.Hash, store.AttemptReplaced); err != nil {
				return snd, fmt.Errorf("txmgr: recording replacement of %s: %w", a.Hash, err)
			}
		}
	}
	if _, err := m.journal.AddAttempt(ctx, store.Attempt{SendID: snd.ID, Hash: signed.Hash().Hex(), Nonce: *snd.Nonce,
		TipCap: tip, FeeCap: feeCap, Raw: raw, State: store.AttemptSigned, CreatedAt: m.now()}); err != nil {
		return snd, fmt.Errorf("txmgr: recording the cancellation of %s: %w", snd.Key, err)
	}
	m.log.Warn("cancelling a send: a zero-value transfer to itself takes its nonce", "key", snd.Key, "nonce", *snd.Nonce,
		"tx", signed.Hash().Hex(), "reason", reason)
	snd.Error = cancelledPrefix + reason
	return m.setState(ctx, snd, store.SendSigned)
}

// rebroadcast sends the recorded attempt with that hash again.
func (m *Manager) rebroadcast(ctx context.Context, snd store.Send, hash string) (store.Send, error) {
	atts, err := m.journal.Attempts(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading attempts of %s: %w", snd.Key, err)
	}
	for _, a := range atts {
		if common.HexToHash(a.Hash) != common.HexToHash(hash) {
			continue
		}
		if err := m.resend(ctx, a); err != nil {
			return snd, fmt.Errorf("txmgr: re-broadcasting %s after a reorg: %w", hash, err)
		}
		if err := m.journal.SetAttemptState(ctx, a.Hash, store.AttemptSent); err != nil {
			return snd, fmt.Errorf("txmgr: recording re-broadcast of %s: %w", a.Hash, err)
		}
		return snd, nil
	}
	return snd, fmt.Errorf("txmgr: no recorded attempt %s for %s", hash, snd.Key)
}
