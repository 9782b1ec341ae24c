package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// writeVariant writes the keeper's config with old replaced by new as name
// in the same directory, and returns its path and governed hash.
func (e *env) writeVariant(name, old, new string) (string, [32]byte) {
	e.t.Helper()
	raw, err := os.ReadFile(e.cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	if !strings.Contains(string(raw), old) {
		e.t.Fatalf("config has no %q", old)
	}
	p := filepath.Join(filepath.Dir(e.cfg), name)
	if err := os.WriteFile(p, []byte(strings.Replace(string(raw), old, new, 1)), 0o600); err != nil {
		e.t.Fatal(err)
	}
	cfg, err := config.Load(p)
	if err != nil {
		e.t.Fatal(err)
	}
	return p, cfg.GovernedHash()
}

// approvalCall is the timelock call that approves hash in the registry.
func (e *env) approvalCall(hash [32]byte, uri string) devchain.Call {
	e.t.Helper()
	a, err := bindings.ConfigRegistryMetaData.GetAbi()
	if err != nil {
		e.t.Fatal(err)
	}
	data, err := a.Pack("setConfig", hash, uri)
	if err != nil {
		e.t.Fatal(err)
	}
	return devchain.Call{Target: e.chain.Registry, Data: data}
}

// Governance end to end: a new config is proposed on the timelock; the
// keeper refuses to act under it while the proposal waits; once the delay
// has passed and the proposal is executed, the running daemon switches to
// that file without a restart and records its hash. Another proposal,
// cancelled by the guardian, never takes effect.
func TestProposedConfigIsRefusedUntilExecutedThenTheDaemonSwitches(t *testing.T) {
	e := newEnv(t, kvToken)
	ctx := context.Background()
	approvedA, err := config.Load(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	hashA := approvedA.GovernedHash()
	pathB, hashB := e.writeVariant("b.yaml", "    measured_only_cap: 1\n", "    measured_only_cap: 1\n    risk_aversion: 3\n")
	if hashB == hashA {
		t.Fatal("the variant has the same governed hash")
	}

	// Proposed, not executed.
	saltB := crypto.Keccak256Hash([]byte("config b"))
	callB := e.approvalCall(hashB, "file://"+pathB)
	if _, err := e.chain.Schedule(ctx, saltB, callB); err != nil {
		t.Fatal(err)
	}
	e.mineBlocks()

	// The keeper started on the proposed file refuses to act.
	k := e.start("once", "--log-format", "json", "--config", pathB)
	if err := k.wait(t, 2*time.Minute); err != nil {
		t.Fatalf("keeper once on the unapproved file: %v\n%s", err, k.out.String())
	}
	if !strings.Contains(k.out.String(), "refusing to act") || e.keeperNonce() != 0 {
		t.Fatalf("the keeper acted under an unapproved config (nonce %d):\n%s", e.keeperNonce(), k.out.String())
	}

	// The daemon runs the approved file and rebalances.
	d := e.start("run", "--log-format", "json")
	d.waitLog(t, "rebalance confirmed", 2*time.Minute)

	// A third proposal is cancelled by the guardian.
	_, hashC := e.writeVariant("c.yaml", "    measured_only_cap: 1\n", "    measured_only_cap: 1\n    risk_aversion: 5\n")
	saltC := crypto.Keccak256Hash([]byte("config c"))
	callC := e.approvalCall(hashC, "file://c.yaml")
	idC, err := e.chain.Schedule(ctx, saltC, callC)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := bindings.NewTimelockController(e.chain.Timelock, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	guardian, err := e.chain.GuardianOpts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tl.Cancel(guardian, idC)
	if err != nil {
		t.Fatal(err)
	}
	e.waitMined(tx.Hash())

	// Past the delay, B is executed; C cannot be.
	if err := e.chain.AdvanceTime(ctx, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Execute(ctx, saltB, callB); err != nil {
		t.Fatal(err)
	}
	if err := e.chain.Execute(ctx, saltC, callC); err == nil {
		t.Fatal("a cancelled proposal was executed")
	}

	// The daemon switches to b.yaml and its decisions carry B's hash.
	d.waitLog(t, `"msg":"switched to the approved config"`, time.Minute)
	hexB := hexutil.Encode(hashB[:])
	waitFor(t, "a decision under the new config", time.Minute, func() bool {
		for _, h := range e.history() {
			if h.Decision.ConfigHash == hexB && h.Decision.ApprovedHash == hexB {
				return true
			}
		}
		return false
	})
	switches := d.logLines("switched to the approved config")
	if len(switches) != 1 || switches[0]["file"] != pathB || switches[0]["config_hash"] != hexB {
		t.Fatalf("the daemon's switches: %v; want one, to %s", switches, pathB)
	}
	hexC := hexutil.Encode(hashC[:])
	for _, h := range e.history() {
		if h.Decision.ConfigHash == hexC || h.Decision.ApprovedHash == hexC {
			t.Fatalf("a decision ran under the cancelled config: %+v", h.Decision)
		}
	}
	reg, err := bindings.NewConfigRegistry(e.chain.Registry, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := reg.ConfigHash(nil); err != nil || h != hashB {
		t.Fatalf("registry holds %x (%v), want B %x", h, err, hashB)
	}
}
