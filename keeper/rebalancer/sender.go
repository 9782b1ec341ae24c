package rebalancer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// countingSigner reports every signature its signer fails to make. txmgr
// wraps such an error in its own ("txmgr: signing <key> (nonce n): …") and
// leaves the send in the journal for the next tick, so the failure is
// counted where it happens, with the config's signer.kind, whether it
// occurs in a new send or in one resumed.
type countingSigner struct {
	signer.Signer
	kind    string
	metrics Metrics
}

func (s countingSigner) SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	signed, err := s.Signer.SignTx(ctx, chainID, tx)
	if err != nil {
		s.metrics.SignerError(s.kind, err)
	}
	return signed, err
}

// newTxmgr makes the vault's transaction manager, or takes the shared one
// of its key from Params.Senders.
func newTxmgr(p Params, chainID *big.Int) (*txmgr.Manager, error) {
	tc, ok := p.Chain.(txmgr.Chain)
	if !ok {
		return nil, errors.New("the chain client cannot send transactions")
	}
	x := p.Config.Txmgr
	gwei := func(v float64) *big.Int {
		w, _ := new(big.Float).Mul(big.NewFloat(v), big.NewFloat(1e9)).Int(nil)
		return w
	}
	cfg := txmgr.Config{
		SimulatePending:  p.UnsettledHead,
		ResubmitTimeout:  x.ResubmitTimeout.D(),
		Confirmations:    uint64(x.Confirmations),
		FeeBumpPercent:   uint64(x.FeeBumpPercent),
		GasMarginPercent: uint64(math.Round((p.Config.Rebalance.GasMargin - 1) * 100)),
		MaxTipCap:        gwei(x.MaxTipGwei),
		MaxFeeCap:        gwei(x.MaxFeeGwei),
		PollInterval:     250 * time.Millisecond,
	}
	if cfg.GasMarginPercent == 0 {
		cfg.GasMarginPercent = 1 // zero would take txmgr's default
	}
	if x.BaseFeeCeilingGwei > 0 {
		cfg.BaseFeeCeiling = gwei(x.BaseFeeCeilingGwei)
	}
	decode := func(err error) string {
		if rv, ok := vaults.DecodeRevert(err); ok {
			return fmt.Sprint(rv)
		}
		return ""
	}
	opts := txmgr.Options{Log: p.Log, Decode: decode}
	if p.SenderLog != nil {
		opts.Log = p.SenderLog
	}
	sgn := p.Signer
	if p.Metrics != nil {
		opts.Metrics = p.Metrics
		sgn = countingSigner{Signer: p.Signer, kind: p.Config.Signer.Kind, metrics: p.Metrics}
	}
	if p.Senders != nil {
		return p.Senders.Manager(tc, chainID, sgn, p.Store, cfg, opts)
	}
	return txmgr.New(tc, chainID, sgn, p.Store, cfg, opts)
}
