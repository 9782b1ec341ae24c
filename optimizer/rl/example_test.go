package rl_test

import (
	"fmt"
	"os"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
)

// The keeper's use: load the model file once, then at every tick build an
// observation from the chain and the SQLite history (daily APYs, oldest
// first) and act on it.
func ExampleModel_Act() {
	f, err := os.Open("testdata/model_v1.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	md, err := rl.Load(f)
	if err != nil {
		panic(err)
	}
	obs := rl.Observation{
		Value: 2_000_000, // USDC
		Gas:   5,         // USDC per source touched
		Sources: []rl.SourceObs{
			{APY: []float64{0.061, 0.060, 0.062, 0.064}, Liquidity: 80e6, Weight: 0.50},
			{APY: []float64{0.041, 0.040, 0.040, 0.039}, Liquidity: 300e6, Weight: 0.45},
			{APY: []float64{0.090, 0.085, 0.088, 0.091}, Liquidity: 1e6, Weight: 0},
		},
	}
	w, trade, err := md.Act(obs)
	if err != nil {
		panic(err)
	}
	fmt.Println(md.ID(), "window", md.Window(), "trade", trade)
	fmt.Printf("weights %.3f\n", w)
	// Output:
	// rl/v1 window 30 trade true
	// weights [0.500 0.234 0.263]
}
