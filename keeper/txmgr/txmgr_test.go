package txmgr

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// revertCode is runtime bytecode that always reverts: PUSH1 0 PUSH1 0 REVERT.
var revertCode = []byte{0x60, 0x00, 0x60, 0x00, 0xfd}

var (
	reverter  = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	recipient = common.HexToAddress("0x00000000000000000000000000000000000000bb")
)

// env is a real in-process EVM (go-ethereum's simulated backend), a real
// SQLite journal and the dev signer. faultChain only injects failures on top
// of the real client.
type env struct {
	t       *testing.T
	backend *simulated.Backend
	chain   *faultChain
	signer  *signer.Dev
	store   *store.Store
	mining  atomic.Bool
	done    chan struct{}
	wg      sync.WaitGroup
	mu      sync.Mutex // serialises Commit with Fork
}

func newEnv(t *testing.T) *env {
	t.Helper()
	s, err := signer.NewDev(big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	alloc := types.GenesisAlloc{
		s.Address(): {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))},
		reverter:    {Code: revertCode},
	}
	b := simulated.NewBackend(alloc)
	st, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, backend: b, chain: &faultChain{Chain: b.Client()}, signer: s, store: st, done: make(chan struct{})}
	e.mining.Store(true)
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-e.done:
				return
			case <-tick.C:
				if e.mining.Load() {
					e.mu.Lock()
					b.Commit()
					e.mu.Unlock()
				}
			}
		}
	}()
	t.Cleanup(func() {
		close(e.done)
		e.wg.Wait()
		st.Close()
		b.Close()
	})
	return e
}

func (e *env) manager(cfg Config, j Journal) *Manager {
	e.t.Helper()
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 2 * time.Millisecond
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 2
	}
	if cfg.ResubmitTimeout == 0 {
		cfg.ResubmitTimeout = time.Hour
	}
	if j == nil {
		j = e.store
	}
	m, err := New(e.chain, big.NewInt(1337), e.signer, j, cfg, Options{})
	if err != nil {
		e.t.Fatal(err)
	}
	return m
}

