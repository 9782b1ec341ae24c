package web

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Explained is /api/decisions/{id}: the decision's explanation as keeper
// explain --json gives it and, for a decision that sent a transaction, that
// transaction and the decision receipt it emitted as the chain has them,
// checked against what the store recorded.
type Explained struct {
	*explain.Report
	// OnChain is null for a decision that sent nothing, and before the
	// keeper is set up or when the chain could not be read (ChainError).
	OnChain    *OnChain `json:"on_chain"`
	ChainError string   `json:"chain_error,omitempty"`
}

// OnChain is a decision's transaction on the chain.
type OnChain struct {
	TxHash string `json:"tx_hash"`
	// Found: the chain has a receipt for it (false while it is pending,
	// or after a reorg dropped it).
	Found     bool   `json:"found"`
	Status    string `json:"status"` // "success" | "reverted" | "" when not found
	Block     uint64 `json:"block"`
	BlockHash string `json:"block_hash"`
	GasUsed   uint64 `json:"gas_used"`
	// Receipt is the vault's RebalanceDecision event in the transaction;
	// Rebalanced its Rebalanced event; null when it emitted none.
	Receipt    *DecisionReceipt `json:"receipt"`
	Rebalanced *Rebalanced      `json:"rebalanced"`
	// Checks compare the chain with the store, field by field; Matches
	// is true when every check does.
	Checks  []Check `json:"checks"`
	Matches bool    `json:"matches"`
}

// DecisionReceipt is the RebalanceDecision event.
type DecisionReceipt struct {
	Keeper     string `json:"keeper"`
	ConfigHash string `json:"config_hash"`
	ModelID    string `json:"model_id"`
	// ModelName is the model id as text when it is printable ("" else).
	ModelName       string `json:"model_name"`
	InputBlock      string `json:"input_block"`
	PredictedAPYBps string `json:"predicted_apy_bps"`
	ExpectedGain    string `json:"expected_gain"` // asset base units a year
	LogIndex        uint   `json:"log_index"`
}

// Rebalanced is the Rebalanced event: the targets the vault moved to.
type Rebalanced struct {
	Keeper      string   `json:"keeper"`
	Targets     []string `json:"targets"`
	Idle        string   `json:"idle"`
	TotalAssets string   `json:"total_assets"`
}

// Check is one field on the chain against the store.
type Check struct {
	Field string `json:"field"`
	Chain string `json:"chain"`
	Store string `json:"store"`
	Match bool   `json:"match"`
}

// sentTx is the decision's transaction to check: the last one that was
// mined or reverted, else the last one sent; nil when none was.
func sentTx(txs []store.Transaction) *store.Transaction {
	var done, sent *store.Transaction
	for i := range txs {
		switch t := &txs[i]; {
		case t.Status == store.StatusMined || t.Status == store.StatusReverted:
			done = t
		case t.Hash != "":
			sent = t
		}
	}
	if done != nil {
		return done
	}
	return sent
}

