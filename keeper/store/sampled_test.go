package store

import (
	"math/big"
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
			d.TickID, d.SharePrice = tick, big.NewInt(int64(1_000_000+k))
			if k == 9 {
				d.SharePrice = nil // not read
			}
			id, err := s.RecordDecision(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			if k%3 == 0 { // mined
				tx := sampleTx(id, 100+k, tm)
				tx.Status, tx.Block, tx.GasPrice = StatusMined, uint64(k+1), big.NewInt(1)
				if _, err := s.RecordTransaction(ctx, tx); err != nil {
					t.Fatal(err)
				}
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
			if wantPrice := int64(1_000_000 + 2*i + 1); (i < 4 && (p.SharePrice == nil || p.SharePrice.Int64() != wantPrice)) || (i == 4 && p.SharePrice != nil) {
				t.Errorf("point %d: share price %v, want %d (none at the last)", i, p.SharePrice, wantPrice)
			}
		}
		if first, ok, err := s.FirstObservation(ctx, 1, vault); err != nil || !ok || !first.Equal(t0) {
			t.Errorf("FirstObservation = %v, %v, %v", first, ok, err)
		}
		page, err := s.VaultDecisions(ctx, 1, vault, 0, 3)
		if err != nil || len(page) != 3 || page[0].Decision.ID <= page[1].Decision.ID {
			t.Fatalf("VaultDecisions = %d entries, %v", len(page), err)
		}
		// Mined rebalances in (from, to], newest first: ticks 0, 3, 6, 9.
		mined, err := s.MinedRebalances(ctx, 1, vault, t0, t0.Add(9*time.Minute), 10)
		if err != nil || len(mined) != 3 || !mined[0].Time.Equal(t0.Add(9*time.Minute)) || !mined[2].Time.Equal(t0.Add(3*time.Minute)) ||
			len(mined[0].Sources) != 2 || mined[1].SharePrice.Int64() != 1_000_006 {
			t.Errorf("MinedRebalances = %+v, %v; want the rebalances of minutes 9, 6, 3", mined, err)
		}
		if mined, err := s.MinedRebalances(ctx, 1, vault, t0.Add(-time.Minute), t0.Add(9*time.Minute), 2); err != nil || len(mined) != 2 {
			t.Errorf("MinedRebalances limit 2 = %d, %v", len(mined), err)
		}
		if d, ok, err := s.LastDecisionBy(ctx, 1, vault, t0.Add(4*time.Minute+30*time.Second)); err != nil || !ok || !d.Time.Equal(t0.Add(4*time.Minute)) {
			t.Errorf("LastDecisionBy = %v, %v, %v; want the decision of minute 4", d.Time, ok, err)
		}
		if _, ok, err := s.LastDecisionBy(ctx, 1, vault, t0.Add(-time.Second)); err != nil || ok {
			t.Errorf("LastDecisionBy before the first = %v, %v", ok, err)
		}
		if _, err := s.SampledHistory(ctx, 1, vault, t0, t0, 5); err == nil {
			t.Error("an empty range was accepted")
		}
	})
}
