// Package config loads and validates the keeper's YAML configuration.
//
// Decoding is strict: unknown fields, values of the wrong type and values out
// of range are errors that name the field path (for example
// `sources[1].cap`) and the offending value. A config that fails validation
// is never partially applied.
package config

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"github.com/vaultkeeper/vaultkeeper/optimizer/rl"
)

// Chain kinds.
const (
	// ChainEmbedded starts go-ethereum's in-process simulated chain and deploys
	// a complete local market (token, lending pools, adapters, vault).
	ChainEmbedded = "embedded"
	// ChainRPC connects to an external node over JSON-RPC.
	ChainRPC = "rpc"
)

// Pool kinds: the protocol the embedded chain deploys for a pool, with the
// vault's adapter for it.
const (
	// PoolAave is a local Aave v3 pool (LendingPool) and an AaveV3Adapter.
	PoolAave = "aave"
	// PoolComet is a local Compound v3 market (Comet) and a CompoundV3Adapter.
	PoolComet = "comet"
	// PoolERC4626 is an ERC-4626 vault (Mock4626) and an ERC4626Adapter.
	PoolERC4626 = "erc4626"
)

// Aave versions a kind-aave pool can act as (LendingPool's AaveRateAbi):
// each has its rate-strategy interface, which the AaveV3Adapter detects.
var AaveVersions = []string{"3.0", "3.1", "3.2"}

// MaxCometRate is the largest per-year rate parameter a Comet market takes:
// its constructor's uint64 at 1e18 scale (18.446744073709551615).
const MaxCometRate = 18.4467

// Signer kinds.
const (
	// SignerDev is an in-memory key for local chains: generated at start by
	// the embedded chain, or read from the environment variable
	// dev.key_env on an rpc chain whose chain id is a local one (anvil,
	// hardhat, geth --dev; keeper/signer.IsLocalChain).
	SignerDev = "dev"
	// SignerNone sends nothing: the keeper can observe and decide (dry runs) only.
	SignerNone = "none"
	// SignerVaultKV reads the key from a HashiCorp Vault KV v2 secret for each
	// signature (keeper/signer.VaultKV).
	SignerVaultKV = "vault-kv"
	// SignerVaultPlugin signs inside Vault with vaultkeeper's secrets plugin;
	// the key never leaves Vault (keeper/signer.VaultPlugin).
	SignerVaultPlugin = "vault-plugin"
)

// Config is the whole keeper configuration, in two parts. The governed
// part decides what the keeper does with depositors' money; governance
// approves its canonical hash on-chain (GovernedHash) and the keeper sends
// nothing under a governed part whose hash is not the approved one. The
// local part is the operator's: where the chain, Vault and storage are, how
// to log, where to serve metrics.
//
// Both parts are embedded, so their fields read as c.Optimizer, c.Chain.
type Config struct {
	Governed `yaml:"governed"`
	Local    `yaml:"local"`
}

// Governed is the part of the config governance approves: sources and
// their caps as the keeper sees them, the optimizer, the rebalance rule, the
// schedule and the transaction fee limits.
type Governed struct {
	Schedule  string    `yaml:"schedule"`
	Sources   []Source  `yaml:"sources"`
	Optimizer Optimizer `yaml:"optimizer"`
	Rebalance Rebalance `yaml:"rebalance"`
	Txmgr     Txmgr     `yaml:"txmgr"`
}

// Local is the operator's part: the chain and vault to work on, the signer
// (Vault address and auth, by reference only), storage, logs and metrics.
type Local struct {
	Chain   Chain   `yaml:"chain"`
	Vault   Vault   `yaml:"vault"`
	Signer  Signer  `yaml:"signer"`
	Storage Storage `yaml:"storage"`
	Log     Log     `yaml:"log"`
	Metrics Metrics `yaml:"metrics"`
	// ModelFile is the RL model file (optimizer/rl, rl.Load) for
	// governed.optimizer.strategy rl and shadow; its SHA-256 must be
	// governed.optimizer.model_sha256. A relative path is relative to the
	// working directory, as storage.path.
	ModelFile string `yaml:"model_file"`
}

