package governance

import (
	"context"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// Change is one difference a proposal makes, as a field path with the old
// and the new value, each rendered as the canonical encoding renders it
// (config.CanonicalValue: numbers bare, strings and durations quoted,
// objects as compact JSON with sorted keys).
//
// Paths of the governed part (DiffGoverned) are the YAML field names from
// "governed" down, e.g. governed.optimizer.risk_aversion. A list element is
// written with its index in brackets:
//
//   - governed.sources[1].cap: a field of a source in both lists, at index
//     1 of the new list;
//   - governed.sources[+2]: a source added at index 2 of the new list (Old
//     is empty, New the whole source);
//   - governed.sources[-0]: the source at index 0 of the old list, removed
//     (New is empty);
//   - governed.sources (order): the sources in both lists were reordered;
//     Old and New list their names in the old and the new order.
//
// Sources are matched by name, so a reordered list shows as reordered, and a
// renamed source as one removed and one added. Lists of other elements are
// matched by index.
//
// Paths of on-chain state (DiffProposal) start with the contract: vault.*
// for the Vault a call targets, registry.* for the ConfigRegistry, e.g.
// vault.sources[0xAbC…].cap_bps, vault.sources[+0xAbC…] for a source added.
type Change struct {
	Path string
	// Old and New are canonical encodings; "" means absent (an encoded
	// value is never empty: even an empty string encodes as "").
	Old, New string
}

// String is one line: `path: old → new`, with (none) for an absent side.
func (c Change) String() string {
	return c.Path + ": " + orNone(c.Old) + " → " + orNone(c.New)
}

func orNone(v string) string {
	if v == "" {
		return "(none)"
	}
	return v
}

// FormatChanges is one line (Change.String) per change, each ending in a
// newline; no changes format as "".
func FormatChanges(cs []Change) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// DiffGoverned lists what changes from old to new, walking the governed
// part by reflection over its YAML field names as the canonical encoding
// does (fields in sorted name order, so in the order the encoding has
// them): one Change per differing leaf field, per added or removed list
// element, and per reordered list (see Change for the paths). It is empty
// exactly when both parts have the same canonical encoding, i.e. the same
// GovernedHash.
func DiffGoverned(old, new config.Governed) []Change {
	var out []Change
	diffValue("governed", reflect.ValueOf(old), reflect.ValueOf(new), &out)
	return out
}

func canon(v reflect.Value) string { return string(config.CanonicalValue(v.Interface())) }

func diffValue(path string, old, new reflect.Value, out *[]Change) {
	switch {
	case old.Kind() == reflect.Struct:
		for _, f := range yamlFields(old.Type()) {
			diffValue(path+"."+f.name, old.Field(f.index), new.Field(f.index), out)
		}
	case old.Kind() == reflect.Slice:
		diffSlice(path, old, new, out)
	default:
		if o, n := canon(old), canon(new); o != n {
			*out = append(*out, Change{Path: path, Old: o, New: n})
		}
	}
}

type yamlField struct {
	name  string
	index int
}

// yamlFields are t's fields with a YAML name, sorted by name.
func yamlFields(t reflect.Type) []yamlField {
	var fs []yamlField
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			fs = append(fs, yamlField{name, i})
		}
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].name < fs[j].name })
	return fs
}

// nameOf returns the element's yaml "name" field, if it is a struct with one.
func nameOf(v reflect.Value) (string, bool) {
	if v.Kind() != reflect.Struct {
		return "", false
	}
	for _, f := range yamlFields(v.Type()) {
		if f.name == "name" && v.Field(f.index).Kind() == reflect.String {
			return v.Field(f.index).String(), true
		}
	}
	return "", false
}

