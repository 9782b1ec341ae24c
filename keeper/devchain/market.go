package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rateimpact"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// market moves each pool's borrow demand. Target utilisation follows a
// mean-reverting (Ornstein–Uhlenbeck) walk around a mean that itself drifts
// on a slow cycle with a different phase per pool, so the pool with the best
// supply rate changes every few minutes of a demo:
//
//	m_i(t)   = ū_i + A·sin(2πt/P + 2πi/n)
//	u_i(t+1) = u_i(t) + θ·(m_i(t) − u_i(t)) + σ_i·ε,   ε ~ N(0, 1)
//
// clamped to [0.02, 0.97]. In a lending pool (aave, comet, morpho) the
// borrower then borrows or repays the difference between the target debt and
// its debt: u·(debt + free liquidity) for Aave, u·total supply for Comet and
// Morpho (each protocol's own utilisation). An ERC-4626 vault has no borrowers on chain:
// its borrower pays it, since the last step, the yield of the pool's curve
// at u (see config.Pool), and pokes its adapter so the rate is measured.
type market struct {
	c   *Chain
	rng *rand.Rand
	// nonces are the next nonces of the senders of the current round: one
	// sender may send several transactions a round, and the pool may not
	// show the previous one yet when the next asks for its nonce.
	nonces map[common.Address]uint64
	u      []float64
	t      int
	theta  float64
	amp    float64
	per    float64
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
	m.nonces = nil
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
	if p.Config.Kind == config.PoolERC4626 {
		return m.payYield(ctx, p, u)
	}
	call := &bind.CallOpts{Context: ctx, Pending: true}
	l := m.c.lending(p)
	debt, base, avail, err := l.balances(call)
	if err != nil {
		return err
	}
	total := new(big.Float).SetInt(base)
	want, _ := new(big.Float).Mul(total, big.NewFloat(u)).Int(nil)
	delta := new(big.Int).Sub(want, debt)
	// Ignore moves under 0.1% of the pool.
	threshold, _ := new(big.Float).Mul(total, big.NewFloat(0.001)).Int(nil)
	if new(big.Int).Abs(delta).Cmp(threshold) <= 0 {
		return nil
	}
	o, err := m.opts(ctx, p.borrower)
	if err != nil {
		return err
	}
	if delta.Sign() > 0 {
		if delta.Cmp(avail) > 0 {
			delta.Set(avail)
		}
		_, err = l.borrow(o, delta)
		return m.sent(o, err)
	}
	_, err = l.repay(o, new(big.Int).Neg(delta))
	return m.sent(o, err)
}

// payYield sends an ERC-4626 vault the yield of its curve at u since the
// last payment (on its total assets, the keeper's deposit included), then
// pokes its adapter, which records the share price after the payment. The
// borrower's buffer is topped up a step ahead of need, so no payment waits
// on a mint in the same block.
func (m *market) payYield(ctx context.Context, p *Pool, u float64) error {
	head, err := m.c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	at := head.Time + 1 // the block these transactions go into
	if at <= p.yieldAt {
		return nil
	}
	call := &bind.CallOpts{Context: ctx, Pending: true}
	assets, err := p.Vault4626.TotalAssets(call)
	if err != nil {
		return fmt.Errorf("reading total assets: %w", err)
	}
	curve := rateimpact.AaveCurve{Base: p.Config.BaseRate, Slope1: p.Config.Slope1, Slope2: p.Config.Slope2,
		Optimal: p.Config.OptimalUtilisation, ReserveFactor: p.Config.ReserveFactor}
	share := curve.SupplyRate(u) * float64(at-p.yieldAt) / vaults.SecondsPerYear
	yield, _ := new(big.Float).Mul(new(big.Float).SetInt(assets), big.NewFloat(share)).Int(nil)
	p.yieldAt = at

	payer := crypto.PubkeyToAddress(p.borrower.PublicKey)
	held, err := m.c.token.BalanceOf(call, payer)
	if err != nil {
		return fmt.Errorf("reading the payer's balance: %w", err)
	}
	o, err := m.opts(ctx, p.borrower)
	if err != nil {
		return err
	}
	if yield.Sign() > 0 && yield.Cmp(held) <= 0 {
		if _, err := p.Vault4626.SimulateYield(o, yield); m.sent(o, err) != nil {
			return fmt.Errorf("paying yield %v: %w", yield, err)
		}
		held.Sub(held, yield)
	}
	if buffer := Tokens(p.Config.Liquidity); held.Cmp(new(big.Int).Rsh(buffer, 1)) < 0 {
		gov, err := m.opts(ctx, m.c.deployer)
		if err != nil {
			return err
		}
		if _, err := m.c.token.Mint(gov, payer, buffer); m.sent(gov, err) != nil {
			return fmt.Errorf("topping up the payer: %w", err)
		}
	}
	adapter, err := bindings.NewERC4626Adapter(p.Adapter, m.c.Client)
	if err != nil {
		return err
	}
	if o, err = m.opts(ctx, p.borrower); err != nil {
		return err
	}
	if _, err := adapter.Poke(o); m.sent(o, err) != nil {
		return fmt.Errorf("poking the adapter: %w", err)
	}
	return nil
}

// opts signs as k with k's next nonce in this round; sent records its use.
func (m *market) opts(ctx context.Context, k *ecdsa.PrivateKey) (*bind.TransactOpts, error) {
	o, err := m.c.opts(ctx, k)
	if err != nil {
		return nil, err
	}
	n, ok := m.nonces[o.From]
	if !ok {
		if n, err = m.c.Client.PendingNonceAt(ctx, o.From); err != nil {
			return nil, fmt.Errorf("reading the nonce of %s: %w", o.From.Hex(), err)
		}
	}
	o.Nonce = new(big.Int).SetUint64(n)
	return o, nil
}

