package forecast

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/vaultkeeper/vaultkeeper/optimizer/history"
)

const testdataDir = "../testdata/defillama"

// readme16 are the 16 pools described in optimizer/testdata/README.md.
var readme16 = []string{
	"aave-v3_USDC_Arbitrum", "aave-v3_USDC_Avalanche", "aave-v3_USDC_Base",
	"aave-v3_USDC_Ethereum", "aave-v3_USDC_Polygon", "aave-v3_USDTB_Ethereum",
	"aave-v3_USDT_Ethereum", "aave-v3_USDT_Polygon", "euler-v2_USDC_Ethereum",
	"euler-v2_USDT_Ethereum", "fluid-lending_USDC_Base", "fluid-lending_USDC_Ethereum",
	"morpho-blue_HYUSDC_Ethereum", "morpho-blue_RE7USDCC_Ethereum",
	"morpho-blue_STEAKUSDC_Ethereum", "morpho-blue_SUSDS_Ethereum",
}

type model struct {
	name string
	f    forecaster
}

// evalModels are evaluated walk-forward; the package defaults are EWMA{} and
// AR1{}, the others show the sensitivity to the half-life and the window.
var evalModels = []model{
	{"Last", Last{}},
	{"EWMA H=3", EWMA{HalfLife: 3}},
	{"EWMA H=7 (default)", EWMA{}},
	{"EWMA H=14", EWMA{HalfLife: 14}},
	{"AR1 W=30 (default)", AR1{}},
	{"AR1 W=90", AR1{Window: 90}},
	{"LocalLevel (default)", LocalLevel{}},
	{"LocalLevel W=30", LocalLevel{Window: 30}},
	{"LocalLevel H≤7", LocalLevel{MaxHalfLife: 7}},
}

// score is the out-of-sample performance of one model at one horizon.
type score struct {
	mse, mae  float64 // pooled over all (day, pool) pairs; percentage points
	n         int     // number of forecasts scored
	pools     int     // pools with at least one scored forecast and MSE(Last) > 0
	beatsLast int     // pools where the model's MSE is below Last's
	medRatio  float64 // median over pools of MSE(model)/MSE(Last)
}

// walkForward scores each model at horizon h on the panel. At every day t
// each model sees rows 0…t only. A forecast of pool j made at t is scored
// against the observed APY at t+h when: the pool has a value at t (else
// every forecaster returns NaN and the allocator would not use it), the
// target is a real observation (not NaN, not forward-filled by Align), and
// the pool has at least minHist observations up to t (a pool listed for less
// than a month is not judged). Errors are in percentage points.
func walkForward(t *testing.T, p *history.Panel, models []model, h, minHist int) []score {
	T, n := p.APY.Dims()
	sse := make([][]float64, len(models)) // [model][pool]
	sae := make([]float64, len(models))
	cnt := make([]int, n)
	for k := range models {
		sse[k] = make([]float64, n)
	}
	seen := make([]int, n) // observations of pool j in rows 0…t
	for now := 0; now+h < T; now++ {
		for j := range n {
			if !math.IsNaN(p.APY.At(now, j)) {
				seen[j]++
			}
		}
		x := p.APY.Slice(0, now+1, 0, n).(*mat.Dense)
		fs := make([][]float64, len(models))
		for k, m := range models {
			f, err := m.f.Forecast(x, h)
			if err != nil {
				t.Fatalf("%s at %s: %v", m.name, p.Times[now].Format(time.DateOnly), err)
			}
			fs[k] = f
		}
		for j := range n {
			target := p.APY.At(now+h, j)
			if math.IsNaN(p.APY.At(now, j)) || math.IsNaN(target) || p.Filled.At(now+h, j) != 0 || seen[j] < minHist {
				continue
			}
			cnt[j]++
			for k := range models {
				if math.IsNaN(fs[k][j]) {
					t.Fatalf("%s: NaN forecast for %s at %s with a current value", models[k].name, p.Names[j], p.Times[now].Format(time.DateOnly))
				}
				e := 100 * (fs[k][j] - target)
				sse[k][j] += e * e
				sae[k] += math.Abs(e)
			}
		}
	}
	total := 0
	for _, c := range cnt {
		total += c
	}
	out := make([]score, len(models))
	for k := range models {
		s := score{n: total, mae: sae[k] / float64(total)}
		var ratios []float64
		for j := range n {
			s.mse += sse[k][j]
			if cnt[j] == 0 || sse[0][j] == 0 { // models[0] is Last
				continue
			}
			r := sse[k][j] / sse[0][j]
			ratios = append(ratios, r)
			if r < 1 {
				s.beatsLast++
			}
		}
		s.mse /= float64(total)
		s.pools = len(ratios)
		slices.Sort(ratios)
		s.medRatio = ratios[len(ratios)/2]
		if len(ratios)%2 == 0 {
			s.medRatio = (ratios[len(ratios)/2-1] + ratios[len(ratios)/2]) / 2
		}
		out[k] = s
	}
	return out
}

