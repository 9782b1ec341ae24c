package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// ---------------------------------------------------------------------------
// helpers

const (
	vaultA = "0x1111111111111111111111111111111111111111"
	vaultB = "0x2222222222222222222222222222222222222222"
	srcA   = "0xaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaA"
	srcB   = "0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	srcC   = "0xcccccccccccccccccccccccccccccccccccccccc"
)

func huge(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad test number %q", s)
	}
	return v
}

// hugeN is 2^300 + n, well beyond uint256.
func hugeN(n int64) *big.Int {
	v := new(big.Int).Lsh(big.NewInt(1), 300)
	return v.Add(v, big.NewInt(n))
}

func hash(n int) string { return fmt.Sprintf("0x%064x", n) }

var ctx = context.Background()

// A time with nanoseconds in a non-UTC zone.
var t0 = time.Date(2025, 3, 14, 15, 9, 26, 535897932, time.FixedZone("X", -7*3600-30*60))

func eqBig(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Cmp(b) == 0
}

func eqBigs(a, b []*big.Int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !eqBig(a[i], b[i]) {
			return false
		}
	}
	return true
}

func eqFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

func eqStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func checkTimeEq(t *testing.T, what string, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) || got.Location() != time.UTC {
		t.Errorf("%s = %v (loc %v), want %v in UTC", what, got, got.Location(), want.UTC())
	}
}

func checkObservation(t *testing.T, got, want Observation) {
	t.Helper()
	checkTimeEq(t, "Observation.Time", got.Time, want.Time)
	g, w := got, want
	g.Time, w.Time, g.Assets, w.Assets = time.Time{}, time.Time{}, nil, nil
	if g != w || !eqBig(got.Assets, want.Assets) {
		t.Errorf("observation mismatch:\n got %+v (assets %v)\nwant %+v (assets %v)", got, got.Assets, want, want.Assets)
	}
}

func checkDecision(t *testing.T, got, want Decision) {
	t.Helper()
	checkTimeEq(t, "Decision.Time", got.Time, want.Time)
	ok := got.ID == want.ID && got.TickID == want.TickID && got.ChainID == want.ChainID &&
		got.Vault == want.Vault && got.Block == want.Block && got.Action == want.Action &&
		got.Reason == want.Reason && got.DryRun == want.DryRun && eqBig(got.TotalAssets, want.TotalAssets) &&
		eqStrings(got.Sources, want.Sources) && eqFloats(got.CurrentWeights, want.CurrentWeights) &&
		eqFloats(got.TargetWeights, want.TargetWeights) && eqBigs(got.Targets, want.Targets) &&
		math.Float64bits(got.ExpectedGain) == math.Float64bits(want.ExpectedGain) &&
		math.Float64bits(got.GasCost) == math.Float64bits(want.GasCost) && got.GasEstimate == want.GasEstimate &&
		got.ConfigHash == want.ConfigHash && got.ApprovedHash == want.ApprovedHash
	if !ok {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("decision mismatch:\n got %s\nwant %s", gj, wj)
	}
}

func checkTransaction(t *testing.T, got, want Transaction) {
	t.Helper()
	checkTimeEq(t, "Transaction.SentAt", got.SentAt, want.SentAt)
	checkTimeEq(t, "Transaction.UpdatedAt", got.UpdatedAt, want.UpdatedAt)
	ok := got.ID == want.ID && got.DecisionID == want.DecisionID && got.Hash == want.Hash &&
		got.Nonce == want.Nonce && got.GasUsed == want.GasUsed && eqBig(got.GasPrice, want.GasPrice) &&
		got.Status == want.Status && got.Block == want.Block && got.Error == want.Error
	if !ok {
		gj, _ := json.Marshal(got)
		wj, _ := json.Marshal(want)
		t.Errorf("transaction mismatch:\n got %s\nwant %s", gj, wj)
	}
}

