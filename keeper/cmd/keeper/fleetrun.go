package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/fleet"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/web"
)

// keepers is a running `keeper run`: the vaults it keeps (its config's and
// those local.fleet.vaults lists, config.LoadFleet), the process-wide parts
// they share (history, metrics, connections, leases) and what stops it.
//
// Each vault is set up on its own, retrying while its node or HashiCorp
// Vault cannot be reached, and then ticks on its own schedule; its ticks go
// through one fleet.Fleet, which bounds how many run at once
// (local.fleet.concurrency), ends each at its vault's deadline and
// recovers and records a panic for that vault alone. On a shared
// PostgreSQL history, a vault ticks only while this process holds the
// lease of its (chain, signing key); the vaults of one key wait for one
// lease.
type keepers struct {
	vaults []*vaultRunner
	st     *store.Store
	srv    *metricsServer
	conns  *connections
	fleet  *fleet.Fleet
	log    *slog.Logger
	stdout io.Writer
	// stop ends the run with a cause (the history changed under the
	// keeper, a lease lost, a vault that cannot be set up).
	stop context.CancelCauseFunc

	leaseMu sync.Mutex
	leases  map[string]*leaseGate
	// holder names this process among the keepers sharing the database:
	// one name for all its leases.
	holder string
	// pending counts the vaults not yet set up and leading; the keeper is
	// set up (srv.setUp) once it is 0.
	pending atomic.Int64
}

// vaultRunner keeps one vault of the fleet.
type vaultRunner struct {
	kept config.Kept
	log  *slog.Logger
	env  atomic.Pointer[keeperEnv] // once set up
	// running is the vault's config with the governed part in force.
	running atomic.Pointer[config.Config]
	// page is the chain as the vault's transparency page reads it, once
	// set up.
	page atomic.Pointer[web.Chain]
	// health, for the main vault, hears of its governed switches: the
	// health check's staleness follows its schedule.
	health *metricsServer

	mu           sync.Mutex
	schedule     string
	tickDeadline time.Duration
	watcher      *governance.Watcher
}

// leaseGate is one lease this process sends under, shared by the vaults of
// its (chain, signing key): acquired once, kept until the run ends, and
// released once every vault has finished its last tick.
type leaseGate struct {
	held  chan struct{} // closed once held, or once it never will be (err)
	err   error
	l     *leadership
	lease store.Lease
}

func newVaultRunner(k config.Kept, log *slog.Logger) *vaultRunner {
	r := &vaultRunner{kept: k, log: log.With("vault", k.Name), schedule: k.Config.Schedule,
		tickDeadline: k.Config.TickDeadline()}
	r.running.Store(k.Config)
	return r
}

// Tick is fleet.Keeper's: it follows governance's approved config (see
// follow), then ticks the vault's rebalancer. The fleet runs it under the
// vault's tick deadline (fleet.Vault.TimeoutOf, local.chain.tick_deadline:
// a call the node never answers ends the tick, not the keeper).
func (r *vaultRunner) Tick(ctx context.Context, dryRun bool) (rebalancer.Outcome, error) {
	env := r.env.Load()
	if env == nil {
		return rebalancer.Outcome{}, errors.New("the vault is not set up yet")
	}
	r.follow(ctx)
	return env.rebalancer.Tick(ctx, dryRun)
}

// RecordFailure is fleet.Recorder's: a panicked tick is recorded in the
// vault's own history.
func (r *vaultRunner) RecordFailure(ctx context.Context, cause error) (store.Decision, error) {
	env := r.env.Load()
	if env == nil {
		return store.Decision{}, fmt.Errorf("recording %v: the vault is not set up", cause)
	}
	return env.rebalancer.RecordFailure(ctx, cause)
}

func (r *vaultRunner) deadline() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.tickDeadline
}

func (r *vaultRunner) currentSchedule() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.schedule
}

