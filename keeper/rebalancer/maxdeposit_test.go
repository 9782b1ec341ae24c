package rebalancer

import (
	"context"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// The best source is an ERC-4626 vault whose deposit limit leaves room for
// only 5% of the keeper's vault (issue 15, maxDeposit): the keeper reads
// the room with the sources' state and plans the rebalance within it, so
// the rebalance is mined (a deposit beyond the limit would revert it whole)
// and fills the room rather than giving up on the source.
func TestRebalanceTowardACappedERC4626TargetRespectsItsDepositLimit(t *testing.T) {
	cfg, err := config.Parse([]byte(`
local:
  chain:
    kind: embedded
    embedded:
      block_interval: 50ms
      block_time: 1h
      deposit: 100000
      min_idle: 0.02
      pools:
        - {name: low, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.5, volatility: 0}
        - {name: capped, kind: erc4626, base_rate: 0.01, slope1: 0.3, slope2: 1, optimal_utilisation: 0.8, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.7, volatility: 0}
governed:
  sources:
    - {name: low, cap: 0.9}
    - {name: capped, cap: 0.9}
`))
	if err != nil {
		t.Fatal(err)
	}
	cfg.Storage.Path = filepath.Join(t.TempDir(), "keeper.db")
	f := newFixture(t, cfg)
	ctx := context.Background()
	var capped *devchain.Pool
	for _, p := range f.chain.Pools {
		if p.Config.Name == "capped" {
			capped = p
		}
	}
	call := &bind.CallOpts{Context: ctx}
	held, err := capped.Vault4626.TotalAssets(call)
	if err != nil {
		t.Fatal(err)
	}
	room := devchain.Tokens(5_000)
	limit := new(big.Int).Add(held, room)
	_, g := f.guardian(t) // anyone may set the mock's limit
	tx, err := capped.Vault4626.SetDepositCap(g, limit)
	if err := f.chain.Mine(ctx, "cap the ERC-4626 vault's deposits", tx, err); err != nil {
		t.Fatal(err)
	}

	f.mineInBackground(t)
	out, err := f.tick(t, f.p, false)
	if err != nil {
		t.Fatal(err)
	}
	d := out.Decision
	if d.Action != ActionRebalance || out.Tx == nil || out.Tx.Status != "mined" {
		t.Fatalf("want a mined rebalance, got %s (%s), tx %+v", d.Action, d.Reason, out.Tx)
	}
	ci := -1
	for i, n := range out.Names {
		if n == "capped" {
			ci = i
		}
	}
	if got := out.State.Sources[ci].MaxDeposit; got.Cmp(room) != 0 {
		t.Fatalf("maxDeposit read with the state: %v, want the room %v", got, room)
	}
	target := d.Targets[ci]
	if target.Cmp(room) > 0 {
		t.Fatalf("target %v for the capped source, above the room its deposit limit leaves (%v)", target, room)
	}
	// It still wants the source: the room is filled, less the keeper's margin (0.1% and a unit).
	if floor := new(big.Int).Sub(room, new(big.Int).Add(new(big.Int).Quo(room, big.NewInt(1000)), big.NewInt(2))); target.Cmp(floor) < 0 {
		t.Fatalf("target %v for the capped source, want the room %v less the margin", target, room)
	}
	total, err := capped.Vault4626.TotalAssets(call)
	if err != nil {
		t.Fatal(err)
	}
	if total.Cmp(limit) > 0 {
		t.Fatalf("the ERC-4626 vault holds %v, above its deposit limit %v", total, limit)
	}
}

// depositCap: nothing without a limit; else what the vault holds plus the
// room less its margin, never below what the vault holds.
func TestDepositCap(t *testing.T) {
	src := func(assets, room *big.Int) vaults.SourceState {
		return vaults.SourceState{Assets: assets, MaxDeposit: room}
	}
	if c := depositCap(src(big.NewInt(7), maxUint256)); c != nil {
		t.Fatalf("no limit: got %v, want nil", c)
	}
	for _, tc := range []struct{ assets, room, want int64 }{
		{100, 0, 100},             // full: keep what it holds
		{100, 1, 100},             // one unit of room is the margin
		{0, 5_000_000, 4_994_999}, // 0.1% and a unit less
		{2_000, 1_000_000, 1_000_999},
	} {
		if c := depositCap(src(big.NewInt(tc.assets), big.NewInt(tc.room))); c.Cmp(big.NewInt(tc.want)) != 0 {
			t.Fatalf("holding %d, room %d: cap %v, want %d", tc.assets, tc.room, c, tc.want)
		}
	}
}
