package backtest

import (
	"math"
	"time"
)

// Metrics summarise a Result; the package documentation defines each one.
// The JSON names are those of `keeper backtest --json`.
type Metrics struct {
	Strategy       string  `json:"strategy"`
	Chain          string  `json:"chain,omitempty"`  // the vault's chain, "all" for the sum of the chains' vaults; empty for one vault over every pool
	Pools          int     `json:"pools,omitempty"`  // the vault's pools
	Period         string  `json:"period,omitempty"` // "in-sample" or "holdout" with --tune-until; else empty
	Note           string  `json:"note,omitempty"`
	Start          string  `json:"start"` // date of row Start
	End            string  `json:"end"`   // date of row End
	Days           float64 `json:"days"`  // (End − Start)·Δ in days
	NetAPYPct      float64 `json:"net_apy_pct"`
	GrossAPYPct    float64 `json:"gross_apy_pct"`
	VolatilityPct  float64 `json:"volatility_pct"`
	MaxDrawdownPct float64 `json:"max_drawdown_pct"`
	Turnover       float64 `json:"turnover"`
	Rebalances     int     `json:"rebalances"`
	GasUSD         float64 `json:"gas_usd"`
	FeesUSD        float64 `json:"fees_usd"`
	InitialValue   float64 `json:"initial_value"`
	FinalValue     float64 `json:"final_value"`
}

func metrics(r *Result, periodYears float64) Metrics {
	K := len(r.Value) - 1
	years := float64(K) * periodYears
	v0, vK := r.Value[0], r.Value[K]
	mt := Metrics{
		Strategy:     r.Strategy,
		Note:         r.Note,
		Start:        r.Times[0].Format(time.DateOnly),
		End:          r.Times[K].Format(time.DateOnly),
		Days:         math.Round(years*365*1e9) / 1e9,
		InitialValue: v0,
		FinalValue:   vK,
		Rebalances:   len(r.Trades),
	}
	mt.NetAPYPct = 100 * annualise(vK/v0, years)
	mt.GrossAPYPct = 100 * annualise(r.Gross[K]/v0, years)

	// Volatility: sample standard deviation of the per-row returns,
	// annualised by √(rows per year).
	if K >= 2 {
		rets := make([]float64, K)
		mean := 0.0
		for k := 0; k < K; k++ {
			rets[k] = r.Value[k+1]/r.Value[k] - 1
			mean += rets[k]
		}
		mean /= float64(K)
		ss := 0.0
		for _, x := range rets {
			ss += (x - mean) * (x - mean)
		}
		mt.VolatilityPct = 100 * math.Sqrt(ss/float64(K-1)) * math.Sqrt(1/periodYears)
	}

	peak, dd, avg := r.Value[0], 0.0, 0.0
	for _, v := range r.Value {
		peak = math.Max(peak, v)
		if peak > 0 {
			dd = math.Max(dd, (peak-v)/peak)
		}
		avg += v
	}
	avg /= float64(len(r.Value))
	mt.MaxDrawdownPct = 100 * dd

	moved := 0.0
	for _, tr := range r.Trades {
		moved += tr.Moved
		mt.GasUSD += tr.Gas
		mt.FeesUSD += tr.Fees
	}
	if avg > 0 {
		mt.Turnover = moved / (2 * avg)
	}
	return mt
}

// annualise turns a growth factor over the given years into a yearly
// compounded rate: g^(1/years) − 1 (−1 when g ≤ 0).
func annualise(g, years float64) float64 {
	if !(g > 0) {
		return -1
	}
	return math.Pow(g, 1/years) - 1
}
