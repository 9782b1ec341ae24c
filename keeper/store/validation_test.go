package store

// Inputs the store refuses before writing, naming the field, and the JSON
// form of what it returns.

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"
)

func TestValidation(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		tick, err := s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB))
		if err != nil {
			t.Fatal(err)
		}
		did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.RecordTransaction(ctx, sampleTx(did, 1, t0)); err != nil {
			t.Fatal(err)
		}
		_ = tick

		dec := func(f func(*Decision)) func() error {
			return func() error {
				d := sampleDecision(vaultA, t0)
				f(&d)
				_, err := s.RecordDecision(ctx, d)
				return err
			}
		}
		txn := func(f func(*Transaction)) func() error {
			return func() error {
				tx := sampleTx(did, 50, t0)
				f(&tx)
				_, err := s.RecordTransaction(ctx, tx)
				return err
			}
		}
		obs := func(f func([]Observation)) func() error {
			return func() error {
				o := sampleObs(t0, vaultA, srcA, srcB, srcC)
				f(o)
				_, err := s.RecordObservations(ctx, o)
				return err
			}
		}

		cases := []struct {
			name   string
			op     func() error
			prefix string   // operation named in the message
			want   []string // substrings: field and value
		}{
			{"target weights length", dec(func(d *Decision) { d.TargetWeights = d.TargetWeights[:1] }), "recording decision", []string{"Decision.TargetWeights", "1", "len(Sources) = 2"}},
			{"current weights length", dec(func(d *Decision) { d.CurrentWeights = append(d.CurrentWeights, 0) }), "recording decision", []string{"Decision.CurrentWeights", "3"}},
			{"targets length", dec(func(d *Decision) { d.Targets = nil }), "recording decision", []string{"Decision.Targets", "0"}},
			{"unknown action", dec(func(d *Decision) { d.Action = "YOLO" }), "recording decision", []string{"Decision.Action", `"YOLO"`}},
			{"short config hash", dec(func(d *Decision) { d.ConfigHash = "0x1234" }), "recording decision", []string{"Decision.ConfigHash", `"0x1234"`}},
			{"approved hash without 0x", dec(func(d *Decision) { d.ApprovedHash = hash(1)[2:] + "00" }), "recording decision", []string{"Decision.ApprovedHash"}},
			{"nil total assets", dec(func(d *Decision) { d.TotalAssets = nil }), "recording decision", []string{"Decision.TotalAssets", "<nil>"}},
			{"negative total assets", dec(func(d *Decision) { d.TotalAssets = big.NewInt(-3) }), "recording decision", []string{"Decision.TotalAssets", "-3"}},
			{"nil target", dec(func(d *Decision) { d.Targets[1] = nil }), "recording decision", []string{"Decision.Targets[1]", "<nil>"}},
			{"NaN weight", dec(func(d *Decision) { d.TargetWeights[0] = math.NaN() }), "recording decision", []string{"Decision.TargetWeights[0]", "NaN"}},
			{"Inf gain", dec(func(d *Decision) { d.ExpectedGain = math.Inf(1) }), "recording decision", []string{"Decision.ExpectedGain", "+Inf"}},
			{"zero time", dec(func(d *Decision) { d.Time = time.Time{} }), "recording decision", []string{"Decision.Time", "zero"}},
			{"time out of range", dec(func(d *Decision) { d.Time = time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC) }), "recording decision", []string{"Decision.Time", "3000-01-01"}},
			{"empty vault", dec(func(d *Decision) { d.Vault = "" }), "recording decision", []string{"Decision.Vault", `""`}},
			{"chain id overflow", dec(func(d *Decision) { d.ChainID = math.MaxUint64 }), "recording decision", []string{"Decision.ChainID", "18446744073709551615"}},
			{"gas estimate overflow", dec(func(d *Decision) { d.GasEstimate = 1 << 63 }), "recording decision", []string{"Decision.GasEstimate", "9223372036854775808"}},
			{"duplicate source", dec(func(d *Decision) { d.Sources[1] = strings.ToUpper(d.Sources[0]) }), "recording decision", []string{"Decision.Sources[1]", "duplicates Sources[0]"}},
			{"unknown tick", dec(func(d *Decision) { d.TickID = 424242 }), "recording decision", []string{"Decision.TickID", "424242", "no such tick"}},
			{"negative tick", dec(func(d *Decision) { d.TickID = -1 }), "recording decision", []string{"Decision.TickID", "-1"}},

			{"short hash", txn(func(tx *Transaction) { tx.Hash = "0xabc" }), "recording transaction", []string{"Transaction.Hash", `"0xabc"`}},
			{"hash without 0x", txn(func(tx *Transaction) { tx.Hash = strings.Repeat("a", 66) }), "recording transaction", []string{"Transaction.Hash"}},
			{"non-hex hash", txn(func(tx *Transaction) { tx.Hash = "0x" + strings.Repeat("g", 64) }), "recording transaction", []string{"Transaction.Hash", "0xggg"}},
			{"unknown status", txn(func(tx *Transaction) { tx.Status = "pending" }), "recording transaction", []string{"Transaction.Status", `"pending"`}},
			{"unknown decision", txn(func(tx *Transaction) { tx.DecisionID = 9999 }), "recording transaction", []string{"Transaction.DecisionID", "9999", "no such decision"}},
			{"zero decision", txn(func(tx *Transaction) { tx.DecisionID = 0 }), "recording transaction", []string{"Transaction.DecisionID", "0"}},
			{"duplicate hash", txn(func(tx *Transaction) { tx.Hash = "0x" + strings.ToUpper(hash(1)[2:]) }), "recording transaction", []string{"Transaction.Hash", "already recorded"}},
			{"negative gas price", txn(func(tx *Transaction) { tx.GasPrice = big.NewInt(-1) }), "recording transaction", []string{"Transaction.GasPrice", "-1"}},
			{"zero sent at", txn(func(tx *Transaction) { tx.SentAt = time.Time{} }), "recording transaction", []string{"Transaction.SentAt"}},
			{"nonce overflow", txn(func(tx *Transaction) { tx.Nonce = math.MaxUint64 }), "recording transaction", []string{"Transaction.Nonce"}},

			{"no observations", func() error { _, err := s.RecordObservations(ctx, nil); return err }, "recording observations", []string{"observations"}},
			{"observation nil assets (last row)", obs(func(o []Observation) { o[2].Assets = nil }), "recording observations", []string{"Observation[2].Assets", "<nil>"}},
			{"observation NaN apy", obs(func(o []Observation) { o[1].SupplyAPY = math.NaN() }), "recording observations", []string{"Observation[1].SupplyAPY", "NaN"}},
			{"observation empty source", obs(func(o []Observation) { o[2].Source = " " }), "recording observations", []string{"Observation[2].Source"}},
			{"observation duplicate source", obs(func(o []Observation) { o[2].Source = strings.ToUpper(o[0].Source) }), "recording observations", []string{"Observation[2].Source", "duplicates Observation[0]"}},
			{"observation zero time", obs(func(o []Observation) { o[1].Time = time.Time{} }), "recording observations", []string{"Observation[1].Time"}},
			{"observation block overflow", obs(func(o []Observation) { o[0].Block = math.MaxUint64 }), "recording observations", []string{"Observation[0].Block"}},
		}
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				before := counts(t, s)
				err := c.op()
				if err == nil {
					t.Fatal("no error")
				}
				var ve *ValidationError
				if !errors.Is(err, ErrInvalid) || !errors.As(err, &ve) {
					t.Errorf("err = %v, want a *ValidationError", err)
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, "store: "+c.prefix+": ") {
					t.Errorf("err %q does not start with %q", msg, "store: "+c.prefix+": ")
				}
				for _, w := range c.want {
					if !strings.Contains(msg, w) {
						t.Errorf("err %q does not mention %q", msg, w)
					}
				}
				if after := counts(t, s); fmt.Sprint(after) != fmt.Sprint(before) {
					t.Errorf("database changed: %v -> %v", before, after)
				}
			})
		}
	})
}

