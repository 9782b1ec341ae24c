package devchain

import (
	"context"
	"io"
	"log/slog"
	"math"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// kindsConfig is embeddedConfig with one pool of each kind (kind aave twice:
// the local LendingPool acting as v3.2 and the real Aave v3.0), each capped
// at 18% of the vault, and a risk-neutral optimizer.
func kindsConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg := embeddedConfig(t)
	cfg.Chain.Embedded.Seed = 5
	cfg.Chain.Embedded.Pools = []config.Pool{
		{Name: "a", Kind: config.PoolAave, AaveVersion: "3.2", Slope1: 0.04, Slope2: 0.6, OptimalUtilisation: 0.9, ReserveFactor: 0.1,
			Liquidity: 1_000_000, Utilisation: 0.6, Volatility: 0.05},
		{Name: "c", Kind: config.PoolComet, BaseRate: 0.01, Slope1: 0.05, Slope2: 1.5, OptimalUtilisation: 0.8, ReserveFactor: 0.1,
			Liquidity: 800_000, Utilisation: 0.7, Volatility: 0.05},
		{Name: "e", Kind: config.PoolERC4626, BaseRate: 0.01, Slope1: 0.07, Slope2: 3, OptimalUtilisation: 0.8, ReserveFactor: 0.2,
			Liquidity: 600_000, Utilisation: 0.6, Volatility: 0.05},
		{Name: "m", Kind: config.PoolMorpho, BaseRate: 0.005, Slope1: 0.06, Slope2: 2, OptimalUtilisation: 0.9, ReserveFactor: 0.1,
			Liquidity: 700_000, Utilisation: 0.65, Volatility: 0.05},
		{Name: "r", Kind: config.PoolAave, AaveVersion: "3.0", Slope1: 0.04, Slope2: 0.6, OptimalUtilisation: 0.9, ReserveFactor: 0.1,
			Liquidity: 900_000, Utilisation: 0.7, Volatility: 0.05},
	}
	cfg.Sources = []config.Source{{Name: "a", Cap: kindsCap}, {Name: "c", Cap: kindsCap}, {Name: "e", Cap: kindsCap},
		{Name: "m", Cap: kindsCap}, {Name: "r", Cap: kindsCap}}
	cfg.Optimizer.RiskAversion = 0
	cfg.Storage.Path = filepath.Join(t.TempDir(), "keeper.db")
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

// kindsCap is each kindsConfig source's cap: the five fill 90% of the vault.
const kindsCap = 0.18

func ratio(v, unit *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(v, unit).Float64()
	return f
}

// One pool of each kind deploys, quotes the rate its curve implies, moves
// with the market simulator, and takes the keeper's allocation.
func TestEachPoolKindDeploysMovesAndTakesAllocation(t *testing.T) {
	ctx := context.Background()
	cfg := kindsConfig(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ch, err := Start(ctx, cfg.Chain.Embedded, cfg.Sources, log)
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	vc, err := vaults.New(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	state := func() vaults.State {
		t.Helper()
		st, err := vc.State(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	st := state()
	if len(st.Sources) != 5 {
		t.Fatalf("%d sources, want 5", len(st.Sources))
	}
	call := &bind.CallOpts{Context: ctx}
	wad := big.NewInt(1e18)
	for i, p := range ch.Pools {
		pc, s := p.Config, st.Sources[i]
		if s.Address != p.Adapter {
			t.Fatalf("source %d is %s, want %s's adapter %s", i, s.Address.Hex(), pc.Name, p.Adapter.Hex())
		}
		apr := ratio(s.SupplyRate, vaults.Ray)
		aave := rateimpact.AaveCurve{Base: pc.BaseRate, Slope1: pc.Slope1, Slope2: pc.Slope2,
			Optimal: pc.OptimalUtilisation, ReserveFactor: pc.ReserveFactor}
		switch pc.Kind {
		case config.PoolAave:
			if realAave(pc) {
				// A market of the real Aave v3 (@aave/core-v3): its pool quotes the curve's supply rate at its
				// utilisation (debt / (debt + free liquidity), as its strategy computes it).
				debt, supply, _, err := ch.lending(p).balances(call)
				if err != nil {
					t.Fatal(err)
				}
				u := ratio(debt, supply)
				if u < pc.Utilisation || u > pc.Utilisation+0.01 {
					t.Fatalf("real aave %s utilisation %v, want %v", pc.Name, u, pc.Utilisation)
				}
				if want := aave.SupplyRate(u); math.Abs(apr-want) > 0.01*want {
					t.Fatalf("real aave %s: supply APR %v, curve %v", pc.Name, apr, want)
				}
				if _, err := p.Contract.AAVEVERSION(call); err == nil {
					t.Fatalf("real aave %s answers the port's AAVE_VERSION", pc.Name)
				}
				break
			}
			if p.Contract == nil || p.Comet != nil || p.Vault4626 != nil {
				t.Fatalf("pool %s: bindings %+v", pc.Name, p)
			}
			if v, err := p.Contract.AAVEVERSION(call); err != nil || v != 2 {
				t.Fatalf("aave pool %s acts as AaveRateAbi %v (%v), want 2 (v3.2+)", pc.Name, v, err)
			}
			util, err := p.Contract.Utilization(call)
			if err != nil {
				t.Fatal(err)
			}
			// The stored rate is that of the last update; debt has accrued since.
			if want := aave.SupplyRate(ratio(util, vaults.Ray)); math.Abs(apr-want) > 0.01*want {
				t.Fatalf("aave pool %s: supply APR %v, curve %v", pc.Name, apr, want)
			}
		case config.PoolComet:
			r := pc.CometRates()
			// The Comet market holds the derived parameters.
			kink, err := p.Comet.SupplyKink(call)
			if err != nil || kink != 8e17 {
				t.Fatalf("comet %s supply kink %v, %v", pc.Name, kink, err)
			}
			util, err := p.Comet.GetUtilization(call)
			if err != nil {
				t.Fatal(err)
			}
			u := ratio(util, wad)
			if u < pc.Utilisation || u > pc.Utilisation+0.01 {
				t.Fatalf("comet %s utilisation %v, want %v", pc.Name, u, pc.Utilisation)
			}
			curve := rateimpact.CometCurve{Base: r.SupplyBase, SlopeLow: r.SupplySlopeLow, SlopeHigh: r.SupplySlopeHigh, Kink: r.Kink}
			if want := curve.SupplyRate(u); math.Abs(apr-want) > 1e-6 {
				t.Fatalf("comet %s: supply APR %v, curve %v", pc.Name, apr, want)
			}
			// Below the kink the chord pays at most a little more than Aave's curve, and exactly it at the kink.
			if apr < aave.SupplyRate(u) || math.Abs(curve.SupplyRate(r.Kink)-aave.SupplyRate(r.Kink)) > 1e-12 {
				t.Fatalf("comet %s: supply APR %v vs the Aave curve's %v", pc.Name, apr, aave.SupplyRate(u))
			}
		case config.PoolERC4626:
			// The warm-up gave the adapter its full median, at the initial utilisation.
			adapter, err := bindings.NewERC4626Adapter(p.Adapter, ch.Client)
			if err != nil {
				t.Fatal(err)
			}
			if n, err := adapter.CheckpointCount(call); err != nil || n.Int64() < 8 {
				t.Fatalf("erc4626 %s: %v checkpoints, %v", pc.Name, n, err)
			}
			if want := aave.SupplyRate(pc.Utilisation); math.Abs(apr-want) > 0.01*want {
				t.Fatalf("erc4626 %s: measured APR %v, curve %v", pc.Name, apr, want)
			}
		case config.PoolMorpho:
			// A real Morpho Blue market whose KinkedIrm has the pool's borrow curve and whose fee is its reserve
			// factor: the adapter quotes the Aave curve's supply rate at the market's utilisation (within 0.1%:
			// the adapter's utilisation includes the interest accrued since the market's stored totals, which this
			// reads, and the IRM's per-second rate is rounded down).
			if p.Morpho == nil || p.Contract != nil || p.Comet != nil || p.Vault4626 != nil {
				t.Fatalf("pool %s: bindings %+v", pc.Name, p)
			}
			m, err := p.Morpho.Market(call, p.MorphoID)
			if err != nil {
				t.Fatal(err)
			}
			u := ratio(m.TotalBorrowAssets, m.TotalSupplyAssets)
			if u < pc.Utilisation-0.01 || u > pc.Utilisation+0.01 {
				t.Fatalf("morpho %s utilisation %v, want %v", pc.Name, u, pc.Utilisation)
			}
			if fee := ratio(m.Fee, wad); math.Abs(fee-pc.ReserveFactor) > 1e-12 {
				t.Fatalf("morpho %s fee %v, want %v", pc.Name, fee, pc.ReserveFactor)
			}
			if want := aave.SupplyRate(u); math.Abs(apr-want) > 1e-3*want {
				t.Fatalf("morpho %s: supply APR %v, curve %v", pc.Name, apr, want)
			}
		default:
			t.Fatalf("pool %s: kind %q", pc.Name, pc.Kind)
		}
		if s.SupplyAPY <= 0 || s.SupplyAPY > 0.5 || s.MaxWithdraw.Sign() != 0 {
			t.Fatalf("pool %s (%s): APY %v, maxWithdraw %v", pc.Name, pc.Kind, s.SupplyAPY, s.MaxWithdraw)
		}
	}

	// The market simulator moves every kind's rate.
	for i := 0; i < 12; i++ {
		ch.Step(ctx)
	}
	moved := state()
	for i, s := range moved.Sources {
		if s.SupplyRate.Cmp(st.Sources[i].SupplyRate) == 0 || s.SupplyAPY <= 0 || s.SupplyAPY > 0.5 {
			t.Fatalf("pool %s (%s): APY %v → %v", ch.Pools[i].Config.Name, ch.Pools[i].Config.Kind, st.Sources[i].SupplyAPY, s.SupplyAPY)
		}
	}

	for i := range moved.Sources {
		t.Logf("pool %s (%s): APY %.5f -> %.5f", ch.Pools[i].Config.Name, ch.Pools[i].Config.Kind, st.Sources[i].SupplyAPY, moved.Sources[i].SupplyAPY)
	}
	// One keeper tick fills every source to its cap.
	db, err := store.Open(cfg.Storage.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, err := rebalancer.New(ctx, rebalancer.Params{Config: cfg, Chain: ch.Client, Vault: ch.Vault, Store: db,
		Signer: ch.Keeper, Log: log, Sources: ch.SourceConfigs(cfg.Sources)})
	if err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() { // seal blocks while the tick waits for its receipt
		defer close(done)
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				ch.Backend.Commit()
			}
		}
	}()
	tctx, cancel := context.WithTimeout(ctx, time.Minute)
	out, err := r.Tick(tctx, false)
	cancel()
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	if out.Decision.Action != rebalancer.ActionRebalance || out.Tx == nil || out.Tx.Status != store.StatusMined {
		t.Fatalf("want a mined rebalance, got %+v, tx %+v", out.Decision, out.Tx)
	}
	after := state()
	t.Logf("decision: %s", out.Decision.Reason)
	for i, s := range after.Sources {
		t.Logf("pool %s holds %v of %v", ch.Pools[i].Config.Name, s.Assets, after.TotalAssets)
		if w := ratio(s.Assets, after.TotalAssets); w < kindsCap-0.05 || w > kindsCap+1e-6 {
			t.Errorf("pool %s (%s) holds %.4f of the vault, want its %v cap", ch.Pools[i].Config.Name, ch.Pools[i].Config.Kind, w, kindsCap)
		}
	}
}
