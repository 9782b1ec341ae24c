// Package txmgr sends the keeper's transactions so that each is sent at most
// once, is never lost, and does not stay stuck: a crash-safe state machine
// whose every step is written to the SQLite journal (keeper/store) before it
// is taken.
//
// # States
//
// A send is created from a Request carrying an idempotency key; creating the
// same key again continues the recorded send instead of starting another.
//
//	decided ──simulate, check base fee, estimate gas, take nonce──▶ built
//	built   ──fees, sign, record the attempt──────────────────────▶ signed
//	signed  ──broadcast───────────────────────────────────────────▶ sent
//	sent    ──receipt of any attempt──────────────────────────────▶ mined
//	sent    ──ResubmitTimeout without receipt: +FeeBump% attempt──▶ signed
//	mined   ──Confirmations deep, status 1 / 0────────────────────▶ confirmed / reverted
//	mined   ──block left the canonical chain──────────────────────▶ sent (re-broadcast)
//	decided ──eth_call reverts────────────────────────────────────▶ failed
//	sent    ──nonce used by a transaction that is not ours───────▶ failed
//
// A send waiting above a nonce the chain has not used and no open send
// holds (a transaction of ours mined earlier left the chain in a reorg
// deeper than the confirmations) cannot be mined: it goes back to signed
// (its last attempt is broadcast again when resumed) and Send returns
// ErrNonceGap at once instead of waiting and bumping; Recheck, which looks
// at every finished send whose nonce the chain has not used whatever its
// age, re-opens the one that left; and Resume fills whatever gap is left
// (see "Nonce gaps" below).
//
// A base fee above Config.BaseFeeCeiling leaves the send in decided (it is
// deferred, not lost) and Send returns ErrDeferred; a later Send or Resume
// continues it. Every attempt at a send shares the send's nonce, so at most
// one can be mined, and the manager never signs a transaction with another
// nonce for the same send: if that nonce is taken by someone else the send
// fails and the next decision starts afresh.
//
// # Crash safety
//
// The journal is written before each step: a built send has its nonce and gas
// limit recorded before anything is signed; an attempt's signed bytes are
// recorded before they are broadcast. After a crash, Resume re-broadcasts the
// recorded attempts (which the node answers with "already known" or "nonce too
// low" if they already made it) and looks for their receipts. Signing is
// deterministic (RFC 6979), and a built send is re-signed only when no attempt
// was recorded, so the same request cannot lead to two different transactions
// for one nonce except by the documented fee bumps.
//
// # Nonce gaps
//
// Resume first looks for nonces that open sends skip: an open send at a
// nonce above one that the chain has not used, that the node holds nothing
// pending at, and that no open send holds, would wait forever. Such a gap is
// filled, and logged and counted (GapMetrics): the dropped send that held the
// nonce is re-opened, or a zero-value transfer to itself takes the nonce (see
// fillGaps). Open sends are then driven in nonce order.
//
// # One sender per key
//
// Several vaults kept with one key on one chain share one Manager (Senders
// hands it out): their sends go through its one nonce sequence. Taking a
// nonce and recording it happen under one lock, so no two sends share a
// nonce; each send is driven by one caller at a time, the others' sends
// meanwhile go on, so a stuck send holds back only the sends above its
// nonce, and those only until its fee bump is mined (see shared.go).
//
// # RPC errors
//
// The node's answers to eth_sendRawTransaction are classified as go-ethereum,
// anvil and op-service/txmgr do: "already known" is a success; "nonce too low"
// means one of our attempts (or a stranger's transaction) used the nonce; the
// "underpriced" errors call for a higher-fee attempt; "insufficient funds"
// keeps the send as it is and reports the error, to be retried on the next
// tick once the operator has topped up the account.
package txmgr

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Chain is the part of an Ethereum client the manager uses; *ethclient.Client
// and simulated.Client satisfy it.
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error)
}

// Signer signs transactions for one address.
type Signer interface {
	Address() common.Address
	SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error)
}

