// Package deploy puts a complete governed vault on an EVM chain: the
// governance TimelockController, the ConfigRegistry, the Vault, one adapter
// per yield source and the role wiring, then proposes the keeper's first
// config through the timelock.
//
// Every step is a transaction sent through keeper/txmgr, so it is journaled
// (SQLite) before it is signed and sent: a deploy killed at any point and run
// again continues the recorded sends and never deploys a contract twice (a
// creation's address is fixed by the journaled nonce). Steps whose effect is
// already on-chain are recognised and not sent again. At the end, Verify
// checks what is on-chain against the committed artifacts and the spec.
package deploy

import (
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// Source kinds a spec can name.
const (
	KindAave    = "aave"
	KindComet   = "comet"
	KindERC4626 = "erc4626"
	KindMorpho  = "morpho"
)

// maxSources is the Vault's MAX_SOURCES.
const maxSources = 20

// Spec is what to deploy, read from a YAML file (docs/deploy-spec.yaml style;
// see the README's "Deploy a vault"). Unset optional limits keep the Vault's
// constructor defaults.
type Spec struct {
	Chain      ChainSpec      `yaml:"chain"`
	Signer     config.Signer  `yaml:"signer"`
	Governance GovernanceSpec `yaml:"governance"`
	// Keeper is the address allowed to rebalance (the keeper's signing key).
	Keeper  string       `yaml:"keeper"`
	Vault   VaultSpec    `yaml:"vault"`
	Sources []SourceSpec `yaml:"sources"`
	// KeeperConfig shapes the config.yaml written for the keeper.
	KeeperConfig KeeperConfigSpec `yaml:"keeper_config"`
}

// ChainSpec is the chain to deploy on.
type ChainSpec struct {
	// RPCURL is the node's JSON-RPC endpoint. Credentials in it are never
	// printed or written to the outputs.
	RPCURL string `yaml:"rpc_url"`
	// Confirmations is the depth at which each step is final; 0 means 1 on
	// a local chain (chain id 31337 or 1337) and 3 elsewhere.
	Confirmations int64 `yaml:"confirmations"`
}

// GovernanceSpec is the TimelockController.
type GovernanceSpec struct {
	// Delay is the timelock's minimum delay; it must be positive.
	Delay config.Duration `yaml:"delay"`
	// Proposers may schedule (and cancel) operations.
	Proposers []string `yaml:"proposers"`
	// Executors may execute ready operations; the zero address lets anyone.
	Executors []string `yaml:"executors"`
	// Guardian pauses, lowers caps and cancels pending operations.
	Guardian string `yaml:"guardian"`
}

// VaultSpec is the Vault and its limits (-1: keep the constructor's default).
type VaultSpec struct {
	Asset          string          `yaml:"asset"`
	Name           string          `yaml:"name"`
	Symbol         string          `yaml:"symbol"`
	MinIdleBps     int64           `yaml:"min_idle_bps"`
	MaxLossBps     int64           `yaml:"max_loss_bps"`
	MaxTurnoverBps int64           `yaml:"max_turnover_bps"`
	Cooldown       config.Duration `yaml:"cooldown"`
	LivenessWindow config.Duration `yaml:"liveness_window"`
}

// SourceSpec is one yield source: an existing protocol market the vault
// reaches through an adapter deployed for it.
type SourceSpec struct {
	// Name is the source's name in the keeper config.
	Name string `yaml:"name"`
	// Kind is aave (an Aave v3 Pool), comet (a Compound v3 market), erc4626
	// (any ERC-4626 vault) or morpho (one Morpho Blue market).
	Kind string `yaml:"kind"`
	// Address is the Aave Pool, the Comet market, the ERC-4626 vault or the
	// Morpho Blue singleton.
	Address string `yaml:"address"`
	// Market is, for kind morpho only, the Morpho Blue market's id (0x and
	// 64 hex digits); its parameters are read from Morpho
	// (idToMarketParams) for the adapter's constructor.
	Market string `yaml:"market,omitempty"`
	// AbsCap is the most the keeper may put there, in base units of the asset.
	AbsCap string `yaml:"abs_cap"`
	// RelCapBps is the largest share of total assets, in basis points.
	RelCapBps int64 `yaml:"rel_cap_bps"`
}

// KeeperConfigSpec shapes the keeper's config.yaml.
type KeeperConfigSpec struct {
	// Schedule is governed.schedule (default every 5 minutes).
	Schedule string `yaml:"schedule"`
	// Signer is the keeper's own local.signer (default kind none: decide only).
	Signer config.Signer `yaml:"signer"`
	// StoragePath is local.storage.path (default var/keeper.db).
	StoragePath string `yaml:"storage_path"`
}

// LoadSpec reads and validates a spec file.
func LoadSpec(path string) (*Spec, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the deploy spec: %w", err)
	}
	s, err := ParseSpec(raw)
	if err != nil {
		return nil, fmt.Errorf("deploy spec %s: %w", path, err)
	}
	return s, nil
}