func TestJSON(t *testing.T) {
	eachBackend(t, func(t *testing.T, openTemp opener) {
		s, _ := openTemp(t)
		d := sampleDecision(vaultA, t0)
		d.TotalAssets = hugeN(0)
		d.Targets[0] = hugeN(1)
		did, err := s.RecordDecision(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		tx := sampleTx(did, 1, t0)
		tx.GasPrice = hugeN(2)
		if _, err := s.RecordTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		if _, err := s.RecordTransaction(ctx, sampleTx(did, 2, t0)); err != nil { // nil gas price
			t.Fatal(err)
		}
		h, err := s.History(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(h)
		if err != nil {
			t.Fatal(err)
		}

		var raw []struct {
			Decision     map[string]any   `json:"decision"`
			Transactions []map[string]any `json:"transactions"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		dj := raw[0].Decision
		for _, k := range []string{"id", "tick_id", "time", "chain_id", "vault", "block", "action", "reason", "dry_run",
			"total_assets", "sources", "current_weights", "target_weights", "targets", "expected_gain", "gas_cost", "gas_estimate", "config_hash", "approved_hash"} {
			if _, ok := dj[k]; !ok {
				t.Errorf("decision JSON lacks %q: %s", k, b)
			}
		}
		if len(dj) != 19 {
			t.Errorf("decision JSON has %d keys, want 19: %v", len(dj), dj)
		}
		if dj["total_assets"] != hugeN(0).String() {
			t.Errorf("total_assets = %#v, want decimal string", dj["total_assets"])
		}
		if tg := dj["targets"].([]any); tg[0] != hugeN(1).String() || tg[1] != "2250" {
			t.Errorf("targets = %#v", tg)
		}
		tj := raw[0].Transactions[0]
		for _, k := range []string{"id", "decision_id", "tx_hash", "nonce", "gas_used", "gas_price", "status", "block", "error", "sent_at", "updated_at"} {
			if _, ok := tj[k]; !ok {
				t.Errorf("transaction JSON lacks %q: %s", k, b)
			}
		}
		if len(tj) != 11 {
			t.Errorf("transaction JSON has %d keys, want 11: %v", len(tj), tj)
		}
		if tj["tx_hash"] != hash(1) || tj["gas_price"] != hugeN(2).String() || tj["status"] != "sent" {
			t.Errorf("transaction JSON = %v", tj)
		}
		if v, ok := raw[0].Transactions[1]["gas_price"]; !ok || v != nil {
			t.Errorf("nil gas_price JSON = %#v, want null", v)
		}

		// And back.
		var back []HistoryEntry
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		checkDecision(t, back[0].Decision, h[0].Decision)
		checkTransaction(t, back[0].Transactions[0], h[0].Transactions[0])
		checkTransaction(t, back[0].Transactions[1], h[0].Transactions[1])

		o := Observation{Time: t0.UTC(), ChainID: 1, Vault: vaultA, Block: 3, Source: srcA, Name: "n", Assets: hugeN(5), SupplyAPY: 0.05}
		ob, err := json.Marshal(o)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(ob), `"assets":"`+hugeN(5).String()+`"`) || !strings.Contains(string(ob), `"supply_apy":0.05`) {
			t.Errorf("observation JSON = %s", ob)
		}
		var o2 Observation
		if err := json.Unmarshal(ob, &o2); err != nil {
			t.Fatal(err)
		}
		checkObservation(t, o2, o)
	})
}
