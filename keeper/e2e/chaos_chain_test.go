package e2e

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// miner seals a block with the market's moves every block interval (250 ms,
// newEnv's), as env.mineBlocks does, and can be paused: for a reorg, or to
// seal the test's own transactions.
type miner struct {
	hold chan struct{} // a token held while a round is sealed, or while paused
}

func (e *env) startMiner() *miner {
	m := &miner{hold: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			select {
			case <-ctx.Done():
				return
			case m.hold <- struct{}{}:
			}
			e.chain.Step(ctx)
			<-m.hold
		}
	}()
	e.t.Cleanup(func() { cancel(); <-done })
	return m
}

// pause waits for the round being sealed, if any, and stops the miner.
func (m *miner) pause() { m.hold <- struct{}{} }

// resume starts the paused miner again.
func (m *miner) resume() { <-m.hold }

// deposit has the demo depositor put pct percent of the vault's total
// assets more into it (minted to the depositor first), each transaction
// sealed at once, so that the keeper has idle assets to place: a rebalance
// is warranted. The caller has paused the miner. It returns the amount.
func (e *env) deposit(pct int64) *big.Int {
	e.t.Helper()
	v, err := bindings.NewVault(e.chain.Vault, e.chain.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	total, err := v.TotalAssets(&bind.CallOpts{Context: context.Background()})
	if err != nil {
		e.t.Fatal(err)
	}
	amount := new(big.Int).Div(new(big.Int).Mul(total, big.NewInt(pct)), big.NewInt(100))
	e.depositAmount(amount)
	return amount
}

// depositAmount is deposit of amount base units.
func (e *env) depositAmount(amount *big.Int) {
	e.t.Helper()
	ctx := context.Background()
	v, err := bindings.NewVault(e.chain.Vault, e.chain.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.chain.Mint(ctx, e.chain.Depositor, amount); err != nil {
		e.t.Fatal(err)
	}
	tok, err := bindings.NewMockStablecoin(e.chain.Token, e.chain.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	o, err := e.chain.DepositorOpts(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	tx, err := tok.Approve(o, e.chain.Vault, amount)
	if err := e.chain.Mine(ctx, "approving the deposit", tx, err); err != nil {
		e.t.Fatal(err)
	}
	if o, err = e.chain.DepositorOpts(ctx); err != nil {
		e.t.Fatal(err)
	}
	tx, err = v.Deposit(o, amount, e.chain.Depositor)
	if err := e.chain.Mine(ctx, "depositing", tx, err); err != nil {
		e.t.Fatal(err)
	}
}

// signedGuardianTx is the guardian's pause (or unpause) of the vault,
// signed and not sent, with fees any block of the run admits.
func (e *env) signedGuardianTx(pause bool) *types.Transaction {
	e.t.Helper()
	ctx := context.Background()
	v, err := bindings.NewVault(e.chain.Vault, e.chain.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	o, err := e.chain.GuardianOpts(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	o.NoSend, o.GasLimit = true, 200_000
	o.GasFeeCap, o.GasTipCap = big.NewInt(100e9), big.NewInt(1e9)
	call := v.Unpause
	if pause {
		call = v.Pause
	}
	tx, err := call(o)
	if err != nil {
		e.t.Fatal(err)
	}
	return tx
}

// guardianTx is signedGuardianTx encoded for anvil_reorg.
func (e *env) guardianTx(pause bool) string {
	e.t.Helper()
	raw, err := e.signedGuardianTx(pause).MarshalBinary()
	if err != nil {
		e.t.Fatal(err)
	}
	return hexutil.Encode(raw)
}

// pastCooldown seals, if the vault's rebalance cooldown has not passed at
// the head, a block at its end, so that the keeper may rebalance while
// the miner is paused (the miner's time jumps are what usually pass it).
// The caller has paused the miner.
func (e *env) pastCooldown() {
	e.t.Helper()
	ctx := context.Background()
	v, err := bindings.NewVault(e.chain.Vault, e.chain.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	last, err := v.LastRebalance(call)
	if err != nil {
		e.t.Fatal(err)
	}
	cooldown, err := v.Cooldown(call)
	if err != nil {
		e.t.Fatal(err)
	}
	head, err := e.chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	ready := last.Uint64() + cooldown.Uint64()
	if head.Time >= ready {
		return
	}
	if err := e.chain.AdvanceTime(ctx, time.Duration(ready-head.Time+1)*time.Second); err != nil {
		e.t.Fatal(err)
	}
}