// Journal is where sends and their attempts are recorded; *store.Store
// implements it.
type Journal interface {
	CreateSend(ctx context.Context, s store.Send) (store.Send, bool, error)
	UpdateSend(ctx context.Context, s store.Send) error
	OpenSends(ctx context.Context, chainID uint64, from string) ([]store.Send, error)
	AddAttempt(ctx context.Context, a store.Attempt) (int64, error)
	SetAttemptState(ctx context.Context, hash, state string) error
	Attempts(ctx context.Context, sendID int64) ([]store.Attempt, error)
	SendByKey(ctx context.Context, key string) (store.Send, error)
	RecentSends(ctx context.Context, limit int) ([]store.Send, error)
}

// Metrics is told of every state change and RPC error; see NoMetrics.
type Metrics interface {
	SendState(from, to string)
	RPCError(method string, err error)
}

// NoMetrics discards everything.
type NoMetrics struct{}

func (NoMetrics) SendState(string, string) {}
func (NoMetrics) RPCError(string, error)   {}

// RevertDecoder turns revert data into a readable reason (vaults.DecodeRevert
// fits); nil uses the node's message.
type RevertDecoder func(err error) string

// Config tunes the manager. Zero fields take the documented defaults.
type Config struct {
	// ResubmitTimeout is how long an attempt may stay unmined before a
	// higher-fee replacement is signed. Default 1 minute.
	ResubmitTimeout time.Duration
	// PollInterval is how often receipts are polled. Default 2 seconds.
	PollInterval time.Duration
	// Confirmations is the depth (1 = in the head block) at which a mined
	// send is final. Default 3.
	Confirmations uint64
	// FeeBumpPercent raises both tip and fee cap of a replacement. At least
	// 10, the minimum go-ethereum's pool accepts; default 10.
	FeeBumpPercent uint64
	// GasMarginPercent is added to the gas estimate. Default 20.
	GasMarginPercent uint64
	// MinTipCap is the smallest priority fee used (wei). Default 1 gwei·10⁻³.
	MinTipCap *big.Int
	// MaxTipCap caps the priority fee (wei). Default 50 gwei.
	MaxTipCap *big.Int
	// MaxFeeCap caps the fee cap (wei); replacements stop rising there and
	// the last attempt is re-broadcast instead. Default 500 gwei.
	MaxFeeCap *big.Int
	// BaseFeeCeiling defers a send while the latest base fee is above it
	// (wei). Nil means no ceiling.
	BaseFeeCeiling *big.Int
	// SimulatePending simulates a send (before it is built, and again
	// after a reorg) against the pending block instead of the latest one.
	// For a node whose latest state is unsettled (anvil: a call at its head
	// can run on the storage of the block it is mining, with the head's
	// timestamp, so a lending pool's accrual underflows and the vault counts
	// that source as 0): the pending block is built on settled state.
	SimulatePending bool
}