func sampleObs(tm time.Time, vault string, srcs ...string) []Observation {
	out := make([]Observation, len(srcs))
	for i, s := range srcs {
		out[i] = Observation{Time: tm, ChainID: 1, Vault: vault, Block: 100, Source: s,
			Name: "src" + s[len(s)-1:], Assets: big.NewInt(int64(1000 * (i + 1))), SupplyAPY: 0.01 * float64(i+1)}
	}
	return out
}

func sampleDecision(vault string, tm time.Time) Decision {
	return Decision{
		Time: tm, ChainID: 1, Vault: vault, Block: 42, Action: ActionRebalance, Reason: "gain beats gas",
		TotalAssets: big.NewInt(3000), Sources: []string{srcA, srcB},
		CurrentWeights: []float64{0.5, 0.5}, TargetWeights: []float64{0.25, 0.75},
		Targets: []*big.Int{big.NewInt(750), big.NewInt(2250)}, ExpectedGain: 12.5, GasCost: 0.3, GasEstimate: 210000,
		ConfigHash: hash(70), ApprovedHash: hash(71),
	}
}

func sampleTx(decisionID int64, n int, sent time.Time) Transaction {
	return Transaction{DecisionID: decisionID, Hash: hash(n), Nonce: uint64(n), Status: StatusSent, SentAt: sent}
}

// counts returns the number of rows in every table.
func counts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tbl := range []string{"ticks", "observations", "decisions", "decision_sources", "transactions"} {
		var n int
		if err := s.db.QueryRow("SELECT COUNT(*) FROM " + tbl).Scan(&n); err != nil {
			t.Fatalf("counting %s: %v", tbl, err)
		}
		out[tbl] = n
	}
	return out
}

// ---------------------------------------------------------------------------
// tests

