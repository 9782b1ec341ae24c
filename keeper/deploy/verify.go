package deploy

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/contracts"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// artifact is the part of a committed artifact verification reads.
type artifact struct {
	DeployedBytecode    string `json:"deployedBytecode"`
	ImmutableReferences []struct {
		Start  int `json:"start"`
		Length int `json:"length"`
	} `json:"immutableReferences"`
}

func loadArtifact(contract string) (code []byte, a artifact, err error) {
	raw, err := contracts.Artifact(contract)
	if err != nil {
		return nil, a, err
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, a, fmt.Errorf("reading the %s artifact: %w", contract, err)
	}
	code, err = hexutil.Decode(a.DeployedBytecode)
	if err != nil {
		return nil, a, fmt.Errorf("decoding the %s artifact's runtime code: %w", contract, err)
	}
	return code, a, nil
}

// CodeMatches reports whether code (a contract's runtime code on-chain) is
// the committed artifact's: byte for byte, except the immutables its
// constructor wrote, which solc leaves zero in the artifact.
func CodeMatches(contract string, code []byte) (bool, error) {
	want, a, err := loadArtifact(contract)
	if err != nil {
		return false, err
	}
	if len(code) != len(want) {
		return false, nil
	}
	masked := append([]byte(nil), code...)
	for _, r := range a.ImmutableReferences {
		if r.Start < 0 || r.Length < 0 || r.Start+r.Length > len(masked) {
			return false, fmt.Errorf("the %s artifact's immutable reference %d+%d is outside its code", contract, r.Start, r.Length)
		}
		clear(masked[r.Start : r.Start+r.Length])
	}
	return bytes.Equal(masked, want), nil
}

func artifactCodeHash(contract string) (common.Hash, error) {
	code, _, err := loadArtifact(contract)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(code), nil
}

// VerifyChain is what Verify reads; *ethclient.Client satisfies it.
type VerifyChain interface {
	bind.ContractCaller
	ChainID(ctx context.Context) (*big.Int, error)
	TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error)
}

// Check is one verified property.
type Check struct {
	What string `json:"what"`
	OK   bool   `json:"ok"`
	// Detail says what was found when the check failed.
	Detail string `json:"detail,omitempty"`
}

