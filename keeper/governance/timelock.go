package governance

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// OpState is a timelock operation's state: the TimelockController's
// OperationState (Unset, Waiting, Ready, Done) and, for an operation seen
// scheduled that is Unset again, cancelled.
type OpState uint8

// Operation states. The first four are the contract's values.
const (
	OpUnset     OpState = iota // never scheduled, or cancelled
	OpWaiting                  // scheduled, its delay not yet passed
	OpReady                    // its delay passed; it can be executed
	OpExecuted                 // executed (the contract's Done)
	OpCancelled                // scheduled, then cancelled (Status only)
)

func (s OpState) String() string {
	switch s {
	case OpUnset:
		return "unset"
	case OpWaiting:
		return "waiting"
	case OpReady:
		return "ready"
	case OpExecuted:
		return "executed"
	case OpCancelled:
		return "cancelled"
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// Errors the Timelock refuses with before sending anything.
var (
	// ErrOperationExists: scheduling an operation that is waiting, ready or executed.
	ErrOperationExists = errors.New("operation already exists")
	// ErrNotReady: executing an operation that is not ready.
	ErrNotReady = errors.New("operation not ready")
	// ErrNotPending: cancelling an operation that is not waiting or ready.
	ErrNotPending = errors.New("operation not pending")
)

// Timelock drives governance's TimelockController: it schedules, executes
// and cancels proposals, refusing before sending what the contract would
// revert on for the operation's state, and reports every operation.
//
// Transactions are signed by the TransactOpts passed in (a key with the
// proposer, executor or canceller role; TransactOpts adapts a
// signer.Signer) and returned unmined: the caller waits for them.
type Timelock struct {
	addr    common.Address
	backend bind.ContractBackend
	c       *bindings.TimelockController
	raw     *bind.BoundContract
}

// NewTimelock binds the TimelockController at addr.
func NewTimelock(addr common.Address, backend bind.ContractBackend) (*Timelock, error) {
	if addr == (common.Address{}) {
		return nil, fmt.Errorf("governance: timelock address %s: must not be the zero address", addr.Hex())
	}
	c, err := bindings.NewTimelockController(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("governance: binding the timelock %s: %w", addr.Hex(), err)
	}
	return &Timelock{addr: addr, backend: backend, c: c, raw: bind.NewBoundContract(addr, *abiTimelock, backend, backend, backend)}, nil
}

// Address is the timelock's address.
func (t *Timelock) Address() common.Address { return t.addr }

// MinDelay is the timelock's getMinDelay, the delay Schedule proposes with.
func (t *Timelock) MinDelay(ctx context.Context) (time.Duration, error) {
	d, err := t.c.GetMinDelay(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("governance: reading getMinDelay from timelock %s: %w", t.addr.Hex(), err)
	}
	return seconds(d), nil
}

// seconds converts a contract's seconds into a Duration, saturating.
func seconds(s *big.Int) time.Duration {
	if !s.IsInt64() || s.Int64() > int64(1<<63-1)/int64(time.Second) {
		return time.Duration(1<<63 - 1)
	}
	return time.Duration(s.Int64()) * time.Second
}

// State reads operation id's contract state (OpUnset, OpWaiting, OpReady
// or OpExecuted) and, while it is waiting or ready, when it is or was
// ready (getTimestamp); the zero time otherwise.
func (t *Timelock) State(ctx context.Context, id [32]byte) (OpState, time.Time, error) {
	return t.stateAt(&bind.CallOpts{Context: ctx}, id)
}

func (t *Timelock) stateAt(call *bind.CallOpts, id [32]byte) (OpState, time.Time, error) {
	s, err := t.c.GetOperationState(call, id)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("governance: reading getOperationState(0x%x) from timelock %s: %w", id, t.addr.Hex(), err)
	}
	if s > uint8(OpExecuted) {
		return 0, time.Time{}, fmt.Errorf("governance: timelock %s: getOperationState(0x%x) is %d, not a TimelockController state", t.addr.Hex(), id, s)
	}
	st := OpState(s)
	if st != OpWaiting && st != OpReady {
		return st, time.Time{}, nil
	}
	ts, err := t.c.GetTimestamp(call, id)
	if err != nil {
		return 0, time.Time{}, fmt.Errorf("governance: reading getTimestamp(0x%x) from timelock %s: %w", id, t.addr.Hex(), err)
	}
	return st, time.Unix(ts.Int64(), 0).UTC(), nil
}

// Calldata is a proposal as raw transactions to the timelock, for a
// multisig or another wallet holding the roles to submit (to Timelock,
// value 0).
type Calldata struct {
	Timelock common.Address
	// ID is the operation id the transactions act on.
	ID [32]byte
	// Delay is the timelock's minimum delay, which Schedule proposes.
	Delay time.Duration
	// Schedule is schedule(…) for one call, scheduleBatch(…) for several.
	Schedule []byte
	// Execute is execute(…) or executeBatch(…), valid once the delay has passed.
	Execute []byte
	// Cancel is cancel(id), for a canceller while the operation is pending.
	Cancel []byte
}

// Calldata encodes p's schedule, execute and cancel transactions with the
// timelock's current minimum delay; Schedule, Execute and Cancel send
// exactly these.
func (t *Timelock) Calldata(ctx context.Context, p Proposal) (Calldata, error) {
	if err := checkProposal(p); err != nil {
		return Calldata{}, err
	}
	delay, err := t.MinDelay(ctx)
	if err != nil {
		return Calldata{}, err
	}
	sched, err := scheduleData(p, delay)
	if err != nil {
		return Calldata{}, err
	}
	exec, err := executeData(p)
	if err != nil {
		return Calldata{}, err
	}
	id := p.ID()
	cancel, err := abiTimelock.Pack("cancel", id)
	if err != nil {
		return Calldata{}, fmt.Errorf("governance: encoding cancel(0x%x): %w", id, err)
	}
	return Calldata{Timelock: t.addr, ID: id, Delay: delay, Schedule: sched, Execute: exec, Cancel: cancel}, nil
}

func checkProposal(p Proposal) error {
	if len(p.calls) == 0 {
		return fmt.Errorf("governance: proposal %q has no calls (make proposals with NewProposal)", p.title)
	}
	return nil
}

func scheduleData(p Proposal, delay time.Duration) ([]byte, error) {
	d := big.NewInt(int64(delay / time.Second))
	var data []byte
	var err error
	if len(p.calls) == 1 {
		c := p.calls[0]
		data, err = abiTimelock.Pack("schedule", c.Target, c.value(), c.Data, [32]byte{}, p.Salt(), d)
	} else {
		targets, values, payloads := p.batch()
		data, err = abiTimelock.Pack("scheduleBatch", targets, values, payloads, [32]byte{}, p.Salt(), d)
	}
	if err != nil {
		return nil, fmt.Errorf("governance: encoding the schedule of %q: %w", p.title, err)
	}
	return data, nil
}

func executeData(p Proposal) ([]byte, error) {
	var data []byte
	var err error
	if len(p.calls) == 1 {
		c := p.calls[0]
		data, err = abiTimelock.Pack("execute", c.Target, c.value(), c.Data, [32]byte{}, p.Salt())
	} else {
		targets, values, payloads := p.batch()
		data, err = abiTimelock.Pack("executeBatch", targets, values, payloads, [32]byte{}, p.Salt())
	}
	if err != nil {
		return nil, fmt.Errorf("governance: encoding the execution of %q: %w", p.title, err)
	}
	return data, nil
}

// Schedule proposes p with the timelock's minimum delay and returns its
// operation id and the unmined transaction. It refuses, before sending,
// when the operation already exists (ErrOperationExists, naming its state);
// a revert (e.g. a signer without PROPOSER_ROLE) is decoded in the error.
func (t *Timelock) Schedule(ctx context.Context, opts *bind.TransactOpts, p Proposal) ([32]byte, *types.Transaction, error) {
	cd, err := t.Calldata(ctx, p)
	if err != nil {
		return [32]byte{}, nil, err
	}
	what := fmt.Sprintf("governance: scheduling %q as operation 0x%x on timelock %s", p.title, cd.ID, t.addr.Hex())
	st, eta, err := t.State(ctx, cd.ID)
	if err != nil {
		return cd.ID, nil, fmt.Errorf("%s: %w", what, err)
	}
	if st != OpUnset {
		detail := st.String()
		if !eta.IsZero() {
			detail += ", ready at " + eta.Format(time.RFC3339)
		}
		return cd.ID, nil, fmt.Errorf("%s: the operation is already %s (the same calls always make the same operation): %w", what, detail, ErrOperationExists)
	}
	tx, err := t.send(ctx, opts, cd.Schedule)
	if err != nil {
		return cd.ID, nil, fmt.Errorf("%s: %w", what, err)
	}
	return cd.ID, tx, nil
}

// Execute runs p, whose operation must be ready. It refuses, before
// sending, when it is not (ErrNotReady): saying when a waiting operation
// will be ready, or that it was executed, or that it is not scheduled.
func (t *Timelock) Execute(ctx context.Context, opts *bind.TransactOpts, p Proposal) (*types.Transaction, error) {
	if err := checkProposal(p); err != nil {
		return nil, err
	}
	id := p.ID()
	what := fmt.Sprintf("governance: executing %q (operation 0x%x on timelock %s)", p.title, id, t.addr.Hex())
	head, err := t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: reading the head: %w", what, err)
	}
	st, eta, err := t.stateAt(&bind.CallOpts{Context: ctx, BlockNumber: head.Number}, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	switch st {
	case OpReady:
	case OpWaiting:
		now := time.Unix(int64(head.Time), 0).UTC()
		return nil, fmt.Errorf("%s: waiting until %s (chain time is %s, %v to go): %w",
			what, eta.Format(time.RFC3339), now.Format(time.RFC3339), eta.Sub(now), ErrNotReady)
	case OpExecuted:
		return nil, fmt.Errorf("%s: already executed: %w", what, ErrNotReady)
	default:
		return nil, fmt.Errorf("%s: not scheduled (never, or cancelled): %w", what, ErrNotReady)
	}
	data, err := executeData(p)
	if err != nil {
		return nil, err
	}
	tx, err := t.send(ctx, opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return tx, nil
}

// Cancel cancels operation id, which must be waiting or ready (refused
// before sending with ErrNotPending otherwise). It needs CANCELLER_ROLE.
func (t *Timelock) Cancel(ctx context.Context, opts *bind.TransactOpts, id [32]byte) (*types.Transaction, error) {
	what := fmt.Sprintf("governance: cancelling operation 0x%x on timelock %s", id, t.addr.Hex())
	st, _, err := t.State(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if st != OpWaiting && st != OpReady {
		if st == OpUnset {
			return nil, fmt.Errorf("%s: not scheduled (never, or already cancelled): %w", what, ErrNotPending)
		}
		return nil, fmt.Errorf("%s: already %s: %w", what, st, ErrNotPending)
	}
	data, err := abiTimelock.Pack("cancel", id)
	if err != nil {
		return nil, fmt.Errorf("%s: encoding: %w", what, err)
	}
	tx, err := t.send(ctx, opts, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return tx, nil
}

// send transacts data on the timelock with a copy of opts bound to ctx,
// decoding a revert (the gas estimate's) into the error.
func (t *Timelock) send(ctx context.Context, opts *bind.TransactOpts, data []byte) (*types.Transaction, error) {
	if opts == nil {
		return nil, errors.New("no transact opts: a signer is required")
	}
	o := *opts
	o.Context = ctx
	tx, err := t.raw.RawTransact(&o, data)
	if err != nil {
		if reason := revertReason(err); reason != "" {
			return nil, fmt.Errorf("sending from %s: %s: %w", o.From.Hex(), reason, err)
		}
		return nil, fmt.Errorf("sending from %s: %w", o.From.Hex(), err)
	}
	return tx, nil
}

// roleNames names the timelock's roles in a decoded revert.
var roleNames = map[[32]byte]string{
	{}: "DEFAULT_ADMIN_ROLE",
	crypto.Keccak256Hash([]byte("PROPOSER_ROLE")):  "PROPOSER_ROLE",
	crypto.Keccak256Hash([]byte("EXECUTOR_ROLE")):  "EXECUTOR_ROLE",
	crypto.Keccak256Hash([]byte("CANCELLER_ROLE")): "CANCELLER_ROLE",
}

// revertReason decodes the revert data err carries against the timelock's
// and the registry's errors, then vaults.DecodeRevert's; "" when it carries
// none.
func revertReason(err error) string {
	rv, ok := vaults.DecodeRevert(err)
	if !ok {
		return ""
	}
	if len(rv.Data) >= 4 {
		for _, a := range []namedABI{{"TimelockController", abiTimelock}, {"ConfigRegistry", abiRegistry}} {
			e, lookupErr := a.abi.ErrorByID([4]byte(rv.Data[:4]))
			if lookupErr != nil {
				continue
			}
			vals, unpackErr := e.Inputs.Unpack(rv.Data[4:])
			if unpackErr != nil {
				continue
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				s := formatArg(v)
				if h, isHash := v.([32]byte); isHash && roleNames[h] != "" {
					s = roleNames[h]
				}
				parts[i] = e.Inputs[i].Name + ": " + s
			}
			return fmt.Sprintf("reverted: %s.%s(%s)", a.name, e.Name, strings.Join(parts, ", "))
		}
	}
	return rv.Error()
}

// Operation is a timelock operation as Status reports it.
type Operation struct {
	ID [32]byte
	// Calls as scheduled, each with its Description (Describe).
	Calls       []Call
	Salt        [32]byte
	Predecessor [32]byte
	Delay       time.Duration
	// ScheduledBlock and ScheduledTx are where it was (last) scheduled.
	ScheduledBlock uint64
	ScheduledTx    common.Hash
	State          OpState
	// ETA is when it is, or was, ready: getTimestamp while it is waiting
	// or ready; the scheduling block's time plus Delay once executed or
	// cancelled.
	ETA time.Time
	// ConfigHash is the governed-config hash a ConfigRegistry.setConfig
	// call approves (the last one's, when several); zero when none.
	ConfigHash [32]byte
}

// Status reports every operation scheduled from block fromBlock to the
// head, in the order they were (last) scheduled: its calls from the
// CallScheduled events, its salt from CallSalt, its state and ETA read at
// the same head block. An operation scheduled and Unset again was cancelled.
func (t *Timelock) Status(ctx context.Context, fromBlock uint64) ([]Operation, error) {
	head, err := t.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("governance: operation status: reading the head: %w", err)
	}
	end := head.Number.Uint64()
	if fromBlock > end {
		return nil, fmt.Errorf("governance: operation status: fromBlock %d: after the head block %d", fromBlock, end)
	}
	filter := &bind.FilterOpts{Start: fromBlock, End: &end, Context: ctx}
	what := fmt.Sprintf("governance: operation status of timelock %s, blocks %d to %d", t.addr.Hex(), fromBlock, end)

	ops := map[[32]byte]*Operation{}
	var order [][32]byte
	sched, err := t.c.FilterCallScheduled(filter, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: CallScheduled events: %w", what, err)
	}
	for sched.Next() {
		e := sched.Event
		op := ops[e.Id]
		if op == nil {
			op = &Operation{ID: e.Id}
			ops[e.Id] = op
		}
		if e.Raw.TxHash != op.ScheduledTx { // a (re)scheduling: start over
			*op = Operation{ID: e.Id, ScheduledBlock: e.Raw.BlockNumber, ScheduledTx: e.Raw.TxHash}
			order = append(order, e.Id)
		}
		op.Predecessor, op.Delay = e.Predecessor, seconds(e.Delay)
		op.Calls = append(op.Calls, Call{Target: e.Target, Value: e.Value, Data: e.Data, Description: Describe(e.Target, e.Value, e.Data)})
		if d, ok := decode(e.Data); ok && d.contract == "ConfigRegistry" && d.method.Name == "setConfig" {
			op.ConfigHash = d.args[0].([32]byte)
		}
	}
	if err := errors.Join(sched.Error(), sched.Close()); err != nil {
		return nil, fmt.Errorf("%s: CallScheduled events: %w", what, err)
	}
	salts, err := t.c.FilterCallSalt(filter, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: CallSalt events: %w", what, err)
	}
	for salts.Next() {
		if op := ops[salts.Event.Id]; op != nil {
			op.Salt = salts.Event.Salt
		}
	}
	if err := errors.Join(salts.Error(), salts.Close()); err != nil {
		return nil, fmt.Errorf("%s: CallSalt events: %w", what, err)
	}

	// Keep each operation once, at its last scheduling.
	last := map[[32]byte]int{}
	for i, id := range order {
		last[id] = i
	}
	var ids [][32]byte
	for i, id := range order {
		if last[id] == i {
			ids = append(ids, id)
		}
	}

	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	blockTimes := map[uint64]uint64{}
	out := make([]Operation, 0, len(ids))
	for _, id := range ids {
		op := ops[id]
		if op.State, op.ETA, err = t.stateAt(call, id); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if op.State == OpUnset {
			op.State = OpCancelled
		}
		if op.ETA.IsZero() {
			bt, ok := blockTimes[op.ScheduledBlock]
			if !ok {
				h, err := t.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(op.ScheduledBlock))
				if err != nil {
					return nil, fmt.Errorf("%s: reading block %d: %w", what, op.ScheduledBlock, err)
				}
				bt, blockTimes[op.ScheduledBlock] = h.Time, h.Time
			}
			op.ETA = time.Unix(int64(bt), 0).UTC().Add(op.Delay)
		}
		out = append(out, *op)
	}
	return out, nil
}

// TransactOpts signs with s for chainID: the keeper's signer (a Vault-held
// key, or signer.Dev on the embedded chain) as the sender of timelock
// transactions. The signer is asked only for its own address.
func TransactOpts(ctx context.Context, s signer.Signer, chainID *big.Int) *bind.TransactOpts {
	from := s.Address()
	var id *big.Int // nil stays nil: the signer refuses it
	if chainID != nil {
		id = new(big.Int).Set(chainID)
	}
	return &bind.TransactOpts{
		From:    from,
		Context: ctx,
		Signer: func(addr common.Address, tx *types.Transaction) (*types.Transaction, error) {
			if addr != from {
				return nil, fmt.Errorf("governance: signer for %s asked to sign for %s: %w", from.Hex(), addr.Hex(), bind.ErrNotAuthorized)
			}
			signed, err := s.SignTx(ctx, id, tx)
			if err != nil {
				return nil, fmt.Errorf("governance: signing as %s: %w", from.Hex(), err)
			}
			return signed, nil
		},
	}
}
