package main

import (
	"context"
	"math"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// shadowDB writes, with the store's own functions, a vault of two sources
// (A near 5%, B near 10%, wobbling) observed every 6 hours for the given
// days, and at every tick a meanvar decision that holds 50/50 with an RL
// shadow: RL trades to rlTarget at the first tick and holds after (its
// recorded targets are then the current weights, as the keeper records
// them), or, with again, proposes and trades to rlTarget at every tick (as
// it does when the vault's real allocation is not its own). It returns a config whose storage.path is the database.
func shadowDB(t *testing.T, days int, rlTarget []float64, again bool) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	const vault = "0x00000000000000000000000000000000000000aa"
	srcs := []string{"0x00000000000000000000000000000000000000a1", "0x00000000000000000000000000000000000000b2"}
	dec := uint8(6)
	total := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1_000_000)) // 1M tokens
	half := new(big.Int).Div(total, big.NewInt(2))
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for k := 0; k < 4*days; k++ {
		at := t0.Add(time.Duration(k) * 6 * time.Hour)
		wob := 0.01 * math.Sin(float64(k)/5)
		tick, err := st.RecordObservations(ctx, []store.Observation{
			{Time: at, ChainID: 1, Vault: vault, Block: uint64(k + 1), Source: srcs[0], Assets: half, SupplyAPY: 0.05 + wob},
			{Time: at, ChainID: 1, Vault: vault, Block: uint64(k + 1), Source: srcs[1], Assets: half, SupplyAPY: 0.10 - wob},
		})
		if err != nil {
			t.Fatal(err)
		}
		cur := []float64{0.5, 0.5}
		sh := &store.RLShadow{Model: "rl/v1", Evaluated: true, TargetWeights: cur, Reason: "rl/v1 holds"}
		if k == 0 || again {
			sh = &store.RLShadow{Model: "rl/v1", Evaluated: true, Trade: true, TradeProb: 0.9, TargetWeights: rlTarget, Reason: "rl/v1 trades"}
		}
		d := store.Decision{TickID: tick, Time: at, ChainID: 1, Vault: vault, Block: uint64(k + 1), Action: store.ActionHold,
			Reason: "allocation is within the band", TotalAssets: total, Sources: srcs, CurrentWeights: cur, TargetWeights: cur,
			Targets: []*big.Int{half, half}, GasEstimate: 300_000, GasCost: 2, AssetDecimals: &dec, RLShadow: sh}
		if _, err := st.RecordDecision(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return cfg
}

func readShadow(t *testing.T, cfg string, more ...string) shadowResult {
	t.Helper()
	var r shadowResult
	decodeStrict(t, keeperOK(t, append([]string{"shadow", "report", "--json", "--config", cfg}, more...)...), &r)
	return r
}

func TestShadowReportBetterQualifies(t *testing.T) {
	cfg := shadowDB(t, 45, []float64{0.2, 0.8}, true)
	r := readShadow(t, cfg)
	t.Logf("%+v", r)
	if !r.Qualifies || !strings.Contains(r.Verdict, "qualifies to be proposed") || len(r.CI95) != 2 || !(r.CI95[0] > 0) {
		t.Errorf("RL 20/80 against meanvar's 50/50: verdict %q, interval %v", r.Verdict, r.CI95)
	}
	// 50/50 earns ≈ 7.5%, 20/80 ≈ 9%; RL paid one rebalance of 2 tokens
	// (it proposed the same target at every tick, which its paper portfolio
	// already held within min_move).
	if math.Abs(r.DiffAPYPts-1.5) > 0.2 || r.RLTrades != 1 || r.MeanVarRebalances != 0 || r.RLGas != 2 {
		t.Errorf("diff %.3f points, %d RL trades (gas %v), %d meanvar rebalances", r.DiffAPYPts, r.RLTrades, r.RLGas, r.MeanVarRebalances)
	}
	if r.Rows != 180 || r.EvaluatedRows != 180 || r.Intervals != 179 || r.Days != 45 || r.Vaults != 1 || math.Abs(r.SpanDays-44.75) > 1e-9 {
		t.Errorf("rows %d/%d, intervals %d, days %d, vaults %d, span %v", r.Rows, r.EvaluatedRows, r.Intervals, r.Days, r.Vaults, r.SpanDays)
	}
	text := keeperOK(t, "shadow", "report", "--config", cfg)
	for _, want := range []string{"180 shadow rows", "rl (shadow)", "meanvar", "RL − meanvar: +1.", "95% interval",
		"the gas cost the keeper estimated at the same tick (1 RL trades)", "RL − meanvar", "verdict: RL qualifies to be proposed"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
}

func TestShadowReportWorseDoesNotQualify(t *testing.T) {
	r := readShadow(t, shadowDB(t, 45, []float64{1, 0}, false))
	if r.Qualifies || !strings.Contains(r.Verdict, "does not qualify") || !strings.Contains(r.Verdict, "lower end") ||
		!(r.DiffAPYPts < -2) || !(r.CI95[1] < 0) {
		t.Errorf("RL all in the 5%% source: verdict %q, diff %.3f, interval %v", r.Verdict, r.DiffAPYPts, r.CI95)
	}
}

func TestShadowReportTooFewRows(t *testing.T) {
	cfg := shadowDB(t, 10, []float64{0, 1}, false)
	r := readShadow(t, cfg)
	if r.Qualifies || !strings.Contains(r.Verdict, "the rows span 9.8 days, fewer than 30") ||
		!strings.Contains(r.Verdict, "10 days have a priced interval, fewer than 30") || strings.Contains(r.Verdict, "lower end") {
		t.Errorf("10 days of better RL: verdict %q (interval %v)", r.Verdict, r.CI95)
	}
	// --since cuts the rows: nothing after the last one.
	r = readShadow(t, cfg, "--since", "2026-03-01")
	if r.Rows != 0 || r.Qualifies || !strings.Contains(r.Verdict, "no decision interval could be priced") {
		t.Errorf("--since after the rows: %d rows, verdict %q", r.Rows, r.Verdict)
	}
	// --trade-gas prices RL's trade instead of the recorded estimate.
	r = readShadow(t, cfg, "--trade-gas", "50", "--since", "2026-01-01T00:00:00Z")
	if r.RLGas != 50 || r.Rows != 40 || !strings.Contains(r.GasSource, "--trade-gas: 50") {
		t.Errorf("--trade-gas 50: gas %v, %d rows, source %q", r.RLGas, r.Rows, r.GasSource)
	}
}

func TestShadowReportBadInput(t *testing.T) {
	cfg := shadowDB(t, 1, []float64{0, 1}, false)
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"shadow", "report", "--config", cfg, "--since", "31/01/2026"}, []string{"--since", `"31/01/2026"`, "YYYY-MM-DD"}},
		{[]string{"shadow", "report", "--config", cfg, "--trade-gas", "-3"}, []string{"--trade-gas -3", "≥ 0"}},
		{[]string{"shadow", "report", "--config", cfg, "--trade-gas", "NaN"}, []string{"--trade-gas NaN"}},
		{[]string{"shadow", "report", "--config", cfg, "--vault", "0xaa"}, []string{"-vault"}},
		{[]string{"shadow", "summary", "--config", cfg}, []string{`unknown subcommand "summary"`, "report"}},
		{[]string{"shadow", "report", "--config", cfg, "extra"}, []string{`unexpected argument "extra"`}},
	} {
		code, out, errb := keeperRun(t, c.args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q, want 2 and nothing", c.args[2:], code, out)
		}
		for _, w := range c.want {
			if !strings.Contains(errb, w) {
				t.Errorf("%v: stderr lacks %q:\n%s", c.args[2:], w, errb)
			}
		}
	}
	// No database yet: an error naming storage.path.
	code, _, errb := keeperRun(t, "shadow", "report", "--config", testConfig(t, filepath.Join(t.TempDir(), "none.db"), ""))
	if code != 1 || !strings.Contains(errb, "storage.path") {
		t.Errorf("missing database: exit %d: %s", code, errb)
	}
}

