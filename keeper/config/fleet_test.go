package config

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rpcVault is a vault's config on an rpc chain (signer none), with extra
// local fields.
func rpcVault(chainID int, vault, extra string) string {
	return fmt.Sprintf(`
local:
  chain: {kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: %d}
  vault: {address: %q, registry: "0x00000000000000000000000000000000000000ab"}
  signer: {kind: none}
  storage: {path: /tmp/fleet.db}
%s
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000bb", cap: 1}
`, chainID, vault, extra)
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoadFleetListsVaultsOnSeveralChains(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.yaml": rpcVault(1, "0x00000000000000000000000000000000000000a1",
			"  fleet: {concurrency: 3, vaults: [usdc/config.yaml, dai.yaml]}\n  vault_unused: 0"),
		"usdc/config.yaml": rpcVault(10, "0x00000000000000000000000000000000000000a1", "  fleet: {concurrency: 3}"),
		"dai.yaml":         rpcVault(1, "0x00000000000000000000000000000000000000a2", "  fleet: {concurrency: 3}"),
	})
	// An unknown field is still refused in the main file.
	if _, err := LoadFleet(filepath.Join(dir, "main.yaml")); err == nil || !strings.Contains(err.Error(), "vault_unused") {
		t.Fatalf("want the unknown field named, got %v", err)
	}
	body := rpcVault(1, "0x00000000000000000000000000000000000000a1", "  fleet: {concurrency: 3, vaults: [usdc/config.yaml, dai.yaml]}")
	if err := os.WriteFile(filepath.Join(dir, "main.yaml"), []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	fleet, err := LoadFleet(filepath.Join(dir, "main.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, k := range fleet {
		names = append(names, fmt.Sprintf("%s@%d", k.Name, k.Config.Chain.ChainID))
	}
	// The same address on another chain is another vault; config.yaml is
	// named after its directory.
	if got := strings.Join(names, " "); got != "main@1 usdc@10 dai@1" {
		t.Fatalf("fleet %s, want main@1 usdc@10 dai@1", got)
	}
	if k, err := Find(fleet, "dai"); err != nil || k.Path != filepath.Join(dir, "dai.yaml") {
		t.Fatalf("Find(dai) = %+v, %v", k, err)
	}
	if _, err := Find(fleet, "eur"); err == nil || !strings.Contains(err.Error(), `--vault "eur"`) || !strings.Contains(err.Error(), "main, usdc, dai") {
		t.Fatalf("Find(eur): %v", err)
	}
}

func TestLoadFleetRefuses(t *testing.T) {
	const a1, a2 = "0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000a2"
	main := rpcVault(1, a1, "  fleet: {vaults: [b.yaml]}")
	for _, c := range []struct {
		name, b string
		want    []string
	}{
		{"a listed file that does not load", rpcVault(1, a2, "  bogus: 1"), []string{"local.fleet.vaults[0]", `"b.yaml"`, "bogus"}},
		{"another history", strings.Replace(rpcVault(1, a2, ""), "/tmp/fleet.db", "/tmp/other.db", 1), []string{"local.fleet.vaults[0]", "local.storage differs"}},
		{"another metrics address", rpcVault(1, a2, "  metrics: {address: 127.0.0.1:9999}"), []string{"local.metrics differs"}},
		{"another concurrency", rpcVault(1, a2, "  fleet: {concurrency: 2}"), []string{"local.fleet.concurrency differs"}},
		{"nested vaults", rpcVault(1, a2, "  fleet: {vaults: [c.yaml]}"), []string{"local.fleet.vaults", "lists vaults of its own"}},
		{"the same vault twice", rpcVault(1, a1, ""), []string{"local.vault.address", "kept by both"}},
		{"one name twice", strings.Replace(rpcVault(1, a2, ""), "vault: {address:", "vault: {name: main, address:", 1), []string{`local.vault.name "main"`}},
		{"the embedded chain", string(shipped(t)), []string{`local.chain.kind "embedded"`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"main.yaml": main, "b.yaml": c.b})
			_, err := LoadFleet(filepath.Join(dir, "main.yaml"))
			if err == nil {
				t.Fatal("loaded")
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
	// A missing listed file is named too.
	dir := writeFiles(t, map[string]string{"main.yaml": main})
	if _, err := LoadFleet(filepath.Join(dir, "main.yaml")); err == nil || !strings.Contains(err.Error(), `local.fleet.vaults[0] "b.yaml"`) {
		t.Fatalf("missing file: %v", err)
	}
}

func TestFleetFieldsValidated(t *testing.T) {
	for _, c := range []struct{ old, new, want string }{
		{"concurrency: 8 ", "concurrency: 0 ", "local.fleet.concurrency"},
		{"vaults: []", `vaults: [""]`, "local.fleet.vaults[0]"},
		{"name: demo ", `name: "a b" `, `local.vault.name: "a b"`},
	} {
		_, err := Parse([]byte(strings.Replace(string(shipped(t)), c.old, c.new, 1)))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: want an error naming %s, got %v", c.new, c.want, err)
		}
	}
	cfg, err := Parse(shipped(t))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Fleet.Concurrency != DefaultFleetConcurrency || cfg.VaultName("config.yaml") != "demo" {
		t.Fatalf("shipped: concurrency %d, vault %q", cfg.Fleet.Concurrency, cfg.VaultName("config.yaml"))
	}
}
