package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// keeperLockKey is the pg_advisory_lock key of TryLockPostgres
// ("keeper" in ASCII).
const keeperLockKey = 0x6b6565706572

// PostgresLock is TryLock's counterpart on PostgreSQL: a session advisory
// lock held on a connection of its own. The server releases it when the
// session ends, so a keeper that dies gives it up as with the file lock.
type PostgresLock struct {
	mu   sync.Mutex
	db   *sql.DB
	conn *sql.Conn
}

// ErrPostgresLocked is returned (wrapped) by TryLockPostgres when another
// session holds the lock.
var ErrPostgresLocked = errors.New("in use by another keeper")

// TryLockPostgres takes the keeper lock of the PostgreSQL database dsn
// names without waiting: one keeper process per database, as TryLock
// gives a SQLite file, until keepers coordinate through leases (issue 17).
// When another session holds it, the error wraps ErrPostgresLocked and
// names the holder's server process id. Errors show the DSN redacted.
func TryLockPostgres(ctx context.Context, dsn string) (*PostgresLock, error) {
	shown := RedactDSN(dsn)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: locking PostgreSQL %s: %w", shown, redactErr(err, dsn))
	}
	ctx, cancel := context.WithTimeout(ctx, 2*busyTimeout)
	defer cancel()
	conn, err := db.Conn(ctx)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: locking PostgreSQL %s: %w", shown, redactErr(err, dsn))
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(keeperLockKey)).Scan(&ok); err != nil {
		conn.Close()
		db.Close()
		return nil, fmt.Errorf("store: locking PostgreSQL %s: %w", shown, redactErr(err, dsn))
	}
	if !ok {
		holder := "unknown"
		var pid int64
		// An advisory lock on a bigint key: classid the high half, objid the low.
		if conn.QueryRowContext(ctx, `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted
			AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
			AND classid = $1 AND objid = $2 AND objsubid = 1`,
			int64(keeperLockKey>>32), int64(keeperLockKey&0xffffffff)).Scan(&pid) == nil {
			holder = fmt.Sprint(pid)
		}
		conn.Close()
		db.Close()
		return nil, fmt.Errorf("store: PostgreSQL %s is %w (advisory lock %#x held by server process %s)", shown, ErrPostgresLocked, keeperLockKey, holder)
	}
	return &PostgresLock{db: db, conn: conn}, nil
}

// Release gives the lock up; releasing twice is a no-op.
func (l *PostgresLock) Release() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.conn == nil {
		return nil
	}
	_, err := l.conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, int64(keeperLockKey))
	err = errors.Join(err, l.conn.Close(), l.db.Close())
	l.conn = nil
	if err != nil {
		return fmt.Errorf("store: releasing the PostgreSQL keeper lock: %w", err)
	}
	return nil
}
