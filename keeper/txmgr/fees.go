package txmgr

import (
	"context"
	"fmt"
	"math/big"
)

// fees returns the tip and fee cap for a first attempt:
// tip = clamp(suggested, MinTipCap, MaxTipCap), feeCap = min(2·baseFee + tip, MaxFeeCap).
func (m *Manager) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return nil, nil, fmt.Errorf("txmgr: reading base fee: %w", err)
	}
	tip, err = m.chain.SuggestGasTipCap(ctx)
	if err != nil {
		m.metrics.RPCError("eth_maxPriorityFeePerGas", err)
		return nil, nil, fmt.Errorf("txmgr: suggesting tip: %w", err)
	}
	tip = clamp(tip, m.cfg.MinTipCap, m.cfg.MaxTipCap)
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		feeCap = new(big.Int).Set(m.cfg.MaxFeeCap)
	}
	return tip, feeCap, nil
}

func clamp(v, lo, hi *big.Int) *big.Int {
	switch {
	case v.Cmp(lo) < 0:
		return new(big.Int).Set(lo)
	case v.Cmp(hi) > 0:
		return new(big.Int).Set(hi)
	}
	return new(big.Int).Set(v)
}
