// Package metrics gives the keeper daemon Prometheus metrics and HTTP health
// endpoints.
//
// A Metrics owns a private Prometheus registry (never the global default)
// holding the Go runtime and process collectors and the keeper's own series,
// all named vaultkeeper_*. The daemon tells it what happened through its
// methods (SendState, RPCError, SignerError, …) and through the view of each
// vault it keeps (Vault: Tick, Decision, TxMined, ConfigHash, …); Handler
// serves /metrics, /healthz and /readyz, and Serve runs that handler on an
// address until its context ends.
//
// One process can keep several vaults (a fleet, config.LoadFleet): the
// series of what a vault's ticks decide and do carry a vault label, the
// vault's name (config.Config.VaultName), and come from that vault's view,
// Metrics.Vault(name), which is what its rebalancer reports to. What belongs
// to the process (RPC providers, the signer, leases, the transaction
// managers, which vaults sharing a signing key share) is not labelled by
// vault; /healthz and /readyz answer for the process, and a tick of any
// vault counts as a tick for them.
//
// Every label has a bounded set of values: free-form inputs (actions, states,
// signer kinds, RPC method names) are mapped to a fixed set, with "other" for
// anything unexpected, and errors are counted by a class, never by their
// text, which is unbounded and can carry URLs with credentials or key
// material. The only label values taken verbatim are the configuration hashes
// of vaultkeeper_config_hash_info, which are public, and the vault names,
// which the operator's configuration sets (one per vault kept).
//
// # Metrics
//
// Ticks, per vault:
//
//	vaultkeeper_ticks_total{vault, result="ok"|"error"}      counter
//	vaultkeeper_tick_duration_seconds{vault}                  histogram, seconds
//	vaultkeeper_last_tick_timestamp_seconds{vault}            gauge, Unix seconds
//	vaultkeeper_last_successful_tick_timestamp_seconds{vault} gauge, Unix seconds
//
// Decisions and gains, per vault (asset amounts are in whole units of the
// vault's asset, e.g. 1.5 for 1.5 USDC, as in store.Decision):
//
//	vaultkeeper_decisions_total{vault, action, dry_run}       counter
//	vaultkeeper_last_decision_expected_yearly_gain{vault}     gauge, asset units per year
//	vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault} counter, asset units per year
//	vaultkeeper_realised_yearly_gain{vault}                   gauge, asset units per year
//
// Transactions: those mined per vault (the vault that recorded them),
//
//	vaultkeeper_mined_transactions_total{vault, status}       counter
//	vaultkeeper_gas_used_total{vault, status}                 counter, gas units
//	vaultkeeper_gas_cost_wei_total{vault, status}             counter, wei of the native token
//
// and, for the process, the sends of its transaction managers (one per chain
// and signing key, which vaults sharing a key share), the RPC providers and
// the signer:
//
//	vaultkeeper_send_state_transitions_total{from, to}        counter
//	vaultkeeper_sends_in_state{state}                         gauge, open sends
//	vaultkeeper_nonce_gaps_total                              counter, nonces filled or re-sent (txmgr)
//	vaultkeeper_rpc_errors_total{method, class}               counter
//	vaultkeeper_rpc_provider_healthy{provider, host}          gauge, 1 or 0
//	vaultkeeper_rpc_retries_total{class}                      counter, requests sent again (keeper/chainrpc)
//	vaultkeeper_rpc_give_ups_total{class}                     counter, requests whose retries ran out
//	vaultkeeper_signer_errors_total{kind, class}              counter
//	vaultkeeper_lease_leader{lease}                           gauge, 1 or 0
//	vaultkeeper_lease_token{lease}                            gauge, fencing token
//
// Configuration, per vault:
//
//	vaultkeeper_config_hash_match{vault}                      gauge, 1 or 0
//	vaultkeeper_config_hash_info{vault, running, approved}    gauge, always 1
//
// Plus the standard go_* and process_* series, and promhttp_* series about
// the /metrics handler itself.
package metrics

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// Metrics and its vault views implement txmgr.Metrics, so either can be
// passed as txmgr.Options.Metrics, and chainrpc's metrics.
var (
	_ txmgr.Metrics           = (*Metrics)(nil)
	_ txmgr.GapMetrics        = (*Metrics)(nil)
	_ chainrpc.Metrics        = (*Metrics)(nil)
	_ chainrpc.HealthObserver = (*Metrics)(nil)
	_ txmgr.Metrics           = (*VaultMetrics)(nil)
	_ txmgr.GapMetrics        = (*VaultMetrics)(nil)
	_ chainrpc.Metrics        = (*VaultMetrics)(nil)
	_ chainrpc.HealthObserver = (*VaultMetrics)(nil)
)

