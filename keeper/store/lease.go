package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Leases let several keeper processes share one database (PostgreSQL;
// SQLite works the same within one machine) with exactly one of them
// sending for a given name, such as a (chain, signing key): the holder of
// the lease sends, the others stand by. A lease has a time to live that its
// holder renews; once it has expired another process may take it, and the
// lease's fencing token goes up by one. A store fenced with a lease
// (SetFence) checks, in the same transaction as each write to the sends
// journal, that the lease's token is still the current one, so a holder
// that was paused past its lease and then wakes up cannot record, and so
// cannot send, anything once another has taken over: its writes fail with
// ErrStaleFence and change nothing.
//
// Expiry is judged by the database's clock on PostgreSQL (pgClock), which
// every keeper sharing it reads, so their own clocks may disagree; on
// SQLite (one machine) by the process's. The fencing token does not depend
// on clocks.

// ErrLeaseHeld is returned (wrapped) by AcquireLease when another holder
// has the lease and it has not expired.
var ErrLeaseHeld = errors.New("lease held by another keeper")

// ErrLeaseLost is returned (wrapped) by RenewLease and ReleaseLease when
// the lease has passed to another holder (its token moved on).
var ErrLeaseLost = errors.New("lease lost to another keeper")

// ErrStaleFence is returned (wrapped) by a fenced store's journal writes
// when its lease's token is no longer the current one.
var ErrStaleFence = errors.New("stale fencing token")

// Lease is one lease as its holder knows it.
type Lease struct {
	Name   string `json:"name"`
	Holder string `json:"holder"`
	// Token is the fencing token: 1 for the first holder, one more at each
	// change of holder (or when a holder takes it back after expiry).
	Token int64 `json:"token"`
	// Expires is when others may take the lease unless it is renewed.
	Expires time.Time `json:"expires"`
	// Acquired is when this holder's term began.
	Acquired time.Time `json:"acquired"`
}

func checkLease(name, holder string, ttl time.Duration) error {
	switch {
	case strings.TrimSpace(name) == "":
		return invalid("Lease.Name", name, "must not be empty")
	case strings.TrimSpace(holder) == "":
		return invalid("Lease.Holder", holder, "must not be empty")
	case ttl <= 0:
		return invalid("Lease TTL", ttl.String(), "must be positive")
	}
	return nil
}

// AcquireLease takes the lease name for holder for ttl, or renews it when
// holder already has it and it has not expired. A lease that is free or
// has expired passes to holder with the next fencing token. When another
// holder has it, the error wraps ErrLeaseHeld and names that holder and
// when the lease expires.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, ttl time.Duration) (Lease, error) {
	if err := checkLease(name, holder, ttl); err != nil {
		return Lease{}, fmt.Errorf("store: acquiring lease: %w", err)
	}
	var out Lease
	err := s.inTx(ctx, func(tx *sqlTx) error {
		now, err := s.leaseNow(ctx, tx)
		if err != nil {
			return err
		}
		cur, found, err := readLease(ctx, tx, name)
		if err != nil {
			return err
		}
		out = Lease{Name: name, Holder: holder, Token: 1, Expires: now.Add(ttl), Acquired: now}
		switch {
		case !found:
			_, err = tx.ExecContext(ctx, `INSERT INTO leases (name, holder, token, expires_at, acquired_at) VALUES (?, ?, ?, ?, ?)`,
				name, holder, out.Token, nanos(out.Expires), nanos(now))
			return err
		case cur.Holder == holder && cur.Expires.After(now):
			out.Token, out.Acquired = cur.Token, cur.Acquired // a renewal within the term
		case cur.Expires.After(now):
			return fmt.Errorf("lease %q: %w: %s until %s", name, ErrLeaseHeld, cur.Holder, cur.Expires.Format(time.RFC3339Nano))
		default:
			out.Token = cur.Token + 1 // a new term, after expiry
		}
		_, err = tx.ExecContext(ctx, `UPDATE leases SET holder = ?, token = ?, expires_at = ?, acquired_at = ? WHERE name = ?`,
			holder, out.Token, nanos(out.Expires), nanos(out.Acquired), name)
		return err
	})
	if err != nil {
		return Lease{}, fmt.Errorf("store: acquiring lease %q for %s: %w", name, holder, err)
	}
	return out, nil
}

