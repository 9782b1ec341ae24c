package config

import (
	"fmt"
	"math"
	"math/big"
	"net"
	"strconv"
	"strings"
	"time"
)

// Pool kinds: the protocol the embedded chain deploys for a pool, with the
// vault's adapter for it.
const (
	// PoolAave is an Aave v3 market and an AaveV3Adapter: the real Aave v3.0
	// (npm @aave/core-v3) for aave_version 3.0, the local LendingPool acting
	// as 3.1 or 3.2 (versions npm does not publish).
	PoolAave = "aave"
	// PoolComet is a local Compound v3 market (Comet) and a CompoundV3Adapter.
	PoolComet = "comet"
	// PoolERC4626 is an ERC-4626 vault (Mock4626) and an ERC4626Adapter.
	PoolERC4626 = "erc4626"
	// PoolMorpho is a market on a real Morpho Blue (the npm package's) with a
	// KinkedIrm, and a MorphoBlueAdapter.
	PoolMorpho = "morpho"
)

// MaxMorphoFee is Morpho Blue's MAX_FEE: the largest reserve_factor (market
// fee) of a kind-morpho pool.
const MaxMorphoFee = 0.25

// Aave versions of a kind-aave pool (LendingPool's AaveRateAbi): each has its
// rate-strategy interface, which the AaveV3Adapter detects. 3.0 is the real
// Aave v3.0.2 (npm @aave/core-v3 1.19.3); 3.1 and 3.2 the LendingPool acting
// as them.
var AaveVersions = []string{"3.0", "3.1", "3.2"}

// MaxCometRate is the largest per-year rate parameter a Comet market takes:
// its constructor's uint64 at 1e18 scale (18.446744073709551615).
const MaxCometRate = 18.4467

// Embedded configures the in-process simulated chain and its market.
type Embedded struct {
	// RPCAddr is where the chain's JSON-RPC is served (host:port, loopback
	// only); empty serves nothing.
	RPCAddr string `yaml:"rpc_addr"`
	// BlockInterval is the wall-clock time between blocks.
	BlockInterval Duration `yaml:"block_interval"`
	// BlockTime is how far chain time advances per block; larger values make
	// interest visibly accrue in a short demo.
	BlockTime Duration `yaml:"block_time"`
	// Seed drives the market simulator (borrow demand), for reproducible runs.
	Seed int64 `yaml:"seed"`
	// Deposit is what the demo depositor puts in the vault, in whole tokens.
	Deposit float64 `yaml:"deposit"`
	// MinIdle is the vault's on-chain minimum idle share (0..1).
	MinIdle float64 `yaml:"min_idle"`
	// TimelockDelay is governance's timelock minimum delay, in chain time.
	TimelockDelay Duration `yaml:"timelock_delay"`
	// Pools are the lending pools deployed on the chain, one vault source each.
	Pools []Pool `yaml:"pools"`
}

