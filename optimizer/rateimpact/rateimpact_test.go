package rateimpact

import (
	"math"
	"testing"
)

func near(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if math.Abs(got-want) > tol {
		t.Fatalf("%s = %.12g, want %.12g", what, got, want)
	}
}

func TestAaveCurveHandValues(t *testing.T) {
	// Aave v3 USDC after Dec 2024: slope1 12.5%, slope2 35%, U* 92%, RF 10%.
	c := AaveCurve{Slope1: 0.125, Slope2: 0.35, Optimal: 0.92, ReserveFactor: 0.10}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	// u = 0.46: borrow = 0.125·0.5 = 0.0625; supply = 0.0625·0.46·0.9 = 0.025875.
	near(t, "borrow(0.46)", c.BorrowRate(0.46), 0.0625, 1e-15)
	near(t, "supply(0.46)", c.SupplyRate(0.46), 0.025875, 1e-15)
	// u = 0.96: borrow = 0.125 + 0.35·0.04/0.08 = 0.3; supply = 0.3·0.96·0.9 = 0.2592.
	near(t, "borrow(0.96)", c.BorrowRate(0.96), 0.3, 1e-15)
	near(t, "supply(0.96)", c.SupplyRate(0.96), 0.2592, 1e-15)
	// Continuous at the kink.
	near(t, "kink continuity", c.BorrowRate(0.92+1e-12), c.BorrowRate(0.92), 1e-9)
}

func TestCometCurveHandValues(t *testing.T) {
	c := CometCurve{Base: 0, SlopeLow: 0.05, SlopeHigh: 2.0, Kink: 0.9}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	near(t, "supply(0.5)", c.SupplyRate(0.5), 0.025, 1e-15)
	// 0.05·0.9 + 2·0.05 = 0.145
	near(t, "supply(0.95)", c.SupplyRate(0.95), 0.145, 1e-15)
}

func TestKinkedDepositLowersRateAndWithdrawRaisesIt(t *testing.T) {
	c := AaveCurve{Slope1: 0.04, Slope2: 0.6, Optimal: 0.9, ReserveFactor: 0.1}
	k, err := NewKinked(c, 1000, 800)
	if err != nil {
		t.Fatal(err)
	}
	// Deposit 600: u = 800/1600 = 0.5; supply = (0.04·0.5/0.9)·0.5·0.9 = 0.01.
	near(t, "rate after +600", k.RateAfter(600), 0.01, 1e-15)
	// Withdraw 100: u = 800/900; below kink: supply = 0.04·u²/0.9·0.9 = 0.04·u².
	u := 800.0 / 900
	near(t, "rate after −100", k.RateAfter(-100), 0.04*u*u, 1e-15)
	// Withdrawing all free liquidity saturates utilisation at 1.
	near(t, "utilisation after −200", k.Utilisation(-200), 1, 0)
	near(t, "utilisation after −500", k.Utilisation(-500), 1, 0)
	if k.MaxWithdraw() != 200 {
		t.Fatalf("max withdraw %v, want 200", k.MaxWithdraw())
	}
	prev := math.Inf(1)
	for x := -150.0; x <= 5000; x += 50 {
		r := k.RateAfter(x)
		if r > prev+1e-15 {
			t.Fatalf("rate rose with a larger deposit at x=%v: %v > %v", x, r, prev)
		}
		prev = r
	}
}

// Below the kink with no base rate, Aave's supply rate is
// slope1/U*·u²·(1−RF), so deposits scale it by (S/(S+x))²: exactly the
// capacity model with η = 1 and the true utilisation.
func TestCapacityMatchesAaveBelowKink(t *testing.T) {
	c := AaveCurve{Slope1: 0.04, Slope2: 0.6, Optimal: 0.9, ReserveFactor: 0.1}
	supply, borrow := 5000.0, 3500.0
	k, err := NewKinked(c, supply, borrow)
	if err != nil {
		t.Fatal(err)
	}
	cap, err := NewCapacity(k.RateAfter(0), supply-borrow, borrow/supply, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range []float64{-1000, -10, 0, 1, 250, 10_000, 1e6} {
		near(t, "capacity vs kinked", cap.RateAfter(x), k.RateAfter(x), 1e-15)
	}
	// η = 0 is pure dilution: r₀·S/(S+x).
	d, _ := NewCapacity(0.05, 1000, 0.5, 0)
	near(t, "dilution", d.RateAfter(2000), 0.05*2000/4000, 1e-15)
}

// Below the kink with base 0, income f(x) = a·B²·x/(S+x)² peaks at x = S
// and is concave exactly on x < 2S (f” ∝ 2x − 4S).
func TestIncomeShapeMatchesClosedForm(t *testing.T) {
	supply, borrow := 1000.0, 800.0
	k, _ := NewKinked(AaveCurve{Slope1: 0.04, Slope2: 0.6, Optimal: 0.9, ReserveFactor: 0.1}, supply, borrow)
	best, bestX := math.Inf(-1), 0.0
	for x := 0.0; x <= 4000; x += 1 {
		if f := Income(k, x); f > best {
			best, bestX = f, x
		}
	}
	near(t, "argmax income", bestX, supply, 0)
	h := 5.0
	for x := 10.0; x < 4000; x += 10 {
		d2 := Income(k, x+h) - 2*Income(k, x) + Income(k, x-h)
		if x < 2*supply-h && d2 > 0 {
			t.Fatalf("income convex at x=%v < 2S: second difference %v", x, d2)
		}
		if x > 2*supply+h && d2 < 0 {
			t.Fatalf("income concave at x=%v > 2S: second difference %v", x, d2)
		}
	}
}

func TestValidation(t *testing.T) {
	bad := []error{
		AaveCurve{Slope1: -1, Optimal: 0.9}.Validate(),
		AaveCurve{Slope1: 0.1, Optimal: 1}.Validate(),
		AaveCurve{Slope1: 0.1, Optimal: 0.9, ReserveFactor: 1}.Validate(),
		AaveCurve{Base: math.NaN(), Optimal: 0.9}.Validate(),
		CometCurve{Kink: 0}.Validate(),
		CometCurve{SlopeHigh: math.Inf(1), Kink: 0.5}.Validate(),
	}
	for i, err := range bad {
		if err == nil {
			t.Fatalf("case %d: invalid curve accepted", i)
		}
	}
	if _, err := NewKinked(AaveCurve{Slope1: 0.1, Optimal: 0.9}, 10, 11); err == nil {
		t.Fatal("borrow above supply accepted")
	}
	if _, err := NewKinked(AaveCurve{Slope1: 0.1, Optimal: 1.5}, 10, 1); err == nil {
		t.Fatal("invalid curve accepted through NewKinked")
	}
	for _, args := range [][4]float64{{math.NaN(), 1, 0.5, 0}, {0.05, -1, 0.5, 0}, {0.05, 1, 1, 0}, {0.05, 1, 0.5, -1}} {
		if _, err := NewCapacity(args[0], args[1], args[2], args[3]); err == nil {
			t.Fatalf("capacity %v accepted", args)
		}
	}
}