// follow reads the vault's approved config hash; when it is not the
// running config's, the directory of the vault's config file is searched
// for the file that has it, and the vault switches to that file's governed
// part without a restart (the local part stays the running one). Until
// such a file appears, the rebalancer refuses to act. r.health, when set,
// hears of the switch.
func (r *vaultRunner) follow(ctx context.Context) {
	env := r.env.Load()
	a, path, next, err := r.watcher.Check(ctx, env.rebalancer.ConfigHash())
	switch {
	case next != nil:
		if err := env.rebalancer.Reconfigure(next.Governed, env.sources(next)); err != nil {
			r.log.Error("cannot switch to the approved config", "file", path, "approved", hexutil.Encode(a.Hash[:]), "err", err)
			return
		}
		r.log.Info("switched to the approved config", "file", path, "config_hash", hexutil.Encode(a.Hash[:]), "version", a.Version)
		r.mu.Lock()
		r.schedule = next.Schedule
		r.tickDeadline = next.TickDeadline()
		r.mu.Unlock()
		now := *r.kept.Config
		now.Governed = next.Governed
		r.running.Store(&now)
		if r.health != nil {
			if err := r.health.configChanged(&now); err != nil {
				r.log.Error("re-deriving the health check's tick staleness", "err", err)
			}
		}
	case err != nil:
		r.log.Warn("the approved config is not loaded", "err", err)
	}
}

// runDaemon is `keeper run`: it keeps every vault of the fleet until ctx
// ends (SIGINT/SIGTERM), the history database changes under it, or it
// loses a lease.
func runDaemon(ctx context.Context, kept []config.Kept, log *slog.Logger, stdout io.Writer) (err error) {
	cfg := kept[0].Config // what the process has once is the main file's
	// One keeper per SQLite file: a second one stops here, naming the
	// first. Keepers sharing a PostgreSQL history share it through leases
	// (leader.go): one sends for each (chain, signing key), the others
	// stand by.
	if !cfg.Storage.Postgres() {
		lock, err := lockStore(cfg)
		if err != nil {
			return err
		}
		defer func() { err = errors.Join(err, lock.Release()) }()
	}
	// Metrics and health checks are served from before setup (a taken
	// metrics.address fails start-up) until after the last tick.
	srv, err := startMetrics(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, srv.Close()) }()
	st, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer st.Close()
	k := &keepers{st: st, srv: srv, conns: &connections{log: log}, log: log, stdout: stdout, leases: map[string]*leaseGate{},
		holder: newHolderID()}
	defer k.conns.Close()
	// Each vault's transparency page shows it under its running config:
	// its file's until governance switches to another.
	vaults := make([]fleet.Vault, len(kept))
	pages := make([]web.Vault, len(kept))
	for i, kv := range kept {
		r := newVaultRunner(kv, log)
		if len(kept) == 1 {
			r.log = log // one vault: the logs read as they always have
		}
		if i == 0 {
			r.health = srv
		}
		k.vaults = append(k.vaults, r)
		vaults[i] = fleet.Vault{Name: kv.Name, Keeper: r, TimeoutOf: r.deadline}
		pages[i] = web.Vault{Name: kv.Name, Options: web.Options{Store: st, Config: r.running.Load, Chain: r.page.Load, Log: r.log}}
	}
	page, err := servePage(ctx, cfg, srv, pages, log, stdout)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, page.Close()) }()
	if k.fleet, err = fleet.New(vaults, fleet.Config{Concurrency: cfg.Fleet.Concurrency}, log); err != nil {
		return err
	}
	runCtx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	k.stop = stop
	k.pending.Store(int64(len(k.vaults)))
	var wg sync.WaitGroup
	errs := make([]error, len(k.vaults))
	for i, r := range k.vaults {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if errs[i] = k.keep(ctx, runCtx, r); errs[i] != nil && len(k.vaults) > 1 {
				// A vault that cannot be kept stops the keeper, as it
				// does a keeper of one vault: the operator must see it.
				stop(fmt.Errorf("vault %s: %w", r.kept.Name, errs[i]))
			}
		}()
	}
	wg.Wait()
	k.releaseLeases()
	if cause := context.Cause(runCtx); errors.Is(cause, store.ErrFileChanged) || errors.Is(cause, store.ErrLeaseLost) || leaseExpired(cause) {
		return cause
	}
	return errors.Join(errs...)
}