func TestOpenSetsPragmasAndCreatesDirectory(t *testing.T) {
	// Parent directories are created, and URI-special characters in the path work.
	path := filepath.Join(t.TempDir(), "a b", "x?y#z%20", "keeper.db")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database file not at %s: %v", path, err)
	}
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "10000"} {
		var got string
		if err := s.db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %q, want %q", pragma, got, want)
		}
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != LatestSchemaVersion() || v < 1 {
		t.Errorf("SchemaVersion = %d, %v; want %d", v, err, LatestSchemaVersion())
	}
	if _, err := Open(""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

func TestRoundTripAndPersistence(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, path := openTemp(t)

		obs := []Observation{
			{Time: t0, ChainID: 8453, Vault: vaultA, Block: math.MaxInt64, Source: srcA, Name: "Aave v3",
				Assets: huge(t, "115792089237316195423570985008687907853269984665640564039457584007913129639935123"), SupplyAPY: 0.0523456789012345},
			{Time: t0.Add(time.Nanosecond), ChainID: 8453, Vault: vaultA, Block: 0, Source: srcB, Name: "",
				Assets: big.NewInt(0), SupplyAPY: -0.001},
		}
		tick, err := s.RecordObservations(ctx, obs)
		if err != nil {
			t.Fatalf("RecordObservations: %v", err)
		}
		if tick <= 0 {
			t.Fatalf("tick id = %d", tick)
		}

		d := Decision{
			TickID: tick, Time: t0.Add(3 * time.Nanosecond), ChainID: 8453, Vault: vaultA, Block: 123456789,
			Action: ActionRebalance, Reason: "APY spread 2.1% > threshold; gain 12.3 > gas 0.4 ✓", DryRun: true,
			TotalAssets:    hugeN(7),
			Sources:        []string{srcA, srcB, srcC},
			CurrentWeights: []float64{0.1, 0.2, 0.7},
			TargetWeights:  []float64{1.0 / 3, math.SmallestNonzeroFloat64, 2.0/3 - math.SmallestNonzeroFloat64},
			Targets:        []*big.Int{hugeN(1), big.NewInt(0), hugeN(99999)},
			ExpectedGain:   123456.789e-3, GasCost: 1e-12, GasEstimate: 1<<63 - 1,
		}
		did, err := s.RecordDecision(ctx, d)
		if err != nil {
			t.Fatalf("RecordDecision: %v", err)
		}
		d.ID = did
		// A decision with no tick and no sources.
		hold := Decision{Time: t0, ChainID: 8453, Vault: vaultA, Action: ActionHold, TotalAssets: big.NewInt(0),
			Sources: []string{}, CurrentWeights: []float64{}, TargetWeights: []float64{}, Targets: []*big.Int{}}
		if hold.ID, err = s.RecordDecision(ctx, hold); err != nil {
			t.Fatalf("RecordDecision(hold): %v", err)
		}

		tx1 := Transaction{DecisionID: did, Hash: "0x" + strings.Repeat("aB", 32), Nonce: 7, GasUsed: 21000,
			GasPrice: hugeN(-5), Status: StatusMined, Block: 99, Error: "", SentAt: t0.Add(5), UpdatedAt: t0.Add(6 * time.Second)}
		if tx1.ID, err = s.RecordTransaction(ctx, tx1); err != nil {
			t.Fatalf("RecordTransaction: %v", err)
		}
		tx2 := Transaction{DecisionID: did, Hash: hash(2), Nonce: 8, Status: StatusFailed, Error: "nonce too low", SentAt: t0.Add(7)}
		if tx2.ID, err = s.RecordTransaction(ctx, tx2); err != nil {
			t.Fatalf("RecordTransaction: %v", err)
		}
		tx2.UpdatedAt = tx2.SentAt // defaulted

		verify := func(t *testing.T, s *Store) {
			t.Helper()
			gotObs, err := s.Observations(ctx, tick)
			if err != nil {
				t.Fatalf("Observations: %v", err)
			}
			if len(gotObs) != len(obs) {
				t.Fatalf("got %d observations, want %d", len(gotObs), len(obs))
			}
			for i := range obs {
				checkObservation(t, gotObs[i], obs[i])
			}
			h, err := s.History(ctx, 10)
			if err != nil {
				t.Fatalf("History: %v", err)
			}
			if len(h) != 2 {
				t.Fatalf("History returned %d entries, want 2", len(h))
			}
			checkDecision(t, h[0].Decision, hold)
			if h[0].Transactions == nil || len(h[0].Transactions) != 0 {
				t.Errorf("hold transactions = %#v, want empty non-nil", h[0].Transactions)
			}
			checkDecision(t, h[1].Decision, d)
			if len(h[1].Transactions) != 2 {
				t.Fatalf("got %d transactions, want 2", len(h[1].Transactions))
			}
			checkTransaction(t, h[1].Transactions[0], tx1)
			checkTransaction(t, h[1].Transactions[1], tx2)

			got, err := s.Decision(ctx, did)
			if err != nil {
				t.Fatal(err)
			}
			checkDecision(t, got, d)
			gt, err := s.Transaction(ctx, strings.ToLower(tx1.Hash)) // case-insensitive lookup
			if err != nil {
				t.Fatal(err)
			}
			checkTransaction(t, gt, tx1)
			if _, err := s.Decision(ctx, 9999); !errors.Is(err, ErrNotFound) {
				t.Errorf("Decision(9999) err = %v, want ErrNotFound", err)
			}
		}
		verify(t, s)

		// Persistence: close, reopen the file, read everything again.
		if err := s.Close(); err != nil {
			t.Fatalf("Close: %v", err)
		}
		s2, err := Open(path)
		if err != nil {
			t.Fatalf("reopen: %v", err)
		}
		defer s2.Close()
		verify(t, s2)
	})
}