// Chain selects the chain the keeper works on.
type Chain struct {
	// Kind is "embedded" or "rpc".
	Kind string `yaml:"kind"`
	// RPCURL is the node's JSON-RPC endpoint (kind rpc only): the
	// shorthand for RPCURLs with one entry.
	RPCURL string `yaml:"rpc_url"`
	// RPCURLs are several nodes of the chain (kind rpc only; not with
	// RPCURL): the keeper reads from a healthy one, broadcasts its
	// transactions to all and believes receipts and pinned state reads only
	// when two agree (keeper/chainrpc.Multi). With two or more, every
	// entry is http(s).
	RPCURLs []string `yaml:"rpc_urls"`
	// ChainID is the chain id every node must report (kind rpc only,
	// required): a node on another chain is refused before anything is
	// signed or sent (CheckChainID). The embedded chain's id is fixed.
	ChainID int64 `yaml:"chain_id"`
	// MaxLagBlocks is how many blocks a node may be behind the best head
	// any of RPCURLs reported before it is not read from. Default 3.
	MaxLagBlocks int `yaml:"max_lag_blocks"`
	// CallTimeout, MaxAttempts, InitialBackoff and MaxBackoff tune every
	// JSON-RPC connection over HTTP the keeper makes (keeper/chainrpc.Config):
	// the timeout of each request, and how a failed one is retried.
	// Defaults 10s, 6, 200ms, 5s.
	CallTimeout    Duration `yaml:"call_timeout"`
	MaxAttempts    int      `yaml:"max_attempts"`
	InitialBackoff Duration `yaml:"initial_backoff"`
	MaxBackoff     Duration `yaml:"max_backoff"`
	// TickDeadline bounds each tick; 0 (the default) derives it from
	// governed.rebalance.receipt_timeout (Config.TickDeadline).
	TickDeadline Duration `yaml:"tick_deadline"`
	// Embedded describes the local market started for kind embedded.
	Embedded Embedded `yaml:"embedded"`
}

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
//   - aave: the LendingPool's strategy takes them as they are; suppliers
//     earn borrow(u)·u·(1 − reserve_factor). AaveVersion picks the Aave
//     version the pool acts as; from 3.1 on the strategy stores the curve in
//     whole basis points and checks it as Aave's does.
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
type Pool struct {
	Name string `yaml:"name"`
	// Kind is "aave" (the default), "comet" or "erc4626".
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

// Vault locates the vault on an rpc chain.
type Vault struct {
	// Address of the ERC-4626 vault (kind rpc); the embedded chain deploys its own.
	Address string `yaml:"address"`
	// Registry is the vault's ConfigRegistry (kind rpc), where governance
	// approves the governed config's hash; the keeper acts only under the
	// approved config. The embedded chain deploys its own.
	Registry string `yaml:"registry"`
}

// Signer selects how transactions are signed.
type Signer struct {
	// Kind is "dev" (local chains only), "vault-kv", "vault-plugin" or "none".
	Kind string `yaml:"kind"`
	// Dev is where kind dev's key comes from on an rpc chain.
	Dev DevSigner `yaml:"dev"`
	// Vault locates the key and the credentials (kind vault-kv and
	// vault-plugin). Only names of environment variables appear here,
	// never a secret.
	Vault VaultSigner `yaml:"vault"`
}

// DevSigner configures kind dev.
type DevSigner struct {
	// KeyEnv is the NAME of the environment variable holding the hex
	// private key (with or without 0x), never the key itself. Required on
	// an rpc chain, where the key signs only for a local chain id; the
	// embedded chain generates its key at start and takes none.
	KeyEnv string `yaml:"key_env"`
}

// Validate applies the defaults of the signer's kind and checks the
// section on its own, naming fields under path ("local.signer" in the
// keeper's config; "signer" in a file of its own). What depends on the
// chain is Config.Validate's (the kinds each chain kind accepts) and the
// signer's (a dev key signs only for a local chain id).
func (s *Signer) Validate(path string) error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	switch s.Kind {
	case SignerDev:
		if s.Dev.KeyEnv != "" && !envNameRE.MatchString(s.Dev.KeyEnv) {
			add(envNameError(path + ".dev.key_env"))
		}
	case SignerNone:
	case SignerVaultKV, SignerVaultPlugin:
		s.Vault = s.Vault.withDefaults(s.Kind)
		s.Vault.validate(path+".vault", s.Kind, &errs)
	default:
		add(fieldError(path+".kind", s.Kind, "unknown signer; want %q, %q, %q or %q", SignerDev, SignerVaultKV, SignerVaultPlugin, SignerNone))
	}
	if s.Kind != SignerDev && s.Dev.KeyEnv != "" {
		add(fmt.Errorf("%s.dev.key_env: only used with %s.kind %q (this signer is %s)", path, path, SignerDev, quote(s.Kind)))
	}
	return errors.Join(errs...)
}

// envNameError refuses a value where the NAME of an environment variable
// belongs, without echoing it: it may be the secret itself.
func envNameError(path string) error {
	return fmt.Errorf("%s: must be the NAME of an environment variable (A-Z, 0-9, _), never the secret itself (value not shown)", path)
}

// VaultSigner configures a HashiCorp Vault-backed signer.
type VaultSigner struct {
	Address      string `yaml:"address"`       // https://vault.internal:8200
	CACert       string `yaml:"ca_cert"`       // PEM file of Vault's CA; "" uses the system roots
	Mount        string `yaml:"mount"`         // vault-kv: KV v2 mount, default "secret"; vault-plugin: the plugin's mount, default "vaultkeeper"
	Path         string `yaml:"path"`          // vault-kv: secret path, default "vaultkeeper/signing"; vault-plugin: key name, default "keeper"
	Field        string `yaml:"field"`         // vault-kv: field with the hex key; default "private_key"
	Auth         string `yaml:"auth"`          // "token" or "approle"
	TokenEnv     string `yaml:"token_env"`     // variable holding the token; default VAULT_TOKEN
	RoleIDEnv    string `yaml:"role_id_env"`   // default VAULT_ROLE_ID
	SecretIDEnv  string `yaml:"secret_id_env"` // default VAULT_SECRET_ID
	AppRoleMount string `yaml:"approle_mount"` // default "approle"
}

