package governance

import (
	"context"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

var (
	vaultAddr  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	sourceAddr = common.HexToAddress("0x2000000000000000000000000000000000000002")
	zero       common.Address
)

func TestConstructorsRefuseBadArguments(t *testing.T) {
	for _, tc := range []struct {
		name string
		make func() (Call, error)
		want string
	}{
		{"relative cap above 100%", func() (Call, error) { return SetCaps(vaultAddr, sourceAddr, big.NewInt(1), 10_001) },
			"governance: setCaps: relativeCapBps: 10001: must be at most 10000 basis points (100%)"},
		{"add with relative cap above 100%", func() (Call, error) { return AddSource(vaultAddr, sourceAddr, big.NewInt(1), 20_000) },
			"governance: addSource: relativeCapBps: 20000: must be at most 10000 basis points (100%)"},
		{"negative absolute cap", func() (Call, error) { return SetCaps(vaultAddr, sourceAddr, big.NewInt(-5), 1) },
			"governance: setCaps: absoluteCap: -5: must be between 0 and 2^256-1"},
		{"absolute cap above uint256", func() (Call, error) {
			return AddSource(vaultAddr, sourceAddr, new(big.Int).Lsh(big.NewInt(1), 256), 1)
		}, "governance: addSource: absoluteCap: 115792089237316195423570985008687907853269984665640564039457584007913129639936: must be between 0 and 2^256-1"},
		{"missing absolute cap", func() (Call, error) { return AddSource(vaultAddr, sourceAddr, nil, 1) },
			"governance: addSource: absoluteCap: <nil>: required"},
		{"zero vault", func() (Call, error) { return SetCaps(zero, sourceAddr, big.NewInt(1), 1) },
			`governance: setCaps: vault: "0x0000000000000000000000000000000000000000": must not be the zero address`},
		{"zero source", func() (Call, error) { return RemoveSource(vaultAddr, zero) },
			`governance: removeSource: source: "0x0000000000000000000000000000000000000000": must not be the zero address`},
		{"min idle above 100%", func() (Call, error) { return SetMinIdleBps(vaultAddr, 10_001) },
			"governance: setMinIdleBps: newMinIdleBps: 10001: must be at most 10000 basis points (100%)"},
		{"max loss above 100%", func() (Call, error) { return SetMaxLossBps(vaultAddr, 99_999) },
			"governance: setMaxLossBps: newMaxLossBps: 99999: must be at most 10000 basis points (100%)"},
		{"fee above MAX_FEE", func() (Call, error) { return SetFee(vaultAddr, 2_001) },
			"governance: setFee: newFee: 2001: must be at most 2000 basis points (20%)"},
		{"negative cooldown", func() (Call, error) { return SetCooldown(vaultAddr, -time.Second) },
			"governance: setCooldown: newCooldown: -1s: must be between 0s and 720h0m0s"},
		{"cooldown above MAX_COOLDOWN", func() (Call, error) { return SetCooldown(vaultAddr, 31*24*time.Hour) },
			"governance: setCooldown: newCooldown: 744h0m0s: must be between 0s and 720h0m0s"},
		{"cooldown in fractions of a second", func() (Call, error) { return SetCooldown(vaultAddr, 1500*time.Millisecond) },
			"governance: setCooldown: newCooldown: 1.5s: must be whole seconds"},
		{"config without a config", func() (Call, error) { return SetConfig(vaultAddr, nil, "x") },
			"governance: setConfig: cfg: <nil>: a config is required"},
		{"config to the zero registry", func() (Call, error) { return SetConfig(zero, nil, "x") },
			`governance: setConfig: registry: "0x0000000000000000000000000000000000000000": must not be the zero address`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.make()
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("got %+v, %v\nwant error %q", c, err, tc.want)
			}
		})
	}
	// Every bad argument is named at once.
	_, err := AddSource(zero, zero, big.NewInt(-1), 10_001)
	for _, arg := range []string{"vault:", "source:", "absoluteCap:", "relativeCapBps:"} {
		if err == nil || !strings.Contains(err.Error(), "addSource: "+arg) {
			t.Errorf("error %v does not name %s", err, arg)
		}
	}
	// The bounds themselves are accepted.
	for _, mk := range []func() (Call, error){
		func() (Call, error) { return SetCaps(vaultAddr, sourceAddr, new(big.Int), MaxBps) },
		func() (Call, error) { return SetFee(vaultAddr, MaxFeeBps) },
		func() (Call, error) { return SetCooldown(vaultAddr, MaxCooldown) },
		func() (Call, error) { return SetCooldown(vaultAddr, 0) },
		func() (Call, error) { return SetMinIdleBps(vaultAddr, 0) },
	} {
		if _, err := mk(); err != nil {
			t.Error(err)
		}
	}
}