func (e *env) nonce() uint64 {
	n, err := e.backend.Client().NonceAt(context.Background(), e.signer.Address(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) balance(a common.Address) *big.Int {
	b, err := e.backend.Client().BalanceAt(context.Background(), a, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func pay(key string, wei int64) Request {
	return Request{Key: key, To: recipient, Value: big.NewInt(wei)}
}

// faultChain forwards to a real client, letting a test drop or fail
// broadcasts.
type faultChain struct {
	Chain
	mu     sync.Mutex
	onSend func(tx *types.Transaction) (forward bool, err error)
	sent   []*types.Transaction
	// hideReceipts is how many receipt lookups still answer not found
	// (those made while hideWhen, when set, holds).
	hideReceipts int
	hideWhen     func() bool
	// fakeReceipts makes every receipt lookup answer a fabricated
	// "mined" receipt in the head block, as a lying node would.
	fakeReceipts bool
}

func (f *faultChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	f.mu.Lock()
	hook := f.onSend
	f.sent = append(f.sent, tx)
	f.mu.Unlock()
	if hook != nil {
		forward, err := hook(tx)
		if !forward {
			return err
		}
		if err != nil {
			if ferr := f.Chain.SendTransaction(ctx, tx); ferr != nil {
				return ferr
			}
			return err
		}
	}
	return f.Chain.SendTransaction(ctx, tx)
}

// TransactionReceipt answers not found for the first hideReceipts lookups,
// as a node whose receipt index lags its nonce does.
func (f *faultChain) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	f.mu.Lock()
	if f.fakeReceipts {
		f.mu.Unlock()
		head, err := f.Chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, err
		}
		return &types.Receipt{Status: types.ReceiptStatusSuccessful, TxHash: h, BlockNumber: head.Number, BlockHash: head.Hash(),
			TransactionIndex: 0, GasUsed: 99_999, EffectiveGasPrice: big.NewInt(7)}, nil
	}
	hide := f.hideReceipts > 0 && (f.hideWhen == nil || f.hideWhen())
	if hide {
		f.hideReceipts--
	}
	f.mu.Unlock()
	if hide {
		return nil, ethereum.NotFound
	}
	return f.Chain.TransactionReceipt(ctx, h)
}

func (f *faultChain) broadcasts() []*types.Transaction {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*types.Transaction(nil), f.sent...)
}

func attempts(t *testing.T, st *store.Store, key string) (store.Send, []store.Attempt) {
	t.Helper()
	snd, err := st.SendByKey(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	atts, err := st.Attempts(context.Background(), snd.ID)
	if err != nil {
		t.Fatal(err)
	}
	return snd, atts
}

func TestSendConfirmsAndRecordsEveryStep(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	before := e.balance(recipient)
	snd, err := m.Send(ctxT(t), pay("decision-1", 12345))
	if err != nil {
		t.Fatal(err)
	}
	if snd.State != store.SendConfirmed || snd.Nonce == nil || *snd.Nonce != 0 || snd.Block == 0 || snd.GasUsed != 21000 {
		t.Fatalf("send %+v", snd)
	}
	got, atts := attempts(t, e.store, "decision-1")
	if got.State != store.SendConfirmed || len(atts) != 1 || atts[0].State != store.AttemptMined || atts[0].Hash != snd.TxHash {
		t.Fatalf("journal: %+v %+v", got, atts)
	}
	if d := new(big.Int).Sub(e.balance(recipient), before); d.Int64() != 12345 {
		t.Errorf("recipient received %v", d)
	}
	// Gas limit carries the 20% margin over the estimate.
	if got.GasLimit != 21000*120/100 {
		t.Errorf("gas limit %d, want %d", got.GasLimit, 21000*120/100)
	}
}

func TestSameKeyIsSentOnce(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	first, err := m.Send(ctxT(t), pay("decision-7", 1))
	if err != nil {
		t.Fatal(err)
	}
	again, err := m.Send(ctxT(t), pay("decision-7", 999))
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != first.ID || again.TxHash != first.TxHash || e.nonce() != 1 {
		t.Errorf("second Send of the same key: %+v vs %+v, nonce %d", again, first, e.nonce())
	}
}

func TestSimulationRevertSendsNothing(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	decoded := 0
	m.decode = func(err error) string { decoded++; return "NotKeeper()" }
	_, err := m.Send(ctxT(t), Request{Key: "bad", To: reverter, Data: []byte{1, 2, 3, 4}})
	if !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "NotKeeper()") {
		t.Fatalf("err = %v, want ErrReverted naming the decoded reason", err)
	}
	snd, atts := attempts(t, e.store, "bad")
	if snd.State != store.SendFailed || len(atts) != 0 || !strings.Contains(snd.Error, "NotKeeper()") || snd.Nonce != nil {
		t.Errorf("journal after revert: %+v, %d attempts", snd, len(atts))
	}
	if len(e.chain.broadcasts()) != 0 || decoded != 1 {
		t.Errorf("%d broadcasts, decoder called %d times", len(e.chain.broadcasts()), decoded)
	}
	// The nonce was not consumed: the next send takes 0.
	ok, err := m.Send(ctxT(t), pay("good", 1))
	if err != nil || *ok.Nonce != 0 {
		t.Errorf("next send: %v nonce %v", err, ok.Nonce)
	}
}

func TestBaseFeeAboveCeilingDefersWithoutLosing(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{BaseFeeCeiling: big.NewInt(1)}, nil)
	_, err := m.Send(ctxT(t), pay("later", 5))
	if !errors.Is(err, ErrDeferred) || !strings.Contains(err.Error(), "above ceiling 1 wei") {
		t.Fatalf("err = %v, want ErrDeferred naming the ceiling", err)
	}
	snd, atts := attempts(t, e.store, "later")
	if snd.State != store.SendDecided || len(atts) != 0 || !strings.Contains(snd.Error, "deferred") {
		t.Fatalf("deferred send %+v, %d attempts", snd, len(atts))
	}
	// The fee falls (here: the ceiling is raised); Resume sends it.
	m2 := e.manager(Config{}, nil)
	if err := m2.Resume(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	if snd, _ = attempts(t, e.store, "later"); snd.State != store.SendConfirmed || snd.Error != "" {
		t.Errorf("after Resume: %+v", snd)
	}
}

// crashJournal fails every write after the first n, as if the process died
// there: nothing after that point happens.
type crashJournal struct {
	*store.Store
	left int
}

var errCrash = errors.New("crash")

func (c *crashJournal) write() error {
	if c.left == 0 {
		return errCrash
	}
	c.left--
	return nil
}

func (c *crashJournal) CreateSend(ctx context.Context, s store.Send) (store.Send, bool, error) {
	if err := c.write(); err != nil {
		return store.Send{}, false, err
	}
	return c.Store.CreateSend(ctx, s)
}

func (c *crashJournal) UpdateSend(ctx context.Context, s store.Send) error {
	if err := c.write(); err != nil {
		return err
	}
	return c.Store.UpdateSend(ctx, s)
}

func (c *crashJournal) AddAttempt(ctx context.Context, a store.Attempt) (int64, error) {
	if err := c.write(); err != nil {
		return 0, err
	}
	return c.Store.AddAttempt(ctx, a)
}

func (c *crashJournal) SetAttemptState(ctx context.Context, hash, state string) error {
	if err := c.write(); err != nil {
		return err
	}
	return c.Store.SetAttemptState(ctx, hash, state)
}

// TestCrashAtEveryStepResumesWithoutDoubleSend stops the manager at each
// journal write in turn, then starts a fresh manager on the same database
// (as a restarted keeper would) and resumes: the payment lands exactly once
// and a single transaction is ever signed.
func TestCrashAtEveryStepResumesWithoutDoubleSend(t *testing.T) {
	for n := 0; ; n++ {
		e := newEnv(t)
		before := e.balance(recipient)
		_, err := e.manager(Config{}, &crashJournal{Store: e.store, left: n}).Send(ctxT(t), pay("d", 777))
		if err == nil {
			if n < 6 {
				t.Fatalf("no crash point after %d writes; the send has fewer steps than expected", n)
			}
			return // every write point has been crashed at
		}
		if !errors.Is(err, errCrash) {
			t.Fatalf("crash after %d writes: %v", n, err)
		}
		restarted := e.manager(Config{}, nil)
		if err := restarted.Resume(ctxT(t)); err != nil {
			t.Fatalf("crash after %d writes: resume: %v", n, err)
		}
		if n == 0 {
			// Nothing was recorded: the caller's next tick re-decides.
			if _, err := restarted.Send(ctxT(t), pay("d", 777)); err != nil {
				t.Fatal(err)
			}
		}
		snd, atts := attempts(t, e.store, "d")
		signed := map[common.Hash]bool{}
		for _, tx := range e.chain.broadcasts() {
			signed[tx.Hash()] = true
		}
		if snd.State != store.SendConfirmed || len(atts) != 1 || len(signed) > 1 {
			t.Errorf("crash after %d writes: send %s, %d attempts, %d distinct broadcast txs", n, snd.State, len(atts), len(signed))
		}
		if got := new(big.Int).Sub(e.balance(recipient), before); got.Int64() != 777 || e.nonce() != 1 {
			t.Errorf("crash after %d writes: recipient got %v, nonce %d; want 777 once", n, got, e.nonce())
		}
	}
}

// TestStuckTransactionIsReplacedWithHigherFees: the node drops the first
// attempt; after the resubmission timeout a replacement with at least +10%
// tip and fee cap is signed and mined.
func TestStuckTransactionIsReplacedWithHigherFees(t *testing.T) {
	e := newEnv(t)
	// The clock jumps past the resubmission timeout when the first attempt
	// is lost, and stands still otherwise.
	var offset atomic.Int64
	var dropped atomic.Int32
	e.chain.onSend = func(tx *types.Transaction) (bool, error) {
		if dropped.Add(1) == 1 {
			offset.Store(int64(2 * time.Minute))
			return false, nil // accepted by the RPC, never reaches the pool
		}
		return true, nil
	}
	m := e.manager(Config{ResubmitTimeout: time.Minute}, nil)
	m.now = func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	snd, err := m.Send(ctxT(t), pay("stuck", 3))
	if err != nil {
		t.Fatal(err)
	}
	_, atts := attempts(t, e.store, "stuck")
	if snd.State != store.SendConfirmed || len(atts) != 2 || atts[0].State != store.AttemptReplaced ||
		atts[1].State != store.AttemptMined || snd.TxHash != atts[1].Hash || e.nonce() != 1 {
		t.Fatalf("send %+v attempts %+v", snd, atts)
	}
	for _, p := range [][2]*big.Int{{atts[0].TipCap, atts[1].TipCap}, {atts[0].FeeCap, atts[1].FeeCap}} {
		min := new(big.Int).Div(new(big.Int).Mul(p[0], big.NewInt(110)), big.NewInt(100))
		if p[1].Cmp(min) < 0 {
			t.Errorf("replacement fee %v < 110%% of %v", p[1], p[0])
		}
	}
	if atts[0].Nonce != atts[1].Nonce {
		t.Errorf("replacement changed the nonce: %d → %d", atts[0].Nonce, atts[1].Nonce)
	}
}

// TestFeeCapStopsBumpsAndRebroadcasts: at the fee cap, no more replacements
// are signed; the last attempt is re-broadcast until it is mined.
func TestFeeCapStopsBumpsAndRebroadcasts(t *testing.T) {
	e := newEnv(t)
	var n atomic.Int32
	var offset atomic.Int64
	e.chain.onSend = func(tx *types.Transaction) (bool, error) {
		offset.Add(int64(2 * time.Minute)) // every broadcast waits out the timeout
		return n.Add(1) > 4, nil           // the first four broadcasts are lost
	}
	m := e.manager(Config{ResubmitTimeout: time.Minute, MaxTipCap: big.NewInt(2e9), MaxFeeCap: big.NewInt(2e9)}, nil)
	m.now = func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	snd, err := m.Send(ctxT(t), pay("capped", 3))
	if err != nil {
		t.Fatal(err)
	}
	_, atts := attempts(t, e.store, "capped")
	for _, a := range atts {
		if a.FeeCap.Cmp(big.NewInt(2e9)) > 0 || a.TipCap.Cmp(big.NewInt(2e9)) > 0 {
			t.Errorf("attempt %s above the caps: tip %v fee %v", a.Hash, a.TipCap, a.FeeCap)
		}
	}
	if snd.State != store.SendConfirmed || len(atts) >= 5 {
		t.Errorf("send %s with %d attempts; want it mined with fewer attempts than broadcasts", snd.State, len(atts))
	}
}

func TestRPCErrorsAreClassified(t *testing.T) {
	t.Run("replacement underpriced bumps", func(t *testing.T) {
		e := newEnv(t)
		var n atomic.Int32
		e.chain.onSend = func(*types.Transaction) (bool, error) {
			if n.Add(1) == 1 {
				return false, errors.New("replacement transaction underpriced")
			}
			return true, nil
		}
		snd, err := e.manager(Config{}, nil).Send(ctxT(t), pay("u", 1))
		_, atts := attempts(t, e.store, "u")
		if err != nil || snd.State != store.SendConfirmed || len(atts) != 2 || atts[1].TipCap.Cmp(atts[0].TipCap) <= 0 {
			t.Errorf("err %v, send %s, %d attempts", err, snd.State, len(atts))
		}
	})
	t.Run("already known is success", func(t *testing.T) {
		e := newEnv(t)
		e.chain.onSend = func(*types.Transaction) (bool, error) { return true, errors.New("already known") }
		snd, err := e.manager(Config{}, nil).Send(ctxT(t), pay("k", 1))
		if err != nil || snd.State != store.SendConfirmed {
			t.Errorf("err %v, send %+v", err, snd)
		}
	})
	t.Run("insufficient funds keeps the send", func(t *testing.T) {
		e := newEnv(t)
		e.chain.onSend = func(*types.Transaction) (bool, error) {
			return false, errors.New("insufficient funds for gas * price + value")
		}
		m := e.manager(Config{}, nil)
		_, err := m.Send(ctxT(t), pay("f", 1))
		if err == nil || !strings.Contains(err.Error(), "top it up") {
			t.Fatalf("err = %v", err)
		}
		snd, atts := attempts(t, e.store, "f")
		if snd.State != store.SendSigned || len(atts) != 1 {
			t.Fatalf("after insufficient funds: %s, %d attempts", snd.State, len(atts))
		}
		e.chain.onSend = nil // topped up
		if err := m.Resume(ctxT(t)); err != nil {
			t.Fatal(err)
		}
		if snd, atts = attempts(t, e.store, "f"); snd.State != store.SendConfirmed || len(atts) != 1 {
			t.Errorf("after top-up: %s, %d attempts", snd.State, len(atts))
		}
	})
	t.Run("nonce too low from a stranger fails and re-syncs", func(t *testing.T) {
		e := newEnv(t)
		m := e.manager(Config{}, nil)
		// Someone else uses the key's nonce 0 behind the keeper's back,
		// after the keeper built its send but before it broadcast.
		e.chain.onSend = func(tx *types.Transaction) (bool, error) {
			e.chain.onSend = nil
			foreign := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: tx.Nonce(), GasTipCap: big.NewInt(1e9),
				GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &reverter, Value: big.NewInt(0)})
			ftx, err := e.signer.SignTx(context.Background(), big.NewInt(1337), foreign)
			if err != nil {
				t.Error(err)
			}
			if err := e.backend.Client().SendTransaction(context.Background(), ftx); err != nil {
				t.Error(err)
			}
			e.mu.Lock()
			e.backend.Commit()
			e.mu.Unlock()
			return false, errors.New("nonce too low")
		}
		_, err := m.Send(ctxT(t), pay("n", 1))
		if !errors.Is(err, ErrNonceTaken) {
			t.Fatalf("err = %v, want ErrNonceTaken", err)
		}
		snd, _ := attempts(t, e.store, "n")
		if snd.State != store.SendFailed || !strings.Contains(snd.Error, "nonce 0 is used on-chain") {
			t.Errorf("send %+v", snd)
		}
		next, err := m.Send(ctxT(t), pay("n2", 1))
		if err != nil || *next.Nonce != 1 {
			t.Errorf("next send: %v, nonce %v; want re-synced to 1", err, next.Nonce)
		}
	})
}

