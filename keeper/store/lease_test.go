package store

import (
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLeaseTerms: a free lease goes to the first holder with token 1; a
// second holder is refused while it lasts, with the holder and expiry
// named; the holder renews within its term; after expiry the second takes
// it with token 2, and the first can neither renew nor release it. A
// release lets the next holder in at once.
func TestLeaseTerms(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		now := t0
		fakeClock(s, &now)
		const ttl = 10 * time.Second
		a, err := s.AcquireLease(ctx, "chain-1/0xkey", "keeper-a", ttl)
		if err != nil || a.Token != 1 || !a.Expires.Equal(now.Add(ttl)) {
			t.Fatalf("first acquire: %+v, %v", a, err)
		}
		now = now.Add(5 * time.Second)
		if _, err := s.AcquireLease(ctx, "chain-1/0xkey", "keeper-b", ttl); !errors.Is(err, ErrLeaseHeld) || !strings.Contains(err.Error(), "keeper-a until") {
			t.Fatalf("b while a holds: %v", err)
		}
		if a, err = s.RenewLease(ctx, a, ttl); err != nil || a.Token != 1 || !a.Expires.Equal(now.Add(ttl)) {
			t.Fatalf("renew: %+v, %v", a, err)
		}
		if again, err := s.AcquireLease(ctx, "chain-1/0xkey", "keeper-a", ttl); err != nil || again.Token != 1 {
			t.Fatalf("a re-acquiring within its term: %+v, %v", again, err)
		}
		now = now.Add(ttl + time.Nanosecond)
		b, err := s.AcquireLease(ctx, "chain-1/0xkey", "keeper-b", ttl)
		if err != nil || b.Token != 2 || b.Holder != "keeper-b" {
			t.Fatalf("b after a's expiry: %+v, %v", b, err)
		}
		if _, err := s.RenewLease(ctx, a, ttl); !errors.Is(err, ErrLeaseLost) {
			t.Errorf("a renewing after b took over: %v", err)
		}
		if err := s.ReleaseLease(ctx, a); !errors.Is(err, ErrLeaseLost) {
			t.Errorf("a releasing after b took over: %v", err)
		}
		if err := s.ReleaseLease(ctx, b); err != nil {
			t.Fatal(err)
		}
		c, err := s.AcquireLease(ctx, "chain-1/0xkey", "keeper-a", ttl)
		if err != nil || c.Token != 3 {
			t.Fatalf("a after b's release: %+v, %v", c, err)
		}
		other, err := s.AcquireLease(ctx, "chain-10/0xkey", "keeper-b", ttl)
		if err != nil || other.Token != 1 {
			t.Fatalf("another name is another lease: %+v, %v", other, err)
		}
		ls, err := s.Leases(ctx)
		if err != nil || len(ls) != 2 || ls[0].Holder != "keeper-a" || ls[0].Token != 3 || ls[1].Name != "chain-10/0xkey" {
			t.Errorf("Leases = %+v, %v", ls, err)
		}
		for _, bad := range []struct {
			name, holder string
			ttl          time.Duration
			field        string
		}{{"", "k", ttl, "Lease.Name"}, {"n", " ", ttl, "Lease.Holder"}, {"n", "k", 0, "Lease TTL"}} {
			var ve *ValidationError
			if _, err := s.AcquireLease(ctx, bad.name, bad.holder, bad.ttl); !errors.As(err, &ve) || ve.Field != bad.field {
				t.Errorf("AcquireLease(%q, %q, %v): %v, want a ValidationError on %s", bad.name, bad.holder, bad.ttl, err, bad.field)
			}
		}
	})
}

// fakeClock makes s judge leases, and stamp rows, by *now (on PostgreSQL
// too, whose server's clock it judges leases by otherwise).
func fakeClock(s *Store, now *time.Time) {
	s.now = func() time.Time { return *now }
	s.leaseClock = nil
}

