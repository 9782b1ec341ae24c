package deploy

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Contract names (artifact names in contracts/artifacts) of what is deployed.
const (
	ContractTimelock = "TimelockController"
	ContractRegistry = "ConfigRegistry"
	ContractVault    = "Vault"
)

// adapterContract is the adapter artifact for a source kind.
var adapterContract = map[string]string{KindAave: "AaveV3Adapter", KindComet: "CompoundV3Adapter", KindERC4626: "ERC4626Adapter",
	KindMorpho: "MorphoBlueAdapter"}

// metadata is each deployed contract's ABI and creation code.
var metadata = map[string]*bind.MetaData{
	ContractTimelock: bindings.TimelockControllerMetaData, ContractRegistry: bindings.ConfigRegistryMetaData,
	ContractVault: bindings.VaultMetaData, "AaveV3Adapter": bindings.AaveV3AdapterMetaData,
	"CompoundV3Adapter": bindings.CompoundV3AdapterMetaData, "ERC4626Adapter": bindings.ERC4626AdapterMetaData,
	"MorphoBlueAdapter": bindings.MorphoBlueAdapterMetaData,
}

// Step keys of the contracts every deployment creates; adapters are
// "adapter:<source name>".
const (
	KeyTimelock = "timelock"
	KeyRegistry = "registry"
	KeyVault    = "vault"
)

// AdapterKey is the step (and deployment.json contract) key of a source's adapter.
func AdapterKey(source string) string { return "adapter:" + source }

// addrs are the contracts deployed so far, by step key.
type addrs map[string]common.Address

// step is one transaction of a deployment.
type step struct {
	key  string
	what string
	// contract is the artifact a creation deploys; "" for a call.
	contract string
	// build returns the call's target and calldata, or a creation's init
	// code (target ignored), from the contracts deployed before it.
	build func(ctx context.Context, a addrs) (common.Address, []byte, error)
	// done reports whether a call's effect is already on-chain (a run
	// before a crash, or someone else, made it): it is then not sent.
	done func(ctx context.Context, a addrs) (bool, error)
	// gas is the dry run's figure for a call, which cannot be estimated
	// before the contracts it calls exist (measured on the local market,
	// rounded up; a test checks the real figures stay below).
	gas uint64
}

// creation builds a step deploying contract with constructor arguments.
func creation(key, what, contract string, args func(a addrs) ([]any, error)) step {
	return step{key: key, what: what, contract: contract, build: func(_ context.Context, a addrs) (common.Address, []byte, error) {
		code, err := initCode(contract, a, args)
		return common.Address{}, code, err
	}}
}

func initCode(contract string, a addrs, args func(a addrs) ([]any, error)) ([]byte, error) {
	md := metadata[contract]
	parsed, err := md.GetAbi()
	if err != nil {
		return nil, fmt.Errorf("reading the %s ABI: %w", contract, err)
	}
	values, err := args(a)
	if err != nil {
		return nil, err
	}
	packed, err := parsed.Pack("", values...)
	if err != nil {
		return nil, fmt.Errorf("encoding the %s constructor: %w", contract, err)
	}
	bin, err := hexutil.Decode(md.Bin)
	if err != nil {
		return nil, fmt.Errorf("decoding the %s creation code: %w", contract, err)
	}
	return append(bin, packed...), nil
}

var (
	timelockABI = mustABI(bindings.TimelockControllerMetaData)
	vaultABI    = mustABI(bindings.VaultMetaData)
)

func mustABI(md *bind.MetaData) *abi.ABI {
	a, err := md.GetAbi()
	if err != nil {
		panic("deploy: generated ABI does not parse: " + err.Error())
	}
	return a
}

// call builds a step calling fn on the contract deployed by step target.
func call(key, what, target string, a *abi.ABI, fn string, gas uint64, args func(a addrs) ([]any, error),
	done func(ctx context.Context, a addrs) (bool, error)) step {
	return step{key: key, what: what, gas: gas, done: done, build: func(_ context.Context, ad addrs) (common.Address, []byte, error) {
		values, err := args(ad)
		if err != nil {
			return common.Address{}, nil, err
		}
		data, err := a.Pack(fn, values...)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("encoding %s: %w", fn, err)
		}
		return ad[target], data, nil
	}}
}

// morphoAdapterCreation deploys a MorphoBlueAdapter for src: its
// constructor takes the market's parameters, read from Morpho (by the
// market id of the spec) when the step is built.
func (d *Deployer) morphoAdapterCreation(key string, src parsedSource, asset common.Address) step {
	contract := adapterContract[KindMorpho]
	return step{key: key, what: fmt.Sprintf("deploy the morpho adapter for source %s (market %s on %s)", src.Name, src.Market, src.addr.Hex()),
		contract: contract, build: func(ctx context.Context, a addrs) (common.Address, []byte, error) {
			mp, err := morphoMarket(&bind.CallOpts{Context: ctx}, d.chain, "sources."+src.Name+".market", src.addr, src.Market, asset)
			if err != nil {
				return common.Address{}, nil, err
			}
			code, err := initCode(contract, a, func(a addrs) ([]any, error) { return []any{a[KeyVault], src.addr, mp}, nil })
			return common.Address{}, code, err
		}}
}

