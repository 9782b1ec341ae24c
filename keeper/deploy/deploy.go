package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings/morpho"
)

// Chain is the node a deployment talks to; *ethclient.Client satisfies it.
type Chain interface {
	bind.ContractBackend
	txmgr.Chain
	ChainID(ctx context.Context) (*big.Int, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// Deployer deploys one spec from one signer on one chain.
type Deployer struct {
	spec          *Spec
	chain         Chain
	chainID       *big.Int
	signer        txmgr.Signer
	from          common.Address
	confirmations uint64
	log           *slog.Logger
}

// New checks that the chain answers and the signer may sign for it, and
// returns a deployer. Nothing is sent.
func New(ctx context.Context, spec *Spec, chain Chain, sg txmgr.Signer, log *slog.Logger) (*Deployer, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the chain id: %w", err)
	}
	if spec.Signer.Kind == "dev" && !signer.IsLocalChain(id) {
		return nil, config.FieldError("signer.kind", spec.Signer.Kind, "the dev key signs only on local chains (chain id 31337 or 1337), not chain id %s", id)
	}
	conf := uint64(spec.Chain.Confirmations)
	if conf == 0 {
		conf = 3
		if signer.IsLocalChain(id) {
			conf = 1
		}
	}
	return &Deployer{spec: spec, chain: chain, chainID: id, signer: sg, from: sg.Address(), confirmations: conf, log: log}, nil
}

// ChainID is the chain's id.
func (d *Deployer) ChainID() *big.Int { return new(big.Int).Set(d.chainID) }

// From is the deployer's address.
func (d *Deployer) From() common.Address { return d.from }

// CheckSources checks, before anything is sent, that the vault's asset is
// an ERC-20 and that each source is what its kind says, with the vault's
// asset: an error names the spec field and the address.
func (d *Deployer) CheckSources(ctx context.Context) error {
	call := &bind.CallOpts{Context: ctx}
	asset := common.HexToAddress(d.spec.Vault.Asset)
	if err := d.hasCode(ctx, "vault.asset", asset); err != nil {
		return err
	}
	tok, err := bindings.NewMockStablecoinCaller(asset, d.chain)
	if err != nil {
		return err
	}
	if _, err := tok.Decimals(call); err != nil {
		return config.FieldError("vault.asset", asset.Hex(), "not an ERC-20 token: decimals() failed: %v", err)
	}
	var errs []error
	for i, src := range d.spec.Sources {
		path := fmt.Sprintf("sources[%d].address", i)
		addr := common.HexToAddress(src.Address)
		if err := d.hasCode(ctx, path, addr); err != nil {
			errs = append(errs, err)
			continue
		}
		if src.Kind == KindMorpho {
			_, err := morphoMarket(call, d.chain, fmt.Sprintf("sources[%d].market", i), addr, src.Market, asset)
			errs = append(errs, err)
			continue
		}
		errs = append(errs, checkSource(call, d.chain, path, src.Kind, addr, asset))
	}
	return errors.Join(errs...)
}

func (d *Deployer) hasCode(ctx context.Context, path string, a common.Address) error {
	code, err := d.chain.CodeAt(ctx, a, nil)
	if err != nil {
		return fmt.Errorf("%s %s: reading its code: %w", path, a.Hex(), err)
	}
	if len(code) == 0 {
		return config.FieldError(path, a.Hex(), "no contract at this address on chain %s", d.chainID)
	}
	return nil
}

// checkSource asks the contract at addr what a source of kind would answer.
func checkSource(call *bind.CallOpts, chain bind.ContractCaller, path, kind string, addr, asset common.Address) error {
	switch kind {
	case KindAave:
		pool, err := bindings.NewLendingPoolCaller(addr, chain)
		if err != nil {
			return err
		}
		r, err := pool.GetReserveData(call, asset)
		if err != nil {
			return config.FieldError(path, addr.Hex(), "not an Aave v3 pool: getReserveData(%s) failed: %v", asset.Hex(), err)
		}
		if r.ATokenAddress == (common.Address{}) {
			return config.FieldError(path, addr.Hex(), "this Aave v3 pool has no reserve for vault.asset %s (wrong asset?)", asset.Hex())
		}
	case KindComet:
		c, err := bindings.NewCometCaller(addr, chain)
		if err != nil {
			return err
		}
		base, err := c.BaseToken(call)
		if err != nil {
			return config.FieldError(path, addr.Hex(), "not a Compound v3 Comet market: baseToken() failed: %v", err)
		}
		if base != asset {
			return config.FieldError(path, addr.Hex(), "the Comet market's base token is %s, not vault.asset %s (wrong asset)", base.Hex(), asset.Hex())
		}
	case KindERC4626:
		v, err := bindings.NewMock4626Caller(addr, chain)
		if err != nil {
			return err
		}
		a, err := v.Asset(call)
		if err != nil {
			return config.FieldError(path, addr.Hex(), "not an ERC-4626 vault: asset() failed: %v", err)
		}
		if a != asset {
			return config.FieldError(path, addr.Hex(), "the ERC-4626 vault's asset is %s, not vault.asset %s (wrong asset)", a.Hex(), asset.Hex())
		}
		if _, err := v.Decimals(call); err != nil {
			return config.FieldError(path, addr.Hex(), "not an ERC-4626 vault: decimals() failed: %v", err)
		}
	}
	return nil
}

// morphoMarket reads the parameters of market id from the Morpho Blue
// singleton at addr and checks that the market exists and lends asset; an
// error names path (the spec's market field) and the id.
func morphoMarket(call *bind.CallOpts, chain bind.ContractCaller, path string, addr common.Address, id string,
	asset common.Address) (bindings.MarketParams, error) {
	m, err := morpho.NewMorphoCaller(addr, chain)
	if err != nil {
		return bindings.MarketParams{}, err
	}
	var key [32]byte
	copy(key[:], common.FromHex(id))
	mp, err := m.IdToMarketParams(call, key)
	if err != nil {
		return bindings.MarketParams{}, config.FieldError(path, id, "not a Morpho Blue market: idToMarketParams on %s failed: %v", addr.Hex(), err)
	}
	if mp.LoanToken == (common.Address{}) {
		return bindings.MarketParams{}, config.FieldError(path, id, "no market with this id on the Morpho Blue at %s", addr.Hex())
	}
	if mp.LoanToken != asset {
		return bindings.MarketParams{}, config.FieldError(path, id, "the Morpho Blue market lends %s, not vault.asset %s (wrong asset)", mp.LoanToken.Hex(), asset.Hex())
	}
	return bindings.MarketParams(mp), nil
}

// PlannedStep is one step of a dry run.
type PlannedStep struct {
	Key  string `json:"key"`
	What string `json:"what"`
	// Address is where a creation will deploy (from the deployer's nonce).
	Address string `json:"address,omitempty"`
	Gas     uint64 `json:"gas"`
	// Estimated is true when Gas is the node's eth_estimateGas; false for
	// a call to a contract that does not exist yet (a measured figure).
	Estimated bool `json:"estimated"`
}

// Plan is a dry run: the steps, their gas and the cost at the current fees.
type Plan struct {
	ChainID  uint64        `json:"chain_id"`
	Deployer string        `json:"deployer"`
	Steps    []PlannedStep `json:"steps"`
	TotalGas uint64        `json:"total_gas"`
	BaseFee  *big.Int      `json:"base_fee_wei"`
	TipCap   *big.Int      `json:"tip_cap_wei"`
	// CostWei is TotalGas × (base fee + tip).
	CostWei *big.Int `json:"cost_wei"`
	Balance *big.Int `json:"deployer_balance_wei"`
}

// DryRun checks the sources and plans the deployment from the deployer's
// next nonce: creations are estimated by the node (with the addresses the
// contracts before them will have); nothing is signed, sent or journaled.
func (d *Deployer) DryRun(ctx context.Context) (*Plan, error) {
	if err := d.CheckSources(ctx); err != nil {
		return nil, err
	}
	nonce, err := d.chain.PendingNonceAt(ctx, d.from)
	if err != nil {
		return nil, fmt.Errorf("reading the deployer's nonce: %w", err)
	}
	head, err := d.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the head block: %w", err)
	}
	tip, err := d.chain.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the suggested tip: %w", err)
	}
	bal, err := d.chain.BalanceAt(ctx, d.from, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the deployer's balance: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	p := &Plan{ChainID: d.chainID.Uint64(), Deployer: d.from.Hex(), BaseFee: base, TipCap: tip, Balance: bal}
	a := addrs{}
	for _, s := range d.plan() {
		ps := PlannedStep{Key: s.key, What: s.what, Gas: s.gas}
		if s.contract != "" {
			addr := crypto.CreateAddress(d.from, nonce)
			a[s.key] = addr
			ps.Address = addr.Hex()
			_, code, err := s.build(ctx, a)
			if err != nil {
				return nil, fmt.Errorf("step %s: %w", s.key, err)
			}
			gas, err := d.chain.EstimateGas(ctx, ethereum.CallMsg{From: d.from, Data: code})
			if err != nil {
				return nil, fmt.Errorf("step %s (%s): the node's gas estimate failed: %w", s.key, s.what, err)
			}
			ps.Gas, ps.Estimated = gas, true
		}
		nonce++
		p.Steps = append(p.Steps, ps)
		p.TotalGas += ps.Gas
	}
	p.CostWei = new(big.Int).Mul(new(big.Int).SetUint64(p.TotalGas), new(big.Int).Add(base, tip))
	return p, nil
}

