// Package vaults reads the state of a vaultkeeper ERC-4626 vault and its
// sources on-chain, through the abigen bindings in vaults/bindings.
//
// Every read of one State is pinned to a single block, so the numbers are
// consistent with each other, and every answer is checked: a node that
// returns an implausible rate or totals that do not add up is an error
// naming the source and value, never a silent input to the optimizer.
package vaults

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Ray is Aave's fixed-point unit: 1e27 = 1.0.
var Ray = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)

// SecondsPerYear is the year Aave uses to turn per-second rates into APR.
const SecondsPerYear = 365 * 24 * 60 * 60

// maxCooldownSeconds bounds a plausible cooldown (the vault allows 30 days).
const maxCooldownSeconds = 30 * 24 * 60 * 60

// ReadyAt is when the vault accepts the next rebalance.
func (s State) ReadyAt() time.Time {
	if s.LastRebalance.IsZero() {
		return time.Time{}
	}
	return s.LastRebalance.Add(s.Cooldown)
}

// HeartbeatDue reports whether more than half the liveness window has
// passed since the keeper's last on-chain activity: a live keeper proves it
// well before anyone may trigger the failsafe.
func (s State) HeartbeatDue() bool {
	return s.LivenessWindow > 0 && s.BlockTime.Sub(s.LastKeeperActivity) > s.LivenessWindow/2
}

// MaxPlausibleAPR is the largest supply APR (as a fraction) accepted from a
// source; anything above is treated as a bad RPC answer.
const MaxPlausibleAPR = 100.0 // 10,000%

// Backend is what the client needs from a node.
type Backend interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// SourceState is one source as the vault sees it at a block.
type SourceState struct {
	Address     common.Address
	Assets      *big.Int // the vault's assets in the source
	MaxWithdraw *big.Int // what could be withdrawn now
	Cap         *big.Int // the vault's absolute cap for the source
	RelCapBps   uint64   // the vault's relative cap, basis points of total assets
	SupplyRate  *big.Int // APR in ray
	SupplyAPY   float64  // per-second compounded APY, as a fraction
}

// State is a consistent snapshot of a vault at one block.
type State struct {
	Block       uint64
	BlockTime   time.Time
	Vault       common.Address
	Asset       common.Address
	Decimals    uint8
	Keeper      common.Address
	Guardian    common.Address
	TotalAssets *big.Int
	Idle        *big.Int
	MinIdleBps  uint64
	// On-chain rebalance limits.
	Paused         bool
	MaxLossBps     uint64
	MaxTurnoverBps uint64
	Cooldown       time.Duration
	LastRebalance  time.Time // zero before the first rebalance
	// Keeper liveness failsafe.
	Failsafe           bool
	LivenessWindow     time.Duration // 0: failsafe off
	LastKeeperActivity time.Time
	Sources            []SourceState
}

// Client reads one vault.
type Client struct {
	addr    common.Address
	backend Backend
	vault   *bindings.Vault
}

// New binds a client to the vault at addr.
func New(addr common.Address, backend Backend) (*Client, error) {
	v, err := bindings.NewVault(addr, backend)
	if err != nil {
		return nil, fmt.Errorf("binding vault %s: %w", addr.Hex(), err)
	}
	return &Client{addr: addr, backend: backend, vault: v}, nil
}

// Address is the vault's address.
func (c *Client) Address() common.Address { return c.addr }

// State reads the vault at the latest block.
func (c *Client) State(ctx context.Context) (State, error) {
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return State{}, fmt.Errorf("reading latest block header: %w", err)
	}
	return c.StateAt(ctx, head)
}

