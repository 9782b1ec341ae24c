// Package rebalancer runs one keeper tick: it observes the vault on-chain,
// records the observation, asks the optimizer for target weights, decides
// whether moving there is worth the gas, and if so sends the rebalance and
// records the transaction.
//
// The rule: with current assets a_i, targets t_i and supply APYs r_i (in
// asset units per year), the expected yearly gain is
//
//	G = Σ_i (t_i − a_i)·r_i
//
// and the rebalance is sent only when G > factor · gas cost, the gas cost
// being the estimated gas of the rebalance call times the gas price, priced
// in the vault's asset. Every tick records its decision with the reason.
package rebalancer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
	"github.com/vaultkeeper/vaultkeeper/optimizer/meanvar"
	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
	"github.com/vaultkeeper/vaultkeeper/vaults"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Decision actions.
const (
	ActionRebalance = "rebalance"
	ActionHold      = "hold"
	ActionError     = "error"
)

// Chain is what a tick needs from the node.
type Chain interface {
	vaults.Backend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Params wires a Rebalancer.
type Params struct {
	Config *config.Config
	Chain  Chain
	Vault  common.Address
	// Sources maps each vault source (adapter address) to its config entry.
	Sources map[common.Address]config.Source
	Store   *store.Store
	// Signer signs rebalances; nil means the keeper only decides.
	Signer signer.Signer
	// Senders, when set, hands out the transaction manager: the vaults
	// whose Params share it and sign with one key on one chain send through
	// one manager, in one nonce sequence (txmgr.Senders). The first of them
	// to be made sets its txmgr config; nil gives the vault a manager of
	// its own.
	Senders *txmgr.Senders
	// SenderLog, when set, is the transaction manager's logger instead of
	// Log: a manager shared by several vaults logs their sends as the
	// key's, not as the first vault's.
	SenderLog *slog.Logger
	Log       *slog.Logger
	// Approvals reads the governed-config hash approved on-chain (the
	// ConfigRegistry). When set, the keeper acts only while ConfigHash is
	// the approved hash; nil checks nothing (tests, dry runs without a
	// registry).
	Approvals Approvals
	// ConfigHash identifies the config every decision ran under; the vault's
	// decision receipt carries it.
	ConfigHash [32]byte
	// Model is the RL model for optimizer.strategy rl and shadow; nil loads
	// optimizer.model_file.
	Model *rl.Model
	// Metrics is told of decisions, sends, mined transactions and signer
	// errors (the vault's view of keeper/metrics, Metrics.Vault(name),
	// fits); nil records none.
	Metrics Metrics
	// UnsettledHead marks a node whose head block's state is not settled:
	// anvil answers a call pinned to its head from the storage of the block
	// it is mining, with the head's timestamp, so the amounts that must add
	// up (total = idle + sources) come from two blocks and a lending pool's
	// accrual (now − last accrual) underflows. A tick then reads the vault
	// (and asks the sources for rate quotes) at the head's parent, which such
	// a node serves from its stored state, and the transaction manager
	// simulates sends against the pending block (txmgr.Config.SimulatePending).
	UnsettledHead bool
}

// Reconfigure switches the rebalancer to the governed part g, which
// governance approved (its hash becomes the one decisions run under), with
// sources mapping the vault's sources to g's entries. The local part stays
// the running one (the operator's: chain, signer, storage, log, model
// file); a governed RL model must be at the running local.model_file. The
// RL model and the transaction manager are rebuilt (a manager from
// Params.Senders is the shared one again); the journal is shared,
// so open sends carry over. Nothing changes when an error is returned.
func (r *Rebalancer) Reconfigure(g config.Governed, sources map[common.Address]config.Source) error {
	cfg := *r.p.Config
	cfg.Governed = g
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("rebalancer: reconfiguring: %w", err)
	}
	p := r.p
	p.Config, p.Sources, p.ConfigHash, p.Model = &cfg, sources, cfg.GovernedHash(), nil
	var model *rl.Model
	if cfg.Optimizer.UsesRL() {
		var err error
		if model, err = cfg.LoadModel(); err != nil {
			return fmt.Errorf("rebalancer: reconfiguring: %w", err)
		}
	}
	txm := r.txm
	if p.Signer != nil {
		var err error
		if txm, err = newTxmgr(p, r.chainID); err != nil {
			return fmt.Errorf("rebalancer: reconfiguring: %w", err)
		}
	}
	r.p, r.model, r.txm = p, model, txm
	return nil
}

