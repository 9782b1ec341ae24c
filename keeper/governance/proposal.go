package governance

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// The Vault's own bounds (its constants, contracts/src/VaultStorage.sol), checked before a
// proposal is made so that it cannot wait out the timelock delay only to
// revert when executed.
const (
	// MaxBps is 100% in basis points: the bound of every *Bps argument.
	MaxBps = 10_000
	// MaxFeeBps is the Vault's MAX_FEE: 20% of gains above the high-water mark.
	MaxFeeBps = 2_000
	// MaxCooldown is the Vault's MAX_COOLDOWN.
	MaxCooldown = 30 * 24 * time.Hour
)

// maxUint256 is the largest uint256 argument.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Call is one call the timelock makes when an operation executes.
type Call struct {
	Target common.Address
	// Value is the wei the timelock sends with the call (its own balance);
	// governance changes send none. Nil is zero.
	Value *big.Int
	Data  []byte
	// Description is the call in words (Describe).
	Description string
}

func (c Call) value() *big.Int {
	if c.Value == nil {
		return new(big.Int)
	}
	return c.Value
}

// Proposal is a titled list of calls that the timelock schedules and
// executes as one operation: with the schedule/execute functions for one
// call, with scheduleBatch/executeBatch for several. Its salt is derived
// from the calls (Salt), so the same calls always map to the same
// operation id (ID) whatever the title; proposing them again while that
// operation exists, or after it was executed, is refused.
//
// Make one with NewProposal or ConfigProposal; the zero Proposal has no
// calls and is refused by the Timelock.
type Proposal struct {
	title string
	calls []Call
	salt  *[32]byte // set by WithSalt
}

// NewProposal checks the calls and makes them a proposal: at least one
// call, each to a non-zero target with a value between 0 and 2²⁵⁶−1. A call
// without a Description gets Describe's.
func NewProposal(title string, calls ...Call) (Proposal, error) {
	if strings.TrimSpace(title) == "" {
		return Proposal{}, fmt.Errorf("governance: proposal title %q: must not be empty", title)
	}
	if len(calls) == 0 {
		return Proposal{}, fmt.Errorf("governance: proposal %q: no calls", title)
	}
	p := Proposal{title: title, calls: make([]Call, len(calls))}
	for i, c := range calls {
		if c.Target == (common.Address{}) {
			return Proposal{}, fmt.Errorf("governance: proposal %q: calls[%d].target: %q: must not be the zero address", title, i, c.Target.Hex())
		}
		v := c.value()
		if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
			return Proposal{}, fmt.Errorf("governance: proposal %q: calls[%d].value: %v: must be between 0 and 2^256-1 wei", title, i, v)
		}
		c.Value = new(big.Int).Set(v)
		c.Data = append([]byte(nil), c.Data...)
		if c.Description == "" {
			c.Description = Describe(c.Target, c.Value, c.Data)
		}
		p.calls[i] = c
	}
	return p, nil
}

// Title is the proposal's title (not recorded on-chain).
func (p Proposal) Title() string { return p.title }

// Calls returns a copy of the proposal's calls.
func (p Proposal) Calls() []Call {
	cs := make([]Call, len(p.calls))
	for i, c := range p.calls {
		c.Value = new(big.Int).Set(c.value())
		c.Data = append([]byte(nil), c.Data...)
		cs[i] = c
	}
	return cs
}

// String is the title and one numbered line per call.
func (p Proposal) String() string {
	var b strings.Builder
	b.WriteString(p.title)
	for i, c := range p.calls {
		fmt.Fprintf(&b, "\n  %d. %s", i+1, c.Description)
	}
	return b.String()
}

// batch splits the calls into the timelock's parallel arrays.
func (p Proposal) batch() (targets []common.Address, values []*big.Int, payloads [][]byte) {
	for _, c := range p.calls {
		targets = append(targets, c.Target)
		values = append(values, c.value())
		payloads = append(payloads, c.Data)
	}
	return targets, values, payloads
}

var (
	abiAddress   = mustType("address")
	abiUint256   = mustType("uint256")
	abiBytes     = mustType("bytes")
	abiBytes32   = mustType("bytes32")
	abiAddresses = mustType("address[]")
	abiUint256s  = mustType("uint256[]")
	abiBytesList = mustType("bytes[]")
)

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic("governance: ABI type " + t + ": " + err.Error()) // a fixed, valid type name
	}
	return typ
}

