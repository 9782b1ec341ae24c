package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/metrics"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
)

// metricsServer is keeper/metrics served for `keeper run` on
// metrics.address. A nil *metricsServer (metrics.address "") does nothing.
type metricsServer struct {
	m          *metrics.Metrics
	stopServe  context.CancelFunc
	served     chan error
	stopNotify func() bool
	addr       string // the address it listens on (host:port)

	mu        sync.Mutex
	stopping  bool          // the daemon's context ended: /readyz stays 503
	staleness time.Duration // /healthz's limit once ticks are expected
	created   time.Time     // when the server started
	setUpAt   time.Time     // when setup succeeded; zero before
	succeeded bool          // a tick has succeeded
}

// startMetrics listens on metrics.address, so that a taken port fails
// start-up with an error naming the field, and serves /metrics, /healthz and
// /readyz until Close. /readyz answers 503 "starting" until the first tick
// has finished (tickDone) and 503 "stopping" from the moment ctx ends (the
// keeper is finishing its last tick). /healthz answers 200 while setup runs
// (however long it is retried), then expects ticks (setUp). It returns nil
// when metrics.address is empty.
func startMetrics(ctx context.Context, cfg *config.Config, log *slog.Logger) (*metricsServer, error) {
	addr := cfg.Metrics.Address
	if addr == "" {
		return nil, nil
	}
	staleness, err := cfg.TickStaleness(time.Now())
	if err != nil {
		return nil, fmt.Errorf("deriving metrics.tick_staleness: %w", err)
	}
	if staleness < 0 {
		return nil, fmt.Errorf("metrics.tick_staleness %v: must not be negative", staleness)
	}
	// No ticks are expected while setup runs (and is retried, however
	// long the node or Vault stays away): /healthz answers 200 until setup
	// has succeeded, then the staleness limit applies (setUp).
	m, err := metrics.New(metrics.Options{MaxFailedTicks: cfg.Metrics.MaxFailedTicks})
	if err != nil {
		return nil, fmt.Errorf("starting metrics: %w", err)
	}
	// The rebalancer reports ConfigHash (running and approved) at every
	// tick, from its read of the ConfigRegistry. The staleness derived from
	// the schedule is derived again when a governed switch changes it
	// (configChanged).
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics.address %q: %w", addr, err)
	}
	// The server outlives ctx (SIGINT/SIGTERM) until Close, so the last
	// tick's metrics and /readyz's "stopping" stay visible while it runs.
	serveCtx, stopServe := context.WithCancel(context.WithoutCancel(ctx))
	s := &metricsServer{m: m, stopServe: stopServe, served: make(chan error, 1), staleness: staleness, created: time.Now(),
		addr: ln.Addr().String()}
	go func() {
		err := m.ServeListener(serveCtx, ln, log)
		if err != nil {
			log.Error("metrics server failed; the keeper keeps ticking without it", "err", err)
		}
		s.served <- err
	}()
	s.stopNotify = context.AfterFunc(ctx, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.stopping = true
		m.SetReady(false, "stopping")
	})
	log.Info("metrics served; once set up, /healthz fails after tick_staleness without a finished tick or, while ticks fail, "+
		"without a successful one, and after max_failed_ticks failed ticks in a row (0: no limit)",
		"tick_staleness", staleness, "max_failed_ticks", cfg.Metrics.MaxFailedTicks)
	return s, nil
}

// rebalancerMetrics is what setup gives the rebalancer of the vault named
// vault (config.Config.VaultName): the metrics labelled with its name, or
// nil (no metrics) when nothing is served.
func (s *metricsServer) rebalancerMetrics(vault string) rebalancer.Metrics {
	if s == nil {
		return nil
	}
	return s.m.Vault(vault)
}

// setUp says that setup succeeded: from now on /healthz expects ticks,
// the first one within tick_staleness.
func (s *metricsServer) setUp() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.setUpAt = time.Now()
	s.applyStaleness()
}

// applyStaleness sets /healthz's limit: none before setup has succeeded;
// until the first successful tick, tick_staleness counted from then
// (keeper/metrics counts from its own start, so the set-up time is added);
// afterwards tick_staleness. s.mu is held.
func (s *metricsServer) applyStaleness() {
	var d time.Duration
	switch {
	case s.setUpAt.IsZero(), s.staleness == 0:
	case !s.succeeded:
		d = s.staleness + s.setUpAt.Sub(s.created)
	default:
		d = s.staleness
	}
	// d is not negative: staleness was checked and setUpAt follows created.
	_ = s.m.SetTickStaleness(d)
}

// standingBy says the keeper is set up and stands by for a lease another
// keeper holds: ready (standing by is its job, and a rolling update must be
// able to count a standby), with no ticks expected of it, so /healthz's
// staleness does not start.
func (s *metricsServer) standingBy() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.stopping {
		s.m.SetReady(true, "")
	}
}

// tickDone records a finished tick of the vault named vault
// (config.Config.VaultName); from the first tick of any vault on, the
// keeper is ready unless it is stopping.
func (s *metricsServer) tickDone(vault string, took time.Duration, err error) {
	if s == nil {
		return
	}
	s.m.Vault(vault).Tick(took, err)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil && !s.succeeded {
		s.succeeded = true
		s.applyStaleness()
	}
	if !s.stopping {
		s.m.SetReady(true, "")
	}
}

// configChanged re-derives /healthz's staleness limit for cfg (a governed
// switch may have changed the schedule; an explicit
// local.metrics.tick_staleness stays as it is: Config.TickStaleness).
func (s *metricsServer) configChanged(cfg *config.Config) error {
	if s == nil {
		return nil
	}
	d, err := cfg.TickStaleness(time.Now())
	if err != nil {
		return fmt.Errorf("deriving metrics.tick_staleness: %w", err)
	}
	if d < 0 {
		return fmt.Errorf("metrics.tick_staleness %v: must not be negative", d)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.staleness = d
	s.applyStaleness()
	return nil
}

// Close stops the server, waiting up to metrics.ShutdownTimeout for
// requests in flight, and returns its error (also when it failed earlier).
func (s *metricsServer) Close() error {
	if s == nil {
		return nil
	}
	s.stopNotify()
	s.stopServe()
	return <-s.served
}