// TestLeaseUsesTheDatabaseClock: on PostgreSQL, leases are judged by the
// server's clock, so a keeper whose own clock runs an hour ahead cannot
// take a lease another holds (by its clock that lease expired long ago),
// and the lease it is refused expires a TTL after the server's now.
func TestLeaseUsesTheDatabaseClock(t *testing.T) {
	a, dsn := openPostgres(t)
	b, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.now = func() time.Time { return time.Now().Add(time.Hour) } // skewed; its lease clock is still the server's
	const ttl = 30 * time.Second
	l, err := a.AcquireLease(ctx, "send/1/0xkey", "keeper-a", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Until(l.Expires); d < ttl-5*time.Second || d > ttl+5*time.Second {
		t.Errorf("the lease expires in %v, want about %v from the server's now", d, ttl)
	}
	if _, err := b.AcquireLease(ctx, "send/1/0xkey", "keeper-b", ttl); !errors.Is(err, ErrLeaseHeld) {
		t.Fatalf("a keeper whose clock runs an hour ahead took a held lease: %v", err)
	}
	if _, err := b.RenewLease(ctx, l, ttl); err != nil {
		t.Fatalf("renewing through another handle: %v", err)
	}
}

// TestFencedJournal: a store fenced with a lease writes the sends journal
// while the lease's token is its own; once another holder has taken the
// lease, every journal write (create, update, attempt, attempt state)
// fails with ErrStaleFence and changes nothing, while the new holder's
// fenced store writes.
func TestFencedJournal(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, where := openTemp(t)
		now := t0
		fakeClock(s, &now)
		const ttl = 10 * time.Second
		k := SendLeaseName(1337, testSend("").From)
		a, err := s.AcquireLease(ctx, k, "keeper-a", ttl)
		if err != nil {
			t.Fatal(err)
		}
		// The old holder's handle on the database, fenced with its lease.
		old, err := Open(where)
		if err != nil {
			t.Fatal(err)
		}
		defer old.Close()
		old.SetFence(a)
		if l, ok := old.Fence(k); !ok || l.Token != 1 {
			t.Fatalf("Fence = %+v, %v", l, ok)
		}
		snd, _, err := old.CreateSend(ctx, testSend("rebalance/decision-1"))
		if err != nil {
			t.Fatal(err)
		}
		n := uint64(7)
		snd.Nonce, snd.GasLimit, snd.State = &n, 21000, SendBuilt
		if err := old.UpdateSend(ctx, snd); err != nil {
			t.Fatal(err)
		}
		att := Attempt{SendID: snd.ID, Hash: hash(1), Nonce: 7, TipCap: big.NewInt(1), FeeCap: big.NewInt(2), Raw: []byte{1}, State: AttemptSigned}
		if _, err := old.AddAttempt(ctx, att); err != nil {
			t.Fatal(err)
		}

		// The old holder pauses past its lease; keeper-b takes over.
		now = now.Add(2 * ttl)
		b, err := s.AcquireLease(ctx, k, "keeper-b", ttl)
		if err != nil || b.Token != 2 {
			t.Fatalf("takeover: %+v, %v", b, err)
		}
		stale := func(what string, err error) {
			t.Helper()
			if !errors.Is(err, ErrStaleFence) || !strings.Contains(err.Error(), "ours is token 1, the lease's is token 2 held by keeper-b") {
				t.Errorf("%s by the paused holder: %v, want ErrStaleFence naming both tokens", what, err)
			}
		}
		_, _, err = old.CreateSend(ctx, testSend("rebalance/decision-2"))
		stale("CreateSend", err)
		moved := snd
		moved.State = SendSigned
		stale("UpdateSend", old.UpdateSend(ctx, moved))
		att2 := att
		att2.Hash, att2.Raw = hash(2), []byte{2}
		_, err = old.AddAttempt(ctx, att2)
		stale("AddAttempt", err)
		stale("SetAttemptState", old.SetAttemptState(ctx, hash(1), AttemptSent))

		// Nothing changed.
		if _, err := s.SendByKey(ctx, "rebalance/decision-2"); !errors.Is(err, ErrNotFound) {
			t.Errorf("the stale create wrote a send: %v", err)
		}
		if got, _ := s.SendByKey(ctx, snd.Key); got.State != SendBuilt {
			t.Errorf("send state %q after the stale update, want %q", got.State, SendBuilt)
		}
		if atts, _ := s.Attempts(ctx, snd.ID); len(atts) != 1 || atts[0].State != AttemptSigned {
			t.Errorf("attempts after the stale writes: %+v", atts)
		}

		// The new holder continues the journal.
		cur, err := Open(where)
		if err != nil {
			t.Fatal(err)
		}
		defer cur.Close()
		cur.SetFence(b)
		if err := cur.UpdateSend(ctx, moved); err != nil {
			t.Fatal(err)
		}
		if err := cur.SetAttemptState(ctx, hash(1), AttemptSent); err != nil {
			t.Fatal(err)
		}
		// An unfenced store (one keeper per database) is unaffected.
		if _, _, err := s.CreateSend(ctx, testSend("rebalance/decision-3")); err != nil {
			t.Fatal(err)
		}
	})
}

