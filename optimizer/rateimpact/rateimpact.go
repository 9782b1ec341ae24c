// Package rateimpact models how a pool's supply rate responds to the vault's
// own deposits and withdrawals, so the optimizer does not chase a rate that
// its deposit would destroy.
//
// Two models are provided.
//
// Kinked utilisation curves, used when total supply S and total borrow B are
// known (from the chain, or the optional supply/borrow columns of a history).
// A deposit x changes utilisation to u(x) = B/(S+x), and the supply rate is
// read off the protocol's curve at u(x):
//
//	Aave v3 (DefaultReserveInterestRateStrategy):
//	  borrow(u) = base + slope1·u/U*                         for u ≤ U*
//	            = base + slope1 + slope2·(u−U*)/(1−U*)        for u > U*
//	  supply(u) = borrow(u)·u·(1 − reserveFactor)
//
//	Compound v3 (Comet), with its own supply curve:
//	  supply(u) = base + low·u                                for u ≤ kink
//	            = base + low·kink + high·(u−kink)             for u > kink
//
// Capacity, used when only free liquidity L (DefiLlama's tvl for lending
// pools) and the current rate r₀ are known. Borrowers' interest is taken as
// fixed in the short run and spread over a larger supply, with an elasticity
// η ≥ 0 for the borrow rate falling as utilisation falls:
//
//	S = L/(1−u₀),  r(x) = r₀·(S/(S+x))^(1+η)
//
// where u₀ is the assumed utilisation. η = 0 is pure dilution; η = 1 matches a
// linear curve below the kink (borrow rate ∝ u), where supply ∝ u².
//
// All rates are yearly fractions (0.05 = 5%), amounts in the same unit as S,
// B and L. A negative x is a withdrawal.
package rateimpact

import (
	"fmt"
	"math"
)

// Model gives a pool's supply rate after the vault adds x (x < 0 removes).
type Model interface {
	// RateAfter returns the supply rate after a deposit of x.
	RateAfter(x float64) float64
	// MaxWithdraw is the most that can be removed (free liquidity).
	MaxWithdraw() float64
}

// AaveCurve is an Aave v3 interest-rate strategy.
type AaveCurve struct {
	Base, Slope1, Slope2 float64
	Optimal              float64 // U*, in (0, 1)
	ReserveFactor        float64 // in [0, 1)
}

// Validate checks the curve's parameters.
func (c AaveCurve) Validate() error {
	switch {
	case !finiteNonNeg(c.Base):
		return fmt.Errorf("aave curve: base %v: must be finite and ≥ 0", c.Base)
	case !finiteNonNeg(c.Slope1):
		return fmt.Errorf("aave curve: slope1 %v: must be finite and ≥ 0", c.Slope1)
	case !finiteNonNeg(c.Slope2):
		return fmt.Errorf("aave curve: slope2 %v: must be finite and ≥ 0", c.Slope2)
	case !(c.Optimal > 0 && c.Optimal < 1):
		return fmt.Errorf("aave curve: optimal utilisation %v: must be in (0, 1)", c.Optimal)
	case !(c.ReserveFactor >= 0 && c.ReserveFactor < 1):
		return fmt.Errorf("aave curve: reserve factor %v: must be in [0, 1)", c.ReserveFactor)
	}
	return nil
}

// BorrowRate is the variable borrow rate at utilisation u.
func (c AaveCurve) BorrowRate(u float64) float64 {
	if u <= c.Optimal {
		return c.Base + c.Slope1*u/c.Optimal
	}
	return c.Base + c.Slope1 + c.Slope2*(u-c.Optimal)/(1-c.Optimal)
}

// SupplyRate is the supply (liquidity) rate at utilisation u.
func (c AaveCurve) SupplyRate(u float64) float64 {
	return c.BorrowRate(u) * u * (1 - c.ReserveFactor)
}

// CometCurve is a Compound v3 supply-rate curve (yearly rates).
type CometCurve struct {
	Base, SlopeLow, SlopeHigh float64
	Kink                      float64 // in (0, 1)
}

// Validate checks the curve's parameters.
func (c CometCurve) Validate() error {
	switch {
	case !finiteNonNeg(c.Base):
		return fmt.Errorf("comet curve: base %v: must be finite and ≥ 0", c.Base)
	case !finiteNonNeg(c.SlopeLow):
		return fmt.Errorf("comet curve: slope low %v: must be finite and ≥ 0", c.SlopeLow)
	case !finiteNonNeg(c.SlopeHigh):
		return fmt.Errorf("comet curve: slope high %v: must be finite and ≥ 0", c.SlopeHigh)
	case !(c.Kink > 0 && c.Kink < 1):
		return fmt.Errorf("comet curve: kink %v: must be in (0, 1)", c.Kink)
	}
	return nil
}

