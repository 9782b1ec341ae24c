package main

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/web"
)

// local.web.address serves the transparency page and its API by
// themselves, read-only, and the metrics server keeps only its own paths;
// without it the page is served next to the metrics.
func TestPageOnItsOwnAddress(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	path := testConfig(t, db, "")
	metricsAddr, pageAddr := freeAddr(t), freeAddr(t)
	withMetrics(t, path, metricsAddr)
	cfg, err := config.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.DiscardHandler)
	pages := []web.Vault{{Name: "demo", Options: web.Options{Store: st, Config: func() *config.Config { return cfg }, Log: log}}}

	for _, own := range []bool{true, false} {
		cfg.Web.Address = ""
		want := metricsAddr
		if own {
			cfg.Web.Address, want = pageAddr, pageAddr
		}
		srv, err := startMetrics(context.Background(), cfg, log)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		page, err := servePage(context.Background(), cfg, srv, pages, log, &out)
		if err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != "transparency page: http://"+want+"/\n" {
			t.Errorf("own address %v: stdout %q, want the page at %s", own, got, want)
		}
		for _, p := range []string{"/", "/api/vault", "/api/governance"} {
			if code, body, err := httpGet("http://" + want + p); err != nil || code != http.StatusOK {
				t.Errorf("own address %v: GET %s: %d %v %.80s", own, p, code, err, body)
			}
		}
		if own {
			if code, _, err := httpGet("http://" + metricsAddr + "/api/vault"); err != nil || code != http.StatusNotFound {
				t.Errorf("the metrics address serves /api/vault too: %d %v", code, err)
			}
			if code, body, err := httpGet("http://" + metricsAddr + "/metrics"); err != nil || code != http.StatusOK || !strings.Contains(body, "vaultkeeper") {
				t.Errorf("/metrics: %d %v", code, err)
			}
			res, err := http.Post("http://"+pageAddr+"/api/vault", "application/json", strings.NewReader("{}"))
			if err != nil || res.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("POST on the page's address: %v %v", res, err)
			} else {
				res.Body.Close()
			}
		}
		if err := page.Close(); err != nil {
			t.Fatal(err)
		}
		if err := srv.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// The page's own server is gone once closed.
	if _, _, err := httpGet("http://" + pageAddr + "/"); err == nil {
		t.Error("the page's server still answers after Close")
	}
}