// onChain fetches tx's receipt and the vault's events in it, and checks
// them against the store's decision d and transaction tx.
func onChain(ctx context.Context, ch *Chain, d store.Decision, tx store.Transaction) (*OnChain, error) {
	o := &OnChain{TxHash: tx.Hash, Checks: []Check{}}
	rc, err := ch.Backend.TransactionReceipt(ctx, common.HexToHash(tx.Hash))
	if errors.Is(err, ethereum.NotFound) {
		o.Checks = append(o.Checks, Check{Field: "receipt", Chain: "none", Store: tx.Status, Match: tx.Status == store.StatusSent})
		o.Matches = o.Checks[0].Match
		return o, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the receipt of %s: %w", tx.Hash, err)
	}
	o.Found, o.Block, o.BlockHash, o.GasUsed = true, rc.BlockNumber.Uint64(), rc.BlockHash.Hex(), rc.GasUsed
	o.Status = "reverted"
	if rc.Status == types.ReceiptStatusSuccessful {
		o.Status = "success"
	}
	filterer, err := bindings.NewVaultFilterer(ch.Vault, nil)
	if err != nil {
		return nil, fmt.Errorf("binding the vault's events: %w", err)
	}
	for _, l := range rc.Logs {
		if l.Address != ch.Vault || len(l.Topics) == 0 {
			continue
		}
		if e, err := filterer.ParseRebalanceDecision(*l); err == nil && o.Receipt == nil {
			o.Receipt = &DecisionReceipt{Keeper: e.Keeper.Hex(), ConfigHash: hexutil.Encode(e.ConfigHash[:]), ModelID: hexutil.Encode(e.ModelId[:]),
				ModelName: printable(e.ModelId), InputBlock: e.InputBlock.String(), PredictedAPYBps: e.PredictedApyBps.String(),
				ExpectedGain: e.ExpectedGain.String(), LogIndex: l.Index}
		}
		if e, err := filterer.ParseRebalanced(*l); err == nil && o.Rebalanced == nil {
			r := &Rebalanced{Keeper: e.Keeper.Hex(), Idle: e.Idle.String(), TotalAssets: e.TotalAssets.String(), Targets: make([]string, len(e.Targets))}
			for i, t := range e.Targets {
				r.Targets[i] = t.String()
			}
			o.Rebalanced = r
		}
	}

	check := func(field, chain, stored string) {
		o.Checks = append(o.Checks, Check{Field: field, Chain: chain, Store: stored, Match: strings.EqualFold(chain, stored)})
	}
	wantStatus := map[string]string{store.StatusMined: "success", store.StatusReverted: "reverted"}[tx.Status]
	check("status", o.Status, orText(wantStatus, tx.Status))
	check("block", fmt.Sprint(o.Block), fmt.Sprint(tx.Block))
	check("gas_used", fmt.Sprint(o.GasUsed), fmt.Sprint(tx.GasUsed))
	if o.Status == "success" {
		check("receipt", present(o.Receipt != nil), "present")
		check("rebalanced", present(o.Rebalanced != nil), "present")
	}
	if r := o.Receipt; r != nil {
		check("receipt.config_hash", r.ConfigHash, d.ConfigHash)
		check("receipt.input_block", r.InputBlock, fmt.Sprint(d.Block))
		if d.AssetDecimals != nil {
			check("receipt.expected_gain", r.ExpectedGain, rebalancer.ReceiptGain(d.ExpectedGain, *d.AssetDecimals).String())
		}
	}
	if r := o.Rebalanced; r != nil {
		targets := make([]string, len(d.Targets))
		for i, t := range d.Targets {
			targets[i] = t.String()
		}
		check("rebalanced.targets", strings.Join(r.Targets, ","), strings.Join(targets, ","))
	}
	o.Matches = true
	for _, c := range o.Checks {
		o.Matches = o.Matches && c.Match
	}
	return o, nil
}

func present(ok bool) string {
	if ok {
		return "present"
	}
	return "missing"
}

func orText(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// printable is a model id as text ("meanvar/v1") when it is ASCII padded
// with zero bytes; "" otherwise.
func printable(id [32]byte) string {
	s := strings.TrimRight(string(id[:]), "\x00")
	for _, r := range s {
		if r > unicode.MaxASCII || !unicode.IsPrint(r) {
			return ""
		}
	}
	return s
}

// explained is /api/decisions/{id}: the report, and the chain's side of
// the transaction it sent.
func (a *api) explained(ctx context.Context, rep *explain.Report) (*Explained, error) {
	out := &Explained{Report: rep}
	tx := sentTx(rep.Transactions)
	ch := a.Chain()
	if tx == nil || ch == nil {
		return out, nil
	}
	e, err := a.Store.DecisionEntry(ctx, rep.Decision.ID)
	if err != nil {
		return nil, fmt.Errorf("reading decision %d: %w", rep.Decision.ID, err)
	}
	if out.OnChain, err = onChain(ctx, ch, e.Decision, *tx); err != nil {
		a.Log.Error("transparency page: checking a decision's transaction on the chain", "decision", rep.Decision.ID, "err", err)
		out.ChainError = chainReadError
	}
	return out, nil
}