// ConfigHash is the governed hash of the config the rebalancer runs under.
func (r *Rebalancer) ConfigHash() [32]byte { return r.p.ConfigHash }

// Sender is the chain and the address the rebalancer sends from; ok is
// false when it has no signer (it sends nothing).
func (r *Rebalancer) Sender() (chainID uint64, from common.Address, ok bool) {
	if r.p.Signer == nil {
		return r.chainID.Uint64(), common.Address{}, false
	}
	return r.chainID.Uint64(), r.p.Signer.Address(), true
}

// Approvals reads the governed-config hash approved on-chain
// (governance.Registry).
type Approvals interface {
	ApprovedHash(ctx context.Context) ([32]byte, error)
}

// Metrics is what the rebalancer reports to keeper/metrics. The txmgr.Metrics
// methods go to the transaction manager.
type Metrics interface {
	txmgr.Metrics
	// ConfigHash: the running and the approved governed-config hashes, read
	// at a tick.
	ConfigHash(running, approved [32]byte)
	// SetRealisedGain: what the last mined rebalance delivers, measured at
	// a tick (see realisedGain).
	SetRealisedGain(yearlyGain float64)
	// Decision: a decision was recorded.
	Decision(action string, dryRun bool, expectedYearlyGain float64)
	// RebalanceSent: a rebalance decision was handed to the transaction
	// manager.
	RebalanceSent(expectedYearlyGain float64)
	// TxMined: a transaction of the keeper's reached its final receipt.
	TxMined(gasUsed uint64, effectiveGasPrice *big.Int, reverted bool)
	// SignerError: the signer of kind signer.kind failed to sign.
	SignerError(kind string, err error)
	// SetOpenSends seeds the open-send gauges from the journal before the
	// first Resume.
	SetOpenSends(sends []store.Send) error
}

// noMetrics discards everything (Params.Metrics nil).
type noMetrics struct{ txmgr.NoMetrics }

func (noMetrics) SetRealisedGain(float64)         {}
func (noMetrics) ConfigHash([32]byte, [32]byte)   {}
func (noMetrics) Decision(string, bool, float64)  {}
func (noMetrics) RebalanceSent(float64)           {}
func (noMetrics) TxMined(uint64, *big.Int, bool)  {}
func (noMetrics) SignerError(string, error)       {}
func (noMetrics) SetOpenSends([]store.Send) error { return nil }

// ModelID names the allocator in the vault's decision receipt.
var ModelID = [32]byte{'m', 'e', 'a', 'n', 'v', 'a', 'r', '/', 'v', '1'}

// Rebalancer runs ticks for one vault.
type Rebalancer struct {
	p       Params
	chainID *big.Int
	vault   *vaults.Client
	abi     *abi.ABI
	txm     *txmgr.Manager // nil without a signer
	model   *rl.Model      // optimizer.strategy rl and shadow only
	metrics Metrics        // never nil
	// seen is the highest block a tick has observed: a node answering
	// with an older head (a lagging or lying provider) is not decided on.
	seen uint64
}

// Outcome is what one tick saw and did.
type Outcome struct {
	State    vaults.State
	Names    []string
	Decision store.Decision
	// APYAfter is each source's APY predicted after the move to the targets.
	APYAfter []float64
	Tx       *store.Transaction
}