var envNameRE = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)

// withDefaults fills the fields left empty with the defaults of the signer
// kind: the mount and path, the KV field, the variable names and the
// AppRole mount.
func (v VaultSigner) withDefaults(kind string) VaultSigner {
	mount, path := "secret", "vaultkeeper/signing"
	if kind == SignerVaultPlugin {
		mount, path = "vaultkeeper", "keeper"
	}
	for _, f := range []struct {
		field *string
		def   string
	}{{&v.Mount, mount}, {&v.Path, path}, {&v.Field, "private_key"}, {&v.TokenEnv, "VAULT_TOKEN"},
		{&v.RoleIDEnv, "VAULT_ROLE_ID"}, {&v.SecretIDEnv, "VAULT_SECRET_ID"}, {&v.AppRoleMount, "approle"}} {
		if *f.field == "" {
			*f.field = f.def
		}
	}
	return v
}

func (v VaultSigner) validate(path, kind string, errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	if kind == SignerVaultPlugin && strings.Contains(v.Path, "/") {
		add(fieldError(path+".path", v.Path, "for vault-plugin this is the key's name, without '/'"))
	}
	u, err := url.Parse(v.Address)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		add(fieldError(path+".address", v.Address, "want Vault's http(s) URL"))
	}
	for _, f := range []struct{ name, v string }{{"mount", v.Mount}, {"path", v.Path}, {"field", v.Field}, {"approle_mount", v.AppRoleMount}} {
		if strings.TrimSpace(f.v) == "" || strings.ContainsAny(f.v, " \t\n") {
			add(fieldError(path+"."+f.name, f.v, "must be a non-empty path without spaces"))
		}
	}
	switch v.Auth {
	case "token", "approle":
	default:
		add(fieldError(path+".auth", v.Auth, "want %q or %q", "token", "approle"))
	}
	// A variable name, not its value: a pasted secret is not echoed back.
	for _, f := range []struct{ name, v string }{{"token_env", v.TokenEnv}, {"role_id_env", v.RoleIDEnv}, {"secret_id_env", v.SecretIDEnv}} {
		if !envNameRE.MatchString(f.v) {
			add(envNameError(path + "." + f.name))
		}
	}
}

// Storage configures the history database.
type Storage struct {
	// Path of the SQLite file.
	Path string `yaml:"path"`
}

// Log configures logging.
type Log struct {
	// Format is "text" or "json".
	Format string `yaml:"format"`
	// Level is "debug", "info", "warn" or "error".
	Level string `yaml:"level"`
}

// Optimizer strategies.
const (
	StrategyMeanVar = "meanvar" // rebalance with the mean-variance optimizer
	StrategyRL      = "rl"      // rebalance with the RL model's targets
	StrategyShadow  = "shadow"  // rebalance with meanvar, record what the RL model would have done
)

// Optimizer configures the allocator.
type Optimizer struct {
	// Strategy picks the allocator: "meanvar" (default), "rl" or "shadow".
	Strategy string `yaml:"strategy"`
	// ModelSHA256 is the hex SHA-256 of the RL model file (local.model_file)
	// for strategy rl and shadow: governance approves the model by its hash.
	ModelSHA256 string `yaml:"model_sha256"`
	// RiskAversion is λ in muᵀw − (λ/2)·wᵀΣw; 0 ignores risk.
	RiskAversion float64 `yaml:"risk_aversion"`
	// Lookback is how many past ticks of APY observations feed the covariance.
	Lookback int `yaml:"lookback"`
	// MinIdle is the share of total assets the keeper leaves idle (0..1); the
	// vault's on-chain minimum applies when larger.
	MinIdle float64 `yaml:"min_idle"`
}

// Rebalance configures when a rebalance is worth sending.
type Rebalance struct {
	// GainFactor: rebalance only when the expected yearly gain exceeds the gas
	// cost times this factor.
	GainFactor float64 `yaml:"gain_factor"`
	// EthPrice is the price of one unit of the chain's native token in whole
	// asset units, to express gas in the vault's asset.
	EthPrice float64 `yaml:"eth_price"`
	// GasPerSource and GasPerTx are the optimizer's estimate of a
	// rebalance's gas: a fixed part plus a part per source touched. They
	// price the switching costs inside the optimizer; the final
	// gain-versus-gas check uses the node's estimate of the actual call.
	GasPerSource float64 `yaml:"gas_per_source"`
	GasPerTx     float64 `yaml:"gas_per_tx"`
	// MinMove is the smallest move, as a share of total assets, that counts as
	// a change of allocation.
	MinMove float64 `yaml:"min_move"`
	// GasMargin multiplies the gas estimate to set the gas limit (≥ 1).
	GasMargin float64 `yaml:"gas_margin"`
	// ReceiptTimeout bounds the wait for a sent rebalance to be mined.
	ReceiptTimeout Duration `yaml:"receipt_timeout"`
}