// Pool is one local yield source with a kinked rate curve. BaseRate, Slope1,
// Slope2, OptimalUtilisation and ReserveFactor describe, for every kind, a
// borrow curve in Aave v3's notation (borrow(u) = base + slope1·u/U* up to
// the kink U*, then + slope2·(u−U*)/(1−U*)) and the protocol's share of the
// interest; Utilisation and Volatility drive the market simulator. What
// each kind makes of them:
//
//   - aave: the pool's strategy takes them as they are; suppliers earn
//     borrow(u)·u·(1 − reserve_factor). AaveVersion picks the Aave version:
//     3.0 deploys a market of the real Aave v3.0 (its DefaultReserveInterest-
//     RateStrategy, the reserve factor set through its PoolConfigurator, the
//     borrower posting collateral priced 1:1 by Aave's mock oracle); 3.1 and
//     3.2 the LendingPool acting as them, whose strategy from 3.1 on stores
//     the curve in whole basis points and checks it as Aave's does.
//   - comet: Comet has per-utilisation slopes and a supply curve of its own.
//     Borrow: base base_rate, kink U*, slope low slope1/U*, slope high
//     slope2/(1−U*) (the same borrow curve). Supply: base 0, kink U*, the
//     line through Aave's supply rate at 0, U* and 100%: slope low
//     borrow(U*)·(1 − reserve_factor), slope high
//     (borrow(1) − borrow(U*)·U*)·(1 − reserve_factor)/(1−U*). Below the kink
//     that pays suppliers a little more than the Aave curve, as real Comet
//     markets do; each derived per-year parameter must fit Comet's uint64
//     (MaxCometRate).
//   - erc4626: an ERC-4626 vault standing in for a MetaMorpho-style vault
//     that lends to borrowers of its own. The simulator walks the same
//     utilisation and pays the vault, every block, this curve's supply rate
//     at it (as a donation that raises the share price); the vault's
//     deposits do not move that rate, as the ERC4626Adapter assumes.
//   - morpho: a market on Morpho Blue (one Morpho for all such pools) whose
//     IRM is a KinkedIrm with exactly this borrow curve (per second: the
//     yearly rate / 365 days, rounded down to 1e-18) and whose fee is
//     reserve_factor (at most MaxMorphoFee), so suppliers earn
//     borrow(u)·u·(1 − reserve_factor) as on the Aave curve. The borrower
//     posts collateral priced 1:1 by Morpho's OracleMock.
type Pool struct {
	Name string `yaml:"name"`
	// Kind is "aave" (the default), "comet", "erc4626" or "morpho".
	Kind string `yaml:"kind"`
	// AaveVersion is "3.0" (the default), "3.1" or "3.2" (kind aave only).
	AaveVersion string `yaml:"aave_version"`
	// BaseRate, Slope1, Slope2 are yearly borrow rates as fractions.
	BaseRate float64 `yaml:"base_rate"`
	Slope1   float64 `yaml:"slope1"`
	Slope2   float64 `yaml:"slope2"`
	// OptimalUtilisation is the kink (0..1, exclusive).
	OptimalUtilisation float64 `yaml:"optimal_utilisation"`
	// ReserveFactor is the share of interest kept by the protocol (0..1).
	ReserveFactor float64 `yaml:"reserve_factor"`
	// Liquidity is what other lenders supply (erc4626: deposit), in whole tokens.
	Liquidity float64 `yaml:"liquidity"`
	// Utilisation is the borrowers' initial and long-run mean utilisation (0..1).
	Utilisation float64 `yaml:"utilisation"`
	// Volatility is the standard deviation of the utilisation's per-block moves.
	Volatility float64 `yaml:"volatility"`
}

// CometRates are a Comet market's per-year rate parameters (fractions).
type CometRates struct {
	Kink                                        float64
	SupplyBase, SupplySlopeLow, SupplySlopeHigh float64
	BorrowBase, BorrowSlopeLow, BorrowSlopeHigh float64
}

// CometRates maps the pool's curve onto a Comet market (see Pool).
func (p Pool) CometRates() CometRates {
	k, keep := p.OptimalUtilisation, 1-p.ReserveFactor
	atKink := p.BaseRate + p.Slope1 // borrow rate at the kink
	atFull := atKink + p.Slope2     // borrow rate at 100%
	return CometRates{
		Kink:           k,
		SupplySlopeLow: atKink * keep, SupplySlopeHigh: (atFull - atKink*k) * keep / (1 - k),
		BorrowBase: p.BaseRate, BorrowSlopeLow: p.Slope1 / k, BorrowSlopeHigh: p.Slope2 / (1 - k),
	}
}

func (e *Embedded) pool(name string) *Pool {
	for i := range e.Pools {
		if e.Pools[i].Name == name {
			return &e.Pools[i]
		}
	}
	return nil
}