// Run deploys (or finishes deploying) the spec, journaling every step in
// journal before it is sent, and returns the deployment read back from the
// journal. A step whose send was recorded continues that send; a call
// whose effect is already on-chain is not sent again.
func (d *Deployer) Run(ctx context.Context, journal *store.Store, metrics txmgr.Metrics) (*Deployment, error) {
	mgr, err := txmgr.New(d.chain, d.chainID, d.signer, journal, txmgr.Config{Confirmations: d.confirmations},
		txmgr.Options{Log: d.log, Metrics: metrics})
	if err != nil {
		return nil, err
	}
	if err := mgr.Resume(ctx); err != nil {
		return nil, fmt.Errorf("finishing the sends a previous run left open: %w", err)
	}
	if err := d.CheckSources(ctx); err != nil {
		return nil, err
	}
	a := addrs{}
	var done []StepRecord
	steps := d.plan()
	for i, s := range steps {
		rec, err := d.runStep(ctx, mgr, journal, s, a)
		if err != nil {
			return nil, fmt.Errorf("step %d of %d, %s (%s): %w", i+1, len(steps), s.key, s.what, err)
		}
		d.log.Info("deploy step done", "step", fmt.Sprintf("%d/%d", i+1, len(steps)), "key", s.key, "tx", rec.TxHash,
			"address", rec.Address, "already_done", rec.AlreadyDone)
		done = append(done, rec)
	}
	return d.deployment(ctx, a, done)
}

