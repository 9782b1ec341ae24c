package governance

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

const watchYAML = `
local:
  chain:
    embedded:
      pools:
        - {name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, liquidity: 1000, utilisation: 0.5}
governed:
  optimizer: {risk_aversion: RISK}
  sources:
    - {name: a, cap: 1}
`

// writeConfigs writes one config per risk aversion (named <risk>.yaml) and
// a file that does not load, and returns the directory and the hashes.
func writeConfigs(t *testing.T, risks ...string) (string, map[string][32]byte) {
	t.Helper()
	dir := t.TempDir()
	hashes := map[string][32]byte{}
	for _, r := range risks {
		p := filepath.Join(dir, r+".yaml")
		if err := os.WriteFile(p, []byte(strings.Replace(watchYAML, "RISK", r, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := config.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		hashes[r] = cfg.GovernedHash()
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yml"), []byte("governed: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a config"), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, hashes
}

func TestFindApprovedPicksTheFileWithTheHash(t *testing.T) {
	dir, hashes := writeConfigs(t, "1", "2", "3")
	path, cfg, err := FindApproved(dir, hashes["2"])
	if err != nil || filepath.Base(path) != "2.yaml" || cfg.Optimizer.RiskAversion != 2 || cfg.GovernedHash() != hashes["2"] {
		t.Fatalf("FindApproved: %q, %v, %v", path, cfg, err)
	}
	var none [32]byte
	none[0] = 1
	_, _, err = FindApproved(dir, none)
	if !errors.Is(err, ErrNoApprovedFile) {
		t.Fatalf("no file with the hash: %v", err)
	}
	// The error says what each file was: its hash, or why it does not load.
	for _, w := range []string{"1.yaml: 0x", "3.yaml: 0x", "broken.yml: does not load", dir} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not mention %q", err, w)
		}
	}
	if strings.Contains(err.Error(), "notes.txt") {
		t.Errorf("a non-YAML file was read: %v", err)
	}
	if _, _, err := FindApproved(filepath.Join(dir, "missing"), none); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Fatalf("missing directory: %v", err)
	}
}

// The watcher reads the real registry on the simulated chain: nothing to do
// while the running hash is approved; the approved file once governance
// approves another; an error while nothing is approved or no file has it.
func TestWatcherFollowsTheRegistry(t *testing.T) {
	ch, _ := startChain(t)
	ctx := context.Background()
	reg, err := NewRegistry(ch.Registry, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewRegistry(common.Address{}, ch.Client); err == nil {
		t.Fatal("a zero registry address was accepted")
	}
	dir, hashes := writeConfigs(t, "1", "2")
	w := &Watcher{Dir: dir, Registry: reg}

	if _, _, next, err := w.Check(ctx, hashes["1"]); next != nil || err == nil || !strings.Contains(err.Error(), "approved no config") {
		t.Fatalf("before any approval: %v, %v", next, err)
	}
	if err := ch.ApproveConfig(ctx, hashes["1"], "1.yaml#version=1"); err != nil {
		t.Fatal(err)
	}
	a, _, next, err := w.Check(ctx, hashes["1"])
	if err != nil || next != nil || a.Hash != hashes["1"] || a.Version != 1 || a.URI != "1.yaml#version=1" {
		t.Fatalf("running the approved config: %+v, %v, %v", a, next, err)
	}
	if err := ch.ApproveConfig(ctx, hashes["2"], "2.yaml#version=2"); err != nil {
		t.Fatal(err)
	}
	a, path, next, err := w.Check(ctx, hashes["1"])
	if err != nil || next == nil || filepath.Base(path) != "2.yaml" || a.Version != 2 || next.GovernedHash() != hashes["2"] {
		t.Fatalf("after approving 2: %+v %q %v %v", a, path, next, err)
	}
	var other [32]byte
	other[5] = 9
	if err := ch.ApproveConfig(ctx, other, "elsewhere"); err != nil {
		t.Fatal(err)
	}
	if _, _, next, err := w.Check(ctx, hashes["2"]); next != nil || !errors.Is(err, ErrNoApprovedFile) {
		t.Fatalf("approved hash with no file: %v, %v", next, err)
	}
}