// Defaults fills zero fields with their defaults.
func (c Config) withDefaults() Config {
	if c.ResubmitTimeout == 0 {
		c.ResubmitTimeout = time.Minute
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	if c.Confirmations == 0 {
		c.Confirmations = 3
	}
	if c.FeeBumpPercent == 0 {
		c.FeeBumpPercent = 10
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.MinTipCap == nil {
		c.MinTipCap = big.NewInt(1e6)
	}
	if c.MaxTipCap == nil {
		c.MaxTipCap = big.NewInt(50e9)
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = big.NewInt(500e9)
	}
	return c
}

func (c Config) validate() error {
	switch {
	case c.ResubmitTimeout < 0:
		return fmt.Errorf("txmgr: ResubmitTimeout %v: must not be negative", c.ResubmitTimeout)
	case c.PollInterval < 0:
		return fmt.Errorf("txmgr: PollInterval %v: must not be negative", c.PollInterval)
	case c.FeeBumpPercent < 10:
		return fmt.Errorf("txmgr: FeeBumpPercent %d: must be at least 10", c.FeeBumpPercent)
	case c.MinTipCap.Sign() < 0:
		return fmt.Errorf("txmgr: MinTipCap %v: must not be negative", c.MinTipCap)
	case c.MaxTipCap.Cmp(c.MinTipCap) < 0:
		return fmt.Errorf("txmgr: MaxTipCap %v: below MinTipCap %v", c.MaxTipCap, c.MinTipCap)
	case c.MaxFeeCap.Cmp(c.MaxTipCap) < 0:
		return fmt.Errorf("txmgr: MaxFeeCap %v: below MaxTipCap %v", c.MaxFeeCap, c.MaxTipCap)
	case c.BaseFeeCeiling != nil && c.BaseFeeCeiling.Sign() <= 0:
		return fmt.Errorf("txmgr: BaseFeeCeiling %v: must be positive", c.BaseFeeCeiling)
	}
	return nil
}

var (
	// ErrDeferred is returned when the base fee is above the ceiling; the
	// send stays recorded in state decided.
	ErrDeferred = errors.New("txmgr: deferred")
	// ErrReverted is returned when the call reverts in simulation (nothing
	// is sent) or the mined transaction reverted.
	ErrReverted = errors.New("txmgr: reverted")
	// ErrNonceTaken is returned when another transaction from the same key
	// used the send's nonce.
	ErrNonceTaken = errors.New("txmgr: nonce used by another transaction")
	// ErrFailed wraps the reason of a send that ended in failed.
	ErrFailed = errors.New("txmgr: send failed")
	// ErrNonceGap is returned when a send waits on a nonce above one the
	// chain has not used and no open send holds: a transaction of ours
	// that was mined has left the chain (a reorg deeper than the
	// confirmations), so nothing at the send's nonce can be mined until it
	// is re-sent. The send stays open, back in signed; Recheck finds the
	// dropped send and re-opens it, and Resume then finishes both.
	ErrNonceGap = errors.New("txmgr: a lower nonce is not used on chain and no open send holds it")
)

// Request is a transaction the caller wants on-chain.
type Request struct {
	// Key identifies the request across restarts (e.g. "decision-42").
	Key        string
	DecisionID int64
	To         common.Address
	// Create makes the request a contract creation: To is ignored, Data is
	// the init code, and the contract's address follows from the signer and
	// the nonce the journal records (crypto.CreateAddress), so a creation
	// resumed after a crash is the same contract, never a second one.
	Create bool
	Data   []byte
	Value  *big.Int
}

// Manager sends transactions from one signer on one chain. It is safe for
// concurrent use: several callers (vaults kept with one key, see Senders)
// may Send at once; their sends take distinct nonces and each send is driven
// by one caller at a time.
type Manager struct {
	chain   Chain
	chainID *big.Int
	signer  Signer
	journal Journal
	cfg     Config
	log     *slog.Logger
	metrics Metrics
	decode  RevertDecoder
	now     func() time.Time

	// mu is the nonce lock: taking a nonce and recording it in the
	// journal, filling nonce gaps and Recheck happen under it (see shared.go).
	mu        sync.Mutex
	nextNonce *uint64 // local view; nil until synced
	// dmu guards the sends being driven (one driver a send) and the counts:
	// nonceGone counts, per send, the polls that found its nonce used
	// on-chain and no receipt for any of its attempts; nonceGap, the polls
	// that found a lower nonce unused and held by no open send.
	dmu       sync.Mutex
	driving   map[int64]chan struct{}
	nonceGone map[int64]int
	nonceGap  map[int64]int
}

// nonceLostChecks is how many polls in a row must find a send's nonce used
// and none of its attempts mined before the send fails with ErrNonceTaken.
const nonceLostChecks = 3

// Options are a Manager's optional collaborators.
type Options struct {
	Log     *slog.Logger
	Metrics Metrics
	Decode  RevertDecoder
	Now     func() time.Time
}

// New makes a manager.
func New(chain Chain, chainID *big.Int, signer Signer, journal Journal, cfg Config, opts Options) (*Manager, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if chain == nil || signer == nil || journal == nil || chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("txmgr: chain, positive chain id, signer and journal are required")
	}
	m := &Manager{chain: chain, chainID: new(big.Int).Set(chainID), signer: signer, journal: journal, cfg: cfg,
		log: opts.Log, metrics: opts.Metrics, decode: opts.Decode, now: opts.Now, nonceGone: map[int64]int{},
		nonceGap: map[int64]int{}, driving: map[int64]chan struct{}{}}
	if m.log == nil {
		m.log = slog.New(slog.DiscardHandler)
	}
	if m.metrics == nil {
		m.metrics = NoMetrics{}
	}
	if m.now == nil {
		m.now = time.Now
	}
	return m, nil
}

// Config returns the manager's configuration with defaults applied.
func (m *Manager) Config() Config { return m.cfg }

// Send records req (or finds the send recorded under req.Key) and drives it
// until it is confirmed, reverted or failed, or until ctx ends. When ctx ends
// first the send stays recorded and the next Send or Resume continues it.
func (m *Manager) Send(ctx context.Context, req Request) (store.Send, error) {
	if req.Key == "" {
		return store.Send{}, errors.New("txmgr: request key is empty")
	}
	value := req.Value
	if value == nil {
		value = new(big.Int)
	}
	to := req.To.Hex()
	if req.Create {
		to = ""
	}
	snd, created, err := m.journal.CreateSend(ctx, store.Send{
		Key: req.Key, DecisionID: req.DecisionID, ChainID: m.chainID.Uint64(),
		From: m.signer.Address().Hex(), To: to, Create: req.Create, Data: req.Data, Value: value, State: store.SendDecided,
	})
	if err != nil {
		return store.Send{}, fmt.Errorf("txmgr: recording request %q: %w", req.Key, err)
	}
	if created {
		m.metrics.SendState("", store.SendDecided)
	}
	release, err := m.claim(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: waiting for another caller driving %q: %w", req.Key, err)
	}
	defer release()
	if snd, err = m.reread(ctx, snd); err != nil {
		return snd, err
	}
	return m.drive(ctx, snd)
}

func nonceAttr(n *uint64) any {
	if n == nil {
		return "none"
	}
	return *n
}

// drive runs the state machine until a terminal state or an error.
func (m *Manager) drive(ctx context.Context, snd store.Send) (store.Send, error) {
	for {
		if !snd.Open() {
			return snd, terminalErr(snd)
		}
		var err error
		switch snd.State {
		case store.SendDecided:
			snd, err = m.build(ctx, snd)
		case store.SendBuilt:
			snd, err = m.signFirst(ctx, snd)
		case store.SendSigned:
			snd, err = m.broadcast(ctx, snd)
		case store.SendSent:
			snd, err = m.await(ctx, snd)
		case store.SendMined:
			snd, err = m.confirm(ctx, snd)
		default:
			return snd, fmt.Errorf("txmgr: send %q in unknown state %q", snd.Key, snd.State)
		}
		if err != nil {
			return snd, err
		}
	}
}

func terminalErr(snd store.Send) error {
	switch snd.State {
	case store.SendReverted:
		return fmt.Errorf("%w: %s %s in block %d", ErrReverted, snd.Key, snd.TxHash, snd.Block)
	case store.SendFailed:
		if strings.Contains(snd.Error, ErrNonceTaken.Error()) {
			return fmt.Errorf("%w: %s", ErrNonceTaken, snd.Key)
		}
		return fmt.Errorf("%w: %s: %s", ErrFailed, snd.Key, snd.Error)
	}
	return nil
}

// setState records the send's new state; the journal write comes before
// anything else happens.
func (m *Manager) setState(ctx context.Context, snd store.Send, state string) (store.Send, error) {
	from := snd.State
	snd.State = state
	if err := m.journal.UpdateSend(ctx, snd); err != nil {
		return snd, fmt.Errorf("txmgr: recording %s → %s of %q: %w", from, state, snd.Key, err)
	}
	m.metrics.SendState(from, state)
	m.log.Debug("send state", "key", snd.Key, "from", from, "to", state)
	return snd, nil
}

// build simulates the call, checks the base fee, estimates gas and takes a
// nonce.
func (m *Manager) build(ctx context.Context, snd store.Send) (store.Send, error) {
	msg := m.msg(snd)
	if err := m.simulate(ctx, snd); err != nil {
		if reason, ok := m.revertReason(err); ok {
			snd.Error = "simulation reverted: " + reason
			snd, werr := m.setState(ctx, snd, store.SendFailed)
			if werr != nil {
				return snd, werr
			}
			m.log.Warn("send not sent: simulation reverted", "key", snd.Key, "reason", reason)
			return snd, fmt.Errorf("%w: simulating %s: %s", ErrReverted, snd.Key, reason)
		}
		m.metrics.RPCError("eth_call", err)
		return snd, fmt.Errorf("txmgr: simulating %s: %w", snd.Key, err)
	}
	head, err := m.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		m.metrics.RPCError("eth_getBlockByNumber", err)
		return snd, fmt.Errorf("txmgr: reading head for %s: %w", snd.Key, err)
	}
	if c := m.cfg.BaseFeeCeiling; c != nil && head.BaseFee != nil && head.BaseFee.Cmp(c) > 0 {
		snd.Error = fmt.Sprintf("deferred: base fee %s wei above ceiling %s wei at block %d", head.BaseFee, c, head.Number)
		if err := m.journal.UpdateSend(ctx, snd); err != nil {
			return snd, fmt.Errorf("txmgr: recording deferral of %s: %w", snd.Key, err)
		}
		m.log.Info("send deferred", "key", snd.Key, "base_fee", head.BaseFee, "ceiling", c)
		return snd, fmt.Errorf("%w: %s: %s", ErrDeferred, snd.Key, snd.Error)
	}
	gas, err := m.chain.EstimateGas(ctx, msg)
	if err != nil {
		if reason, ok := m.revertReason(err); ok {
			snd.Error = "gas estimation reverted: " + reason
			snd, werr := m.setState(ctx, snd, store.SendFailed)
			if werr != nil {
				return snd, werr
			}
			return snd, fmt.Errorf("%w: estimating %s: %s", ErrReverted, snd.Key, reason)
		}
		m.metrics.RPCError("eth_estimateGas", err)
		return snd, fmt.Errorf("txmgr: estimating gas for %s: %w", snd.Key, err)
	}
	// The nonce is taken and recorded under the nonce lock: no other
	// caller's send can take it meanwhile.
	m.mu.Lock()
	defer m.mu.Unlock()
	nonce, err := m.takeNonce(ctx)
	if err != nil {
		return snd, err
	}
	snd.Nonce = &nonce
	snd.GasLimit = gas + gas*m.cfg.GasMarginPercent/100
	snd.Error = ""
	snd, err = m.setState(ctx, snd, store.SendBuilt)
	if err != nil {
		return snd, err
	}
	*m.nextNonce = nonce + 1
	return snd, nil
}