func TestNewProposalRefusesBadCalls(t *testing.T) {
	c, err := SetMinIdleBps(vaultAddr, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title string
		calls []Call
		want  string
	}{
		{" ", []Call{c}, `governance: proposal title " ": must not be empty`},
		{"t", nil, `governance: proposal "t": no calls`},
		{"t", []Call{c, {Data: c.Data}}, `governance: proposal "t": calls[1].target: "0x0000000000000000000000000000000000000000": must not be the zero address`},
		{"t", []Call{{Target: vaultAddr, Value: big.NewInt(-1)}}, `governance: proposal "t": calls[0].value: -1: must be between 0 and 2^256-1 wei`},
	} {
		if _, err := NewProposal(tc.title, tc.calls...); err == nil || err.Error() != tc.want {
			t.Errorf("NewProposal(%q, %d calls): %v\nwant %s", tc.title, len(tc.calls), err, tc.want)
		}
	}
}

func TestSaltAndIDDependOnlyOnTheCalls(t *testing.T) {
	a, _ := SetMinIdleBps(vaultAddr, 100)
	b, _ := SetMaxLossBps(vaultAddr, 20)
	p1, err := NewProposal("first title", a, b)
	if err != nil {
		t.Fatal(err)
	}
	p2, _ := NewProposal("another title", a, b)
	swapped, _ := NewProposal("first title", b, a)
	single, _ := NewProposal("first title", a)
	if p1.Salt() != p2.Salt() || p1.ID() != p2.ID() {
		t.Fatal("the same calls under another title map to another operation")
	}
	if p1.Salt() == swapped.Salt() || p1.ID() == swapped.ID() || p1.ID() == single.ID() {
		t.Fatal("different calls map to the same operation")
	}
	// Described calls; a copy of them, not the proposal's own.
	cs := p1.Calls()
	cs[0].Data[0] ^= 0xff
	if p1.Calls()[0].Data[0] == cs[0].Data[0] {
		t.Fatal("Calls exposes the proposal's calldata")
	}
	want := "first title\n  1. Vault " + vaultAddr.Hex() + ".setMinIdleBps(newMinIdleBps: 100)\n  2. Vault " + vaultAddr.Hex() + ".setMaxLossBps(newMaxLossBps: 20)"
	if p1.String() != want {
		t.Fatalf("String:\n%s\nwant:\n%s", p1, want)
	}
}

func TestDescribe(t *testing.T) {
	c, _ := SetCaps(vaultAddr, sourceAddr, big.NewInt(2_500_000), 5000)
	if want := "Vault " + vaultAddr.Hex() + ".setCaps(source: " + sourceAddr.Hex() + ", absoluteCap: 2500000, relativeCapBps: 5000)"; c.Description != want {
		t.Errorf("setCaps: %s\nwant %s", c.Description, want)
	}
	cd, _ := SetCooldown(vaultAddr, 2*time.Hour)
	if want := "Vault " + vaultAddr.Hex() + ".setCooldown(newCooldown: 7200)"; cd.Description != want {
		t.Errorf("setCooldown: %s\nwant %s", cd.Description, want)
	}
	if got, want := Describe(vaultAddr, big.NewInt(3), []byte{0xde, 0xad, 0xbe, 0xef, 1}),
		"call to "+vaultAddr.Hex()+": unknown function 0xdeadbeef (5 bytes of calldata) sending 3 wei"; got != want {
		t.Errorf("unknown: %s\nwant %s", got, want)
	}
	if got, want := Describe(vaultAddr, nil, nil), "call to "+vaultAddr.Hex()+" with 0 bytes of calldata"; got != want {
		t.Errorf("empty: %s\nwant %s", got, want)
	}
}

