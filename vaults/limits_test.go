package vaults_test

import (
	"context"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// limitsEnv is a deployed market: vault with three sources, 100k idle.
type limitsEnv struct {
	ctx   context.Context
	ch    *devchain.Chain
	vault *bindings.Vault
	abi   *abi.ABI
	state vaults.State
}

func newLimitsEnv(t *testing.T) *limitsEnv {
	t.Helper()
	cfg, err := config.Parse([]byte(`
local:
  chain:
    kind: embedded
    embedded:
      deposit: 100000
      min_idle: 0.05
      timelock_delay: 1h
      pools:
        - {name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.5}
        - {name: b, slope1: 0.06, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.5}
        - {name: c, slope1: 0.08, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 500000, utilisation: 0.5}
governed:
  sources:
    - {name: a, cap: 0.5}
    - {name: b, cap: 0.5}
    - {name: c, cap: 0.5}
`))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	ch, err := devchain.Start(ctx, cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	v, err := bindings.NewVault(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	e := &limitsEnv{ctx: ctx, ch: ch, vault: v, abi: parsed}
	e.refresh(t)
	return e
}

func (e *limitsEnv) refresh(t *testing.T) {
	t.Helper()
	vc, err := vaults.New(e.ch.Vault, e.ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	if e.state, err = vc.State(e.ctx); err != nil {
		t.Fatal(err)
	}
}

func (e *limitsEnv) receipt() bindings.DecisionReceipt {
	return bindings.DecisionReceipt{ConfigHash: [32]byte{1}, ModelId: [32]byte{2}, InputBlock: new(big.Int).SetUint64(e.state.Block),
		PredictedApyBps: big.NewInt(300), ExpectedGain: big.NewInt(1)}
}

// simulate runs rebalance as from through eth_estimateGas and returns the decoded revert, or nil.
func (e *limitsEnv) simulate(t *testing.T, from common.Address, targets []*big.Int, r bindings.DecisionReceipt) *vaults.RevertError {
	t.Helper()
	data, err := e.abi.Pack("rebalance", targets, r)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.ch.Client.EstimateGas(e.ctx, ethereum.CallMsg{From: from, To: &e.ch.Vault, Data: data})
	if err == nil {
		return nil
	}
	rv, ok := vaults.DecodeRevert(err)
	if !ok {
		t.Fatalf("rebalance failed without revert data: %v", err)
	}
	return rv
}

func (e *limitsEnv) expectRevert(t *testing.T, what, want string, from common.Address, targets []*big.Int, r bindings.DecisionReceipt) {
	t.Helper()
	rv := e.simulate(t, from, targets, r)
	if rv == nil {
		t.Fatalf("%s: rebalance accepted, want %s", what, want)
	}
	if rv.Name != want {
		t.Fatalf("%s: reverted with %v, want %s", what, rv, want)
	}
	if !strings.HasPrefix(rv.Error(), "reverted: "+want+"(") {
		t.Fatalf("%s: error text %q", what, rv.Error())
	}
}

func tok(x int64) *big.Int { return devchain.Tokens(float64(x)) }

func (e *limitsEnv) keeperOpts(t *testing.T) *bind.TransactOpts {
	t.Helper()
	s := e.ch.Keeper
	return &bind.TransactOpts{From: s.Address(), Context: e.ctx, Signer: func(_ common.Address, tx *types.Transaction) (*types.Transaction, error) {
		return s.SignTx(e.ctx, devchain.ChainID, tx)
	}}
}

func (e *limitsEnv) govern(t *testing.T, what, method string, args ...any) {
	t.Helper()
	data, err := e.abi.Pack(method, args...)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.ch.Govern(e.ctx, what, devchain.Call{Target: e.ch.Vault, Data: data}); err != nil {
		t.Fatal(err)
	}
}

func TestRebalanceRejectedByEachOnChainLimit(t *testing.T) {
	e := newLimitsEnv(t)
	keeper := e.ch.Keeper.Address()
	a := e.state.Sources[0].Address
	ok := []*big.Int{tok(30_000), tok(30_000), tok(30_000)}
	if rv := e.simulate(t, keeper, ok, e.receipt()); rv != nil {
		t.Fatalf("a valid rebalance reverted: %v", rv)
	}

	e.expectRevert(t, "not the keeper", "NotKeeper", e.ch.Depositor, ok, e.receipt())
	e.expectRevert(t, "wrong length", "InvalidTargetsLength", keeper, ok[:2], e.receipt())
	e.expectRevert(t, "relative cap (50%)", "RelativeCapExceeded", keeper, []*big.Int{tok(60_000), tok(0), tok(0)}, e.receipt())
	e.expectRevert(t, "min idle (5%)", "MinIdleViolated", keeper, []*big.Int{tok(40_000), tok(40_000), tok(20_000)}, e.receipt())
	future := e.receipt()
	future.InputBlock = new(big.Int).SetUint64(e.state.Block + 1000)
	e.expectRevert(t, "receipt from the future", "FutureReceipt", keeper, ok, future)

	// The guardian lowers a cap at once; raising it back needs governance.
	gopts, err := e.ch.GuardianOpts(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := e.vault.LowerCaps(gopts, a, tok(10_000), big.NewInt(5_000))
	if err := e.ch.Mine(e.ctx, "guardian lowers cap", tx, err); err != nil {
		t.Fatal(err)
	}
	e.expectRevert(t, "absolute cap lowered by the guardian", "CapExceeded", keeper, ok, e.receipt())
	tx, err = e.vault.LowerCaps(gopts, a, tok(20_000), big.NewInt(5_000))
	if err := e.ch.Mine(e.ctx, "guardian tries to raise a cap", tx, err); err == nil {
		t.Fatal("the guardian raised a cap")
	}
	e.govern(t, "restore cap", "setCaps", a, tok(1_000_000), big.NewInt(5_000))

	// Governance limits turnover to 10% of total assets.
	e.govern(t, "limit turnover", "setMaxTurnoverBps", big.NewInt(1_000))
	e.refresh(t)
	e.expectRevert(t, "max turnover (10%)", "TurnoverExceeded", keeper, ok, e.receipt())
	small := []*big.Int{tok(3_000), tok(3_000), tok(3_000)}
	if rv := e.simulate(t, keeper, small, e.receipt()); rv != nil {
		t.Fatalf("a 9%% move reverted under a 10%% turnover limit: %v", rv)
	}

	// The vault's default cooldown (1 hour) blocks the next rebalance after a mined one.
	if e.state.Cooldown != time.Hour {
		t.Fatalf("deployed vault's cooldown %v, want the 1h default", e.state.Cooldown)
	}
	tx, err = e.vault.Rebalance(e.keeperOpts(t), small, e.receipt())
	if err := e.ch.Mine(e.ctx, "rebalance", tx, err); err != nil {
		t.Fatal(err)
	}
	e.refresh(t)
	e.expectRevert(t, "cooldown", "CooldownActive", keeper, []*big.Int{tok(4_000), tok(4_000), tok(4_000)}, e.receipt())

	// The guardian pauses: rebalances and deposits stop, withdrawals do not.
	tx, err = e.vault.Pause(gopts)
	if err := e.ch.Mine(e.ctx, "pause", tx, err); err != nil {
		t.Fatal(err)
	}
	e.expectRevert(t, "paused", "VaultPaused", keeper, small, e.receipt())
	dopts, err := e.ch.DepositorOpts(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	before, err := e.vault.BalanceOf(&bind.CallOpts{Context: e.ctx}, e.ch.Depositor)
	if err != nil {
		t.Fatal(err)
	}
	// 99k leaves only ~1k idle, so the withdrawal pulls from the sources too.
	tx, err = e.vault.Withdraw(dopts, tok(99_000), e.ch.Depositor, e.ch.Depositor)
	if err := e.ch.Mine(e.ctx, "withdraw while paused", tx, err); err != nil {
		t.Fatalf("withdrawal blocked while paused: %v", err)
	}
	after, err := e.vault.BalanceOf(&bind.CallOpts{Context: e.ctx}, e.ch.Depositor)
	if err != nil {
		t.Fatal(err)
	}
	if after.Cmp(before) >= 0 {
		t.Fatal("withdrawal burned no shares")
	}
	tx, err = e.vault.Deposit(dopts, tok(1), e.ch.Depositor)
	if err := e.ch.Mine(e.ctx, "deposit while paused", tx, err); err == nil {
		t.Fatal("deposit accepted while paused")
	}
}