// parsed is a validated spec's values as chain types.
type parsed struct {
	delay     *big.Int
	proposers []common.Address
	executors []common.Address
	guardian  common.Address
	keeper    common.Address
	asset     common.Address
	sources   []parsedSource
}

type parsedSource struct {
	SourceSpec
	addr   common.Address
	absCap *big.Int
}

func (s *Spec) parse() parsed {
	hexes := func(xs []string) []common.Address {
		out := make([]common.Address, len(xs))
		for i, x := range xs {
			out[i] = common.HexToAddress(x)
		}
		return out
	}
	p := parsed{delay: big.NewInt(int64(s.Governance.Delay.D() / time.Second)), proposers: hexes(s.Governance.Proposers),
		executors: hexes(s.Governance.Executors), guardian: common.HexToAddress(s.Governance.Guardian),
		keeper: common.HexToAddress(s.Keeper), asset: common.HexToAddress(s.Vault.Asset)}
	for _, src := range s.Sources {
		n, _ := new(big.Int).SetString(src.AbsCap, 10)
		p.sources = append(p.sources, parsedSource{SourceSpec: src, addr: common.HexToAddress(src.Address), absCap: n})
	}
	return p
}

// plan lists the steps of deploying s from deployer. The vault is created
// with the deployer as its governance so that the sources and limits are
// set at once, then governance is handed to the timelock; the deployer
// renounces the timelock's admin role last. What remains with the deployer
// afterwards is only what the spec gives it (a proposer or executor role).
func (d *Deployer) plan() []step {
	p := d.spec.parse()
	deployer := d.from
	var steps []step
	steps = append(steps, creation(KeyTimelock, "deploy the governance TimelockController", ContractTimelock, func(addrs) ([]any, error) {
		// The deployer is the admin only until the roles are wired.
		return []any{p.delay, p.proposers, p.executors, deployer}, nil
	}))
	steps = append(steps, d.roleStep("timelock.grant-canceller", "grant the guardian the timelock's CANCELLER_ROLE",
		"grantRole", "CANCELLER_ROLE", p.guardian, true))
	steps = append(steps, creation(KeyRegistry, "deploy the ConfigRegistry, owned by the timelock", ContractRegistry, func(a addrs) ([]any, error) {
		return []any{a[KeyTimelock]}, nil
	}))
	steps = append(steps, creation(KeyVault, "deploy the Vault (governance: the deployer until the hand-over)", ContractVault, func(addrs) ([]any, error) {
		v := d.spec.Vault
		return []any{p.asset, v.Name, v.Symbol, deployer, p.guardian, p.keeper, big.NewInt(v.MinIdleBps)}, nil
	}))
	for _, src := range p.sources {
		src := src
		key := AdapterKey(src.Name)
		if src.Kind == KindMorpho {
			steps = append(steps, d.morphoAdapterCreation(key, src, p.asset))
			continue
		}
		steps = append(steps, creation(key, fmt.Sprintf("deploy the %s adapter for source %s (%s)", src.Kind, src.Name, src.addr.Hex()),
			adapterContract[src.Kind], func(a addrs) ([]any, error) {
				if src.Kind == KindERC4626 {
					return []any{a[KeyVault], src.addr}, nil
				}
				return []any{a[KeyVault], src.addr, p.asset}, nil
			}))
	}
	for _, src := range p.sources {
		src := src
		key := AdapterKey(src.Name)
		steps = append(steps, call("vault.add-source:"+src.Name, fmt.Sprintf("add source %s (abs cap %s, rel cap %d bps)", src.Name, src.absCap, src.RelCapBps),
			KeyVault, vaultABI, "addSource", 220_000, func(a addrs) ([]any, error) {
				return []any{a[key], src.absCap, big.NewInt(src.RelCapBps)}, nil
			}, func(ctx context.Context, a addrs) (bool, error) {
				return d.vaultBool(ctx, a, "isSource", a[key])
			}))
	}
	v := d.spec.Vault
	limit := func(key, fn string, value int64) {
		steps = append(steps, call("vault."+key, fmt.Sprintf("%s(%d)", fn, value), KeyVault, vaultABI, fn, 60_000,
			func(addrs) ([]any, error) { return []any{big.NewInt(value)}, nil },
			func(ctx context.Context, a addrs) (bool, error) {
				getter := strings.TrimPrefix(fn, "set")
				getter = strings.ToLower(getter[:1]) + getter[1:]
				got, err := d.vaultUint(ctx, a, getter)
				return err == nil && got.Cmp(big.NewInt(value)) == 0, err
			}))
	}
	if v.MaxLossBps >= 0 {
		limit("max-loss-bps", "setMaxLossBps", v.MaxLossBps)
	}
	if v.MaxTurnoverBps >= 0 {
		limit("max-turnover-bps", "setMaxTurnoverBps", v.MaxTurnoverBps)
	}
	if v.Cooldown.D() >= 0 {
		limit("cooldown", "setCooldown", int64(v.Cooldown.D()/time.Second))
	}
	if v.LivenessWindow.D() >= 0 {
		limit("liveness-window", "setLivenessWindow", int64(v.LivenessWindow.D()/time.Second))
	}
	steps = append(steps, call("vault.set-governance", "hand the vault's governance to the timelock", KeyVault, vaultABI, "setGovernance", 60_000,
		func(a addrs) ([]any, error) { return []any{a[KeyTimelock]}, nil },
		func(ctx context.Context, a addrs) (bool, error) {
			got, err := d.vaultAddress(ctx, a, "governance")
			return err == nil && got == a[KeyTimelock], err
		}))
	steps = append(steps, d.roleStep("timelock.renounce-admin", "the deployer renounces the timelock's admin role",
		"renounceRole", "DEFAULT_ADMIN_ROLE", deployer, false))
	if d.proposes() {
		steps = append(steps, step{key: "registry.propose-config", what: "propose the keeper config for approval (timelock schedule)", gas: 120_000,
			build: func(ctx context.Context, a addrs) (common.Address, []byte, error) {
				cd, err := d.configCalldata(ctx, a)
				return a[KeyTimelock], cd.Schedule, err
			},
			done: func(ctx context.Context, a addrs) (bool, error) {
				cd, err := d.configCalldata(ctx, a)
				if err != nil {
					return false, err
				}
				tl, err := bindings.NewTimelockControllerCaller(a[KeyTimelock], d.chain)
				if err != nil {
					return false, err
				}
				return tl.IsOperation(&bind.CallOpts{Context: ctx}, cd.ID)
			}})
	}
	return steps
}

