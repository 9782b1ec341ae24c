package store

// The two SQL dialects the store speaks. Queries and migrations are written
// once, in SQLite's dialect with ? placeholders; the PostgreSQL dialect
// rewrites placeholders to $n and the migrations' column types and checks
// to their PostgreSQL equivalents (translateDDL), so both databases get the
// same schema from the same text.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
)

// dialect is what differs between the databases the store runs on.
type dialect interface {
	// name is "sqlite" or "postgres".
	name() string
	// rebind rewrites a query written with ? placeholders for the driver.
	rebind(q string) string
	// ddl rewrites a migration statement written for SQLite.
	ddl(stmt string) string
	// txOptions are the options of every writing transaction.
	txOptions() *sql.TxOptions
	// retryable reports whether a transaction that failed with err may
	// succeed when run again (a serialization failure or deadlock).
	retryable(err error) bool
	// migrationTxOptions are the options of a migration's transaction.
	migrationTxOptions() *sql.TxOptions
	// beginMigration runs first in each migration's transaction: it
	// serializes concurrent migrations and prepares what migrations need.
	beginMigration(ctx context.Context, tx *sqlTx) error
	// schemaVersion reads the number of migrations applied.
	schemaVersion(ctx context.Context, q queryRower) (int, error)
	// setSchemaVersion records the number of migrations applied.
	setSchemaVersion(ctx context.Context, e execer, v int) error
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// sqliteDialect is mattn/go-sqlite3's: ? placeholders, IMMEDIATE
// transactions (set in the DSN) and PRAGMA user_version.
type sqliteDialect struct{}

func (sqliteDialect) name() string                       { return "sqlite" }
func (sqliteDialect) rebind(q string) string             { return q }
func (sqliteDialect) ddl(stmt string) string             { return stmt }
func (sqliteDialect) txOptions() *sql.TxOptions          { return nil }
func (sqliteDialect) retryable(error) bool               { return false }
func (sqliteDialect) migrationTxOptions() *sql.TxOptions { return nil }
func (sqliteDialect) beginMigration(context.Context, *sqlTx) error {
	return nil // the IMMEDIATE transaction holds the write lock already
}

func (sqliteDialect) schemaVersion(ctx context.Context, q queryRower) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

func (sqliteDialect) setSchemaVersion(ctx context.Context, e execer, v int) error {
	// PRAGMA does not take bind parameters; v is an int we control.
	_, err := e.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v))
	return err
}

// postgresDialect is PostgreSQL's through pgx: $n placeholders, writing
// transactions at SERIALIZABLE isolation (retried on serialization
// failures, see Store.inTx) and a schema_version table.
type postgresDialect struct{}

// migrationLock is the pg_advisory_xact_lock key that serializes
// migrations of one database by concurrent Opens ("vaultkeeper" in ASCII).
const migrationLock = 0x7661756c746b65

func (postgresDialect) name() string { return "postgres" }

func (postgresDialect) txOptions() *sql.TxOptions {
	return &sql.TxOptions{Isolation: sql.LevelSerializable}
}

// Migrations run at READ COMMITTED behind an advisory lock: each statement
// then sees what the lock's previous holder committed.
func (postgresDialect) migrationTxOptions() *sql.TxOptions {
	return &sql.TxOptions{Isolation: sql.LevelReadCommitted}
}

func (postgresDialect) retryable(err error) bool {
	var pe *pgconn.PgError
	// 40001 serialization_failure, 40P01 deadlock_detected.
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

func (postgresDialect) beginMigration(ctx context.Context, tx *sqlTx) error {
	for _, stmt := range []string{
		fmt.Sprintf(`SELECT pg_advisory_xact_lock(%d)`, migrationLock),
		// The schema version: one row, the number of migrations applied.
		`CREATE TABLE IF NOT EXISTS schema_version (
			one     BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one),
			version BIGINT  NOT NULL CHECK (version >= 0)
		)`,
		// SQLite's COLLATE NOCASE: equal when equal ignoring case
		// (ICU, case-insensitive strength), so = and UNIQUE behave alike.
		`CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)`,
	} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("preparing the migration: %w", err)
		}
	}
	return nil
}

func (postgresDialect) schemaVersion(ctx context.Context, q queryRower) (int, error) {
	var v int
	err := q.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v)
	return v, err
}

