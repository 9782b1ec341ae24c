package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Error classes of eth_sendRawTransaction answers.
type sendClass int

const (
	sendOK sendClass = iota
	sendKnown
	sendNonceTooLow
	sendUnderpriced
	sendNoFunds
	sendOther
)

// NodeAnswer is a class of eth_sendRawTransaction answers, told apart by
// substrings of the node's message (matched in lower case).
type NodeAnswer struct {
	Class      string
	Substrings []string
}

// NodeAnswers are the answers the manager reacts to, in the order they are
// tried, as op-service/txmgr and Chainlink's TXM tell them apart
// (keeper/metrics counts RPC errors by the same classes).
var NodeAnswers = []NodeAnswer{
	{"already_known", []string{"already known", "already imported", "known transaction"}},
	{"nonce_too_low", []string{"nonce too low", "nonce has already been used"}},
	{"underpriced", []string{"underpriced", "fee too low", "max fee per gas less than block base fee"}},
	{"insufficient_funds", []string{"insufficient funds"}},
}

var sendClassOf = map[string]sendClass{
	"already_known": sendKnown, "nonce_too_low": sendNonceTooLow, "underpriced": sendUnderpriced, "insufficient_funds": sendNoFunds,
}

// SendAccepted reports whether a node's answer to eth_sendRawTransaction
// means it has the transaction or its nonce is used: no error, "already
// known" or "nonce too low", as broadcast reacts to them. keeper/chainrpc
// counts a provider giving such an answer as one that accepted.
func SendAccepted(err error) bool {
	switch classify(err) {
	case sendOK, sendKnown, sendNonceTooLow:
		return true
	}
	return false
}

func classify(err error) sendClass {
	if err == nil {
		return sendOK
	}
	msg := strings.ToLower(err.Error())
	for _, a := range NodeAnswers {
		for _, sub := range a.Substrings {
			if strings.Contains(msg, sub) {
				return sendClassOf[a.Class]
			}
		}
	}
	return sendOther
}

// broadcast sends every attempt still in state signed (normally the newest
// one), and moves the send to sent.
func (m *Manager) broadcast(ctx context.Context, snd store.Send) (store.Send, error) {
	atts, err := m.journal.Attempts(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading attempts of %s: %w", snd.Key, err)
	}
	if len(atts) == 0 {
		return m.setState(ctx, snd, store.SendBuilt)
	}
	last := atts[len(atts)-1]
	tx, err := decodeRaw(last)
	if err != nil {
		return snd, err
	}
	err = m.chain.SendTransaction(ctx, tx)
	switch classify(err) {
	case sendOK, sendKnown:
		if err := m.journal.SetAttemptState(ctx, last.Hash, store.AttemptSent); err != nil {
			return snd, fmt.Errorf("txmgr: recording broadcast of %s: %w", last.Hash, err)
		}
		m.log.Info("attempt sent", "key", snd.Key, "tx", last.Hash, "nonce", last.Nonce)
		return m.setState(ctx, snd, store.SendSent)
	case sendNonceTooLow:
		// One of our attempts, or a stranger's transaction, used the nonce:
		// the receipts tell which.
		return m.setState(ctx, snd, store.SendSent)
	case sendUnderpriced:
		m.metrics.RPCError("eth_sendRawTransaction", err)
		m.log.Warn("attempt underpriced; bumping fees", "key", snd.Key, "tx", last.Hash, "err", err)
		return m.bump(ctx, snd, last)
	case sendNoFunds:
		m.metrics.RPCError("eth_sendRawTransaction", err)
		return snd, fmt.Errorf("txmgr: broadcasting %s (%s): the account %s cannot pay for it, top it up: %w",
			snd.Key, last.Hash, m.signer.Address().Hex(), err)
	default:
		m.metrics.RPCError("eth_sendRawTransaction", err)
		return snd, fmt.Errorf("txmgr: broadcasting %s (%s): %w", snd.Key, last.Hash, err)
	}
}

func decodeRaw(a store.Attempt) (*types.Transaction, error) {
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(a.Raw); err != nil {
		return nil, fmt.Errorf("txmgr: decoding recorded attempt %s: %w", a.Hash, err)
	}
	if tx.Hash().Hex() != common.HexToHash(a.Hash).Hex() {
		return nil, fmt.Errorf("txmgr: recorded attempt %s decodes to %s", a.Hash, tx.Hash().Hex())
	}
	return tx, nil
}

// bump signs a replacement with tip and fee cap raised by FeeBumpPercent (and
// at least to the current market), capped at MaxTipCap / MaxFeeCap. When the
// caps leave no room for a valid replacement, the last attempt is
// re-broadcast instead.
func (m *Manager) bump(ctx context.Context, snd store.Send, last store.Attempt) (store.Send, error) {
	if strings.HasPrefix(snd.Error, cancelledPrefix) {
		// A cancellation is replaced by a dearer cancellation, never by the call.
		return m.cancel(ctx, snd, strings.TrimPrefix(snd.Error, cancelledPrefix))
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return snd, err
	}
	pct := big.NewInt(int64(100 + m.cfg.FeeBumpPercent))
	minTip := ceilDiv(new(big.Int).Mul(last.TipCap, pct), big.NewInt(100))
	minFee := ceilDiv(new(big.Int).Mul(last.FeeCap, pct), big.NewInt(100))
	if tip.Cmp(minTip) < 0 {
		tip = minTip
	}
	if feeCap.Cmp(minFee) < 0 {
		feeCap = minFee
	}
	if tip.Cmp(m.cfg.MaxTipCap) > 0 || feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		m.log.Warn("fee caps reached; re-broadcasting the last attempt", "key", snd.Key, "tx", last.Hash,
			"tip_cap", last.TipCap, "fee_cap", last.FeeCap)
		if err := m.resend(ctx, last); err != nil {
			m.log.Warn("re-broadcast failed", "key", snd.Key, "tx", last.Hash, "err", err)
		}
		return m.wait(ctx, snd)
	}
	if err := m.journal.SetAttemptState(ctx, last.Hash, store.AttemptReplaced); err != nil {
		return snd, fmt.Errorf("txmgr: recording replacement of %s: %w", last.Hash, err)
	}
	return m.sign(ctx, snd, tip, feeCap)
}

// resend sends a recorded attempt again. The node already knowing it, or
// its nonce being used (by it, mined), is no error; other errors are counted
// and returned.
func (m *Manager) resend(ctx context.Context, a store.Attempt) error {
	tx, err := decodeRaw(a)
	if err != nil {
		return err
	}
	if err := m.chain.SendTransaction(ctx, tx); err != nil {
		if c := classify(err); c != sendKnown && c != sendNonceTooLow {
			m.metrics.RPCError("eth_sendRawTransaction", err)
			return err
		}
	}
	return nil
}

func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
