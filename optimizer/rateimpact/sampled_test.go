package rateimpact

import (
	"math"
	"strings"
	"testing"
)

func TestSampledInterpolatesQuotesOfARealCurve(t *testing.T) {
	// Quotes taken from an Aave curve below and across its kink.
	pool, err := NewKinked(AaveCurve{Base: 0, Slope1: 0.04, Slope2: 0.6, Optimal: 0.9, ReserveFactor: 0.1}, 1000, 800)
	if err != nil {
		t.Fatal(err)
	}
	xs := []float64{500, -150, 0, 50, 100, 200, 350} // unsorted on purpose
	rs := make([]float64, len(xs))
	for i, x := range xs {
		rs[i] = pool.RateAfter(x)
	}
	s, err := NewSampled(xs, rs, pool.MaxWithdraw())
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		if got := s.RateAfter(x); got != rs[i] {
			t.Errorf("at quote %v: %v, want exactly %v", x, got, rs[i])
		}
	}
	// Midpoint of a segment is the mean of its ends.
	if got, want := s.RateAfter(75), (rs[3]+rs[4])/2; math.Abs(got-want) > 1e-15 {
		t.Errorf("midpoint %v, want %v", got, want)
	}
	// On the deposit side (below the kink) the chord stays within 1.5% of
	// the true rate; the curve is convex in x there, so the chord lies
	// above it. (A withdrawal of 150 crosses the kink, where a chord is
	// only as good as the quotes around the kink: the keeper quotes several
	// withdrawal sizes for that reason.)
	for x := 0.0; x <= 500; x += 7 {
		if got, want := s.RateAfter(x), pool.RateAfter(x); got < want-1e-15 || got-want > 0.015*want {
			t.Errorf("at %v: %v vs curve %v", x, got, want)
		}
	}
	for x := -150.0; x < 0; x += 7 {
		if s.RateAfter(x) < s.RateAfter(0) {
			t.Errorf("withdrawing %v lowers the rate to %v", -x, s.RateAfter(x))
		}
	}
	// Past the last quote: the dilution tail continues the last slope at
	// the joint and falls towards 0, never below.
	last := rs[0] // x = 500
	slope := (rs[0] - rs[6]) / 150
	eps := 1e-3
	if d := (s.RateAfter(500+eps) - last) / eps; math.Abs(d-slope) > 1e-5*math.Abs(slope) {
		t.Errorf("tail slope %v, want %v", d, slope)
	}
	if r := s.RateAfter(1e12); r < 0 || r > 1e-6 {
		t.Errorf("rate after a huge deposit %v, want just above 0", r)
	}
	// Below the largest withdrawal the rate stays at that quote.
	if got := s.RateAfter(-1e9); got != rs[1] {
		t.Errorf("beyond the largest withdrawal: %v, want %v", got, rs[1])
	}
	if s.MaxWithdraw() != 200 {
		t.Errorf("MaxWithdraw %v", s.MaxWithdraw())
	}
}

func TestSampledRejectsBadQuotes(t *testing.T) {
	for _, tc := range []struct {
		x, r []float64
		max  float64
		want string
	}{
		{[]float64{0}, []float64{0.1}, 1, "need at least two"},
		{[]float64{0, 1}, []float64{0.1}, 1, "need at least two"},
		{[]float64{1, 2}, []float64{0.1, 0.1}, 1, "no quote at change 0"},
		{[]float64{0, 0}, []float64{0.1, 0.1}, 1, "repeats the change 0"},
		{[]float64{0, 1}, []float64{0.1, math.NaN()}, 1, "quote 1 (change 1, rate NaN)"},
		{[]float64{0, 1}, []float64{0.1, -2}, 1, "rate -2"},
		{[]float64{0, 1}, []float64{0.1, 0.05}, -1, "max withdraw -1"},
	} {
		if _, err := NewSampled(tc.x, tc.r, tc.max); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v %v: %v, want %q", tc.x, tc.r, err, tc.want)
		}
	}
}