// RenewLease extends l for ttl from now, if l's term is still current (its
// holder and token are the lease's, expired or not: nobody has taken it);
// otherwise the error wraps ErrLeaseLost.
func (s *Store) RenewLease(ctx context.Context, l Lease, ttl time.Duration) (Lease, error) {
	if err := checkLease(l.Name, l.Holder, ttl); err != nil {
		return Lease{}, fmt.Errorf("store: renewing lease: %w", err)
	}
	expires, err := s.updateTerm(ctx, l, ttl)
	if err != nil {
		return Lease{}, fmt.Errorf("store: renewing lease %q (token %d) for %s: %w", l.Name, l.Token, l.Holder, err)
	}
	l.Expires = expires
	return l, nil
}

// ReleaseLease gives l up now, so that a standby need not wait for it to
// expire; the error wraps ErrLeaseLost when l's term is over already.
func (s *Store) ReleaseLease(ctx context.Context, l Lease) error {
	if _, err := s.updateTerm(ctx, l, 0); err != nil {
		return fmt.Errorf("store: releasing lease %q (token %d) for %s: %w", l.Name, l.Token, l.Holder, err)
	}
	return nil
}

// leaseNow is the time leases are judged by (Store.leaseClock).
func (s *Store) leaseNow(ctx context.Context, tx *sqlTx) (time.Time, error) {
	if s.leaseClock != nil {
		return s.leaseClock(ctx, tx)
	}
	return s.now().UTC(), nil
}

// updateTerm sets the expiry of l's term to ttl from now (0: now), if it is
// still the current one, and returns it.
func (s *Store) updateTerm(ctx context.Context, l Lease, ttl time.Duration) (time.Time, error) {
	var expires time.Time
	err := s.inTx(ctx, func(tx *sqlTx) error {
		now, err := s.leaseNow(ctx, tx)
		if err != nil {
			return err
		}
		expires = now.Add(ttl)
		res, err := tx.ExecContext(ctx, `UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ? AND token = ?`,
			nanos(expires), l.Name, l.Holder, l.Token)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return ErrLeaseLost
		}
		return nil
	})
	return expires, err
}

// Leases lists every lease, by name, as the database has it.
func (s *Store) Leases(ctx context.Context) ([]Lease, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, holder, token, expires_at, acquired_at FROM leases ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: reading leases: %w", err)
	}
	defer rows.Close()
	var out []Lease
	for rows.Next() {
		l, err := scanLease(rows)
		if err != nil {
			return nil, fmt.Errorf("store: reading leases: %w", err)
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: reading leases: %w", err)
	}
	return out, nil
}

