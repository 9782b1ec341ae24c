package txmgr

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// journalBuilt records a send in state built at nonce n, as the journal
// holds one whose nonce was taken before a crash.
func (e *env) journalBuilt(key string, n uint64, wei int64) store.Send {
	e.t.Helper()
	snd, _, err := e.store.CreateSend(context.Background(), store.Send{Key: key, ChainID: 1337, From: e.signer.Address().Hex(),
		To: recipient.Hex(), Value: big.NewInt(wei), Nonce: &n, GasLimit: 21_000, State: store.SendBuilt})
	if err != nil {
		e.t.Fatal(err)
	}
	return snd
}

// gapFillers are the sends the manager recorded to fill nonce gaps.
func gapFillers(t *testing.T, st *store.Store) []store.Send {
	t.Helper()
	all, err := st.RecentSends(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	var out []store.Send
	for _, s := range all {
		if strings.HasPrefix(s.Key, gapKeyPrefix) {
			out = append(out, s)
		}
	}
	return out
}

type gapCounter struct {
	NoMetrics
	mu          sync.Mutex
	gaps        int
	transitions []string
}

func (g *gapCounter) NonceGap() { g.mu.Lock(); g.gaps++; g.mu.Unlock() }
func (g *gapCounter) SendState(from, to string) {
	g.mu.Lock()
	g.transitions = append(g.transitions, from+">"+to)
	g.mu.Unlock()
}

// A send waits at nonce 1 and nothing of the keeper's holds nonce 0 (the
// journal lost it): Resume fills nonce 0 with a zero-value transfer to
// itself, then the waiting send is mined behind it.
func TestNonceGapBehindAnOpenSendIsFilled(t *testing.T) {
	e := newEnv(t)
	met := &gapCounter{}
	m := e.manager(Config{}, nil)
	m.metrics = met
	e.journalBuilt("late", 1, 5)
	if err := m.Resume(ctxT(t)); err != nil {
		t.Fatalf("resume with a nonce gap: %v", err)
	}
	late, _ := attempts(t, e.store, "late")
	if late.State != store.SendConfirmed || e.nonce() != 2 {
		t.Fatalf("the send behind the gap: %s (%s), chain nonce %d; want confirmed, 2", late.State, late.Error, e.nonce())
	}
	fill := gapFillers(t, e.store)
	if len(fill) != 1 || fill[0].State != store.SendConfirmed || *fill[0].Nonce != 0 || fill[0].Value.Sign() != 0 ||
		common.HexToAddress(fill[0].To) != e.signer.Address() {
		t.Fatalf("gap fillers: %+v; want one confirmed zero-value transfer to itself at nonce 0", fill)
	}
	tx, _, err := e.backend.Client().TransactionByHash(context.Background(), common.HexToHash(fill[0].TxHash))
	if err != nil || tx.Nonce() != 0 || *tx.To() != e.signer.Address() || tx.Value().Sign() != 0 {
		t.Fatalf("the filler on-chain: %v, %v", tx, err)
	}
	if met.gaps != 1 {
		t.Errorf("nonce gaps counted: %d, want 1", met.gaps)
	}
	// Nothing is missing any more: a second Resume finds no gap.
	if err := m.Resume(ctxT(t)); err != nil || len(gapFillers(t, e.store)) != 1 || met.gaps != 1 {
		t.Fatalf("second resume: %v, %d fillers, %d gaps", err, len(gapFillers(t, e.store)), met.gaps)
	}
}

// The journal says the send at nonce 0 is confirmed, but its transaction is
// on no chain (a reorg deeper than the confirmations dropped it, outside
// Recheck's window): Resume re-opens it and it is mined again, before the
// send waiting behind it.
func TestNonceGapOfADroppedConfirmedSendReopensIt(t *testing.T) {
	e := newEnv(t)
	met := &gapCounter{}
	m := e.manager(Config{}, nil)
	m.metrics = met
	ctx := context.Background()
	lost := e.journalBuilt("lost", 0, 7)
	tx, err := e.signer.SignTx(ctx, big.NewInt(1337), types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 0,
		GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e11), Gas: 21_000, To: &recipient, Value: big.NewInt(7)}))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := tx.MarshalBinary()
	if _, err := e.store.AddAttempt(ctx, store.Attempt{SendID: lost.ID, Hash: tx.Hash().Hex(), Nonce: 0, TipCap: tx.GasTipCap(),
		FeeCap: tx.GasFeeCap(), Raw: raw, State: store.AttemptMined}); err != nil {
		t.Fatal(err)
	}
	lost.State, lost.TxHash, lost.Block, lost.BlockHash = store.SendConfirmed, tx.Hash().Hex(), 1, common.Hash{1}.Hex()
	lost.GasUsed, lost.GasPrice = 21_000, big.NewInt(1e9)
	if err := e.store.UpdateSend(ctx, lost); err != nil {
		t.Fatal(err)
	}
	e.journalBuilt("behind", 1, 5)
	if err := m.Resume(ctxT(t)); err != nil {
		t.Fatalf("resume: %v", err)
	}
	got, _ := attempts(t, e.store, "lost")
	canon, err := e.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(got.Block))
	if got.State != store.SendConfirmed || got.TxHash != tx.Hash().Hex() || err != nil || canon.Hash() != common.HexToHash(got.BlockHash) {
		t.Fatalf("the dropped send: %+v (canonical %v, %v); want confirmed again in a canonical block", got, canon, err)
	}
	if behind, _ := attempts(t, e.store, "behind"); behind.State != store.SendConfirmed || e.nonce() != 2 {
		t.Fatalf("the send behind: %s, chain nonce %d", behind.State, e.nonce())
	}
	if f := gapFillers(t, e.store); len(f) != 0 {
		t.Errorf("fillers %+v; want none: the dropped send itself takes its nonce", f)
	}
	reopened := false
	for _, tr := range met.transitions {
		reopened = reopened || tr == store.SendConfirmed+">"+store.SendSent
	}
	if met.gaps != 1 || !reopened {
		t.Errorf("gaps %d, transitions %v; want one gap and confirmed>sent (the deep-reorg alarm)", met.gaps, met.transitions)
	}
}

