package e2e

import (
	"context"
	"encoding/json"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// runKeeper runs the keeper binary to completion and returns its exit code
// and output.
func (e *env) runKeeper(args ...string) (int, string) {
	e.t.Helper()
	k := e.start(args...)
	err := k.wait(e.t, 2*time.Minute)
	if err == nil {
		return 0, k.out.String()
	}
	if k.cmd.ProcessState != nil {
		return k.cmd.ProcessState.ExitCode(), k.out.String()
	}
	e.t.Fatalf("keeper %v: %v", args, err)
	return -1, ""
}

type opJSON struct {
	ID         string `json:"id"`
	State      string `json:"state"`
	ETA        string `json:"eta"`
	ConfigHash string `json:"config_hash"`
	Calls      []struct {
		Description string `json:"description"`
	} `json:"calls"`
}

func (e *env) governanceStatus() []opJSON {
	e.t.Helper()
	code, out := e.runKeeper("governance", "status", "--json")
	if code != 0 {
		e.t.Fatalf("governance status exited %d:\n%s", code, out)
	}
	var ops []opJSON
	if err := json.Unmarshal([]byte(out[strings.Index(out, "["):]), &ops); err != nil {
		e.t.Fatalf("governance status --json: %v\n%s", err, out)
	}
	return ops
}

// The operator's governance commands, signed through Vault by the keeper's
// key (which governance made a proposer and executor): propose prints the
// diff against the approved file and schedules; status lists the operation
// waiting, then executed; execute refuses before the delay and succeeds
// after; a vault cap change is proposed with its on-chain diff; --calldata
// sends nothing.
func TestGovernanceCommandsProposeListAndExecute(t *testing.T) {
	e := newEnv(t, kvToken)
	ctx := context.Background()
	if err := e.chain.GrantGovernanceRoles(ctx, e.keeper); err != nil {
		t.Fatal(err)
	}
	pathB, hashB := e.writeVariant("b.yaml", "    measured_only_cap: 1\n", "    measured_only_cap: 1\n    risk_aversion: 3\n")
	nonce0 := e.keeperNonce()

	// --calldata prints what a multisig would send, and sends nothing.
	code, out := e.runKeeper("governance", "propose", "--config", pathB, "--calldata")
	if code != 0 || !strings.Contains(out, "schedule calldata: 0x") || !strings.Contains(out, "governed.optimizer.risk_aversion: 4 → 3") {
		t.Fatalf("propose --calldata exited %d:\n%s", code, out)
	}
	if e.keeperNonce() != nonce0 {
		t.Fatal("propose --calldata sent a transaction")
	}

	e.mineBlocks()
	code, out = e.runKeeper("governance", "propose", "--config", pathB)
	if code != 0 || !strings.Contains(out, "governed.optimizer.risk_aversion: 4 → 3") || !strings.Contains(out, "scheduled operation 0x") {
		t.Fatalf("propose exited %d:\n%s", code, out)
	}
	id := regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(out)[1]
	hexB := hexutil.Encode(hashB[:])
	var op *opJSON
	for _, o := range e.governanceStatus() {
		if o.ID == id {
			op = &o
		}
	}
	if op == nil || op.State != "waiting" || op.ConfigHash != hexB || len(op.Calls) != 1 {
		t.Fatalf("status of %s: %+v", id, op)
	}

	// Too early.
	code, out = e.runKeeper("governance", "execute", "--config", pathB, "--id", id)
	if code != 1 || !strings.Contains(out, "not ready") {
		t.Fatalf("execute before the delay exited %d:\n%s", code, out)
	}
	if err := e.chain.AdvanceTime(ctx, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	code, out = e.runKeeper("governance", "execute", "--config", pathB, "--id", id)
	if code != 0 || !strings.Contains(out, "executed operation "+id) {
		t.Fatalf("execute exited %d:\n%s", code, out)
	}
	reg, err := bindings.NewConfigRegistry(e.chain.Registry, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := reg.ConfigHash(&bind.CallOpts{Context: ctx}); err != nil || h != hashB {
		t.Fatalf("registry %x (%v), want %s", h, err, hexB)
	}
	found := false
	for _, o := range e.governanceStatus() {
		found = found || (o.ID == id && o.State == "executed")
	}
	if !found {
		t.Fatalf("status does not show %s executed", id)
	}
	// Proposing the approved config again is refused.
	if code, out := e.runKeeper("governance", "propose", "--config", pathB); code != 1 || !strings.Contains(out, "already the approved one") {
		t.Fatalf("re-proposing the approved config exited %d:\n%s", code, out)
	}

	// Rolling back to the earlier config is a new operation (the registry
	// version is in the salt), not refused as already executed.
	code, out = e.runKeeper("governance", "propose", "--config", e.cfg)
	if code != 0 || !strings.Contains(out, "scheduled operation 0x") || strings.Contains(out, id) {
		t.Fatalf("proposing the rollback exited %d:\n%s", code, out)
	}

	// A vault change: halve a source's relative cap.
	src := e.chain.Pools[0].Adapter
	code, out = e.runKeeper("governance", "propose", "--config", pathB, "--set-caps", src.Hex(),
		"--abs-cap", new(big.Int).Mul(big.NewInt(10_000_000), big.NewInt(1_000_000)).String(), "--rel-cap-bps", "3000")
	if code != 0 || !strings.Contains(out, "cap_bps") || !strings.Contains(out, "→ 3000") || !strings.Contains(out, "scheduled operation") {
		t.Fatalf("vault proposal exited %d:\n%s", code, out)
	}

	// Bad input names the flag and value, and touches nothing.
	for _, args := range [][]string{
		{"governance", "propose", "--set-caps", "0x12", "--abs-cap", "1", "--rel-cap-bps", "1"},
		{"governance", "propose", "--set-caps", src.Hex(), "--abs-cap", "lots", "--rel-cap-bps", "1"},
		{"governance", "execute", "--id", "0x1234"},
		{"governance", "propose", "--min-idle-bps", "-1"},
		{"governance", "propose", "--cooldown", "-1ns"},
		{"governance", "propose", "--salt", "again"},
		{"governance", "frobnicate"},
	} {
		code, out := e.runKeeper(args...)
		if code != 2 {
			t.Errorf("%v exited %d, want 2:\n%s", args, code, out)
		}
		for _, w := range args[2:] {
			if strings.HasPrefix(w, "--") || w == src.Hex() || w == "1" {
				continue
			}
			if !strings.Contains(out, w) {
				t.Errorf("%v: output does not name %q:\n%s", args, w, out)
			}
		}
	}
}