// Txmgr configures how transactions are sent (see keeper/txmgr).
type Txmgr struct {
	// Confirmations is the depth (1 = in the head block) at which a mined
	// transaction counts as final.
	Confirmations int `yaml:"confirmations"`
	// ResubmitTimeout is how long an attempt may stay unmined before it is
	// replaced with higher fees.
	ResubmitTimeout Duration `yaml:"resubmit_timeout"`
	// FeeBumpPercent raises tip and fee cap of each replacement (≥ 10).
	FeeBumpPercent int `yaml:"fee_bump_percent"`
	// MaxTipGwei caps the priority fee per gas.
	MaxTipGwei float64 `yaml:"max_tip_gwei"`
	// MaxFeeGwei caps the fee per gas; replacements stop rising there.
	MaxFeeGwei float64 `yaml:"max_fee_gwei"`
	// BaseFeeCeilingGwei defers sending while the base fee is above it;
	// 0 means no ceiling.
	BaseFeeCeilingGwei float64 `yaml:"base_fee_ceiling_gwei"`
}

// Metrics configures the keeper's Prometheus metrics and health endpoints
// (keeper/metrics). It is a local setting of the process that runs the
// keeper, independent of the other sections.
type Metrics struct {
	// Address is the host:port `keeper run` serves /metrics, /healthz and
	// /readyz on; "" serves nothing.
	Address string `yaml:"address"`
	// TickStaleness: /healthz fails when no tick has finished for this
	// long, or, while ticks fail, none has succeeded for this long. 0
	// derives it from the schedule (see Config.TickStaleness).
	TickStaleness Duration `yaml:"tick_staleness"`
	// MaxFailedTicks: /healthz fails once this many ticks in a row have
	// failed, however recent; 0 sets no such limit.
	MaxFailedTicks int `yaml:"max_failed_ticks"`
}

func (m Metrics) validate(errs *[]error) {
	if m.Address != "" {
		if _, _, err := net.SplitHostPort(m.Address); err != nil {
			// The reason only: net's error repeats the address, which quote may hide.
			reason := err.Error()
			var ae *net.AddrError
			if errors.As(err, &ae) {
				reason = ae.Err
			}
			*errs = append(*errs, fieldError("local.metrics.address", m.Address, "want host:port (or \"\" to serve no metrics): %s", reason))
		}
	}
	if m.TickStaleness.D() < 0 {
		*errs = append(*errs, fieldError("local.metrics.tick_staleness", m.TickStaleness.D(), "must not be negative (0: derived from the schedule)"))
	}
	if m.MaxFailedTicks < 0 || m.MaxFailedTicks > 1_000_000 {
		*errs = append(*errs, fieldError("local.metrics.max_failed_ticks", m.MaxFailedTicks, "must be between 0 (no limit) and 1000000"))
	}
}

// staleTicks is how many schedule intervals the default tick staleness
// allows, besides rebalance.receipt_timeout.
const staleTicks = 3

// TickStaleness is how long /healthz tolerates no finished tick:
// metrics.tick_staleness when set, else staleTicks × the schedule's interval
// + rebalance.receipt_timeout. The interval is the longest gap between the
// schedule's activations in the week after now (at least two gaps, at most
// maxIntervalSamples activations), so a schedule with irregular gaps (e.g.
// weekdays only) is judged by its longest one.
func (c *Config) TickStaleness(now time.Time) (time.Duration, error) {
	if d := c.Metrics.TickStaleness.D(); d > 0 {
		return d, nil
	}
	interval, err := ScheduleInterval(c.Schedule, now)
	if err != nil {
		return 0, err
	}
	return staleTicks*interval + c.Rebalance.ReceiptTimeout.D(), nil
}

// maxIntervalSamples bounds the activations ScheduleInterval looks at.
const maxIntervalSamples = 10_000

// ScheduleInterval returns the longest gap between consecutive activations
// of the cron schedule from now until a week later (looking at no fewer
// than two gaps and no more than maxIntervalSamples activations).
func ScheduleInterval(schedule string, now time.Time) (time.Duration, error) {
	sched, err := parseSchedule(schedule, now)
	if err != nil {
		return 0, err
	}
	horizon := now.Add(7 * 24 * time.Hour)
	prev := sched.Next(now)
	var longest time.Duration
	for i := 0; i < maxIntervalSamples; i++ {
		next := sched.Next(prev)
		if next.IsZero() {
			break
		}
		longest = max(longest, next.Sub(prev))
		prev = next
		if i >= 1 && prev.After(horizon) {
			break
		}
	}
	if longest <= 0 {
		return 0, fieldError("governed.schedule", schedule, "fires only once")
	}
	return longest, nil
}

