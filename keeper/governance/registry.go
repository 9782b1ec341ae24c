// Package governance is how the keeper answers to governance: the config
// hash governance approved on-chain (the vault's ConfigRegistry, owned by
// the timelock), the config file whose governed part has that hash, and the
// proposals that change either the approved config or the vault's limits.
package governance

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Approval is the registry's current entry.
type Approval struct {
	Hash    [32]byte // the approved governed-config hash; zero before the first approval
	Version uint64   // number of approvals so far
	URI     string   // where governance published the document
}

// Registry reads a ConfigRegistry.
type Registry struct {
	addr  common.Address
	c     *bindings.ConfigRegistryCaller
	heads blockNumberReader // nil: each read at the latest block
}

// blockNumberReader pins the registry's reads to one block.
type blockNumberReader interface {
	BlockNumber(ctx context.Context) (uint64, error)
}

// NewRegistry binds the ConfigRegistry at addr.
func NewRegistry(addr common.Address, backend bind.ContractCaller) (*Registry, error) {
	if addr == (common.Address{}) {
		return nil, fmt.Errorf("governance: config registry address is zero")
	}
	c, err := bindings.NewConfigRegistryCaller(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("governance: binding the config registry %s: %w", addr.Hex(), err)
	}
	heads, _ := backend.(blockNumberReader)
	return &Registry{addr: addr, c: c, heads: heads}, nil
}

// Address is the registry's address.
func (r *Registry) Address() common.Address { return r.addr }

// Approved reads the registry's current approval: hash, version and URI at
// one block (the head when the call starts).
func (r *Registry) Approved(ctx context.Context) (Approval, error) {
	call := &bind.CallOpts{Context: ctx}
	if r.heads != nil {
		n, err := r.heads.BlockNumber(ctx)
		if err != nil {
			return Approval{}, fmt.Errorf("reading the head block for the config registry %s: %w", r.addr.Hex(), err)
		}
		call.BlockNumber = new(big.Int).SetUint64(n)
	}
	var a Approval
	var err error
	if a.Hash, err = r.c.ConfigHash(call); err != nil {
		return Approval{}, fmt.Errorf("reading the approved config hash from %s: %w", r.addr.Hex(), err)
	}
	v, err := r.c.Version(call)
	if err != nil {
		return Approval{}, fmt.Errorf("reading the config registry version from %s: %w", r.addr.Hex(), err)
	}
	if !v.IsUint64() {
		return Approval{}, fmt.Errorf("config registry %s: version %v out of range", r.addr.Hex(), v)
	}
	a.Version = v.Uint64()
	if a.URI, err = r.c.Uri(call); err != nil {
		return Approval{}, fmt.Errorf("reading the config URI from %s: %w", r.addr.Hex(), err)
	}
	return a, nil
}

// ApprovedHash reads only the approved hash (the rebalancer's view of the
// registry, read at every tick): one call at the latest block.
func (r *Registry) ApprovedHash(ctx context.Context) ([32]byte, error) {
	h, err := r.c.ConfigHash(&bind.CallOpts{Context: ctx})
	if err != nil {
		return [32]byte{}, fmt.Errorf("reading the approved config hash from %s: %w", r.addr.Hex(), err)
	}
	return h, nil
}