func loadPanel(t *testing.T, names []string) *history.Panel {
	t.Helper()
	all, err := history.LoadDir(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	ss := all
	if names != nil {
		ss = nil
		for _, s := range all {
			if slices.Contains(names, s.Name) {
				ss = append(ss, s)
			}
		}
		if len(ss) != len(names) {
			t.Fatalf("found %d of the %d pools", len(ss), len(names))
		}
	}
	// Gaps of up to 3 days (the Morpho and Euler files have 2- and 3-day
	// gaps) are forward-filled in the input; filled cells are never targets.
	p, err := history.Align(ss, 24*time.Hour, 3*24*time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWalkForward reports the out-of-sample error of each forecaster on the
// real DefiLlama pools at horizons of 1 and 7 days and checks the results
// that were measured to be robust (see the assertions).
func TestWalkForward(t *testing.T) {
	const minHist = 30
	for _, set := range []struct {
		what  string
		names []string
	}{
		{"all testdata pools", nil},
		{"16 README pools", readme16},
	} {
		p := loadPanel(t, set.names)
		var b strings.Builder
		fmt.Fprintf(&b, "%s (%d pools, %s … %s), walk-forward, errors in percentage points of APY:\n",
			set.what, len(p.Names), p.Times[0].Format(time.DateOnly), p.Times[len(p.Times)-1].Format(time.DateOnly))
		fmt.Fprintf(&b, "  %-2s  %-20s %9s %7s %7s %7s  %-12s %s\n", "h", "model", "MSE(pp²)", "RMSE", "MAE", "N", "beats Last", "median MSE/Last")
		scores := map[int][]score{}
		for _, h := range []int{1, 7} {
			sc := walkForward(t, p, evalModels, h, minHist)
			scores[h] = sc
			for k, m := range evalModels {
				s := sc[k]
				fmt.Fprintf(&b, "  %-2d  %-20s %9.3f %7.3f %7.3f %7d  %5d/%-6d %.3f\n",
					h, m.name, s.mse, math.Sqrt(s.mse), s.mae, s.n, s.beatsLast, s.pools, s.medRatio)
			}
		}
		t.Log(b.String())

		if set.names != nil {
			continue // the 16-pool subset is reported, not asserted
		}
		// Assertions, all measured on this data with a wide margin (the
		// measured values are in the comments):
		last, ewma, ar1 := 0, 2, 4
		for _, h := range []int{1, 7} {
			sc := scores[h]
			// Pooled MSE relative to Last: h=1 EWMA 0.80, AR1 0.80;
			// h=7 EWMA 0.67, AR1 0.73.
			for _, k := range []int{ewma, ar1} {
				if r := sc[k].mse / sc[last].mse; r > 0.9 {
					t.Errorf("h=%d: %s pooled MSE %.3f is %.2f of Last's, want ≤ 0.9", h, evalModels[k].name, sc[k].mse, r)
				}
			}
		}
		// LocalLevel (q fitted per pool) against Last, pooled MSE: h=1 0.83,
		// h=7 0.82; it does not beat EWMA H=3 in MSE (h=1 8.96 against 7.97,
		// h=7 13.17 against 10.62), only in MAE at h=1 (1.316 against 1.345).
		ll, ewma3 := 6, 1
		for _, h := range []int{1, 7} {
			sc := scores[h]
			if r := sc[ll].mse / sc[last].mse; r > 0.9 {
				t.Errorf("h=%d: %s pooled MSE %.3f is %.2f of Last's, want ≤ 0.9", h, evalModels[ll].name, sc[ll].mse, r)
			}
		}
		if s1 := scores[1]; s1[ll].mae >= s1[ewma3].mae {
			t.Errorf("h=1: %s MAE %.3f not below %s's %.3f", evalModels[ll].name, s1[ll].mae, evalModels[ewma3].name, s1[ewma3].mae)
		}
		// Per pool at 7 days: EWMA beats Last on 44 of 50 pools, AR1 on 34.
		sc := scores[7]
		if s := sc[ewma]; float64(s.beatsLast) < 0.75*float64(s.pools) {
			t.Errorf("h=7: EWMA beats Last on %d of %d pools, want ≥ 75%%", s.beatsLast, s.pools)
		}
		if s := sc[ar1]; 2*s.beatsLast <= s.pools {
			t.Errorf("h=7: AR1 beats Last on %d of %d pools, want a majority", s.beatsLast, s.pools)
		}
	}
}