// proposes reports whether the deployer is one of the spec's proposers (it
// then schedules the keeper config's approval itself).
func (d *Deployer) proposes() bool {
	for _, p := range d.spec.Governance.Proposers {
		if common.HexToAddress(p) == d.from {
			return true
		}
	}
	return false
}

// roleStep grants (or renounces) a timelock role.
func (d *Deployer) roleStep(key, what, fn, role string, account common.Address, grant bool) step {
	roleID := func(ctx context.Context, a addrs) ([32]byte, error) {
		tl, err := bindings.NewTimelockControllerCaller(a[KeyTimelock], d.chain)
		if err != nil {
			return [32]byte{}, err
		}
		out := []any{}
		raw := &bindings.TimelockControllerCallerRaw{Contract: tl}
		if err := raw.Call(&bind.CallOpts{Context: ctx}, &out, role); err != nil {
			return [32]byte{}, fmt.Errorf("reading the timelock's %s: %w", role, err)
		}
		return *abi.ConvertType(out[0], new([32]byte)).(*[32]byte), nil
	}
	s := step{key: key, what: what, gas: 60_000}
	s.build = func(ctx context.Context, a addrs) (common.Address, []byte, error) {
		id, err := roleID(ctx, a)
		if err != nil {
			return common.Address{}, nil, err
		}
		data, err := timelockABI.Pack(fn, id, account)
		return a[KeyTimelock], data, err
	}
	s.done = func(ctx context.Context, a addrs) (bool, error) {
		id, err := roleID(ctx, a)
		if err != nil {
			return false, err
		}
		tl, err := bindings.NewTimelockControllerCaller(a[KeyTimelock], d.chain)
		if err != nil {
			return false, err
		}
		has, err := tl.HasRole(&bind.CallOpts{Context: ctx}, id, account)
		return has == grant, err
	}
	return s
}

func (d *Deployer) vaultCall(ctx context.Context, a addrs, fn string, args ...any) ([]any, error) {
	v, err := bindings.NewVaultCaller(a[KeyVault], d.chain)
	if err != nil {
		return nil, err
	}
	var out []any
	if err := (&bindings.VaultCallerRaw{Contract: v}).Call(&bind.CallOpts{Context: ctx}, &out, fn, args...); err != nil {
		return nil, fmt.Errorf("reading the vault's %s: %w", fn, err)
	}
	return out, nil
}

func (d *Deployer) vaultBool(ctx context.Context, a addrs, fn string, args ...any) (bool, error) {
	out, err := d.vaultCall(ctx, a, fn, args...)
	if err != nil {
		return false, err
	}
	return *abi.ConvertType(out[0], new(bool)).(*bool), nil
}

func (d *Deployer) vaultUint(ctx context.Context, a addrs, fn string) (*big.Int, error) {
	out, err := d.vaultCall(ctx, a, fn)
	if err != nil {
		return nil, err
	}
	return *abi.ConvertType(out[0], new(*big.Int)).(**big.Int), nil
}

func (d *Deployer) vaultAddress(ctx context.Context, a addrs, fn string) (common.Address, error) {
	out, err := d.vaultCall(ctx, a, fn)
	if err != nil {
		return common.Address{}, err
	}
	return *abi.ConvertType(out[0], new(common.Address)).(*common.Address), nil
}