func args(types ...abi.Type) abi.Arguments {
	a := make(abi.Arguments, len(types))
	for i, t := range types {
		a[i] = abi.Argument{Type: t}
	}
	return a
}

// mustPack encodes values NewProposal has checked, which cannot fail.
func mustPack(a abi.Arguments, values ...any) []byte {
	enc, err := a.Pack(values...)
	if err != nil {
		panic("governance: encoding checked values: " + err.Error())
	}
	return enc
}

// WithSalt returns p with salt s instead of the one derived from its calls.
// Proposing calls that were executed before (a rollback to an earlier
// config, the same cap set again) needs a new operation id, hence a new
// salt; executing an operation needs the salt it was scheduled with.
func (p Proposal) WithSalt(s [32]byte) Proposal {
	p.salt = &s
	return p
}

// Salt is the salt set by WithSalt, else keccak256(abi.encode(targets,
// values, payloads)) of the calls: the same calls, in the same order, always
// have the same derived salt.
func (p Proposal) Salt() [32]byte {
	if p.salt != nil {
		return *p.salt
	}
	targets, values, payloads := p.batch()
	return crypto.Keccak256Hash(mustPack(args(abiAddresses, abiUint256s, abiBytesList), targets, values, payloads))
}

// ID is the timelock operation id, computed as the TimelockController
// does with a zero predecessor and Salt: hashOperation for one call,
// hashOperationBatch for several.
func (p Proposal) ID() [32]byte {
	salt := p.Salt()
	if len(p.calls) == 1 {
		c := p.calls[0]
		return crypto.Keccak256Hash(mustPack(args(abiAddress, abiUint256, abiBytes, abiBytes32, abiBytes32),
			c.Target, c.value(), c.Data, [32]byte{}, salt))
	}
	targets, values, payloads := p.batch()
	return crypto.Keccak256Hash(mustPack(args(abiAddresses, abiUint256s, abiBytesList, abiBytes32, abiBytes32),
		targets, values, payloads, [32]byte{}, salt))
}

// The contracts a call is decoded against, in this order.
var (
	abiVault    = mustABI(bindings.VaultMetaData)
	abiRegistry = mustABI(bindings.ConfigRegistryMetaData)
	abiTimelock = mustABI(bindings.TimelockControllerMetaData)
	knownABIs   = []namedABI{{"Vault", abiVault}, {"ConfigRegistry", abiRegistry}, {"TimelockController", abiTimelock}}
)

// namedABI is a contract's ABI with the contract's name.
type namedABI struct {
	name string
	abi  *abi.ABI
}

func mustABI(md *bind.MetaData) *abi.ABI {
	a, err := md.GetAbi()
	if err != nil {
		panic("governance: generated ABI: " + err.Error()) // generated, cannot fail
	}
	return a
}

// decodedCall is a call's data decoded against one of the known ABIs.
type decodedCall struct {
	contract string // "Vault", "ConfigRegistry", "TimelockController"
	method   *abi.Method
	args     []any
}

// decode finds the function data calls in the known ABIs and unpacks its
// arguments; ok is false when none has it or the arguments do not unpack.
func decode(data []byte) (d decodedCall, ok bool) {
	if len(data) < 4 {
		return decodedCall{}, false
	}
	for _, k := range knownABIs {
		m, err := k.abi.MethodById(data[:4])
		if err != nil {
			continue
		}
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			return decodedCall{}, false
		}
		return decodedCall{contract: k.name, method: m, args: vals}, true
	}
	return decodedCall{}, false
}

// DecodedCall is a call's data decoded against the Vault's, the
// ConfigRegistry's or the TimelockController's ABI, each argument named,
// typed and formatted as Describe writes it.
type DecodedCall struct {
	Contract  string `json:"contract"`  // "Vault", "ConfigRegistry", "TimelockController"
	Function  string `json:"function"`  // e.g. "setCaps"
	Signature string `json:"signature"` // e.g. "setCaps(address,uint256,uint256)"
	Args      []Arg  `json:"args"`
}