// Verify re-checks a deployment against the chain: code against the
// committed artifacts (and the code hash recorded at deployment), creation
// receipts, the timelock's delay and roles (the deployer keeps no admin
// role), the registry's owner, the vault's roles, limits and sources with
// their caps, and each adapter's vault, asset and protocol market. It
// returns every check; the error lists the failed ones.
func Verify(ctx context.Context, chain VerifyChain, dep *Deployment) ([]Check, error) {
	var checks []Check
	check := func(what string, ok bool, detail string, args ...any) {
		c := Check{What: what, OK: ok}
		if !ok {
			c.Detail = fmt.Sprintf(detail, args...)
		}
		checks = append(checks, c)
	}
	fail := func(what string, err error) { check(what, false, "%v", err) }
	call := &bind.CallOpts{Context: ctx}

	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the chain id: %w", err)
	}
	if id.Uint64() != dep.ChainID || !id.IsUint64() {
		return nil, fmt.Errorf("deployment.json is for chain %d, the node is chain %s", dep.ChainID, id)
	}
	addrOf := map[string]common.Address{}
	for _, c := range dep.Contracts {
		addrOf[c.Key] = common.HexToAddress(c.Address)
		what := fmt.Sprintf("%s (%s at %s) runs the committed artifact's code", c.Key, c.Contract, c.Address)
		code, err := chain.CodeAt(ctx, common.HexToAddress(c.Address), nil)
		if err != nil {
			fail(what, err)
			continue
		}
		ok, err := CodeMatches(c.Contract, code)
		switch {
		case err != nil:
			fail(what, err)
		case len(code) == 0:
			check(what, false, "no code at the address")
		default:
			check(what, ok, "the code differs from the artifact beyond its immutables")
		}
		if h := crypto.Keccak256Hash(code).Hex(); len(code) > 0 {
			check(c.Key+" code hash is the one recorded at deployment", strings.EqualFold(h, c.CodeHash), "on-chain %s, recorded %s", h, c.CodeHash)
		}
		if c.TxHash != "" {
			what := fmt.Sprintf("%s was created by %s in block %d", c.Key, c.TxHash, c.Block)
			r, err := chain.TransactionReceipt(ctx, common.HexToHash(c.TxHash))
			if err != nil {
				fail(what, err)
			} else {
				check(what, r.Status == 1 && r.ContractAddress == common.HexToAddress(c.Address) && r.BlockNumber.Uint64() == c.Block,
					"receipt: status %d, contract %s, block %s", r.Status, r.ContractAddress.Hex(), r.BlockNumber)
			}
		}
	}

	timelock, registry, vault := addrOf[KeyTimelock], addrOf[KeyRegistry], addrOf[KeyVault]
	g := dep.Governance
	if tl, err := bindings.NewTimelockControllerCaller(timelock, chain); err != nil {
		fail("timelock", err)
	} else {
		if d, err := tl.GetMinDelay(call); err != nil {
			fail("timelock delay", err)
		} else {
			check(fmt.Sprintf("timelock delay is %ds", g.DelaySeconds), d.Cmp(big.NewInt(g.DelaySeconds)) == 0, "it is %ss", d)
		}
		roles := map[string][32]byte{}
		for _, r := range []struct {
			name string
			fn   func(*bind.CallOpts) ([32]byte, error)
		}{{"PROPOSER_ROLE", tl.PROPOSERROLE}, {"EXECUTOR_ROLE", tl.EXECUTORROLE}, {"CANCELLER_ROLE", tl.CANCELLERROLE}, {"DEFAULT_ADMIN_ROLE", tl.DEFAULTADMINROLE}} {
			v, err := r.fn(call)
			if err != nil {
				fail("timelock "+r.name, err)
				continue
			}
			roles[r.name] = v
		}
		has := func(role string, who common.Address, want bool, label string) {
			what := fmt.Sprintf("%s %s %s on the timelock", label, map[bool]string{true: "holds", false: "does not hold"}[want], role)
			got, err := tl.HasRole(call, roles[role], who)
			if err != nil {
				fail(what, err)
				return
			}
			check(what, got == want, "%s: hasRole is %v", who.Hex(), got)
		}
		listed := map[string]map[common.Address]bool{"PROPOSER_ROLE": {}, "EXECUTOR_ROLE": {}, "CANCELLER_ROLE": {}}
		for _, p := range g.Proposers {
			a := common.HexToAddress(p)
			listed["PROPOSER_ROLE"][a], listed["CANCELLER_ROLE"][a] = true, true
			has("PROPOSER_ROLE", a, true, "proposer "+a.Hex())
			has("CANCELLER_ROLE", a, true, "proposer "+a.Hex())
		}
		for _, e := range g.Executors {
			a := common.HexToAddress(e)
			listed["EXECUTOR_ROLE"][a] = true
			has("EXECUTOR_ROLE", a, true, "executor "+a.Hex())
		}
		guardian := common.HexToAddress(g.Guardian)
		listed["CANCELLER_ROLE"][guardian] = true
		has("CANCELLER_ROLE", guardian, true, "guardian "+guardian.Hex())
		has("DEFAULT_ADMIN_ROLE", timelock, true, "the timelock itself")
		deployer := common.HexToAddress(dep.Deployer)
		has("DEFAULT_ADMIN_ROLE", deployer, false, "deployer "+deployer.Hex())
		for _, role := range []string{"PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE"} {
			if !listed[role][deployer] {
				has(role, deployer, false, "deployer "+deployer.Hex())
			}
		}
		if dep.Config.Scheduled {
			op := common.HexToHash(dep.Config.OperationID)
			ok, err := tl.IsOperation(call, op)
			if err != nil {
				fail("config approval scheduled", err)
			} else {
				check("the keeper config's approval "+dep.Config.OperationID+" is scheduled on the timelock", ok, "no such operation")
			}
		}
	}
	if reg, err := bindings.NewConfigRegistryCaller(registry, chain); err != nil {
		fail("registry", err)
	} else if owner, err := reg.Owner(call); err != nil {
		fail("registry owner", err)
	} else {
		check("the ConfigRegistry is owned by the timelock", owner == timelock, "owner is %s", owner.Hex())
	}

	v, err := bindings.NewVaultCaller(vault, chain)
	if err != nil {
		return checks, err
	}
	vr := dep.Vault
	eqAddr := func(what string, fn func(*bind.CallOpts) (common.Address, error), want common.Address) {
		got, err := fn(call)
		if err != nil {
			fail(what, err)
			return
		}
		check(what, got == want, "it is %s", got.Hex())
	}
	eqUint := func(what string, fn func(*bind.CallOpts) (*big.Int, error), want int64) {
		if want < 0 {
			return // left at the constructor's default
		}
		got, err := fn(call)
		if err != nil {
			fail(what, err)
			return
		}
		check(fmt.Sprintf("%s is %d", what, want), got.Cmp(big.NewInt(want)) == 0, "it is %s", got)
	}
	eqAddr("the vault's asset is "+vr.Asset, v.Asset, common.HexToAddress(vr.Asset))
	eqAddr("the vault's governance is the timelock", v.Governance, timelock)
	eqAddr("the vault's guardian is "+g.Guardian, v.Guardian, common.HexToAddress(g.Guardian))
	eqAddr("the vault's keeper is "+dep.Keeper, v.Keeper, common.HexToAddress(dep.Keeper))
	if name, err := v.Name(call); err != nil {
		fail("vault name", err)
	} else {
		check(fmt.Sprintf("the vault's name is %q", vr.Name), name == vr.Name, "it is %q", name)
	}
	if sym, err := v.Symbol(call); err != nil {
		fail("vault symbol", err)
	} else {
		check(fmt.Sprintf("the vault's symbol is %q", vr.Symbol), sym == vr.Symbol, "it is %q", sym)
	}
	eqUint("minIdleBps", v.MinIdleBps, vr.MinIdleBps)
	eqUint("maxLossBps", v.MaxLossBps, vr.MaxLossBps)
	eqUint("maxTurnoverBps", v.MaxTurnoverBps, vr.MaxTurnoverBps)
	eqUint("cooldown", v.Cooldown, vr.CooldownSeconds)
	eqUint("livenessWindow", v.LivenessWindow, vr.LivenessWindowSeconds)
	if got, err := v.GetSources(call); err != nil {
		fail("vault sources", err)
	} else {
		want := make([]common.Address, len(dep.Sources))
		for i, s := range dep.Sources {
			want[i] = common.HexToAddress(s.Adapter)
		}
		check("the vault's sources are the deployed adapters, in order", fmt.Sprint(got) == fmt.Sprint(want), "they are %v", got)
	}
	for _, s := range dep.Sources {
		ad := common.HexToAddress(s.Adapter)
		absCap, _ := new(big.Int).SetString(s.AbsCap, 10)
		if c, err := v.Caps(call, ad); err != nil {
			fail("caps of "+s.Name, err)
		} else {
			check(fmt.Sprintf("source %s's absolute cap is %s", s.Name, s.AbsCap), absCap != nil && c.Cmp(absCap) == 0, "it is %s", c)
		}
		if c, err := v.RelativeCaps(call, ad); err != nil {
			fail("relative cap of "+s.Name, err)
		} else {
			check(fmt.Sprintf("source %s's relative cap is %d bps", s.Name, s.RelCapBps), c.Cmp(big.NewInt(s.RelCapBps)) == 0, "it is %s", c)
		}
		src, err := bindings.NewSourceCaller(ad, chain)
		if err != nil {
			fail("adapter "+s.Name, err)
			continue
		}
		eqAddr(fmt.Sprintf("adapter %s serves the vault", s.Name), src.Vault, vault)
		eqAddr(fmt.Sprintf("adapter %s uses the vault's asset", s.Name), src.Asset, common.HexToAddress(vr.Asset))
		market := map[string]string{KindAave: "POOL", KindComet: "COMET", KindERC4626: "TARGET", KindMorpho: "MORPHO"}[s.Kind]
		if s.Kind == KindMorpho {
			if ma, err := bindings.NewMorphoBlueAdapterCaller(ad, chain); err != nil {
				fail("adapter "+s.Name, err)
			} else if id, err := ma.MARKETID(call); err != nil {
				fail(fmt.Sprintf("adapter %s's MARKET_ID", s.Name), err)
			} else {
				check(fmt.Sprintf("adapter %s's market is %s", s.Name, s.Market), strings.EqualFold(hexutil.Encode(id[:]), s.Market),
					"it is %s", hexutil.Encode(id[:]))
			}
		}
		if got, err := readAddress(ctx, chain, ad, adapterContract[s.Kind], market); err != nil {
			fail(fmt.Sprintf("adapter %s's %s", s.Name, market), err)
		} else {
			check(fmt.Sprintf("adapter %s's %s is %s", s.Name, market, s.Address), got == common.HexToAddress(s.Address), "it is %s", got.Hex())
		}
	}
	var failed []string
	for _, c := range checks {
		if !c.OK {
			failed = append(failed, c.What+": "+c.Detail)
		}
	}
	if len(failed) > 0 {
		return checks, fmt.Errorf("%d of %d checks failed:\n  %s", len(failed), len(checks), strings.Join(failed, "\n  "))
	}
	return checks, nil
}

// readAddress calls a no-argument address getter of contract at addr.
func readAddress(ctx context.Context, chain bind.ContractCaller, addr common.Address, contract, fn string) (common.Address, error) {
	a, err := metadata[contract].GetAbi()
	if err != nil {
		return common.Address{}, err
	}
	bc := bind.NewBoundContract(addr, *a, chain, nil, nil)
	var out []any
	if err := bc.Call(&bind.CallOpts{Context: ctx}, &out, fn); err != nil {
		return common.Address{}, err
	}
	if len(out) != 1 {
		return common.Address{}, errors.New("unexpected answer")
	}
	return *abi.ConvertType(out[0], new(common.Address)).(*common.Address), nil
}