// sent passes on a send's error; a transaction that went out uses o's nonce.
func (m *market) sent(o *bind.TransactOpts, err error) error {
	if err == nil {
		if m.nonces == nil {
			m.nonces = map[common.Address]uint64{}
		}
		m.nonces[o.From] = o.Nonce.Uint64() + 1
	}
	return err
}

// warmUp lets every ERC-4626 vault's adapter measure a rate before the
// keeper's first tick: one hour of chain time per round, it pays each vault
// its yield at the pool's initial utilisation and pokes the adapter, until
// the adapter holds the checkpoints of its full median (SAMPLES − 1 windows
// after the one recorded at deployment). Nothing happens without such a pool.
func (m *market) warmUp(ctx context.Context) error {
	var pools []*Pool
	for _, p := range m.c.Pools {
		if p.Config.Kind == config.PoolERC4626 {
			pools = append(pools, p)
		}
	}
	if len(pools) == 0 {
		return nil
	}
	adapter, err := bindings.NewERC4626Adapter(pools[0].Adapter, m.c.Client)
	if err != nil {
		return err
	}
	samples, err := adapter.SAMPLES(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fmt.Errorf("reading the ERC-4626 adapter's SAMPLES: %w", err)
	}
	for round := int64(1); round < samples.Int64(); round++ {
		m.nonces = nil
		if err := m.c.advanceTime(ctx, time.Hour); err != nil {
			return fmt.Errorf("warming up the ERC-4626 rates: %w", err)
		}
		for _, p := range pools {
			if err := m.payYield(ctx, p, p.Config.Utilisation); err != nil {
				return fmt.Errorf("warming up pool %s: %w", p.Config.Name, err)
			}
		}
		if err := m.seal(ctx); err != nil {
			return fmt.Errorf("warming up the ERC-4626 rates: %w", err)
		}
	}
	return nil
}

// seal commits a block and checks that it carries every transaction the
// simulator sent this round: each sender's mined nonce must reach the next
// nonce it used. go-ethereum's simulated backend now and then seals a block
// without a sender's last transaction (seen on a loaded 2-core machine: the
// ERC-4626 payer's poke, sent right after its yield payment, left pending
// with mined nonce = used − 1), which would then block every later time
// jump; such a transaction is sealed by committing again.
func (m *market) seal(ctx context.Context) error {
	for try := 1; ; try++ {
		if err := m.c.node.commit(ctx); err != nil {
			return err
		}
		var behind []string
		for a, want := range m.nonces {
			got, err := m.c.Client.NonceAt(ctx, a, nil)
			if err != nil {
				return fmt.Errorf("reading the mined nonce of %s: %w", a.Hex(), err)
			}
			if got < want {
				behind = append(behind, fmt.Sprintf("%s at nonce %d of %d", a.Hex(), got, want))
			}
		}
		if len(behind) == 0 {
			return nil
		}
		if try == 50 || ctx.Err() != nil {
			return fmt.Errorf("transactions still unsealed after %d blocks: %s", try, strings.Join(behind, ", "))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// lendingMarket is a lending pool as the simulated borrower sees it.
type lendingMarket struct {
	// balances returns the debt, the total it is a utilisation of, and the
	// free liquidity.
	balances func(*bind.CallOpts) (debt, base, free *big.Int, err error)
	borrow   func(*bind.TransactOpts, *big.Int) (*types.Transaction, error)
	repay    func(*bind.TransactOpts, *big.Int) (*types.Transaction, error)
}

// lending is p (kind aave, comet or morpho) as its borrower sees it.
func (c *Chain) lending(p *Pool) lendingMarket {
	if p.Config.Kind == config.PoolMorpho {
		return c.morphoLending(p)
	}
	borrower := crypto.PubkeyToAddress(p.borrower.PublicKey)
	if p.Config.Kind == config.PoolComet {
		return lendingMarket{
			balances: func(call *bind.CallOpts) (*big.Int, *big.Int, *big.Int, error) {
				debt, err := p.Comet.TotalBorrow(call)
				if err != nil {
					return nil, nil, nil, fmt.Errorf("reading total borrow: %w", err)
				}
				supply, err := p.Comet.TotalSupply(call)
				if err != nil {
					return nil, nil, nil, fmt.Errorf("reading total supply: %w", err)
				}
				free, err := c.token.BalanceOf(call, p.Address)
				if err != nil {
					return nil, nil, nil, fmt.Errorf("reading free liquidity: %w", err)
				}
				return debt, supply, free, nil
			},
			borrow: p.Comet.Borrow,
			repay:  p.Comet.Repay,
		}
	}
	m := lendingMarket{
		balances: func(call *bind.CallOpts) (*big.Int, *big.Int, *big.Int, error) {
			debt, err := p.Contract.TotalDebt(call)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("reading debt: %w", err)
			}
			avail, err := p.Contract.AvailableLiquidity(call)
			if err != nil {
				return nil, nil, nil, fmt.Errorf("reading liquidity: %w", err)
			}
			return debt, new(big.Int).Add(debt, avail), avail, nil
		},
		borrow: func(o *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Contract.Borrow(o, c.Token, amount, big.NewInt(2), 0, borrower)
		},
		repay: func(o *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
			return p.Contract.Repay(o, c.Token, amount, big.NewInt(2), borrower)
		},
	}
	if realAave(p.Config) { // the same calls; only the balances are read elsewhere
		m.balances = c.aaveBalances(p)
	}
	return m
}