func TestMigrationsIdempotent(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, path := openTemp(t)
		if _, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA)); err != nil {
			t.Fatal(err)
		}
		// A second Store on the same file while the first is open, then a third after closing.
		s2, err := Open(path)
		if err != nil {
			t.Fatalf("second Open: %v", err)
		}
		if c := counts(t, s2); c["ticks"] != 1 || c["observations"] != 1 {
			t.Errorf("counts after reopen = %v", c)
		}
		s2.Close()
		s.Close()
		s3, err := Open(path)
		if err != nil {
			t.Fatalf("third Open: %v", err)
		}
		defer s3.Close()
		if v, _ := s3.SchemaVersion(ctx); v != LatestSchemaVersion() {
			t.Errorf("version = %d, want %d", v, LatestSchemaVersion())
		}
		if c := counts(t, s3); c["ticks"] != 1 || c["observations"] != 1 {
			t.Errorf("counts after reopen = %v", c)
		}
	})
}

func TestOpenRejectsNewerSchema(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, path := openTemp(t)
		if err := s.db.d.setSchemaVersion(ctx, s.db, LatestSchemaVersion()+1); err != nil {
			t.Fatal(err)
		}
		s.Close()
		_, err := Open(path)
		if err == nil || !strings.Contains(err.Error(), "newer") {
			t.Fatalf("Open of newer schema: err = %v, want 'newer' error", err)
		}
	})
}

func TestAPYHistory(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		rec := func(obs []Observation, apys ...float64) {
			t.Helper()
			for i := range obs {
				obs[i].SupplyAPY = apys[i]
			}
			if _, err := s.RecordObservations(ctx, obs); err != nil {
				t.Fatal(err)
			}
		}
		rec(sampleObs(t0, vaultA, srcA, srcB), 0.01, 0.11)          // tick 1
		rec(sampleObs(t0, vaultA, srcA), 0.02)                      // tick 2: B missing -> skipped
		rec(sampleObs(t0, vaultA, srcA, srcB, srcC), 0.03, 0.13, 9) // tick 3
		rec(sampleObs(t0, vaultB, srcA, srcB), 7, 7)                // tick 4: other vault
		rec(sampleObs(t0, vaultA, srcB, srcA), 0.14, 0.04)          // tick 5: different order
		// tick 6: both vaults in one call
		rec(append(sampleObs(t0, vaultB, srcA, srcB), sampleObs(t0, vaultA, srcA, srcB)...), 8, 8, 0.05, 0.15)

		cases := []struct {
			name    string
			vault   string
			chain   uint64
			sources []string
			limit   int
			want    [][]float64
		}{
			{"all", vaultA, 1, []string{srcA, srcB}, 0, [][]float64{{0.01, 0.11}, {0.03, 0.13}, {0.04, 0.14}, {0.05, 0.15}}},
			{"limit keeps most recent, oldest first", vaultA, 1, []string{srcA, srcB}, 2, [][]float64{{0.04, 0.14}, {0.05, 0.15}}},
			{"limit larger than data", vaultA, 1, []string{srcA, srcB}, 100, [][]float64{{0.01, 0.11}, {0.03, 0.13}, {0.04, 0.14}, {0.05, 0.15}}},
			{"column order follows sources", vaultA, 1, []string{srcB, srcA}, 1, [][]float64{{0.15, 0.05}}},
			{"vault without 0x does not match", strings.ToUpper(vaultA[2:]), 1, []string{strings.ToLower(srcA)}, 0, nil},
			{"case-insensitive addresses 0x", "0x" + strings.ToUpper(vaultA[2:]), 1, []string{strings.ToLower(srcA)}, 2, [][]float64{{0.04}, {0.05}}},
			{"single source includes tick with missing others", vaultA, 1, []string{srcA}, 0, [][]float64{{0.01}, {0.02}, {0.03}, {0.04}, {0.05}}},
			{"three sources", vaultA, 1, []string{srcC, srcA, srcB}, 0, [][]float64{{9, 0.03, 0.13}}},
			{"duplicate source in request", vaultA, 1, []string{srcA, srcA}, 1, [][]float64{{0.05, 0.05}}},
			{"other vault", vaultB, 1, []string{srcA, srcB}, 0, [][]float64{{7, 7}, {8, 8}}},
			{"other chain", vaultA, 2, []string{srcA}, 0, nil},
			{"unknown source", vaultA, 1, []string{srcA, "0xdead"}, 0, nil},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				got, err := s.APYHistory(ctx, c.chain, c.vault, c.sources, c.limit)
				if err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(got) != fmt.Sprint(c.want) || len(got) != len(c.want) {
					t.Errorf("got %v, want %v", got, c.want)
				}
			})
		}
		if _, err := s.APYHistory(ctx, 1, vaultA, nil, 0); !errors.Is(err, ErrInvalid) {
			t.Errorf("no sources: err = %v, want ErrInvalid", err)
		}
	})
}