// takeNonce returns the next nonce: the larger of the local view and the
// chain's count of mined transactions, so a transaction sent from the same
// key by someone else moves it forward. The caller holds m.mu.
func (m *Manager) takeNonce(ctx context.Context) (uint64, error) {
	onChain, err := m.chain.NonceAt(ctx, m.signer.Address(), nil)
	if err != nil {
		m.metrics.RPCError("eth_getTransactionCount", err)
		return 0, fmt.Errorf("txmgr: reading nonce of %s: %w", m.signer.Address().Hex(), err)
	}
	if m.nextNonce == nil {
		// Open sends recorded before a restart hold their nonces.
		open, err := m.journal.OpenSends(ctx, m.chainID.Uint64(), m.signer.Address().Hex())
		if err != nil {
			return 0, fmt.Errorf("txmgr: reading open sends: %w", err)
		}
		n := onChain
		for _, s := range open {
			if s.Nonce != nil && *s.Nonce >= n {
				n = *s.Nonce + 1
			}
		}
		m.nextNonce = &n
	}
	if onChain > *m.nextNonce {
		m.log.Warn("nonce re-synced: the account sent transactions the keeper did not", "local", *m.nextNonce, "chain", onChain)
		*m.nextNonce = onChain
	}
	return *m.nextNonce, nil
}

