package main

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// local.metrics.max_failed_ticks reaches /healthz: that many failed ticks
// in a row make it 503 with the reason, a successful one makes it 200
// again. Until the first successful tick the limit on the time without
// one still counts from setup.
func TestHealthFailsWhenTicksKeepFailing(t *testing.T) {
	srv, cfg, addr := startTestMetrics(t, "tick_staleness: 0s", "tick_staleness: 7m", "max_failed_ticks: 0 ", "max_failed_ticks: 2 ")
	if cfg.Metrics.MaxFailedTicks != 2 {
		t.Fatalf("local.metrics.max_failed_ticks decoded as %d", cfg.Metrics.MaxFailedTicks)
	}
	health := func(wantStatus int, want string) {
		t.Helper()
		st, body, err := httpGet("http://" + addr + "/healthz")
		if err != nil || st != wantStatus || !strings.Contains(body, want) {
			t.Fatalf("/healthz: %d %q %v; want %d containing %q", st, body, err, wantStatus, want)
		}
	}
	srv.setUp()
	down := errors.New("node down")
	srv.tickDone("vault", time.Second, down)
	health(http.StatusOK, "1 failed tick(s) in a row, last successful tick none since start")
	health(http.StatusOK, "staleness limit 7m0.") // counted from setup: 7m plus the time setup took
	srv.tickDone("vault", time.Second, down)
	health(http.StatusServiceUnavailable, "unhealthy: ticks failing: 2 in a row (limit 2); last successful tick none since start")
	srv.tickDone("vault", time.Second, nil)
	health(http.StatusOK, "ok: alive; last tick ended 0s ago; staleness limit 7m0s\n")
}

// Each vault's rebalancer reports under its name, and its ticks reach
// /metrics labelled with it; without a metrics server there are none.
func TestRebalancerMetricsAreLabelledWithTheVault(t *testing.T) {
	var none *metricsServer
	if m := none.rebalancerMetrics("a"); m != nil {
		t.Fatalf("no server, rebalancer metrics %v", m)
	}
	none.tickDone("a", time.Second, nil) // does nothing
	srv, _, addr := startTestMetrics(t)
	srv.rebalancerMetrics("a").Decision("hold", false, 1)
	srv.rebalancerMetrics("b").Decision("rebalance", false, 2)
	srv.tickDone("b", time.Second, nil)
	st, body, err := httpGet("http://" + addr + "/metrics")
	if err != nil || st != http.StatusOK {
		t.Fatalf("/metrics: %d %v", st, err)
	}
	for series, want := range map[string]float64{
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`:      1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 0,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="b"}`: 1,
		`vaultkeeper_ticks_total{result="ok",vault="b"}`:                            1,
		`vaultkeeper_ticks_total{result="ok",vault="a"}`:                            0,
		`vaultkeeper_ticks_total{result="ok"}`:                                      1, // summed over the vaults
	} {
		if got := sample(body, series); got != want {
			t.Errorf("%s = %v, want %v", series, got, want)
		}
	}
	if st, body, _ := httpGet("http://" + addr + "/readyz"); st != http.StatusOK {
		t.Errorf("/readyz after vault b's tick: %d %q", st, body)
	}
}

// A keeper standing by for a lease another holds is ready (a rolling
// update counts it), and no longer once it stops.
func TestStandbyIsReady(t *testing.T) {
	var none *metricsServer
	none.standingBy() // does nothing
	srv, _, addr := startTestMetrics(t)
	if st, _, _ := httpGet("http://" + addr + "/readyz"); st != http.StatusServiceUnavailable {
		t.Fatalf("/readyz while starting: %d, want 503", st)
	}
	srv.standingBy()
	if st, body, _ := httpGet("http://" + addr + "/readyz"); st != http.StatusOK {
		t.Errorf("/readyz while standing by: %d %q", st, body)
	}
	if st, body, _ := httpGet("http://" + addr + "/healthz"); st != http.StatusOK {
		t.Errorf("/healthz while standing by: %d %q", st, body)
	}
	srv.mu.Lock()
	srv.stopping = true
	srv.m.SetReady(false, "stopping")
	srv.mu.Unlock()
	srv.standingBy()
	if st, _, _ := httpGet("http://" + addr + "/readyz"); st != http.StatusServiceUnavailable {
		t.Errorf("/readyz while stopping, after a standby report: %d, want 503", st)
	}
}

// startTestMetrics starts the metrics server of a test config with metrics
// on a free address, after editConfig(oldNew...), until the test ends.
func startTestMetrics(t *testing.T, oldNew ...string) (*metricsServer, *config.Config, string) {
	t.Helper()
	db := filepath.Join(t.TempDir(), "keeper.db")
	path := testConfig(t, db, "")
	addr := freeAddr(t)
	withMetrics(t, path, addr)
	if len(oldNew) > 0 {
		editConfig(t, path, oldNew...)
	}
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := startMetrics(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv, cfg, addr
}
