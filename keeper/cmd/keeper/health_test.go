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
	db := filepath.Join(t.TempDir(), "keeper.db")
	path := testConfig(t, db, "")
	addr := freeAddr(t)
	withMetrics(t, path, addr)
	editConfig(t, path, "tick_staleness: 0s", "tick_staleness: 7m", "max_failed_ticks: 0 ", "max_failed_ticks: 2 ")
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Metrics.MaxFailedTicks != 2 {
		t.Fatalf("local.metrics.max_failed_ticks decoded as %d", cfg.Metrics.MaxFailedTicks)
	}
	srv, err := startMetrics(context.Background(), cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	health := func(wantStatus int, want string) {
		t.Helper()
		st, body, err := httpGet("http://" + addr + "/healthz")
		if err != nil || st != wantStatus || !strings.Contains(body, want) {
			t.Fatalf("/healthz: %d %q %v; want %d containing %q", st, body, err, wantStatus, want)
		}
	}
	srv.setUp()
	down := errors.New("node down")
	srv.tickDone(time.Second, down)
	health(http.StatusOK, "1 failed tick(s) in a row, last successful tick none since start")
	health(http.StatusOK, "staleness limit 7m0.") // counted from setup: 7m plus the time setup took
	srv.tickDone(time.Second, down)
	health(http.StatusServiceUnavailable, "unhealthy: ticks failing: 2 in a row (limit 2); last successful tick none since start")
	srv.tickDone(time.Second, nil)
	health(http.StatusOK, "ok: alive; last tick ended 0s ago; staleness limit 7m0s\n")
}
