package txmgr

import (
	"fmt"
	"math/big"
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
	b, err := s.Manager(e.chain, id, e.signer, e.store, Config{Confirmations: 5}, Options{})
	if err != nil || b != a || b.Config().Confirmations != 1 {
		t.Fatalf("second caller of the key got %p (confirmations %d), %v; want the first's %p", b, b.Config().Confirmations, err, a)
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
