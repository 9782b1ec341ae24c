package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strings"
	"time"
)

// Observation is one yield source of one vault as read at one tick.
type Observation struct {
	Time    time.Time `json:"time"`
	ChainID uint64    `json:"chain_id"`
	Vault   string    `json:"vault"` // hex address
	Block   uint64    `json:"block"`
	// BlockTime is the observed block's timestamp; the zero time when not
	// recorded (observations made before it was).
	BlockTime time.Time `json:"block_time"`
	Source    string    `json:"source"` // adapter hex address
	Name      string    `json:"name"`   // human name from config, may be ""
	Assets    *big.Int  `json:"assets"` // vault's assets in this source; JSON: decimal string
	SupplyAPY float64   `json:"supply_apy"`
}

// Decision actions.
const (
	ActionRebalance = "rebalance"
	ActionHold      = "hold"
	ActionError     = "error"
)

// Decision is what the keeper decided at one tick, and why.
type Decision struct {
	ID             int64      `json:"id"`      // set by RecordDecision
	TickID         int64      `json:"tick_id"` // 0 if none
	Time           time.Time  `json:"time"`
	ChainID        uint64     `json:"chain_id"`
	Vault          string     `json:"vault"`
	Block          uint64     `json:"block"`
	Action         string     `json:"action"` // "rebalance" | "hold" | "error"
	Reason         string     `json:"reason"`
	DryRun         bool       `json:"dry_run"`
	TotalAssets    *big.Int   `json:"total_assets"` // JSON: decimal string
	Sources        []string   `json:"sources"`      // adapter addresses, same order as the slices below
	CurrentWeights []float64  `json:"current_weights"`
	TargetWeights  []float64  `json:"target_weights"`
	Targets        []*big.Int `json:"targets"`       // target asset amounts per source; JSON: decimal strings
	ExpectedGain   float64    `json:"expected_gain"` // asset units per year
	GasCost        float64    `json:"gas_cost"`      // asset units
	GasEstimate    uint64     `json:"gas_estimate"`
	// ConfigHash is the governed config hash the decision ran under (0x…);
	// ApprovedHash the one approved on-chain when it was made, "" when it
	// could not be read. They differ when the keeper refused to act.
	ConfigHash   string `json:"config_hash"`
	ApprovedHash string `json:"approved_hash"`
	// AssetDecimals are the decimals of the vault's asset at the decision
	// (its amounts are in base units: 10^-decimals of a token); nil when not
	// recorded.
	AssetDecimals *uint8 `json:"asset_decimals,omitempty"`
	// SharePrice is the vault's convertToAssets of one share at Block, in
	// asset base units; nil when not read (JSON: decimal string).
	SharePrice *big.Int `json:"share_price,omitempty"`
	// RLShadow is what the RL model would have done at this decision
	// (optimizer.strategy shadow); nil when not recorded.
	RLShadow *RLShadow `json:"rl_shadow,omitempty"`
	// ForecastModel names the model that forecast the sources' APYs for
	// this decision (e.g. "ewma half-life 3d"), and Forecast is its
	// forecast per source, in the order of Sources; both empty when the
	// decision was made without a forecast.
	ForecastModel string    `json:"forecast_model,omitempty"`
	Forecast      []float64 `json:"forecast,omitempty"`
	// RateModels is the quality of each source's rate-impact model at the
	// decision, in the order of Sources ("exact": the adapter quotes the
	// protocol's own rate after the move; "measured-only": it quotes the
	// target's past share price, and the optimizer capped the vault's share
	// of its pool; "unknown": an adapter the keeper does not know); nil when
	// not recorded (the tick decided before reading the quotes).
	RateModels []string `json:"rate_models,omitempty"`
}