// Label values used by more than one metric.
const (
	// Other stands for any value outside a label's fixed set.
	Other = "other"

	// labelVault names the vault label of the per-vault metrics.
	labelVault = "vault"

	resultOK    = "ok"
	resultError = "error"

	statusSuccess  = "success"
	statusReverted = "reverted"

	// fromNone is the from label of a send's first state (txmgr reports
	// SendState("", "decided") when it records a new send).
	fromNone = "none"
)

// Decision actions, the values of the action label of
// vaultkeeper_decisions_total besides Other. They are the values of
// rebalancer.ActionRebalance, ActionHold and ActionError (spelled out here so
// that the rebalancer can import this package).
const (
	ActionRebalance = "rebalance"
	ActionHold      = "hold"
	ActionError     = "error"
)

// tickDurationBuckets are the upper bounds, in seconds, of the buckets of
// vaultkeeper_tick_duration_seconds. A tick that sends a rebalance waits for
// its confirmations, so the buckets reach ten minutes.
var tickDurationBuckets = []float64{0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600}

// sendStates are the states of a send (store.Send.State), in order; the open
// ones are tracked by vaultkeeper_sends_in_state.
var sendStates = []string{
	store.SendDecided, store.SendBuilt, store.SendSigned, store.SendSent, store.SendMined,
	store.SendConfirmed, store.SendReverted, store.SendFailed,
}

// openSendStates are the states a send can leave.
var openSendStates = []string{store.SendDecided, store.SendBuilt, store.SendSigned, store.SendSent, store.SendMined}

// signerKinds are the values of the kind label of
// vaultkeeper_signer_errors_total besides Other.
var signerKinds = []string{config.SignerDev, config.SignerNone, config.SignerVaultKV, config.SignerVaultPlugin}

// Options tunes a Metrics. The zero value is valid.
type Options struct {
	// TickStaleness, when positive, says ticks are expected: /healthz
	// answers 503 once the last tick (whatever its result) ended longer
	// than TickStaleness ago, or, before the first tick, once New was
	// called longer than TickStaleness ago; and, while ticks fail, once
	// the last successful tick (before the first, New) is longer than
	// TickStaleness ago: ticks that keep failing are not a live keeper.
	// Set it above the schedule's interval plus the longest tick (a tick
	// that sends waits for the transaction's confirmations) plus, for the
	// first tick, the start-up time. Zero means no ticks are expected
	// (e.g. a process that only serves): /healthz then answers 200
	// whenever the process can answer. Negative is an error.
	TickStaleness time.Duration
	// MaxFailedTicks, when positive, makes /healthz answer 503 once that
	// many ticks in a row have failed, however recent. Zero sets no such
	// limit; negative is an error.
	MaxFailedTicks int
}