// diffSlice reports removed elements (old order), then a reorder of the
// kept ones, then each kept or added element in the new order. Elements
// with a name are matched by it (the k-th of a name with the k-th); others
// by index.
func diffSlice(path string, old, new reflect.Value, out *[]Change) {
	if _, named := nameOf(reflect.New(old.Type().Elem()).Elem()); !named {
		for i := 0; i < max(old.Len(), new.Len()); i++ {
			switch {
			case i >= new.Len():
				*out = append(*out, Change{Path: fmt.Sprintf("%s[-%d]", path, i), Old: canon(old.Index(i))})
			case i >= old.Len():
				*out = append(*out, Change{Path: fmt.Sprintf("%s[+%d]", path, i), New: canon(new.Index(i))})
			default:
				diffValue(fmt.Sprintf("%s[%d]", path, i), old.Index(i), new.Index(i), out)
			}
		}
		return
	}
	// match[j] is the old index of new element j, or -1 when it is added.
	unmatched := map[string][]int{}
	for i := 0; i < old.Len(); i++ {
		n, _ := nameOf(old.Index(i))
		unmatched[n] = append(unmatched[n], i)
	}
	match := make([]int, new.Len())
	kept := make([]bool, old.Len())
	for j := range match {
		n, _ := nameOf(new.Index(j))
		if q := unmatched[n]; len(q) > 0 {
			match[j], unmatched[n] = q[0], q[1:]
			kept[q[0]] = true
		} else {
			match[j] = -1
		}
	}
	for i := 0; i < old.Len(); i++ {
		if !kept[i] {
			*out = append(*out, Change{Path: fmt.Sprintf("%s[-%d]", path, i), Old: canon(old.Index(i))})
		}
	}
	var oldOrder, newOrder []string
	for i := 0; i < old.Len(); i++ {
		if kept[i] {
			n, _ := nameOf(old.Index(i))
			oldOrder = append(oldOrder, n)
		}
	}
	reordered := false
	for j, i := range match {
		if i < 0 {
			continue
		}
		n, _ := nameOf(new.Index(j))
		reordered = reordered || oldOrder[len(newOrder)] != n
		newOrder = append(newOrder, n)
	}
	if reordered {
		*out = append(*out, Change{Path: path + " (order)", Old: string(config.CanonicalValue(oldOrder)), New: string(config.CanonicalValue(newOrder))})
	}
	for j, i := range match {
		if i < 0 {
			*out = append(*out, Change{Path: fmt.Sprintf("%s[+%d]", path, j), New: canon(new.Index(j))})
		} else {
			diffValue(fmt.Sprintf("%s[%d]", path, j), old.Index(i), new.Index(j), out)
		}
	}
}

// DiffProposal lists what p would change on-chain if executed now: for each
// call, the value it sets against the current one read from the call's
// target (or set by an earlier call of p), in Change's format:
//
//	vault.sources[+0x…]          addSource: (none) → {"cap":…,"cap_bps":…}
//	vault.sources[-0x…]          removeSource: {"cap":…,"cap_bps":…} → (none)
//	vault.sources[0x…].cap       setCaps: absolute cap, asset base units
//	vault.sources[0x…].cap_bps   setCaps: relative cap, basis points
//	vault.min_idle_bps, vault.max_loss_bps, vault.fee_bps
//	vault.cooldown               a duration, e.g. "1h0m0s"
//	registry.config_hash, registry.uri
//
// A call that sets what is already there adds no line. A call the target
// would refuse as things stand (adding a registered source, removing or
// capping an unknown one, a fee without a fee recipient) and a call of
// any other function are errors naming the call.
func DiffProposal(ctx context.Context, caller bind.ContractCaller, p Proposal) ([]Change, error) {
	v := &chainView{ctx: ctx, caller: caller, vals: map[string]string{}, sources: map[string]*sourceCaps{}}
	var out []Change
	for i, c := range p.calls {
		cs, err := v.apply(c)
		if err != nil {
			return nil, fmt.Errorf("governance: diffing %q: calls[%d] %s: %w", p.title, i, c.Description, err)
		}
		out = append(out, cs...)
	}
	return out, nil
}

// chainView is the on-chain state a proposal's calls read, as changed by
// its earlier calls. Keys carry the target's address.
type chainView struct {
	ctx     context.Context
	caller  bind.ContractCaller
	vals    map[string]string
	sources map[string]*sourceCaps
}

