package store

import (
	"testing"
	"time"
)

// SampledHistory on both databases: ten ticks a minute apart sampled into
// five buckets give the last tick of each bucket, oldest first, with its
// observations and its decision's total assets; VaultDecisions pages the
// decisions newest first; FirstObservation is the oldest tick's time.
func TestSampledHistory(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		vault := "0x00000000000000000000000000000000000000aa"
		for k := range 10 {
			tm := t0.Add(time.Duration(k) * time.Minute)
			tick, err := s.RecordObservations(ctx, []Observation{
				{Time: tm, ChainID: 1, Vault: vault, Block: uint64(k), Source: srcA, Assets: hugeN(1), SupplyAPY: float64(k)},
				{Time: tm, ChainID: 1, Vault: vault, Block: uint64(k), Source: srcB, Assets: hugeN(2), SupplyAPY: 10 + float64(k)},
			})
			if err != nil {
				t.Fatal(err)
			}
			d := sampleDecision(vault, tm)
			d.TickID = tick
			if _, err := s.RecordDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		pts, err := s.SampledHistory(ctx, 1, vault, t0.Add(-time.Minute), t0.Add(9*time.Minute), 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(pts) != 5 {
			t.Fatalf("%d points, want 5: %+v", len(pts), pts)
		}
		for i, p := range pts {
			want := t0.Add(time.Duration(2*i+1) * time.Minute) // each 2-minute bucket's last tick
			if !p.Time.Equal(want) || len(p.Observations) != 2 || p.TotalAssets == nil || p.TotalAssets.Int64() != 3000 {
				t.Errorf("point %d: %v with %d observations and total %v, want the tick at %v", i, p.Time, len(p.Observations), p.TotalAssets, want)
			}
		}
		if first, ok, err := s.FirstObservation(ctx, 1, vault); err != nil || !ok || !first.Equal(t0) {
			t.Errorf("FirstObservation = %v, %v, %v", first, ok, err)
		}
		page, err := s.VaultDecisions(ctx, 1, vault, 0, 3)
		if err != nil || len(page) != 3 || page[0].Decision.ID <= page[1].Decision.ID {
			t.Fatalf("VaultDecisions = %d entries, %v", len(page), err)
		}
		if _, err := s.SampledHistory(ctx, 1, vault, t0, t0, 5); err == nil {
			t.Error("an empty range was accepted")
		}
	})
}
