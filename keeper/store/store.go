// Package store persists the keeper's history — per-tick observations of
// every yield source, rebalance decisions and the transactions sent for them —
// in a SQLite database (github.com/mattn/go-sqlite3, cgo).
//
// Conventions:
//   - Token amounts (*big.Int) are stored as decimal TEXT and parsed back
//     exactly; a malformed stored amount is reported as an error naming the
//     table, column and row id.
//   - Times are stored as INTEGER unix nanoseconds and come back in UTC,
//     exact to the nanosecond (valid range: years 1678–2262).
//   - uint64 values (chain id, block, nonce, gas) must fit in int64, the
//     range SQLite integers can hold.
//   - Addresses, sources and transaction hashes are stored as given but
//     compared case-insensitively (COLLATE NOCASE), so checksummed and
//     lower-case hex refer to the same thing.
//   - Every multi-row write happens in one IMMEDIATE transaction; an invalid
//     input is rejected (with a *ValidationError naming the field and value)
//     before anything is written.
//
// The schema is versioned with PRAGMA user_version; Open applies any
// pending migrations in order, each in its own transaction.
//
// The same store runs on PostgreSQL (github.com/jackc/pgx/v5), the
// database a fleet of keepers shares: Open with a postgres:// DSN, or
// OpenPostgres. Queries and migrations are written once (see dialect.go);
// there amounts are TEXT, times, ids and uint64 values BIGINT, flags
// BOOLEAN, case-insensitive columns use an ICU collation named nocase,
// writing transactions are SERIALIZABLE (retried on serialization
// failures) and the schema version is the schema_version table. What is
// about the SQLite file (CheckFile, TryLock, OpenScratchCopy) does not
// apply to it.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // registers the "sqlite3" driver
)

// busyTimeout is how long a connection waits for a lock held by another
// connection (or process) before giving up with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// ErrNotFound is returned (wrapped) when a row addressed by key does not exist,
// e.g. UpdateTransaction with an unknown hash.
var ErrNotFound = errors.New("not found")

// Store is the keeper's history database. It is safe for concurrent use by
// multiple goroutines, and several processes may open the same file.
type Store struct {
	db sqlDB
	// path is the database file's absolute path, or the PostgreSQL DSN
	// with its password redacted.
	path string
	// opened is the database file's device and inode when Open opened it
	// (zero while opening): CheckFile compares the path's with it.
	opened FileID
	now    func() time.Time
	// leaseClock, when set, is the clock leases are judged by, read in the
	// lease's transaction: the PostgreSQL server's (pgClock), shared by
	// every keeper of the database; nil: now.
	leaseClock func(ctx context.Context, tx *sqlTx) (time.Time, error)
	// afterSendWrite, when set, is called after each committed write to the
	// sends journal (sends and attempts); see SetSendWriteHook.
	afterSendWrite func(what string)
	// fences are the leases the sends-journal writes check, by lease name
	// (SetFence, SendLeaseName); none: writes are not fenced.
	fenceMu sync.Mutex
	fences  map[string]Lease
}

// SetSendWriteHook makes fn run after every committed write to the sends
// journal, with a short description ("create send rebalance/decision-3",
// "update send … → signed", "add attempt 0x…", "attempt 0x… → sent"). It is
// the crash-test point of the keeper binary, which can kill itself there
// (keeper/cmd/keeper); nil removes the hook. Not safe to call concurrently
// with writes.
func (s *Store) SetSendWriteHook(fn func(what string)) { s.afterSendWrite = fn }

func (s *Store) sendWritten(what string) {
	if s.afterSendWrite != nil {
		s.afterSendWrite(what)
	}
}

// Open opens (creating if needed) the SQLite database at path, creating the
// parent directory if it is missing, and migrates the schema to the latest
// version. The connection uses WAL journaling, enforces foreign keys and
// waits on locks (busy_timeout) instead of failing immediately.
//
// A path that is a postgres:// or postgresql:// URL (IsPostgresDSN) opens
// that PostgreSQL database instead (OpenPostgres).
func Open(path string) (*Store, error) {
	if IsPostgresDSN(path) {
		return OpenPostgres(context.Background(), path)
	}
	if strings.TrimSpace(path) == "" {
		return nil, fmt.Errorf("store: opening database: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: opening database %q: resolving path: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
		return nil, fmt.Errorf("store: opening database %q: creating directory: %w", abs, err)
	}

	db, err := sql.Open("sqlite3", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("store: opening database %q: %w", abs, err)
	}
	s := &Store{db: sqlDB{raw: db, d: sqliteDialect{}}, path: abs, now: time.Now}

	ctx, cancel := context.WithTimeout(context.Background(), 2*busyTimeout)
	defer cancel()
	if err := s.checkPragmas(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening database %q: %w", abs, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening database %q: %w", abs, err)
	}
	// The file now exists (the connection created it): from here on every
	// write first checks that the path still names it.
	if s.opened, err = fileID(abs); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening database %q: %w", abs, err)
	}
	return s, nil
}