// Metrics records the keeper's metrics in a private registry and serves them
// with its health endpoints. Its methods are safe for concurrent use. Make it
// with New.
type Metrics struct {
	reg       *prometheus.Registry
	page      atomic.Pointer[http.Handler] // Mount's
	staleness time.Duration
	now       func() time.Time
	started   time.Time

	// Per vault (their first label is vault; see Vault).
	ticks          *prometheus.CounterVec
	tickDuration   *prometheus.HistogramVec
	lastTick       *prometheus.GaugeVec
	lastGoodTick   *prometheus.GaugeVec
	decisions      *prometheus.CounterVec
	lastGain       *prometheus.GaugeVec
	sentGain       *prometheus.CounterVec
	realisedGain   *prometheus.GaugeVec
	minedTxs       *prometheus.CounterVec
	gasUsed        *prometheus.CounterVec
	gasCost        *prometheus.CounterVec
	configMatch    *prometheus.GaugeVec
	configHashInfo *prometheus.GaugeVec

	// Process-wide.
	transitions  *prometheus.CounterVec
	sendsInState *prometheus.GaugeVec
	nonceGaps    prometheus.Counter
	leaseLeader  *prometheus.GaugeVec
	leaseToken   *prometheus.GaugeVec
	rpcErrors    *prometheus.CounterVec
	rpcRetries   *prometheus.CounterVec
	rpcGiveUps   *prometheus.CounterVec
	providers    *prometheus.GaugeVec
	signerErrors *prometheus.CounterVec

	mu          sync.Mutex
	vaults      map[string]*VaultMetrics // Vault's views, by vault name
	lastTickAt  time.Time                // end of the last tick; zero before the first
	lastGoodAt  time.Time                // end of the last successful tick; zero before the first
	failedInRow int                      // ticks failed since the last successful one
	deepReorgAt time.Time                // a confirmed send was re-opened (deep reorg); zero once a send is final again
	maxFailed   int                      // Options.MaxFailedTicks
	open        map[string]int           // open sends per state, mirrored in sendsInState
	seeded      map[string]bool          // keys of the sends SetOpenSends counted
	ready       bool
	notReady    string // why not ready, served by /readyz
}

