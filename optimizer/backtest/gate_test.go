package backtest

import (
	"testing"

	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// TestMeanVarGate: the keeper's gate applied in the backtest. With a gain
// factor no move can meet, meanvar never trades and says why; with a
// minimum move of 60% only moves that large pass (its first move, from all
// idle, is one); with the gate of config.yaml (min move 0.1%, factor 3) it
// trades, no more often than without a gate.
func TestMeanVarGate(t *testing.T) {
	m := randomPanel(t, 7, 5, 160, market.Defaults)
	cfg := Config{Capital: 10e6, Start: 20, MinHistory: 10}
	never := mustRun(t, m, &MeanVar{Strategy: strategy.DefaultMeanVar(), Gate: &strategy.Gate{GainFactor: 1e12}}, cfg)
	if len(never.Trades) != 0 {
		t.Errorf("gain factor 1e12: %d trades", len(never.Trades))
	}
	big := mustRun(t, m, &MeanVar{Strategy: strategy.DefaultMeanVar(), Gate: &strategy.Gate{MinMove: 0.6}}, cfg)
	free := mustRun(t, m, DefaultMeanVar(), cfg)
	if len(big.Trades) == 0 || len(big.Trades) >= len(free.Trades) {
		t.Errorf("min move 60%%: %d trades, ungated %d", len(big.Trades), len(free.Trades))
	}
	for _, tr := range big.Trades {
		if tr.Moved < 0.6*cfg.Capital*0.9 {
			t.Errorf("min move 60%%: a trade at row %d moved only %.0f", tr.Row, tr.Moved)
		}
	}
	shipped := mustRun(t, m, &MeanVar{Strategy: strategy.DefaultMeanVar(), Gate: &strategy.Gate{MinMove: 0.001, GainFactor: 3}}, cfg)
	if len(shipped.Trades) == 0 || len(shipped.Trades) > len(free.Trades) {
		t.Errorf("the shipped gate: %d trades, ungated %d", len(shipped.Trades), len(free.Trades))
	}
	t.Logf("trades: ungated %d, shipped gate %d, min move 60%% %d", len(free.Trades), len(shipped.Trades), len(big.Trades))
}