func (d postgresDialect) setSchemaVersion(ctx context.Context, e execer, v int) error {
	_, err := e.ExecContext(ctx, d.rebind(`INSERT INTO schema_version (version) VALUES (?)
		ON CONFLICT (one) DO UPDATE SET version = excluded.version`), v)
	return err
}

// indexedBy matches SQLite's index hints, which PostgreSQL has no use for.
var indexedBy = regexp.MustCompile(`\b(?:INDEXED BY \w+|NOT INDEXED)\b`)

// rebind numbers the ? placeholders outside string literals and quoted
// identifiers: $1, $2, …; SQLite's numbered ?NNN becomes $NNN. SQLite's
// INDEXED BY and NOT INDEXED hints are dropped.
func (postgresDialect) rebind(q string) string {
	q = indexedBy.ReplaceAllString(q, "")
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	var quote byte // the open quote, 0 outside one
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '?' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9':
			b.WriteByte('$') // ?NNN: the NNN-th parameter
			continue
		case c == '?':
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// pgDDL maps the SQLite schema's types and checks to PostgreSQL's, in order.
var pgDDL = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`INTEGER PRIMARY KEY AUTOINCREMENT`), `BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY`},
	// Flags: INTEGER 0/1 in SQLite, BOOLEAN here (Go bools bind to both).
	{regexp.MustCompile(`INTEGER NOT NULL DEFAULT 0 CHECK \(\w+ IN \(0, 1\)\)`), `BOOLEAN NOT NULL DEFAULT FALSE`},
	{regexp.MustCompile(`INTEGER NOT NULL CHECK \(\w+ IN \(0, 1\)\)`), `BOOLEAN NOT NULL`},
	// SQLite's INTEGER and REAL are 64-bit.
	{regexp.MustCompile(`\bINTEGER\b`), `BIGINT`},
	{regexp.MustCompile(`\bREAL\b`), `DOUBLE PRECISION`},
	{regexp.MustCompile(`\bBLOB\b`), `BYTEA`},
	// x NOT GLOB '*[class]*' (no character of the class): a regular
	// expression, in the C collation (nocase's cannot match patterns).
	{regexp.MustCompile(`(\w+(?:\([^()]*\))?) NOT GLOB '\*(\[[^\]]*\])\*'`), `$1 COLLATE "C" !~ '$2'`},
	// Casting malformed JSON fails the write, as the check would.
	{regexp.MustCompile(`json_valid\((\w+)\)`), `($1::jsonb IS NOT NULL)`},
}

func (postgresDialect) ddl(stmt string) string {
	for _, r := range pgDDL {
		stmt = r.re.ReplaceAllString(stmt, r.repl)
	}
	return stmt
}

// sqlDB is the store's connection pool; it rebinds every query for its
// dialect.
type sqlDB struct {
	raw *sql.DB
	d   dialect
}

func (x sqlDB) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return x.raw.ExecContext(ctx, x.d.rebind(q), args...)
}

func (x sqlDB) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return x.raw.QueryContext(ctx, x.d.rebind(q), args...)
}

func (x sqlDB) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return x.raw.QueryRowContext(ctx, x.d.rebind(q), args...)
}

// Exec and QueryRow are ExecContext and QueryRowContext without a context.
func (x sqlDB) Exec(q string, args ...any) (sql.Result, error) {
	return x.ExecContext(context.Background(), q, args...)
}

func (x sqlDB) QueryRow(q string, args ...any) *sql.Row {
	return x.QueryRowContext(context.Background(), q, args...)
}

// sqlTx is a transaction that rebinds every query for its dialect.
type sqlTx struct {
	raw *sql.Tx
	d   dialect
}

func (x *sqlTx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return x.raw.ExecContext(ctx, x.d.rebind(q), args...)
}

func (x *sqlTx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return x.raw.QueryContext(ctx, x.d.rebind(q), args...)
}

func (x *sqlTx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return x.raw.QueryRowContext(ctx, x.d.rebind(q), args...)
}

func (x *sqlTx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return x.raw.PrepareContext(ctx, x.d.rebind(q))
}

// insertID runs an INSERT … RETURNING id (both databases have RETURNING;
// pgx has no LastInsertId) and returns the new row's id.
func insertID(ctx context.Context, q queryRower, insert string, args ...any) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, insert+` RETURNING id`, args...).Scan(&id)
	return id, err
}
