package fleet_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/fleet"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// keptFleet is a fleet whose vaults all have one dev key as their keeper
// role, and sending keepers for them that share one transaction manager.
type keptFleet struct {
	*testFleet
	st      *store.Store
	signer  *signer.Dev
	senders *txmgr.Senders
	cfg     config.Config // f.cfg with a receipt timeout the test's rounds fit in
}

func startKeptFleet(t *testing.T, n int) *keptFleet {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil")
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	f := deployFleetKeptBy(t, n, crypto.PubkeyToAddress(key.PublicKey))
	dev, err := signer.NewDevFromKey(key, f.chain.ID)
	if err != nil {
		t.Fatal(err)
	}
	f.node.Call(t, nil, "anvil_setBalance", dev.Address(), (*hexutil.Big)(new(big.Int).Lsh(big.NewInt(1), 80)))
	f.node.Mine(t)
	k := &keptFleet{testFleet: f, st: openStore(t, f.cfg), signer: dev, senders: &txmgr.Senders{}, cfg: *f.cfg}
	k.cfg.Rebalance.ReceiptTimeout = config.Duration(3 * time.Minute)
	return k
}

// fleet makes a sending keeper for every vault, all with k.senders, and a
// fleet ticking them all at once.
func (k *keptFleet) fleet(t *testing.T) *fleet.Fleet {
	t.Helper()
	var vs []fleet.Vault
	for i, v := range k.vaults {
		r, err := rebalancer.New(context.Background(), rebalancer.Params{Config: &k.cfg, Chain: k.node.Client, Vault: v.addr,
			Sources: v.sources, Store: k.st, Signer: k.signer, Senders: k.senders, Log: quiet, UnsettledHead: true})
		if err != nil {
			t.Fatal(err)
		}
		vs = append(vs, fleet.Vault{Name: fmt.Sprintf("vault-%d", i), Keeper: r})
	}
	fl, err := fleet.New(vs, fleet.Config{Concurrency: len(vs), VaultTimeout: 4 * time.Minute}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	return fl
}

// mineWhile seals a block every few milliseconds until the returned stop is
// called.
func (k *keptFleet) mineWhile(t *testing.T) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for ctx.Err() == nil {
			_ = k.node.RPC.CallContext(ctx, nil, "evm_mine")
			time.Sleep(30 * time.Millisecond)
		}
	}()
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(stop)
	return stop
}

// depositMore adds a deposit to every vault and moves the chain past the
// vaults' cooldown, so that each decides a rebalance again.
func (k *keptFleet) depositMore(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	d := k.funder
	amount := devchain.Tokens(k.cfg.Chain.Embedded.Deposit)
	if err := k.chain.Mint(ctx, d.from, new(big.Int).Mul(amount, big.NewInt(int64(len(k.vaults))))); err != nil {
		t.Fatal(err)
	}
	token, err := bindings.NewMockStablecoin(k.chain.Token, k.node.Client)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range k.vaults {
		vault, err := bindings.NewVault(v.addr, k.node.Client)
		if err != nil {
			t.Fatal(err)
		}
		d.send(func(o *bind.TransactOpts) (*types.Transaction, error) { return token.Approve(o, v.addr, amount) })
		d.send(func(o *bind.TransactOpts) (*types.Transaction, error) { return vault.Deposit(o, amount, d.from) })
	}
	d.flush()
	k.node.Call(t, nil, "evm_increaseTime", 2*3600)
	k.node.Mine(t)
	k.node.Mine(t) // the keepers read the head's parent (UnsettledHead)
}

// keeperSends is the journal's sends from the keeper key, oldest first.
func (k *keptFleet) keeperSends(t *testing.T) []store.Send {
	t.Helper()
	all, err := k.st.RecentSends(context.Background(), 10_000)
	if err != nil {
		t.Fatal(err)
	}
	var out []store.Send
	for i := len(all) - 1; i >= 0; i-- {
		if strings.EqualFold(all[i].From, k.signer.Address().Hex()) {
			out = append(out, all[i])
		}
	}
	return out
}