// DefaultSpec is what fields left out of a spec take.
func DefaultSpec() *Spec {
	d := config.Default()
	return &Spec{
		Signer: config.Signer{Kind: config.SignerVaultKV, Vault: d.Signer.Vault},
		Vault: VaultSpec{MinIdleBps: 200, MaxLossBps: -1, MaxTurnoverBps: -1,
			Cooldown: config.Duration(-1), LivenessWindow: config.Duration(-1)},
		KeeperConfig: KeeperConfigSpec{Schedule: "0 */5 * * * *", StoragePath: "var/keeper.db",
			Signer: config.Signer{Kind: config.SignerNone, Vault: d.Signer.Vault}},
	}
}

// ParseSpec decodes and validates a spec document.
func ParseSpec(raw []byte) (*Spec, error) {
	s := DefaultSpec()
	if err := config.DecodeStrict(raw, s); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s, nil
}

func address(path, v string, allowZero bool) (common.Address, error) {
	if !common.IsHexAddress(v) || !strings.HasPrefix(v, "0x") {
		return common.Address{}, config.FieldError(path, v, "want a 0x-prefixed 20-byte hex address")
	}
	a := common.HexToAddress(v)
	if a == (common.Address{}) && !allowZero {
		return a, config.FieldError(path, v, "must not be the zero address")
	}
	return a, nil
}

// Validate checks every field and returns all problems, each naming its
// field path and value. Nothing here touches the chain.
func (s *Spec) Validate() error {
	var errs []error
	add := func(err error) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	u, err := url.Parse(s.Chain.RPCURL)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss") {
		add(config.FieldError("chain.rpc_url", config.RedactURL(s.Chain.RPCURL), "want an http(s):// or ws(s):// URL"))
	}
	if s.Chain.Confirmations < 0 || s.Chain.Confirmations > 100 {
		add(config.FieldError("chain.confirmations", s.Chain.Confirmations, "want 0 (automatic) to 100"))
	}
	switch s.Signer.Kind {
	case config.SignerDev, config.SignerVaultKV, config.SignerVaultPlugin:
		add(s.Signer.Validate("signer"))
	default:
		add(config.FieldError("signer.kind", s.Signer.Kind, "want %q (local chains only), %q or %q: the deployer must sign",
			config.SignerDev, config.SignerVaultKV, config.SignerVaultPlugin))
	}

	g := s.Governance
	if g.Delay.D() <= 0 {
		add(config.FieldError("governance.delay", g.Delay.D().String(), "must be positive: governance acts only after a delay"))
	} else if g.Delay.D()%time.Second != 0 {
		add(config.FieldError("governance.delay", g.Delay.D().String(), "must be whole seconds"))
	}
	if len(g.Proposers) == 0 {
		add(config.FieldError("governance.proposers", "[]", "at least one proposer is needed"))
	}
	for i, p := range g.Proposers {
		_, err := address(fmt.Sprintf("governance.proposers[%d]", i), p, false)
		add(err)
	}
	if len(g.Executors) == 0 {
		add(config.FieldError("governance.executors", "[]", "at least one executor is needed (the zero address lets anyone execute)"))
	}
	for i, e := range g.Executors {
		_, err := address(fmt.Sprintf("governance.executors[%d]", i), e, true)
		add(err)
	}
	if g.Guardian == "" {
		add(config.FieldError("governance.guardian", g.Guardian, "required: the guardian pauses, lowers caps and cancels pending operations"))
	} else {
		_, err := address("governance.guardian", g.Guardian, false)
		add(err)
	}
	if s.Keeper == "" {
		add(config.FieldError("keeper", s.Keeper, "required: the address the keeper signs with"))
	} else {
		_, err := address("keeper", s.Keeper, false)
		add(err)
	}

	v := s.Vault
	if v.Asset == "" {
		add(config.FieldError("vault.asset", v.Asset, "required: the ERC-20 the vault holds"))
	} else {
		_, err := address("vault.asset", v.Asset, false)
		add(err)
	}
	if strings.TrimSpace(v.Name) == "" {
		add(config.FieldError("vault.name", v.Name, "required: the share token's name"))
	}
	if strings.TrimSpace(v.Symbol) == "" {
		add(config.FieldError("vault.symbol", v.Symbol, "required: the share token's symbol"))
	}
	for _, b := range []struct {
		path  string
		v     int64
		unset bool
	}{{"vault.min_idle_bps", v.MinIdleBps, false}, {"vault.max_loss_bps", v.MaxLossBps, true}, {"vault.max_turnover_bps", v.MaxTurnoverBps, true}} {
		if (b.v < 0 && !(b.unset && b.v == -1)) || b.v > 10_000 {
			add(config.FieldError(b.path, b.v, "want 0 to 10000 basis points"))
		}
	}
	if c := v.Cooldown.D(); c != -1 && (c < 0 || c > 30*24*time.Hour || c%time.Second != 0) {
		add(config.FieldError("vault.cooldown", c.String(), "want whole seconds from 0 to 720h (the Vault's MAX_COOLDOWN)"))
	}
	if w := v.LivenessWindow.D(); w != -1 && w != 0 && (w < time.Hour || w > 365*24*time.Hour || w%time.Second != 0) {
		add(config.FieldError("vault.liveness_window", w.String(), "want 0 (no failsafe) or whole seconds from 1h to 8760h"))
	}

	if len(s.Sources) == 0 {
		add(config.FieldError("sources", "[]", "at least one source is needed"))
	}
	if len(s.Sources) > maxSources {
		add(config.FieldError("sources", len(s.Sources), "at most %d sources (the Vault's MAX_SOURCES)", maxSources))
	}
	type sourceKey struct {
		addr   common.Address
		market string
	}
	names, addrs := map[string]int{}, map[sourceKey]int{}
	for i, src := range s.Sources {
		p := fmt.Sprintf("sources[%d]", i)
		if strings.TrimSpace(src.Name) == "" || strings.ContainsAny(src.Name, " \t\n:/") {
			add(config.FieldError(p+".name", src.Name, "want a name without spaces, ':' or '/'"))
		} else if j, dup := names[src.Name]; dup {
			add(config.FieldError(p+".name", src.Name, "duplicate source: sources[%d] has the same name", j))
		} else {
			names[src.Name] = i
		}
		switch src.Kind {
		case KindAave, KindComet, KindERC4626, KindMorpho:
		default:
			add(config.FieldError(p+".kind", src.Kind, "unknown source kind; want %q, %q, %q or %q", KindAave, KindComet, KindERC4626, KindMorpho))
		}
		if src.Kind == KindMorpho {
			if b, err := hexutil.Decode(src.Market); err != nil || len(b) != 32 {
				add(config.FieldError(p+".market", src.Market, "want the Morpho Blue market id: 0x and 64 hex digits"))
			}
		} else if src.Market != "" {
			add(config.FieldError(p+".market", src.Market, "only a morpho source names a market"))
		}
		// Several Morpho markets share the one Morpho address: a source is its address and market.
		if a, err := address(p+".address", src.Address, false); err != nil {
			add(err)
		} else if j, dup := addrs[sourceKey{a, strings.ToLower(src.Market)}]; dup {
			what := "address"
			if src.Market != "" {
				what = "address and market"
			}
			add(config.FieldError(p+".address", src.Address, "duplicate source: sources[%d] has the same %s", j, what))
		} else {
			addrs[sourceKey{a, strings.ToLower(src.Market)}] = i
		}
		if n, ok := new(big.Int).SetString(src.AbsCap, 10); !ok || n.Sign() < 0 || n.BitLen() > 256 {
			add(config.FieldError(p+".abs_cap", src.AbsCap, "want a non-negative whole number of base units (as a string)"))
		}
		if src.RelCapBps < 0 || src.RelCapBps > 10_000 {
			add(config.FieldError(p+".rel_cap_bps", src.RelCapBps, "want 0 to 10000 basis points"))
		}
	}

	k := s.KeeperConfig
	if _, err := config.ScheduleInterval(k.Schedule, time.Now()); err != nil {
		add(fmt.Errorf("keeper_config.schedule: %w", err))
	}
	if strings.TrimSpace(k.StoragePath) == "" {
		add(config.FieldError("keeper_config.storage_path", k.StoragePath, "must not be empty"))
	}
	switch k.Signer.Kind {
	case config.SignerNone:
	case config.SignerDev, config.SignerVaultKV, config.SignerVaultPlugin:
		add(k.Signer.Validate("keeper_config.signer"))
	default:
		add(config.FieldError("keeper_config.signer.kind", k.Signer.Kind, "want %q, %q, %q or %q",
			config.SignerNone, config.SignerDev, config.SignerVaultKV, config.SignerVaultPlugin))
	}
	return errors.Join(errs...)
}