func (e *Embedded) validate(prefix string, errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	if e.RPCAddr != "" {
		host, port, err := net.SplitHostPort(e.RPCAddr)
		if err != nil || port == "" {
			add(fieldError(prefix+".rpc_addr", e.RPCAddr, "want host:port"))
		} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			add(fieldError(prefix+".rpc_addr", e.RPCAddr, "the embedded chain serves JSON-RPC on loopback only"))
		}
	}
	if e.BlockInterval.D() < 10*time.Millisecond {
		add(fieldError(prefix+".block_interval", e.BlockInterval.D(), "must be at least 10ms"))
	}
	if e.BlockTime.D() < time.Second {
		add(fieldError(prefix+".block_time", e.BlockTime.D(), "must be at least 1s"))
	}
	checkPositive(prefix+".deposit", e.Deposit, errs)
	if e.Deposit > 1e12 {
		add(fieldError(prefix+".deposit", e.Deposit, "must be at most 1e12 tokens"))
	}
	checkFraction(prefix+".min_idle", e.MinIdle, errs)
	if e.TimelockDelay.D() < 0 || e.TimelockDelay.D() > 30*24*time.Hour {
		add(fieldError(prefix+".timelock_delay", e.TimelockDelay.D(), "must be between 0 and 720h"))
	}
	if len(e.Pools) == 0 || len(e.Pools) > 20 {
		add(fieldError(prefix+".pools", len(e.Pools), "want between 1 and 20 pools"))
	}
	seen := map[string]bool{}
	for i, p := range e.Pools {
		pp := fmt.Sprintf("%s.pools[%d]", prefix, i)
		if strings.TrimSpace(p.Name) == "" {
			add(fieldError(pp+".name", p.Name, "must not be empty"))
		} else if seen[p.Name] {
			add(fieldError(pp+".name", p.Name, "duplicate pool name"))
		}
		seen[p.Name] = true
		for _, f := range []struct {
			name string
			v    float64
		}{{"base_rate", p.BaseRate}, {"slope1", p.Slope1}, {"slope2", p.Slope2}} {
			if math.IsNaN(f.v) || f.v < 0 || f.v > 10 {
				add(fieldError(pp+"."+f.name, f.v, "must be a yearly rate between 0 and 10 (1000%%)"))
			}
		}
		if math.IsNaN(p.OptimalUtilisation) || p.OptimalUtilisation <= 0 || p.OptimalUtilisation >= 1 {
			add(fieldError(pp+".optimal_utilisation", p.OptimalUtilisation, "must be strictly between 0 and 1"))
		}
		if math.IsNaN(p.ReserveFactor) || p.ReserveFactor < 0 || p.ReserveFactor >= 1 {
			add(fieldError(pp+".reserve_factor", p.ReserveFactor, "must be in [0, 1)"))
		}
		if p.Kind != PoolAave && p.AaveVersion != "" {
			add(fieldError(pp+".aave_version", p.AaveVersion, "only for kind %q (this pool is %s)", PoolAave, quote(p.Kind)))
		}
		switch p.Kind {
		case PoolAave:
			p.checkAaveVersion(pp, errs)
		case PoolERC4626:
		case PoolComet:
			p.checkComet(pp, errs)
		case PoolMorpho:
			if p.ReserveFactor > MaxMorphoFee {
				add(fieldError(pp+".reserve_factor", p.ReserveFactor, "a Morpho Blue market's fee is at most %v (MAX_FEE)", MaxMorphoFee))
			}
		default:
			add(fieldError(pp+".kind", p.Kind, "unknown pool kind; want %q, %q, %q or %q", PoolAave, PoolComet, PoolERC4626, PoolMorpho))
		}
		checkPositive(pp+".liquidity", p.Liquidity, errs)
		if p.Liquidity > 1e12 {
			add(fieldError(pp+".liquidity", p.Liquidity, "must be at most 1e12 tokens"))
		}
		if math.IsNaN(p.Utilisation) || p.Utilisation < 0 || p.Utilisation > 0.99 {
			add(fieldError(pp+".utilisation", p.Utilisation, "must be between 0 and 0.99"))
		}
		if math.IsNaN(p.Volatility) || p.Volatility < 0 || p.Volatility > 0.5 {
			add(fieldError(pp+".volatility", p.Volatility, "must be between 0 and 0.5"))
		}
	}
}

