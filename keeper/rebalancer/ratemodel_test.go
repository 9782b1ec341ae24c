package rebalancer

import (
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/contracts"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// artifactCode is a committed artifact's runtime code (immutables zero).
func artifactCode(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := contracts.Artifact(name)
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		DeployedBytecode string `json:"deployedBytecode"`
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatal(err)
	}
	code, err := hexutil.Decode(a.DeployedBytecode)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// TestRateModelOfCode: the quality comes from the adapter's code: the
// ERC-4626 adapter's is measured-only, the Aave, Compound and Morpho Blue
// adapters' exact, any other code unknown.
func TestRateModelOfCode(t *testing.T) {
	for name, want := range map[string]string{
		"ERC4626Adapter":    RateModelMeasuredOnly,
		"AaveV3Adapter":     RateModelExact,
		"CompoundV3Adapter": RateModelExact,
		"MorphoBlueAdapter": RateModelExact,
		"MetaMorphoAdapter": RateModelExact,
		"Mock4626":          RateModelUnknown,
	} {
		got, err := rateModelOf(artifactCode(t, name))
		if err != nil || got != want {
			t.Errorf("%s: rate model %q (%v), want %q", name, got, err, want)
		}
	}
	if got, err := rateModelOf(nil); err != nil || got != RateModelUnknown {
		t.Errorf("no code: %q (%v), want %q", got, err, RateModelUnknown)
	}
}

// TestMeasuredOnlyCap: the vault's share of the pool after the move is the
// cap's share exactly; share 1 is no cap.
func TestMeasuredOnlyCap(t *testing.T) {
	// a pool of 1,000 of which the vault holds 100: others hold 900; with a
	// 25% cap the vault may hold 300 (300 / (900 + 300) = 25%)
	if c := measuredOnlyCap(0.25, 1000, 100); math.Abs(c-300) > 1e-9 {
		t.Errorf("cap %v, want 300", c)
	}
	if c := measuredOnlyCap(1, 1000, 100); !math.IsInf(c, 1) {
		t.Errorf("share 1: cap %v, want +Inf", c)
	}
	if c := measuredOnlyCap(0.25, 100, 100); c != 0 {
		t.Errorf("a pool that is all the vault's: cap %v, want 0", c)
	}
}

// TestMeasuredOnlySourceHeldToCap: two sources paying the same, one exact and
// one measured-only, a third paying less; the optimizer puts the measured-only
// source at its pool cap, the exact one takes the rest up to its own cap, and
// the reason notes say why.
func TestMeasuredOnlySourceHeldToCap(t *testing.T) {
	const capital = 1e6
	apy := mat.NewDense(2, 3, []float64{0.08, 0.08, 0.03, 0.08, 0.08, 0.03})
	in := strategy.Input{
		Names: []string{"exact", "measured", "other"},
		History: strategy.History{Times: []time.Time{time.Unix(0, 0), time.Unix(86400, 0)},
			APY: apy},
		Capital:  capital,
		Holdings: []float64{0, 0, 0},
		Limits: strategy.Limits{Caps: []float64{0.5, 0.5, 1}, AbsCaps: []float64{math.Inf(1), math.Inf(1), math.Inf(1)},
			RelCapsBps: []uint64{10_000, 10_000, 10_000}},
	}
	// the measured-only source's pool holds 600,000 of others' assets: at
	// 25% the vault may hold 200,000 there
	notes := capMeasuredOnly(&in, []string{RateModelExact, RateModelMeasuredOnly, RateModelExact},
		[]float64{math.NaN(), 600_000, math.NaN()}, 0.25)
	if in.Limits.AbsCaps[1] != 200_000 || !math.IsInf(in.Limits.AbsCaps[0], 1) || !math.IsInf(in.Limits.AbsCaps[2], 1) {
		t.Fatalf("absolute caps %v, want only the measured-only source's lowered to 200000", in.Limits.AbsCaps)
	}
	mv := strategy.DefaultMeanVar()
	mv.RiskAversion = 0
	d, err := mv.Decide(in)
	if err != nil {
		t.Fatal(err)
	}
	if w := d.Weights[1] * capital; w > 200_000*(1+1e-9) || w < 199_000 {
		t.Errorf("measured-only source's target %v, want held to its cap 200000", w)
	}
	if d.Weights[0] < 0.5-1e-9 {
		t.Errorf("exact source's weight %v, want its own cap 0.5 (not the pool cap)", d.Weights[0])
	}
	reason := withNotes("moved", notes)
	for _, want := range []string{"measured: rate after the move measured from the share price, not quoted: capped at 200000.00", "25% of its pool"} {
		if !strings.Contains(reason, want) {
			t.Errorf("reason %q does not say %q", reason, want)
		}
	}
	if strings.Contains(reason, "exact:") {
		t.Errorf("reason %q notes an exact source", reason)
	}

	// Holding more than the cap allows (the pool shrank): the cap is the
	// holding, so the source takes no new money and is not sold by force.
	in.Holdings = []float64{0, 300_000, 0}
	in.Limits.AbsCaps = []float64{math.Inf(1), math.Inf(1), math.Inf(1)}
	notes = capMeasuredOnly(&in, []string{RateModelExact, RateModelMeasuredOnly, RateModelExact},
		[]float64{math.NaN(), 900_000, math.NaN()}, 0.25)
	if in.Limits.AbsCaps[1] != 300_000 || !strings.Contains(notes[1], "held at its 300000.00, already above 25% of its pool") {
		t.Errorf("above the cap: absolute cap %v, note %q; want the holding 300000 and a note saying so", in.Limits.AbsCaps[1], notes[1])
	}
}

// A withdrawal the source's liquidity bounds is planned to leave
// liquidityHeadroom of that liquidity: borrowers move it between the read
// and the send. One the holding bounds may take all of it.
func TestWithdrawableLeavesLiquidityHeadroom(t *testing.T) {
	src := func(assets, maxWithdraw int64) vaults.SourceState {
		return vaults.SourceState{Assets: big.NewInt(assets), MaxWithdraw: big.NewInt(maxWithdraw)}
	}
	for _, c := range []struct {
		s    vaults.SourceState
		want int64
	}{
		{src(1_000, 1_000), 1_000}, // all of it is there
		{src(1_000, 5_000), 1_000}, // more liquidity than the holding
		{src(1_000, 600), 540},     // liquidity-bound: 90% of it
		{src(1_000, 0), 0},         // none free
	} {
		if got := withdrawableFrom(c.s); got.Int64() != c.want {
			t.Errorf("holding %v, maxWithdraw %v: withdrawable %v, want %d", c.s.Assets, c.s.MaxWithdraw, got, c.want)
		}
	}
}
