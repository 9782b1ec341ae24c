package rebalancer

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// prepared is what a tick's strategies decide from (prepare).
type prepared struct {
	// in is the strategy's input without its history, which only the
	// strategies that read it fetch (strategyHistory).
	in strategy.Input
	// current are the sources' weights now, assets/total assets exactly.
	current []float64
	// apy are the sources' supply APYs now.
	apy []float64
	// quotes are the sources' own quotes of their rate after a change of
	// the vault's holding, at the observed block (quoteModel).
	quotes []rateimpact.Model
	// rateModels are the quotes' quality per source (RateModelExact, …) and
	// rateNotes the limitation of each measured-only source, for the
	// decision's reason ("" for the others).
	rateModels, rateNotes []string
}

// prepare reads what the strategies decide from, besides the history:
// inputs, each source's rate quotes as the strategy's rate impact
// (quoteImpact), and their quality (rateModels): a measured-only source's
// absolute cap is lowered to governed.optimizer.measured_only_cap of its
// pool (capMeasuredOnly).
func (r *Rebalancer) prepare(ctx context.Context, st vaults.State, gasPrice *big.Int) (prepared, error) {
	pr := r.inputs(st, gasPrice)
	unit := math.Pow10(int(st.Decimals))
	kinds, pools, err := r.rateModels(ctx, st, unit)
	if err != nil {
		return prepared{}, err
	}
	pr.rateModels = kinds
	pr.rateNotes = capMeasuredOnly(&pr.in, kinds, pools, r.p.Config.Optimizer.MeasuredOnlyCap)
	// Every source's quotes go out together: one round-trip, not one per
	// quote.
	q := vaults.NewQuotes(ctx, r.p.Chain, new(big.Int).SetUint64(st.Block))
	asked := make([]sourceQuotes, len(st.Sources))
	for i, s := range st.Sources {
		asked[i] = askQuotes(q, st, s)
	}
	if q.Len() > 0 {
		if err := q.Run(); err != nil {
			return prepared{}, err
		}
	}
	for i, s := range st.Sources {
		m, err := asked[i].model(s, unit)
		if err != nil {
			return prepared{}, err
		}
		pr.quotes[i] = m
	}
	pr.in.Impact = quoteImpact(pr.quotes)
	return pr, nil
}

// inputs is what the vault's state says: its capital and holdings (asset
// units), and
//
//   - limits: the config's share cap, the vault's relative and absolute
//     caps, what each source can take now (its maxDeposit on top of what
//     the vault holds there, see depositCap; the tightest of these
//     applies), the vault's and config's minimum idle, and the vault's
//     maxTurnoverBps (less 0.1% for interest accrued before the call is
//     mined);
//   - costs: rebalance.gas_per_tx once and rebalance.gas_per_source per
//     source touched, priced at gasPrice in the vault's asset; the
//     strategy amortises them over governed.optimizer.cost_horizon.
//
// The quotes and the rate impact are left for prepare.
func (r *Rebalancer) inputs(st vaults.State, gasPrice *big.Int) prepared {
	n := len(st.Sources)
	unit := math.Pow10(int(st.Decimals))
	rb := r.p.Config.Rebalance
	perGas := toUnits(gasPrice, 1e18) * rb.EthPrice // asset units per gas
	pr := prepared{current: make([]float64, n), apy: make([]float64, n), quotes: make([]rateimpact.Model, n)}
	pr.in = strategy.Input{
		Names: make([]string, n), Capital: toUnits(st.TotalAssets, unit), Holdings: make([]float64, n),
		Limits: strategy.Limits{Caps: make([]float64, n), AbsCaps: make([]float64, n), RelCapsBps: make([]uint64, n),
			MinIdle:     math.Max(r.p.Config.Optimizer.MinIdle, float64(st.MinIdleBps)/10_000),
			MaxTurnover: float64(st.MaxTurnoverBps) / 10_000 * 0.999,
			// Interest moves the allocation past a cap or the idle floor by a little every tick; a drift
			// smaller than the smallest move worth sending does not force one.
			Drift: rb.MinMove},
		Costs: strategy.Costs{Source: rb.GasPerSource * perGas, Tx: rb.GasPerTx * perGas},
	}
	for i, s := range st.Sources {
		sc := r.p.Sources[s.Address]
		pr.in.Names[i] = sc.Name
		pr.in.Holdings[i] = toUnits(s.Assets, unit)
		pr.in.Limits.Caps[i] = sc.Cap
		pr.in.Limits.AbsCaps[i] = toUnits(s.Cap, unit)
		if c := depositCap(s); c != nil {
			pr.in.Limits.AbsCaps[i] = math.Min(pr.in.Limits.AbsCaps[i], toUnits(c, unit))
		}
		pr.in.Limits.RelCapsBps[i] = min(s.RelCapBps, 10_000)
		pr.current[i] = ratio(s.Assets, st.TotalAssets)
		pr.apy[i] = s.SupplyAPY
	}
	return pr
}

