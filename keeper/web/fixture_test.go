package web

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const (
	testVault = "0x00000000000000000000000000000000000000aa"
	testChain = 31337
)

var (
	testSources = []string{"0x00000000000000000000000000000000000000c3", "0x00000000000000000000000000000000000000a1",
		"0x00000000000000000000000000000000000000b2"}
	testNames = []string{"morpho", "aave", "compound"}
	t0        = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	hashA     = "0x" + fmt.Sprintf("%064x", 0xa)
)

// fixture is a store the test fills through the store's own writes: ticks
// 10 s apart, a decision each (every fifth a rebalance with a mined
// transaction), 3 sources.
type fixture struct {
	st     *store.Store
	cfg    *config.Config
	now    time.Time
	ticks  []int64
	obs    [][]store.Observation
	ds     []store.Decision
	totals []*big.Int
}

func newFixture(t testing.TB, ticks int) *fixture {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{st: st, cfg: config.Default()}
	for i := range ticks {
		f.addTick(t, i)
	}
	f.now = t0.Add(time.Duration(ticks) * 10 * time.Second)
	return f
}

func (f *fixture) addTick(t testing.TB, i int) {
	t.Helper()
	ctx := context.Background()
	at := t0.Add(time.Duration(i) * 10 * time.Second)
	obs := make([]store.Observation, len(testSources))
	total := big.NewInt(0)
	for j, src := range testSources {
		a := big.NewInt(int64(300_000_000_000 + 1_000_000*(i*(j+1)%97)))
		total.Add(total, a)
		obs[j] = store.Observation{Time: at, ChainID: testChain, Vault: testVault, Block: uint64(100 + i), BlockTime: at,
			Source: src, Name: testNames[j], Assets: a, SupplyAPY: 0.03 + 0.01*float64(j) + 0.001*float64(i%7)}
	}
	total.Add(total, big.NewInt(50_000_000_000)) // idle
	tick, err := f.st.RecordObservations(ctx, obs)
	if err != nil {
		t.Fatal(err)
	}
	dec := uint8(6)
	d := store.Decision{TickID: tick, Time: at, ChainID: testChain, Vault: testVault, Block: uint64(100 + i),
		Action: store.ActionHold, Reason: fmt.Sprintf("hold %d", i), TotalAssets: total, Sources: testSources,
		CurrentWeights: []float64{0.3, 0.3, 0.3}, TargetWeights: []float64{0.3, 0.3, 0.3},
		Targets: []*big.Int{obs[0].Assets, obs[1].Assets, obs[2].Assets}, ExpectedGain: 1, GasCost: 2,
		ConfigHash: hashA, ApprovedHash: hashA, AssetDecimals: &dec}
	if i%5 == 4 {
		d.Action, d.Reason, d.GasEstimate = store.ActionRebalance, "gain beats gas", 300_000
		d.TargetWeights = []float64{0.5, 0.2, 0.2}
		d.ExpectedGain = 100
		d.ForecastModel, d.Forecast = "ewma half-life 3d", []float64{0.05, 0.04, 0.03}
	}
	id, err := f.st.RecordDecision(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.ID = id
	if d.Action == store.ActionRebalance {
		if _, err := f.st.RecordTransaction(ctx, store.Transaction{DecisionID: id, Hash: fmt.Sprintf("0x%064x", id),
			Status: store.StatusMined, Block: uint64(101 + i), GasUsed: 250_000, GasPrice: big.NewInt(1e9), SentAt: at}); err != nil {
			t.Fatal(err)
		}
	}
	f.ticks, f.obs, f.ds, f.totals = append(f.ticks, tick), append(f.obs, obs), append(f.ds, d), append(f.totals, total)
}

func (f *fixture) handler() http.Handler {
	return Handler(Options{Store: f.st, Config: func() *config.Config { return f.cfg }, Now: func() time.Time { return f.now }})
}

func (f *fixture) server(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(f.handler())
	t.Cleanup(srv.Close)
	return srv
}
