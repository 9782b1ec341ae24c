package e2e

import (
	"context"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// onceMinesARebalance runs `keeper once` and checks that its rebalance was
// mined on anvil, signed by the key held in Vault.
func onceMinesARebalance(t *testing.T, mode signerMode, wantLog string) {
	e := newEnv(t, mode)
	e.mineBlocks()
	k := e.start("once", "--log-format", "json")
	if err := k.wait(t, 3*time.Minute); err != nil {
		t.Fatalf("keeper once: %v\n%s", err, k.out.String())
	}
	if !strings.Contains(k.out.String(), wantLog) {
		t.Fatalf("keeper once did not log %q:\n%s", wantLog, k.out.String())
	}
	if got := e.minedRebalances(); len(got) != 1 {
		t.Fatalf("%d mined rebalances recorded, want 1:\n%s", len(got), k.out.String())
	}
	if n := e.keeperNonce(); n != 1 {
		t.Fatalf("the keeper's key has %d transactions mined, want 1", n)
	}
}

func TestRebalanceSignedByVaultKVWithTokenIsMinedOnAnvil(t *testing.T) {
	onceMinesARebalance(t, kvToken, `"signer":"vault-kv`)
}

func TestRebalanceSignedByVaultKVWithAppRoleIsMinedOnAnvil(t *testing.T) {
	onceMinesARebalance(t, kvAppRole, `"signer":"vault-kv`)
}

func TestRebalanceSignedByVaultPluginIsMinedOnAnvil(t *testing.T) {
	onceMinesARebalance(t, pluginToken, `"signer":"vault-plugin`)
}

// The daemon runs while Vault is first sealed, then unreachable: ticks that
// want to rebalance send nothing and say why, and once Vault is back the
// next tick sends the rebalance, which is mined.
func TestVaultSealedThenUnreachableDuringTicksThenRecovered(t *testing.T) {
	e := newEnv(t, kvToken)
	e.mineBlocks()
	ctx := context.Background()
	vault, err := bindings.NewVault(e.chain.Vault, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	guardian, err := e.chain.GuardianOpts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The guardian pauses the vault, so the daemon starts and holds.
	tx, err := vault.Pause(guardian)
	if err != nil {
		t.Fatal(err)
	}
	e.waitMined(tx.Hash())
	k := e.start("run", "--log-format", "json")
	k.waitLog(t, "the vault is paused by its guardian", time.Minute)

	// Vault is sealed; then the guardian unpauses, and the ticks want to rebalance.
	e.vault.Seal(t)
	guardian, _ = e.chain.GuardianOpts(ctx)
	if tx, err = vault.Unpause(guardian); err != nil {
		t.Fatal(err)
	}
	e.waitMined(tx.Hash())
	k.waitLog(t, "Vault is sealed", time.Minute)
	if n := e.keeperNonce(); n != 0 {
		t.Fatalf("%d keeper transactions mined while Vault was sealed", n)
	}
	// Nothing from the keeper in the pool either (the market simulator's
	// own transactions come and go there).
	if n, err := e.chain.Client.PendingNonceAt(ctx, e.keeper); err != nil || n != 0 {
		t.Fatalf("keeper's pending nonce %d (%v) while Vault was sealed, want 0", n, err)
	}

	// Vault is unreachable (and still sealed behind the cut).
	e.proxy.cut()
	mark := len(k.out.String())
	k.waitLog(t, "unreachable", time.Minute)
	if strings.Contains(k.out.String()[mark:], "rebalance confirmed") || e.keeperNonce() != 0 {
		t.Fatal("the keeper sent while Vault was unreachable")
	}

	// Vault is back: reachable and unsealed. The next tick sends.
	e.proxy.restore(t)
	e.vault.Unseal(t, nil)
	k.waitLog(t, "rebalance confirmed", 2*time.Minute)
	k.cmd.Process.Signal(syscall.SIGTERM)
	if err := k.wait(t, time.Minute); err != nil {
		t.Fatalf("keeper run after SIGTERM: %v", err)
	}
	// Every transaction the key has mined is a recorded rebalance (the
	// daemon may have rebalanced again before it stopped).
	if got, n := e.minedRebalances(), e.keeperNonce(); len(got) == 0 || uint64(len(got)) != n {
		t.Fatalf("%d mined rebalances recorded, %d transactions mined from the keeper's key", len(got), n)
	}
	// The rebalance decided while Vault was sealed stayed in the journal
	// (built, unsigned); the ticks while Vault was unreachable recorded why
	// it could not go out, and the first tick after recovery finished it.
	var sawUnreachable, sawFinished bool
	for _, d := range e.history() {
		sawUnreachable = sawUnreachable || strings.Contains(d.Decision.Reason, "Vault unreachable")
		sawFinished = sawFinished || strings.Contains(d.Decision.Reason, "finished an earlier send")
	}
	if !sawUnreachable || !sawFinished {
		t.Fatalf("decisions do not record the unreachable Vault (%v) and the resumed send (%v): %+v", sawUnreachable, sawFinished, e.history())
	}
}

// waitMined waits until the block loop has mined h.
func (e *env) waitMined(h common.Hash) {
	e.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := e.chain.Client.TransactionReceipt(context.Background(), h)
		if err == nil {
			if r.Status != 1 {
				e.t.Fatalf("transaction %s reverted", h.Hex())
			}
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("transaction %s not mined: %v", h.Hex(), err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