func readLease(ctx context.Context, tx *sqlTx, name string) (Lease, bool, error) {
	l, err := scanLease(tx.QueryRowContext(ctx, `SELECT name, holder, token, expires_at, acquired_at FROM leases WHERE name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return Lease{}, false, nil
	}
	if err != nil {
		return Lease{}, false, fmt.Errorf("reading lease %q: %w", name, err)
	}
	return l, true, nil
}

func scanLease(row interface{ Scan(...any) error }) (Lease, error) {
	var (
		l                 Lease
		expires, acquired int64
	)
	if err := row.Scan(&l.Name, &l.Holder, &l.Token, &expires, &acquired); err != nil {
		return Lease{}, err
	}
	l.Expires, l.Acquired = fromNanos(expires), fromNanos(acquired)
	return l, nil
}

// SendLeaseName is the name of the lease that fences the sends journal of
// sender from on chain chainID: one keeper sends for each (chain, key).
func SendLeaseName(chainID uint64, from string) string {
	return fmt.Sprintf("send/%d/%s", chainID, strings.ToLower(from))
}

// SetFence fences s's sends-journal writes (CreateSend, UpdateSend,
// AddAttempt, SetAttemptState) of the sender whose lease l is (its name is
// SendLeaseName's): each then checks, in its own transaction, that l's
// token is still the lease's current one, and fails with ErrStaleFence,
// writing nothing, when it is not. Once s is fenced with any lease, a write
// for a sender whose lease s holds none fails too. The keeper sets a fence
// for each lease it holds, once it holds it, and again at each new term; a
// process sending from several keys holds several.
func (s *Store) SetFence(l Lease) {
	s.fenceMu.Lock()
	defer s.fenceMu.Unlock()
	if s.fences == nil {
		s.fences = map[string]Lease{}
	}
	s.fences[l.Name] = l
}

// Fence is the lease named name s is fenced with, if any.
func (s *Store) Fence(name string) (Lease, bool) {
	s.fenceMu.Lock()
	defer s.fenceMu.Unlock()
	l, ok := s.fences[name]
	return l, ok
}

// fenced reports whether s is fenced with any lease.
func (s *Store) fenced() bool {
	s.fenceMu.Lock()
	defer s.fenceMu.Unlock()
	return len(s.fences) > 0
}

// checkFence fails with ErrStaleFence when s is fenced and the lease of
// sender from on chain chainID is not one it holds, or its token is no
// longer the current one.
func (s *Store) checkFence(ctx context.Context, tx *sqlTx, chainID uint64, from string) error {
	name := SendLeaseName(chainID, from)
	s.fenceMu.Lock()
	f, ok := s.fences[name]
	fenced := len(s.fences) > 0
	s.fenceMu.Unlock()
	if !fenced {
		return nil
	}
	if !ok {
		return fmt.Errorf("lease %q: %w: this keeper holds no lease for that sender", name, ErrStaleFence)
	}
	cur, found, err := readLease(ctx, tx, f.Name)
	if err != nil {
		return err
	}
	if !found || cur.Token != f.Token || cur.Holder != f.Holder {
		now := "none"
		if found {
			now = fmt.Sprintf("token %d held by %s", cur.Token, cur.Holder)
		}
		return fmt.Errorf("lease %q: %w: ours is token %d, the lease's is %s", f.Name, ErrStaleFence, f.Token, now)
	}
	return nil
}

// checkSendFence is checkFence for the sender of the send with id sendID
// (or, with hash set, of the attempt with that hash); a send or attempt
// that is not there is left to the write to report.
func (s *Store) checkSendFence(ctx context.Context, tx *sqlTx, sendID int64, hash string) error {
	if !s.fenced() {
		return nil
	}
	q, arg := `SELECT chain_id, sender FROM sends WHERE id = ?`, any(sendID)
	if hash != "" {
		q, arg = `SELECT s.chain_id, s.sender FROM attempts a JOIN sends s ON s.id = a.send_id WHERE a.hash = ?`, hash
	}
	var chainID int64
	var from string
	switch err := tx.QueryRowContext(ctx, q, arg).Scan(&chainID, &from); {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("reading the sender to check its lease: %w", err)
	}
	return s.checkFence(ctx, tx, uint64(chainID), from)
}

// write runs one journal-writing statement: directly when s is not fenced,
// else in a transaction after fence (checkFence or checkSendFence for the
// sender written for).
func (s *Store) write(ctx context.Context, fence func(tx *sqlTx) error, query string, args ...any) (sql.Result, error) {
	if !s.fenced() {
		return s.exec(ctx, query, args...)
	}
	var res sql.Result
	err := s.inTx(ctx, func(tx *sqlTx) error {
		if err := fence(tx); err != nil {
			return err
		}
		var err error
		res, err = tx.ExecContext(ctx, query, args...)
		return err
	})
	return res, err
}
