package store

// The database's own guarantees, on both backends: writes are atomic, the
// schema's checks hold against other tools, malformed stored amounts are
// reported, concurrent writers and readers do not interfere.

import (
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
)

// A failure half-way through a multi-row write leaves nothing behind.
func TestWritesAreAtomic(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		// Make the database itself reject the third observation and the second decision source.
		failInserts(t, s, "observations", "NEW.source = '"+srcC+"'", "boom obs")
		failInserts(t, s, "decision_sources", "NEW.idx = 1", "boom src")
		before := counts(t, s)
		_, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB, srcC))
		if err == nil || !strings.Contains(err.Error(), "boom obs") || !strings.HasPrefix(err.Error(), "store: recording observations: ") {
			t.Fatalf("err = %v", err)
		}
		_, err = s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err == nil || !strings.Contains(err.Error(), "boom src") || !strings.HasPrefix(err.Error(), "store: recording decision: ") {
			t.Fatalf("err = %v", err)
		}
		if after := counts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
			t.Errorf("partial write: %v -> %v", before, after)
		}
	})
}

// The schema's CHECK constraints reject bad rows even when written by other tools.
func TestSchemaChecks(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{
			`UPDATE decisions SET action = 'maybe'`,
			`UPDATE decisions SET total_assets = '12.5'`,
			`UPDATE decisions SET total_assets = '-1'`,
			`UPDATE decisions SET total_assets = ''`,
			`UPDATE decisions SET dry_run = 2`,
			`UPDATE decision_sources SET target_assets = '1e18'`,
			fmt.Sprintf(`INSERT INTO transactions (decision_id, hash, nonce, gas_used, status, block, sent_at, updated_at)
			VALUES (%d, '0x1234', 0, 0, 'sent', 0, 0, 0)`, did),
			fmt.Sprintf(`INSERT INTO transactions (decision_id, hash, nonce, gas_used, status, block, sent_at, updated_at)
			VALUES (%d, '%s', 0, 0, 'lost', 0, 0, 0)`, did, hash(1)),
			fmt.Sprintf(`INSERT INTO transactions (decision_id, hash, nonce, gas_used, status, block, sent_at, updated_at)
			VALUES (12345, '%s', 0, 0, 'sent', 0, 0, 0)`, hash(1)), // foreign key
		} {
			if _, err := s.db.Exec(q); err == nil {
				t.Errorf("schema accepted: %s", q)
			}
		}
	})
}

func TestMalformedStoredAmount(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		tick, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA))
		if err != nil {
			t.Fatal(err)
		}
		txID, err := s.RecordTransaction(ctx, sampleTx(did, 1, t0))
		if err != nil {
			t.Fatal(err)
		}
		// Corrupt rows behind the CHECK constraints' back (withoutChecks).
		corrupt := func(q string, args ...any) {
			t.Helper()
			table := strings.Fields(q)[1] // UPDATE table SET …
			withoutChecks(t, s, table, q, args...)
		}

		corrupt(`UPDATE transactions SET gas_price = 'lots' WHERE id = ?`, txID)
		_, err = s.History(ctx, 10)
		if err == nil || !strings.Contains(err.Error(), "transactions.gas_price") || !strings.Contains(err.Error(), fmt.Sprintf("id %d", txID)) ||
			!strings.Contains(err.Error(), `"lots"`) {
			t.Errorf("History with malformed gas_price: err = %v", err)
		}

		corrupt(`UPDATE decision_sources SET target_assets = '0x10' WHERE decision_id = ? AND idx = 1`, did)
		_, _, err = s.LastDecision(ctx, 1, vaultA)
		if err == nil || !strings.Contains(err.Error(), "decision_sources.target_assets") || !strings.Contains(err.Error(), fmt.Sprintf("decision_id %d idx 1", did)) {
			t.Errorf("LastDecision with malformed target: err = %v", err)
		}

		corrupt(`UPDATE decisions SET total_assets = '1.5' WHERE id = ?`, did)
		_, err = s.Decision(ctx, did)
		if err == nil || !strings.Contains(err.Error(), "decisions.total_assets") || !strings.Contains(err.Error(), fmt.Sprintf("id %d", did)) {
			t.Errorf("Decision with malformed total: err = %v", err)
		}

		corrupt(`UPDATE observations SET assets = 'NaN' WHERE tick_id = ?`, tick)
		_, err = s.Observations(ctx, tick)
		if err == nil || !strings.Contains(err.Error(), "observations.assets") {
			t.Errorf("Observations with malformed assets: err = %v", err)
		}
	})
}

func TestConcurrentWriters(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s1, path := openTemp(t)
		s2, err := Open(path) // a second handle, as a second process would have
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()

		const perWriter = 40
		writers := []*Store{s1, s2, s1} // two separate handles plus two goroutines sharing one
		var wg sync.WaitGroup
		errs := make(chan error, len(writers)*perWriter+perWriter)
		for w, st := range writers {
			wg.Add(1)
			go func(w int, st *Store) {
				defer wg.Done()
				for i := 0; i < perWriter; i++ {
					tick, err := st.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB))
					if err != nil {
						errs <- fmt.Errorf("writer %d obs %d: %w", w, i, err)
						return
					}
					d := sampleDecision(vaultA, t0)
					d.TickID = tick
					did, err := st.RecordDecision(ctx, d)
					if err != nil {
						errs <- fmt.Errorf("writer %d decision %d: %w", w, i, err)
						return
					}
					h := hash(w*1000 + i)
					if _, err := st.RecordTransaction(ctx, sampleTx(did, w*1000+i, t0)); err != nil {
						errs <- fmt.Errorf("writer %d tx %d: %w", w, i, err)
						return
					}
					if err := st.UpdateTransaction(ctx, h, StatusMined, 21000, big.NewInt(1), 1, ""); err != nil {
						errs <- fmt.Errorf("writer %d update %d: %w", w, i, err)
						return
					}
				}
			}(w, st)
		}
		// A concurrent reader.
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				if _, err := s2.History(ctx, 5); err != nil {
					errs <- fmt.Errorf("reader History: %w", err)
					return
				}
				if _, err := s1.APYHistory(ctx, 1, vaultA, []string{srcA, srcB}, 10); err != nil {
					errs <- fmt.Errorf("reader APYHistory: %w", err)
					return
				}
			}
		}()
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		n := len(writers) * perWriter
		c := counts(t, s1)
		if c["ticks"] != n || c["observations"] != 2*n || c["decisions"] != n || c["decision_sources"] != 2*n || c["transactions"] != n {
			t.Errorf("counts = %v, want %d ticks/decisions/transactions", c, n)
		}
		rows, err := s1.APYHistory(ctx, 1, vaultA, []string{srcA, srcB}, 0)
		if err != nil || len(rows) != n {
			t.Errorf("APYHistory rows = %d, %v; want %d", len(rows), err, n)
		}
		pending, err := s1.PendingTransactions(ctx)
		if err != nil || len(pending) != 0 {
			t.Errorf("pending = %d, %v", len(pending), err)
		}
	})
}