type sourceCaps struct {
	registered bool
	cap, bps   *big.Int
}

func (s *sourceCaps) canonical() string {
	return fmt.Sprintf(`{"cap":%v,"cap_bps":%v}`, s.cap, s.bps)
}

func (v *chainView) call() *bind.CallOpts { return &bind.CallOpts{Context: v.ctx} }

// value returns the current value at key, reading it when no earlier call set it.
func (v *chainView) value(key string, read func() (string, error)) (string, error) {
	if s, ok := v.vals[key]; ok {
		return s, nil
	}
	s, err := read()
	if err != nil {
		return "", err
	}
	v.vals[key] = s
	return s, nil
}

// set records a change of one value and returns its Change, or nothing
// when the value stays.
func (v *chainView) set(key, path, newVal string, read func() (string, error)) ([]Change, error) {
	old, err := v.value(key, read)
	if err != nil {
		return nil, err
	}
	v.vals[key] = newVal
	if old == newVal {
		return nil, nil
	}
	return []Change{{Path: path, Old: old, New: newVal}}, nil
}

func (v *chainView) source(vault *bindings.VaultCaller, target, src common.Address) (*sourceCaps, error) {
	key := target.Hex() + "/" + src.Hex()
	if s, ok := v.sources[key]; ok {
		return s, nil
	}
	s := &sourceCaps{}
	var err error
	if s.registered, err = vault.IsSource(v.call(), src); err != nil {
		return nil, fmt.Errorf("reading isSource(%s) from vault %s: %w", src.Hex(), target.Hex(), err)
	}
	if s.cap, err = vault.Caps(v.call(), src); err != nil {
		return nil, fmt.Errorf("reading caps(%s) from vault %s: %w", src.Hex(), target.Hex(), err)
	}
	if s.bps, err = vault.RelativeCaps(v.call(), src); err != nil {
		return nil, fmt.Errorf("reading relativeCaps(%s) from vault %s: %w", src.Hex(), target.Hex(), err)
	}
	v.sources[key] = s
	return s, nil
}

func quoted(s string) string { return string(config.CanonicalValue(s)) }

func hashText(h [32]byte) string { return quoted(fmt.Sprintf("0x%x", h)) }

func cooldownText(secs *big.Int) string {
	if !secs.IsInt64() || secs.Int64() > int64(MaxCooldown/time.Second) {
		return secs.String() // beyond what a vault holds; shown as seconds
	}
	return string(config.CanonicalValue(config.Duration(time.Duration(secs.Int64()) * time.Second)))
}

// apply returns the changes of one call and records them.
func (v *chainView) apply(c Call) ([]Change, error) {
	d, ok := decode(c.Data)
	if !ok {
		return nil, fmt.Errorf("not a Vault or ConfigRegistry function: no diff")
	}
	t := c.Target
	switch d.contract {
	case "ConfigRegistry":
		if d.method.Name != "setConfig" {
			break
		}
		reg, err := bindings.NewConfigRegistryCaller(t, v.caller)
		if err != nil {
			return nil, fmt.Errorf("binding config registry %s: %w", t.Hex(), err)
		}
		hash, uri := d.args[0].([32]byte), d.args[1].(string)
		if hash == ([32]byte{}) {
			return nil, fmt.Errorf("the registry refuses a zero config hash")
		}
		ch, err := v.set(t.Hex()+"/configHash", "registry.config_hash", hashText(hash), func() (string, error) {
			h, err := reg.ConfigHash(v.call())
			if err != nil {
				return "", fmt.Errorf("reading configHash from registry %s: %w", t.Hex(), err)
			}
			return hashText(h), nil
		})
		if err != nil {
			return nil, err
		}
		cu, err := v.set(t.Hex()+"/uri", "registry.uri", quoted(uri), func() (string, error) {
			u, err := reg.Uri(v.call())
			if err != nil {
				return "", fmt.Errorf("reading uri from registry %s: %w", t.Hex(), err)
			}
			return quoted(u), nil
		})
		return append(ch, cu...), err
	case "Vault":
		vault, err := bindings.NewVaultCaller(t, v.caller)
		if err != nil {
			return nil, fmt.Errorf("binding vault %s: %w", t.Hex(), err)
		}
		return v.applyVault(vault, t, d)
	}
	return nil, fmt.Errorf("%s.%s: no diff for this function", d.contract, d.method.RawName)
}

