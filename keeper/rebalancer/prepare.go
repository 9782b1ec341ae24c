package rebalancer

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/covariance"
	"github.com/vaultkeeper/vaultkeeper/optimizer/meanvar"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// prepare builds the allocation problem from the vault's state and its
// stored APY history, for meanvar.Solve (optimizer/meanvar):
//
//   - μ: each source's current APY; Σ: covariance of its stored APY changes;
//   - rate impact: each source's own quotes of its rate after hypothetical
//     moves (supplyRateAfter at the observed block, see quoteModel);
//   - caps: the config's share cap, the vault's relative and absolute caps,
//     what each source can take now (its maxDeposit on top of what the
//     vault holds there, see depositCap; the tightest of these applies),
//     and the vault's and config's minimum idle;
//   - switching costs: rebalance.gas_per_tx once and rebalance.gas_per_source
//     per source touched, priced at the current gas price, amortised over a
//     horizon of 1/gain_factor years, so a move is made only if its expected
//     gain pays gain_factor × its gas within a year;
//   - turnover: the vault's maxTurnoverBps (less 0.1% for interest accrued
//     before the call is mined).
//
// The RL strategies read the same inputs from it (rate quotes, caps, gas).
func (r *Rebalancer) prepare(ctx context.Context, st vaults.State, gasPrice *big.Int) (meanvar.Problem, error) {
	n := len(st.Sources)
	unit := math.Pow10(int(st.Decimals))
	capital := toUnits(st.TotalAssets, unit)
	addrs := make([]string, n)
	mu := make([]float64, n)
	caps := make([]float64, n)
	absCaps := make([]float64, n)
	relCaps := make([]uint64, n)
	cur := make([]float64, n)
	models := make([]rateimpact.Model, n)
	for i, s := range st.Sources {
		addrs[i] = hexAddr(s.Address)
		mu[i] = s.SupplyAPY
		caps[i] = r.p.Sources[s.Address].Cap
		absCaps[i] = toUnits(s.Cap, unit)
		if c := depositCap(s); c != nil {
			absCaps[i] = math.Min(absCaps[i], toUnits(c, unit))
		}
		relCaps[i] = min(s.RelCapBps, 10_000)
		cur[i] = ratio(s.Assets, st.TotalAssets)
		m, err := r.quoteModel(ctx, st, s, unit)
		if err != nil {
			return meanvar.Problem{}, err
		}
		models[i] = m
	}
	hist, err := r.p.Store.APYHistory(ctx, r.chainID.Uint64(), hexAddr(st.Vault), addrs, r.p.Config.Optimizer.Lookback)
	if err != nil {
		return meanvar.Problem{}, fmt.Errorf("reading APY history: %w", err)
	}
	var cov *mat.SymDense
	if len(hist) >= CovarianceMinTicks {
		changes := mat.NewDense(len(hist)-1, n, nil)
		for t := 1; t < len(hist); t++ {
			for i := 0; i < n; i++ {
				changes.Set(t-1, i, hist[t][i]-hist[t-1][i])
			}
		}
		if cov, err = covariance.Sample(changes); err != nil {
			return meanvar.Problem{}, fmt.Errorf("estimating the covariance of APY changes: %w", err)
		}
	}
	rb := r.p.Config.Rebalance
	perGas := toUnits(gasPrice, 1e18) * rb.EthPrice // asset units per gas
	horizon := 1.0
	if rb.GainFactor > 0 {
		horizon = 1 / rb.GainFactor
	}
	return meanvar.Problem{
		Mu: mu, Cov: cov, RiskAversion: r.p.Config.Optimizer.RiskAversion,
		Caps: caps, AbsCaps: absCaps, RelCapsBps: relCaps,
		MinIdle: math.Max(r.p.Config.Optimizer.MinIdle, float64(st.MinIdleBps)/10_000),
		Current: cur, Capital: capital, Impact: models,
		SourceCost: rb.GasPerSource * perGas, TxCost: rb.GasPerTx * perGas, Horizon: horizon,
		MaxTurnover: float64(st.MaxTurnoverBps) / 10_000 * 0.999,
	}, nil
}