// StepRecord is one step as it happened.
type StepRecord struct {
	Key  string `json:"key"`
	What string `json:"what"`
	// Address is the contract a creation deployed.
	Address string `json:"address,omitempty"`
	TxHash  string `json:"tx_hash,omitempty"`
	Block   uint64 `json:"block,omitempty"`
	GasUsed uint64 `json:"gas_used,omitempty"`
	// AlreadyDone is true for a call whose effect was found on-chain, so it
	// was not sent (TxHash is then empty).
	AlreadyDone bool `json:"already_done,omitempty"`
}

// journalKey is a step's idempotency key: chain, spec and step; a retry
// after a failed or reverted send (which changed nothing) adds "#n".
func (d *Deployer) journalKey(s step, n int) string {
	h := d.spec.Hash()
	k := fmt.Sprintf("deploy/%s/%x/%s", d.chainID, h[:6], s.key)
	if n > 1 {
		k += fmt.Sprintf("#%d", n)
	}
	return k
}

func (d *Deployer) runStep(ctx context.Context, mgr *txmgr.Manager, journal *store.Store, s step, a addrs) (StepRecord, error) {
	rec := StepRecord{Key: s.key, What: s.what}
	key := ""
	for n := 1; key == ""; n++ {
		k := d.journalKey(s, n)
		snd, err := journal.SendByKey(ctx, k)
		switch {
		case errors.Is(err, store.ErrNotFound):
			key = k
		case err != nil:
			return rec, fmt.Errorf("reading the journal: %w", err)
		case snd.State == store.SendConfirmed:
			return d.finished(ctx, s, snd, a, rec)
		case snd.State == store.SendFailed || snd.State == store.SendReverted:
			// A failed send never reached the chain, a reverted one changed
			// nothing; but a creation reported failed because its nonce
			// was "taken" may in fact have been mined: its address then
			// holds the contract, which is adopted rather than deployed again.
			if s.contract != "" && snd.Nonce != nil {
				addr := crypto.CreateAddress(d.from, *snd.Nonce)
				if ok, err := d.deployedAt(ctx, s.contract, addr); err != nil {
					return rec, err
				} else if ok {
					a[s.key], rec.Address = addr, addr.Hex()
					d.log.Warn("adopting a contract whose creation the journal recorded as failed", "key", k, "address", addr.Hex())
					return rec, nil
				}
			}
			d.log.Info("retrying a step whose earlier send changed nothing", "key", k, "state", snd.State, "error", snd.Error)
		default:
			// Open: a run was stopped while sending it; txmgr continues it.
			snd, err := mgr.Send(ctx, txmgr.Request{Key: k})
			if err != nil {
				return rec, err
			}
			return d.finished(ctx, s, snd, a, rec)
		}
	}
	if s.done != nil {
		ok, err := s.done(ctx, a)
		if err != nil {
			return rec, fmt.Errorf("checking whether it is already in effect: %w", err)
		}
		if ok {
			rec.AlreadyDone = true
			return rec, nil
		}
	}
	to, data, err := s.build(ctx, a)
	if err != nil {
		return rec, err
	}
	snd, err := mgr.Send(ctx, txmgr.Request{Key: key, To: to, Create: s.contract != "", Data: data})
	if err != nil {
		return rec, err
	}
	return d.finished(ctx, s, snd, a, rec)
}

