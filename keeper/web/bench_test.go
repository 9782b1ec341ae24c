package web

import (
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// yearTicks is a year of 10-second ticks.
const yearTicks = 365 * 24 * 360

// yearStore opens a store holding a year of synthetic history of one vault
// with the 3 test sources: a tick every 10 s (3,153,600 ticks, 9,460,800
// observations), a decision at each with its 3 decision_sources rows and
// the vault's share price (a rebalance every hour, with its mined
// transaction: 8,760). Writing 22 million rows through RecordObservations
// and RecordDecision (a transaction each) would take hours, so the rows are
// generated inside SQLite by INSERT … SELECT over a recursive CTE, in one
// transaction, into a database the store created (its schema and indexes);
// the file is cached (VAULTKEEPER_BENCH_DB, default under the user's cache
// directory, ~3 GB) and reused while the schema version is the same.
func yearStore(b *testing.B) (*store.Store, time.Time, time.Time) {
	b.Helper()
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	end := start.Add(yearTicks * 10 * time.Second)
	path := os.Getenv("VAULTKEEPER_BENCH_DB")
	if path == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			b.Fatal(err)
		}
		path = filepath.Join(dir, "vaultkeeper", fmt.Sprintf("bench-year-schema%d.db", store.LatestSchemaVersion()))
	}
	if _, err := os.Stat(path); err != nil {
		b.Logf("generating a year of 10-second ticks into %s (once; a few minutes)", path)
		began := time.Now()
		if err := generateYear(path, start); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated in %s", time.Since(began).Round(time.Second))
	}
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st, start, end
}

func generateYear(path string, start time.Time) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("creating the cache directory: %w", err)
	}
	tmp := path + ".tmp"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		_ = os.Remove(p)
	}
	st, err := store.Open(tmp) // the schema
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	db, err := sql.Open("sqlite3", tmp)
	if err != nil {
		return fmt.Errorf("opening %s: %w", tmp, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	srcs := `(SELECT 0 AS k, '` + testSources[0] + `' AS source, 'morpho' AS name UNION ALL SELECT 1, '` + testSources[1] +
		`', 'aave' UNION ALL SELECT 2, '` + testSources[2] + `', 'compound')`
	stmts := []string{
		`PRAGMA synchronous = OFF`,
		`BEGIN`,
		fmt.Sprintf(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %d)
			INSERT INTO ticks (id, recorded_at) SELECT i, %d + (i - 1) * 10000000000 FROM n`, yearTicks, start.UnixNano()),
		fmt.Sprintf(`INSERT INTO observations (tick_id, time, chain_id, vault, block, block_time, source, name, assets, supply_apy)
			SELECT t.id, t.recorded_at, %d, '%s', t.id, t.recorded_at, s.source, s.name,
				CAST(300000000000 + ((t.id * (s.k + 1)) %% 97) * 1000000 AS TEXT),
				0.03 + 0.01 * s.k + 0.001 * (t.id %% 7) + 0.001 * ((t.id / 8640 + 5 * s.k) %% 20)
			FROM ticks t CROSS JOIN %s s ORDER BY t.id, s.k`, testChain, testVault, srcs),
		fmt.Sprintf(`INSERT INTO decisions (id, tick_id, time, chain_id, vault, block, action, reason, dry_run, total_assets,
				expected_gain, gas_cost, gas_estimate, config_hash, approved_hash, asset_decimals, share_price)
			SELECT id, id, recorded_at, %d, '%s', id, CASE WHEN id %% 360 = 0 THEN 'rebalance' ELSE 'hold' END,
				'synthetic', 0, '950000000000', 1, 2, CASE WHEN id %% 360 = 0 THEN 400000 ELSE 0 END, '%s', '%s', 6,
				CAST(1000000000000000000 + id * 1000000 AS TEXT)
			FROM ticks`, testChain, testVault, hashA, hashA),
		// Each rebalance's transaction, mined in the next block.
		`INSERT INTO transactions (decision_id, hash, nonce, gas_used, gas_price, status, block, sent_at, updated_at)
			SELECT id, printf('0x%064x', id), id / 360, 300000, '1000000000', 'mined', block + 1, time, time
			FROM decisions WHERE action = 'rebalance'`,
		`INSERT INTO decision_sources (decision_id, idx, source, current_weight, target_weight, target_assets)
			SELECT d.id, s.k, s.source, 0.3, 0.3, '300000000000' FROM decisions d CROSS JOIN ` + srcs + ` s ORDER BY d.id, s.k`,
		`COMMIT`,
		`PRAGMA wal_checkpoint(TRUNCATE)`,
	}
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			return fmt.Errorf("generating the year: %w", err)
		}
	}
	if err := db.Close(); err != nil {
		return fmt.Errorf("closing %s: %w", tmp, err)
	}
	return os.Rename(tmp, path)
}

// serve answers GET path with h and fails unless it is 200.
func serve(b *testing.B, h http.Handler, path string) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body.String())
	}
	return rec.Body.Len()
}

func yearHandler(b *testing.B) (http.Handler, time.Time, time.Time) {
	st, start, end := yearStore(b)
	cfg := config.Default()
	return Handler(Options{Store: st, Config: func() *config.Config { return cfg }, Now: func() time.Time { return end }}), start, end
}

// BenchmarkPageYear is what one load (and each refresh) of the page asks
// of the server over a year of 10-second ticks: the page, /api/vault,
// /api/history (its default: the last 30 days, 400 points),
// /api/decisions (the newest 50) and /api/governance.
func BenchmarkPageYear(b *testing.B) {
	h, _, _ := yearHandler(b)
	for b.Loop() {
		for _, p := range []string{"/", "/api/vault", "/api/history", "/api/decisions", "/api/governance"} {
			serve(b, h, p)
		}
	}
}

// BenchmarkHistoryYear is /api/history over the whole year at 400 and at
// 2,000 points.
func BenchmarkHistoryYear(b *testing.B) {
	h, start, end := yearHandler(b)
	for _, points := range []int{400, 2000} {
		b.Run(fmt.Sprintf("points=%d", points), func(b *testing.B) {
			path := fmt.Sprintf("/api/history?from=%d&to=%d&points=%d", start.Unix()-1, end.Unix(), points)
			for b.Loop() {
				serve(b, h, path)
			}
		})
	}
}