// dsn builds a go-sqlite3 URI DSN. The _-prefixed parameters are applied by
// the driver to every pooled connection; _txlock=immediate makes every
// transaction take the write lock up front, so concurrent writers queue on
// busy_timeout instead of failing on a read→write lock upgrade.
func dsn(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	// Characters with a meaning in URIs must be percent-escaped.
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	return fmt.Sprintf("file:%s?_journal_mode=WAL&_foreign_keys=on&_busy_timeout=%d&_txlock=immediate",
		p, busyTimeout.Milliseconds())
}

// Path returns the absolute path of the database file; for PostgreSQL,
// the DSN with its password redacted (RedactDSN).
func (s *Store) Path() string { return s.path }

// Close closes the database. When the file changed under the store
// (CheckFile), its write-ahead log is first checkpointed into the file
// opened and truncated: SQLite, seeing its file moved, would leave the log
// at the path, and whatever file is there now would read it as its own.
func (s *Store) Close() error {
	var ckpt error
	if s.CheckFile() != nil {
		if _, err := s.db.raw.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			ckpt = fmt.Errorf("store: emptying the write-ahead log of %s, whose file changed: %w", s.path, err)
		}
	}
	if err := s.db.raw.Close(); err != nil {
		return errors.Join(ckpt, fmt.Errorf("store: closing database: %w", err))
	}
	return ckpt
}

// SchemaVersion returns the schema version of the database: the number
// of migrations applied (SQLite's PRAGMA user_version, PostgreSQL's
// schema_version table).
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	v, err := s.db.d.schemaVersion(ctx, s.db)
	if err != nil {
		return 0, fmt.Errorf("store: reading schema version: %w", err)
	}
	return v, nil
}

// Backend names the database the store runs on: "sqlite" or "postgres".
func (s *Store) Backend() string { return s.db.d.name() }

func (s *Store) checkPragmas(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return fmt.Errorf("reading journal_mode: %w", err)
	}
	if !strings.EqualFold(mode, "wal") {
		return fmt.Errorf("journal_mode is %q, want wal", mode)
	}
	var fk int
	if err := s.db.QueryRowContext(ctx, "PRAGMA foreign_keys").Scan(&fk); err != nil {
		return fmt.Errorf("reading foreign_keys: %w", err)
	}
	if fk != 1 {
		return fmt.Errorf("foreign_keys is off")
	}
	return nil
}

// maxTxTries is how many times inTx runs a transaction that keeps failing
// with a serialization failure (PostgreSQL) before giving up.
const maxTxTries = 20

// inTx runs fn in one writing transaction, committing if fn succeeds and
// rolling back otherwise. It writes nothing when the database file has
// changed under the store (CheckFile). On SQLite the transaction is
// IMMEDIATE (it takes the write lock up front); on PostgreSQL it is
// SERIALIZABLE and run again, from the start, when it fails with a
// serialization failure or deadlock, so fn must be safe to repeat: it may
// set the caller's variables but must set all of them on every run.
func (s *Store) inTx(ctx context.Context, fn func(tx *sqlTx) error) error {
	return s.inTxWith(ctx, s.db.d.txOptions(), fn)
}

func (s *Store) inTxWith(ctx context.Context, opts *sql.TxOptions, fn func(tx *sqlTx) error) error {
	if err := s.CheckFile(); err != nil {
		return err
	}
	for try := 1; ; try++ {
		err := s.tryTx(ctx, opts, fn)
		if err == nil || !s.db.d.retryable(err) || try == maxTxTries {
			return err
		}
		// Back off a little, more each time, so the conflicting
		// transaction can finish.
		select {
		case <-ctx.Done():
			return errors.Join(err, ctx.Err())
		case <-time.After(time.Duration(try*try) * time.Millisecond):
		}
	}
}

func (s *Store) tryTx(ctx context.Context, opts *sql.TxOptions, fn func(tx *sqlTx) error) error {
	raw, err := s.db.raw.BeginTx(ctx, opts)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	if err := fn(&sqlTx{raw: raw, d: s.db.d}); err != nil {
		_ = raw.Rollback()
		return err
	}
	if err := raw.Commit(); err != nil {
		return fmt.Errorf("committing: %w", err)
	}
	return nil
}

// exec runs one writing statement outside a transaction, unless the
// database file has changed under the store (CheckFile).
func (s *Store) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if err := s.CheckFile(); err != nil {
		return nil, err
	}
	return s.db.ExecContext(ctx, query, args...)
}
