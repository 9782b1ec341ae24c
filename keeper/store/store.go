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
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	db   *sql.DB
	path string
	// opened is the database file's device and inode when Open opened it
	// (zero while opening): CheckFile compares the path's with it.
	opened FileID
	now    func() time.Time
	// afterSendWrite, when set, is called after each committed write to the
	// sends journal (sends and attempts); see SetSendWriteHook.
	afterSendWrite func(what string)
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
func Open(path string) (*Store, error) {
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
	s := &Store{db: db, path: abs, now: time.Now}

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

// Path returns the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database. When the file changed under the store
// (CheckFile), its write-ahead log is first checkpointed into the file
// opened and truncated: SQLite, seeing its file moved, would leave the log
// at the path, and whatever file is there now would read it as its own.
func (s *Store) Close() error {
	var ckpt error
	if s.CheckFile() != nil {
		if _, err := s.db.Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			ckpt = fmt.Errorf("store: emptying the write-ahead log of %s, whose file changed: %w", s.path, err)
		}
	}
	if err := s.db.Close(); err != nil {
		return errors.Join(ckpt, fmt.Errorf("store: closing database: %w", err))
	}
	return ckpt
}

// SchemaVersion returns the schema version (PRAGMA user_version) of the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("store: reading schema version: %w", err)
	}
	return v, nil
}

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

// inTx runs fn in one (IMMEDIATE) transaction, committing if fn succeeds and
// rolling back otherwise. It writes nothing when the database file has
// changed under the store (CheckFile).
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	if err := s.CheckFile(); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("beginning transaction: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
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