// New checks the wiring and binds the vault.
func New(ctx context.Context, p Params) (*Rebalancer, error) {
	if p.Config == nil || p.Chain == nil || p.Store == nil || p.Log == nil {
		return nil, errors.New("rebalancer: config, chain, store and log are required")
	}
	id, err := p.Chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("rebalancer: reading chain ID: %w", err)
	}
	vc, err := vaults.New(p.Vault, p.Chain)
	if err != nil {
		return nil, fmt.Errorf("rebalancer: %w", err)
	}
	parsed, err := bindings.VaultMetaData.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("rebalancer: vault ABI: %w", err)
	}
	r := &Rebalancer{p: p, chainID: id, vault: vc, abi: parsed, metrics: p.Metrics}
	if r.metrics == nil {
		r.metrics = noMetrics{}
	}
	if p.Config.Optimizer.UsesRL() {
		if r.model = p.Model; r.model == nil {
			if r.model, err = p.Config.LoadModel(); err != nil {
				return nil, fmt.Errorf("rebalancer: optimizer.strategy %s: %w", p.Config.Optimizer.Strategy, err)
			}
		}
		p.Log.Info("RL model loaded", "strategy", p.Config.Optimizer.Strategy, "model", r.model.String(), "file", p.Config.ModelFile)
	}
	if p.Signer != nil {
		if r.txm, err = newTxmgr(p, id); err != nil {
			return nil, fmt.Errorf("rebalancer: %w", err)
		}
		if p.Metrics != nil {
			// Sends an earlier process left open are counted before the
			// first tick's Resume moves them.
			open, err := p.Store.OpenSends(ctx, id.Uint64(), p.Signer.Address().Hex())
			if err != nil {
				return nil, fmt.Errorf("rebalancer: reading open sends: %w", err)
			}
			if err := p.Metrics.SetOpenSends(open); err != nil {
				return nil, fmt.Errorf("rebalancer: %w", err)
			}
		}
	}
	return r, nil
}

