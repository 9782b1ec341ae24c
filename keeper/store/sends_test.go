package store

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func testSend(key string) Send {
	return Send{Key: key, ChainID: 1337, From: "0x00000000000000000000000000000000000000aA",
		To: "0x00000000000000000000000000000000000000bb", Data: []byte{0xde, 0xad}, Value: big.NewInt(5), State: SendDecided}
}

func TestCreateSendIsIdempotentByKey(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		a, created, err := s.CreateSend(ctx, testSend("decision-1"))
		if err != nil || !created || a.ID == 0 {
			t.Fatalf("first create: %+v %v %v", a, created, err)
		}
		b, created, err := s.CreateSend(ctx, testSend("decision-1"))
		if err != nil || created || b.ID != a.ID || b.Value.Int64() != 5 {
			t.Fatalf("second create of the same key: %+v %v %v", b, created, err)
		}
		// Lower-case sender finds the same open send.
		open, err := s.OpenSends(ctx, 1337, strings.ToLower(a.From))
		if err != nil || len(open) != 1 || open[0].ID != a.ID || string(open[0].Data) != "\xde\xad" {
			t.Fatalf("open sends %+v %v", open, err)
		}

		n := uint64(7)
		a.Nonce, a.GasLimit, a.State = &n, 25200, SendBuilt
		if err := s.UpdateSend(ctx, a); err != nil {
			t.Fatal(err)
		}
		got, err := s.SendByKey(ctx, "decision-1")
		if err != nil || got.Nonce == nil || *got.Nonce != 7 || got.State != SendBuilt || got.GasLimit != 25200 {
			t.Fatalf("after update %+v %v", got, err)
		}
		// The request itself cannot be rewritten.
		a.Data = []byte{1}
		if err := s.UpdateSend(ctx, a); !errors.Is(err, ErrNotFound) {
			t.Errorf("update with a different request: %v, want ErrNotFound", err)
		}

		at := Attempt{SendID: a.ID, Hash: "0x" + strings.Repeat("ab", 32), Nonce: 7, TipCap: big.NewInt(1), FeeCap: big.NewInt(2),
			Raw: []byte{2, 1}, State: AttemptSigned, CreatedAt: time.Unix(100, 5)}
		if _, err := s.AddAttempt(ctx, at); err != nil {
			t.Fatal(err)
		}
		if err := s.SetAttemptState(ctx, strings.ToUpper(at.Hash[2:4])+at.Hash[4:], AttemptSent); err == nil {
			t.Error("malformed hash accepted")
		}
		if err := s.SetAttemptState(ctx, at.Hash, AttemptSent); err != nil {
			t.Fatal(err)
		}
		atts, err := s.Attempts(ctx, a.ID)
		if err != nil || len(atts) != 1 || atts[0].State != AttemptSent || !atts[0].CreatedAt.Equal(time.Unix(100, 5)) ||
			atts[0].FeeCap.Int64() != 2 {
			t.Fatalf("attempts %+v %v", atts, err)
		}
		a.Data, a.State = []byte{0xde, 0xad}, SendConfirmed
		if err := s.UpdateSend(ctx, a); err != nil {
			t.Fatal(err)
		}
		if open, _ := s.OpenSends(ctx, 1337, a.From); len(open) != 0 {
			t.Errorf("confirmed send still open: %+v", open)
		}
	})
}

func TestSendValidationNamesTheField(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		for _, tc := range []struct {
			mod  func(*Send)
			want string
		}{
			{func(x *Send) { x.Key = "" }, "Send.Key"},
			{func(x *Send) { x.From = "0x12" }, `Send.From "0x12"`},
			{func(x *Send) { x.To = "bb" }, `Send.To "bb"`},
			{func(x *Send) { x.Value = big.NewInt(-1) }, "Send.Value"},
			{func(x *Send) { x.State = "pending" }, `Send.State "pending"`},
			{func(x *Send) { x.TxHash = "0x1" }, `Send.TxHash "0x1"`},
		} {
			snd := testSend("k")
			tc.mod(&snd)
			if _, _, err := s.CreateSend(ctx, snd); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to name %s", err, tc.want)
			}
		}
		for _, tc := range []struct {
			a    Attempt
			want string
		}{
			{Attempt{Hash: "0x1"}, "Attempt.Hash"},
			{Attempt{Hash: "0x" + strings.Repeat("0", 64), TipCap: big.NewInt(1), FeeCap: big.NewInt(1), State: AttemptSigned}, "Attempt.Raw"},
			{Attempt{Hash: "0x" + strings.Repeat("0", 64), TipCap: big.NewInt(1), FeeCap: big.NewInt(1), Raw: []byte{1}, State: "lost"}, `Attempt.State "lost"`},
		} {
			if _, err := s.AddAttempt(ctx, tc.a); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to name %s", err, tc.want)
			}
		}
	})
}

// A send finished but not yet recorded in the history is listed by
// UnrecordedSends until its transaction is recorded; every journal write
// reaches the send-write hook.
func TestUnrecordedSendsAndTheSendWriteHook(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		ctx := context.Background()
		var writes []string
		s.SetSendWriteHook(func(what string) { writes = append(writes, what) })
		did, err := s.RecordDecision(ctx, sampleDecision(srcA, time.Unix(1000, 0)))
		if err != nil {
			t.Fatal(err)
		}
		snd := testSend("rebalance/decision-1")
		snd.ChainID, snd.DecisionID = 1, did
		snd, _, err = s.CreateSend(ctx, snd)
		if err != nil {
			t.Fatal(err)
		}
		n := uint64(0)
		snd.Nonce, snd.State, snd.TxHash, snd.Block, snd.BlockHash, snd.GasUsed = &n, SendConfirmed, hash(1), 9, hash(2), 21000
		if err := s.UpdateSend(ctx, snd); err != nil {
			t.Fatal(err)
		}
		want := []string{"create send rebalance/decision-1", "update send rebalance/decision-1 → confirmed"}
		if strings.Join(writes, "|") != strings.Join(want, "|") {
			t.Fatalf("hook saw %q, want %q", writes, want)
		}
		got, err := s.UnrecordedSends(ctx, 1, snd.From)
		if err != nil || len(got) != 1 || got[0].ID != snd.ID {
			t.Fatalf("unrecorded sends %+v, %v; want the confirmed send", got, err)
		}
		if other, err := s.UnrecordedSends(ctx, 2, snd.From); err != nil || len(other) != 0 {
			t.Fatalf("another chain's unrecorded sends: %+v, %v", other, err)
		}
		tx := sampleTx(did, 1, time.Unix(1001, 0))
		tx.Status = StatusMined
		if _, err := s.RecordTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if got, err := s.UnrecordedSends(ctx, 1, snd.From); err != nil || len(got) != 0 {
			t.Fatalf("after recording: %+v, %v", got, err)
		}
		s.SetSendWriteHook(nil)
		if _, _, err := s.CreateSend(ctx, testSend("other")); err != nil || len(writes) != 2 {
			t.Fatalf("hook removed, writes %q, %v", writes, err)
		}
	})
}