// RLShadow is the RL model's decision recorded next to a decision made by
// another allocator (optimizer.strategy shadow), for comparison.
type RLShadow struct {
	Model string `json:"model"` // the model's id, e.g. "rl/v1"
	// Evaluated is false when the model was not asked (the tick stopped
	// before optimizing, or the model could not act); Reason says why.
	Evaluated bool `json:"evaluated"`
	// Trade is the model's gate: rebalance to TargetWeights now.
	Trade     bool    `json:"trade"`
	TradeProb float64 `json:"trade_prob"`
	// TargetWeights are the model's targets in the decision's source order
	// (the current weights when it holds); empty when not evaluated.
	TargetWeights []float64 `json:"target_weights"`
	// ExpectedGain is the yearly gain of moving to TargetWeights, asset
	// units, priced with the same rate quotes as the decision's.
	ExpectedGain float64 `json:"expected_gain"`
	Reason       string  `json:"reason"`
}

// Transaction statuses.
const (
	StatusSent     = "sent"
	StatusMined    = "mined"
	StatusReverted = "reverted"
	StatusFailed   = "failed"
)

// Transaction is an on-chain transaction sent for a decision.
type Transaction struct {
	ID         int64     `json:"id"`
	DecisionID int64     `json:"decision_id"`
	Hash       string    `json:"tx_hash"` // 0x-prefixed, 32 bytes
	Nonce      uint64    `json:"nonce"`
	GasUsed    uint64    `json:"gas_used"`
	GasPrice   *big.Int  `json:"gas_price"` // effective gas price in wei, nil until mined; JSON: decimal string or null
	Status     string    `json:"status"`    // "sent" | "mined" | "reverted" | "failed"
	Block      uint64    `json:"block"`
	Error      string    `json:"error"`
	SentAt     time.Time `json:"sent_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// HistoryEntry is a decision with the transactions sent for it (oldest first).
type HistoryEntry struct {
	Decision     Decision      `json:"decision"`
	Transactions []Transaction `json:"transactions"`
	// Sends are the decision's sends in the transaction manager's journal,
	// with every attempt signed for each.
	Sends []SendRecord `json:"sends"`
}

// SendRecord is a send as the history shows it.
type SendRecord struct {
	Key      string          `json:"key"`
	State    string          `json:"state"`
	Nonce    *uint64         `json:"nonce"`
	TxHash   string          `json:"tx_hash,omitempty"`
	Block    uint64          `json:"block,omitempty"`
	Error    string          `json:"error,omitempty"`
	Attempts []AttemptRecord `json:"attempts"`
}

// AttemptRecord is one signed attempt of a send; fees in wei as decimal
// strings.
type AttemptRecord struct {
	Hash      string    `json:"hash"`
	Nonce     uint64    `json:"nonce"`
	TipCapWei decimal   `json:"tip_cap_wei"`
	FeeCapWei decimal   `json:"fee_cap_wei"`
	State     string    `json:"state"`
	SignedAt  time.Time `json:"signed_at"`
}

// ---------------------------------------------------------------------------
// JSON: *big.Int fields are encoded as decimal strings (JSON numbers lose
// precision in most consumers); null for nil.

// decimal wraps a *big.Int for JSON as a decimal string.
type decimal struct{ v *big.Int }

func (d decimal) MarshalJSON() ([]byte, error) {
	if d.v == nil {
		return []byte("null"), nil
	}
	return json.Marshal(d.v.String())
}

func (d *decimal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		d.v = nil
		return nil
	}
	s := string(b)
	if len(b) > 0 && b[0] == '"' {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("store: invalid decimal amount %q", s)
	}
	d.v = v
	return nil
}

func decimals(xs []*big.Int) []decimal {
	if xs == nil {
		return nil
	}
	out := make([]decimal, len(xs))
	for i, x := range xs {
		out[i] = decimal{x}
	}
	return out
}

func bigs(ds []decimal) []*big.Int {
	if ds == nil {
		return nil
	}
	out := make([]*big.Int, len(ds))
	for i, d := range ds {
		out[i] = d.v
	}
	return out
}

// The shadow structs embed an alias of the type (which has no methods) and
// override the big.Int fields by JSON name; the shallower field wins.

type observationAlias Observation

type observationJSON struct {
	observationAlias
	Assets decimal `json:"assets"`
}

// MarshalJSON encodes Assets as a decimal string.
func (o Observation) MarshalJSON() ([]byte, error) {
	return json.Marshal(observationJSON{observationAlias(o), decimal{o.Assets}})
}

// UnmarshalJSON accepts Assets as a decimal string (or number).
func (o *Observation) UnmarshalJSON(b []byte) error {
	var j observationJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*o = Observation(j.observationAlias)
	o.Assets = j.Assets.v
	return nil
}

type decisionAlias Decision

type decisionJSON struct {
	decisionAlias
	TotalAssets decimal   `json:"total_assets"`
	Targets     []decimal `json:"targets"`
}

// MarshalJSON encodes TotalAssets and Targets as decimal strings.
func (d Decision) MarshalJSON() ([]byte, error) {
	return json.Marshal(decisionJSON{decisionAlias(d), decimal{d.TotalAssets}, decimals(d.Targets)})
}

// UnmarshalJSON accepts TotalAssets and Targets as decimal strings (or numbers).
func (d *Decision) UnmarshalJSON(b []byte) error {
	var j decisionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Decision(j.decisionAlias)
	d.TotalAssets = j.TotalAssets.v
	d.Targets = bigs(j.Targets)
	return nil
}

type transactionAlias Transaction

type transactionJSON struct {
	transactionAlias
	GasPrice decimal `json:"gas_price"`
}

// MarshalJSON encodes GasPrice as a decimal string, or null if nil.
func (t Transaction) MarshalJSON() ([]byte, error) {
	return json.Marshal(transactionJSON{transactionAlias(t), decimal{t.GasPrice}})
}

// UnmarshalJSON accepts GasPrice as a decimal string (or number) or null.
func (t *Transaction) UnmarshalJSON(b []byte) error {
	var j transactionJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*t = Transaction(j.transactionAlias)
	t.GasPrice = j.GasPrice.v
	return nil
}

// ---------------------------------------------------------------------------
// Validation.

// ErrInvalid is matched (errors.Is) by every *ValidationError.
var ErrInvalid = errors.New("invalid input")

// ValidationError reports an input rejected before anything was written.
type ValidationError struct {
	Field  string // e.g. "Decision.TargetWeights", "Observation[2].Assets"
	Value  string // the offending value, formatted
	Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s %s: %s", e.Field, e.Value, e.Reason)
}

// Unwrap makes errors.Is(err, ErrInvalid) true.
func (e *ValidationError) Unwrap() error { return ErrInvalid }

func invalid(field string, value any, reason string, args ...any) error {
	var v string
	switch x := value.(type) {
	case string:
		v = fmt.Sprintf("%q", x)
	case *big.Int:
		if x == nil {
			v = "<nil>"
		} else {
			v = x.String()
		}
	case time.Time:
		if x.IsZero() {
			v = "<zero time>"
		} else {
			v = x.Format(time.RFC3339Nano)
		}
	default:
		v = fmt.Sprint(x)
	}
	return &ValidationError{Field: field, Value: v, Reason: fmt.Sprintf(reason, args...)}
}

var (
	minTime = time.Unix(0, math.MinInt64)
	maxTime = time.Unix(0, math.MaxInt64)
	hashRE  = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
)

func checkTime(field string, t time.Time) error {
	if t.IsZero() {
		return invalid(field, t, "time is required")
	}
	if t.Before(minTime) || t.After(maxTime) {
		return invalid(field, t, "outside the storable range (years 1678-2262)")
	}
	return nil
}

func checkU64(field string, v uint64) error {
	if v > math.MaxInt64 {
		return invalid(field, v, "exceeds %d, the largest value SQLite can store", int64(math.MaxInt64))
	}
	return nil
}

func checkAmount(field string, v *big.Int, required bool) error {
	if v == nil {
		if required {
			return invalid(field, v, "amount is required")
		}
		return nil
	}
	if v.Sign() < 0 {
		return invalid(field, v, "amount must not be negative")
	}
	return nil
}

func checkFinite(field string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return invalid(field, v, "must be a finite number")
	}
	return nil
}

func checkNonEmpty(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return invalid(field, v, "must not be empty")
	}
	return nil
}

func checkHash(field, h string) error {
	if !hashRE.MatchString(h) {
		return invalid(field, h, "must be 0x followed by 64 hex digits")
	}
	return nil
}

func checkStatus(field, s string) error {
	switch s {
	case StatusSent, StatusMined, StatusReverted, StatusFailed:
		return nil
	}
	return invalid(field, s, "must be one of sent, mined, reverted, failed")
}

func validateObservations(obs []Observation) error {
	if len(obs) == 0 {
		return invalid("observations", "[]", "at least one observation is required")
	}
	seen := make(map[string]int, len(obs))
	for i, o := range obs {
		f := func(name string) string { return fmt.Sprintf("Observation[%d].%s", i, name) }
		if err := checkTime(f("Time"), o.Time); err != nil {
			return err
		}
		if err := checkU64(f("ChainID"), o.ChainID); err != nil {
			return err
		}
		if err := checkNonEmpty(f("Vault"), o.Vault); err != nil {
			return err
		}
		if err := checkU64(f("Block"), o.Block); err != nil {
			return err
		}
		if !o.BlockTime.IsZero() {
			if err := checkTime(f("BlockTime"), o.BlockTime); err != nil {
				return err
			}
		}
		if err := checkNonEmpty(f("Source"), o.Source); err != nil {
			return err
		}
		if err := checkAmount(f("Assets"), o.Assets, true); err != nil {
			return err
		}
		if err := checkFinite(f("SupplyAPY"), o.SupplyAPY); err != nil {
			return err
		}
		key := fmt.Sprintf("%d|%s|%s", o.ChainID, strings.ToLower(o.Vault), strings.ToLower(o.Source))
		if j, dup := seen[key]; dup {
			return invalid(f("Source"), o.Source, "duplicates Observation[%d] (same chain, vault and source in one tick)", j)
		}
		seen[key] = i
	}
	return nil
}

func validateDecision(d *Decision) error {
	if err := checkTime("Decision.Time", d.Time); err != nil {
		return err
	}
	if d.TickID < 0 {
		return invalid("Decision.TickID", d.TickID, "must not be negative (0 means none)")
	}
	if err := checkU64("Decision.ChainID", d.ChainID); err != nil {
		return err
	}
	if err := checkNonEmpty("Decision.Vault", d.Vault); err != nil {
		return err
	}
	if err := checkU64("Decision.Block", d.Block); err != nil {
		return err
	}
	switch d.Action {
	case ActionRebalance, ActionHold, ActionError:
	default:
		return invalid("Decision.Action", d.Action, "must be one of rebalance, hold, error")
	}
	if err := checkAmount("Decision.TotalAssets", d.TotalAssets, true); err != nil {
		return err
	}
	if err := checkAmount("Decision.SharePrice", d.SharePrice, false); err != nil {
		return err
	}
	for field, h := range map[string]string{"Decision.ConfigHash": d.ConfigHash, "Decision.ApprovedHash": d.ApprovedHash} {
		if h != "" && !hashRE.MatchString(h) {
			return invalid(field, h, "want a 0x-prefixed 32-byte hex hash or empty")
		}
	}
	n := len(d.Sources)
	if len(d.CurrentWeights) != n {
		return invalid("Decision.CurrentWeights", len(d.CurrentWeights), "length must equal len(Sources) = %d", n)
	}
	if len(d.TargetWeights) != n {
		return invalid("Decision.TargetWeights", len(d.TargetWeights), "length must equal len(Sources) = %d", n)
	}
	if len(d.Targets) != n {
		return invalid("Decision.Targets", len(d.Targets), "length must equal len(Sources) = %d", n)
	}
	seen := make(map[string]int, n)
	for i, src := range d.Sources {
		if err := checkNonEmpty(fmt.Sprintf("Decision.Sources[%d]", i), src); err != nil {
			return err
		}
		if j, dup := seen[strings.ToLower(src)]; dup {
			return invalid(fmt.Sprintf("Decision.Sources[%d]", i), src, "duplicates Sources[%d]", j)
		}
		seen[strings.ToLower(src)] = i
		if err := checkFinite(fmt.Sprintf("Decision.CurrentWeights[%d]", i), d.CurrentWeights[i]); err != nil {
			return err
		}
		if err := checkFinite(fmt.Sprintf("Decision.TargetWeights[%d]", i), d.TargetWeights[i]); err != nil {
			return err
		}
		if err := checkAmount(fmt.Sprintf("Decision.Targets[%d]", i), d.Targets[i], true); err != nil {
			return err
		}
	}
	if err := checkFinite("Decision.ExpectedGain", d.ExpectedGain); err != nil {
		return err
	}
	if err := checkFinite("Decision.GasCost", d.GasCost); err != nil {
		return err
	}
	if d.Forecast != nil {
		if len(d.Forecast) != n {
			return invalid("Decision.Forecast", len(d.Forecast), "length must equal len(Sources) = %d", n)
		}
		if err := checkNonEmpty("Decision.ForecastModel", d.ForecastModel); err != nil {
			return err
		}
		for i, f := range d.Forecast {
			if err := checkFinite(fmt.Sprintf("Decision.Forecast[%d]", i), f); err != nil {
				return err
			}
		}
	} else if d.ForecastModel != "" {
		return invalid("Decision.ForecastModel", d.ForecastModel, "a forecast model needs its Forecast")
	}
	if d.RateModels != nil {
		if len(d.RateModels) != n {
			return invalid("Decision.RateModels", len(d.RateModels), "length must equal len(Sources) = %d", n)
		}
		for i, m := range d.RateModels {
			if err := checkNonEmpty(fmt.Sprintf("Decision.RateModels[%d]", i), m); err != nil {
				return err
			}
		}
	}
	if sh := d.RLShadow; sh != nil {
		if err := checkNonEmpty("Decision.RLShadow.Model", sh.Model); err != nil {
			return err
		}
		if sh.Evaluated && len(sh.TargetWeights) != n {
			return invalid("Decision.RLShadow.TargetWeights", len(sh.TargetWeights), "length must equal len(Sources) = %d", n)
		}
		if !sh.Evaluated && (len(sh.TargetWeights) != 0 || sh.Trade) {
			return invalid("Decision.RLShadow.Evaluated", false, "an unevaluated shadow has no targets and does not trade")
		}
		for i, w := range sh.TargetWeights {
			if err := checkFinite(fmt.Sprintf("Decision.RLShadow.TargetWeights[%d]", i), w); err != nil {
				return err
			}
		}
		if err := checkFinite("Decision.RLShadow.TradeProb", sh.TradeProb); err != nil {
			return err
		}
		if err := checkFinite("Decision.RLShadow.ExpectedGain", sh.ExpectedGain); err != nil {
			return err
		}
	}
	return checkU64("Decision.GasEstimate", d.GasEstimate)
}

func validateTransaction(t *Transaction) error {
	if t.DecisionID <= 0 {
		return invalid("Transaction.DecisionID", t.DecisionID, "must be the id of a recorded decision")
	}
	if err := checkHash("Transaction.Hash", t.Hash); err != nil {
		return err
	}
	if err := checkU64("Transaction.Nonce", t.Nonce); err != nil {
		return err
	}
	if err := checkU64("Transaction.GasUsed", t.GasUsed); err != nil {
		return err
	}
	if err := checkAmount("Transaction.GasPrice", t.GasPrice, false); err != nil {
		return err
	}
	if err := checkStatus("Transaction.Status", t.Status); err != nil {
		return err
	}
	if err := checkU64("Transaction.Block", t.Block); err != nil {
		return err
	}
	if err := checkTime("Transaction.SentAt", t.SentAt); err != nil {
		return err
	}
	if !t.UpdatedAt.IsZero() {
		if err := checkTime("Transaction.UpdatedAt", t.UpdatedAt); err != nil {
			return err
		}
	}
	return nil
}
