package bound

import (
	"math"
	"math/rand/v2"
	"testing"
)

// linear is a pool whose rate falls linearly with the holding,
// r(x) = a − b·x, paid simply over the period: Income = years·x·(a − b·x).
type linear struct{ a, b, years float64 }

func (l linear) Income(x float64) float64 {
	x = math.Min(x, l.Top())
	return l.years * x * (l.a - l.b*x)
}
func (l linear) Marginal(x float64) float64 { return l.years * math.Max(l.a-2*l.b*x, 0) }
func (l linear) Top() float64               { return l.a / (2 * l.b) }

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

// g is the market's growth of x over the period, x·((1 + a·(S/(S+x))^p)^Δ − 1),
// written with expm1 and log1p so that it keeps its digits for a day's Δ.
func g(a, s, p, years, x float64) float64 {
	return x * math.Expm1(years*math.Log1p(a*math.Pow(s/(s+x), p)))
}

// TestTwoLinearPoolsKKT: with r_i = a_i − b_i·x and a binding budget, the
// KKT conditions a_i − 2·b_i·x_i = ν, x_1 + x_2 = V give
// ν = (Σ a_i/(2b_i) − V)/Σ 1/(2b_i) and x_i = (a_i − ν)/(2b_i).
func TestTwoLinearPoolsKKT(t *testing.T) {
	const years = 1.0 / 365
	l1, l2 := linear{a: 0.10, b: 0.01 / 1e6, years: years}, linear{a: 0.08, b: 0.02 / 1e6, years: years}
	V := 2e6
	nu := (l1.a/(2*l1.b) + l2.a/(2*l2.b) - V) / (1/(2*l1.b) + 1/(2*l2.b))
	x1, x2 := (l1.a-nu)/(2*l1.b), (l2.a-nu)/(2*l2.b)
	if x1 <= 0 || x2 <= 0 || x1 >= l1.Top() || x2 >= l2.Top() {
		t.Fatalf("test case not interior: x = %v, %v", x1, x2)
	}
	sol, err := Waterfill([]Lane{l1, l2}, nil, V)
	if err != nil {
		t.Fatal(err)
	}
	if !near(sol.X[0], x1, 1e-9) || !near(sol.X[1], x2, 1e-9) || !near(sol.Level, years*nu, 1e-9) {
		t.Errorf("x = %v, ν = %v; want %v, %v, ν = %v", sol.X, sol.Level, x1, x2, years*nu)
	}
	want := l1.Income(x1) + l2.Income(x2)
	if !near(sol.Value, want, 1e-12) || sol.Dual < sol.Value || sol.Dual-sol.Value > 1e-9*want {
		t.Errorf("value %v, dual %v, want %v", sol.Value, sol.Dual, want)
	}

	// A budget beyond both peaks: each pool at its peak a/(2b), the rest idle.
	sol, err = Waterfill([]Lane{l1, l2}, nil, 1e8)
	if err != nil {
		t.Fatal(err)
	}
	if !near(sol.X[0], l1.Top(), 1e-12) || !near(sol.X[1], l2.Top(), 1e-12) || sol.Level != 0 {
		t.Errorf("large budget: x = %v, ν = %v; want the peaks %v, %v", sol.X, sol.Level, l1.Top(), l2.Top())
	}
	// A cap below the KKT amount binds, and the other pool takes the rest.
	sol, err = Waterfill([]Lane{l1, l2}, []float64{x1 / 2, math.Inf(1)}, V)
	if err != nil {
		t.Fatal(err)
	}
	if !near(sol.X[0], x1/2, 1e-12) || !near(sol.X[1], V-x1/2, 1e-9) {
		t.Errorf("capped: x = %v, want %v, %v", sol.X, x1/2, V-x1/2)
	}
}

// TestOnePool: a single pool takes the whole budget while its income rises.
// With η = 0 (p = 1) the income rises for ever, so the bound is
// V·((1 + a·S/(S+V))^Δ − 1) for every V; with η = 1 it is g(V) below the
// peak, and at the peak the slope is zero.
func TestOnePool(t *testing.T) {
	const a, s, years = 0.12, 5e6, 1.0 / 365
	for _, V := range []float64{1e3, 1e6, 5e6, 1e8} {
		l, exact, err := NewCapacity(a, s, 1, years)
		if err != nil || !exact {
			t.Fatal(err, exact)
		}
		sol, err := Waterfill([]Lane{l}, nil, V)
		if err != nil {
			t.Fatal(err)
		}
		want := V * math.Expm1(years*math.Log1p(a*s/(s+V)))
		if !near(sol.X[0], V, 1e-12) || !near(sol.Value, want, 1e-12) {
			t.Errorf("p=1, V=%g: x %v value %v, want %v %v", V, sol.X[0], sol.Value, V, want)
		}
	}
	l, exact, err := NewCapacity(a, s, 2, years)
	if err != nil || !exact {
		t.Fatal(err, exact)
	}
	top := l.Top()
	if top < s || top > 2*s || math.Abs(l.Marginal(top)) > 1e-12 {
		t.Fatalf("p=2: top %v (S = %v), slope there %v", top, s, l.Marginal(top))
	}
	for _, V := range []float64{1e6, 0.99 * top, 10 * top} {
		sol, err := Waterfill([]Lane{l}, nil, V)
		if err != nil {
			t.Fatal(err)
		}
		x := math.Min(V, top)
		if !near(sol.X[0], x, 1e-9) || !near(sol.Value, g(a, s, 2, years, x), 1e-12) {
			t.Errorf("p=2, V=%g: x %v value %v, want %v %v", V, sol.X[0], sol.Value, x, g(a, s, 2, years, x))
		}
	}
}