// parseSchedule parses governed.schedule and refuses a schedule that would
// not run the keeper: one that does not parse, an @every interval under
// the scheduler's 1s resolution (robfig/cron's Every silently rounds it,
// zero and negative included, up to 1s), and one that never fires after
// now (robfig/cron's Next gives up after five years, e.g. on February 30th).
// The errors name the field and the schedule.
func parseSchedule(schedule string, now time.Time) (cron.Schedule, error) {
	sched, err := CronParser.Parse(schedule)
	if err != nil {
		return nil, fieldError("governed.schedule", schedule, "invalid cron expression: %v", err)
	}
	if d, ok := everyInterval(schedule); ok && d < time.Second {
		if d <= 0 {
			return nil, fieldError("governed.schedule", schedule, "zero interval: @every needs a positive interval of at least 1s")
		}
		return nil, fieldError("governed.schedule", schedule, "interval %s is under the scheduler's 1s resolution (it would run every 1s); want at least 1s", d)
	}
	if sched.Next(now).IsZero() {
		return nil, fieldError("governed.schedule", schedule, "never fires")
	}
	return sched, nil
}

// everyInterval returns the duration of an "@every <duration>" schedule as
// written (after an optional TZ= or CRON_TZ= prefix, as CronParser reads
// it), before robfig/cron rounds it.
func everyInterval(schedule string) (time.Duration, bool) {
	spec := schedule
	if strings.HasPrefix(spec, "TZ=") || strings.HasPrefix(spec, "CRON_TZ=") {
		_, rest, ok := strings.Cut(spec, " ")
		if !ok {
			return 0, false
		}
		spec = strings.TrimSpace(rest)
	}
	const every = "@every "
	if !strings.HasPrefix(spec, every) {
		return 0, false
	}
	d, err := time.ParseDuration(spec[len(every):])
	return d, err == nil
}

// Source is a yield source as the keeper sees it.
type Source struct {
	// Name identifies the source; on the embedded chain it names a pool.
	Name string `yaml:"name"`
	// Address of the source adapter (kind rpc).
	Address string `yaml:"address"`
	// Cap is the largest share of the vault's total assets (0..1) the keeper
	// will put in this source; the vault's on-chain cap applies when lower.
	Cap float64 `yaml:"cap"`
}

// Duration is a time.Duration written as a Go duration string ("1s", "2m").
type Duration time.Duration

// UnmarshalYAML parses a duration string.
func (d *Duration) UnmarshalYAML(n *yaml.Node) error {
	var s string
	if err := n.Decode(&s); err != nil {
		return fmt.Errorf("line %d: want a duration such as \"10s\", got %s", n.Line, quote(n.Value))
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return fmt.Errorf("line %d: invalid duration %s", n.Line, quote(s))
	}
	*d = Duration(v)
	return nil
}

// D returns the value as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// CronParser parses the schedule: standard five-field cron, an optional
// leading seconds field, and descriptors such as @every 10s.
var CronParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// Load reads, decodes and validates the config file at path.
func Load(path string) (*Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading config: %w", err)
	}
	cfg, err := Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, nil
}

