package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"
)

// TestMain stops the PostgreSQL cluster the tests that use one started.
func TestMain(m *testing.M) {
	code := m.Run()
	if err := pgtest.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// pgDSNEnv is the variable the PostgreSQL tests' configs name in
// local.storage.dsn_env.
const pgDSNEnv = "VAULTKEEPER_TEST_PG_DSN"

// pgPassword is the password in the tests' DSNs (the throw-away cluster
// trusts its socket, so any password connects): it must never be printed.
const pgPassword = "pg-s3cret-pw-41"

// postgresConfig is testConfig with local.storage on a new database of
// the test binary's PostgreSQL cluster, its DSN (with pgPassword) in
// pgDSNEnv.
func postgresConfig(t *testing.T) (cfg, dsn string) {
	t.Helper()
	dsn = strings.Replace(pgtest.DSN(t), "postgres@", "postgres:"+pgPassword+"@", 1)
	t.Setenv(pgDSNEnv, dsn)
	dir := t.TempDir()
	cfg = testConfig(t, filepath.Join(dir, "keeper.db"), "")
	editConfig(t, cfg, "    path: "+filepath.Join(dir, "keeper.db"),
		"    kind: postgres\n    dsn_env: "+pgDSNEnv+"\n    path: "+filepath.Join(dir, "keeper.db"))
	return cfg, dsn
}

// keeper once records into PostgreSQL, and status, history and explain
// read it back, naming the database without its password.
func TestOnceStatusHistoryOnPostgres(t *testing.T) {
	cfg, dsn := postgresConfig(t)
	noPassword := func(what, out string) {
		t.Helper()
		if strings.Contains(out, pgPassword) {
			t.Errorf("%s prints the DSN's password:\n%s", what, out)
		}
	}
	noPassword("once", keeperOK(t, "once", "--config", cfg))
	if _, err := os.Stat(filepath.Join(filepath.Dir(cfg), "keeper.db")); err == nil {
		t.Error("once created the SQLite file")
	}

	st, err := store.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	h, err := st.History(context.Background(), 0)
	st.Close()
	if err != nil || len(h) != 1 || h[0].Decision.Action != store.ActionRebalance || len(h[0].Transactions) != 1 {
		t.Fatalf("once recorded %+v, %v; want one mined rebalance", h, err)
	}
	d := h[0].Decision

	s := readStatus(t, cfg)
	if s.StoragePath != store.RedactDSN(dsn) || !strings.Contains(s.StoragePath, "xxxxx") || len(s.Vaults) != 1 ||
		s.Vaults[0].LastDecision == nil || s.Vaults[0].LastDecision.ID != d.ID {
		t.Errorf("status storage %q, vaults %+v; want %s and decision %d", s.StoragePath, s.Vaults, store.RedactDSN(dsn), d.ID)
	}
	for _, args := range [][]string{
		{"status"}, {"status", "--json"}, {"history"}, {"history", "--json"}, {"explain"},
	} {
		out := keeperOK(t, append(args, "--config", cfg)...)
		noPassword(strings.Join(args, " "), out)
		if args[0] == "history" && !strings.Contains(out, d.Reason) {
			t.Errorf("keeper %v does not show decision %d:\n%s", args, d.ID, out)
		}
	}

	// The tick took the lease on sending for the chain and its key, and
	// gave it up when done.
	st, err = store.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	leases, err := st.Leases(context.Background())
	if err != nil || len(leases) != 1 || !strings.HasPrefix(leases[0].Name, "send/1337/0x") || leases[0].Token != 1 || leases[0].Expires.After(time.Now()) {
		t.Fatalf("leases after once: %+v, %v; want one released send lease", leases, err)
	}
	// keeper status shows it: who last held it, and that it is free.
	s = readStatus(t, cfg)
	if len(s.Leases) != 1 || s.Leases[0].Name != leases[0].Name || s.Leases[0].Leading || s.Leases[0].Token != 1 {
		t.Errorf("status leases %+v, want %s free", s.Leases, leases[0].Name)
	}
	if out := keeperOK(t, "status", "--config", cfg); !strings.Contains(out, "lease "+leases[0].Name) || !strings.Contains(out, "free: last held by") {
		t.Errorf("status text lacks the lease:\n%s", out)
	}
	// (A keeper refused by another's lease is keeper/e2e's
	// TestLeaseFailover: the embedded chain's dev key is new at each
	// start, so two keepers here never share a lease.)
}

// Errors about a PostgreSQL store name it without the password, and an
// unset variable by its name.
func TestPostgresStorageErrors(t *testing.T) {
	cfg, dsn := postgresConfig(t)
	t.Setenv(pgDSNEnv, strings.Replace(dsn, "/test_", "/no_such_db_", 1))
	code, out, errb := keeperRun(t, "status", "--config", cfg)
	if code != 1 || !strings.Contains(errb, "no_such_db_") || !strings.Contains(errb, "local.storage.dsn_env") || strings.Contains(out+errb, pgPassword) {
		t.Errorf("status on a missing database: exit %d\n%s%s", code, out, errb)
	}
	t.Setenv(pgDSNEnv, "")
	code, out, errb = keeperRun(t, "history", "--config", cfg)
	if code != 1 || !strings.Contains(errb, pgDSNEnv) || !strings.Contains(errb, "not set") {
		t.Errorf("history with the DSN variable unset: exit %d\n%s%s", code, out, errb)
	}
	t.Setenv(pgDSNEnv, dsn)
	code, out, errb = keeperRun(t, "once", "--dry-run", "--config", cfg)
	if code == 0 || !strings.Contains(errb, "not supported") {
		t.Errorf("once --dry-run on PostgreSQL: exit %d\n%s%s", code, out, errb)
	}
}
