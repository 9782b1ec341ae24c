package strategy

import (
	"math"
	"strings"
	"testing"
)

func TestGateSized(t *testing.T) {
	g := Gate{MinMove: 0.01, GainFactor: 3}
	cur := []float64{0.5, 0.5}
	if ok, why := g.Sized(cur, []float64{0.505, 0.495}, false); ok || !strings.Contains(why, "within 1% of target (largest move 0.5%)") {
		t.Errorf("a 0.5%% move: ok %v, %q", ok, why)
	}
	if ok, _ := g.Sized(cur, []float64{0.505, 0.495}, true); !ok {
		t.Error("a forced move below MinMove was held")
	}
	if ok, why := g.Sized(cur, []float64{0.52, 0.48}, false); !ok || why != "" {
		t.Errorf("a 2%% move: ok %v, %q", ok, why)
	}
}

// TestExpectedGain: two sources, 100 at 5% and 0 at 8%, moved to 50 and 50
// where the second quotes 7% after the deposit and the first 5.5% after the
// withdrawal: G = 50·0.055 + 50·0.07 − 100·0.05 = 1.25.
func TestExpectedGain(t *testing.T) {
	g := ExpectedGain([]float64{100, 0}, []float64{50, 50}, []float64{0.05, 0.08}, []float64{0.055, 0.07})
	if math.Abs(g-1.25) > 1e-12 {
		t.Errorf("G = %v, want 1.25", g)
	}
}

func TestGateWorth(t *testing.T) {
	g := Gate{GainFactor: 3}
	for _, c := range []struct {
		gain, cost float64
		forced, ok bool
		want       string
	}{
		{10, 3, false, true, "expected yearly gain 10 exceeds gas cost 3 × factor 3 = 9"},
		{9, 3, false, false, "expected yearly gain 9 does not exceed gas cost 3 × factor 3 = 9"},
		{-5, 3, true, true, "(expected yearly gain -5, gas cost 3)"},
	} {
		ok, why := g.Worth(c.gain, c.cost, c.forced)
		if ok != c.ok || why != c.want {
			t.Errorf("Worth(%v, %v, %v) = %v, %q; want %v, %q", c.gain, c.cost, c.forced, ok, why, c.ok, c.want)
		}
	}
}
