package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"net/url"
	"regexp"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// noLimit is a LIMIT both databases read as none (SQLite's -1 is an error
// in PostgreSQL).
const noLimit = math.MaxInt64

// IsPostgresDSN reports whether s is a PostgreSQL URL (postgres:// or
// postgresql://), which Open opens as a PostgreSQL store rather than as
// a SQLite file path.
func IsPostgresDSN(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// redacted replaces a DSN's password.
const redacted = "xxxxx"

var kvPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)`)

// RedactDSN returns the DSN with any password in it replaced by xxxxx,
// for errors, logs and status output: a URL's user password and a
// password parameter (password=… in the query or in key=value form).
func RedactDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), redacted)
		}
		s := u.String()
		if u.RawQuery != "" {
			q := u.Query()
			if q.Has("password") {
				q.Set("password", redacted)
				u.RawQuery = q.Encode()
				s = u.String()
			}
		}
		return s
	}
	return kvPassword.ReplaceAllString(dsn, "${1}"+redacted)
}

// OpenPostgres opens the PostgreSQL database named by dsn (a URL or
// key=value connection string, as pgx reads it) and migrates its schema
// to the latest version, as Open does for SQLite: the same migrations,
// translated (see dialect.go). Errors name the DSN with its password
// redacted; Path returns it so.
func OpenPostgres(ctx context.Context, dsn string) (*Store, error) {
	shown := RedactDSN(dsn)
	if strings.TrimSpace(dsn) == "" {
		return nil, fmt.Errorf("store: opening PostgreSQL: empty DSN")
	}
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: opening PostgreSQL %s: %w", shown, redactErr(err, dsn))
	}
	s := &Store{db: sqlDB{raw: db, d: postgresDialect{}}, path: shown, now: time.Now, leaseClock: pgClock}
	ctx, cancel := context.WithTimeout(ctx, 2*busyTimeout)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening PostgreSQL %s: %w", shown, redactErr(err, dsn))
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: opening PostgreSQL %s: %w", shown, err)
	}
	return s, nil
}

// redactErr makes sure err's message does not carry the DSN's password
// (pgx redacts it already; this holds whatever the driver's version).
func redactErr(err error, dsn string) error {
	pw := DSNPassword(dsn)
	if pw == "" || !strings.Contains(err.Error(), pw) {
		return err
	}
	return fmt.Errorf("%s", strings.ReplaceAll(err.Error(), pw, redacted))
}

// DSNPassword is the password in dsn, "" when none: what output
// scrubbers must hide.
func DSNPassword(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.Scheme != "" {
		if pw, ok := u.User.Password(); ok {
			return pw
		}
		return u.Query().Get("password")
	}
	if m := kvPassword.FindStringSubmatch(dsn); m != nil {
		return strings.Trim(m[2], "'")
	}
	return ""
}

// pgClock is the PostgreSQL server's clock (clock_timestamp(), to the
// microsecond): leases on a shared database are judged by it, so keepers on
// machines whose clocks disagree still agree on when a lease expires.
func pgClock(ctx context.Context, tx *sqlTx) (time.Time, error) {
	var micros int64
	if err := tx.QueryRowContext(ctx, `SELECT (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::bigint`).Scan(&micros); err != nil {
		return time.Time{}, fmt.Errorf("reading the database's clock: %w", err)
	}
	return time.UnixMicro(micros).UTC(), nil
}