// lagNonces makes the node's latest and pending nonces answer a fixed
// stale value, as a lagging node does.
type lagNonces struct {
	*faultChain
	stale uint64
}

func (l lagNonces) NonceAt(context.Context, common.Address, *big.Int) (uint64, error) {
	return l.stale, nil
}
func (l lagNonces) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return l.stale, nil
}

// A node whose nonces lag its receipts is not a gap: the send that holds
// the "missing" nonce is on the chain, so nothing is sent to fill it.
func TestLaggingNonceIsNotAGap(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	if snd, err := m.Send(ctxT(t), pay("first", 1)); err != nil || *snd.Nonce != 0 {
		t.Fatalf("first send: %+v, %v", snd, err)
	}
	e.journalBuilt("second", 1, 2)
	met := &gapCounter{}
	m.chain, m.metrics = lagNonces{faultChain: e.chain, stale: 0}, met
	if err := m.Resume(ctxT(t)); err != nil {
		t.Fatalf("resume: %v", err)
	}
	if f := gapFillers(t, e.store); len(f) != 0 {
		t.Fatalf("fillers %+v; want none", f)
	}
	if second, _ := attempts(t, e.store, "second"); second.State != store.SendConfirmed || e.nonce() != 2 {
		t.Fatalf("second send: %s, chain nonce %d", second.State, e.nonce())
	}
}

// A journal whose open send sits far above the chain's nonce (a node on
// another chain, or a reset one) is not "filled" with thousands of
// transfers: Resume says so and sends nothing.
func TestHugeNonceGapIsRefused(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	e.journalBuilt("far", maxGapScan+5, 1)
	err := m.Resume(ctxT(t))
	if err == nil || !strings.Contains(err.Error(), "not filling so many") {
		t.Fatalf("resume: %v; want the gap refused", err)
	}
	if f := gapFillers(t, e.store); len(f) != 0 || len(e.chain.broadcasts()) != 0 {
		t.Fatalf("fillers %d, broadcasts %d; want none", len(f), len(e.chain.broadcasts()))
	}
}
