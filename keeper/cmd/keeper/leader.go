package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Leadership (issue 17): keeper processes on several machines share one
// PostgreSQL history; for each (chain, signing key) exactly one of them
// holds a lease (store.AcquireLease) and sends, the others stand by until
// it is free. The holder renews it every third of local.storage.lease_ttl;
// a standby tries as often, so it takes over within two TTLs of the
// leader's death, and its first tick resumes the sends the old leader left
// open in the shared journal (txmgr.Resume). The history is fenced with
// the lease (store.SetFence): once another keeper has taken over, every
// journal write this one attempts fails, so a leader that was paused past
// its lease and wakes up records, and so signs and sends, nothing; its
// next renewal fails and it stops.

// leaseMetrics is what the keeper's metrics export of the lease.
type leaseMetrics interface {
	SetLease(name string, leading bool, token int64)
}

// leadership is one keeper's claim to a lease.
type leadership struct {
	st     *store.Store
	name   string
	holder string
	ttl    time.Duration
	log    *slog.Logger
	met    leaseMetrics // nil: none
	// standby, when set, is told whether the keeper stands by (true) or
	// leads (false), for its readiness.
	standby func(bool)
}

// leaseName is the lease of sending from address from on chain chainID.
func leaseName(chainID uint64, from common.Address) string {
	return store.SendLeaseName(chainID, from.Hex())
}

// newHolderID names this process among the keepers sharing the database:
// its host, its pid and a random tag (a restarted process on the same host
// and pid is another holder).
func newHolderID() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "unknown-host"
	}
	var tag [4]byte
	_, _ = rand.Read(tag[:])
	return fmt.Sprintf("%s/%d/%s", host, os.Getpid(), hex.EncodeToString(tag[:]))
}

func (l *leadership) report(leading bool, token int64) {
	if l.met != nil {
		l.met.SetLease(l.name, leading, token)
	}
	if l.standby != nil {
		l.standby(!leading)
	}
}

// acquire returns once this keeper holds the lease, with the history
// fenced by it, standing by (and saying so once) while another keeper
// holds it; it fails only when ctx ends.
func (l *leadership) acquire(ctx context.Context) (store.Lease, error) {
	standing := false
	for {
		lease, err := l.st.AcquireLease(ctx, l.name, l.holder, l.ttl)
		switch {
		case err == nil:
			l.st.SetFence(lease)
			l.report(true, lease.Token)
			l.log.Info("holding the lease: this keeper sends", "lease", l.name, "holder", l.holder, "token", lease.Token,
				"ttl", l.ttl.String())
			return lease, nil
		case errors.Is(err, store.ErrLeaseHeld):
			if !standing {
				l.log.Info("standing by: another keeper holds the lease", "lease", l.name, "holder", l.holder, "err", err)
				standing = true
			}
			l.report(false, 0)
		case ctx.Err() != nil:
			return store.Lease{}, ctx.Err()
		default:
			l.log.Warn("acquiring the lease", "lease", l.name, "err", err)
		}
		select {
		case <-ctx.Done():
			return store.Lease{}, ctx.Err()
		case <-time.After(l.ttl / 3):
		}
	}
}

// keep renews lease every third of the TTL until ctx ends (nil) or the
// lease is gone: taken by another keeper, or not renewed before it
// expired. Then this keeper must stop sending, and keep says why.
func (l *leadership) keep(ctx context.Context, lease store.Lease) error {
	t := time.NewTicker(l.ttl / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		next, err := l.st.RenewLease(ctx, lease, l.ttl)
		switch {
		case err == nil:
			lease = next
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, store.ErrLeaseLost):
			l.report(false, 0)
			return fmt.Errorf("lease %q: %w", l.name, err)
		case time.Now().After(lease.Expires):
			l.report(false, 0)
			return fmt.Errorf("lease %q: %w: not renewed before %s: %w", l.name, errLeaseExpired, lease.Expires.Format(time.RFC3339), err)
		default:
			l.log.Warn("renewing the lease", "lease", l.name, "err", err)
		}
	}
}

// release gives the lease up at shutdown, so that a standby need not wait
// for it to expire.
func (l *leadership) release(lease store.Lease) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := l.st.ReleaseLease(ctx, lease); err != nil {
		l.log.Warn("releasing the lease", "lease", l.name, "err", err)
		return
	}
	l.report(false, 0)
	l.log.Info("released the lease", "lease", l.name, "token", lease.Token)
}

// errLeaseExpired marks keep's error for a lease not renewed in time.
var errLeaseExpired = errors.New("lease expired")

// leaseExpired reports whether err is keep's for a lease it could not renew.
func leaseExpired(err error) bool { return errors.Is(err, errLeaseExpired) }

// leaseStatus is one lease as keeper status shows it.
type leaseStatus struct {
	store.Lease
	// Leading is true while the lease has not expired: its holder sends.
	Leading bool `json:"leading"`
}

func (l leaseStatus) describe() string {
	if l.Leading {
		return fmt.Sprintf("held by %s (token %d) until %s", l.Holder, l.Token, l.Expires.Format(time.RFC3339))
	}
	return fmt.Sprintf("free: last held by %s (token %d), expired %s", l.Holder, l.Token, l.Expires.Format(time.RFC3339))
}

// leaseStatuses are the history's leases at now.
func leaseStatuses(ctx context.Context, st *store.Store, now time.Time) ([]leaseStatus, error) {
	ls, err := st.Leases(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]leaseStatus, len(ls))
	for i, l := range ls {
		out[i] = leaseStatus{Lease: l, Leading: l.Expires.After(now)}
	}
	return out, nil
}