// Parse decodes and validates a config document.
func Parse(raw []byte) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return nil, fmt.Errorf("parsing YAML: %w", err)
	}
	if len(root.Content) == 0 {
		return nil, errors.New("config is empty")
	}
	if err := checkKnownFields(root.Content[0], "", typeOfConfig); err != nil {
		return nil, err
	}
	cfg := Default()
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(cfg); err != nil {
		return nil, fmt.Errorf("decoding: %w", err)
	}
	for i := range cfg.Chain.Embedded.Pools {
		p := &cfg.Chain.Embedded.Pools[i]
		if p.Kind == "" {
			p.Kind = PoolAave
		}
		if p.Kind == PoolAave && p.AaveVersion == "" {
			p.AaveVersion = AaveVersions[0]
		}
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// Default returns the defaults that fields left out of the file take.
func Default() *Config {
	return &Config{Local: Local{
		Chain: Chain{Kind: ChainEmbedded, Embedded: Embedded{
			BlockInterval: Duration(time.Second),
			BlockTime:     Duration(time.Hour),
			Seed:          1,
			Deposit:       1_000_000,
			MinIdle:       0.02,
			TimelockDelay: Duration(24 * time.Hour),
		}, MaxLagBlocks: defaultMaxLagBlocks, CallTimeout: defaultCallTimeout, MaxAttempts: defaultMaxAttempts,
			InitialBackoff: defaultInitialBackoff, MaxBackoff: defaultMaxBackoff},
		Signer:  Signer{Kind: SignerDev}, // Signer.Validate fills in the defaults of its kind
		Storage: Storage{Path: "var/keeper.db"},
		Log:     Log{Format: "text", Level: "info"},
	}, Governed: Governed{
		Schedule: "*/10 * * * * *",
		Optimizer: Optimizer{
			Strategy:     StrategyMeanVar,
			RiskAversion: 2,
			Lookback:     64,
			MinIdle:      0.05,
		},
		Rebalance: Rebalance{
			GainFactor:     3,
			EthPrice:       3000,
			MinMove:        0.001,
			GasPerSource:   135_000,
			GasPerTx:       200_000,
			GasMargin:      1.25,
			ReceiptTimeout: Duration(2 * time.Minute),
		},
		Txmgr: Txmgr{
			Confirmations:   3,
			ResubmitTimeout: Duration(time.Minute),
			FeeBumpPercent:  10,
			MaxTipGwei:      50,
			MaxFeeGwei:      500,
		},
	}}
}

// UsesRL reports whether the strategy runs the RL model.
func (o Optimizer) UsesRL() bool { return o.Strategy == StrategyRL || o.Strategy == StrategyShadow }

var sha256RE = regexp.MustCompile(`^[0-9a-f]{64}$`)

// LoadModel reads local.model_file, checks that its SHA-256 is the approved
// governed.optimizer.model_sha256, and loads it with rl.Load. Validate calls
// it, so a config that parses has a loadable, approved model; the keeper
// loads it again at start (the file may have changed since). Errors name the
// fields and values.
func (c *Config) LoadModel() (*rl.Model, error) {
	o := c.Optimizer
	if !sha256RE.MatchString(o.ModelSHA256) {
		return nil, fieldError("governed.optimizer.model_sha256", o.ModelSHA256, "want the model file's SHA-256 as 64 lower-case hex digits (keeper train prints it)")
	}
	if strings.TrimSpace(c.ModelFile) == "" {
		return nil, fieldError("local.model_file", c.ModelFile, "required with governed.optimizer.strategy %q", o.Strategy)
	}
	raw, err := os.ReadFile(c.ModelFile)
	if err != nil {
		return nil, fieldError("local.model_file", c.ModelFile, "cannot read the RL model: %v", err)
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != o.ModelSHA256 {
		return nil, fieldError("local.model_file", c.ModelFile, "SHA-256 %x is not governed.optimizer.model_sha256 %s: not the approved model", sum, o.ModelSHA256)
	}
	m, err := rl.Load(bytes.NewReader(raw))
	if err != nil {
		return nil, fieldError("local.model_file", c.ModelFile, "not a usable RL model: %v", err)
	}
	return m, nil
}

// fieldError names a field path and its bad value. A string value that
// looks like a secret is not shown (quote); pass a URL through RedactURL as
// a redactedURL, and a value public by design as a publicValue.
func fieldError(path string, value any, format string, args ...any) error {
	return fmt.Errorf("%s: %v: %s", path, quote(value), fmt.Sprintf(format, args...))
}

func checkFraction(path string, v float64, errs *[]error) {
	if math.IsNaN(v) || v < 0 || v > 1 {
		*errs = append(*errs, fieldError(path, v, "must be between 0 and 1"))
	}
}

func checkPositive(path string, v float64, errs *[]error) {
	if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
		*errs = append(*errs, fieldError(path, v, "must be a positive number"))
	}
}

// Validate checks every field and returns all problems found, each naming
// its field path and value.
func (c *Config) Validate() error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }

	switch c.Chain.Kind {
	case ChainEmbedded:
		c.Chain.Embedded.validate("local.chain.embedded", &errs)
		if c.Chain.RPCURL != "" {
			add(fieldError("local.chain.rpc_url", redactedURL(RedactURL(c.Chain.RPCURL)), "only used with local.chain.kind %q", ChainRPC))
		}
		if len(c.Chain.RPCURLs) > 0 {
			add(fmt.Errorf("local.chain.rpc_urls: only used with local.chain.kind %q", ChainRPC))
		}
		if c.Vault.Registry != "" {
			add(fieldError("local.vault.registry", c.Vault.Registry, "the embedded chain deploys its own registry; leave it empty"))
		}
		if c.Chain.ChainID != 0 {
			add(fieldError("local.chain.chain_id", c.Chain.ChainID, "only used with local.chain.kind %q: the embedded chain's id is fixed", ChainRPC))
		}
	case ChainRPC:
		c.Chain.validateProviders(&errs)
		if c.Chain.ChainID <= 0 {
			add(fieldError("local.chain.chain_id", c.Chain.ChainID, "required for local.chain.kind rpc: the positive chain id every node of "+
				"local.chain.rpc_url (or rpc_urls) must report (e.g. 1 for Ethereum mainnet); the keeper refuses a node on any other chain"))
		}
		if !common.IsHexAddress(c.Vault.Address) {
			add(fieldError("local.vault.address", c.Vault.Address, "want a 0x-prefixed 20-byte hex address for local.chain.kind rpc"))
		}
		if !common.IsHexAddress(c.Vault.Registry) || common.HexToAddress(c.Vault.Registry) == (common.Address{}) {
			add(fieldError("local.vault.registry", c.Vault.Registry, "want the ConfigRegistry's 0x-prefixed 20-byte hex address for local.chain.kind rpc"))
		}
	default:
		add(fieldError("local.chain.kind", c.Chain.Kind, "unknown chain; want %q or %q", ChainEmbedded, ChainRPC))
	}

	if err := c.Signer.Validate("local.signer"); err != nil {
		add(err)
	}
	switch c.Signer.Kind {
	case SignerDev:
		switch {
		case c.Chain.Kind == ChainRPC && c.Signer.Dev.KeyEnv == "":
			add(fieldError("local.signer.kind", c.Signer.Kind, "on local.chain.kind %q the dev key comes from local.signer.dev.key_env "+
				"(the NAME of an environment variable holding a hex private key), and signs only for a local chain id (anvil, hardhat, geth --dev)", ChainRPC))
		case c.Chain.Kind == ChainEmbedded && c.Signer.Dev.KeyEnv != "":
			add(fmt.Errorf("local.signer.dev.key_env: only used with local.chain.kind %q: the embedded chain generates its keeper key at start", ChainRPC))
		}
	case SignerVaultKV, SignerVaultPlugin:
		if c.Chain.Kind != ChainRPC {
			add(fieldError("local.signer.kind", c.Signer.Kind, "Vault-held keys sign for an external chain; use local.chain.kind %q", ChainRPC))
		}
	}

	if _, err := parseSchedule(c.Schedule, time.Now()); err != nil {
		add(err)
	}
	if strings.TrimSpace(c.Storage.Path) == "" {
		add(fieldError("local.storage.path", c.Storage.Path, "must not be empty"))
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		add(fieldError("local.log.format", c.Log.Format, "want \"text\" or \"json\""))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		add(fieldError("local.log.level", c.Log.Level, "want debug, info, warn or error"))
	}

	o := c.Optimizer
	if math.IsNaN(o.RiskAversion) || math.IsInf(o.RiskAversion, 0) || o.RiskAversion < 0 {
		add(fieldError("governed.optimizer.risk_aversion", o.RiskAversion, "must be a finite number ≥ 0"))
	}
	if o.Lookback < 2 || o.Lookback > 100_000 {
		add(fieldError("governed.optimizer.lookback", o.Lookback, "must be between 2 and 100000 ticks"))
	}
	checkFraction("governed.optimizer.min_idle", o.MinIdle, &errs)
	switch o.Strategy {
	case StrategyMeanVar:
		if c.ModelFile != "" {
			add(fieldError("local.model_file", c.ModelFile, "only used with governed.optimizer.strategy %q or %q", StrategyRL, StrategyShadow))
		}
		if o.ModelSHA256 != "" {
			add(fieldError("governed.optimizer.model_sha256", publicValue(o.ModelSHA256), "only used with governed.optimizer.strategy %q or %q", StrategyRL, StrategyShadow))
		}
	case StrategyRL, StrategyShadow:
		if _, err := c.LoadModel(); err != nil {
			add(err)
		}
	default:
		add(fieldError("governed.optimizer.strategy", o.Strategy, "unknown strategy; want %q, %q or %q", StrategyMeanVar, StrategyRL, StrategyShadow))
	}

	r := c.Rebalance
	if math.IsNaN(r.GainFactor) || math.IsInf(r.GainFactor, 0) || r.GainFactor < 0 {
		add(fieldError("governed.rebalance.gain_factor", r.GainFactor, "must be a finite number ≥ 0"))
	}
	checkPositive("governed.rebalance.eth_price", r.EthPrice, &errs)
	checkFraction("governed.rebalance.min_move", r.MinMove, &errs)
	for _, g := range []struct {
		name string
		v    float64
	}{{"governed.rebalance.gas_per_source", r.GasPerSource}, {"governed.rebalance.gas_per_tx", r.GasPerTx}} {
		if math.IsNaN(g.v) || g.v < 0 || g.v > 30_000_000 {
			add(fieldError(g.name, g.v, "must be between 0 and 30000000 gas"))
		}
	}
	if math.IsNaN(r.GasMargin) || math.IsInf(r.GasMargin, 0) || r.GasMargin < 1 || r.GasMargin > 10 {
		add(fieldError("governed.rebalance.gas_margin", r.GasMargin, "must be between 1 and 10"))
	}
	if r.ReceiptTimeout.D() <= 0 {
		add(fieldError("governed.rebalance.receipt_timeout", r.ReceiptTimeout.D(), "must be positive"))
	}

	x := c.Txmgr
	if x.Confirmations < 1 || x.Confirmations > 1000 {
		add(fieldError("governed.txmgr.confirmations", x.Confirmations, "must be between 1 and 1000"))
	}
	if x.ResubmitTimeout.D() <= 0 {
		add(fieldError("governed.txmgr.resubmit_timeout", x.ResubmitTimeout.D(), "must be positive"))
	}
	if x.FeeBumpPercent < 10 || x.FeeBumpPercent > 1000 {
		add(fieldError("governed.txmgr.fee_bump_percent", x.FeeBumpPercent, "must be between 10 (the minimum nodes accept) and 1000"))
	}
	checkPositive("governed.txmgr.max_tip_gwei", x.MaxTipGwei, &errs)
	checkPositive("governed.txmgr.max_fee_gwei", x.MaxFeeGwei, &errs)
	if x.MaxFeeGwei < x.MaxTipGwei {
		add(fieldError("governed.txmgr.max_fee_gwei", x.MaxFeeGwei, "must be at least governed.txmgr.max_tip_gwei (%v)", x.MaxTipGwei))
	}
	if math.IsNaN(x.BaseFeeCeilingGwei) || math.IsInf(x.BaseFeeCeilingGwei, 0) || x.BaseFeeCeilingGwei < 0 {
		add(fieldError("governed.txmgr.base_fee_ceiling_gwei", x.BaseFeeCeilingGwei, "must be a finite number ≥ 0 (0: no ceiling)"))
	}

	c.Metrics.validate(&errs)
	c.Chain.validateRPCClient(c.Rebalance.ReceiptTimeout.D(), &errs)

	if len(c.Sources) == 0 {
		add(fieldError("governed.sources", "[]", "at least one source is required"))
	}
	names := map[string]bool{}
	for i, s := range c.Sources {
		p := fmt.Sprintf("governed.sources[%d]", i)
		if strings.TrimSpace(s.Name) == "" {
			add(fieldError(p+".name", s.Name, "must not be empty"))
		} else if names[s.Name] {
			add(fieldError(p+".name", s.Name, "duplicate source name"))
		}
		names[s.Name] = true
		checkFraction(p+".cap", s.Cap, &errs)
		switch c.Chain.Kind {
		case ChainRPC:
			if !common.IsHexAddress(s.Address) {
				add(fieldError(p+".address", s.Address, "want a 0x-prefixed 20-byte hex address for local.chain.kind rpc"))
			}
		case ChainEmbedded:
			if s.Address != "" {
				add(fieldError(p+".address", s.Address, "the embedded chain deploys its sources; leave address empty"))
			}
			if c.Chain.Embedded.pool(s.Name) == nil {
				add(fieldError(p+".name", s.Name, "no pool of that name in local.chain.embedded.pools"))
			}
		}
	}
	if c.Chain.Kind == ChainEmbedded {
		for i, pl := range c.Chain.Embedded.Pools {
			if !names[pl.Name] {
				add(fieldError(fmt.Sprintf("local.chain.embedded.pools[%d].name", i), pl.Name, "pool has no entry in sources"))
			}
		}
	}
	return errors.Join(errs...)
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
		default:
			add(fieldError(pp+".kind", p.Kind, "unknown pool kind; want %q, %q or %q", PoolAave, PoolComet, PoolERC4626))
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