// Hash identifies the spec in the journal: keccak256 of its canonical
// content (every field but the RPC URL, the confirmations and the signer,
// which may change between runs without changing what is deployed).
func (s *Spec) Hash() common.Hash {
	var b strings.Builder
	g := s.Governance
	fmt.Fprintf(&b, "delay=%d;proposers=%s;executors=%s;guardian=%s;keeper=%s;",
		int64(g.Delay.D()/time.Second), lowerAll(g.Proposers), lowerAll(g.Executors), strings.ToLower(g.Guardian), strings.ToLower(s.Keeper))
	v := s.Vault
	fmt.Fprintf(&b, "asset=%s;name=%q;symbol=%q;min_idle=%d;max_loss=%d;turnover=%d;cooldown=%d;liveness=%d;",
		strings.ToLower(v.Asset), v.Name, v.Symbol, v.MinIdleBps, v.MaxLossBps, v.MaxTurnoverBps, int64(v.Cooldown.D()), int64(v.LivenessWindow.D()))
	for _, src := range s.Sources {
		fmt.Fprintf(&b, "source=%q,%s,%s,%s,%d;", src.Name, src.Kind, strings.ToLower(src.Address), src.AbsCap, src.RelCapBps)
	}
	return crypto.Keccak256Hash([]byte(b.String()))
}

func lowerAll(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = strings.ToLower(x)
	}
	return strings.Join(out, ",")
}
