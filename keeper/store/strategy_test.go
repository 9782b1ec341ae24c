package store

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

// A decision records the strategy's forecast per source and its model; one
// without (a hold before forecasting, or one recorded before the columns
// existed) reads back without, and its JSON omits them.
func TestDecisionForecast(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		with := sampleDecision(vaultA, t0)
		with.ForecastModel, with.Forecast = "ewma half-life 3d", []float64{0.0412, -0.001}
		with.RateModels = []string{"exact", "measured-only"}
		without := sampleDecision(vaultA, t0.Add(time.Minute))
		idWith, err := s.RecordDecision(ctx, with)
		if err != nil {
			t.Fatal(err)
		}
		idWithout, err := s.RecordDecision(ctx, without)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Decision(ctx, idWith)
		if err != nil {
			t.Fatal(err)
		}
		if got.ForecastModel != "ewma half-life 3d" || !eqFloats(got.Forecast, with.Forecast) {
			t.Errorf("forecast %q %v, want %q %v", got.ForecastModel, got.Forecast, with.ForecastModel, with.Forecast)
		}
		if strings.Join(got.RateModels, ",") != "exact,measured-only" {
			t.Errorf("rate models %v, want %v", got.RateModels, with.RateModels)
		}
		b, err := json.Marshal(got)
		if err != nil || !strings.Contains(string(b), `"forecast_model":"ewma half-life 3d","forecast":[0.0412,-0.001],"rate_models":["exact","measured-only"]`) {
			t.Errorf("JSON %s, %v", b, err)
		}
		got, err = s.Decision(ctx, idWithout)
		if err != nil {
			t.Fatal(err)
		}
		if got.ForecastModel != "" || got.Forecast != nil || got.RateModels != nil {
			t.Errorf("decision without a forecast reads back %q %v %v", got.ForecastModel, got.Forecast, got.RateModels)
		}
		if b, _ := json.Marshal(got); strings.Contains(string(b), "forecast") || strings.Contains(string(b), "rate_models") {
			t.Errorf("JSON of a decision without a forecast: %s", b)
		}

		for _, tc := range []struct {
			name  string
			model string
			f     []float64
			want  string
		}{
			{"short", "ewma", []float64{0.01}, "Decision.Forecast 1: length must equal len(Sources) = 2"},
			{"no model", "", []float64{0.01, 0.02}, "Decision.ForecastModel"},
			{"not finite", "ewma", []float64{0.01, math.NaN()}, "Decision.Forecast[1]"},
			{"model alone", "ewma", nil, "a forecast model needs its Forecast"},
		} {
			bad := sampleDecision(vaultA, t0)
			bad.ForecastModel, bad.Forecast = tc.model, tc.f
			if _, err := s.RecordDecision(ctx, bad); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: error %v, want ErrInvalid with %q", tc.name, err, tc.want)
			}
		}
		for _, tc := range []struct {
			models []string
			want   string
		}{
			{[]string{"exact"}, "Decision.RateModels 1: length must equal len(Sources) = 2"},
			{[]string{"exact", ""}, "Decision.RateModels[1]"},
		} {
			bad := sampleDecision(vaultA, t0)
			bad.RateModels = tc.models
			if _, err := s.RecordDecision(ctx, bad); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("rate models %q: error %v, want ErrInvalid with %q", tc.models, err, tc.want)
			}
		}
	})
}

// Observations keep their block's timestamp, and BlockAPYSeries reads the
// history by it: ticks whose block is at or after since, at their block
// times; ticks recorded without one are left out.
func TestBlockAPYSeries(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		vault := "0x00000000000000000000000000000000000000aa"
		wall := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
		chain := time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC) // the chain's clock runs ahead, an hour a block
		for k := range 4 {
			var bt time.Time
			if k > 0 {
				bt = chain.Add(time.Duration(k) * time.Hour)
			}
			obs := []Observation{
				{Time: wall.Add(time.Duration(k) * 10 * time.Second), BlockTime: bt, ChainID: 1, Vault: vault, Block: uint64(k), Source: srcA,
					Assets: hugeN(1), SupplyAPY: float64(k)},
				{Time: wall.Add(time.Duration(k) * 10 * time.Second), BlockTime: bt, ChainID: 1, Vault: vault, Block: uint64(k), Source: srcB,
					Assets: hugeN(1), SupplyAPY: 10 + float64(k)},
			}
			if _, err := s.RecordObservations(ctx, obs); err != nil {
				t.Fatal(err)
			}
		}
		times, rows, err := s.BlockAPYSeries(ctx, 1, vault, []string{srcB, srcA}, chain.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || !times[0].Equal(chain.Add(2*time.Hour)) || !times[1].Equal(chain.Add(3*time.Hour)) ||
			!eqFloats(rows[0], []float64{12, 2}) || !eqFloats(rows[1], []float64{13, 3}) {
			t.Fatalf("BlockAPYSeries from 2h: %v %v", times, rows)
		}
		// From long before: tick 0 has no block time and is not read.
		if times, _, err := s.BlockAPYSeries(ctx, 1, vault, []string{srcA, srcB}, chain.Add(-time.Hour)); err != nil || len(times) != 3 {
			t.Fatalf("BlockAPYSeries from before: %v, %v", times, err)
		}
		// By wall time all four ticks are there.
		if times, _, err := s.APYSeries(ctx, 1, vault, []string{srcA, srcB}, wall); err != nil || len(times) != 4 || !times[3].Equal(wall.Add(30*time.Second)) {
			t.Fatalf("APYSeries: %v, %v", times, err)
		}
		obs, err := s.Observations(ctx, 2)
		if err != nil || len(obs) != 2 || !obs[0].BlockTime.Equal(chain.Add(time.Hour)) {
			t.Fatalf("observations of tick 2: %+v, %v", obs, err)
		}
		if obs, err := s.Observations(ctx, 1); err != nil || !obs[0].BlockTime.IsZero() {
			t.Fatalf("observations of tick 1 (no block time): %+v, %v", obs, err)
		}
	})
}
