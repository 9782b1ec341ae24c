package explain

import (
	"math/big"
	"strings"

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
