package meanvar_test

import (
	"fmt"
	"math"

	"github.com/vaultkeeper/vaultkeeper/optimizer/meanvar"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
)

// A vault of 10M holds 6M in a Compound v3 pool and 3M in an Aave v3 pool,
// 1M idle. The Problem is built from the vault's state as the keeper reads
// it: capital and current weights from totalAssets and each source's
// assets, caps and limits from the vault, rate-impact models from each
// pool's supply, borrow and curve (quoted at the current state, which
// includes the vault's holding), fixed costs from the gas of a rebalance
// priced in the asset, and a horizon of 1/GainFactor years.
func ExampleSolve() {
	const total = 10e6
	comet, _ := rateimpact.NewKinked(rateimpact.CometCurve{SlopeLow: 0.04, SlopeHigh: 1.5, Kink: 0.9}, 60e6, 45e6)
	aave, _ := rateimpact.NewKinked(rateimpact.AaveCurve{Slope1: 0.05, Slope2: 0.8, Optimal: 0.9, ReserveFactor: 0.1}, 80e6, 70e6)
	models := []rateimpact.Model{comet, aave}
	p := meanvar.Problem{
		Capital:     total,
		Current:     []float64{6e6 / total, 3e6 / total},
		Impact:      models,
		AbsCaps:     []float64{math.Inf(1), 7e6}, // the vault's absolute caps
		RelCapsBps:  []uint64{8000, 8000},        // relativeCapBps
		MinIdle:     0.02,                        // max(config, minIdleBps/10⁴)
		MaxTurnover: 0.25,                        // maxTurnoverBps/10⁴
		PropCost:    []float64{0.0001, 0.0001},   // 1 bp in and out
		SourceCost:  12,                          // gas per source touched, in the asset
		TxCost:      20,                          // base gas of rebalance()
		Horizon:     1.0 / 3,                     // GainFactor 3
		Mu:          []float64{comet.RateAfter(0), aave.RateAfter(0)},
	}
	res, err := meanvar.Solve(p)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, w := range res.Weights {
		// Leave untouched sources exactly as they are.
		target := p.Current[i] * total
		if res.Touched[i] {
			target = w * total
		}
		fmt.Printf("source %d: %.2f%% -> %.2f%%, target %.0f, APY after %.3f%%\n",
			i, 100*p.Current[i], 100*w, target, 100*models[i].RateAfter(target-p.Current[i]*total))
	}
	fmt.Printf("idle %.2f%%, turnover %.2f%%\n", 100*res.Idle, 100*res.Turnover)
	fmt.Printf("gain %.0f/yr, cost %.0f, hold %v\n", res.Gain, res.Cost, res.Hold)
	// Output:
	// source 0: 60.00% -> 43.00%, target 4300000, APY after 3.087%
	// source 1: 30.00% -> 55.00%, target 5500000, APY after 3.600%
	// idle 2.00%, turnover 25.00%
	// gain 35898/yr, cost 464, hold false
}
