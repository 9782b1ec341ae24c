package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// logLines returns the keeper's JSON log records with message msg.
func (k *keeperRun) logLines(msg string) []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(k.out.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// signedAttempts returns the hashes of the attempts the keeper signed, in order.
func (k *keeperRun) signedAttempts() []common.Hash {
	var hs []common.Hash
	for _, m := range k.logLines("attempt signed") {
		s, _ := m["tx"].(string)
		hs = append(hs, common.HexToHash(s))
	}
	return hs
}

// waitFor polls cond until it holds.
func waitFor(t *testing.T, what string, within time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// setConfig replaces old with new in the keeper's config file, and has
// governance approve the result.
func (e *env) setConfig(old, new string) {
	e.t.Helper()
	b, err := os.ReadFile(e.cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	if !strings.Contains(string(b), old) {
		e.t.Fatalf("config has no %q", old)
	}
	if err := os.WriteFile(e.cfg, []byte(strings.Replace(string(b), old, new, 1)), 0o600); err != nil {
		e.t.Fatal(err)
	}
	e.approve(e.cfg)
}

// A reorg drops the block that mined the keeper's rebalance: the keeper sees
// its receipt leave the canonical chain and re-broadcasts the same signed
// transaction, which is mined again; nothing is signed twice.
func TestReorgDropsTheMinedRebalanceAndItIsResent(t *testing.T) {
	e := newEnv(t, kvToken)
	snap := e.anvil.Snapshot(t)
	k := e.start("once", "--log-format", "json")

	// The rebalance is broadcast, then mined in a block the test seals.
	waitFor(t, "the rebalance in anvil's pool", time.Minute, func() bool { return e.anvil.PendingCount(t) == 1 })
	e.anvil.Mine(t)
	k.waitLog(t, `"msg":"attempt mined"`, time.Minute)
	if e.keeperNonce() != 1 {
		t.Fatal("the rebalance is not mined")
	}

	// The reorg: the chain returns to before that block.
	e.anvil.Revert(t, snap)
	if e.keeperNonce() != 0 {
		t.Fatal("the revert left the rebalance mined")
	}
	k.waitLog(t, "mined block left the canonical chain; re-sending", time.Minute)

	// Blocks go on; the same transaction is mined again and confirmed.
	e.mineBlocks()
	if err := k.wait(t, 2*time.Minute); err != nil {
		t.Fatalf("keeper once: %v\n%s", err, k.out.String())
	}
	signed := k.signedAttempts()
	mined := e.minedRebalances()
	if len(signed) != 1 || len(mined) != 1 || mined[0] != signed[0] || e.keeperNonce() != 1 {
		t.Fatalf("signed %v, recorded mined %v, keeper nonce %d; want the one signed transaction mined once",
			signed, mined, e.keeperNonce())
	}
}

// A rebalance whose fee cap is below the base fee is stuck; after the
// resubmission timeout the keeper replaces it with higher fees (same nonce),
// and the replacement is mined.
func TestStuckLowFeeRebalanceIsBumpedAndMined(t *testing.T) {
	e := newEnv(t, kvToken)
	e.setConfig("resubmit_timeout: 20s", "resubmit_timeout: 2s")
	k := e.start("once", "--log-format", "json")
	ctx := context.Background()

	waitFor(t, "the rebalance in anvil's pool", time.Minute, func() bool { return e.anvil.PendingCount(t) == 1 })
	first := k.signedAttempts()
	if len(first) != 1 {
		t.Fatalf("%d attempts signed before the first broadcast", len(first))
	}
	tx, pending, err := e.chain.Client.TransactionByHash(ctx, first[0])
	if err != nil || !pending {
		t.Fatalf("first attempt %s: pending %v, %v", first[0].Hex(), pending, err)
	}
	cap1 := tx.GasFeeCap()

	// Blocks go by with a base fee just above the attempt's fee cap: it stays
	// in the pool, unmined, until the keeper replaces it.
	stuckFee := new(big.Int).Add(cap1, big.NewInt(1))
	for len(k.signedAttempts()) < 2 {
		e.anvil.Call(t, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(stuckFee))
		e.anvil.Mine(t)
		if e.keeperNonce() != 0 {
			// The keeper's log is read as it comes: a replacement it has
			// already sent may be mined before the test has read that it
			// signed one. Only the first attempt's own receipt is a failure.
			if _, err := e.chain.Client.TransactionReceipt(ctx, first[0]); err == nil {
				t.Fatal("the underpriced attempt was mined")
			}
			break
		}
		select {
		case err := <-k.exited:
			t.Fatalf("keeper exited (%v) before replacing:\n%s", err, k.out.String())
		case <-time.After(300 * time.Millisecond):
		}
	}
	k.waitLog(t, "attempt not mined in time; replacing", 10*time.Second)
	waitFor(t, "the replacement's signing in the keeper's log", 10*time.Second, func() bool { return len(k.signedAttempts()) >= 2 })
	second := k.signedAttempts()[1]
	waitFor(t, "the replacement in anvil's pool (or mined)", time.Minute, func() bool {
		_, _, err := e.chain.Client.TransactionByHash(ctx, second)
		return err == nil
	})
	tx2, _, err := e.chain.Client.TransactionByHash(ctx, second)
	if err != nil {
		t.Fatal(err)
	}
	if tx2.Nonce() != tx.Nonce() || tx2.GasFeeCap().Cmp(new(big.Int).Div(new(big.Int).Mul(cap1, big.NewInt(110)), big.NewInt(100))) < 0 ||
		tx2.GasTipCap().Cmp(new(big.Int).Div(new(big.Int).Mul(tx.GasTipCap(), big.NewInt(110)), big.NewInt(100))) < 0 {
		t.Fatalf("replacement nonce %d fee cap %v tip %v; first nonce %d fee cap %v tip %v: want the same nonce and ≥ +10%% on both",
			tx2.Nonce(), tx2.GasFeeCap(), tx2.GasTipCap(), tx.Nonce(), cap1, tx.GasTipCap())
	}

	// The same base fee now admits the replacement (unless it was mined
	// already, above).
	if e.keeperNonce() == 0 {
		e.anvil.Call(t, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(stuckFee))
		e.anvil.Mine(t)
	}
	if e.keeperNonce() != 1 {
		t.Fatal("the replacement was not mined at a base fee under its cap")
	}
	e.mineBlocks()
	if err := k.wait(t, 2*time.Minute); err != nil {
		t.Fatalf("keeper once: %v\n%s", err, k.out.String())
	}
	mined := e.minedRebalances()
	if len(mined) != 1 || mined[0] != second {
		t.Fatalf("recorded mined %v, want the replacement %s", mined, second.Hex())
	}
	// keeper history --json shows the send with both attempts: the first
	// replaced, the second mined.
	var shown bool
	for _, d := range e.history() {
		for _, snd := range d.Sends {
			if snd.State != "confirmed" || snd.TxHash != second.Hex() {
				continue
			}
			a := snd.Attempts
			if len(a) != 2 || a[0].Hash != first[0].Hex() || a[0].State != "replaced" || a[1].Hash != second.Hex() ||
				a[1].State != "mined" || a[0].FeeCapWei != cap1.String() || a[1].FeeCapWei != tx2.GasFeeCap().String() {
				t.Fatalf("history shows the send's attempts as %+v", a)
			}
			shown = true
		}
	}
	if !shown {
		t.Fatalf("history --json does not show the confirmed send: %+v", e.history())
	}
	if _, _, err := e.chain.Client.TransactionByHash(ctx, first[0]); err == nil {
		t.Fatalf("the replaced attempt %s is still known to the node", first[0].Hex())
	}
}
