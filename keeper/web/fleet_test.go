package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// A fleet's pages: each vault's page and API under /vaults/NAME/, reading
// its own vault; the first vault's also at /; /vaults/ lists them; the
// page's assets and API calls are relative, so they resolve under the
// prefix.
func TestFleetHandlerServesEachVault(t *testing.T) {
	f := newFixture(t, 6)
	other := config.Default()
	other.Chain.Kind, other.Chain.ChainID = config.ChainRPC, testChain
	other.Vault.Address = "0x00000000000000000000000000000000000000bb"
	opts := func(c *config.Config) Options {
		return Options{Store: f.st, Config: func() *config.Config { return c }, Now: func() time.Time { return f.now }}
	}
	h, err := FleetHandler([]Vault{{Name: "main", Options: opts(f.cfg)}, {Name: "dai-2", Options: opts(other)}})
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{"/api/vault": testVault, "/vaults/main/api/vault": testVault, "/vaults/dai-2/api/vault": other.Vault.Address} {
		var v VaultNow
		if res := get(t, h, path, &v); res.StatusCode != http.StatusOK || !strings.EqualFold(v.Vault, want) {
			t.Errorf("GET %s: %d, vault %s; want %s", path, res.StatusCode, v.Vault, want)
		}
		if path == "/vaults/dai-2/api/vault" && v.Observed != nil {
			t.Errorf("GET %s: vault dai-2 shows vault main's tick %+v", path, v.Observed)
		}
	}
	body := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		b, _ := io.ReadAll(rec.Result().Body)
		return rec.Code, string(b)
	}
	code, page := body("/vaults/dai-2/")
	if code != http.StatusOK || !strings.Contains(page, `src="assets/app.js"`) {
		t.Fatalf("GET /vaults/dai-2/: %d, want the page loading its script by a relative URL:\n%s", code, page)
	}
	if code, _ := body("/vaults/dai-2/assets/app.js"); code != http.StatusOK {
		t.Errorf("the page's script under its prefix: %d", code)
	}
	rec0 := httptest.NewRecorder()
	h.ServeHTTP(rec0, httptest.NewRequest(http.MethodGet, "/vaults/dai-2", nil))
	if code, loc := rec0.Code, rec0.Result().Header.Get("Location"); code/100 != 3 || loc != "/vaults/dai-2/" {
		t.Errorf("GET /vaults/dai-2 (no slash): %d to %q, want a redirect to the page, so its relative URLs resolve", code, loc)
	}
	code, index := body("/vaults/")
	if code != http.StatusOK || !strings.Contains(index, `href="/vaults/main/"`) || !strings.Contains(index, `href="/vaults/dai-2/"`) {
		t.Fatalf("GET /vaults/: %d, want links to both vaults:\n%s", code, index)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/vaults/", nil))
	if csp := rec.Result().Header.Get("Content-Security-Policy"); csp != ContentSecurityPolicy {
		t.Errorf("the index's Content-Security-Policy %q", csp)
	}
	if code, _ := body("/vaults/nosuch/"); code != http.StatusNotFound {
		t.Errorf("an unknown vault: %d, want 404", code)
	}
	if _, err := FleetHandler([]Vault{{Name: "a"}, {Name: "a"}}); err == nil {
		t.Error("two vaults of one name accepted")
	}
}