// GovernedHash is keccak256 of the governed part's canonical encoding
// (Canonical). Governance approves it on-chain (the ConfigRegistry's
// configHash); the vault's decision receipts carry it; `keeper config hash`
// prints it.
func (c *Config) GovernedHash() [32]byte {
	return crypto.Keccak256Hash(c.Governed.Canonical())
}

// Canonical is the governed part's canonical encoding, a compact JSON text:
//
//   - objects have the YAML field names as keys, sorted bytewise, every
//     field present (defaults filled in before hashing, so a field written
//     with its default value and one left out encode alike);
//   - strings are JSON strings; integers are decimal; floats are Go's
//     shortest decimal that round-trips (strconv 'g', -1), e.g. 0.6, 1e-05;
//   - durations are Go duration strings ("1m0s"); lists keep their order.
//
// It depends only on the decoded values: not on YAML key order, comments,
// quoting, number spelling (0.60 and 6e-1 are the same, as are -0 and 0)
// or formatting.
func (g Governed) Canonical() []byte { return CanonicalValue(g) }

// CanonicalValue is the canonical encoding (see Governed.Canonical) of one
// value of the governed part: a field, a source, a section. A governed
// change is shown with it (keeper/governance.DiffGoverned), so a diff
// renders values exactly as the hash covers them.
func CanonicalValue(v any) []byte {
	var b bytes.Buffer
	canonical(&b, reflect.ValueOf(v))
	return b.Bytes()
}

func canonical(b *bytes.Buffer, v reflect.Value) {
	if v.Type() == typeOfDuration {
		writeJSONString(b, time.Duration(v.Int()).String())
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		type field struct {
			name string
			v    reflect.Value
		}
		var fs []field
		for i := 0; i < v.NumField(); i++ {
			name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ",")
			if name != "" && name != "-" {
				fs = append(fs, field{name, v.Field(i)})
			}
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].name < fs[j].name })
		b.WriteByte('{')
		for i, f := range fs {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(b, f.name)
			b.WriteByte(':')
			canonical(b, f.v)
		}
		b.WriteByte('}')
	case reflect.Slice:
		b.WriteByte('[')
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteByte(',')
			}
			canonical(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.String:
		writeJSONString(b, v.String())
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f == 0 {
			f = 0 // −0 is 0
		}
		b.WriteString(strconv.FormatFloat(f, 'g', -1, 64))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	default:
		panic("config: no canonical encoding for " + v.Type().String()) // a governed field of a new kind
	}
}

func writeJSONString(b *bytes.Buffer, s string) {
	q, _ := json.Marshal(s) // a string always encodes
	b.Write(q)
}