// maxUint256 is what a source's maxDeposit reports when it has no limit.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// depositCap is the most the vault can hold in s after a rebalance, given
// what s can take now (its maxDeposit: an Aave supply cap, an ERC-4626
// vault's deposit limit, a paused market's 0): what the vault holds there
// plus that room, less 0.1% of the room and one unit for interest that
// fills the protocol's cap before the call is mined and for the rounding of
// weights to targets. A rebalance whose deposit into s went beyond it would
// revert whole. Nil when s has no limit. Never below what the vault holds,
// so a full source is only kept, never taken for one above its cap.
func depositCap(s vaults.SourceState) *big.Int {
	if s.MaxDeposit == nil || s.MaxDeposit.Cmp(maxUint256) >= 0 {
		return nil
	}
	room := new(big.Int).Quo(s.MaxDeposit, big.NewInt(1000))
	room.Sub(s.MaxDeposit, room.Add(room, big.NewInt(1)))
	if room.Sign() < 0 {
		room.SetInt64(0)
	}
	return room.Add(room, s.Assets)
}

// quoteFractions are the moves, as fractions of total assets, at which each
// source is asked for its rate; withdrawalFractions those of the vault's
// current holding (within what the source can return now). Several
// withdrawal sizes let the interpolation follow a kink that a withdrawal
// crosses.
var (
	quoteFractions      = []float64{0.005, 0.02, 0.05, 0.1, 0.25, 0.5, 1}
	withdrawalFractions = []float64{0.1, 0.25, 0.5, 1}
)

// quoteModel asks a source, at the observed block, for its APY after each
// quoted move and returns the interpolating rate-impact model
// (rateimpact.Sampled), in asset units.
func (r *Rebalancer) quoteModel(ctx context.Context, st vaults.State, s vaults.SourceState, unit float64) (rateimpact.Model, error) {
	src, err := bindings.NewSource(s.Address, r.p.Chain)
	if err != nil {
		return nil, fmt.Errorf("binding source %s: %w", s.Address.Hex(), err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(st.Block)}
	withdrawable := s.Assets
	if s.MaxWithdraw.Cmp(withdrawable) < 0 {
		withdrawable = s.MaxWithdraw
	}
	type quote struct{ added, removed *big.Int }
	quotes := []quote{{new(big.Int), new(big.Int)}}
	for _, f := range quoteFractions {
		if q := scaleInt(st.TotalAssets, f); q.Sign() > 0 {
			quotes = append(quotes, quote{q, new(big.Int)})
		}
	}
	seen := map[string]bool{}
	for _, f := range withdrawalFractions {
		if q := scaleInt(withdrawable, f); q.Sign() > 0 && !seen[q.String()] {
			seen[q.String()] = true
			quotes = append(quotes, quote{new(big.Int), q})
		}
	}
	xs := make([]float64, 0, len(quotes))
	rs := make([]float64, 0, len(quotes))
	for _, q := range quotes {
		rate := s.SupplyRate
		if q.added.Sign() != 0 || q.removed.Sign() != 0 {
			if rate, err = src.SupplyRateAfter(opts, q.added, q.removed); err != nil {
				return nil, fmt.Errorf("source %s supplyRateAfter(%v, %v): %w", s.Address.Hex(), q.added, q.removed, err)
			}
		}
		apy, err := vaults.APYFromRayAPR(rate)
		if err != nil {
			return nil, fmt.Errorf("source %s: %w", s.Address.Hex(), err)
		}
		xs = append(xs, toUnits(new(big.Int).Sub(q.added, q.removed), unit))
		rs = append(rs, apy)
	}
	m, err := rateimpact.NewSampled(xs, rs, toUnits(withdrawable, unit))
	if err != nil {
		return nil, fmt.Errorf("source %s rate quotes: %w", s.Address.Hex(), err)
	}
	return m, nil
}