// AaveRateAbi is the pool's Aave version as LendingPool's AaveRateAbi
// (0: v3.0, 1: v3.1, 2: v3.2+); v3.0 when unset.
func (p Pool) AaveRateAbi() uint8 {
	for i, v := range AaveVersions {
		if v == p.AaveVersion {
			return uint8(i)
		}
	}
	return 0
}

// checkAaveVersion checks the version and, from 3.1 on, what Aave's
// DefaultReserveInterestRateStrategyV2 requires of the curve: whole basis
// points, the kink within [1%, 99%], slope1 ≤ slope2 and a borrow rate of at
// most 1000% at full utilisation.
func (p Pool) checkAaveVersion(pp string, errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	switch p.AaveVersion {
	case "", "3.0":
		return
	case "3.1", "3.2":
	default:
		add(fieldError(pp+".aave_version", p.AaveVersion, "unknown Aave version; want %q", AaveVersions))
		return
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"base_rate", p.BaseRate}, {"slope1", p.Slope1}, {"slope2", p.Slope2}, {"optimal_utilisation", p.OptimalUtilisation}} {
		if !wholeBps(f.v) {
			add(fieldError(pp+"."+f.name, f.v, "aave_version %s stores the curve in whole basis points (multiples of 0.0001)", p.AaveVersion))
		}
	}
	if p.OptimalUtilisation < 0.01 || p.OptimalUtilisation > 0.99 {
		add(fieldError(pp+".optimal_utilisation", p.OptimalUtilisation, "aave_version %s needs it within [0.01, 0.99]", p.AaveVersion))
	}
	if p.Slope1 > p.Slope2 {
		add(fieldError(pp+".slope2", p.Slope2, "aave_version %s needs slope2 ≥ slope1 (%v)", p.AaveVersion, p.Slope1))
	}
	if sum := p.BaseRate + p.Slope1 + p.Slope2; sum > 10+1e-9 {
		add(fieldError(pp+".slope2", p.Slope2, "aave_version %s caps base_rate + slope1 + slope2 at 10 (1000%%); they add up to %v", p.AaveVersion, sum))
	}
}

// wholeBps reports whether f, as the decimal it was written as, is a whole
// number of basis points.
func wholeBps(f float64) bool {
	r, ok := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	return ok && r.Mul(r, big.NewRat(10_000, 1)).IsInt()
}

// checkComet checks that the Comet parameters derived from the curve (see
// Pool) fit the market's uint64 per-year fields, naming the field that sets
// each and the derived value. It says nothing of a curve whose own fields
// are out of range (validate reports those).
func (p Pool) checkComet(pp string, errs *[]error) {
	if !(p.OptimalUtilisation > 0 && p.OptimalUtilisation < 1) || !(p.ReserveFactor >= 0 && p.ReserveFactor < 1) {
		return
	}
	r := p.CometRates()
	for _, d := range []struct {
		field         string
		value         float64
		what, formula string
		derived       float64
	}{
		{"slope1", p.Slope1, "borrow slope below the kink", "slope1/optimal_utilisation", r.BorrowSlopeLow},
		{"slope2", p.Slope2, "borrow slope above the kink", "slope2/(1 − optimal_utilisation)", r.BorrowSlopeHigh},
		{"slope1", p.Slope1, "supply slope below the kink", "(base_rate + slope1)·(1 − reserve_factor)", r.SupplySlopeLow},
		{"slope2", p.Slope2, "supply slope above the kink",
			"(borrow(100%) − borrow(kink)·optimal_utilisation)·(1 − reserve_factor)/(1 − optimal_utilisation)", r.SupplySlopeHigh},
	} {
		if d.derived > MaxCometRate {
			*errs = append(*errs, fieldError(pp+"."+d.field, d.value,
				"kind %q: the market's %s, %s, is %.4g per year, above the %g a Comet market holds",
				PoolComet, d.what, d.formula, d.derived, MaxCometRate))
		}
	}
}
