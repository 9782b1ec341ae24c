// Package config loads and validates the keeper's YAML configuration.
//
// Decoding is strict: unknown fields, values of the wrong type and values out
// of range are errors that name the field path (for example
// `sources[1].cap`) and the offending value. A config that fails validation
// is never partially applied.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"net"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/vaultkeeper/vaultkeeper/optimizer/strategy"
)

// Chain kinds.
const (
	// ChainEmbedded starts go-ethereum's in-process simulated chain and deploys
	// a complete local market (token, lending pools, adapters, vault).
	ChainEmbedded = "embedded"
	// ChainRPC connects to an external node over JSON-RPC.
	ChainRPC = "rpc"
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
	Web     Web     `yaml:"web"`
	// Fleet lists the other vaults this keeper process keeps (fleet.go).
	Fleet Fleet `yaml:"fleet"`
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
	// Quarantine is how long a node caught lying (a receipt, or a head,
	// the other nodes' blocks contradict) is used for nothing. Default 5m.
	Quarantine Duration `yaml:"quarantine"`
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

// Vault names the vault and locates it on an rpc chain.
type Vault struct {
	// Name names the vault in a fleet: in logs, metrics labels, and the
	// views' --vault. Letters, digits, '.', '_' and '-'; empty: derived
	// from the config file's name (VaultName).
	Name string `yaml:"name"`
	// Address of the ERC-4626 vault (kind rpc); the embedded chain deploys its own.
	Address string `yaml:"address"`
	// Registry is the vault's ConfigRegistry (kind rpc), where governance
	// approves the governed config's hash; the keeper acts only under the
	// approved config. The embedded chain deploys its own.
	Registry string `yaml:"registry"`
}

// Storage kinds: the embedded SQLite file (the default) or a PostgreSQL
// database several keepers can share.
const (
	StorageSQLite   = "sqlite"
	StoragePostgres = "postgres"
)

// Storage configures the history database.
type Storage struct {
	// Kind is "sqlite" (the default when empty) or "postgres".
	Kind string `yaml:"kind"`
	// Path of the SQLite file. With kind postgres it only places the
	// keeper's local files (the embedded chain's embedded-chain.json is
	// written next to it).
	Path string `yaml:"path"`
	// DSNEnv (kind postgres) is the NAME of the environment variable
	// holding the PostgreSQL DSN (postgres://user:password@host/db or
	// key=value), so that its password is in no file; it is never
	// printed with its password.
	DSNEnv string `yaml:"dsn_env"`
	// LeaseTTL (kind postgres) is how long the keeper's lease on sending
	// for its (chain, signing key) lasts unless renewed (every third of
	// it); a standby takes over within two TTLs of the leader's death.
	// Default DefaultLeaseTTL.
	LeaseTTL Duration `yaml:"lease_ttl"`
}

// DefaultLeaseTTL is local.storage.lease_ttl's default.
const DefaultLeaseTTL = 15 * time.Second

// MinLeaseTTL is the shortest local.storage.lease_ttl: renewals every
// third of it must fit between database round-trips.
const MinLeaseTTL = time.Second

// Postgres reports whether the history is a PostgreSQL database.
func (s Storage) Postgres() bool { return s.Kind == StoragePostgres }

// Log configures logging.
type Log struct {
	// Format is "text" or "json".
	Format string `yaml:"format"`
	// Level is "debug", "info", "warn" or "error".
	Level string `yaml:"level"`
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

// Web is the transparency page (keeper/web).
type Web struct {
	// Address is the host:port `keeper run` serves the page and its /api/
	// on, by themselves; "" serves them next to the metrics on
	// metrics.address (and nowhere when that is "" too).
	Address string `yaml:"address"`
	// FromBlock is the first block searched for the timelock's operations
	// (0: the genesis; on a long chain, the block governance was deployed
	// in, as keeper governance status --from-block).
	FromBlock int64 `yaml:"from_block"`
}

// checkHostPort adds field's error when addr is not "" or host:port.
func checkHostPort(errs *[]error, field, addr, empty string) {
	if addr == "" {
		return
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		// The reason only: net's error repeats the address, which quote may hide.
		reason := err.Error()
		var ae *net.AddrError
		if errors.As(err, &ae) {
			reason = ae.Err
		}
		*errs = append(*errs, fieldError(field, addr, "want host:port (or \"\" %s): %s", empty, reason))
	}
}

func (w Web) validate(metrics string, errs *[]error) {
	checkHostPort(errs, "local.web.address", w.Address, "to serve the page on metrics.address")
	if w.Address != "" && w.Address == metrics {
		*errs = append(*errs, fieldError("local.web.address", w.Address, "is local.metrics.address: leave it \"\" to serve the page there"))
	}
	if w.FromBlock < 0 {
		*errs = append(*errs, fieldError("local.web.from_block", w.FromBlock, "must not be negative"))
	}
}

func (m Metrics) validate(errs *[]error) {
	checkHostPort(errs, "local.metrics.address", m.Address, "to serve no metrics")
	if m.TickStaleness.D() < 0 {
		*errs = append(*errs, fieldError("local.metrics.tick_staleness", m.TickStaleness.D(), "must not be negative (0: derived from the schedule)"))
	}
	if m.MaxFailedTicks < 0 || m.MaxFailedTicks > 1_000_000 {
		*errs = append(*errs, fieldError("local.metrics.max_failed_ticks", m.MaxFailedTicks, "must be between 0 (no limit) and 1000000"))
	}
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

// Default returns the defaults that fields left out of the file take. The
// strategy's are strategy.DefaultMeanVar, the settings the backtest measured.
func Default() *Config {
	mv := strategy.DefaultMeanVar()
	return &Config{Local: Local{
		Chain: Chain{Kind: ChainEmbedded, Embedded: Embedded{
			BlockInterval: Duration(time.Second),
			BlockTime:     Duration(time.Hour),
			Seed:          1,
			Deposit:       1_000_000,
			MinIdle:       0.02,
			TimelockDelay: Duration(24 * time.Hour),
		}, MaxLagBlocks: defaultMaxLagBlocks, Quarantine: defaultQuarantine, CallTimeout: defaultCallTimeout, MaxAttempts: defaultMaxAttempts,
			InitialBackoff: defaultInitialBackoff, MaxBackoff: defaultMaxBackoff},
		Signer:  Signer{Kind: SignerDev}, // Signer.Validate fills in the defaults of its kind
		Storage: Storage{Kind: StorageSQLite, Path: "var/keeper.db"},
		Fleet:   Fleet{Concurrency: DefaultFleetConcurrency},
		Log:     Log{Format: "text", Level: "info"},
	}, Governed: Governed{
		Schedule: "*/10 * * * * *",
		Optimizer: Optimizer{
			Strategy:           StrategyMeanVar,
			Forecaster:         mv.Forecaster,
			ForecastHalfLife:   Duration(mv.HalfLife),
			Window:             Duration(mv.Window),
			CovarianceHalfLife: Duration(mv.CovHalfLife),
			RiskAversion:       mv.RiskAversion,
			CostHorizon:        Duration(mv.CostHorizon),
			MinIdle:            0.05,
			MeasuredOnlyCap:    0.25,
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

// fieldError names a field path and its bad value. A string value that
// looks like a secret is not shown (quote); pass a URL through RedactURL as
// a redactedURL, and a value public by design as a publicValue.
func fieldError(path string, value any, format string, args ...any) error {
	return fmt.Errorf("%s: %v: %s", path, quote(value), fmt.Sprintf(format, args...))
}

// FieldError is the error config files and other YAML inputs (keeper
// deploy's spec) give for a bad field: its path, its value (quoted when a
// string; never a value that looks like a secret) and what is wrong.
func FieldError(path string, value any, format string, args ...any) error {
	return fieldError(path, value, format, args...)
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
	c.Storage.validate(add)
	if c.Log.Format != "text" && c.Log.Format != "json" {
		add(fieldError("local.log.format", c.Log.Format, "want \"text\" or \"json\""))
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		add(fieldError("local.log.level", c.Log.Level, "want debug, info, warn or error"))
	}

	o := c.Optimizer
	o.validate(&errs)
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
	c.Fleet.validate(&errs)
	if c.Vault.Name != "" && !validVaultName(c.Vault.Name) {
		add(fieldError("local.vault.name", c.Vault.Name, "want 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"))
	}
	c.Web.validate(c.Metrics.Address, &errs)
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