// Arg is a decoded argument.
type Arg struct {
	Name  string `json:"name"`
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Decode decodes a call's data; ok is false when no known ABI has its
// selector or its arguments do not unpack.
func Decode(data []byte) (DecodedCall, bool) {
	d, ok := decode(data)
	if !ok {
		return DecodedCall{}, false
	}
	out := DecodedCall{Contract: d.contract, Function: d.method.RawName, Signature: d.method.Sig, Args: make([]Arg, len(d.args))}
	for i, a := range d.args {
		in := d.method.Inputs[i]
		out.Args[i] = Arg{Name: strings.Trim(in.Name, "_"), Type: in.Type.String(), Value: formatArg(a)}
	}
	return out, true
}

// Describe renders a call in words: the contract and function its data
// decodes to (the Vault's, the ConfigRegistry's or the TimelockController's
// ABI) with its named arguments, e.g.
//
//	Vault 0x5FbD….setCaps(source: 0xe7f1…, absoluteCap: 2500000000000, relativeCapBps: 5000)
//
// or the target, selector and length when it decodes to none of them.
// Amounts are in the units the contract takes (asset base units, basis
// points, seconds).
func Describe(target common.Address, value *big.Int, data []byte) string {
	var s string
	if d, ok := Decode(data); ok {
		parts := make([]string, len(d.Args))
		for i, a := range d.Args {
			parts[i] = a.Name + ": " + a.Value
		}
		s = fmt.Sprintf("%s %s.%s(%s)", d.Contract, target.Hex(), d.Function, strings.Join(parts, ", "))
	} else if len(data) >= 4 {
		s = fmt.Sprintf("call to %s: unknown function 0x%x (%d bytes of calldata)", target.Hex(), data[:4], len(data))
	} else {
		s = fmt.Sprintf("call to %s with %d bytes of calldata", target.Hex(), len(data))
	}
	if value != nil && value.Sign() != 0 {
		s += fmt.Sprintf(" sending %v wei", value)
	}
	return s
}

func formatArg(a any) string {
	switch v := a.(type) {
	case common.Address:
		return v.Hex()
	case [32]byte:
		return fmt.Sprintf("0x%x", v)
	case []byte:
		return fmt.Sprintf("0x%x", v)
	case string:
		return fmt.Sprintf("%q", v)
	case []common.Address:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = x.Hex()
		}
		return "[" + strings.Join(parts, ", ") + "]"
	default:
		return fmt.Sprint(v)
	}
}

// argError names the function, the argument and its bad value.
func argError(fn, arg string, value any, format string, a ...any) error {
	if s, ok := value.(string); ok {
		value = fmt.Sprintf("%q", s)
	}
	return fmt.Errorf("governance: %s: %s: %v: %s", fn, arg, value, fmt.Sprintf(format, a...))
}

func nonZero(fn, arg string, a common.Address) error {
	if a == (common.Address{}) {
		return argError(fn, arg, a.Hex(), "must not be the zero address")
	}
	return nil
}

func checkBps(fn, arg string, bps, limit uint64) error {
	if bps > limit {
		return argError(fn, arg, bps, "must be at most %d basis points (%g%%)", limit, float64(limit)/100)
	}
	return nil
}

func checkAmount(fn, arg string, v *big.Int) error {
	if v == nil {
		return argError(fn, arg, nil, "required")
	}
	if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
		return argError(fn, arg, v, "must be between 0 and 2^256-1 (asset base units)")
	}
	return nil
}

// call encodes fn on a with checked arguments into a described Call.
func call(a *abi.ABI, target common.Address, fn string, values ...any) (Call, error) {
	data, err := a.Pack(fn, values...)
	if err != nil {
		return Call{}, fmt.Errorf("governance: encoding %s: %w", fn, err)
	}
	return Call{Target: target, Value: new(big.Int), Data: data, Description: Describe(target, nil, data)}, nil
}

// SetConfig is ConfigRegistry.setConfig(cfg.GovernedHash(), uri) on the
// registry: it approves cfg's governed part for the keeper.
func SetConfig(registry common.Address, cfg *config.Config, uri string) (Call, error) {
	const fn = "setConfig"
	if err := nonZero(fn, "registry", registry); err != nil {
		return Call{}, err
	}
	if cfg == nil {
		return Call{}, argError(fn, "cfg", nil, "a config is required")
	}
	return call(abiRegistry, registry, fn, cfg.GovernedHash(), uri)
}

