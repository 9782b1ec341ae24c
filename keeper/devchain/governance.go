package devchain

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// deployTimelock deploys governance's TimelockController: the deployer
// proposes and executes, the guardian may cancel, and nobody keeps the admin
// role, so only the timelock itself can change its roles.
func (c *Chain) deployTimelock(ctx context.Context, gov *bind.TransactOpts) error {
	c.Guardian = crypto.PubkeyToAddress(c.guardianKey.PublicKey)
	deployer := crypto.PubkeyToAddress(c.deployer.PublicKey)
	delay := big.NewInt(int64(c.cfg.TimelockDelay.D() / time.Second))
	addr, tx, tl, err := bindings.DeployTimelockController(gov, c.Client, delay, []common.Address{deployer}, []common.Address{deployer}, deployer)
	if err := c.mine(ctx, "deploying timelock", tx, err); err != nil {
		return err
	}
	c.Timelock, c.timelock = addr, tl
	call := &bind.CallOpts{Context: ctx}
	canceller, err := tl.CANCELLERROLE(call)
	if err != nil {
		return fmt.Errorf("reading CANCELLER_ROLE: %w", err)
	}
	admin, err := tl.DEFAULTADMINROLE(call)
	if err != nil {
		return fmt.Errorf("reading DEFAULT_ADMIN_ROLE: %w", err)
	}
	tx, err = tl.GrantRole(gov, canceller, c.Guardian)
	if err := c.mine(ctx, "granting the guardian CANCELLER_ROLE", tx, err); err != nil {
		return err
	}
	tx, err = tl.RenounceRole(gov, admin, deployer)
	return c.mine(ctx, "renouncing the timelock admin role", tx, err)
}

// Call is one governance call: target and calldata.
type Call struct {
	Target common.Address
	Data   []byte
}

// Schedule proposes calls as one timelock batch and returns its operation
// id and salt; nothing happens before the delay has passed and Execute runs.
func (c *Chain) Schedule(ctx context.Context, salt [32]byte, calls ...Call) ([32]byte, error) {
	targets, values, payloads := batch(calls)
	opts, err := c.opts(ctx, c.deployer)
	if err != nil {
		return [32]byte{}, err
	}
	delay := big.NewInt(int64(c.cfg.TimelockDelay.D() / time.Second))
	tx, err := c.timelock.ScheduleBatch(opts, targets, values, payloads, [32]byte{}, salt, delay)
	if err := c.mine(ctx, "scheduling governance batch", tx, err); err != nil {
		return [32]byte{}, err
	}
	return c.timelock.HashOperationBatch(&bind.CallOpts{Context: ctx}, targets, values, payloads, [32]byte{}, salt)
}

// Execute runs a scheduled batch whose delay has passed.
func (c *Chain) Execute(ctx context.Context, salt [32]byte, calls ...Call) error {
	targets, values, payloads := batch(calls)
	opts, err := c.opts(ctx, c.deployer)
	if err != nil {
		return err
	}
	tx, err := c.timelock.ExecuteBatch(opts, targets, values, payloads, [32]byte{}, salt)
	return c.mine(ctx, "executing governance batch", tx, err)
}

// Govern schedules calls, lets the timelock delay pass in chain time, and
// executes them.
func (c *Chain) Govern(ctx context.Context, what string, calls ...Call) error {
	salt := crypto.Keccak256Hash([]byte(what))
	if _, err := c.Schedule(ctx, salt, calls...); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := c.AdvanceTime(ctx, c.cfg.TimelockDelay.D()+time.Second); err != nil {
		return fmt.Errorf("%s: waiting out the timelock: %w", what, err)
	}
	if err := c.Execute(ctx, salt, calls...); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// ApproveConfig publishes hash (a governed config's GovernedHash) as the
// approved keeper config through the timelock: scheduled, the delay let
// pass in chain time, executed.
func (c *Chain) ApproveConfig(ctx context.Context, hash [32]byte, uri string) error {
	data, err := configRegistryABI.Pack("setConfig", hash, uri)
	if err != nil {
		return fmt.Errorf("encoding setConfig: %w", err)
	}
	return c.Govern(ctx, fmt.Sprintf("approve config %x", hash), Call{Target: c.Registry, Data: data})
}

var configRegistryABI = func() *abi.ABI {
	a, err := bindings.ConfigRegistryMetaData.GetAbi()
	if err != nil {
		panic("devchain: ConfigRegistry ABI: " + err.Error()) // generated, cannot fail
	}
	return a
}()

// GrantGovernanceRoles makes account a proposer and executor on the
// timelock, through the timelock itself (a governed grantRole batch): the
// way a keeper's own key is allowed to propose config changes.
func (c *Chain) GrantGovernanceRoles(ctx context.Context, account common.Address) error {
	call := &bind.CallOpts{Context: ctx}
	var calls []Call
	for _, role := range []func(*bind.CallOpts) ([32]byte, error){c.timelock.PROPOSERROLE, c.timelock.EXECUTORROLE} {
		r, err := role(call)
		if err != nil {
			return fmt.Errorf("reading a timelock role: %w", err)
		}
		data, err := timelockABI.Pack("grantRole", r, account)
		if err != nil {
			return fmt.Errorf("encoding grantRole: %w", err)
		}
		calls = append(calls, Call{Target: c.Timelock, Data: data})
	}
	return c.Govern(ctx, "grant governance roles to "+account.Hex(), calls...)
}

var timelockABI = func() *abi.ABI {
	a, err := bindings.TimelockControllerMetaData.GetAbi()
	if err != nil {
		panic("devchain: TimelockController ABI: " + err.Error()) // generated, cannot fail
	}
	return a
}()

// ProposerOpts signs as governance's proposer and executor (the timelock's
// PROPOSER_ROLE and EXECUTOR_ROLE).
func (c *Chain) ProposerOpts(ctx context.Context) (*bind.TransactOpts, error) {
	return c.opts(ctx, c.deployer)
}

// GuardianOpts signs as the guardian.
func (c *Chain) GuardianOpts(ctx context.Context) (*bind.TransactOpts, error) {
	return c.opts(ctx, c.guardianKey)
}

func batch(calls []Call) ([]common.Address, []*big.Int, [][]byte) {
	targets := make([]common.Address, len(calls))
	values := make([]*big.Int, len(calls))
	payloads := make([][]byte, len(calls))
	for i, call := range calls {
		targets[i], values[i], payloads[i] = call.Target, new(big.Int), call.Data
	}
	return targets, values, payloads
}