// New makes a Metrics with its own registry, holding the Go runtime and
// process collectors and every vaultkeeper_* metric. Series whose label
// values are known in advance (open send states, RPC retry classes; and, for
// each vault once Vault names it, tick results, decision actions, receipt
// statuses) start at zero so that rates and dashboards work before the
// first event.
func New(opts Options) (*Metrics, error) {
	if opts.TickStaleness < 0 {
		return nil, fmt.Errorf("metrics: tick staleness %v: must not be negative", opts.TickStaleness)
	}
	if opts.MaxFailedTicks < 0 {
		return nil, fmt.Errorf("metrics: max failed ticks %d: must not be negative", opts.MaxFailedTicks)
	}
	m := &Metrics{
		reg:       prometheus.NewRegistry(),
		staleness: opts.TickStaleness,
		maxFailed: opts.MaxFailedTicks,
		now:       time.Now,
		open:      map[string]int{},
		seeded:    map[string]bool{},
		vaults:    map[string]*VaultMetrics{},
		notReady:  "starting",
	}
	m.started = m.now()

	m.ticks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_ticks_total",
		Help: "Keeper ticks that ended, by result (ok: the tick observed, decided and acted without error; error: it returned an error).",
	}, []string{labelVault, "result"})
	m.tickDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "vaultkeeper_tick_duration_seconds",
		Help:    "Wall-clock duration of a keeper tick in seconds, including waiting for a sent transaction's confirmations.",
		Buckets: tickDurationBuckets,
	}, []string{labelVault})
	m.lastTick = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_last_tick_timestamp_seconds",
		Help: "Unix time in seconds at which the vault's last tick ended, whatever its result; 0 before the first tick.",
	}, []string{labelVault})
	m.lastGoodTick = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_last_successful_tick_timestamp_seconds",
		Help: "Unix time in seconds at which the vault's last tick with result ok ended; 0 before the first.",
	}, []string{labelVault})
	m.decisions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_decisions_total",
		Help: "Decisions recorded, by action (rebalance, hold, error, other) and whether the keeper ran dry (dry_run: true or false).",
	}, []string{labelVault, "action", "dry_run"})
	m.lastGain = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_last_decision_expected_yearly_gain",
		Help: "Expected yearly gain of the last decision's target allocation over the current one, in units of the vault's asset per year (store.Decision.ExpectedGain).",
	}, []string{labelVault})
	m.sentGain = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_sent_rebalance_expected_yearly_gain_total",
		Help: "Sum of the expected yearly gains of the rebalances the keeper sent, in units of the vault's asset per year.",
	}, []string{labelVault})
	m.realisedGain = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_realised_yearly_gain",
		Help: "Yearly gain the keeper measured its last rebalance actually delivered, in units of the vault's asset per year; comparable with vaultkeeper_last_decision_expected_yearly_gain. May be negative.",
	}, []string{labelVault})
	m.minedTxs = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_mined_transactions_total",
		Help: "Transactions the keeper sent that were mined, by the vault that recorded them and receipt status (success or reverted).",
	}, []string{labelVault, "status"})
	m.gasUsed = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_gas_used_total",
		Help: "Gas used by the keeper's mined transactions, in gas units, by vault and receipt status.",
	}, []string{labelVault, "status"})
	m.gasCost = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_gas_cost_wei_total",
		Help: "Fees paid for the keeper's mined transactions (gas used × effective gas price), in wei of the chain's native token, by vault and receipt status.",
	}, []string{labelVault, "status"})
	m.transitions = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_send_state_transitions_total",
		Help: "State changes of transaction sends (keeper/txmgr), by previous state (none for a new send) and new state.",
	}, []string{"from", "to"})
	m.sendsInState = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_sends_in_state",
		Help: "Open transaction sends currently in each non-terminal state (decided, built, signed, sent, mined).",
	}, []string{"state"})
	m.nonceGaps = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "vaultkeeper_nonce_gaps_total",
		Help: "Nonces a later send waited on that nothing would use (keeper/txmgr), each filled by re-sending the dropped send that held it or by a zero-value transfer to itself.",
	})
	m.leaseLeader = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_lease_leader",
		Help: "1 while this keeper holds the lease on sending for a (chain, signing key) on a shared PostgreSQL history, 0 while it stands by.",
	}, []string{"lease"})
	m.leaseToken = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_lease_token",
		Help: "The fencing token of the lease this keeper holds (0 while it stands by).",
	}, []string{"lease"})
	m.rpcErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_rpc_errors_total",
		Help: "Errors from the Ethereum node, by JSON-RPC method and error class (never the error text).",
	}, []string{"method", "class"})
	m.rpcRetries = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_rpc_retries_total",
		Help: "JSON-RPC requests sent again after a failure that may pass (keeper/chainrpc), by the failure's class: timeout, network, http_5xx, rate_limited, malformed.",
	}, []string{"class"})
	m.rpcGiveUps = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_rpc_give_ups_total",
		Help: "JSON-RPC requests whose retries ran out (attempts used up or the caller's deadline reached), by the last failure's class; disagreement: several providers' answers that had to agree did not.",
	}, []string{"class"})
	m.providers = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_rpc_provider_healthy",
		Help: "With several local.chain.rpc_urls: 1 while the node is read from (healthy), 0 while it is lagging, failing, unverified or on the wrong chain; by its index in rpc_urls and its host (never the URL's credentials).",
	}, []string{"provider", "host"})
	m.signerErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "vaultkeeper_signer_errors_total",
		Help: "Errors from the transaction signer, by signer kind and error class (sealed, unreachable, permission_denied, other).",
	}, []string{"kind", "class"})
	m.configMatch = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_config_hash_match",
		Help: "1 when the hash of the vault's running configuration equals the hash governance approved on-chain, else 0.",
	}, []string{labelVault})
	m.configHashInfo = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "vaultkeeper_config_hash_info",
		Help: "Always 1; its labels carry the running and the approved configuration hash (0x-prefixed hex).",
	}, []string{labelVault, "running", "approved"})

	m.reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.ticks, m.tickDuration, m.lastTick, m.lastGoodTick,
		m.decisions, m.lastGain, m.sentGain, m.realisedGain,
		m.minedTxs, m.gasUsed, m.gasCost,
		m.transitions, m.sendsInState, m.nonceGaps, m.leaseLeader, m.leaseToken, m.rpcErrors, m.rpcRetries, m.rpcGiveUps, m.providers, m.signerErrors,
		m.configMatch, m.configHashInfo,
	)

	for class := range rpcRetryClasses {
		m.rpcRetries.WithLabelValues(class)
		m.rpcGiveUps.WithLabelValues(class)
	}
	for _, s := range openSendStates {
		m.sendsInState.WithLabelValues(s)
	}
	return m, nil
}

// Registry returns the private registry, e.g. to register further
// collectors or to gather in tests. Handler serves it at /metrics.
func (m *Metrics) Registry() *prometheus.Registry { return m.reg }

