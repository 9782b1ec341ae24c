package store

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestRLShadowRoundTrip(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		vault := "0x00000000000000000000000000000000000000aa"
		t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

		d := sampleDecision(vault, t0)
		d.RLShadow = &RLShadow{Model: "rl/v1", Evaluated: true, Trade: true, TradeProb: 0.9,
			TargetWeights: []float64{0.1, 0.8}, ExpectedGain: 7.5, Reason: "rl/v1 trades"}
		id, err := s.RecordDecision(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := s.RecordDecision(ctx, sampleDecision(vault, t0.Add(time.Minute)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Decision(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		sh := got.RLShadow
		if sh == nil || sh.Model != "rl/v1" || !sh.Evaluated || !sh.Trade || sh.TradeProb != 0.9 ||
			!eqFloats(sh.TargetWeights, []float64{0.1, 0.8}) || sh.ExpectedGain != 7.5 || sh.Reason != "rl/v1 trades" {
			t.Fatalf("shadow round trip: %+v", sh)
		}
		if got, err := s.Decision(ctx, plain); err != nil || got.RLShadow != nil {
			t.Fatalf("decision without shadow: %+v, %v", got.RLShadow, err)
		}

		bad := sampleDecision(vault, t0)
		bad.RLShadow = &RLShadow{Model: "rl/v1", Evaluated: true, TargetWeights: []float64{0.1}}
		if _, err := s.RecordDecision(ctx, bad); !errors.Is(err, ErrInvalid) {
			t.Fatalf("want a validation error for a short target list, got %v", err)
		}
		bad.RLShadow = &RLShadow{Evaluated: false}
		if _, err := s.RecordDecision(ctx, bad); !errors.Is(err, ErrInvalid) {
			t.Fatalf("want a validation error for a shadow without a model, got %v", err)
		}
	})
}

func TestAPYSeriesFiltersByTime(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		vault := "0x00000000000000000000000000000000000000aa"
		t0 := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
		for k := 0; k < 4; k++ {
			obs := []Observation{
				{Time: t0.Add(time.Duration(k) * time.Hour), ChainID: 1, Vault: vault, Block: uint64(k), Source: srcA, Assets: hugeN(1), SupplyAPY: float64(k)},
				{Time: t0.Add(time.Duration(k) * time.Hour), ChainID: 1, Vault: vault, Block: uint64(k), Source: srcB, Assets: hugeN(1), SupplyAPY: 10 + float64(k)},
			}
			if _, err := s.RecordObservations(ctx, obs); err != nil {
				t.Fatal(err)
			}
		}
		times, rows, err := s.APYSeries(ctx, 1, vault, []string{srcB, srcA}, t0.Add(2*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 || !times[0].Equal(t0.Add(2*time.Hour)) || !eqFloats(rows[0], []float64{12, 2}) || !eqFloats(rows[1], []float64{13, 3}) {
			t.Fatalf("APYSeries: %v %v", times, rows)
		}
	})
}

func TestShadowEntries(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		va, vb := "0x00000000000000000000000000000000000000bb", "0x00000000000000000000000000000000000000AA"
		t0 := time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)
		var want []int64
		// More decisions than a page, alternating vaults, with and without a
		// shadow; one before since.
		for k := 0; k < shadowPage+5; k++ {
			v := va
			if k%2 == 1 {
				v = vb
			}
			d := sampleDecision(v, t0.Add(time.Duration(k)*time.Minute))
			if k%3 != 2 {
				d.RLShadow = &RLShadow{Model: "rl/v1", Evaluated: true, TargetWeights: []float64{0.5, 0.5}}
			}
			id, err := s.RecordDecision(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			if k > 0 && d.RLShadow != nil {
				want = append(want, id)
			}
		}
		es, err := s.ShadowEntries(ctx, t0.Add(time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != len(want) {
			t.Fatalf("%d entries, want %d", len(es), len(want))
		}
		// vb (…aa) sorts before va (…bb); within a vault, by time.
		for k := 1; k < len(es); k++ {
			a, b := es[k-1].Decision, es[k].Decision
			if strings.ToLower(a.Vault) > strings.ToLower(b.Vault) || (a.Vault == b.Vault && !a.Time.Before(b.Time)) {
				t.Fatalf("entries %d and %d out of order: %s %v, %s %v", k-1, k, a.Vault, a.Time, b.Vault, b.Time)
			}
		}
		if es[0].Decision.Vault != vb || es[0].Decision.RLShadow == nil || es[0].Transactions == nil {
			t.Errorf("first entry %+v", es[0])
		}
	})
}