func (v *chainView) applyVault(vault *bindings.VaultCaller, t common.Address, d decodedCall) ([]Change, error) {
	scalar := func(key, path, newVal string, read func(*bind.CallOpts) (*big.Int, error), render func(*big.Int) string) ([]Change, error) {
		return v.set(t.Hex()+"/"+key, path, newVal, func() (string, error) {
			x, err := read(v.call())
			if err != nil {
				return "", fmt.Errorf("reading %s from vault %s: %w", key, t.Hex(), err)
			}
			return render(x), nil
		})
	}
	decimal := func(x *big.Int) string { return x.String() }
	switch d.method.Name {
	case "addSource", "removeSource", "setCaps":
		src := d.args[0].(common.Address)
		s, err := v.source(vault, t, src)
		if err != nil {
			return nil, err
		}
		switch d.method.Name {
		case "addSource":
			if s.registered {
				return nil, fmt.Errorf("%s is already a source of vault %s", src.Hex(), t.Hex())
			}
			s.registered, s.cap, s.bps = true, d.args[1].(*big.Int), d.args[2].(*big.Int)
			return []Change{{Path: "vault.sources[+" + src.Hex() + "]", New: s.canonical()}}, nil
		case "removeSource":
			if !s.registered {
				return nil, fmt.Errorf("%s is not a source of vault %s", src.Hex(), t.Hex())
			}
			old := s.canonical()
			s.registered, s.cap, s.bps = false, new(big.Int), new(big.Int)
			return []Change{{Path: "vault.sources[-" + src.Hex() + "]", Old: old}}, nil
		default:
			if !s.registered {
				return nil, fmt.Errorf("%s is not a source of vault %s", src.Hex(), t.Hex())
			}
			var out []Change
			p := "vault.sources[" + src.Hex() + "]"
			if nc := d.args[1].(*big.Int); nc.Cmp(s.cap) != 0 {
				out = append(out, Change{Path: p + ".cap", Old: s.cap.String(), New: nc.String()})
				s.cap = nc
			}
			if nb := d.args[2].(*big.Int); nb.Cmp(s.bps) != 0 {
				out = append(out, Change{Path: p + ".cap_bps", Old: s.bps.String(), New: nb.String()})
				s.bps = nb
			}
			return out, nil
		}
	case "setMinIdleBps":
		return scalar("minIdleBps", "vault.min_idle_bps", decimal(d.args[0].(*big.Int)), vault.MinIdleBps, decimal)
	case "setMaxLossBps":
		return scalar("maxLossBps", "vault.max_loss_bps", decimal(d.args[0].(*big.Int)), vault.MaxLossBps, decimal)
	case "setCooldown":
		return scalar("cooldown", "vault.cooldown", cooldownText(d.args[0].(*big.Int)), vault.Cooldown, cooldownText)
	case "setFee":
		fee := d.args[0].(*big.Int)
		if fee.Sign() != 0 {
			r, err := vault.FeeRecipient(v.call())
			if err != nil {
				return nil, fmt.Errorf("reading feeRecipient from vault %s: %w", t.Hex(), err)
			}
			if r == (common.Address{}) {
				return nil, fmt.Errorf("vault %s has no fee recipient: a non-zero fee would revert (ZeroFeeRecipient)", t.Hex())
			}
		}
		return scalar("fee", "vault.fee_bps", decimal(fee), vault.Fee, decimal)
	}
	return nil, fmt.Errorf("Vault.%s: no diff for this function", d.method.RawName)
}
