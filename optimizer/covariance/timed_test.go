package covariance

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

var t0 = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func at(hours ...float64) []time.Time {
	out := make([]time.Time, len(hours))
	for i, h := range hours {
		out[i] = t0.Add(time.Duration(h * float64(time.Hour)))
	}
	return out
}

// TestDiffTimesHand: changes over 1 h, 4 h and ¼ h scaled to changes over
// an hour are multiplied by 1, ½ and 2; a gap stays NaN.
func TestDiffTimesHand(t *testing.T) {
	nan := math.NaN()
	x := mat.NewDense(4, 2, []float64{
		1, 0,
		3, 1,
		7, nan,
		8, 2,
	})
	z, zt, err := DiffTimes(x, at(0, 1, 5, 5.25), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{2, 1, 2, nan, 2, nan}
	for i, w := range want {
		if g := z.RawMatrix().Data[i]; !(g == w || math.IsNaN(g) && math.IsNaN(w)) {
			t.Errorf("z = %v, want %v", mat.Formatted(z), want)
			break
		}
	}
	if len(zt) != 3 || !zt[0].Equal(at(1)[0]) || !zt[2].Equal(at(5.25)[0]) {
		t.Errorf("change times %v, want the end of each interval", zt)
	}
}

// TestPairwiseTimesHand: changes dated 0, 2 and 3 half-lives... before the
// last weigh by their age in time, not their count of rows.
func TestPairwiseTimesHand(t *testing.T) {
	// Ages 3h, 1h, 0 with a 1h half-life: raw weights ⅛, ½, 1, normalised
	// (1, 4, 8)/13. Column (0, 13, 0): m = 4, deviations (−4, 9, −4),
	// Σ w·d² = (16 + 324 + 128)/13 = 36, Σw² = 81/169, S = 36/(88/169).
	x := mat.NewDense(3, 1, []float64{0, 13, 0})
	s, err := PairwiseTimes(x, at(0, 2, 3), time.Hour, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "PairwiseTimes", s, [][]float64{{36 * 169.0 / 88}}, 1e-14)
	// Equal weights: the sample variance.
	s, err = PairwiseTimes(x, at(0, 2, 3), 0, 2, nil)
	if err != nil {
		t.Fatal(err)
	}
	symEqual(t, "PairwiseTimes equal weights", s, [][]float64{{169.0 / 3}}, 1e-14)
}

// TestChangeCovTimesIsChangeCovOnAGrid: on a daily panel with gaps,
// ChangeCovTimes with unit one day and half-life 30 days gives the bits of
// ChangeCov with a half-life of 30 rows.
func TestChangeCovTimesIsChangeCovOnAGrid(t *testing.T) {
	rnd := rand.New(rand.NewPCG(21, 22))
	levels := randDense(rnd, 90, 5)
	for s := range 20 {
		levels.Set(s, 4, math.NaN()) // listed late
	}
	levels.Set(50, 2, math.NaN())
	times := make([]time.Time, 90)
	for s := range times {
		times[s] = t0.Add(time.Duration(s) * 24 * time.Hour)
	}
	names := []string{"a", "b", "c", "d", "e"}
	want, _, err := ChangeCov(levels, names, Options{Window: 90, HalfLife: 30, MinObs: 5, RelFloor: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := ChangeCovTimes(levels, times, names, TimedOptions{Unit: 24 * time.Hour, HalfLife: 30 * 24 * time.Hour, MinObs: 5, RelFloor: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	for j := range 5 {
		for k := range 5 {
			if math.Float64bits(got.At(j, k)) != math.Float64bits(want.At(j, k)) {
				t.Errorf("[%d,%d] = %v, ChangeCov gives %v", j, k, got.At(j, k), want.At(j, k))
			}
		}
	}
}

// TestChangeCovTimesSpacing: a correlated random walk (daily covariance
// [[4, 3], [3, 9]]·10⁻⁶) observed every hour, every six hours, and at
// irregular times between 10 minutes and 5 hours apart, gives the daily
// covariance in each case, within sampling error (about 10⁴, 1.6·10³ and
// 4·10³ changes); without the scaling the six-hourly estimate would be ¼ of
// it and the hourly one 1/24.
func TestChangeCovTimesSpacing(t *testing.T) {
	want := [][]float64{{4e-6, 3e-6}, {3e-6, 9e-6}}
	// Cholesky factor of the daily covariance.
	l00 := math.Sqrt(want[0][0])
	l10 := want[1][0] / l00
	l11 := math.Sqrt(want[1][1] - l10*l10)
	for _, tc := range []struct {
		name string
		next func(*rand.Rand) time.Duration
	}{
		{"hourly", func(*rand.Rand) time.Duration { return time.Hour }},
		{"six-hourly", func(*rand.Rand) time.Duration { return 6 * time.Hour }},
		{"irregular", func(r *rand.Rand) time.Duration {
			return 10*time.Minute + time.Duration(r.Int64N(int64(290*time.Minute)))
		}},
	} {
		rnd := rand.New(rand.NewPCG(5, 6))
		const days = 400
		var times []time.Time
		var rows []float64
		now, a, b := t0, 0.05, 0.04
		for now.Before(t0.Add(days * 24 * time.Hour)) {
			times = append(times, now)
			rows = append(rows, a, b)
			dt := tc.next(rnd)
			sd := math.Sqrt(dt.Hours() / 24)
			e0, e1 := rnd.NormFloat64(), rnd.NormFloat64()
			a += sd * l00 * e0
			b += sd * (l10*e0 + l11*e1)
			now = now.Add(dt)
		}
		x := mat.NewDense(len(times), 2, rows)
		got, _, err := ChangeCovTimes(x, times, nil, TimedOptions{Unit: 24 * time.Hour, MinObs: 5})
		if err != nil {
			t.Fatal(err)
		}
		// The standard error of a covariance from n independent changes is
		// √((Σ_jj·Σ_kk + Σ_jk²)/n); allow four.
		n := float64(len(times) - 1)
		for j := range 2 {
			for k := range 2 {
				se := math.Sqrt((want[j][j]*want[k][k] + want[j][k]*want[j][k]) / n)
				if g, w := got.At(j, k), want[j][k]; math.Abs(g-w) > 4*se {
					t.Errorf("%s: [%d,%d] = %.3g, want %.3g ± 4 × %.2g (%d changes)", tc.name, j, k, g, w, se, len(times)-1)
				}
			}
		}
	}
}

func TestTimedErrors(t *testing.T) {
	x := mat.NewDense(3, 1, []float64{1, 2, 4})
	three := at(0, 1, 2)
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"unit", third(DiffTimes(x, three, 0)), "unit 0s: must be positive"},
		{"times count", third(DiffTimes(x, three[:2], time.Hour)), "2 times for 3 rows"},
		{"times order", third(DiffTimes(x, at(0, 2, 1), time.Hour)), "times must increase"},
		{"half-life", second(PairwiseTimes(x, three, -time.Hour, 2, nil)), "half-life -1h0m0s"},
		{"too few", second(PairwiseTimes(x, three, time.Hour, 5, []string{"pool"})), `"pool" (column 0) has 3 observations`},
		{"too short", second(PairwiseTimes(x, three, time.Nanosecond, 2, nil)), "half-life 1ns is too short"},
		{"floor", third(ChangeCovTimes(x, three, nil, TimedOptions{Unit: time.Hour, RelFloor: 2})), "relative floor 2"},
	}
	for _, tc := range cases {
		if tc.err == nil || !strings.Contains(tc.err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, tc.err, tc.want)
		}
	}
	if err := second(PairwiseTimes(x, three, time.Hour, 5, nil)); !errors.Is(err, ErrTooFewObservations) {
		t.Errorf("too few: %v does not wrap ErrTooFewObservations", err)
	}
}
