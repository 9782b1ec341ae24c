package store

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestLatestVaultAndObservations(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		if _, ok, err := s.LatestVault(ctx, ""); ok || err != nil {
			t.Fatalf("empty store: ok %v, err %v", ok, err)
		}
		if tick, obs, err := s.LatestObservations(ctx, 1, vaultA); tick != 0 || len(obs) != 0 || err != nil {
			t.Fatalf("empty store: tick %d, %d observations, %v", tick, len(obs), err)
		}
		t1, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB))
		if err != nil {
			t.Fatal(err)
		}
		// One tick may observe several vaults; the newest is vaultA's row.
		mixed := append(sampleObs(t0.Add(time.Minute), vaultB, srcC), sampleObs(t0.Add(time.Minute), vaultA, srcA, srcB, srcC)...)
		mixed[2].Assets = big.NewInt(77)
		t2, err := s.RecordObservations(ctx, mixed)
		if err != nil {
			t.Fatal(err)
		}
		t3, err := s.RecordObservations(ctx, sampleObs(t0.Add(2*time.Minute), vaultB, srcA))
		if err != nil {
			t.Fatal(err)
		}
		other := sampleObs(t0.Add(3*time.Minute), vaultA, srcA)
		other[0].ChainID = 5
		t4, err := s.RecordObservations(ctx, other)
		if err != nil {
			t.Fatal(err)
		}

		for _, tc := range []struct {
			vault string
			want  VaultRef
		}{
			{"", VaultRef{5, vaultA, t4}},
			{vaultB, VaultRef{1, vaultB, t3}},
			{strings.ToLower(vaultA), VaultRef{5, vaultA, t4}},
		} {
			got, ok, err := s.LatestVault(ctx, tc.vault)
			if !ok || err != nil || got != tc.want {
				t.Errorf("LatestVault(%q) = %+v, %v, %v; want %+v", tc.vault, got, ok, err, tc.want)
			}
		}
		// One chain's: a vault by address, or any but some (a keeper's
		// embedded vault beside the others it keeps).
		for _, tc := range []struct {
			chain  uint64
			vault  string
			except []string
			want   VaultRef
		}{
			{1, "", nil, VaultRef{1, vaultB, t3}},
			{1, "", []string{strings.ToLower(vaultB)}, VaultRef{1, vaultA, t2}},
			{1, strings.ToLower(vaultA), nil, VaultRef{1, vaultA, t2}},
			{5, vaultA, nil, VaultRef{5, vaultA, t4}},
		} {
			got, ok, err := s.LatestVaultOn(ctx, tc.chain, tc.vault, tc.except)
			if !ok || err != nil || got != tc.want {
				t.Errorf("LatestVaultOn(%d, %q, %q) = %+v, %v, %v; want %+v", tc.chain, tc.vault, tc.except, got, ok, err, tc.want)
			}
		}
		if _, ok, err := s.LatestVaultOn(ctx, 5, "", []string{vaultA}); ok || err != nil {
			t.Errorf("LatestVaultOn with every vault of the chain excepted: ok %v, err %v", ok, err)
		}
		if _, ok, err := s.LatestVault(ctx, "0x3333333333333333333333333333333333333333"); ok || err != nil {
			t.Errorf("unobserved vault: ok %v, err %v", ok, err)
		}

		tick, obs, err := s.LatestObservations(ctx, 1, vaultA)
		if err != nil || tick != t2 || len(obs) != 3 {
			t.Fatalf("LatestObservations(1, vaultA) = tick %d, %+v, %v; want tick %d with 3 rows", tick, obs, err, t2)
		}
		for i, want := range mixed[1:] {
			checkObservation(t, obs[i], want)
		}
		if obs[1].Assets.Int64() != 77 {
			t.Errorf("assets of the second source: %v", obs[1].Assets)
		}
		if tick, obs, err := s.LatestObservations(ctx, 1, strings.ToLower(vaultB)); err != nil || tick != t3 || len(obs) != 1 || obs[0].Source != srcA {
			t.Errorf("LatestObservations(1, vaultB) = %d, %+v, %v", tick, obs, err)
		}
		if obs, err := s.VaultObservations(ctx, t1, 1, vaultB); err != nil || len(obs) != 0 {
			t.Errorf("vaultB at tick %d: %+v, %v", t1, obs, err)
		}
		if _, _, err := s.LatestObservations(ctx, 1<<63, vaultA); !errors.Is(err, ErrInvalid) {
			t.Errorf("chain id 2^63: %v, want ErrInvalid", err)
		}
	})
}

