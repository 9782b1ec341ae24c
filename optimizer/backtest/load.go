package backtest

import (
	"fmt"
	"time"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// DefaultMaxGap is the longest gap in a pool's record that LoadMarket
// forward-fills; a longer gap is "no data" (the pool earns nothing then and
// cannot take deposits).
const DefaultMaxGap = 7 * 24 * time.Hour

// LoadMarket loads every history file in dir (history.LoadDir), aligns them
// on a grid of the given step, forward-filling gaps up to maxGap
// (history.Align), and builds a market with cfg. The history is used as it
// is: no spike filter (history.Winsorize) is applied, since the market must
// pay what the pools paid.
func LoadMarket(dir string, step, maxGap time.Duration, cfg market.Config) (*market.Market, error) {
	ss, err := history.LoadDir(dir)
	if err != nil {
		return nil, err
	}
	p, err := history.Align(ss, step, maxGap)
	if err != nil {
		return nil, fmt.Errorf("aligning %s: %w", dir, err)
	}
	return market.New(p, cfg)
}