func TestHistoryAndLastDecision(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		var ids []int64
		for i := 0; i < 3; i++ {
			vault := vaultA
			if i == 1 {
				vault = vaultB
			}
			id, err := s.RecordDecision(ctx, sampleDecision(vault, t0.Add(time.Duration(i)*time.Minute)))
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		// Interleave transactions so per-decision order differs from global id order.
		for i, did := range []int64{ids[0], ids[2], ids[0], ids[0]} {
			if _, err := s.RecordTransaction(ctx, sampleTx(did, i+1, t0)); err != nil {
				t.Fatal(err)
			}
		}

		h, err := s.History(ctx, 2)
		if err != nil {
			t.Fatal(err)
		}
		if len(h) != 2 || h[0].Decision.ID != ids[2] || h[1].Decision.ID != ids[1] {
			t.Fatalf("History(2) ids = %v, want [%d %d]", historyIDs(h), ids[2], ids[1])
		}
		if len(h[0].Transactions) != 1 || h[0].Transactions[0].Hash != hash(2) {
			t.Errorf("newest decision transactions = %+v", h[0].Transactions)
		}
		if len(h[1].Transactions) != 0 {
			t.Errorf("middle decision has %d transactions", len(h[1].Transactions))
		}

		// One vault's, or every vault's but some, on one chain.
		for _, tc := range []struct {
			chain  uint64
			vault  string
			except []string
			limit  int
			want   []int64
		}{
			{1, strings.ToLower(vaultA), nil, 0, []int64{ids[2], ids[0]}},
			{1, vaultA, nil, 1, []int64{ids[2]}},
			{1, "", nil, 0, []int64{ids[2], ids[1], ids[0]}},
			{1, "", []string{strings.ToLower(vaultA)}, 0, []int64{ids[1]}},
			{2, "", nil, 0, nil},
		} {
			got, err := s.ChainHistory(ctx, tc.chain, tc.vault, tc.except, tc.limit)
			if err != nil || fmt.Sprint(historyIDs(got)) != fmt.Sprint(tc.want) {
				t.Errorf("ChainHistory(%d, %q, %q, %d) = %v, %v; want %v", tc.chain, tc.vault, tc.except, tc.limit, historyIDs(got), err, tc.want)
			}
		}
		if h, err := s.ChainHistory(ctx, 1, vaultA, nil, 0); err != nil || len(h) != 2 || len(h[0].Transactions) != 1 || len(h[1].Transactions) != 3 {
			t.Errorf("ChainHistory(1, vaultA) transactions: %+v, %v", h, err)
		}
		all, err := s.History(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 3 || all[2].Decision.ID != ids[0] {
			t.Fatalf("History(0) ids = %v", historyIDs(all))
		}
		var hashes []string
		for _, tx := range all[2].Transactions {
			hashes = append(hashes, tx.Hash)
			if tx.DecisionID != ids[0] {
				t.Errorf("tx %s attached to decision %d has DecisionID %d", tx.Hash, ids[0], tx.DecisionID)
			}
		}
		if want := []string{hash(1), hash(3), hash(4)}; !eqStrings(hashes, want) {
			t.Errorf("oldest decision tx hashes = %v, want %v (oldest first)", hashes, want)
		}

		last, ok, err := s.LastDecision(ctx, 1, vaultA)
		if err != nil || !ok || last.ID != ids[2] {
			t.Errorf("LastDecision(vaultA) = id %d, %v, %v; want id %d", last.ID, ok, err, ids[2])
		}
		checkDecision(t, last, func() Decision { d := sampleDecision(vaultA, t0.Add(2*time.Minute)); d.ID = ids[2]; return d }())
		last, ok, err = s.LastDecision(ctx, 1, strings.ToUpper(vaultB))
		if err != nil || !ok || last.ID != ids[1] {
			t.Errorf("LastDecision(vaultB) = id %d, %v, %v; want id %d", last.ID, ok, err, ids[1])
		}
		if _, ok, err := s.LastDecision(ctx, 2, vaultA); ok || err != nil {
			t.Errorf("LastDecision(other chain) ok=%v err=%v, want false, nil", ok, err)
		}

		empty, _ := openTemp(t)
		eh, err := empty.History(ctx, 5)
		if err != nil || len(eh) != 0 {
			t.Errorf("empty History = %v, %v", eh, err)
		}
	})
}

