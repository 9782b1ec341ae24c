package rebalancer

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// A rebalance whose transaction a deep reorg dropped was recorded back as
// sent; its re-opened send then ended on another attempt, the cancellation
// that took its nonce. Recording the finished send records the
// cancellation and ends the dropped transaction as failed, saying what
// replaced it: the history no longer shows as pending a transaction that
// will never be mined. Recording it again changes nothing.
func TestDroppedTransactionReplacedAfterADeepReorgIsRecordedFailed(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r := &Rebalancer{p: Params{Store: st, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}, metrics: noMetrics{}}

	const vault, from = "0x00000000000000000000000000000000000000bb", "0x00000000000000000000000000000000000000aA"
	id, err := st.RecordDecision(ctx, store.Decision{Time: time.Unix(1000, 0), ChainID: 1, Vault: vault, Block: 42,
		Action: store.ActionRebalance, Reason: "gain beats gas", TotalAssets: big.NewInt(100),
		Sources: []string{"0x00000000000000000000000000000000000000c1"}, CurrentWeights: []float64{1}, TargetWeights: []float64{1},
		Targets: []*big.Int{big.NewInt(100)}, ConfigHash: "0x" + strings.Repeat("70", 32)})
	if err != nil {
		t.Fatal(err)
	}
	snd, _, err := st.CreateSend(ctx, store.Send{Key: sendKey("rebalance", id), DecisionID: id, ChainID: 1, From: from, To: vault,
		Data: []byte{1}, Value: new(big.Int), State: store.SendDecided})
	if err != nil {
		t.Fatal(err)
	}
	dropped, cancellation := "0x"+strings.Repeat("d1", 32), "0x"+strings.Repeat("c2", 32)
	for i, h := range []string{dropped, cancellation} {
		if _, err := st.AddAttempt(ctx, store.Attempt{SendID: snd.ID, Hash: h, Nonce: 7, TipCap: big.NewInt(1),
			FeeCap: big.NewInt(int64(2 + i)), Raw: []byte{byte(i)}, State: store.AttemptSent, CreatedAt: time.Unix(1000+int64(i), 0)}); err != nil {
			t.Fatal(err)
		}
	}
	// What the deep reorg left: the dropped transaction recorded as sent.
	why := "dropped by a reorg deeper than txmgr.confirmations (was in block 813); re-opened"
	if _, err := st.RecordTransaction(ctx, store.Transaction{DecisionID: id, Hash: dropped, Nonce: 7, Status: store.StatusSent,
		Error: why, SentAt: time.Unix(1000, 0)}); err != nil {
		t.Fatal(err)
	}
	nonce := uint64(7)
	snd.Nonce, snd.State, snd.TxHash, snd.Block = &nonce, store.SendReverted, cancellation, 817
	snd.BlockHash, snd.GasUsed, snd.GasPrice = "0x"+strings.Repeat("b1", 32), 21000, big.NewInt(3)
	snd.Error = "cancelled: its transaction left the canonical chain and would now revert: VaultPaused()"
	if err := st.UpdateSend(ctx, snd); err != nil {
		t.Fatal(err)
	}

	for i := 0; i < 2; i++ {
		rec, err := r.recordSend(ctx, snd)
		if err != nil || rec == nil || rec.Hash != cancellation || rec.Status != store.StatusReverted || rec.Block != 817 {
			t.Fatalf("recording the finished send (%d): %+v, %v", i+1, rec, err)
		}
		old, err := st.Transaction(ctx, dropped)
		if err != nil {
			t.Fatal(err)
		}
		if old.Status != store.StatusFailed || old.Block != 0 || !strings.HasPrefix(old.Error, why+"; replaced by "+cancellation) {
			t.Fatalf("the dropped transaction after recording the send (%d): %s in block %d (%q); want failed, replaced",
				i+1, old.Status, old.Block, old.Error)
		}
	}
}
