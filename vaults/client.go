// Package vaults reads the state of a vaultkeeper ERC-4626 vault and its
// sources on-chain, through the abigen bindings in vaults/bindings.
//
// Every read of one State is pinned to a single block, so the numbers are
// consistent with each other, and every answer is checked: a node that
// returns an implausible rate or totals that do not add up is an error
// naming the source and value, never a silent input to the optimizer.
package vaults

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"sync"
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

// maxShareDecimals bounds a vault's decimals: one share, 10^decimals, must
// fit in a uint256 (below 1.16·10^77).
const maxShareDecimals = 76

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
	MaxDeposit  *big.Int // what could be deposited now (2²⁵⁶−1: no limit)
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
	// SharePrice is convertToAssets of one whole share (10^decimals of the
	// vault's shares) in asset base units, read in the same stage; nil when
	// the vault would not say (the rest of the state stands without it).
	SharePrice *big.Int
}

// Client reads one vault.
type Client struct {
	addr    common.Address
	backend Backend
	vault   *bindings.Vault

	mu   sync.Mutex
	last *layout // nil before the first read
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

// layout is what a read of the vault must know before it is sent: the
// vault's asset (whose decimals it reads) and its source list (whose
// assets, liquidity, rate and caps it reads), as the last read found them.
type layout struct {
	asset   common.Address
	sources []common.Address
	// shareDecimals are the vault's own (share) decimals.
	shareDecimals uint8
}

func (l *layout) equal(o *layout) bool {
	return l != nil && o != nil && l.asset == o.asset && slices.Equal(l.sources, o.sources) && l.shareDecimals == o.shareDecimals
}

// StateAt reads the vault at the given block in one stage of calls sent
// together (see stage): the vault's own settings and its source list, the
// asset's decimals, the vault's total and idle assets and each source's
// assets, liquidity (what it can pay out and take in), rate and caps. The
// asset and the sources it reads are the ones the client's last read found
// (see layout); when the vault answers with others (the first read, a
// source added or removed since) the read is sent again with them, at the
// same block, so the state always describes the sources the vault has at
// that block.
func (c *Client) StateAt(ctx context.Context, head *types.Header) (State, error) {
	c.mu.Lock()
	last := c.last
	c.mu.Unlock()
	st, found, err := c.readAt(ctx, head, last)
	if err == nil && !found.equal(last) {
		var again *layout
		if st, again, err = c.readAt(ctx, head, found); err == nil && !again.equal(found) {
			err = fmt.Errorf("vault %s at block %s: its asset or source list changed between two reads of the same block (%s %v, then %s %v)",
				c.addr.Hex(), head.Number, found.asset.Hex(), found.sources, again.asset.Hex(), again.sources)
		}
		found = again
	}
	if err != nil {
		return State{}, err
	}
	c.mu.Lock()
	c.last = found
	c.mu.Unlock()
	return st, nil
}

// readAt reads the vault at head with l's asset and sources (l nil: only
// the vault's own fields). It returns the layout the vault answered with;
// when that is not l the state is not read (an empty State and no error).
func (c *Client) readAt(ctx context.Context, head *types.Header, l *layout) (State, *layout, error) {
	st := State{Block: head.Number.Uint64(), BlockTime: time.Unix(int64(head.Time), 0).UTC(), Vault: c.addr}
	v := c.stage(ctx, head.Number)
	field := func(method string) *read {
		return v.add(c.addr, vaultABI, method, fmt.Sprintf("vault %s %s", c.addr.Hex(), method))
	}
	asset, keeper, guardian, paused := field("asset"), field("keeper"), field("guardian"), field("paused")
	minIdle, maxLoss, maxTurnover, failsafe := field("minIdleBps"), field("maxLossBps"), field("maxTurnoverBps"), field("failsafe")
	window, activity, cooldown, last, sources := field("livenessWindow"), field("lastKeeperActivity"), field("cooldown"), field("lastRebalance"), field("getSources")
	shareDecimals := field("decimals")
	// The amounts that must add up (total = idle + sources) are read in the
	// same stage: a node that runs calls at the head block with its own
	// clock (anvil does) then accrues them all to the same moment, or nearly.
	var decimals, total, idle *read
	type sourceReads struct{ assets, maxWithdraw, maxDeposit, rate, cap, rel *read }
	var per []sourceReads
	if l != nil {
		decimals = v.add(l.asset, erc20ABI, "decimals", fmt.Sprintf("asset %s decimals", l.asset.Hex()))
		total = v.add(c.addr, vaultABI, "totalAssets", fmt.Sprintf("vault %s totalAssets", c.addr.Hex()))
		idle = v.add(c.addr, vaultABI, "idle", fmt.Sprintf("vault %s idle", c.addr.Hex()))
		per = make([]sourceReads, len(l.sources))
		for i, a := range l.sources {
			name := fmt.Sprintf("source %s ", a.Hex())
			per[i] = sourceReads{
				assets:      v.add(a, sourceABI, "totalAssets", name+"totalAssets"),
				maxWithdraw: v.add(a, sourceABI, "maxWithdraw", name+"maxWithdraw"),
				maxDeposit:  v.add(a, sourceABI, "maxDeposit", name+"maxDeposit"),
				rate:        v.add(a, sourceABI, "supplyRate", name+"supplyRate"),
				cap:         v.add(c.addr, vaultABI, "caps", "cap of "+name, a),
				rel:         v.add(c.addr, vaultABI, "relativeCaps", "relative cap of "+name, a),
			}
		}
	}
	var price *read // last: its failure alone does not fail the read
	if l != nil {
		one := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(l.shareDecimals)), nil)
		price = v.add(c.addr, vaultABI, "convertToAssets", fmt.Sprintf("vault %s convertToAssets(%v)", c.addr.Hex(), one), one)
	}
	runErr := v.run()
	// A read of a source the vault no longer has may fail: the layout the
	// vault answered with is looked at first.
	if err := cmp.Or(asset.err, sources.err, shareDecimals.err); err != nil {
		return State{}, nil, fmt.Errorf("vault %s: %w", c.addr.Hex(), err)
	}
	found := &layout{asset: asset.address(), sources: sources.addresses(), shareDecimals: shareDecimals.uint8()}
	if found.shareDecimals > maxShareDecimals {
		return State{}, nil, fmt.Errorf("vault %s decimals = %d: implausible", c.addr.Hex(), found.shareDecimals)
	}
	if !found.equal(l) {
		return State{}, found, nil
	}
	if price.err != nil && v.failedOnly(price) {
		runErr = nil
	}
	if runErr != nil {
		return State{}, nil, fmt.Errorf("vault %s: %w", c.addr.Hex(), runErr)
	}
	st.Asset, st.Keeper = asset.address(), keeper.address()
	st.Guardian, st.Paused, st.Failsafe = guardian.address(), paused.bool(), failsafe.bool()
	for _, b := range []struct {
		name string
		r    *read
		dst  *uint64
	}{{"minIdleBps", minIdle, &st.MinIdleBps}, {"maxLossBps", maxLoss, &st.MaxLossBps}, {"maxTurnoverBps", maxTurnover, &st.MaxTurnoverBps}} {
		n := b.r.bigInt()
		if !n.IsUint64() || n.Uint64() > 10_000 {
			return State{}, nil, fmt.Errorf("vault %s %s = %v: above 10000 basis points", c.addr.Hex(), b.name, n)
		}
		*b.dst = n.Uint64()
	}
	// Durations and timestamps, in seconds, each bounded to a plausible value.
	seconds := func(name string, r *read, max int64) (int64, error) {
		n := r.bigInt()
		if n.Sign() < 0 || !n.IsInt64() || n.Int64() > max {
			return 0, fmt.Errorf("vault %s %s = %v s: %w", c.addr.Hex(), name, n, errImplausible)
		}
		return n.Int64(), nil
	}
	const maxTimestamp = 1 << 40
	var secs [4]int64
	for i, f := range []struct {
		name string
		r    *read
		max  int64
	}{{"livenessWindow", window, maxTimestamp}, {"lastKeeperActivity", activity, maxTimestamp}, {"cooldown", cooldown, maxCooldownSeconds},
		{"lastRebalance", last, maxTimestamp}} {
		n, err := seconds(f.name, f.r, f.max)
		if err != nil {
			return State{}, nil, err
		}
		secs[i] = n
	}
	st.LivenessWindow = time.Duration(secs[0]) * time.Second
	st.LastKeeperActivity = time.Unix(secs[1], 0).UTC()
	st.Cooldown = time.Duration(secs[2]) * time.Second
	if secs[3] > 0 {
		st.LastRebalance = time.Unix(secs[3], 0).UTC()
	}

	addrs := l.sources
	st.TotalAssets, st.Idle = total.bigInt(), idle.bigInt()
	if st.Decimals = decimals.uint8(); st.Decimals > 36 {
		return State{}, nil, fmt.Errorf("asset %s decimals = %d: implausible", st.Asset.Hex(), st.Decimals)
	}
	sum := new(big.Int).Set(st.Idle)
	for i, a := range addrs {
		r := per[i]
		src := SourceState{Address: a, Assets: r.assets.bigInt(), MaxWithdraw: r.maxWithdraw.bigInt(),
			MaxDeposit: r.maxDeposit.bigInt(), SupplyRate: r.rate.bigInt(), Cap: r.cap.bigInt()}
		rel := r.rel.bigInt()
		if !rel.IsUint64() || rel.Uint64() > 10_000 {
			return State{}, nil, fmt.Errorf("source %s relative cap = %v: above 10000 basis points", a.Hex(), rel)
		}
		src.RelCapBps = rel.Uint64()
		var err error
		if src.SupplyAPY, err = APYFromRayAPR(src.SupplyRate); err != nil {
			return State{}, nil, fmt.Errorf("vault %s at block %d: source %s: %w", c.addr.Hex(), st.Block, a.Hex(), err)
		}
		sum.Add(sum, src.Assets)
		st.Sources = append(st.Sources, src)
	}
	if sum.Cmp(st.TotalAssets) != 0 {
		return State{}, nil, fmt.Errorf("vault %s at block %d: totalAssets = %v but idle + sources = %v", c.addr.Hex(), st.Block, st.TotalAssets, sum)
	}
	if price.err == nil {
		st.SharePrice = price.bigInt()
	}
	return st, found, nil
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