// quoteImpact is the rate impact of the sources' own quotes around a
// forecast: source i, forecast to pay f, pays f + Q_i(δ) − Q_i(0) after the
// vault's holding there changes by δ, Q_i being its quotes at the observed
// block (which include the vault's holding, as the stored APYs the forecast
// comes from do). With f = Q_i(0), the APY now, that is the quotes
// themselves.
type quoteImpact []rateimpact.Model

func (q quoteImpact) Model(i int, f float64) rateimpact.Model {
	return shifted{m: q[i], by: f - q[i].RateAfter(0)}
}

// shifted is a rate-impact model moved by a constant rate.
type shifted struct {
	m  rateimpact.Model
	by float64
}

func (s shifted) RateAfter(d float64) float64 { return s.m.RateAfter(d) + s.by }
func (s shifted) MaxWithdraw() float64        { return s.m.MaxWithdraw() }

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

// sourceQuotes are the questions asked of one source (askQuotes): the moves
// quoted, and the vault's current holding's rate for the move of zero.
type sourceQuotes struct {
	moves        []quotedMove
	withdrawable *big.Int
}

// quotedMove is one move a source is asked about; quote is nil for the move
// of zero, whose rate is the source's current one.
type quotedMove struct {
	added, removed *big.Int
	quote          *vaults.Quote
}

// liquidityHeadroom is the share of a source's free liquidity the keeper
// leaves in it when a withdrawal is bounded by that liquidity (the source's
// maxWithdraw is below the vault's holding there). Borrowers move a pool's
// liquidity between the block a tick reads and the block its rebalance is
// simulated and mined in; a plan that took all of it would revert whenever
// they had borrowed more in between (nothing is signed, but the tick is
// lost, and while borrowing rises it is lost at every tick). It also keeps
// the keeper from taking a pool's last free liquidity in one move.
const liquidityHeadroom = 0.1

// withdrawableFrom is what the keeper plans to take from s at most: its
// holding, or, when the source's liquidity bounds it, the source's
// maxWithdraw less liquidityHeadroom of it.
func withdrawableFrom(s vaults.SourceState) *big.Int {
	if s.MaxWithdraw.Cmp(s.Assets) >= 0 {
		return s.Assets
	}
	return new(big.Int).Sub(s.MaxWithdraw, scaleInt(s.MaxWithdraw, liquidityHeadroom))
}

// askQuotes adds to q the questions for s: its APY after each quoted move
// (quoteFractions of total assets in, withdrawalFractions of what it can
// return out, withdrawableFrom), at the observed block.
func askQuotes(q *vaults.Quotes, st vaults.State, s vaults.SourceState) sourceQuotes {
	withdrawable := withdrawableFrom(s)
	moves := []quotedMove{{added: new(big.Int), removed: new(big.Int)}}
	for _, f := range quoteFractions {
		if a := scaleInt(st.TotalAssets, f); a.Sign() > 0 {
			moves = append(moves, quotedMove{added: a, removed: new(big.Int), quote: q.Add(s.Address, a, new(big.Int))})
		}
	}
	seen := map[string]bool{}
	for _, f := range withdrawalFractions {
		if w := scaleInt(withdrawable, f); w.Sign() > 0 && !seen[w.String()] {
			seen[w.String()] = true
			moves = append(moves, quotedMove{added: new(big.Int), removed: w, quote: q.Add(s.Address, new(big.Int), w)})
		}
	}
	return sourceQuotes{moves: moves, withdrawable: withdrawable}
}

// model is the interpolating rate-impact model (rateimpact.Sampled) of the
// answered quotes, in asset units.
func (sq sourceQuotes) model(s vaults.SourceState, unit float64) (rateimpact.Model, error) {
	xs := make([]float64, 0, len(sq.moves))
	rs := make([]float64, 0, len(sq.moves))
	for _, m := range sq.moves {
		rate := s.SupplyRate
		if m.quote != nil {
			rate = m.quote.Rate()
		}
		apy, err := vaults.APYFromRayAPR(rate)
		if err != nil {
			return nil, fmt.Errorf("source %s supplyRateAfter(%v, %v): %w", s.Address.Hex(), m.added, m.removed, err)
		}
		xs = append(xs, toUnits(new(big.Int).Sub(m.added, m.removed), unit))
		rs = append(rs, apy)
	}
	m, err := rateimpact.NewSampled(xs, rs, toUnits(sq.withdrawable, unit))
	if err != nil {
		return nil, fmt.Errorf("source %s rate quotes: %w", s.Address.Hex(), err)
	}
	return m, nil
}
