package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Governance is /api/governance: the running config's hash against the
// approved one, and the timelock's operations.
//
// ApprovedConfigHash is the ConfigRegistry's now when the chain can be
// read (ApprovedSource "chain"), else the one recorded with the last
// decision (read from the registry at that tick; ApprovedSource
// "last_decision"), else "".
type Governance struct {
	RunningConfigHash  string     `json:"running_config_hash"`
	ApprovedConfigHash string     `json:"approved_config_hash"`
	ApprovedSource     string     `json:"approved_source"`
	ApprovedVersion    *uint64    `json:"approved_version"`
	ApprovedURI        *string    `json:"approved_uri"`
	ApprovedAt         *time.Time `json:"approved_read_at"`
	RunsApproved       *bool      `json:"runs_approved"`
	LastDecisionHash   string     `json:"last_decision_config_hash"`
	// Timelock is the timelock that owns the ConfigRegistry, and its
	// minimum delay; "" / null before the keeper is set up.
	Timelock        string `json:"timelock"`
	MinDelaySeconds *int64 `json:"min_delay_seconds"`
	// Pending are the operations waiting for their ETA or ready to be
	// executed; Executed and Cancelled the others, each in the order they
	// were scheduled, newest first. All three null when the chain could
	// not be read (ChainError says so).
	Pending    []Operation `json:"pending"`
	Executed   []Operation `json:"executed"`
	Cancelled  []Operation `json:"cancelled"`
	ChainError string      `json:"chain_error,omitempty"`
}

// Operation is a timelock operation (governance.Timelock.Status).
type Operation struct {
	ID    string `json:"id"`
	State string `json:"state"` // waiting | ready | executed | cancelled
	// ETA is when it is, or was, ready (chain time).
	ETA            time.Time `json:"eta"`
	DelaySeconds   int64     `json:"delay_seconds"`
	ScheduledBlock uint64    `json:"scheduled_block"`
	ScheduledTx    string    `json:"scheduled_tx"`
	// ConfigHash is the config a ConfigRegistry.setConfig call in it
	// approves; "" when none.
	ConfigHash string `json:"config_hash"`
	Calls      []Call `json:"calls"`
}

// Call is one call of an operation: decoded with the Vault's, the
// ConfigRegistry's or the TimelockController's ABI where its selector is
// theirs (Decoded), else shown raw (Selector, Data).
type Call struct {
	Target      string                  `json:"target"`
	Value       string                  `json:"value"`
	Selector    string                  `json:"selector"`
	Data        string                  `json:"data"`
	Decoded     *governance.DecodedCall `json:"decoded"`
	Description string                  `json:"description"`
}

func (a *api) governance(ctx context.Context, _ *http.Request) (any, error) {
	cfg := a.Config()
	h := cfg.GovernedHash()
	g := &Governance{RunningConfigHash: hexutil.Encode(h[:])}
	ref, ok, err := a.vaultRef(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if ok {
		last, ok, err := a.Store.LastDecision(ctx, ref.ChainID, ref.Vault)
		if err != nil {
			return nil, fmt.Errorf("reading the last decision: %w", err)
		}
		if ok {
			g.LastDecisionHash = last.ConfigHash
			if last.ApprovedHash != "" {
				t := last.Time
				g.ApprovedConfigHash, g.ApprovedSource, g.ApprovedAt = last.ApprovedHash, "last_decision", &t
			}
		}
	}
	if ch := a.Chain(); ch != nil {
		if err := a.governanceOnChain(ctx, ch, g); err != nil {
			a.Log.Error("transparency page: reading governance from the chain", "err", err)
			g.Pending, g.Executed, g.Cancelled, g.ChainError = nil, nil, nil, chainReadError
		}
	}
	if g.ApprovedConfigHash != "" {
		runs := strings.EqualFold(g.ApprovedConfigHash, g.RunningConfigHash)
		g.RunsApproved = &runs
	}
	return g, nil
}

// governanceOnChain reads the approval from the ConfigRegistry and the
// operations of its owner, the timelock, into g.
func (a *api) governanceOnChain(ctx context.Context, ch *Chain, g *Governance) error {
	reg, err := governance.NewRegistry(ch.Registry, ch.Backend)
	if err != nil {
		return err
	}
	ap, err := reg.Approved(ctx)
	if err != nil {
		return err
	}
	owner, err := bindings.NewConfigRegistryCaller(ch.Registry, ch.Backend)
	if err != nil {
		return fmt.Errorf("binding the config registry %s: %w", ch.Registry.Hex(), err)
	}
	addr, err := owner.Owner(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("reading the owner (timelock) of the config registry %s: %w", ch.Registry.Hex(), err)
	}
	tl, err := governance.NewTimelock(addr, ch.Backend)
	if err != nil {
		return err
	}
	delay, err := tl.MinDelay(ctx)
	if err != nil {
		return err
	}
	ops, err := tl.Status(ctx, ch.FromBlock)
	if err != nil {
		return err
	}
	now := a.Now().UTC()
	g.ApprovedConfigHash, g.ApprovedSource, g.ApprovedAt = hexutil.Encode(ap.Hash[:]), "chain", &now
	if ap.Hash == ([32]byte{}) {
		g.ApprovedConfigHash = ""
	}
	g.ApprovedVersion, g.ApprovedURI = &ap.Version, &ap.URI
	secs := int64(delay / time.Second)
	g.Timelock, g.MinDelaySeconds = addr.Hex(), &secs
	g.Pending, g.Executed, g.Cancelled = []Operation{}, []Operation{}, []Operation{}
	for i := len(ops) - 1; i >= 0; i-- {
		op := operation(ops[i])
		switch ops[i].State {
		case governance.OpExecuted:
			g.Executed = append(g.Executed, op)
		case governance.OpCancelled:
			g.Cancelled = append(g.Cancelled, op)
		default:
			g.Pending = append(g.Pending, op)
		}
	}
	return nil
}

func operation(op governance.Operation) Operation {
	o := Operation{ID: hexutil.Encode(op.ID[:]), State: op.State.String(), ETA: op.ETA.UTC(), DelaySeconds: int64(op.Delay / time.Second),
		ScheduledBlock: op.ScheduledBlock, ScheduledTx: op.ScheduledTx.Hex(), Calls: make([]Call, len(op.Calls))}
	if op.ConfigHash != ([32]byte{}) {
		o.ConfigHash = hexutil.Encode(op.ConfigHash[:])
	}
	for i, c := range op.Calls {
		call := Call{Target: c.Target.Hex(), Value: "0", Data: hexutil.Encode(c.Data), Description: c.Description}
		if c.Value != nil {
			call.Value = c.Value.String()
		}
		if len(c.Data) >= 4 {
			call.Selector = hexutil.Encode(c.Data[:4])
		}
		if d, ok := governance.Decode(c.Data); ok {
			call.Decoded = &d
		}
		o.Calls[i] = call
	}
	return o
}
