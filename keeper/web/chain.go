package web

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Backend is what the page reads from the keeper's node: calls, logs,
// headers and receipts (the rebalancer's chain is one).
type Backend interface {
	vaults.Backend
	bind.DeployBackend
}

// Chain is the chain the keeper runs on, once it is set up.
type Chain struct {
	Backend Backend
	// Vault is the vault the keeper keeps.
	Vault common.Address
	// Registry is governance's ConfigRegistry; the timelock is its owner.
	Registry common.Address
	// FromBlock is the first block searched for timelock operations.
	FromBlock uint64
}

// chainReadError is what the API says when the chain could not be read:
// the error itself is logged, not sent (it may name the node's URL).
const chainReadError = "cannot read the chain (see the keeper's log)"

// ChainNow is the vault as the chain has it at the latest block, read
// through the keeper's own vault client (vaults.Client.StateAt, one block).
type ChainNow struct {
	Vault     string    `json:"vault"`
	Block     uint64    `json:"block"`
	BlockTime time.Time `json:"block_time"`
	// Amounts in base units (decimal strings) and tokens.
	TotalAssets       string  `json:"total_assets"`
	TotalAssetsTokens *string `json:"total_assets_tokens"`
	Idle              string  `json:"idle"`
	IdleTokens        *string `json:"idle_tokens"`
	TotalSupply       string  `json:"total_supply"`
	ShareDecimals     uint8   `json:"share_decimals"`
	// SharePrice is convertToAssets of one share (10^share_decimals), in
	// asset base units and tokens.
	SharePrice       string        `json:"share_price"`
	SharePriceTokens *string       `json:"share_price_tokens"`
	Sources          []ChainSource `json:"sources"`
	Paused           bool          `json:"paused"`
	Keeper           string        `json:"keeper"`
	// LastKeeperActivity is the vault's lastKeeperActivity (chain time).
	LastKeeperActivity time.Time `json:"last_keeper_activity"`
	// LivenessWindowSeconds is the vault's livenessWindow; 0: the
	// failsafe is off.
	LivenessWindowSeconds int64 `json:"liveness_window_seconds"`
	// FailsafeActive: the failsafe has been triggered.
	FailsafeActive bool `json:"failsafe_active"`
	// FailsafeAt is when anyone may trigger the failsafe without a keeper
	// heartbeat (lastKeeperActivity + livenessWindow, chain time) and
	// FailsafeInSeconds how long until then from the latest block (0:
	// it may be triggered now); both null when the failsafe is off or
	// already active.
	FailsafeAt        *time.Time `json:"failsafe_at"`
	FailsafeInSeconds *int64     `json:"failsafe_in_seconds"`
}

// ChainSource is one source of the vault on the chain: its holding, the
// vault's caps as it stores them (absolute in asset base units, relative
// in basis points of total assets) and its current supply APY.
type ChainSource struct {
	Source         string  `json:"source"`
	Name           string  `json:"name"`
	Color          string  `json:"color"`
	Assets         string  `json:"assets"`
	AssetsTokens   *string `json:"assets_tokens"`
	Share          float64 `json:"share"`
	Cap            string  `json:"cap"`
	CapTokens      *string `json:"cap_tokens"`
	RelativeCapBps uint64  `json:"relative_cap_bps"`
	SupplyAPY      float64 `json:"supply_apy"`
}

// readVault reads the vault now from ch; names and colours are the
// history's (by lower-case address).
func readVault(ctx context.Context, ch *Chain, names, colors map[string]string) (*ChainNow, error) {
	c, err := vaults.New(ch.Vault, ch.Backend)
	if err != nil {
		return nil, err
	}
	head, err := ch.Backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the latest block header: %w", err)
	}
	st, err := c.StateAt(ctx, head)
	if err != nil {
		return nil, fmt.Errorf("reading the vault %s at block %v: %w", ch.Vault.Hex(), head.Number, err)
	}
	v, err := bindings.NewVaultCaller(ch.Vault, ch.Backend)
	if err != nil {
		return nil, fmt.Errorf("binding the vault %s: %w", ch.Vault.Hex(), err)
	}
	call := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	shareDec, err := v.Decimals(call)
	if err != nil {
		return nil, fmt.Errorf("reading the vault's decimals at block %d: %w", st.Block, err)
	}
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(shareDec)), nil)
	price, err := v.ConvertToAssets(call, one)
	if err != nil {
		return nil, fmt.Errorf("reading the vault's convertToAssets(%v) at block %d: %w", one, st.Block, err)
	}
	supply, err := v.TotalSupply(call)
	if err != nil {
		return nil, fmt.Errorf("reading the vault's totalSupply at block %d: %w", st.Block, err)
	}
	dec := st.Decimals
	n := &ChainNow{Vault: st.Vault.Hex(), Block: st.Block, BlockTime: st.BlockTime,
		TotalAssets: st.TotalAssets.String(), TotalAssetsTokens: explain.Tokens(st.TotalAssets, &dec),
		Idle: st.Idle.String(), IdleTokens: explain.Tokens(st.Idle, &dec), TotalSupply: supply.String(), ShareDecimals: shareDec,
		SharePrice: price.String(), SharePriceTokens: explain.Tokens(price, &dec), Sources: []ChainSource{},
		Paused: st.Paused, Keeper: st.Keeper.Hex(), LastKeeperActivity: st.LastKeeperActivity,
		LivenessWindowSeconds: int64(st.LivenessWindow / time.Second), FailsafeActive: st.Failsafe}
	if st.LivenessWindow > 0 && !st.Failsafe {
		at := st.LastKeeperActivity.Add(st.LivenessWindow)
		in := max(int64(at.Sub(st.BlockTime)/time.Second), 0)
		n.FailsafeAt, n.FailsafeInSeconds = &at, &in
	}
	if len(colors) == 0 { // nothing observed yet: the chain's sources
		addrs := make([]string, len(st.Sources))
		for i, s := range st.Sources {
			addrs[i] = s.Address.Hex()
		}
		colors = paletteOf(addrs)
	}
	for _, s := range st.Sources {
		key := strings.ToLower(s.Address.Hex())
		n.Sources = append(n.Sources, ChainSource{Source: s.Address.Hex(), Name: names[key], Color: colors[key],
			Assets: s.Assets.String(), AssetsTokens: explain.Tokens(s.Assets, &dec), Share: explain.Ratio(s.Assets, st.TotalAssets),
			Cap: s.Cap.String(), CapTokens: explain.Tokens(s.Cap, &dec), RelativeCapBps: s.RelCapBps, SupplyAPY: s.SupplyAPY})
	}
	return n, nil
}