// StateAt reads the vault at the given block.
func (c *Client) StateAt(ctx context.Context, head *types.Header) (State, error) {
	opts := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	st := State{Block: head.Number.Uint64(), BlockTime: time.Unix(int64(head.Time), 0).UTC(), Vault: c.addr}
	var err error
	wrap := func(what string, err error) error {
		return fmt.Errorf("reading vault %s %s at block %d: %w", c.addr.Hex(), what, st.Block, err)
	}
	if st.Asset, err = c.vault.Asset(opts); err != nil {
		return State{}, wrap("asset", err)
	}
	if st.Keeper, err = c.vault.Keeper(opts); err != nil {
		return State{}, wrap("keeper", err)
	}
	if st.TotalAssets, err = c.vault.TotalAssets(opts); err != nil {
		return State{}, wrap("totalAssets", err)
	}
	if st.Idle, err = c.vault.Idle(opts); err != nil {
		return State{}, wrap("idle", err)
	}
	if st.Guardian, err = c.vault.Guardian(opts); err != nil {
		return State{}, wrap("guardian", err)
	}
	if st.Paused, err = c.vault.Paused(opts); err != nil {
		return State{}, wrap("paused", err)
	}
	for _, b := range []struct {
		name string
		read func(*bind.CallOpts) (*big.Int, error)
		dst  *uint64
	}{{"minIdleBps", c.vault.MinIdleBps, &st.MinIdleBps}, {"maxLossBps", c.vault.MaxLossBps, &st.MaxLossBps}, {"maxTurnoverBps", c.vault.MaxTurnoverBps, &st.MaxTurnoverBps}} {
		v, err := b.read(opts)
		if err != nil {
			return State{}, wrap(b.name, err)
		}
		if !v.IsUint64() || v.Uint64() > 10_000 {
			return State{}, fmt.Errorf("vault %s %s = %v: above 10000 basis points", c.addr.Hex(), b.name, v)
		}
		*b.dst = v.Uint64()
	}
	if st.Failsafe, err = c.vault.Failsafe(opts); err != nil {
		return State{}, wrap("failsafe", err)
	}
	// Durations and timestamps, in seconds, each bounded to a plausible value.
	seconds := func(name string, read func(*bind.CallOpts) (*big.Int, error), max int64) (int64, error) {
		v, err := read(opts)
		if err != nil {
			return 0, wrap(name, err)
		}
		if v.Sign() < 0 || !v.IsInt64() || v.Int64() > max {
			return 0, fmt.Errorf("vault %s %s = %v s: implausible", c.addr.Hex(), name, v)
		}
		return v.Int64(), nil
	}
	const maxTimestamp = 1 << 40
	window, err := seconds("livenessWindow", c.vault.LivenessWindow, maxTimestamp)
	if err != nil {
		return State{}, err
	}
	activity, err := seconds("lastKeeperActivity", c.vault.LastKeeperActivity, maxTimestamp)
	if err != nil {
		return State{}, err
	}
	cooldown, err := seconds("cooldown", c.vault.Cooldown, maxCooldownSeconds)
	if err != nil {
		return State{}, err
	}
	last, err := seconds("lastRebalance", c.vault.LastRebalance, maxTimestamp)
	if err != nil {
		return State{}, err
	}
	st.LivenessWindow = time.Duration(window) * time.Second
	st.LastKeeperActivity = time.Unix(activity, 0).UTC()
	st.Cooldown = time.Duration(cooldown) * time.Second
	if last > 0 {
		st.LastRebalance = time.Unix(last, 0).UTC()
	}
	token, err := bindings.NewMockStablecoin(st.Asset, c.backend) // any ERC-20's decimals()
	if err != nil {
		return State{}, wrap("asset binding", err)
	}
	if st.Decimals, err = token.Decimals(opts); err != nil {
		return State{}, wrap("asset decimals", err)
	}
	if st.Decimals > 36 {
		return State{}, fmt.Errorf("asset %s decimals = %d: implausible", st.Asset.Hex(), st.Decimals)
	}
	addrs, err := c.vault.GetSources(opts)
	if err != nil {
		return State{}, wrap("sources", err)
	}
	sum := new(big.Int).Set(st.Idle)
	for _, a := range addrs {
		s, err := c.readSource(opts, a)
		if err != nil {
			return State{}, fmt.Errorf("vault %s at block %d: %w", c.addr.Hex(), st.Block, err)
		}
		sum.Add(sum, s.Assets)
		st.Sources = append(st.Sources, s)
	}
	if sum.Cmp(st.TotalAssets) != 0 {
		return State{}, fmt.Errorf("vault %s at block %d: totalAssets = %v but idle + sources = %v", c.addr.Hex(), st.Block, st.TotalAssets, sum)
	}
	return st, nil
}

