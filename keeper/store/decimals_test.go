package store

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A decision records its asset's decimals; one recorded without them (as
// before the column existed) reads back as nil, and its JSON omits them.
func TestDecisionAssetDecimals(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		six, eighteen := uint8(6), uint8(18)
		with := sampleDecision(vaultA, t0)
		with.AssetDecimals = &six
		without := sampleDecision(vaultA, t0.Add(time.Minute))
		big := sampleDecision(vaultB, t0.Add(2*time.Minute))
		big.AssetDecimals = &eighteen
		ids := map[int64]*uint8{}
		for _, d := range []Decision{with, without, big} {
			id, err := s.RecordDecision(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			ids[id] = d.AssetDecimals
		}
		for id, want := range ids {
			d, err := s.Decision(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if (d.AssetDecimals == nil) != (want == nil) || want != nil && *d.AssetDecimals != *want {
				t.Errorf("decision %d: decimals %v, want %v", id, d.AssetDecimals, want)
			}
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if has := strings.Contains(string(b), `"asset_decimals":`); has != (want != nil) {
				t.Errorf("decision %d JSON: %s", id, b)
			}
			var back Decision
			if err := json.Unmarshal(b, &back); err != nil || (back.AssetDecimals == nil) != (want == nil) {
				t.Errorf("decision %d JSON round trip: %v, %v", id, back.AssetDecimals, err)
			}
		}
		if d, ok, err := s.LastDecision(ctx, 1, vaultA); err != nil || !ok || d.AssetDecimals != nil {
			t.Errorf("LastDecision of vault A: %v, %v, %v", d.AssetDecimals, ok, err)
		}
		if _, err := s.db.Exec(`UPDATE decisions SET asset_decimals = 256`); err == nil {
			t.Error("the schema accepted decimals 256")
		}
	})
}
