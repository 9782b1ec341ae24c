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
	s, _ := openTemp(t)
	with := sampleDecision(vaultA, t0)
	with.ForecastModel, with.Forecast = "ewma half-life 3d", []float64{0.0412, -0.001}
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
	b, err := json.Marshal(got)
	if err != nil || !strings.Contains(string(b), `"forecast_model":"ewma half-life 3d","forecast":[0.0412,-0.001]`) {
		t.Errorf("JSON %s, %v", b, err)
	}
	got, err = s.Decision(ctx, idWithout)
	if err != nil {
		t.Fatal(err)
	}
	if got.ForecastModel != "" || got.Forecast != nil {
		t.Errorf("decision without a forecast reads back %q %v", got.ForecastModel, got.Forecast)
	}
	if b, _ := json.Marshal(got); strings.Contains(string(b), "forecast") {
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
}