// SetReady sets what /readyz answers: 200 "ready" when ready is true, else
// 503 with reason (or "not ready" when reason is empty) as the plain-text
// body. Until the first call /readyz answers 503 "starting". The reason is
// served to whoever can reach the port: never put a secret in it.
func (m *Metrics) SetReady(ready bool, reason string) {
	if !ready && reason == "" {
		reason = "not ready"
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ready = ready
	m.notReady = reason
}

// errNoTick, errStale and errFailing describe an unhealthy /healthz.
var (
	errNoTick  = errors.New("no tick since start")
	errStale   = errors.New("last tick too old")
	errFailing = errors.New("ticks failing")
	// errDeepReorg: a reorg deeper than txmgr.confirmations dropped a
	// confirmed send (it went from confirmed back to an open state).
	errDeepReorg = errors.New("a reorg deeper than the confirmations dropped a confirmed send")
)

// SetTickStaleness changes the staleness limit of /healthz (see
// Options.TickStaleness), e.g. when a governed config switch changed the
// schedule. A negative value is refused.
func (m *Metrics) SetTickStaleness(d time.Duration) error {
	if d < 0 {
		return fmt.Errorf("metrics: tick staleness %v: must not be negative", d)
	}
	m.mu.Lock()
	m.staleness = d
	m.mu.Unlock()
	return nil
}

// health says whether the process is healthy, as /healthz answers, with a
// one-line explanation.
func (m *Metrics) health() (string, error) {
	now := m.now()
	m.mu.Lock()
	last, lastGood, failed, staleness, maxFailed := m.lastTickAt, m.lastGoodAt, m.failedInRow, m.staleness, m.maxFailed
	deepReorg := m.deepReorgAt
	m.mu.Unlock()
	if !deepReorg.IsZero() {
		return "", fmt.Errorf("%w %v ago (%s): the send is re-opened; healthy again once a send is final",
			errDeepReorg, now.Sub(deepReorg).Round(time.Millisecond), deepReorg.UTC().Format(time.RFC3339))
	}
	// lastSuccess describes the last successful tick.
	lastSuccess := func() string {
		if lastGood.IsZero() {
			return fmt.Sprintf("none since start %v ago (%s)", now.Sub(m.started).Round(time.Millisecond), m.started.UTC().Format(time.RFC3339))
		}
		return fmt.Sprintf("%v ago (%s)", now.Sub(lastGood).Round(time.Millisecond), lastGood.UTC().Format(time.RFC3339))
	}
	if maxFailed > 0 && failed >= maxFailed {
		return "", fmt.Errorf("%w: %d in a row (limit %d); last successful tick %s", errFailing, failed, maxFailed, lastSuccess())
	}
	if staleness == 0 {
		return "alive; no ticks expected", nil
	}
	if last.IsZero() {
		age := now.Sub(m.started)
		if age > staleness {
			return "", fmt.Errorf("%w %v ago (%s); staleness limit %v", errNoTick, age.Round(time.Millisecond),
				m.started.UTC().Format(time.RFC3339), staleness)
		}
		return fmt.Sprintf("alive; no tick yet, started %v ago; staleness limit %v", age.Round(time.Millisecond), staleness), nil
	}
	age := now.Sub(last)
	if age > staleness {
		return "", fmt.Errorf("%w: ended %v ago (%s); staleness limit %v", errStale, age.Round(time.Millisecond),
			last.UTC().Format(time.RFC3339), staleness)
	}
	msg := fmt.Sprintf("alive; last tick ended %v ago; staleness limit %v", age.Round(time.Millisecond), staleness)
	if failed == 0 {
		return msg, nil
	}
	since := lastGood
	if since.IsZero() {
		since = m.started
	}
	if now.Sub(since) > staleness {
		return "", fmt.Errorf("%w: no successful tick within the staleness limit %v, %d failed in a row; last successful tick %s",
			errFailing, staleness, failed, lastSuccess())
	}
	return fmt.Sprintf("%s; %d failed tick(s) in a row, last successful tick %s", msg, failed, lastSuccess()), nil
}

// readiness returns whether /readyz answers 200 and the body's text.
func (m *Metrics) readiness() (bool, string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ready {
		return true, "ready"
	}
	return false, m.notReady
}