// TestCapacityShape checks numerically what the package documentation
// proves for Capacity: Income is the market's growth, Marginal its
// derivative, concave up to Top and never above Income(Top) after it; and
// that the Linearised majorant, used where the proof does not apply, lies
// above the growth everywhere.
func TestCapacityShape(t *testing.T) {
	const s = 1e7
	for _, c := range []struct {
		a, p, years float64
		exact       bool
	}{
		{0.05, 2, 1.0 / 365, true}, {0.5, 2, 1.0 / 365, true}, {0.7, 2, 1.0 / 12, true}, {0.2, 1.3, 1.0 / 365, true},
		{3, 2, 1.0 / 365, false}, {1.5, 1.2, 1.0 / 365, false},
	} {
		l, exact, err := NewCapacity(c.a, s, c.p, c.years)
		if err != nil {
			t.Fatal(err)
		}
		if exact != c.exact {
			t.Errorf("a=%v p=%v: exact %v, want %v", c.a, c.p, exact, c.exact)
		}
		top := l.Top()
		for k := 1; k <= 400; k++ {
			x := float64(k) / 400 * 50 * s
			gx := g(c.a, s, c.p, c.years, x)
			switch {
			case exact && !near(l.Income(x), gx, 1e-12):
				t.Errorf("a=%v p=%v x=%g: income %v, growth %v", c.a, c.p, x, l.Income(x), gx)
			case l.Income(x) < gx*(1-1e-12):
				t.Errorf("a=%v p=%v x=%g: lane %v below the growth %v", c.a, c.p, x, l.Income(x), gx)
			case x > top && l.Income(x) > l.Income(top)*(1+1e-12):
				t.Errorf("a=%v p=%v x=%g > top %g: income %v above its peak %v", c.a, c.p, x, top, l.Income(x), l.Income(top))
			}
			if x < top {
				hd := 1e-4 * s
				fd := (l.Income(x+hd) - l.Income(x-hd)) / (2 * hd)
				if !near(l.Marginal(x), fd, 1e-5) {
					t.Errorf("a=%v p=%v x=%g: marginal %v, finite difference %v", c.a, c.p, x, l.Marginal(x), fd)
				}
				if x+hd < top && l.Income(x+hd)+l.Income(x-hd)-2*l.Income(x) > 1e-9*l.Income(x) {
					t.Errorf("a=%v p=%v x=%g: not concave below top %g", c.a, c.p, x, top)
				}
			}
		}
	}
	for _, c := range [][2]float64{{0, 1e6}, {-0.02, 1e6}, {0.05, 0}} {
		if l, _, _ := NewCapacity(c[0], c[1], 2, 1.0/365); l != (Zero{}) {
			t.Errorf("a=%v S=%v: lane %T, want Zero", c[0], c[1], l)
		}
	}
	for _, c := range [][4]float64{{math.NaN(), 1, 2, 0.1}, {0.1, 1, 0.5, 0.1}, {0.1, 1, 2, 0}, {0.1, 1, 2, 2}} {
		if _, _, err := NewCapacity(c[0], c[1], c[2], c[3]); err == nil {
			t.Errorf("NewCapacity%v: no error", c)
		}
	}
}

// TestWaterfillBeatsEveryAllocation: on random capacity pools, no random
// feasible allocation earns more than the water-filling optimum, and the
// dual certificate is within 1e-9 of it.
func TestWaterfillBeatsEveryAllocation(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 50; trial++ {
		n := 1 + rng.IntN(8)
		lanes := make([]Lane, n)
		for i := range lanes {
			l, _, err := NewCapacity(0.3*rng.Float64()-0.02, math.Pow(10, 4+3*rng.Float64()), 1+rng.Float64(), 1.0/365)
			if err != nil {
				t.Fatal(err)
			}
			lanes[i] = l
		}
		V := math.Pow(10, 4+4*rng.Float64())
		sol, err := Waterfill(lanes, nil, V)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0.0
		for _, x := range sol.X {
			sum += x
		}
		if sum > V*(1+1e-12) {
			t.Fatalf("trial %d: Σx = %v > budget %v", trial, sum, V)
		}
		if sol.Dual < sol.Value*(1-1e-12) || sol.Dual-sol.Value > 1e-9*math.Max(sol.Value, 1e-9) {
			t.Errorf("trial %d: value %v, dual %v", trial, sol.Value, sol.Dual)
		}
		for k := 0; k < 200; k++ {
			w := make([]float64, n+1) // the last is idle
			tot := 0.0
			for i := range w {
				w[i] = rng.ExpFloat64()
				tot += w[i]
			}
			inc := 0.0
			for i, l := range lanes {
				inc += l.Income(V * w[i] / tot)
			}
			if inc > sol.Value*(1+1e-12)+1e-12 {
				t.Errorf("trial %d: allocation %v earns %v > optimum %v", trial, w, inc, sol.Value)
			}
		}
	}
}

func TestWaterfillErrors(t *testing.T) {
	l := linear{a: 0.1, b: 1e-8, years: 1}
	for _, c := range []struct {
		caps   []float64
		budget float64
	}{{nil, -1}, {nil, math.Inf(1)}, {nil, math.NaN()}, {[]float64{1, 2}, 1}, {[]float64{-1}, 1}} {
		if _, err := Waterfill([]Lane{l}, c.caps, c.budget); err == nil {
			t.Errorf("caps %v budget %v: no error", c.caps, c.budget)
		}
	}
}
