package metrics

import (
	"encoding/hex"
	"math"
	"math/big"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// DefaultVault is the vault label of a view asked for with an empty name
// (config.Config.VaultName's fallback name).
const DefaultVault = "vault"

// VaultMetrics is the view of a Metrics for one vault: what the vault's
// ticks decide and do, labelled vault="<name>". It implements what a
// rebalancer reports to (keeper/rebalancer.Metrics, txmgr.Metrics,
// txmgr.GapMetrics, chainrpc.Metrics, chainrpc.HealthObserver); what belongs
// to the process (send states, RPC, signer errors) goes to its Metrics
// unlabelled. Its methods are safe for concurrent use. Get it from
// Metrics.Vault.
type VaultMetrics struct {
	m    *Metrics
	name string

	ticks        *prometheus.CounterVec // by result
	tickDuration prometheus.Observer
	lastTick     prometheus.Gauge
	lastGoodTick prometheus.Gauge
	decisions    *prometheus.CounterVec // by action, dry_run
	lastGain     prometheus.Gauge
	sentGain     prometheus.Counter
	realisedGain prometheus.Gauge
	minedTxs     *prometheus.CounterVec // by status
	gasUsed      *prometheus.CounterVec // by status
	gasCost      *prometheus.CounterVec // by status
	configMatch  prometheus.Gauge

	mu        sync.Mutex // guards the hashes of ConfigHash
	hashesSet bool
	running   [32]byte
	approved  [32]byte
}

// Vault returns the view of m for the vault named name (its
// config.Config.VaultName; "" is DefaultVault): every per-vault metric with
// the label vault="<name>". The first call for a name makes its series,
// those whose label values are known in advance at zero; later calls return
// the same view. Names are label values: give each vault kept one, from the
// configuration, never free text.
func (m *Metrics) Vault(name string) *VaultMetrics {
	if name == "" {
		name = DefaultVault
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if v := m.vaults[name]; v != nil {
		return v
	}
	vault := prometheus.Labels{labelVault: name}
	v := &VaultMetrics{
		m:            m,
		name:         name,
		ticks:        m.ticks.MustCurryWith(vault),
		tickDuration: m.tickDuration.WithLabelValues(name),
		lastTick:     m.lastTick.WithLabelValues(name),
		lastGoodTick: m.lastGoodTick.WithLabelValues(name),
		decisions:    m.decisions.MustCurryWith(vault),
		lastGain:     m.lastGain.WithLabelValues(name),
		sentGain:     m.sentGain.WithLabelValues(name),
		realisedGain: m.realisedGain.WithLabelValues(name),
		minedTxs:     m.minedTxs.MustCurryWith(vault),
		gasUsed:      m.gasUsed.MustCurryWith(vault),
		gasCost:      m.gasCost.MustCurryWith(vault),
		configMatch:  m.configMatch.WithLabelValues(name),
	}
	for _, r := range []string{resultOK, resultError} {
		v.ticks.WithLabelValues(r)
	}
	for _, a := range []string{ActionRebalance, ActionHold, ActionError} {
		for _, dry := range []string{"false", "true"} {
			v.decisions.WithLabelValues(a, dry)
		}
	}
	for _, s := range []string{statusSuccess, statusReverted} {
		v.minedTxs.WithLabelValues(s)
		v.gasUsed.WithLabelValues(s)
		v.gasCost.WithLabelValues(s)
	}
	m.vaults[name] = v
	return v
}

// Name is the vault's name, its vault label.
func (v *VaultMetrics) Name() string { return v.name }

// Tick records the end of one of the vault's ticks that took duration and
// returned err (nil for a successful tick): it counts the tick in
// vaultkeeper_ticks_total, observes vaultkeeper_tick_duration_seconds, and
// sets vaultkeeper_last_tick_timestamp_seconds (and, when err is nil,
// vaultkeeper_last_successful_tick_timestamp_seconds) to now, all labelled
// with the vault. For /healthz it is a tick of the process, whichever vault
// ran it: any tick proves the schedule runs; but ticks that keep failing
// make /healthz unhealthy (Options.TickStaleness, Options.MaxFailedTicks).
func (v *VaultMetrics) Tick(duration time.Duration, err error) {
	now := v.m.now()
	result := resultOK
	if err != nil {
		result = resultError
	}
	v.ticks.WithLabelValues(result).Inc()
	v.tickDuration.Observe(duration.Seconds())
	ts := float64(now.UnixNano()) / 1e9
	v.lastTick.Set(ts)
	if err == nil {
		v.lastGoodTick.Set(ts)
	}
	v.m.tickEnded(now, err)
}

// tickEnded records, for /healthz, that a tick of some vault ended at now
// with err.
func (m *Metrics) tickEnded(now time.Time, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.lastTickAt = now
	if err == nil {
		m.lastGoodAt, m.failedInRow = now, 0
	} else {
		m.failedInRow++
	}
}

// Decision records one recorded decision of the vault: its action
// (ActionRebalance, ActionHold or ActionError; anything else is counted as
// Other), whether it was a dry run, and its expected yearly gain in units of
// the vault's asset per year (store.Decision.ExpectedGain), which becomes
// vaultkeeper_last_decision_expected_yearly_gain.
func (v *VaultMetrics) Decision(action string, dryRun bool, expectedYearlyGain float64) {
	switch action {
	case ActionRebalance, ActionHold, ActionError:
	default:
		action = Other
	}
	dry := "false"
	if dryRun {
		dry = "true"
	}
	v.decisions.WithLabelValues(action, dry).Inc()
	v.lastGain.Set(expectedYearlyGain)
}

// RebalanceSent adds the expected yearly gain (units of the vault's asset
// per year) of a rebalance the keeper sent to
// vaultkeeper_sent_rebalance_expected_yearly_gain_total. Call it once per
// rebalance decision handed to the transaction manager (not for dry runs or
// holds), whatever the send's outcome; the outcomes are in
// vaultkeeper_send_state_transitions_total. A counter cannot decrease, so a
// negative, NaN or infinite gain (which the keeper never sends for) is not
// added.
func (v *VaultMetrics) RebalanceSent(expectedYearlyGain float64) {
	if expectedYearlyGain < 0 || math.IsNaN(expectedYearlyGain) || math.IsInf(expectedYearlyGain, 0) {
		return
	}
	v.sentGain.Add(expectedYearlyGain)
}

// SetRealisedGain sets vaultkeeper_realised_yearly_gain: the yearly gain the
// caller measured the vault's last rebalance actually delivered, in units of
// the vault's asset per year, so that it can be plotted against the expected
// gain. The package does not compute it; a caller would, for instance, take
// the vault's realised yield over a window after the rebalance minus the
// yield the previous allocation earned at the same rates, annualised. It is
// a gauge because a rebalance can realise less than nothing.
func (v *VaultMetrics) SetRealisedGain(yearlyGain float64) { v.realisedGain.Set(yearlyGain) }

// ConfigHash records the hash of the vault's running configuration and the
// hash governance approved on-chain (the vault's ConfigRegistry; all zero
// when none is approved): vaultkeeper_config_hash_match becomes 1 when they
// are equal, else 0, and vaultkeeper_config_hash_info carries exactly one
// series for the vault, labelled with both hashes in 0x-prefixed hex (the
// vault's previous pair's series is removed when either changes). Config
// hashes are public: they are what governance publishes on-chain.
func (v *VaultMetrics) ConfigHash(running, approved [32]byte) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if running == approved {
		v.configMatch.Set(1)
	} else {
		v.configMatch.Set(0)
	}
	if v.hashesSet && running == v.running && approved == v.approved {
		return
	}
	v.m.configHashInfo.DeletePartialMatch(prometheus.Labels{labelVault: v.name})
	v.m.configHashInfo.WithLabelValues(v.name, hexHash(running), hexHash(approved)).Set(1)
	v.hashesSet, v.running, v.approved = true, running, approved
}

func hexHash(h [32]byte) string { return "0x" + hex.EncodeToString(h[:]) }

// TxMined records one mined transaction the vault recorded: gasUsed gas
// units and gasUsed × effectiveGasPrice wei (the receipt's
// EffectiveGasPrice; nil when unknown, in which case only the gas units and
// the transaction are counted), labelled by receipt status (reverted or
// success). Call it once per transaction, when its receipt is final.
func (v *VaultMetrics) TxMined(gasUsed uint64, effectiveGasPrice *big.Int, reverted bool) {
	status := statusSuccess
	if reverted {
		status = statusReverted
	}
	v.minedTxs.WithLabelValues(status).Inc()
	v.gasUsed.WithLabelValues(status).Add(float64(gasUsed))
	if effectiveGasPrice == nil || effectiveGasPrice.Sign() < 0 {
		return
	}
	cost := new(big.Int).Mul(new(big.Int).SetUint64(gasUsed), effectiveGasPrice)
	wei, _ := new(big.Float).SetInt(cost).Float64()
	v.gasCost.WithLabelValues(status).Add(wei)
}

// The process-wide reports of a vault's rebalancer, its transaction manager
// (shared by the vaults of one signing key) and its RPC client go to the
// Metrics, unlabelled by vault.

// SendState implements txmgr.Metrics: Metrics.SendState.
func (v *VaultMetrics) SendState(from, to string) { v.m.SendState(from, to) }

// SetOpenSends is Metrics.SetOpenSends.
func (v *VaultMetrics) SetOpenSends(sends []store.Send) error { return v.m.SetOpenSends(sends) }

// NonceGap implements txmgr.GapMetrics: Metrics.NonceGap.
func (v *VaultMetrics) NonceGap() { v.m.NonceGap() }

// RPCError implements txmgr.Metrics: Metrics.RPCError.
func (v *VaultMetrics) RPCError(method string, err error) { v.m.RPCError(method, err) }

// SignerError is Metrics.SignerError.
func (v *VaultMetrics) SignerError(kind string, err error) { v.m.SignerError(kind, err) }

// RPCRetry implements chainrpc.Metrics: Metrics.RPCRetry.
func (v *VaultMetrics) RPCRetry(class string) { v.m.RPCRetry(class) }

// RPCFailure implements chainrpc.Metrics: Metrics.RPCFailure.
func (v *VaultMetrics) RPCFailure(class string) { v.m.RPCFailure(class) }

// ProviderHealth implements chainrpc.HealthObserver: Metrics.ProviderHealth.
func (v *VaultMetrics) ProviderHealth(h chainrpc.ProviderHealth) { v.m.ProviderHealth(h) }
