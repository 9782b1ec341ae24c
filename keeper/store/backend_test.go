package store

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"
)

// opener opens a new, empty store and returns it with what Open takes to
// open it again: a SQLite file's path or a PostgreSQL DSN.
type opener func(t *testing.T) (*Store, string)

// backends are the databases every store test runs on, but the ones about
// the SQLite file itself (file and lock tests, pragmas, scratch copies).
var backends = []struct {
	name string
	open opener
}{
	{"sqlite", openTemp},
	{"postgres", openPostgres},
}

// eachBackend runs fn as a subtest per backend, named after it.
func eachBackend(t *testing.T, fn func(t *testing.T, openTemp opener)) {
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { fn(t, b.open) })
	}
}

// openTemp opens a new SQLite store in a temporary directory.
func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "keeper.db")
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// openPostgres opens a store on a new database of the test binary's
// PostgreSQL cluster (pgtest).
func openPostgres(t *testing.T) (*Store, string) {
	t.Helper()
	dsn := pgtest.DSN(t)
	s, err := Open(dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, dsn
}

// failInserts makes the database itself reject inserts into table whose
// new row matches when (a SQL condition on NEW), with message msg.
func failInserts(t *testing.T, s *Store, table, when, msg string) {
	t.Helper()
	var stmts []string
	switch s.Backend() {
	case "sqlite":
		stmts = []string{fmt.Sprintf(`CREATE TRIGGER fail_%[1]s BEFORE INSERT ON %[1]s WHEN %[2]s
			BEGIN SELECT RAISE(ABORT, '%[3]s'); END`, table, when, msg)}
	case "postgres":
		stmts = []string{
			fmt.Sprintf(`CREATE FUNCTION fail_%[1]s() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION '%[2]s'; END $$`, table, msg),
			fmt.Sprintf(`CREATE TRIGGER fail_%[1]s BEFORE INSERT ON %[1]s FOR EACH ROW WHEN (%[2]s)
				EXECUTE FUNCTION fail_%[1]s()`, table, when),
		}
	}
	for _, q := range stmts {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
}

// withoutChecks runs the statement q with the tables' CHECK constraints
// out of the way, to corrupt rows as another tool could: per connection
// on SQLite (ignore_check_constraints), by dropping the table's checks on
// PostgreSQL (each test has a database of its own).
func withoutChecks(t *testing.T, s *Store, table, q string, args ...any) {
	t.Helper()
	switch s.Backend() {
	case "sqlite":
		conn, err := s.db.raw.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, "PRAGMA ignore_check_constraints = ON"); err != nil {
			t.Fatal(err)
		}
		defer conn.ExecContext(ctx, "PRAGMA ignore_check_constraints = OFF")
		if _, err := conn.ExecContext(ctx, q, args...); err != nil {
			t.Fatal(err)
		}
	case "postgres":
		if _, err := s.db.Exec(`DO $$ DECLARE c text; BEGIN
			FOR c IN SELECT conname FROM pg_constraint WHERE conrelid = '` + table + `'::regclass AND contype = 'c' LOOP
				EXECUTE format('ALTER TABLE ` + table + ` DROP CONSTRAINT %I', c);
			END LOOP; END $$`); err != nil {
			t.Fatal(err)
		}
		if _, err := s.db.Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
}