func TestForeignTransactionMovesTheNonce(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	if _, err := m.Send(ctxT(t), pay("a", 1)); err != nil {
		t.Fatal(err)
	}
	// The operator sends a transaction from the same key by hand.
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Nonce: 1, GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(1e11), Gas: 21000, To: &recipient, Value: big.NewInt(1)})
	signed, _ := e.signer.SignTx(context.Background(), big.NewInt(1337), tx)
	if err := e.backend.Client().SendTransaction(context.Background(), signed); err != nil {
		t.Fatal(err)
	}
	for e.nonce() < 2 {
		time.Sleep(5 * time.Millisecond)
	}
	snd, err := m.Send(ctxT(t), pay("b", 1))
	if err != nil || *snd.Nonce != 2 {
		t.Errorf("send after a foreign tx: %v, nonce %v; want 2", err, snd.Nonce)
	}
}

// TestReorgedReceiptIsResent: the block holding the mined attempt is dropped
// by a reorg; the manager notices before confirmation, re-broadcasts the same
// signed transaction and confirms it in the new chain.
func TestReorgedReceiptIsResent(t *testing.T) {
	e := newEnv(t)
	e.mining.Store(false)
	m := e.manager(Config{Confirmations: 3}, nil)
	ctx := ctxT(t)
	parent, err := e.backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		snd store.Send
		err error
	}
	res := make(chan result, 1)
	go func() { s, err := m.Send(ctx, pay("r", 42)); res <- result{s, err} }()

	// Mine the attempt into one block, and wait until the manager saw it.
	waitFor(t, func() bool { return len(e.chain.broadcasts()) == 1 })
	e.backend.Commit()
	waitFor(t, func() bool { s, _ := attempts(t, e.store, "r"); return s.State == store.SendMined })
	minedIn, _ := attempts(t, e.store, "r")

	// Reorg: fork from the parent and build a longer chain without it.
	e.mu.Lock()
	if err := e.backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	e.backend.Commit() // may or may not re-include the tx from the pool
	e.backend.Commit()
	e.mu.Unlock()
	e.mining.Store(true)
	r := <-res
	if r.err != nil {
		t.Fatal(r.err)
	}
	if r.snd.State != store.SendConfirmed || r.snd.BlockHash == minedIn.BlockHash || r.snd.TxHash != minedIn.TxHash {
		t.Errorf("after reorg: %+v (first mined in %s)", r.snd, minedIn.BlockHash)
	}
	if e.nonce() != 1 {
		t.Errorf("nonce %d, want 1", e.nonce())
	}
	canon, err := e.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(r.snd.Block))
	if err != nil || canon.Hash().Hex() != common.HexToHash(r.snd.BlockHash).Hex() {
		t.Errorf("recorded block %s is not canonical (%v)", r.snd.BlockHash, err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func TestConfigValidation(t *testing.T) {
	e := newEnv(t)
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{FeeBumpPercent: 5}, "FeeBumpPercent 5"},
		{Config{ResubmitTimeout: -time.Second}, "ResubmitTimeout -1s"},
		{Config{MinTipCap: big.NewInt(10), MaxTipCap: big.NewInt(5)}, "MaxTipCap 5"},
		{Config{MinTipCap: big.NewInt(1), MaxTipCap: big.NewInt(10), MaxFeeCap: big.NewInt(5)}, "MaxFeeCap 5"},
		{Config{BaseFeeCeiling: big.NewInt(0)}, "BaseFeeCeiling 0"},
	} {
		if _, err := New(e.chain, big.NewInt(1337), e.signer, e.store, tc.cfg, Options{}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.cfg, err, tc.want)
		}
	}
}