// ConfigProposal proposes SetConfig: approving cfg's governed part, whose
// document is published at uri.
func ConfigProposal(registry common.Address, cfg *config.Config, uri string) (Proposal, error) {
	c, err := SetConfig(registry, cfg, uri)
	if err != nil {
		return Proposal{}, err
	}
	return NewProposal(fmt.Sprintf("approve governed config 0x%x", cfg.GovernedHash()), c)
}

// AddSource is Vault.addSource: it registers the adapter source with an
// absolute cap (asset base units) and a relative cap (basis points of total
// assets, ≤ 10000) and appends it to the withdraw queue.
func AddSource(vault, source common.Address, absoluteCap *big.Int, relativeCapBps uint64) (Call, error) {
	return capsCall("addSource", vault, source, absoluteCap, relativeCapBps)
}

// RemoveSource is Vault.removeSource: it withdraws whatever the source still
// holds into idle and deregisters it (the vault reverts if more than 2 base
// units of it cannot be paid out).
func RemoveSource(vault, source common.Address) (Call, error) {
	const fn = "removeSource"
	if err := errors.Join(nonZero(fn, "vault", vault), nonZero(fn, "source", source)); err != nil {
		return Call{}, err
	}
	return call(abiVault, vault, fn, source)
}

// SetCaps is Vault.setCaps: both caps of a registered source, raised or
// lowered (the guardian can lower them without the timelock).
func SetCaps(vault, source common.Address, absoluteCap *big.Int, relativeCapBps uint64) (Call, error) {
	return capsCall("setCaps", vault, source, absoluteCap, relativeCapBps)
}

// capsCall is fn(source, absoluteCap, relativeCapBps) on the vault.
func capsCall(fn string, vault, source common.Address, absoluteCap *big.Int, relativeCapBps uint64) (Call, error) {
	if err := errors.Join(nonZero(fn, "vault", vault), nonZero(fn, "source", source),
		checkAmount(fn, "absoluteCap", absoluteCap), checkBps(fn, "relativeCapBps", relativeCapBps, MaxBps)); err != nil {
		return Call{}, err
	}
	return call(abiVault, vault, fn, source, absoluteCap, new(big.Int).SetUint64(relativeCapBps))
}

// SetMinIdleBps is Vault.setMinIdleBps: the share of total assets a
// rebalance must leave idle (basis points, ≤ 10000).
func SetMinIdleBps(vault common.Address, bps uint64) (Call, error) {
	return setBps(vault, "setMinIdleBps", "newMinIdleBps", bps, MaxBps)
}

// SetMaxLossBps is Vault.setMaxLossBps: the largest drop of total assets
// one rebalance may cause (basis points, ≤ 10000).
func SetMaxLossBps(vault common.Address, bps uint64) (Call, error) {
	return setBps(vault, "setMaxLossBps", "newMaxLossBps", bps, MaxBps)
}

// SetFee is Vault.setFee: the performance fee on gains above the
// high-water mark (basis points, ≤ MaxFeeBps). A non-zero fee needs the
// vault's fee recipient to be set.
func SetFee(vault common.Address, feeBps uint64) (Call, error) {
	return setBps(vault, "setFee", "newFee", feeBps, MaxFeeBps)
}

func setBps(vault common.Address, fn, arg string, bps, limit uint64) (Call, error) {
	if err := errors.Join(nonZero(fn, "vault", vault), checkBps(fn, arg, bps, limit)); err != nil {
		return Call{}, err
	}
	return call(abiVault, vault, fn, new(big.Int).SetUint64(bps))
}

// SetCooldown is Vault.setCooldown: the least time between two rebalances,
// in whole seconds, at most MaxCooldown; 0 allows a rebalance every block.
func SetCooldown(vault common.Address, cooldown time.Duration) (Call, error) {
	const fn = "setCooldown"
	var err error
	switch {
	case cooldown < 0 || cooldown > MaxCooldown:
		err = argError(fn, "newCooldown", cooldown, "must be between 0s and %v", MaxCooldown)
	case cooldown%time.Second != 0:
		err = argError(fn, "newCooldown", cooldown, "must be whole seconds (the vault counts seconds)")
	}
	if err = errors.Join(nonZero(fn, "vault", vault), err); err != nil {
		return Call{}, err
	}
	return call(abiVault, vault, fn, big.NewInt(int64(cooldown/time.Second)))
}
