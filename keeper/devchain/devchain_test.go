package devchain

import (
	"context"
	"io"
	"log/slog"
	"math"
	"math/big"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

func tokens(v *big.Int) float64 {
	f, _ := new(big.Rat).SetFrac(v, big.NewInt(1_000_000)).Float64()
	return f
}

func embeddedConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(`
local:
  chain:
    kind: embedded
    embedded:
      block_interval: 50ms
      block_time: 1h
      seed: 3
      deposit: 250000
      min_idle: 0.02
      pools:
        - {name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 1000000, utilisation: 0.5, volatility: 0.05}
        - {name: b, base_rate: 0.01, slope1: 0.07, slope2: 3, optimal_utilisation: 0.8, reserve_factor: 0.2, liquidity: 400000, utilisation: 0.9, volatility: 0.05}
governed:
  sources:
    - {name: a, cap: 1}
    - {name: b, cap: 1}
`))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func TestStartDeploysFundedMarket(t *testing.T) {
	ctx := context.Background()
	cfg := embeddedConfig(t)
	ch, err := Start(ctx, cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	id, err := ch.Client.ChainID(ctx)
	if err != nil || id.Cmp(ChainID) != 0 {
		t.Fatalf("chain ID %v, %v", id, err)
	}
	vc, err := vaults.New(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	st, err := vc.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.TotalAssets.Cmp(Tokens(250000)) != 0 || st.Idle.Cmp(st.TotalAssets) != 0 {
		t.Fatalf("vault holds %v (idle %v), want the whole deposit idle", st.TotalAssets, st.Idle)
	}
	if st.Decimals != Decimals || st.Keeper != ch.Keeper.Address() || st.MinIdleBps != 200 || len(st.Sources) != 2 {
		t.Fatalf("vault state: %+v", st)
	}
	// The vault keeps its 1h default cooldown: one block of the demo's chain time.
	if st.Cooldown != time.Hour || st.Cooldown > cfg.Chain.Embedded.BlockTime.D() {
		t.Fatalf("vault cooldown %v, want the 1h default, at most block_time %v", st.Cooldown, cfg.Chain.Embedded.BlockTime.D())
	}
	// Each pool's supply rate matches the Aave formula at its initial utilisation.
	for i, s := range st.Sources {
		p := cfg.Chain.Embedded.Pools[i]
		if s.Address != ch.Pools[i].Adapter {
			t.Fatalf("source %d is %s, want adapter %s", i, s.Address.Hex(), ch.Pools[i].Adapter.Hex())
		}
		// Debt and free liquidity as the pool's borrower sees them (the real
		// Aave's tokens, or the port's views).
		call := &bind.CallOpts{Context: ctx}
		debt, supplied, avail, err := ch.lending(ch.Pools[i]).balances(call)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := new(big.Rat).SetFrac(debt, supplied).Float64()
		// Debt accrues interest during the 24h governance delay of setup.
		if u < p.Utilisation || u > p.Utilisation+0.01 {
			t.Fatalf("pool %s utilisation %v, want %v", p.Name, u, p.Utilisation)
		}
		// The Go rate-impact model and the Solidity pool (through the
		// adapter's supplyRateAfter, i.e. Aave's strategy) agree on the rate
		// now and after hypothetical deposits and withdrawals.
		model, err := rateimpact.NewKinked(rateimpact.AaveCurve{Base: p.BaseRate, Slope1: p.Slope1, Slope2: p.Slope2,
			Optimal: p.OptimalUtilisation, ReserveFactor: p.ReserveFactor}, tokens(debt)+tokens(avail), tokens(debt))
		if err != nil {
			t.Fatal(err)
		}
		src, err := bindings.NewSource(s.Address, ch.Client)
		if err != nil {
			t.Fatal(err)
		}
		// Withdrawals stay within free liquidity: beyond it Aave's strategy
		// itself underflows, as no such withdrawal can happen.
		for _, x := range []float64{0, 1000, 100_000, 1_000_000, -model.MaxWithdraw() / 2, -model.MaxWithdraw() * 0.99} {
			add, rem := Tokens(math.Max(x, 0)), Tokens(math.Max(-x, 0))
			got, err := src.SupplyRateAfter(call, add, rem)
			if err != nil {
				t.Fatalf("pool %s: supplyRateAfter(%v): %v", p.Name, x, err)
			}
			apr, _ := new(big.Rat).SetFrac(got, vaults.Ray).Float64()
			if want := model.RateAfter(x); math.Abs(apr-want) > 1e-9*math.Max(1, want) {
				t.Fatalf("pool %s: supplyRateAfter(%v) = %.12f, Go model %.12f", p.Name, x, apr, want)
			}
		}
	}

	// The market simulator moves utilisation, and with it the rates; chain time advances.
	before := st
	h0, _ := ch.Client.HeaderByNumber(ctx, nil)
	for i := 0; i < 20; i++ {
		ch.Step(ctx)
	}
	h1, _ := ch.Client.HeaderByNumber(ctx, nil)
	if h1.Time-h0.Time < 19*3600 {
		t.Fatalf("chain time advanced %ds over 20 steps of 1h", h1.Time-h0.Time)
	}
	after, err := vc.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	moved := 0
	for i := range after.Sources {
		if after.Sources[i].SupplyRate.Cmp(before.Sources[i].SupplyRate) != 0 {
			moved++
		}
	}
	if moved != len(after.Sources) {
		t.Fatalf("market simulator moved %d of %d pools' rates", moved, len(after.Sources))
	}
}

func TestKeeperKeyRefusesOtherChains(t *testing.T) {
	ctx := context.Background()
	cfg := embeddedConfig(t)
	ch, err := Start(ctx, cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Gas: 21000})
	if _, err := ch.Keeper.SignTx(ctx, big.NewInt(1), tx); err == nil || !strings.Contains(err.Error(), "refusing to sign for chain ID 1") {
		t.Fatalf("dev key signed for mainnet: %v", err)
	}
}

func TestStartRejectsBusyRPCPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cfg := embeddedConfig(t)
	cfg.Chain.Embedded.RPCAddr = ln.Addr().String()
	_, err = Start(context.Background(), cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "chain.embedded.rpc_addr") || !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Fatalf("want an error naming the busy rpc_addr, got %v", err)
	}
}