// A node that reports the nonce used a moment before it serves the receipt
// (anvil does) does not make a mined send look lost: the send is confirmed,
// not failed with ErrNonceTaken.
func TestReceiptLaggingTheNonceIsNotANonceTaken(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	e.chain.mu.Lock()
	e.chain.hideReceipts = 3 // more lookups than one poll makes once the nonce is used
	e.chain.hideWhen = func() bool { return e.nonce() > 0 }
	e.chain.mu.Unlock()
	snd, err := m.Send(ctxT(t), pay("lagging-receipt", 7))
	if err != nil || snd.State != store.SendConfirmed || e.nonce() != 1 {
		t.Fatalf("send %+v, %v; nonce %d", snd, err, e.nonce())
	}
}

// A node that drops the broadcast and fabricates a "mined" receipt (in the
// real head block, where the transaction is not) is not believed: nothing is
// recorded as mined, the send stays open, and once the node is honest the
// send, replaced once overdue, is confirmed at its true block with its true
// gas.
func TestFabricatedReceiptIsNotBelieved(t *testing.T) {
	e := newEnv(t)
	e.chain.mu.Lock()
	e.chain.fakeReceipts = true
	e.chain.onSend = func(*types.Transaction) (bool, error) { return false, nil } // accepted, then dropped
	e.chain.mu.Unlock()
	m := e.manager(Config{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	// The send is still waiting when the caller's deadline ends it (the
	// in-process RPC may word that as its pipe's i/o timeout).
	if _, err := m.Send(ctx, pay("lied-to", 5)); err == nil {
		t.Fatal("a send under a lying node finished")
	}
	snd, atts := attempts(t, e.store, "lied-to")
	if snd.State != store.SendSent || snd.TxHash != "" || snd.GasUsed != 0 || len(atts) != 1 || atts[0].State == store.AttemptMined {
		t.Fatalf("a fabricated receipt was recorded: %+v %+v", snd, atts)
	}
	e.chain.mu.Lock()
	e.chain.fakeReceipts, e.chain.onSend = false, nil
	e.chain.mu.Unlock()
	// The dropped attempt is replaced once it is overdue, and mined.
	if err := e.manager(Config{ResubmitTimeout: 20 * time.Millisecond}, nil).Resume(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	snd, atts = attempts(t, e.store, "lied-to")
	if snd.State != store.SendConfirmed || snd.GasUsed != 21000 || len(atts) < 2 || snd.TxHash != atts[len(atts)-1].Hash {
		t.Fatalf("after the node is honest: %+v, %d attempts", snd, len(atts))
	}
	r, err := e.backend.Client().TransactionReceipt(context.Background(), common.HexToHash(snd.TxHash))
	if err != nil || r.BlockNumber.Uint64() != snd.Block || r.BlockHash.Hex() != common.HexToHash(snd.BlockHash).Hex() {
		t.Fatalf("recorded block %d %s, chain says %v", snd.Block, snd.BlockHash, r)
	}
}

// blockTrap is init code for a contract whose every call succeeds up to
// block k and reverts after it.
func blockTrap(k byte) []byte {
	runtime := []byte{0x60, k, 0x43, 0x11, 0x60, 0x08, 0x57, 0x00, 0x5b, 0x60, 0x00, 0x60, 0x00, 0xfd}
	init := []byte{0x60, byte(len(runtime)), 0x60, 0x0c, 0x60, 0x00, 0x39, 0x60, byte(len(runtime)), 0x60, 0x00, 0xf3}
	return append(init, runtime...)
}

// A send whose mined transaction left the canonical chain is re-simulated
// before it is broadcast again; one that would now revert is cancelled by a
// zero-value transfer to itself at the same nonce, and ends reverted with
// the reason, so a fresh decision replaces it. (Here the transaction stays
// mined, as when the node re-includes it first: the send still ends on it.)
// Contract creation goes through the same journal: the trap's address is the
// one its nonce gives.
func TestReorgedSendThatWouldNowRevertIsCancelled(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	ctx := ctxT(t)
	head, err := e.backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Uint64() > 50 {
		t.Fatalf("head %d: the trap's block number is one byte", head.Number)
	}
	k := byte(head.Number.Uint64() + 200)
	created, err := m.Send(ctx, Request{Key: "trap", Create: true, Data: blockTrap(k)})
	if err != nil || created.State != store.SendConfirmed || !created.Create || created.To != "" {
		t.Fatalf("creating the trap: %+v, %v", created, err)
	}
	trap := crypto.CreateAddress(e.signer.Address(), *created.Nonce)
	if code, err := e.backend.Client().CodeAt(ctx, trap, nil); err != nil || len(code) != 14 {
		t.Fatalf("trap code at %s: %x, %v", trap.Hex(), code, err)
	}
	snd, err := m.Send(ctx, Request{Key: "call", To: trap})
	if err != nil || snd.State != store.SendConfirmed {
		t.Fatalf("calling the trap before block %d: %+v, %v", k, snd, err)
	}
	waitFor(t, func() bool {
		h, err := e.backend.Client().HeaderByNumber(ctx, nil)
		return err == nil && h.Number.Uint64() > uint64(k)
	})
	snd, err = m.reopen(ctx, snd)
	if err != nil || snd.State != store.SendSigned || !strings.HasPrefix(snd.Error, cancelledPrefix) {
		t.Fatalf("reopened: %+v, %v", snd, err)
	}
	_, atts := attempts(t, e.store, "call")
	last, err := decodeRaw(atts[len(atts)-1])
	if err != nil {
		t.Fatal(err)
	}
	if last.To() == nil || *last.To() != e.signer.Address() || last.Value().Sign() != 0 || last.Nonce() != *snd.Nonce ||
		last.GasFeeCap().Cmp(atts[0].FeeCap) <= 0 {
		t.Fatalf("cancellation %+v", last)
	}
	final, err := m.drive(ctx, snd)
	if err != nil && !errors.Is(err, ErrReverted) {
		t.Fatal(err)
	}
	if final.State != store.SendReverted || !strings.Contains(final.Error, "would now revert") || e.nonce() != 2 {
		t.Fatalf("after the cancellation: %+v, nonce %d", final, e.nonce())
	}
}

// A send whose transaction the node dropped is cancelled: the zero-value
// transfer to itself is mined at its nonce, nothing reaches the recipient,
// and the send ends reverted with the reason.
func TestCancelledSendUsesItsNonceOnATransferToItself(t *testing.T) {
	e := newEnv(t)
	e.chain.mu.Lock()
	e.chain.onSend = func(*types.Transaction) (bool, error) { return false, nil }
	e.chain.mu.Unlock()
	m := e.manager(Config{}, nil)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if _, err := m.Send(ctx, pay("dropped", 99)); err == nil {
		t.Fatal("the dropped send finished")
	}
	e.chain.mu.Lock()
	e.chain.onSend = nil
	e.chain.mu.Unlock()
	before := e.balance(recipient)
	snd, _ := attempts(t, e.store, "dropped")
	m2 := e.manager(Config{}, nil)
	snd, err := m2.cancel(ctxT(t), snd, "test")
	if err != nil {
		t.Fatal(err)
	}
	final, err := m2.drive(ctxT(t), snd)
	if err != nil && !errors.Is(err, ErrReverted) {
		t.Fatal(err)
	}
	if final.State != store.SendReverted || final.Error != cancelledPrefix+"test" || e.nonce() != 1 || e.balance(recipient).Cmp(before) != 0 {
		t.Fatalf("cancelled send %+v, nonce %d, recipient %v → %v", final, e.nonce(), before, e.balance(recipient))
	}
}

// A reorg deeper than the confirmations that takes a confirmed send's block
// is found by Recheck: a send re-included elsewhere is recorded at its new
// block; a dropped one is re-opened and, resumed, confirmed again on the
// canonical chain. Either way the journal ends where the chain is, with the
// nonce used once.
func TestDeepReorgOfAConfirmedSendIsFound(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{Confirmations: 2}, nil)
	ctx := ctxT(t)
	snd, err := m.Send(ctx, pay("deep", 3))
	if err != nil || snd.State != store.SendConfirmed {
		t.Fatalf("send: %+v, %v", snd, err)
	}
	parent, err := e.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(snd.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := m.Recheck(ctx); err != nil || len(got) != 0 {
		t.Fatalf("recheck before any reorg: %+v, %v", got, err)
	}
	e.mining.Store(false)
	e.mu.Lock()
	if err := e.backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ { // longer than the old chain: deeper than 2 confirmations
		e.backend.Commit()
	}
	e.mu.Unlock()
	e.mining.Store(true)
	got, err := m.Recheck(ctx)
	if err != nil || len(got) != 1 || got[0].WasHash != snd.TxHash || got[0].WasBlock != snd.Block {
		t.Fatalf("recheck after the reorg: %+v, %v", got, err)
	}
	if !got[0].Moved {
		if got[0].Send.State == store.SendConfirmed {
			t.Fatalf("dropped send still confirmed: %+v", got[0].Send)
		}
		if err := m.Resume(ctx); err != nil {
			t.Fatal(err)
		}
	}
	final, _ := attempts(t, e.store, "deep")
	canon, err := e.backend.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(final.Block))
	if err != nil || final.State != store.SendConfirmed || canon.Hash() != common.HexToHash(final.BlockHash) || e.nonce() != 1 {
		t.Fatalf("after the deep reorg (moved %v): %+v, canonical %v, nonce %d", got[0].Moved, final, canon, e.nonce())
	}
}

// SendAccepted takes a result, "already known" and "nonce too low" as a
// node that has the transaction, and nothing else.
func TestSendAccepted(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, true}, {errors.New("already known"), true}, {errors.New("nonce too low: next nonce 5, tx nonce 4"), true},
		{errors.New("replacement transaction underpriced"), false}, {errors.New("insufficient funds for gas * price + value"), false},
		{errors.New("connection refused"), false},
	} {
		if got := SendAccepted(tc.err); got != tc.want {
			t.Errorf("SendAccepted(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
