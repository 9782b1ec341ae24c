package txmgr

import (
	"bytes"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Many callers sending through one Manager at once (vaults kept with one
// key), while others Resume, take distinct nonces 0..n−1, each send signed
// once and confirmed, and the chain's nonce is n.
func TestConcurrentSendsTakeDistinctNonces(t *testing.T) {
	const n = 16
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	ctx := ctxT(t)
	var wg sync.WaitGroup
	errs := make(chan error, n+2)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := m.Send(ctx, pay(fmt.Sprintf("vault-%d", i), int64(i+1))); err != nil {
				errs <- err
			}
		}()
	}
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := m.Resume(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	held := map[uint64]string{}
	for i := range n {
		snd, atts := attempts(t, e.store, fmt.Sprintf("vault-%d", i))
		if snd.State != store.SendConfirmed || snd.Nonce == nil || len(atts) != 1 {
			t.Fatalf("%s: %s, nonce %v, %d attempts", snd.Key, snd.State, snd.Nonce, len(atts))
		}
		if other, dup := held[*snd.Nonce]; dup || *snd.Nonce >= n {
			t.Fatalf("%s took nonce %d (held by %q)", snd.Key, *snd.Nonce, other)
		}
		held[*snd.Nonce] = snd.Key
	}
	if got := e.nonce(); got != n {
		t.Fatalf("chain nonce %d, want %d", got, n)
	}
}

// Senders gives every caller of one (chain, key) the same Manager, made with
// the first caller's config, and another key its own.
func TestSendersOneManagerPerKey(t *testing.T) {
	e := newEnv(t)
	var s Senders
	id := big.NewInt(1337)
	a, err := s.Manager(e.chain, id, e.signer, e.store, Config{Confirmations: 1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	warned := slog.New(slog.NewTextHandler(&logs, nil))
	if same, err := s.Manager(e.chain, id, e.signer, e.store, Config{Confirmations: 1}, Options{Log: warned}); err != nil || same != a || logs.Len() != 0 {
		t.Fatalf("a caller with the same config: %p, %v, logged %q", same, err, logs.String())
	}
	b, err := s.Manager(e.chain, id, e.signer, e.store, Config{Confirmations: 5}, Options{Log: warned})
	if err != nil || b != a || b.Config().Confirmations != 1 {
		t.Fatalf("second caller of the key got %p (confirmations %d), %v; want the first's %p", b, b.Config().Confirmations, err, a)
	}
	if !strings.Contains(logs.String(), "differ from those of the sender") {
		t.Errorf("a caller whose config differs is not warned: %q", logs.String())
	}
	if c, err := s.Manager(e.chain, id, mustDev(t, id), e.store, Config{}, Options{}); err != nil || c == a {
		t.Fatalf("another key got %p, %v; want a manager of its own", c, err)
	}
	if _, err := s.Manager(e.chain, id, mustDev(t, id), e.store, Config{FeeBumpPercent: 5}, Options{}); err == nil {
		t.Fatal("an invalid config made a manager")
	}
}

func mustDev(t *testing.T, id *big.Int) *signer.Dev {
	t.Helper()
	d, err := signer.NewDev(id)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Sends of several vaults on one key, left open by a crash out of nonce
// order: ResumeFor of one vault drives its own and those below it in nonce
// order and leaves the one above; Resume at start finishes them all.
func TestResumeForDrivesOwnSendsAndThoseBelow(t *testing.T) {
	e := newEnv(t)
	m := e.manager(Config{}, nil)
	e.journalBuilt("a/1", 1, 1)
	e.journalBuilt("b/0", 0, 2)
	e.journalBuilt("c/2", 2, 3)
	mine := func(s store.Send) bool { return strings.HasPrefix(s.Key, "a/") }
	if err := m.ResumeFor(ctxT(t), mine); err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]string{"a/1": store.SendConfirmed, "b/0": store.SendConfirmed, "c/2": store.SendBuilt} {
		if snd, atts := attempts(t, e.store, key); snd.State != want || (want == store.SendBuilt && len(atts) != 0) {
			t.Fatalf("%s after vault a's ResumeFor: %s, %d attempts; want %s", key, snd.State, len(atts), want)
		}
	}
	if err := m.Resume(ctxT(t)); err != nil {
		t.Fatal(err)
	}
	if snd, _ := attempts(t, e.store, "c/2"); snd.State != store.SendConfirmed || e.nonce() != 3 {
		t.Fatalf("c/2 after Resume: %s; chain nonce %d", snd.State, e.nonce())
	}
}
