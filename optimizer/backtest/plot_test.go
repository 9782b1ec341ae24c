package backtest

import "testing"

// TestPoolColors: a pool has one colour whichever result it appears in,
// the pools with the largest average weight get the colours, and the rest
// none (they are drawn as "other pools").
func TestPoolColors(t *testing.T) {
	w := func(ws ...float64) *Result { return &Result{Weights: [][]float64{ws, ws}} }
	a := w(0.5, 0, 0.3, 0, 0, 0, 0, 0, 0, 0, 0.2, 0)
	b := w(0, 0.9, 0.05, 0.01, 0.01, 0.01, 0.01, 0.005, 0.005, 0.004, 0, 0.001)
	c := PoolColors([]*Result{a, b})
	if len(c) != 9 || c[1] != palette[0] || c[0] != palette[1] || c[2] != palette[2] || c[10] != palette[3] || c[11] != nil || c[9] != nil {
		t.Errorf("colours %v", c)
	}
}