// signFirst signs the send's first attempt, unless a crash after recording
// an attempt left the send in built, in which case it moves on to it.
func (m *Manager) signFirst(ctx context.Context, snd store.Send) (store.Send, error) {
	atts, err := m.journal.Attempts(ctx, snd.ID)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading attempts of %s: %w", snd.Key, err)
	}
	if len(atts) > 0 {
		return m.setState(ctx, snd, store.SendSigned)
	}
	tip, feeCap, err := m.fees(ctx)
	if err != nil {
		return snd, err
	}
	return m.sign(ctx, snd, tip, feeCap)
}

// sign builds, signs and records an attempt with these fees, then moves the
// send to signed.
func (m *Manager) sign(ctx context.Context, snd store.Send, tip, feeCap *big.Int) (store.Send, error) {
	unsigned := types.NewTx(&types.DynamicFeeTx{
		ChainID: m.chainID, Nonce: *snd.Nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: snd.GasLimit,
		To: sendTarget(snd), Value: snd.Value, Data: snd.Data,
	})
	signed, err := m.signer.SignTx(ctx, m.chainID, unsigned)
	if err != nil {
		return snd, fmt.Errorf("txmgr: signing %s (nonce %d): %w", snd.Key, *snd.Nonce, err)
	}
	if sender, err := types.Sender(types.LatestSignerForChainID(m.chainID), signed); err != nil || sender != m.signer.Address() {
		return snd, fmt.Errorf("txmgr: signer returned a transaction from %s, want %s (%v)", sender.Hex(), m.signer.Address().Hex(), err)
	}
	raw, err := signed.MarshalBinary()
	if err != nil {
		return snd, fmt.Errorf("txmgr: encoding %s: %w", signed.Hash().Hex(), err)
	}
	if _, err := m.journal.AddAttempt(ctx, store.Attempt{SendID: snd.ID, Hash: signed.Hash().Hex(), Nonce: *snd.Nonce,
		TipCap: tip, FeeCap: feeCap, Raw: raw, State: store.AttemptSigned, CreatedAt: m.now()}); err != nil {
		return snd, fmt.Errorf("txmgr: recording attempt of %s: %w", snd.Key, err)
	}
	m.log.Info("attempt signed", "key", snd.Key, "tx", signed.Hash().Hex(), "nonce", *snd.Nonce,
		"tip_cap", tip, "fee_cap", feeCap)
	return m.setState(ctx, snd, store.SendSigned)
}

func (m *Manager) wait(ctx context.Context, snd store.Send) (store.Send, error) {
	select {
	case <-ctx.Done():
		return snd, fmt.Errorf("txmgr: waiting for %s: %w", snd.Key, ctx.Err())
	case <-time.After(m.cfg.PollInterval):
		return snd, nil
	}
}

// revertReason reports whether err is an execution revert, and its reason.
func (m *Manager) revertReason(err error) (string, bool) {
	var de interface{ ErrorData() interface{} }
	isRevert := errors.As(err, &de) || strings.Contains(strings.ToLower(err.Error()), "execution reverted")
	if !isRevert {
		return "", false
	}
	if m.decode != nil {
		if r := m.decode(err); r != "" {
			return r, true
		}
	}
	return err.Error(), true
}