func historyIDs(h []HistoryEntry) []int64 {
	var ids []int64
	for _, e := range h {
		ids = append(ids, e.Decision.ID)
	}
	return ids
}

func TestUpdateTransaction(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		now := time.Date(2030, 1, 2, 3, 4, 5, 6, time.UTC)
		s.now = func() time.Time { return now }
		did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		tx := sampleTx(did, 1, t0)
		if tx.ID, err = s.RecordTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		pending, err := s.PendingTransactions(ctx)
		if err != nil || len(pending) != 1 {
			t.Fatalf("PendingTransactions = %v, %v", pending, err)
		}

		price := hugeN(3)
		if err := s.UpdateTransaction(ctx, "0x"+strings.ToUpper(tx.Hash[2:]), StatusReverted, 55555, price, 777, "execution reverted"); err != nil {
			t.Fatalf("UpdateTransaction: %v", err)
		}
		want := tx
		want.Status, want.GasUsed, want.GasPrice, want.Block, want.Error, want.UpdatedAt = StatusReverted, 55555, price, 777, "execution reverted", now
		got, err := s.Transaction(ctx, tx.Hash)
		if err != nil {
			t.Fatal(err)
		}
		checkTransaction(t, got, want)
		if pending, _ := s.PendingTransactions(ctx); len(pending) != 0 {
			t.Errorf("still pending: %v", pending)
		}

		// nil gas price stores NULL.
		if err := s.UpdateTransaction(ctx, tx.Hash, StatusMined, 1, nil, 2, ""); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Transaction(ctx, tx.Hash); got.GasPrice != nil || got.Status != StatusMined {
			t.Errorf("after nil price update: %+v", got)
		}

		before := counts(t, s)
		err = s.UpdateTransaction(ctx, hash(999), StatusMined, 1, nil, 1, "")
		if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), hash(999)) {
			t.Errorf("unknown hash: err = %v, want ErrNotFound naming the hash", err)
		}
		for _, c := range []struct {
			hash, status, field string
		}{
			{tx.Hash, "confirmed", `status "confirmed"`},
			{"0x1234", StatusMined, `hash "0x1234"`},
		} {
			err := s.UpdateTransaction(ctx, c.hash, c.status, 1, nil, 1, "")
			if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), c.field) {
				t.Errorf("UpdateTransaction(%q, %q): err = %v, want ErrInvalid naming %s", c.hash, c.status, err, c.field)
			}
		}
		if err := s.UpdateTransaction(ctx, tx.Hash, StatusMined, 1, big.NewInt(-1), 1, ""); !errors.Is(err, ErrInvalid) {
			t.Errorf("negative gas price: err = %v", err)
		}
		if after := counts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("counts changed: %v -> %v", before, after)
		}
		if got, _ := s.Transaction(ctx, tx.Hash); got.Status != StatusMined || got.GasUsed != 1 {
			t.Errorf("failed updates changed the row: %+v", got)
		}
	})
}
