package vaults

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
)

// Liveness is what the keeper needs to prove it is alive when it cannot
// read enough of the vault to decide anything: five reads at one block.
type Liveness struct {
	Block              uint64
	BlockTime          time.Time
	Keeper             common.Address
	Failsafe           bool
	LivenessWindow     time.Duration // 0: failsafe off
	LastKeeperActivity time.Time
}

// HeartbeatDue is State.HeartbeatDue for these fields.
func (l Liveness) HeartbeatDue() bool {
	return State{LivenessWindow: l.LivenessWindow, BlockTime: l.BlockTime, LastKeeperActivity: l.LastKeeperActivity}.HeartbeatDue()
}

// Liveness reads the vault's keeper, failsafe flag, liveness window and the
// keeper's last activity at the latest block, and nothing else.
func (c *Client) Liveness(ctx context.Context) (Liveness, error) {
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return Liveness{}, fmt.Errorf("reading latest block header: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	l := Liveness{Block: head.Number.Uint64(), BlockTime: time.Unix(int64(head.Time), 0).UTC()}
	wrap := func(what string, err error) error {
		return fmt.Errorf("reading vault %s %s at block %d: %w", c.addr.Hex(), what, l.Block, err)
	}
	if l.Keeper, err = c.vault.Keeper(opts); err != nil {
		return Liveness{}, wrap("keeper", err)
	}
	if l.Failsafe, err = c.vault.Failsafe(opts); err != nil {
		return Liveness{}, wrap("failsafe", err)
	}
	w, err := c.vault.LivenessWindow(opts)
	if err != nil {
		return Liveness{}, wrap("livenessWindow", err)
	}
	a, err := c.vault.LastKeeperActivity(opts)
	if err != nil {
		return Liveness{}, wrap("lastKeeperActivity", err)
	}
	const maxSeconds = 1 << 40
	if !w.IsInt64() || w.Sign() < 0 || w.Int64() > maxSeconds || !a.IsInt64() || a.Sign() < 0 || a.Int64() > maxSeconds {
		return Liveness{}, fmt.Errorf("vault %s at block %d: livenessWindow %v s, lastKeeperActivity %v: implausible", c.addr.Hex(), l.Block, w, a)
	}
	l.LivenessWindow = time.Duration(w.Int64()) * time.Second
	l.LastKeeperActivity = time.Unix(a.Int64(), 0).UTC()
	return l, nil
}