// checkNonces checks that the journal's sends are all confirmed, at the
// nonces 0..n−1 (n the chain's count of the key's transactions), each with
// a successful receipt of a transaction from the key at its nonce.
func (k *keptFleet) checkNonces(t *testing.T, sends []store.Send) {
	t.Helper()
	ctx := context.Background()
	n, err := k.node.Client.NonceAt(ctx, k.signer.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(len(sends)) != n {
		t.Fatalf("the journal has %d sends from the key, the chain %d transactions", len(sends), n)
	}
	seen := map[uint64]string{}
	for _, s := range sends {
		if s.State != store.SendConfirmed || s.Nonce == nil {
			t.Fatalf("send %s: %s (%s), nonce %v", s.Key, s.State, s.Error, s.Nonce)
		}
		if other, dup := seen[*s.Nonce]; dup || *s.Nonce >= n {
			t.Fatalf("send %s has nonce %d (also held by %q), the chain counts %d", s.Key, *s.Nonce, other, n)
		}
		seen[*s.Nonce] = s.Key
		rcpt, err := k.node.Client.TransactionReceipt(ctx, common.HexToHash(s.TxHash))
		if err != nil || rcpt.Status != types.ReceiptStatusSuccessful || rcpt.BlockNumber.Uint64() != s.Block {
			t.Fatalf("send %s: receipt %+v, %v; the journal says block %d", s.Key, rcpt, err, s.Block)
		}
		tx, _, err := k.node.Client.TransactionByHash(ctx, common.HexToHash(s.TxHash))
		if err != nil || tx.Nonce() != *s.Nonce || !strings.EqualFold(tx.To().Hex(), s.To) {
			t.Fatalf("send %s: transaction %v, %v; the journal says nonce %d to %s", s.Key, tx, err, *s.Nonce, s.To)
		}
	}
}

// Vaults kept with one key tick concurrently, round after round, each
// sending a rebalance every round through the key's one transaction
// manager: every decided rebalance is mined exactly once, the key's nonces
// are 0..n−1 without a gap or a duplicate, and the journal, the history and
// the chain agree.
func TestVaultsOnOneKeyShareOneNonceSequence(t *testing.T) {
	const vaults, rounds = 4, 3
	k := startKeptFleet(t, vaults)
	fl := k.fleet(t)
	decided := map[int64]string{} // rebalance decisions → their vault
	for round := range rounds {
		if round > 0 {
			k.depositMore(t)
		}
		stop := k.mineWhile(t)
		res := fl.Round(context.Background(), false)
		stop()
		for _, r := range res {
			d := r.Outcome.Decision
			if r.Err != nil || d.Action != rebalancer.ActionRebalance || r.Outcome.Tx == nil || r.Outcome.Tx.Status != store.StatusMined {
				t.Fatalf("round %d, %s: %s (%s), tx %+v, %v", round, r.Vault, d.Action, d.Reason, r.Outcome.Tx, r.Err)
			}
			decided[d.ID] = d.Vault
		}
	}
	sends := k.keeperSends(t)
	k.checkNonces(t, sends)
	if len(sends) != vaults*rounds || len(decided) != vaults*rounds {
		t.Fatalf("%d sends for %d rebalance decisions, want %d", len(sends), len(decided), vaults*rounds)
	}
	for _, s := range sends {
		vault, ok := decided[s.DecisionID]
		if !ok || !strings.EqualFold(vault, s.To) || s.Key != fmt.Sprintf("rebalance/decision-%d", s.DecisionID) {
			t.Fatalf("send %s (decision %d, to %s) is not one of the decided rebalances", s.Key, s.DecisionID, s.To)
		}
		delete(decided, s.DecisionID) // a second send of one decision is not found again
		tx, err := k.st.Transaction(context.Background(), s.TxHash)
		if err != nil || tx.DecisionID != s.DecisionID || tx.Status != store.StatusMined || tx.Nonce != *s.Nonce {
			t.Fatalf("history of send %s: %+v, %v", s.Key, tx, err)
		}
	}
}

// clock is a txmgr.Options.Now the test moves forward.
type clock struct{ ahead atomic.Int64 }

func (c *clock) now() time.Time          { return time.Now().Add(time.Duration(c.ahead.Load())) }
func (c *clock) advance(d time.Duration) { c.ahead.Add(int64(d)) }

// A send of one vault that the node loses (its first attempt dropped from
// the pool, and with it, by anvil, the sends above its nonce) holds back
// the other vaults' sends only until the replacement rules run: the others
// are built, signed and sent meanwhile (none waits on the lost one's
// driver), nothing is mined while the nonce is missing, and once
// resubmit_timeout has passed (on the manager's clock) every send is
// replaced once and all are mined in the first block sealed after that.
func TestStuckSendHoldsOthersOnlyUntilItsBump(t *testing.T) {
	const vaults = 3
	const resubmit = time.Hour // never reached on the wall clock
	k := startKeptFleet(t, vaults)
	clk := &clock{}
	if _, err := k.senders.Manager(k.node.Client, k.chain.ID, k.signer, k.st,
		txmgr.Config{ResubmitTimeout: resubmit, PollInterval: 20 * time.Millisecond, Confirmations: 1, SimulatePending: true},
		txmgr.Options{Log: quiet, Now: clk.now}); err != nil {
		t.Fatal(err)
	}
	fl := k.fleet(t)
	var res []fleet.Result
	done := make(chan struct{})
	go func() { defer close(done); res = fl.Round(context.Background(), false) }()

	// Every vault's rebalance is broadcast, no block being sealed.
	waitUntil(t, "every vault's send broadcast", func() bool {
		s := k.keeperSends(t)
		return len(s) == vaults && all(s, func(s store.Send) bool { return s.State == store.SendSent })
	})
	sends := k.keeperSends(t)
	var stuck store.Send
	for _, s := range sends {
		if *s.Nonce == 0 {
			stuck = s
		}
	}
	first := attemptsOf(t, k.st, stuck)
	if len(first) != 1 {
		t.Fatalf("send %s has %d attempts before any bump", stuck.Key, len(first))
	}
	// The node loses the lowest nonce's transaction: the others, above
	// it, cannot be mined.
	k.node.Call(t, nil, "anvil_dropTransaction", common.HexToHash(first[0].Hash))
	k.node.Mine(t)
	if n, err := k.node.Client.NonceAt(context.Background(), k.signer.Address(), nil); err != nil || n != 0 {
		t.Fatalf("the key's nonce is %d (%v) with its nonce 0 lost", n, err)
	}
	for _, s := range k.keeperSends(t) {
		if s.State != store.SendSent {
			t.Fatalf("send %s is %s with the lowest nonce lost", s.Key, s.State)
		}
	}

	// anvil drops the lost transaction's dependants from its pool with it:
	// the others come back by their own bumps.
	var pool struct{ Pending, Queued hexutil.Uint64 }
	if k.node.Call(t, &pool, "txpool_status"); pool.Pending+pool.Queued != 0 {
		t.Fatalf("the pool holds %+v transactions after the lowest nonce's was dropped", pool)
	}
	// resubmit_timeout passes: every send is replaced, once.
	clk.advance(resubmit)
	waitUntil(t, "every send's replacement broadcast", func() bool {
		return all(k.keeperSends(t), func(s store.Send) bool {
			a := attemptsOf(t, k.st, s)
			return len(a) == 2 && a[1].State == store.AttemptSent
		})
	})
	var head uint64
	k.node.Call(t, (*hexutil.Uint64)(&head), "eth_blockNumber")
	k.node.Mine(t)
	bumped := head + 1
	// Confirmations 1: every send is confirmed in the block just sealed.
	<-done
	for _, r := range res {
		if r.Err != nil || r.Outcome.Tx == nil || r.Outcome.Tx.Status != store.StatusMined {
			t.Fatalf("%s: %s (%s), tx %+v, %v", r.Vault, r.Outcome.Decision.Action, r.Outcome.Decision.Reason, r.Outcome.Tx, r.Err)
		}
	}
	sends = k.keeperSends(t)
	k.checkNonces(t, sends)
	for _, s := range sends {
		a := attemptsOf(t, k.st, s)
		if s.Block != bumped || len(a) > 2 {
			t.Fatalf("send %s (nonce %d) mined in block %d after %d attempts; want block %d, the first after one bump each",
				s.Key, *s.Nonce, s.Block, len(a), bumped)
		}
	}
	if s, _ := k.st.SendByKey(context.Background(), stuck.Key); s.TxHash == first[0].Hash {
		t.Fatalf("the lost attempt %s was mined", s.TxHash)
	}
}

func attemptsOf(t *testing.T, st *store.Store, s store.Send) []store.Attempt {
	t.Helper()
	a, err := st.Attempts(context.Background(), s.ID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func all(ss []store.Send, ok func(store.Send) bool) bool {
	for _, s := range ss {
		if !ok(s) {
			return false
		}
	}
	return true
}

// waitUntil polls cond; it fails the test when cond does not hold within a
// minute (a bound on a hung test, not a timing assertion).
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not reached within a minute: %s", what)
		}
	}
}
