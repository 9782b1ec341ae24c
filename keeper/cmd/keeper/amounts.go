package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// assetDecimals are the decimals to show the amounts of the vault of
// decision d with: those d recorded; else, on the embedded chain, its
// stablecoin's (devchain.Decimals); else nil (unknown: an rpc chain's
// decision recorded before decimals were).
func assetDecimals(cfg *config.Config, d store.Decision) *uint8 {
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

// tokens is amount, in base units, in tokens of an asset with decimals, as
// an exact decimal string with all decimals digits ("1000000.000000",
// "-0.500000"); nil when decimals or amount are nil.
func tokens(amount *big.Int, decimals *uint8) *string {
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

// tokensOf is tokens for an amount given as a decimal string.
func tokensOf(amount string, decimals *uint8) *string {
	v, ok := new(big.Int).SetString(amount, 10)
	if !ok {
		return nil
	}
	return tokens(v, decimals)
}

// grouped is a decimal string with its integer digits in groups of three:
// "1000000.000000" → "1,000,000.000000".
func grouped(dec string) string {
	sign, rest := "", dec
	if strings.HasPrefix(rest, "-") {
		sign, rest = "-", rest[1:]
	}
	whole, frac, hasFrac := strings.Cut(rest, ".")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// amountText is an amount in running text: "1,000,000.000000 (1000000000000
// base units)", or "1000000000000 base units" when the decimals are unknown.
func amountText(base string, tok *string) string {
	if tok == nil {
		return base + " base units"
	}
	return grouped(*tok) + " (" + base + " base units)"
}

// amountCell is an amount in a table under amountsHeader:
// "1,000,000.000000 (1000000000000)", or "(1000000000000)" when the decimals
// are unknown.
func amountCell(base string, tok *string) string {
	if tok == nil {
		return "(" + base + ")"
	}
	return grouped(*tok) + " (" + base + ")"
}

// amountsHeader names the amount columns of a table of amountCells.
func amountsHeader(decimals *uint8) string {
	if decimals == nil {
		return "ASSETS (BASE UNITS; DECIMALS UNKNOWN)"
	}
	return fmt.Sprintf("ASSETS, TOKENS (BASE UNITS, %d DECIMALS)", *decimals)
}

func pct(f *float64) string {
	if f == nil {
		return "-"
	}
	return fmt.Sprintf("%.2f", 100**f)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// ratio is a/b as a float (0 when b is 0).
func ratio(a, b *big.Int) float64 {
	if b == nil || b.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	return f
}