func (c *Client) readSource(opts *bind.CallOpts, a common.Address) (SourceState, error) {
	src, err := bindings.NewSource(a, c.backend)
	if err != nil {
		return SourceState{}, fmt.Errorf("binding source %s: %w", a.Hex(), err)
	}
	s := SourceState{Address: a}
	if s.Assets, err = src.TotalAssets(opts); err != nil {
		return SourceState{}, fmt.Errorf("reading source %s totalAssets: %w", a.Hex(), err)
	}
	if s.MaxWithdraw, err = src.MaxWithdraw(opts); err != nil {
		return SourceState{}, fmt.Errorf("reading source %s maxWithdraw: %w", a.Hex(), err)
	}
	if s.SupplyRate, err = src.SupplyRate(opts); err != nil {
		return SourceState{}, fmt.Errorf("reading source %s supplyRate: %w", a.Hex(), err)
	}
	if s.Cap, err = c.vault.Caps(opts, a); err != nil {
		return SourceState{}, fmt.Errorf("reading cap of source %s: %w", a.Hex(), err)
	}
	rel, err := c.vault.RelativeCaps(opts, a)
	if err != nil {
		return SourceState{}, fmt.Errorf("reading relative cap of source %s: %w", a.Hex(), err)
	}
	if !rel.IsUint64() || rel.Uint64() > 10_000 {
		return SourceState{}, fmt.Errorf("source %s relative cap = %v: above 10000 basis points", a.Hex(), rel)
	}
	s.RelCapBps = rel.Uint64()
	if s.SupplyAPY, err = APYFromRayAPR(s.SupplyRate); err != nil {
		return SourceState{}, fmt.Errorf("source %s: %w", a.Hex(), err)
	}
	return s, nil
}

// APYFromRayAPR converts a per-second linear rate quoted as a yearly APR in
// ray into the APY a supplier earns when interest compounds every second:
//
//	APY = (1 + APR/S)^S − 1,  S = seconds per year,
//
// computed as expm1(S·log1p(APR/S)) for precision at small rates.
func APYFromRayAPR(rate *big.Int) (float64, error) {
	if rate == nil || rate.Sign() < 0 {
		return 0, fmt.Errorf("supply rate %v: must be a non-negative ray", rate)
	}
	apr, _ := new(big.Rat).SetFrac(rate, Ray).Float64()
	if math.IsNaN(apr) || apr > MaxPlausibleAPR {
		return 0, fmt.Errorf("supply rate %v ray (APR %.4g): above the plausible maximum %g", rate, apr, MaxPlausibleAPR)
	}
	return math.Expm1(SecondsPerYear * math.Log1p(apr/SecondsPerYear)), nil
}

// RayFromFraction converts a fraction such as 0.04 into ray, exactly for
// the decimal the float was written as (0.04 → 4e25).
func RayFromFraction(f float64) (*big.Int, error) {
	if math.IsNaN(f) || math.IsInf(f, 0) || f < 0 || f > 1e9 {
		return nil, errors.New("fraction out of range")
	}
	// The shortest decimal that round-trips avoids binary noise.
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if !ok {
		return nil, fmt.Errorf("fraction %v: not representable", f)
	}
	r.Mul(r, new(big.Rat).SetInt(Ray))
	return new(big.Int).Quo(r.Num(), r.Denom()), nil
}

// ErrNotKeeper is returned when the signer is not the vault's keeper.
var ErrNotKeeper = errors.New("signer is not the vault's keeper")
