package store

import (
	"strings"
	"testing"
)

func TestPostgresRebind(t *testing.T) {
	for in, want := range map[string]string{
		`SELECT 1`:                                 `SELECT 1`,
		`WHERE a = ? AND b IN (?, ?) LIMIT ?`:      `WHERE a = $1 AND b IN ($2, $3) LIMIT $4`,
		`WHERE a = '?' AND "b?" = ? AND c = 'x'''`: `WHERE a = '?' AND "b?" = $1 AND c = 'x'''`,
		`WHERE a = ?4 AND b = ?12`:                 `WHERE a = $4 AND b = $12`,
		`FROM d INDEXED BY d_by_tick WHERE a = ?`:  `FROM d  WHERE a = $1`,
	} {
		if got := (postgresDialect{}).rebind(in); got != want {
			t.Errorf("rebind(%s) = %s, want %s", in, got, want)
		}
	}
}

// Every migration translates to PostgreSQL without SQLite-only syntax;
// that the translation works is what running every store test on both
// databases shows.
func TestPostgresDDLLeavesNoSQLiteSyntax(t *testing.T) {
	d := postgresDialect{}
	for i, m := range migrations {
		for _, stmt := range m.stmts {
			got := d.ddl(stmt)
			for _, bad := range []string{"AUTOINCREMENT", "GLOB", "BLOB", "REAL", "INTEGER", "json_valid", "IN (0, 1)"} {
				if strings.Contains(got, bad) {
					t.Errorf("migration %d (%s): %q left in\n%s", i+1, m.name, bad, got)
				}
			}
		}
	}
	if got, want := d.ddl(`x TEXT NOT NULL CHECK `+amountCheck("x")), `x TEXT NOT NULL CHECK (length(x) > 0 AND x COLLATE "C" !~ '[^0-9]')`; got != want {
		t.Errorf("amount check = %s, want %s", got, want)
	}
}
