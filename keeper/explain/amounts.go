package explain

import (
	"math/big"
	"strings"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// AssetDecimals are the decimals to show the amounts of the vault of
// decision d with: those d recorded; else, on the embedded chain, its
// stablecoin's (devchain.Decimals); else nil (unknown: an rpc chain's
// decision recorded before decimals were).
func AssetDecimals(cfg *config.Config, d store.Decision) *uint8 {
	if d.AssetDecimals != nil {
		v := *d.AssetDecimals
		return &v
	}
	if cfg.Chain.Kind == config.ChainEmbedded {
		v := uint8(devchain.Decimals)
		return &v
	}
	return nil
}

// Tokens is amount, in base units, in tokens of an asset with decimals, as
// an exact decimal string with all decimals digits ("1000000.000000",
// "-0.500000"); nil when decimals or amount are nil.
func Tokens(amount *big.Int, decimals *uint8) *string {
	if amount == nil || decimals == nil {
		return nil
	}
	digits := new(big.Int).Abs(amount).String()
	d := int(*decimals)
	if len(digits) <= d {
		digits = strings.Repeat("0", d-len(digits)+1) + digits
	}
	out := digits
	if d > 0 {
		out = digits[:len(digits)-d] + "." + digits[len(digits)-d:]
	}
	if amount.Sign() < 0 {
		out = "-" + out
	}
	return &out
}

// Ratio is a/b as a float (0 when b is 0).
func Ratio(a, b *big.Int) float64 {
	if b == nil || b.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	return f
}

// Tick is a vault's holdings at one tick: each source's assets, supply APY
// and share of total assets, the total and what is idle (nil when no
// decision recorded the tick's total), as keeper status and the
// transparency page show them.
type Tick struct {
	TickID            int64     `json:"tick_id"`
	Time              time.Time `json:"time"`
	Block             uint64    `json:"block"`
	TotalAssets       *string   `json:"total_assets"`
	TotalAssetsTokens *string   `json:"total_assets_tokens"`
	Idle              *string   `json:"idle"`
	IdleTokens        *string   `json:"idle_tokens"`
	Sources           []Source  `json:"sources"`
}

// NewTick is the Tick of observations obs (one tick's, not empty) with the
// total assets recorded for it (nil: unknown) in tokens of decimals.
func NewTick(tickID int64, obs []store.Observation, total *big.Int, decimals *uint8) *Tick {
	o := &Tick{TickID: tickID, Time: obs[0].Time, Block: obs[0].Block, Sources: make([]Source, len(obs))}
	inSources := new(big.Int)
	for i, ob := range obs {
		inSources.Add(inSources, ob.Assets)
		o.Sources[i] = Source{Name: ob.Name, Source: ob.Source, Assets: ob.Assets.String(),
			AssetsTokens: Tokens(ob.Assets, decimals), SupplyAPY: ob.SupplyAPY}
		if total != nil {
			s := Ratio(ob.Assets, total)
			o.Sources[i].Share = &s
		}
	}
	if total != nil {
		idle := new(big.Int).Sub(total, inSources)
		t, i := total.String(), idle.String()
		o.TotalAssets, o.Idle = &t, &i
		o.TotalAssetsTokens, o.IdleTokens = Tokens(total, decimals), Tokens(idle, decimals)
	}
	return o
}