// TestEvaluateShadowMeanVarMoves: meanvar's paper portfolio follows its
// rebalances, pays their gas, and ignores one whose transaction reverted;
// rows before the model first acted are left out.
func TestEvaluateShadowMeanVarMoves(t *testing.T) {
	dec := uint8(0)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	srcs := []string{"a", "b"}
	row := func(k int, action string, target []float64, sh *store.RLShadow, txs ...store.Transaction) store.HistoryEntry {
		return store.HistoryEntry{Decision: store.Decision{ID: int64(k + 1), Time: t0.Add(time.Duration(k) * 24 * time.Hour), ChainID: 1, Vault: "v",
			Action: action, TotalAssets: big.NewInt(1000), AssetDecimals: &dec, Sources: srcs, CurrentWeights: []float64{0.5, 0.5},
			TargetWeights: target, GasCost: 1, GasEstimate: 1, RLShadow: sh}, Transactions: txs}
	}
	hold := &store.RLShadow{Model: "rl/v1", Evaluated: true, TargetWeights: []float64{0.5, 0.5}}
	es := []store.HistoryEntry{
		row(0, store.ActionRebalance, []float64{1, 0}, &store.RLShadow{Model: "rl/v1"}), // model not acting yet: left out
		row(1, store.ActionRebalance, []float64{0, 1}, hold),
		row(2, store.ActionRebalance, []float64{1, 0}, hold, store.Transaction{Status: store.StatusReverted}),
		row(3, store.ActionHold, []float64{0.5, 0.5}, hold),
	}
	rates := func(uint64, string, []string) ([]time.Time, [][]float64, error) {
		var ts []time.Time
		var rs [][]float64
		for k := 0; k < 4; k++ {
			ts = append(ts, t0.Add(time.Duration(k)*24*time.Hour))
			rs = append(rs, []float64{0, 0.2})
		}
		return ts, rs, nil
	}
	r, err := evaluateShadow(es, rates, nil, -1, 0.001)
	if err != nil {
		t.Fatal(err)
	}
	// meanvar all in b (20%) for two days, minus 1 of 1000 in gas; RL holds
	// 50/50, drifting: 0.5 + 0.5·1.2^(2τ) after the two days.
	tau := 1 / 365.0
	wantMV := 100 * math.Expm1((math.Log(0.999)+2*tau*math.Log(1.2))/(2*tau))
	wantRL := 100 * math.Expm1(math.Log(0.5+0.5*math.Pow(1.2, 2*tau))/(2*tau))
	if r.MeanVarRebalances != 1 || r.MeanVarGas != 1 || r.RLTrades != 0 || r.Rows != 4 || r.EvaluatedRows != 3 || r.Intervals != 2 ||
		math.Abs(r.MeanVarAPYPct-wantMV) > 1e-6 || math.Abs(r.RLAPYPct-wantRL) > 1e-6 {
		t.Errorf("got %+v; want meanvar %.6f%%, rl %.6f%%", r, wantMV, wantRL)
	}
}
