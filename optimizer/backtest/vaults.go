package backtest

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
	"github.com/vaultkeeper/vaultkeeper/optimizer/market"
)

// Panel aligns the kept pools on the grid of the load options with cfg's
// utilisation behind the liquidity of ModelPoolState pools: the market
// takes a pool's supply as S = L/(1−u₀) from its liquidity column L, so for
// those pools the column holds S·(1−u₀), with S their own supply in USD,
// tvl/(1−u) at the observed utilisation u = borrow/supply (the supply at
// the price tvl/(supply−borrow) that the free liquidity implies; at u = 1,
// where tvl says nothing of the price, the supply at 1 USD a unit, the
// stablecoins' peg). Capacity-model pools keep their tvl.
func (d *Data) Panel(cfg market.Config) (*history.Panel, error) {
	ss := make([]*history.Series, len(d.Series))
	for j, s := range d.Series {
		ss[j] = s
		if d.Models[j] != ModelPoolState {
			continue
		}
		c := *s
		c.Points = append([]history.Point(nil), s.Points...)
		for k := range c.Points {
			c.Points[k].TVL = PoolStateSupply(c.Points[k]) * (1 - cfg.Util)
		}
		ss[j] = &c
	}
	p, err := history.Align(ss, d.opt.Step, d.opt.MaxGap)
	if err != nil {
		return nil, fmt.Errorf("aligning %s: %w", d.Dir, err)
	}
	return p, nil
}

// PoolStateSupply is a pool's supply in USD from its state (see Panel):
// tvl/(1 − borrow/supply) when borrow < supply, else supply, and 0 without
// supply.
func PoolStateSupply(p history.Point) float64 {
	switch {
	case !(p.Supply > 0):
		return 0
	case p.Borrow < p.Supply:
		return p.TVL / (1 - p.Borrow/p.Supply)
	}
	return p.Supply
}

// Market is every kept pool in one market with cfg (one vault across all
// chains, as no real vault is).
func (d *Data) Market(cfg market.Config) (*market.Market, error) {
	p, err := d.Panel(cfg)
	if err != nil {
		return nil, err
	}
	return market.New(p, cfg)
}

// Vault is one chain's vault: a market of that chain's pools only.
type Vault struct {
	Chain  string
	Market *market.Market
	// Pools are the vault's pools as columns of Data.Market's market.
	Pools []int
}

// Vaults are one vault per chain, in chain order, each a market of its
// chain's pools on the common grid (so that their rows line up with
// Data.Market's and with each other's).
func (d *Data) Vaults(cfg market.Config) ([]Vault, error) {
	p, err := d.Panel(cfg)
	if err != nil {
		return nil, err
	}
	by := map[string][]int{}
	for j, c := range d.Chains {
		by[c] = append(by[c], j)
	}
	chains := make([]string, 0, len(by))
	for c := range by {
		chains = append(chains, c)
	}
	sort.Strings(chains)
	out := make([]Vault, len(chains))
	for k, c := range chains {
		cols := by[c]
		sub := &history.Panel{Times: p.Times, Names: make([]string, len(cols)),
			APY: mat.NewDense(len(p.Times), len(cols), nil), TVL: mat.NewDense(len(p.Times), len(cols), nil),
			Filled: mat.NewDense(len(p.Times), len(cols), nil)}
		for n, j := range cols {
			sub.Names[n] = p.Names[j]
			sub.APY.SetCol(n, mat.Col(nil, j, p.APY))
			sub.TVL.SetCol(n, mat.Col(nil, j, p.TVL))
			sub.Filled.SetCol(n, mat.Col(nil, j, p.Filled))
		}
		m, err := market.New(sub, cfg)
		if err != nil {
			return nil, fmt.Errorf("chain %s: %w", c, err)
		}
		out[k] = Vault{Chain: c, Market: m, Pools: cols}
	}
	return out, nil
}

// AllChains is the Chain of Combine's result.
const AllChains = "all"

// Combine is the sum of one strategy's vaults, each run on its own chain
// with the same capital over the same rows: the value paths (and gross
// paths) add up, so its metrics are the capital-weighted total, with equal
// capital the chains' average growth. pools[c] maps vault c's columns to
// the n columns of the whole data (Vault.Pools); the combined Weights are
// each pool's share of the total value. Trades are merged in time order.
func Combine(rs []*Result, pools [][]int, n int, periodYears float64) (*Result, error) {
	if len(rs) == 0 || len(rs) != len(pools) {
		return nil, fmt.Errorf("backtest: combine: %d results for %d vaults", len(rs), len(pools))
	}
	r0 := rs[0]
	K := len(r0.Value) - 1
	out := &Result{Strategy: r0.Strategy, Start: r0.Start, End: r0.End,
		Times: r0.Times, Value: make([]float64, K+1), Gross: make([]float64, K+1), Weights: make([][]float64, K)}
	var notes []string
	for _, r := range rs {
		if r.Strategy != r0.Strategy || r.Start != r0.Start || r.End != r0.End || len(r.Value) != K+1 {
			return nil, fmt.Errorf("backtest: combine: %s rows %d…%d with %s rows %d…%d", r.Strategy, r.Start, r.End, r0.Strategy, r0.Start, r0.End)
		}
		for k := range r.Value {
			out.Value[k] += r.Value[k]
			out.Gross[k] += r.Gross[k]
		}
		out.Trades = append(out.Trades, r.Trades...)
		if r.Note != "" && !slices.Contains(notes, r.Note) {
			notes = append(notes, r.Note)
		}
	}
	for k := 0; k < K; k++ {
		w := make([]float64, n)
		for c, r := range rs {
			for j, x := range r.Weights[k] {
				w[pools[c][j]] += x * r.Value[k] / out.Value[k]
			}
		}
		out.Weights[k] = w
	}
	sort.SliceStable(out.Trades, func(a, b int) bool { return out.Trades[a].Row < out.Trades[b].Row })
	out.Note = fmt.Sprintf("sum of %d chain vaults", len(rs))
	if len(notes) == 1 {
		out.Note += "; " + notes[0]
	}
	out.Metrics = metrics(out, periodYears)
	if math.IsNaN(out.Metrics.NetAPYPct) {
		return nil, fmt.Errorf("backtest: combine %s: no value", r0.Strategy)
	}
	return out, nil
}

// DataSummary is one line per chain: its pools and their models.
func (d *Data) DataSummary() string {
	count := map[string]int{}
	models := map[string]map[string]int{}
	for j, c := range d.Chains {
		count[c]++
		if models[c] == nil {
			models[c] = map[string]int{}
		}
		models[c][d.Models[j]]++
	}
	chains := make([]string, 0, len(count))
	for c := range count {
		chains = append(chains, c)
	}
	sort.Strings(chains)
	var b strings.Builder
	for _, c := range chains {
		var ms []string
		for m, k := range models[c] {
			ms = append(ms, fmt.Sprintf("%d %s", k, m))
		}
		sort.Strings(ms)
		fmt.Fprintf(&b, "%s: %d pools (%s)\n", c, count[c], strings.Join(ms, ", "))
	}
	return b.String()
}