func TestDecisionAtTickAndLastTransaction(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		tick, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB))
		if err != nil {
			t.Fatal(err)
		}
		if _, ok, err := s.DecisionAtTick(ctx, tick, 1, vaultA); ok || err != nil {
			t.Fatalf("no decision yet: ok %v, err %v", ok, err)
		}
		if _, ok, err := s.LastTransaction(ctx, 1, vaultA); ok || err != nil {
			t.Fatalf("no transaction yet: ok %v, err %v", ok, err)
		}
		d := sampleDecision(vaultA, t0)
		d.TickID = tick
		idA, err := s.RecordDecision(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		dB := sampleDecision(vaultB, t0)
		idB, err := s.RecordDecision(ctx, dB)
		if err != nil {
			t.Fatal(err)
		}
		got, ok, err := s.DecisionAtTick(ctx, tick, 1, strings.ToLower(vaultA))
		if !ok || err != nil {
			t.Fatalf("DecisionAtTick: ok %v, err %v", ok, err)
		}
		d.ID = idA
		checkDecision(t, got, d)
		if _, ok, _ := s.DecisionAtTick(ctx, tick, 1, vaultB); ok {
			t.Error("vaultB's decision has no tick but was found at tick", tick)
		}

		for i, id := range []int64{idA, idA, idB} {
			if _, err := s.RecordTransaction(ctx, sampleTx(id, i+1, t0)); err != nil {
				t.Fatal(err)
			}
		}
		tx, ok, err := s.LastTransaction(ctx, 1, vaultA)
		if !ok || err != nil || tx.Hash != hash(2) || tx.DecisionID != idA {
			t.Errorf("LastTransaction(vaultA) = %+v, %v, %v; want the second transaction", tx, ok, err)
		}
		if tx, ok, err := s.LastTransaction(ctx, 1, vaultB); !ok || err != nil || tx.Hash != hash(3) {
			t.Errorf("LastTransaction(vaultB) = %+v, %v, %v", tx, ok, err)
		}
		if _, ok, err := s.LastTransaction(ctx, 2, vaultA); ok || err != nil {
			t.Errorf("another chain: ok %v, err %v", ok, err)
		}
	})
}