// SupplyRate is Comet's supply rate at utilisation u.
func (c CometCurve) SupplyRate(u float64) float64 {
	if u <= c.Kink {
		return c.Base + c.SlopeLow*u
	}
	return c.Base + c.SlopeLow*c.Kink + c.SlopeHigh*(u-c.Kink)
}

// Curve is anything that maps utilisation to a supply rate.
type Curve interface {
	SupplyRate(u float64) float64
}

// Kinked is a pool with known supply and borrow on a utilisation curve.
type Kinked struct {
	Curve          Curve
	Supply, Borrow float64
}

// NewKinked checks the pool's state.
func NewKinked(curve Curve, supply, borrow float64) (*Kinked, error) {
	if !finiteNonNeg(supply) || !finiteNonNeg(borrow) {
		return nil, fmt.Errorf("kinked pool: supply %v, borrow %v: must be finite and ≥ 0", supply, borrow)
	}
	if borrow > supply {
		return nil, fmt.Errorf("kinked pool: borrow %v exceeds supply %v", borrow, supply)
	}
	if v, ok := curve.(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			return nil, err
		}
	}
	return &Kinked{Curve: curve, Supply: supply, Borrow: borrow}, nil
}

// Utilisation after adding x; withdrawals beyond free liquidity clamp to 1.
func (k *Kinked) Utilisation(x float64) float64 {
	s := k.Supply + x
	if s <= k.Borrow || s <= 0 {
		if k.Borrow == 0 {
			return 0
		}
		return 1
	}
	return k.Borrow / s
}

// RateAfter implements Model.
func (k *Kinked) RateAfter(x float64) float64 { return k.Curve.SupplyRate(k.Utilisation(x)) }

// MaxWithdraw implements Model.
func (k *Kinked) MaxWithdraw() float64 { return k.Supply - k.Borrow }

// Capacity is the free-liquidity model r(x) = r₀·(S/(S+x))^(1+η).
type Capacity struct {
	Rate       float64 // r₀, current supply rate
	Free       float64 // L, free liquidity
	Util       float64 // u₀, assumed utilisation in [0, 1)
	Elasticity float64 // η ≥ 0
}

// NewCapacity checks the model's parameters.
func NewCapacity(rate, free, util, elasticity float64) (*Capacity, error) {
	switch {
	case math.IsNaN(rate) || math.IsInf(rate, 0) || rate < -1:
		return nil, fmt.Errorf("capacity model: rate %v: must be finite and ≥ −1", rate)
	case !finiteNonNeg(free):
		return nil, fmt.Errorf("capacity model: free liquidity %v: must be finite and ≥ 0", free)
	case !(util >= 0 && util < 1):
		return nil, fmt.Errorf("capacity model: utilisation %v: must be in [0, 1)", util)
	case !finiteNonNeg(elasticity):
		return nil, fmt.Errorf("capacity model: elasticity %v: must be finite and ≥ 0", elasticity)
	}
	return &Capacity{Rate: rate, Free: free, Util: util, Elasticity: elasticity}, nil
}

// Supply is the implied total supply S = L/(1−u₀).
func (c *Capacity) Supply() float64 { return c.Free / (1 - c.Util) }

// RateAfter implements Model. Withdrawing everything free drives the rate to
// the curve's limit; beyond that the rate is that limit.
func (c *Capacity) RateAfter(x float64) float64 {
	s := c.Supply()
	if x < -c.Free {
		x = -c.Free
	}
	if s+x <= 0 {
		return c.Rate
	}
	return c.Rate * math.Pow(s/(s+x), 1+c.Elasticity)
}

// MaxWithdraw implements Model.
func (c *Capacity) MaxWithdraw() float64 { return c.Free }

// Income is the yearly income x·r(x) of holding x in a pool whose rate was
// modelled before the vault held anything there.
//
// It is not concave everywhere: below an Aave kink with no base rate,
// f(x) = a·B²·x/(S+x)² has f'(x) ∝ S−x and f”(x) ∝ 2x−4S, so income peaks
// at x = S and is concave only for x < 2S. An optimizer must linearise it
// step by step (or bound x) rather than treat it as globally concave.
func Income(m Model, x float64) float64 { return x * m.RateAfter(x) }

func finiteNonNeg(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) && v >= 0 }