// Decode names a known call's contract, function and typed arguments and
// refuses an unknown selector or arguments that do not unpack.
func TestDecode(t *testing.T) {
	c, _ := SetCaps(vaultAddr, sourceAddr, big.NewInt(2_500_000), 5000)
	d, ok := Decode(c.Data)
	want := DecodedCall{Contract: "Vault", Function: "setCaps", Signature: "setCaps(address,uint256,uint256)", Args: []Arg{
		{"source", "address", sourceAddr.Hex()}, {"absoluteCap", "uint256", "2500000"}, {"relativeCapBps", "uint256", "5000"}}}
	if !ok || !reflect.DeepEqual(d, want) {
		t.Errorf("setCaps: %+v %v\nwant %+v", d, ok, want)
	}
	if d, ok := Decode([]byte{0xde, 0xad, 0xbe, 0xef, 1}); ok {
		t.Errorf("an unknown selector decoded to %+v", d)
	}
	if d, ok := Decode(c.Data[:20]); ok {
		t.Errorf("truncated arguments decoded to %+v", d)
	}
}

// The operation id is the TimelockController's own, for one call and for a
// batch, and the Vault's bounds are the contract's.
func TestIDIsTheTimelocksHash(t *testing.T) {
	ctx := context.Background()
	ch, cfg := startChain(t)
	tl, err := bindings.NewTimelockController(ch.Timelock, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}
	setCfg, err := SetConfig(ch.Registry, cfg, "file://config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	caps, _ := SetCaps(ch.Vault, ch.Pools[0].Adapter, big.NewInt(123), 4567)
	one, _ := NewProposal("one", setCfg)
	two, _ := NewProposal("two", setCfg, caps)

	got, err := tl.HashOperation(call, setCfg.Target, new(big.Int), setCfg.Data, [32]byte{}, one.Salt())
	if err != nil || got != one.ID() {
		t.Fatalf("hashOperation %x (%v), ID %x", got, err, one.ID())
	}
	targets, values, payloads := two.batch()
	got, err = tl.HashOperationBatch(call, targets, values, payloads, [32]byte{}, two.Salt())
	if err != nil || got != two.ID() {
		t.Fatalf("hashOperationBatch %x (%v), ID %x", got, err, two.ID())
	}

	v, err := bindings.NewVaultCaller(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	maxFee, err1 := v.MAXFEE(call)
	maxCooldown, err2 := v.MAXCOOLDOWN(call)
	if err1 != nil || err2 != nil || maxFee.Int64() != MaxFeeBps || maxCooldown.Int64() != int64(MaxCooldown/time.Second) {
		t.Fatalf("vault MAX_FEE %v MAX_COOLDOWN %v (%v, %v), package %d %v", maxFee, maxCooldown, err1, err2, MaxFeeBps, MaxCooldown)
	}
}

// WithSalt replaces the derived salt, and with it the operation id; the
// same salt gives the same id.
func TestWithSaltGivesANewOperation(t *testing.T) {
	c, err := SetMinIdleBps(common.HexToAddress("0x00000000000000000000000000000000000000a1"), 100)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewProposal("min idle", c)
	if err != nil {
		t.Fatal(err)
	}
	s := [32]byte{7}
	q := p.WithSalt(s)
	if q.Salt() != s || q.ID() == p.ID() || p.Salt() == s {
		t.Fatalf("WithSalt: salt %x id %x, original salt %x id %x", q.Salt(), q.ID(), p.Salt(), p.ID())
	}
	if r := p.WithSalt(s); r.ID() != q.ID() {
		t.Fatal("the same salt gave another id")
	}
}