// The config registry belongs to the timelock: only a governed (scheduled,
// delayed, executed) call sets the approved hash.
func TestConfigRegistryIsGovernedByTheTimelock(t *testing.T) {
	ctx := context.Background()
	cfg := embeddedConfig(t)
	ch, err := Start(ctx, cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	reg, err := bindings.NewConfigRegistry(ch.Registry, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	if owner, err := reg.Owner(call); err != nil || owner != ch.Timelock {
		t.Fatalf("registry owner %s (%v), want the timelock %s", owner.Hex(), err, ch.Timelock.Hex())
	}
	if h, err := reg.ConfigHash(call); err != nil || h != ([32]byte{}) {
		t.Fatalf("fresh registry hash %x, %v", h, err)
	}
	// The proposer cannot set it directly.
	po, err := ch.ProposerOpts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	po.GasLimit = 200_000
	tx, err := reg.SetConfig(po, cfg.GovernedHash(), "x")
	if err := ch.Mine(ctx, "direct setConfig", tx, err); err == nil {
		t.Fatal("the proposer set the registry without the timelock")
	}
	if err := ch.ApproveConfig(ctx, cfg.GovernedHash(), "file://config.yaml"); err != nil {
		t.Fatal(err)
	}
	h, err := reg.ConfigHash(call)
	v, verr := reg.Version(call)
	if err != nil || verr != nil || h != cfg.GovernedHash() || v.Int64() != 1 {
		t.Fatalf("after ApproveConfig: hash %x version %v (%v, %v), want %x version 1", h, v, err, verr, cfg.GovernedHash())
	}
}
