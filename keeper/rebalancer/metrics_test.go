package rebalancer

import (
	"context"
	"errors"
	"math"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/metrics"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// keeper/metrics implements what the rebalancer reports, in the view of one
// vault.
var _ Metrics = (*metrics.VaultMetrics)(nil)

// scrape serves GET /metrics through m's Handler and returns every sample
// by series, as the text format writes it (name{label="value",...}, labels
// sorted by name).
func scrape(t *testing.T, m *metrics.Metrics) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /metrics: %d\n%s", rec.Code, rec.Body)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if i < 0 || err != nil {
			t.Fatalf("malformed sample line %q", line)
		}
		out[line[:i]] = v
	}
	return out
}

func newMetrics(t *testing.T) *metrics.Metrics {
	t.Helper()
	m, err := metrics.New(metrics.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// expect checks each series against its value, to a relative 1e-9 (gains
// and wei amounts are floats).
func expect(t *testing.T, got, want map[string]float64) {
	t.Helper()
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("series %s missing from the scrape", k)
		case math.Abs(g-w) > 1e-9*math.Max(1, math.Abs(w)):
			t.Errorf("%s = %v, want %v", k, g, w)
		}
	}
}

// A rebalance on the simulated chain moves the decision, sent-gain,
// mined-transaction, gas and send-state metrics; the following hold moves
// only the decisions.
func TestTickReportsMetrics(t *testing.T) {
	f := newFixture(t, testConfig(t))
	f.mineInBackground(t)
	m := newMetrics(t)
	p := f.p
	p.Metrics = m.Vault("a")

	out, err := f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != store.StatusMined || d.ExpectedGain <= 0 {
		t.Fatalf("want a mined rebalance, got %+v tx %+v", d, out.Tx)
	}
	// Gas from the chain's own receipt: gas used × effective gas price.
	rcpt, err := f.chain.Client.TransactionReceipt(context.Background(), common.HexToHash(out.Tx.Hash))
	if err != nil {
		t.Fatal(err)
	}
	cost, _ := new(big.Float).SetInt(new(big.Int).Mul(rcpt.EffectiveGasPrice, new(big.Int).SetUint64(rcpt.GasUsed))).Float64()
	if rcpt.GasUsed == 0 || cost <= 0 {
		t.Fatalf("receipt: gas used %d at %v", rcpt.GasUsed, rcpt.EffectiveGasPrice)
	}
	e := scrape(t, m)
	expect(t, e, map[string]float64{
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 1,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`:      0,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="a"}`:                 d.ExpectedGain,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:          d.ExpectedGain,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:          1,
		`vaultkeeper_mined_transactions_total{status="reverted",vault="a"}`:         0,
		`vaultkeeper_gas_used_total{status="success",vault="a"}`:                    float64(rcpt.GasUsed),
		`vaultkeeper_gas_cost_wei_total{status="success",vault="a"}`:                cost,
		`vaultkeeper_send_state_transitions_total{from="none",to="decided"}`:        1,
		`vaultkeeper_send_state_transitions_total{from="decided",to="built"}`:       1,
		`vaultkeeper_send_state_transitions_total{from="built",to="signed"}`:        1,
		`vaultkeeper_send_state_transitions_total{from="signed",to="sent"}`:         1,
		`vaultkeeper_send_state_transitions_total{from="sent",to="mined"}`:          1,
		`vaultkeeper_send_state_transitions_total{from="mined",to="confirmed"}`:     1,
		`vaultkeeper_sends_in_state{state="decided"}`:                               0,
		`vaultkeeper_sends_in_state{state="sent"}`:                                  0,
		`vaultkeeper_sends_in_state{state="mined"}`:                                 0,
	})

	// Right after, the allocation is on target: a hold, nothing sent.
	out2, err := f.tick(t, p, false)
	if err != nil || out2.Decision.Action != ActionHold || out2.Tx != nil {
		t.Fatalf("second tick: %+v, %v", out2.Decision, err)
	}
	expect(t, scrape(t, m), map[string]float64{
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 1,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`:      1,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="a"}`:                 out2.Decision.ExpectedGain,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:          d.ExpectedGain,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:          1,
		`vaultkeeper_send_state_transitions_total{from="none",to="decided"}`:        1,
	})
}