// keep sets one vault up and ticks it on its schedule until runCtx ends.
// ctx is the process's (its end is SIGINT/SIGTERM): the vault's embedded
// chain keeps producing blocks until its last tick has finished, so a
// rebalance in flight at shutdown can still be mined.
func (k *keepers) keep(ctx, runCtx context.Context, r *vaultRunner) error {
	var env *keeperEnv
	// While the node or HashiCorp Vault cannot be reached, setup is retried
	// with backoff (/readyz says "starting"); errors it marks permanent stop
	// the keeper, and so does SIGINT/SIGTERM.
	err := daemon.Retry(runCtx, r.log, "setting up", daemon.StartupBackoff, func(sctx context.Context) (err error) {
		env, err = setup(sctx, context.WithoutCancel(ctx), r.kept.Config, r.kept.Path, k.st, r.log, k.srv.rebalancerMetrics(r.kept.Name), k.conns)
		return err
	})
	if err != nil {
		if runCtx.Err() != nil && errors.Is(err, runCtx.Err()) {
			r.log.Info("keeper stopped before it was set up", "err", err)
			return nil
		}
		return err
	}
	defer env.Close()
	r.watcher = &governance.Watcher{Dir: filepath.Dir(r.kept.Path), Registry: env.registry}
	r.env.Store(env)
	r.page.Store(env.page)
	defer r.page.Store(nil) // before the chain closes
	if env.chain != nil {
		if err := announceDemo(env.chain, r.kept.Config, k.stdout); err != nil {
			return err
		}
		defer devchain.RemoveInfo(filepath.Dir(r.kept.Config.Storage.Path))
	}
	// On a shared history, stand by until this keeper holds the lease on
	// the vault's (chain, signing key); a vault kept without sending needs
	// none.
	if chainID, from, ok := env.rebalancer.Sender(); ok && r.kept.Config.Storage.Postgres() {
		if err := k.lease(runCtx, leaseName(chainID, from)); err != nil {
			r.log.Info("keeper stopped while standing by", "err", err)
			return nil
		}
	}
	if k.pending.Add(-1) == 0 {
		k.srv.setUp()
	}
	r.follow(runCtx)
	tick := func(tctx context.Context) {
		if err := k.st.CheckFile(); err != nil {
			k.storageGone(r.kept.Config, err)
			return
		}
		var took time.Duration
		res, err := k.fleet.RoundOf(tctx, false, r.kept.Name)
		if err == nil {
			err, took = res[0].Err, res[0].Took
		}
		if err != nil {
			r.log.Error("tick failed", "err", err)
		}
		k.srv.tickDone(r.kept.Name, took, err)
		if errors.Is(err, store.ErrFileChanged) {
			k.storageGone(r.kept.Config, err)
		}
	}
	return daemon.RunSchedule(runCtx, r.currentSchedule, tick, r.log)
}

// storageGone stops the keeper: the database file was deleted, moved or
// replaced under it (store.ErrFileChanged, checked before each tick and
// each write), and it would go on writing into a file no one reads.
func (k *keepers) storageGone(cfg *config.Config, err error) {
	k.log.Error("stopping: the history database changed under the keeper", "err", err)
	k.stop(fmt.Errorf("%s %q: %w", storageField(cfg), storageShown(cfg), err))
}

// lease returns once this process holds the lease named name (standing by
// while another keeper holds it), or ctx's error. The first vault to ask
// acquires it and keeps it renewed until the run ends; losing it stops the
// keeper, as another sends now.
func (k *keepers) lease(ctx context.Context, name string) error {
	k.leaseMu.Lock()
	g := k.leases[name]
	first := g == nil
	if first {
		g = &leaseGate{held: make(chan struct{})}
		k.leases[name] = g
	}
	k.leaseMu.Unlock()
	if first {
		go k.lead(ctx, name, g)
	}
	select {
	case <-g.held:
		return g.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// lead acquires and keeps one lease for the vaults of g.
func (k *keepers) lead(ctx context.Context, name string, g *leaseGate) {
	cfg := k.vaults[0].kept.Config
	l := &leadership{st: k.st, name: name, holder: k.holder, ttl: cfg.Storage.LeaseTTL.D(), log: k.log}
	if k.srv != nil {
		l.met = k.srv.m
		l.standby = func(standing bool) {
			if standing {
				k.srv.standingBy()
			}
		}
	}
	lease, err := l.acquire(ctx)
	if err != nil {
		g.err = err
		close(g.held)
		return
	}
	k.leaseMu.Lock()
	g.l, g.lease = l, lease
	k.leaseMu.Unlock()
	close(g.held)
	if err := l.keep(ctx, lease); err != nil {
		k.log.Error("stopping: this keeper no longer holds its lease", "err", err)
		k.stop(err)
	}
}

// releaseLeases gives up the leases held, once no vault ticks any more, so
// that a standby need not wait for them to expire.
func (k *keepers) releaseLeases() {
	k.leaseMu.Lock()
	defer k.leaseMu.Unlock()
	for _, g := range k.leases {
		if g.l != nil {
			g.l.release(g.lease)
		}
	}
}
