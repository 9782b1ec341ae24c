package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	explainpkg "github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// assetDecimals is explain.AssetDecimals.
func assetDecimals(cfg *config.Config, d store.Decision) *uint8 {
	return explainpkg.AssetDecimals(cfg, d)
}

// tokens is explain.Tokens.
func tokens(amount *big.Int, decimals *uint8) *string { return explainpkg.Tokens(amount, decimals) }

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

// ratio is explain.Ratio.
func ratio(a, b *big.Int) float64 { return explainpkg.Ratio(a, b) }
