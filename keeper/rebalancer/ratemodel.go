package rebalancer

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/deploy"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// The quality of a source's rate-impact model (store.Decision.RateModels,
// keeper explain): what the source's supplyRateAfter quotes are worth as
// the rate after the vault's move.
const (
	// RateModelExact: the adapter computes the protocol's own rate after the
	// move (Aave, Compound, a Morpho Blue market).
	RateModelExact = "exact"
	// RateModelMeasuredOnly: the adapter quotes every move at the target's
	// past share-price growth (ERC4626Adapter), blind to the vault's flows;
	// the optimizer caps the vault's share of its pool
	// (governed.optimizer.measured_only_cap).
	RateModelMeasuredOnly = "measured-only"
	// RateModelUnknown: the adapter's code is none of the committed
	// artifacts', so the keeper cannot tell; it is not capped (the keeper
	// caps only what it knows to be measured-only), and explain shows it.
	RateModelUnknown = "unknown"
)

// exactAdapters are the committed adapters whose quotes are the protocol's
// own rate math; measuredOnlyAdapter the one that quotes its past share
// price.
var (
	exactAdapters       = []string{"AaveV3Adapter", "CompoundV3Adapter", "MorphoBlueAdapter", "MetaMorphoAdapter"}
	measuredOnlyAdapter = "ERC4626Adapter"
)

// rateModelOf classifies an adapter's runtime code against the committed
// artifacts (deploy.CodeMatches: byte for byte but for the immutables), so
// a source cannot claim a quality its code does not have.
func rateModelOf(code []byte) (string, error) {
	if ok, err := deploy.CodeMatches(measuredOnlyAdapter, code); err != nil || ok {
		if err != nil {
			return "", err
		}
		return RateModelMeasuredOnly, nil
	}
	for _, name := range exactAdapters {
		ok, err := deploy.CodeMatches(name, code)
		if err != nil {
			return "", err
		}
		if ok {
			return RateModelExact, nil
		}
	}
	return RateModelUnknown, nil
}

// rateModels reads each source's rate-model quality (its code, at the
// observed block) and, for a measured-only source, the total assets of the
// ERC-4626 vault it supplies to (asset units; NaN for the others).
func (r *Rebalancer) rateModels(ctx context.Context, st vaults.State, unit float64) (kinds []string, pools []float64, err error) {
	block := new(big.Int).SetUint64(st.Block)
	opts := &bind.CallOpts{Context: ctx, BlockNumber: block}
	kinds, pools = make([]string, len(st.Sources)), make([]float64, len(st.Sources))
	addrs := make([]common.Address, len(st.Sources))
	for i, s := range st.Sources {
		addrs[i] = s.Address
	}
	codes, err := vaults.CodesAt(ctx, r.p.Chain, addrs, block) // one round-trip for every source
	if err != nil {
		return nil, nil, fmt.Errorf("reading the sources' code: %w", err)
	}
	for i, s := range st.Sources {
		pools[i] = math.NaN()
		if kinds[i], err = rateModelOf(codes[i]); err != nil {
			return nil, nil, fmt.Errorf("source %s's rate model: %w", s.Address.Hex(), err)
		}
		if kinds[i] != RateModelMeasuredOnly {
			continue
		}
		pool, err := r.targetAssets(opts, s.Address)
		if err != nil {
			return nil, nil, err
		}
		pools[i] = toUnits(pool, unit)
	}
	return kinds, pools, nil
}

// targetAssets is the totalAssets of the ERC-4626 vault an ERC4626Adapter
// supplies to.
func (r *Rebalancer) targetAssets(opts *bind.CallOpts, adapter common.Address) (*big.Int, error) {
	a, err := bindings.NewERC4626Adapter(adapter, r.p.Chain)
	if err != nil {
		return nil, fmt.Errorf("binding ERC-4626 adapter %s: %w", adapter.Hex(), err)
	}
	target, err := a.TARGET(opts)
	if err != nil {
		return nil, fmt.Errorf("ERC-4626 adapter %s TARGET(): %w", adapter.Hex(), err)
	}
	v, err := bindings.NewMock4626(target, r.p.Chain) // any ERC-4626: totalAssets() is the standard's
	if err != nil {
		return nil, fmt.Errorf("binding ERC-4626 vault %s: %w", target.Hex(), err)
	}
	total, err := v.TotalAssets(opts)
	if err != nil {
		return nil, fmt.Errorf("ERC-4626 vault %s totalAssets(): %w", target.Hex(), err)
	}
	return total, nil
}

// measuredOnlyCap is the most the vault may hold in a measured-only source
// whose pool (the target's total assets) is pool and where it holds held
// now (asset units): its share of the pool after the move, h/(pool − held
// + h), at most share, i.e. h ≤ share·(pool − held)/(1 − share). +Inf for
// share 1 (no cap); 0 when the pool is all the vault's.
func measuredOnlyCap(share, pool, held float64) float64 {
	if share >= 1 {
		return math.Inf(1)
	}
	return share * math.Max(pool-held, 0) / (1 - share)
}

// capMeasuredOnly lowers the absolute caps of in's measured-only sources to
// measuredOnlyCap (governed.optimizer.measured_only_cap of their pool), but
// never below what the vault holds there now: the cap stops new money, it
// does not force a withdrawal (a pool that shrinks would otherwise force a
// sale at every tick, past the gain gate, from a source whose liquidity the
// keeper can only take from its maxWithdraw). It returns the reason notes
// for those sources ("" for the others): their rate after the move is
// measured, not quoted, so the decision says so with the cap.
func capMeasuredOnly(in *strategy.Input, kinds []string, pools []float64, share float64) []string {
	notes := make([]string, len(kinds))
	for i, k := range kinds {
		if k != RateModelMeasuredOnly {
			continue
		}
		name, held := in.Names[i], in.Holdings[i]
		c := measuredOnlyCap(share, pools[i], held)
		switch {
		case math.IsInf(c, 1):
			notes[i] = name + ": rate after the move measured from the share price, not quoted (governed.optimizer.measured_only_cap 1: not capped)"
		case c < held:
			c = held
			notes[i] = fmt.Sprintf("%s: rate after the move measured from the share price, not quoted: held at its %.2f, already above %.4g%% of its pool of %.2f (no new money, no forced sale)",
				name, held, 100*share, pools[i])
		default:
			notes[i] = fmt.Sprintf("%s: rate after the move measured from the share price, not quoted: capped at %.2f (%.4g%% of its pool of %.2f after the move)",
				name, c, 100*share, pools[i]-held+c)
		}
		if in.Limits.AbsCaps[i] > c {
			in.Limits.AbsCaps[i] = c
		}
	}
	return notes
}

// withNotes appends the non-empty notes to a decision's reason ("; "
// between them).
func withNotes(reason string, notes []string) string {
	for _, n := range notes {
		if n != "" {
			reason += "; " + n
		}
	}
	return strings.TrimSpace(reason)
}
