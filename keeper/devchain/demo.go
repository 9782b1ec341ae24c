package devchain

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// IncreaseTime seals the pending transactions, then an empty block d of
// chain time after the head (JSON-RPC evm_increaseTime).
func (c *Chain) IncreaseTime(ctx context.Context, d time.Duration) error {
	c.stepMu.Lock()
	defer c.stepMu.Unlock()
	if err := c.node.commit(ctx); err != nil {
		return err
	}
	return c.advanceTime(ctx, d)
}

// MineNow seals the pending transactions into a block (JSON-RPC evm_mine).
func (c *Chain) MineNow(ctx context.Context) error {
	c.stepMu.Lock()
	defer c.stepMu.Unlock()
	return c.node.commit(ctx)
}

// Account is a funded demo account of the simulated chain.
type Account struct {
	Role    string
	Address common.Address
	// Key is the hex private key: the chain is local and thrown away at
	// exit, and a person needs the key to act on it (cast --private-key).
	Key string
}

// DemoAccounts are the accounts a person acts with on the simulated chain:
// the depositor (holding tokens it has not deposited yet), the governor
// (the timelock's proposer and executor) and the guardian (its canceller).
// Nil on an attached node, whose keys are not given out.
func (c *Chain) DemoAccounts() []Account {
	if c.Backend == nil {
		return nil
	}
	acct := func(role string, k *ecdsa.PrivateKey) Account {
		return Account{Role: role, Address: crypto.PubkeyToAddress(k.PublicKey), Key: hexutil.Encode(crypto.FromECDSA(k))}
	}
	return []Account{acct("depositor", c.depositorKey), acct("governor", c.deployer), acct("guardian", c.guardianKey)}
}

// Mint mints amount (base units) of the local stablecoin to holder, and
// seals the block: a test or a demo depositor gets tokens to deposit.
func (c *Chain) Mint(ctx context.Context, holder common.Address, amount *big.Int) error {
	gov, err := c.opts(ctx, c.deployer)
	if err != nil {
		return err
	}
	tx, err := c.token.Mint(gov, holder, amount)
	return c.mine(ctx, "minting to "+holder.Hex(), tx, err)
}
