package covariance

import (
	"errors"
	"math"
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

// loadPanel aligns the named testdata pools (all of them if names is nil)
// on a daily grid, forward-filling gaps of up to maxGap.
func loadPanel(t testing.TB, names []string, maxGap time.Duration) *history.Panel {
	t.Helper()
	all, err := history.LoadDir(testdataDir)
	if err != nil {
		t.Fatal(err)
	}
	ss := all
	if names != nil {
		byName := map[string]*history.Series{}
		for _, s := range all {
			byName[s.Name] = s
		}
		ss = nil
		for _, n := range names {
			s, ok := byName[n]
			if !ok {
				t.Fatalf("pool %s not in %s", n, testdataDir)
			}
			ss = append(ss, s)
		}
	}
	p, err := history.Align(ss, 24*time.Hour, maxGap)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestRealDataChangeCov estimates the covariance of daily APY changes of the
// real pools over the whole year with the package's missing-data policy and
// checks that the repaired matrix is positive semidefinite (eigenvalues
// ≥ −1e-12 × the largest variance, i.e. zero up to rounding). Gaps of up to 7
// days are forward-filled so that aave-v3_USDTB_Ethereum (2 rows 7 days
// apart) has changes at all.
func TestRealDataChangeCov(t *testing.T) {
	for _, tc := range []struct {
		what  string
		names []string
		// Measured: the pairwise estimate of the 16 pools is PSD already
		// (λ_min = 0 exactly, from morpho-blue_SUSDS_Ethereum's constant
		// APY), that of all 63 is indefinite.
		indefinite bool
	}{
		{"16 README pools", readme16, false},
		{"all testdata pools", nil, true},
	} {
		p := loadPanel(t, tc.names, 7*24*time.Hour)
		T, n := p.APY.Dims()
		s, rep, err := ChangeCov(p.APY, p.Names, Options{MinObs: 5})
		if err != nil {
			t.Fatalf("%s: %v", tc.what, err)
		}
		lmin := minEigen(s)
		var maxVar float64
		for j := range n {
			maxVar = math.Max(maxVar, s.At(j, j))
		}
		t.Logf("%s: %d days × %d pools; pairwise λ_min = %.3g, max variance %.3g; "+
			"repair clipped %d eigenvalues, ‖ΔS‖_F = %.3g (%.2g of ‖S‖_F); λ_min after = %.3g",
			tc.what, T, n, rep.MinEigen, maxVar, rep.Clipped, rep.Distance, rep.RelDistance, lmin)
		if tol := 1e-12 * maxVar; lmin < -tol {
			t.Errorf("%s: λ_min after repair = %v < −%v", tc.what, lmin, tol)
		}
		if got := rep.Clipped > 0; got != tc.indefinite {
			t.Errorf("%s: repaired = %v, want %v: %+v", tc.what, got, tc.indefinite, rep)
		}
		// A second repair changes nothing.
		if _, rep2, err := RepairPSD(s, 0); err != nil || rep2.Clipped != 0 {
			t.Errorf("%s: second repair: %+v, %v", tc.what, rep2, err)
		}
	}
}

// TestRealDataTooFew: over the last 30 days, the pool listed 7 days before
// the end is named in the error, with its count.
func TestRealDataTooFew(t *testing.T) {
	p := loadPanel(t, readme16, 7*24*time.Hour)
	_, _, err := ChangeCov(p.APY, p.Names, Options{Window: 30, MinObs: 10})
	want := `covariance.ChangeCov: covariance of changes: covariance.Pairwise: source "aave-v3_USDTB_Ethereum" (column 5) has 7 observations, need at least 10: too few observations`
	if err == nil || err.Error() != want || !errors.Is(err, ErrTooFewObservations) {
		t.Fatalf("got %v\nwant %s", err, want)
	}
	// Leaving out the pools listed in the last 10 days, the rest pass.
	var keep []int
	for j, name := range p.Names {
		n := 0
		for i := len(p.Times) - 31; i < len(p.Times); i++ {
			if !math.IsNaN(p.APY.At(i, j)) {
				n++
			}
		}
		if n >= 11 {
			keep = append(keep, j)
		} else {
			t.Logf("left out %s: %d days in the last 31", name, n)
		}
	}
	levels := mat.NewDense(len(p.Times), len(keep), nil)
	var names []string
	for c, j := range keep {
		levels.SetCol(c, mat.Col(nil, j, p.APY))
		names = append(names, p.Names[j])
	}
	s, rep, err := ChangeCov(levels, names, Options{Window: 30, MinObs: 10, HalfLife: 10, RelFloor: 1e-6})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("last 30 days, %d pools, half-life 10: %+v, λ_min after = %.3g", len(keep), rep, minEigen(s))
}