func TestOpenSendsToAndDecisionEntry(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		id, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		bare, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0.Add(time.Second)))
		if err != nil {
			t.Fatal(err)
		}
		mk := func(key, to string, chain uint64, state string) Send {
			snd := testSend(key)
			snd.To, snd.ChainID, snd.DecisionID = to, chain, id
			out, _, err := s.CreateSend(ctx, snd)
			if err != nil {
				t.Fatal(err)
			}
			if state != SendDecided {
				n := uint64(3)
				out.Nonce, out.State = &n, state
				if err := s.UpdateSend(ctx, out); err != nil {
					t.Fatal(err)
				}
			}
			return out
		}
		open := mk("rebalance/decision-1", vaultA, 1, SendSigned)
		mk("heartbeat/decision-1", vaultA, 1, SendConfirmed)
		mk("elsewhere", vaultB, 1, SendSent)
		mk("other-chain", vaultA, 2, SendSent)
		at := Attempt{SendID: open.ID, Hash: hash(9), Nonce: 3, TipCap: big.NewInt(1), FeeCap: big.NewInt(2), Raw: []byte{1}, State: AttemptSigned}
		if _, err := s.AddAttempt(ctx, at); err != nil {
			t.Fatal(err)
		}

		ss, err := s.OpenSendsTo(ctx, 1, strings.ToLower(vaultA))
		if err != nil || len(ss) != 1 || ss[0].Key != "rebalance/decision-1" || ss[0].State != SendSigned {
			t.Fatalf("OpenSendsTo(1, vaultA) = %+v, %v; want only the signed rebalance", ss, err)
		}

		if _, err := s.RecordTransaction(ctx, sampleTx(id, 4, t0)); err != nil {
			t.Fatal(err)
		}
		e, err := s.DecisionEntry(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Decision.ID != id || len(e.Transactions) != 1 || e.Transactions[0].Hash != hash(4) || len(e.Sends) != 4 {
			t.Fatalf("DecisionEntry(%d) = %+v", id, e)
		}
		if r := e.Sends[0]; r.Key != "rebalance/decision-1" || r.State != SendSigned || len(r.Attempts) != 1 ||
			r.Attempts[0].Hash != hash(9) || r.Attempts[0].FeeCapWei.v.Int64() != 2 || *r.Nonce != 3 {
			t.Errorf("first send %+v", r)
		}
		// History shows the same entry.
		h, err := s.History(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if hj, ej := mustJSON(t, h[1]), mustJSON(t, e); hj != ej {
			t.Errorf("DecisionEntry differs from History:\n%s\n%s", ej, hj)
		}
		e, err = s.DecisionEntry(ctx, bare)
		if err != nil || e.Transactions == nil || e.Sends == nil || len(e.Transactions)+len(e.Sends) != 0 {
			t.Errorf("a decision without transactions: %+v, %v", e, err)
		}
		if _, err := s.DecisionEntry(ctx, 99); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "99") {
			t.Errorf("DecisionEntry(99): %v, want ErrNotFound naming 99", err)
		}
	})
}

// TicksObservedThrough counts what APYHistory returned at each tick.
func TestTicksObservedThrough(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		srcs := []string{srcA, srcB}
		if _, err := s.TicksObservedThrough(ctx, 1, vaultA, nil, 1); !errors.Is(err, ErrInvalid) {
			t.Fatalf("no sources: %v", err)
		}
		var ticks []int64
		for i, set := range [][]string{{srcA, srcB}, {srcA}, {srcA, srcB, srcC}, {srcB, srcA}} {
			id, err := s.RecordObservations(ctx, sampleObs(t0.Add(time.Duration(i)*time.Minute), vaultA, set...))
			if err != nil {
				t.Fatal(err)
			}
			// Another vault's ticks in between count for nothing.
			if _, err := s.RecordObservations(ctx, sampleObs(t0, vaultB, srcA, srcB)); err != nil {
				t.Fatal(err)
			}
			ticks = append(ticks, id)
			hist, err := s.APYHistory(ctx, 1, vaultA, srcs, 0)
			if err != nil {
				t.Fatal(err)
			}
			n, err := s.TicksObservedThrough(ctx, 1, strings.ToLower(vaultA), []string{srcA, strings.ToLower(srcB), srcA}, id)
			if err != nil || n != len(hist) {
				t.Errorf("through tick %d: %d, %v; APYHistory had %d rows", id, n, err, len(hist))
			}
		}
		for i, want := range []int{1, 1, 2, 3} {
			if n, err := s.TicksObservedThrough(ctx, 1, vaultA, srcs, ticks[i]); err != nil || n != want {
				t.Errorf("through tick %d (the %d-th): %d, %v; want %d", ticks[i], i+1, n, err, want)
			}
		}
		if n, err := s.TicksObservedThrough(ctx, 2, vaultA, srcs, ticks[3]); err != nil || n != 0 {
			t.Errorf("another chain: %d, %v", n, err)
		}
	})
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
