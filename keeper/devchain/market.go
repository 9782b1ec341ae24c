package devchain

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
)

// market moves each pool's borrow demand. Target utilisation follows a
// mean-reverting (Ornstein–Uhlenbeck) walk around a mean that itself drifts
// on a slow cycle with a different phase per pool, so the pool with the best
// supply rate changes every few minutes of a demo:
//
//	m_i(t)   = ū_i + A·sin(2πt/P + 2πi/n)
//	u_i(t+1) = u_i(t) + θ·(m_i(t) − u_i(t)) + σ_i·ε,   ε ~ N(0, 1)
//
// clamped to [0.02, 0.97]. The pool's borrower then borrows or repays the
// difference between the target debt u·(liquidity + debt) and its debt.
type market struct {
	c     *Chain
	rng   *rand.Rand
	u     []float64
	t     int
	theta float64
	amp   float64
	per   float64
}

func newMarket(c *Chain, seed int64) *market {
	m := &market{c: c, rng: rand.New(rand.NewPCG(uint64(seed), 0x5eed)), theta: 0.2, amp: 0.15, per: 90}
	for _, p := range c.Pools {
		m.u = append(m.u, p.Config.Utilisation)
	}
	return m
}

// step moves every pool once; it sends transactions but does not seal them.
func (m *market) step(ctx context.Context) error {
	m.t++
	n := float64(len(m.c.Pools))
	for i, p := range m.c.Pools {
		mean := p.Config.Utilisation + m.amp*math.Sin(2*math.Pi*float64(m.t)/m.per+2*math.Pi*float64(i)/n)
		u := m.u[i] + m.theta*(mean-m.u[i]) + p.Config.Volatility*m.rng.NormFloat64()
		m.u[i] = math.Min(0.97, math.Max(0.02, u))
		if err := m.moveTo(ctx, p, m.u[i]); err != nil {
			return fmt.Errorf("pool %s: %w", p.Config.Name, err)
		}
	}
	return nil
}

func (m *market) moveTo(ctx context.Context, p *Pool, u float64) error {
	call := &bind.CallOpts{Context: ctx, Pending: true}
	debt, err := p.Contract.TotalDebt(call)
	if err != nil {
		return fmt.Errorf("reading debt: %w", err)
	}
	avail, err := p.Contract.AvailableLiquidity(call)
	if err != nil {
		return fmt.Errorf("reading liquidity: %w", err)
	}
	total := new(big.Float).SetInt(new(big.Int).Add(debt, avail))
	want, _ := new(big.Float).Mul(total, big.NewFloat(u)).Int(nil)
	delta := new(big.Int).Sub(want, debt)
	// Ignore moves under 0.1% of the pool.
	threshold, _ := new(big.Float).Mul(total, big.NewFloat(0.001)).Int(nil)
	if new(big.Int).Abs(delta).Cmp(threshold) <= 0 {
		return nil
	}
	o, err := m.c.opts(ctx, p.borrower)
	if err != nil {
		return err
	}
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	if delta.Sign() > 0 {
		if delta.Cmp(avail) > 0 {
			delta.Set(avail)
		}
		_, err = p.Contract.Borrow(o, m.c.Token, delta, big.NewInt(2), 0, borrower)
		return err
	}
	_, err = p.Contract.Repay(o, m.c.Token, new(big.Int).Neg(delta), big.NewInt(2), borrower)
	return err
}