// Tick runs one observe–decide–act round. With dryRun it decides and
// records the decision but sends nothing. An error is returned only when
// nothing could be observed; later failures are recorded as an "error"
// decision and returned as well.
func (r *Rebalancer) Tick(ctx context.Context, dryRun bool) (Outcome, error) {
	log := r.p.Log
	st, err := r.observe(ctx)
	if err != nil {
		err = fmt.Errorf("observing vault: %w", err)
		if dryRun {
			return Outcome{}, err
		}
		// Nothing to decide on; the liveness proof still goes out when due.
		out, herr := r.heartbeatBlind(ctx, err)
		return out, errors.Join(err, herr)
	}
	out := Outcome{State: st}
	n := len(st.Sources)
	names := make([]string, n)
	for i, s := range st.Sources {
		sc, ok := r.p.Sources[s.Address]
		if !ok {
			return out, fmt.Errorf("vault %s has source %s that the config does not list: refusing to allocate blind", st.Vault.Hex(), s.Address.Hex())
		}
		names[i] = sc.Name
	}
	out.Names = names

	now := time.Now().UTC()
	obs := make([]store.Observation, n)
	for i, s := range st.Sources {
		obs[i] = store.Observation{Time: now, BlockTime: st.BlockTime, ChainID: r.chainID.Uint64(), Vault: hexAddr(st.Vault), Block: st.Block,
			Source: hexAddr(s.Address), Name: names[i], Assets: s.Assets, SupplyAPY: s.SupplyAPY}
	}
	tickID, err := r.p.Store.RecordObservations(ctx, obs)
	if err != nil {
		return out, fmt.Errorf("recording observations: %w", err)
	}

	if r.p.Metrics != nil {
		if g, ok, err := r.realisedGain(ctx, st); err != nil {
			log.Warn("measuring the last rebalance's realised gain", "err", err)
		} else if ok {
			r.metrics.SetRealisedGain(g)
		}
	}

	// tag names the RL model in every reason once strategy rl decides.
	tag := ""
	d := store.Decision{TickID: tickID, Time: now, ChainID: r.chainID.Uint64(), Vault: hexAddr(st.Vault), Block: st.Block,
		DryRun: dryRun, TotalAssets: st.TotalAssets, Sources: make([]string, n), CurrentWeights: make([]float64, n),
		TargetWeights: make([]float64, n), Targets: make([]*big.Int, n)}
	for i, s := range st.Sources {
		d.Sources[i] = hexAddr(s.Address)
		d.CurrentWeights[i] = ratio(s.Assets, st.TotalAssets)
		d.Targets[i] = new(big.Int).Set(s.Assets)
	}
	copy(d.TargetWeights, d.CurrentWeights)

	d.SharePrice = r.sharePrice(st)
	d.ConfigHash = hexutil.Encode(r.p.ConfigHash[:])
	decimals := st.Decimals
	d.AssetDecimals = &decimals

	// approved is set once the running config is known to be the approved
	// one: only then may a failed decision still send the heartbeat.
	approved := r.p.Approvals == nil
	fail := func(reason string, cause error) (Outcome, error) {
		d.Action, d.Reason = ActionError, tag+reason+": "+cause.Error()
		o, err := r.recordOnly(ctx, out, d)
		if err == nil && approved && r.heartbeatDue(dryRun, out.State) {
			// The keeper could not decide, but it is alive: it proves so
			// before the failsafe could be triggered against it.
			o, err = r.heartbeat(ctx, o)
		}
		return o, errors.Join(fmt.Errorf("%s: %w", reason, cause), err)
	}

	// Governance: the keeper acts only under the governed config approved
	// on-chain. Under another one it keeps observing and recording and sends
	// nothing at all: no new decision, no heartbeat, and no step of a send
	// left open (it resumes once the running config is approved again; an
	// attempt already broadcast may still be mined meanwhile).
	var refusal string
	if r.p.Approvals != nil {
		approved, err := r.p.Approvals.ApprovedHash(ctx)
		if err != nil {
			return fail("reading the approved config hash", err)
		}
		d.ApprovedHash = hexutil.Encode(approved[:])
		r.metrics.ConfigHash(r.p.ConfigHash, approved)
		if approved != r.p.ConfigHash {
			refusal = fmt.Sprintf("refusing to act: the running config's governed hash %s is not the one approved on-chain (%s); "+
				"sending nothing until governance approves it or the approved config is loaded", d.ConfigHash, d.ApprovedHash)
			log.Warn("config not approved", "running", d.ConfigHash, "approved", d.ApprovedHash)
		}
	}

	if refusal != "" {
		d.Action, d.Reason = ActionHold, refusal
		return r.recordOnly(ctx, out, d)
	}
	approved = true

	if st.TotalAssets.Sign() == 0 {
		d.Action, d.Reason = ActionHold, "vault holds no assets"
		return r.record(ctx, out, d)
	}
	// A send left unfinished by an earlier tick (or a crash) is finished
	// first; while it is open no new rebalance is decided, so two can never
	// race for the vault. One finished now may have moved the vault (and
	// started its cooldown) after st was read, so this tick decides nothing
	// more: the next one observes the vault afresh.
	if !dryRun {
		pending, finished, err := r.resume(ctx)
		if err != nil || pending != "" {
			d.Action = ActionHold
			d.Reason = "an earlier send is not finished: " + pending
			if err != nil {
				d.Reason += ": " + err.Error()
			}
			return r.record(ctx, out, d)
		}
		if finished != "" {
			d.Action = ActionHold
			d.Reason = "finished an earlier send (" + finished + ") after observing the vault: deciding again next tick"
			return r.record(ctx, out, d)
		}
	}
	if st.Failsafe {
		d.Action, d.Reason = ActionHold, "the vault's keeper-liveness failsafe is active: only governance can clear it"
		return r.record(ctx, out, d)
	}
	if st.Paused {
		d.Action, d.Reason = ActionHold, "the vault is paused by its guardian"
		return r.record(ctx, out, d)
	}
	// The next block is at least one second after the one observed.
	if ready := st.ReadyAt(); !ready.IsZero() && st.BlockTime.Add(time.Second).Before(ready) {
		d.Action = ActionHold
		d.Reason = fmt.Sprintf("the vault's cooldown allows the next rebalance at %s", ready.Format(time.RFC3339))
		return r.record(ctx, out, d)
	}

	price, err := r.gasPrice(ctx)
	if err != nil {
		return fail("reading gas price", err)
	}
	pr, err := r.prepare(ctx, st, price)
	if err != nil {
		return fail("optimizing", err)
	}
	var res strategy.Decision
	if r.p.Config.Optimizer.Strategy == config.StrategyRL {
		// The RL targets replace meanvar's; the caps, turnover and
		// gain-versus-gas checks below apply to them alike.
		rd, err := r.decideRL(ctx, st, pr, now)
		if err != nil {
			return fail(r.model.ID(), err)
		}
		tag = r.model.ID() + ": "
		if !rd.evaluated || !rd.act.Trade {
			d.Action, d.Reason = ActionHold, rd.reason
			return r.record(ctx, out, d)
		}
		tag = rd.reason + ": "
		res = strategy.Decision{Weights: rd.weights, Touched: rd.touched}
	} else {
		res, err = r.decideMeanVar(ctx, st, pr)
		if err != nil && !(res.Hold && errors.Is(err, meanvar.ErrInfeasible)) {
			return fail("optimizing", err)
		}
		if finiteAll(res.Forecast) {
			d.ForecastModel, d.Forecast = res.Model, res.Forecast
		}
		if r.p.Config.Optimizer.Strategy == config.StrategyShadow {
			rd, serr := r.decideRL(ctx, st, pr, now)
			if serr != nil {
				rd.reason = "not evaluated: " + serr.Error()
			}
			d.RLShadow = rd.shadow(r.model.ID())
		}
	}
	d.RateModels = pr.rateModels
	if res.Hold {
		d.Action, d.Reason = ActionHold, "optimizer: "+res.Reason
		if err != nil {
			d.Reason += " (" + err.Error() + ")"
		}
		d.Reason = withNotes(d.Reason, pr.rateNotes)
		return r.record(ctx, out, d)
	}
	allocated := new(big.Int)
	for i, s := range st.Sources {
		if res.Touched != nil && !res.Touched[i] {
			d.Targets[i] = new(big.Int).Set(s.Assets) // left alone: no dust move
		} else {
			d.Targets[i] = weightToAssets(res.Weights[i], st.TotalAssets)
		}
		allocated.Add(allocated, d.Targets[i])
	}
	if allocated.Cmp(st.TotalAssets) > 0 {
		return fail("sizing targets", fmt.Errorf("targets sum to %v, above total assets %v", allocated, st.TotalAssets))
	}
	scaled := fitTurnover(st, d.Targets)
	for i := range d.Targets {
		d.TargetWeights[i] = ratio(d.Targets[i], st.TotalAssets)
	}
	note := ""
	if scaled < 1 {
		note = fmt.Sprintf(" (move scaled to %.2f%% of the optimizer's to respect the vault's max turnover of %d bps)", 100*scaled, st.MaxTurnoverBps)
	}

	gate := strategy.Gate{MinMove: r.p.Config.Rebalance.MinMove, GainFactor: r.p.Config.Rebalance.GainFactor}
	log.Info("tick", append([]any{"block", st.Block, "total_assets", formatUnits(st.TotalAssets, st.Decimals),
		"idle", formatUnits(st.Idle, st.Decimals)}, sourceAttrs(names, st, d)...)...)
	if ok, why := gate.Sized(d.CurrentWeights, d.TargetWeights, res.Forced); !ok {
		d.Action, d.Reason = ActionHold, withNotes(tag+why, pr.rateNotes)
		return r.record(ctx, out, d)
	}

	// Expected gain with rate impact: each source's APY after the move, as
	// the source itself quotes it (supplyRateAfter), so a rate the vault's own
	// deposit would destroy is not counted (strategy.ExpectedGain).
	after, err := r.ratesAfter(ctx, st, d.Targets)
	if err != nil {
		return fail("quoting rates after the move", err)
	}
	out.APYAfter = after
	unit := math.Pow10(int(st.Decimals))
	held, targets, quoted := make([]float64, len(st.Sources)), make([]float64, len(st.Sources)), make([]float64, len(st.Sources))
	for i, s := range st.Sources {
		targets[i] = toUnits(d.Targets[i], unit)
		held[i] = toUnits(s.Assets, unit)
		quoted[i] = s.SupplyAPY
	}
	d.ExpectedGain = strategy.ExpectedGain(held, targets, quoted, after)

	// Only the vault's keeper can rebalance, so the call is simulated as it;
	// whether our signer holds that role is checked before sending.
	receipt := r.receipt(st, d, after)
	data, err := r.abi.Pack("rebalance", d.Targets, receipt)
	if err != nil {
		return fail("encoding rebalance", err)
	}
	gas, err := r.p.Chain.EstimateGas(ctx, ethereum.CallMsg{From: st.Keeper, To: &st.Vault, Data: data})
	if err != nil {
		if rv, ok := vaults.DecodeRevert(err); ok {
			err = fmt.Errorf("%w (%v)", err, rv)
		}
		return fail("simulating rebalance (nothing sent)", err)
	}
	d.GasEstimate = gas
	costWei := new(big.Float).Mul(new(big.Float).SetUint64(gas), new(big.Float).SetInt(price))
	costEth, _ := new(big.Float).Quo(costWei, big.NewFloat(1e18)).Float64()
	d.GasCost = costEth * r.p.Config.Rebalance.EthPrice
	ok, why := gate.Worth(d.ExpectedGain, d.GasCost, res.Forced)
	switch {
	case res.Forced:
		// Outside the vault's bounds (a cap lowered under a position, idle
		// drained): the move toward them is due whatever it earns.
		d.Action, d.Reason = ActionRebalance, tag+"forced: "+res.Reason+" "+why+note
	case !ok:
		d.Action, d.Reason = ActionHold, withNotes(tag+why+note, pr.rateNotes)
		return r.record(ctx, out, d)
	default:
		d.Action, d.Reason = ActionRebalance, tag+why+note
	}
	d.Reason = withNotes(d.Reason, pr.rateNotes)
	if dryRun {
		d.Reason = "dry run, nothing sent: " + d.Reason
		return r.record(ctx, out, d)
	}
	if r.p.Signer == nil {
		d.Reason = "no signer configured (signer.kind none), nothing sent: " + d.Reason
		return r.record(ctx, out, d)
	}
	if r.p.Signer.Address() != st.Keeper {
		return fail("checking keeper role", fmt.Errorf("%w: signer %s, vault keeper %s", vaults.ErrNotKeeper, r.p.Signer.Address().Hex(), st.Keeper.Hex()))
	}
	// Governance may have approved another config while this tick decided:
	// the approval is read again right before anything is signed.
	if r.p.Approvals != nil {
		approved, err := r.p.Approvals.ApprovedHash(ctx)
		if err != nil {
			return fail("reading the approved config hash before sending", err)
		}
		if approved != r.p.ConfigHash {
			d.Action, d.ApprovedHash = ActionHold, hexutil.Encode(approved[:])
			d.Reason = fmt.Sprintf("refusing to act: governance approved %s while this tick decided under %s; sending nothing",
				d.ApprovedHash, d.ConfigHash)
			return r.recordOnly(ctx, out, d)
		}
	}
	out, err = r.record(ctx, out, d)
	if err != nil {
		return out, err
	}
	r.metrics.RebalanceSent(d.ExpectedGain)
	return r.transact(ctx, out, "rebalance", data)
}