// TestFencesPerSender: a process sending from two keys holds two leases
// and fences the journal with both: each sender's writes check its own
// lease, a takeover of one key's lease stops that key's writes only, and a
// sender whose lease the store does not hold cannot write at all.
func TestFencesPerSender(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, where := openTemp(t)
		now := t0
		fakeClock(s, &now)
		const ttl = 10 * time.Second
		sendFrom := func(key, from string) Send {
			snd := testSend(key)
			snd.From = from
			return snd
		}
		const fromA, fromB, fromC = "0x00000000000000000000000000000000000000A1", "0x00000000000000000000000000000000000000b2", "0x00000000000000000000000000000000000000c3"
		a, err := s.AcquireLease(ctx, SendLeaseName(1337, fromA), "keeper-1", ttl)
		if err != nil {
			t.Fatal(err)
		}
		b, err := s.AcquireLease(ctx, SendLeaseName(1337, fromB), "keeper-1", ttl)
		if err != nil {
			t.Fatal(err)
		}
		k1, err := Open(where)
		if err != nil {
			t.Fatal(err)
		}
		defer k1.Close()
		k1.SetFence(a)
		k1.SetFence(b)
		sa, _, err := k1.CreateSend(ctx, sendFrom("a/decision-1", fromA))
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := k1.CreateSend(ctx, sendFrom("b/decision-1", fromB)); err != nil {
			t.Fatal(err)
		}
		if _, _, err := k1.CreateSend(ctx, sendFrom("c/decision-1", fromC)); !errors.Is(err, ErrStaleFence) || !strings.Contains(err.Error(), "holds no lease") {
			t.Errorf("a write for a sender without a lease: %v, want ErrStaleFence saying no lease is held", err)
		}
		att := Attempt{SendID: sa.ID, Hash: hash(1), Nonce: 0, TipCap: big.NewInt(1), FeeCap: big.NewInt(2), Raw: []byte{1}, State: AttemptSigned}
		if _, err := k1.AddAttempt(ctx, att); err != nil {
			t.Fatal(err)
		}

		// Key A's lease expires and keeper-2 takes it; key B's is renewed.
		now = now.Add(2 * ttl)
		if b, err = s.RenewLease(ctx, b, ttl); err != nil {
			// Renewing an expired lease nobody took is allowed.
			t.Fatal(err)
		}
		k1.SetFence(b)
		if _, err := s.AcquireLease(ctx, SendLeaseName(1337, fromA), "keeper-2", ttl); err != nil {
			t.Fatal(err)
		}
		if _, _, err := k1.CreateSend(ctx, sendFrom("a/decision-2", fromA)); !errors.Is(err, ErrStaleFence) {
			t.Errorf("key A's write after the takeover: %v, want ErrStaleFence", err)
		}
		att2 := att
		att2.Hash, att2.Raw = hash(2), []byte{2}
		if _, err := k1.AddAttempt(ctx, att2); !errors.Is(err, ErrStaleFence) {
			t.Errorf("key A's attempt after the takeover: %v, want ErrStaleFence", err)
		}
		if err := k1.SetAttemptState(ctx, hash(1), AttemptSent); !errors.Is(err, ErrStaleFence) {
			t.Errorf("key A's attempt state after the takeover: %v, want ErrStaleFence", err)
		}
		if _, _, err := k1.CreateSend(ctx, sendFrom("b/decision-2", fromB)); err != nil {
			t.Errorf("key B's write, its lease still held: %v", err)
		}
	})
}

// TestLeaseOneWinner: keepers racing for a free lease through two handles
// on one database: exactly one gets it, the others are told who has it.
func TestLeaseOneWinner(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s1, where := openTemp(t)
		s2, err := Open(where)
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		const racers = 8
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			winners []string
			held    int
		)
		for i := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s := s1
				if i%2 == 1 {
					s = s2
				}
				holder := "keeper-" + string(rune('a'+i))
				_, err := s.AcquireLease(ctx, "k", holder, time.Minute)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					winners = append(winners, holder)
				case errors.Is(err, ErrLeaseHeld):
					held++
				default:
					t.Errorf("%s: %v", holder, err)
				}
			}()
		}
		wg.Wait()
		if len(winners) != 1 || held != racers-1 {
			t.Errorf("winners %v, %d refused; want one winner", winners, held)
		}
	})
}