// Dry runs and error decisions are counted too; nothing is sent for them.
func TestDryRunAndErrorDecisionsAreCounted(t *testing.T) {
	f := newFixture(t, testConfig(t))
	m := newMetrics(t)
	p := f.p
	p.Metrics = m.Vault("a")
	out, err := f.tick(t, p, true)
	if err != nil || out.Decision.Action != ActionRebalance || !out.Decision.DryRun {
		t.Fatalf("dry run: %+v, %v", out.Decision, err)
	}
	other, err := signer.NewDev(devchain.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	p.Signer = other // not the vault's keeper: an error decision
	if _, err := f.tick(t, p, false); err == nil {
		t.Fatal("a tick with the wrong signer succeeded")
	}
	expect(t, scrape(t, m), map[string]float64{
		`vaultkeeper_decisions_total{action="rebalance",dry_run="true",vault="a"}`:  1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 0,
		`vaultkeeper_decisions_total{action="error",dry_run="false",vault="a"}`:     1,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:          0,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:          0,
	})
}

// sealedSigner is the keeper's key behind a sealed HashiCorp Vault.
type sealedSigner struct{ signer.Signer }

func (sealedSigner) SignTx(context.Context, *big.Int, *types.Transaction) (*types.Transaction, error) {
	return nil, errors.New("vault signer: reading secret/vaultkeeper/signing: Vault is sealed (HTTP 503)")
}

// A signature that fails is counted by signer.kind and class, and the send
// stays open (built). A new process's metrics are seeded with that open
// send before its first tick resumes and finishes it.
func TestSignerErrorsAndResumedSendsAreCounted(t *testing.T) {
	f := newFixture(t, testConfig(t))
	m := newMetrics(t)
	p := f.p
	p.Metrics = m.Vault("a")
	p.Signer = sealedSigner{f.chain.Keeper}
	out, err := f.tick(t, p, false)
	if err == nil || !strings.Contains(err.Error(), "Vault is sealed") || out.Decision.Action != ActionRebalance {
		t.Fatalf("tick with a sealed signer: %+v, %v", out.Decision, err)
	}
	expect(t, scrape(t, m), map[string]float64{
		`vaultkeeper_signer_errors_total{class="sealed",kind="dev"}`:                1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 1,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:          out.Decision.ExpectedGain,
		`vaultkeeper_send_state_transitions_total{from="decided",to="built"}`:       1,
		`vaultkeeper_sends_in_state{state="built"}`:                                 1,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:          0,
	})

	// The next process: Vault is back.
	f.mineInBackground(t)
	m2 := newMetrics(t)
	p2 := f.p
	p2.Metrics = m2.Vault("a")
	r, err := New(context.Background(), p2)
	if err != nil {
		t.Fatal(err)
	}
	expect(t, scrape(t, m2), map[string]float64{`vaultkeeper_sends_in_state{state="built"}`: 1})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err = r.Tick(ctx, false)
	if err != nil || out.Decision.Action != ActionHold || !strings.Contains(out.Decision.Reason, "finished an earlier send") {
		t.Fatalf("resuming tick: %+v, %v", out.Decision, err)
	}
	e := scrape(t, m2)
	expect(t, e, map[string]float64{
		`vaultkeeper_sends_in_state{state="built"}`:                             0,
		`vaultkeeper_sends_in_state{state="mined"}`:                             0,
		`vaultkeeper_send_state_transitions_total{from="built",to="signed"}`:    1,
		`vaultkeeper_send_state_transitions_total{from="mined",to="confirmed"}`: 1,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:      1,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`:  1,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:      0,
	})
	for k := range e {
		if strings.HasPrefix(k, "vaultkeeper_signer_errors_total{") {
			t.Errorf("the working signer counted an error: %s", k)
		}
	}
	if g := e[`vaultkeeper_gas_used_total{status="success",vault="a"}`]; g <= 0 {
		t.Errorf("gas used %v after the resumed send was mined", g)
	}
}

// After a mined rebalance, the next tick measures what it delivers:
// A·Σ(wᵢ − w⁰ᵢ)·apyᵢ at the rates that tick observes, against the weights
// recorded before the rebalance.
func TestRealisedGainOfTheLastRebalance(t *testing.T) {
	f := newFixture(t, testConfig(t))
	m := newMetrics(t)
	p := f.p
	p.Metrics = m.Vault("a")
	f.mineInBackground(t)
	first, err := f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	if first.Decision.Action != ActionRebalance || first.Tx == nil || first.Tx.Status != store.StatusMined {
		t.Fatalf("want a mined rebalance first: %+v", first.Decision)
	}
	// Before any mined rebalance there is nothing to measure.
	expect(t, scrape(t, m), map[string]float64{"vaultkeeper_realised_yearly_gain{vault=\"a\"}": 0})
	second, err := f.tick(t, p, false)
	if err != nil {
		t.Fatal(err)
	}
	st := second.State
	total, _ := new(big.Float).Quo(new(big.Float).SetInt(st.TotalAssets), big.NewFloat(math.Pow10(int(st.Decimals)))).Float64()
	want := 0.0
	for i, s := range st.Sources {
		w, _ := new(big.Rat).SetFrac(s.Assets, st.TotalAssets).Float64()
		if !strings.EqualFold(first.Decision.Sources[i], s.Address.Hex()) {
			t.Fatalf("source order changed: %s vs %s", first.Decision.Sources[i], s.Address.Hex())
		}
		want += total * (w - first.Decision.CurrentWeights[i]) * s.SupplyAPY
	}
	if want <= 0 {
		t.Fatalf("the rebalance into higher-rate sources should realise a positive gain, computed %v", want)
	}
	expect(t, scrape(t, m), map[string]float64{"vaultkeeper_realised_yearly_gain{vault=\"a\"}": want})
}
