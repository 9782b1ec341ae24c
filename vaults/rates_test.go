package vaults

import (
	"math"
	"math/big"
	"testing"
)

func TestAPYFromRayAPR(t *testing.T) {
	cases := []struct {
		aprRay string
		want   float64
	}{
		{"0", 0},
		// 5% APR compounded every second ≈ e^0.05 − 1.
		{"50000000000000000000000000", math.Exp(0.05) - 1},
		{"1000000000000000000000000000", math.Exp(1) - 1},
	}
	for _, c := range cases {
		r, _ := new(big.Int).SetString(c.aprRay, 10)
		got, err := APYFromRayAPR(r)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(got-c.want) > 1e-6*math.Max(1, c.want) {
			t.Errorf("APY(%s) = %.12f, want %.12f", c.aprRay, got, c.want)
		}
	}
	huge := new(big.Int).Mul(big.NewInt(1000), Ray)
	if _, err := APYFromRayAPR(huge); err == nil {
		t.Fatal("accepted a 100000% APR")
	}
	if _, err := APYFromRayAPR(big.NewInt(-1)); err == nil {
		t.Fatal("accepted a negative rate")
	}
}

func TestRayFromFraction(t *testing.T) {
	for _, c := range []struct {
		f    float64
		want string
	}{{0.04, "40000000000000000000000000"}, {0.9, "900000000000000000000000000"}, {0.125, "125000000000000000000000000"}, {0, "0"}} {
		got, err := RayFromFraction(c.f)
		if err != nil || got.String() != c.want {
			t.Errorf("RayFromFraction(%v) = %v, %v; want %s", c.f, got, err, c.want)
		}
	}
	if _, err := RayFromFraction(math.NaN()); err == nil {
		t.Fatal("accepted NaN")
	}
}
