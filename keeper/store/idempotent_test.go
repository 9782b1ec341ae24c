package store

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

// rowCount counts the rows of one table.
func rowCount(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&n); err != nil {
		t.Fatalf("counting %s: %v", table, err)
	}
	return n
}

// wantConflict checks that err is a *ValidationError naming every one of
// want (the field and what differs).
func wantConflict(t *testing.T, what string, err error, want ...string) {
	t.Helper()
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Errorf("%s: %v, want a *ValidationError", what, err)
		return
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s: error %q does not mention %q", what, err, w)
		}
	}
}

// Recording what is already recorded — the same transaction hash, send
// key or attempt hash with the same content — returns the recorded row and
// writes nothing, so a keeper that records it again (after a crash, a
// retried tick, a re-signed attempt) is not wedged on a unique constraint;
// the same key or hash with other content is still refused, naming the
// fields that differ, and leaves the database as it was.
func TestRecordingTheSameRecordsTwice(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		var writes []string
		s.SetSendWriteHook(func(what string) { writes = append(writes, what) })
		did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		other, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0.Add(time.Minute)))
		if err != nil {
			t.Fatal(err)
		}

		// Transactions, by hash (case-insensitively).
		tx := sampleTx(did, 1, t0)
		tx.Status, tx.GasUsed, tx.GasPrice, tx.Block = StatusMined, 21000, big.NewInt(7), 12
		first, err := s.RecordTransaction(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		again := tx
		again.Hash = "0x" + strings.ToUpper(tx.Hash[2:])
		again.UpdatedAt = t0.Add(time.Hour) // not part of the record
		if id, err := s.RecordTransaction(ctx, again); err != nil || id != first {
			t.Fatalf("recording the same transaction again: id %d, %v; want id %d", id, err, first)
		}
		if n := rowCount(t, s, "transactions"); n != 1 {
			t.Fatalf("%d transactions after recording one twice", n)
		}
		for _, c := range []struct {
			name string
			mod  func(*Transaction)
			want []string
		}{
			{"status", func(x *Transaction) { x.Status = StatusReverted }, []string{"Status", `recorded "mined", given "reverted"`}},
			{"decision", func(x *Transaction) { x.DecisionID = other }, []string{"DecisionID"}},
			{"gas price", func(x *Transaction) { x.GasPrice = nil }, []string{"GasPrice", `recorded "7", given "<nil>"`}},
			{"block and gas", func(x *Transaction) { x.Block, x.GasUsed = 13, 1 }, []string{"Block", "GasUsed"}},
		} {
			x := tx
			c.mod(&x)
			_, err := s.RecordTransaction(ctx, x)
			wantConflict(t, "transaction with another "+c.name, err, append([]string{"Transaction.Hash", "already recorded as transaction id 1 with other content"}, c.want...)...)
		}
		if got, err := s.Transaction(ctx, tx.Hash); err != nil || got.Status != StatusMined || got.Block != 12 || rowCount(t, s, "transactions") != 1 {
			t.Errorf("after the refused records: %+v, %v", got, err)
		}

		// Sends, by key.
		snd := testSend("rebalance/decision-1")
		snd.DecisionID = did
		created, ok, err := s.CreateSend(ctx, snd)
		if err != nil || !ok {
			t.Fatalf("first send: %v %v", ok, err)
		}
		same := snd
		same.From, same.To = strings.ToLower(snd.From), "0x"+strings.ToUpper(snd.To[2:]) // addresses compare case-insensitively
		if got, ok, err := s.CreateSend(ctx, same); err != nil || ok || got.ID != created.ID {
			t.Fatalf("the same send again: %+v, created %v, %v", got, ok, err)
		}
		// A request naming only the key (as keeper deploy continues a send)
		// continues the recorded one.
		keyOnly := Send{Key: snd.Key, ChainID: snd.ChainID, From: snd.From, To: "0x0000000000000000000000000000000000000000", State: SendDecided}
		if got, ok, err := s.CreateSend(ctx, keyOnly); err != nil || ok || got.ID != created.ID || string(got.Data) != string(snd.Data) {
			t.Fatalf("continuing the send by its key: %+v, created %v, %v", got, ok, err)
		}
		for _, c := range []struct {
			name string
			mod  func(*Send)
			want []string
		}{
			{"value", func(x *Send) { x.Value = big.NewInt(999) }, []string{"Value: recorded 5, given 999"}},
			{"data", func(x *Send) { x.Data = []byte{1, 2, 3} }, []string{"Data: recorded 2 bytes, given 3 other bytes"}},
			{"recipient", func(x *Send) { x.To = "0x00000000000000000000000000000000000000cc" }, []string{"To"}},
			{"decision", func(x *Send) { x.DecisionID = other }, []string{"DecisionID"}},
			{"chain", func(x *Send) { x.ChainID = 1 }, []string{"ChainID: recorded 1337, given 1"}},
			{"sender", func(x *Send) { x.From = "0x00000000000000000000000000000000000000dd" }, []string{"From"}},
		} {
			x := snd
			c.mod(&x)
			_, _, err := s.CreateSend(ctx, x)
			wantConflict(t, "send with another "+c.name, err, append([]string{"Send.Key", "already recorded as send id 1 for another request"}, c.want...)...)
		}
		if n := rowCount(t, s, "sends"); n != 1 {
			t.Fatalf("%d sends after recording one several times", n)
		}

		// Attempts, by hash: signing the same transaction again (same nonce
		// and fees give the same signature and hash) is the same attempt.
		at := Attempt{SendID: created.ID, Hash: hash(3), Nonce: 4, TipCap: big.NewInt(1), FeeCap: big.NewInt(2), Raw: []byte{9, 9},
			State: AttemptSigned, CreatedAt: t0}
		aid, err := s.AddAttempt(ctx, at)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SetAttemptState(ctx, at.Hash, AttemptSent); err != nil {
			t.Fatal(err)
		}
		resigned := at
		resigned.CreatedAt = t0.Add(time.Minute)
		if id, err := s.AddAttempt(ctx, resigned); err != nil || id != aid {
			t.Fatalf("the same attempt again: id %d, %v; want %d", id, err, aid)
		}
		if atts, err := s.Attempts(ctx, created.ID); err != nil || len(atts) != 1 || atts[0].State != AttemptSent || !atts[0].CreatedAt.Equal(t0) {
			t.Fatalf("attempts after recording one twice: %+v, %v; want the first, as it was", atts, err)
		}
		for _, c := range []struct {
			name string
			mod  func(*Attempt)
			want []string
		}{
			{"fee cap", func(x *Attempt) { x.FeeCap = big.NewInt(3) }, []string{"FeeCap: recorded 2, given 3"}},
			{"transaction", func(x *Attempt) { x.Raw = []byte{8} }, []string{"Raw"}},
			{"nonce", func(x *Attempt) { x.Nonce = 5 }, []string{"Nonce: recorded 4, given 5"}},
		} {
			x := at
			c.mod(&x)
			_, err := s.AddAttempt(ctx, x)
			wantConflict(t, "attempt with another "+c.name, err, append([]string{"Attempt.Hash", "already recorded as attempt id 1 with other content"}, c.want...)...)
		}
		if n := rowCount(t, s, "attempts"); n != 1 {
			t.Fatalf("%d attempts after recording one several times", n)
		}

		// Only the first of each was written to the journal.
		want := []string{"create send rebalance/decision-1", "add attempt " + at.Hash, "attempt " + at.Hash + " → sent"}
		if strings.Join(writes, "|") != strings.Join(want, "|") {
			t.Errorf("journal writes %q, want %q", writes, want)
		}
	})
}