// finished records a confirmed send's outcome; anything else is an error.
func (d *Deployer) finished(ctx context.Context, s step, snd store.Send, a addrs, rec StepRecord) (StepRecord, error) {
	if snd.State != store.SendConfirmed {
		return rec, fmt.Errorf("send %s ended %s: %s", snd.Key, snd.State, snd.Error)
	}
	rec.TxHash, rec.Block, rec.GasUsed = snd.TxHash, snd.Block, snd.GasUsed
	if s.contract != "" {
		if snd.Nonce == nil {
			return rec, fmt.Errorf("send %s is confirmed without a nonce in the journal", snd.Key)
		}
		addr := crypto.CreateAddress(common.HexToAddress(snd.From), *snd.Nonce)
		ok, err := d.deployedAt(ctx, s.contract, addr)
		if err != nil {
			return rec, err
		}
		if !ok {
			return rec, fmt.Errorf("transaction %s is confirmed but %s at %s does not hold the %s artifact's code", snd.TxHash, s.key, addr.Hex(), s.contract)
		}
		a[s.key], rec.Address = addr, addr.Hex()
	}
	return rec, nil
}

// deployedAt reports whether addr holds contract's committed runtime code.
func (d *Deployer) deployedAt(ctx context.Context, contract string, addr common.Address) (bool, error) {
	code, err := d.chain.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, fmt.Errorf("reading the code at %s: %w", addr.Hex(), err)
	}
	if len(code) == 0 {
		return false, nil
	}
	return CodeMatches(contract, code)
}
