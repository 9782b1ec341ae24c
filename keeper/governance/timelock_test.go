package governance

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

const testDelay = 2 * time.Hour

// testConfig has the shape of devchain's embeddedConfig, with a 2h timelock.
func testConfig(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(`
local:
  chain:
    kind: embedded
    embedded:
      block_interval: 50ms
      block_time: 1h
      seed: 3
      deposit: 250000
      min_idle: 0.02
      timelock_delay: 2h
      pools:
        - {name: a, slope1: 0.04, slope2: 0.6, optimal_utilisation: 0.9, reserve_factor: 0.1, liquidity: 1000000, utilisation: 0.5, volatility: 0.05}
        - {name: b, base_rate: 0.01, slope1: 0.07, slope2: 3, optimal_utilisation: 0.8, reserve_factor: 0.2, liquidity: 400000, utilisation: 0.9, volatility: 0.05}
governed:
  sources:
    - {name: a, cap: 1}
    - {name: b, cap: 1}
`))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func startChain(t *testing.T) (*devchain.Chain, *config.Config) {
	t.Helper()
	cfg := testConfig(t)
	ch, err := devchain.Start(context.Background(), cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	return ch, cfg
}

func must[T any](t *testing.T) func(v T, err error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// minedAt mines tx and returns its block's time.
func minedAt(t *testing.T, ch *devchain.Chain, what string, tx *types.Transaction, err error) time.Time {
	t.Helper()
	ctx := context.Background()
	if err := ch.Mine(ctx, what, tx, err); err != nil {
		t.Fatal(err)
	}
	r, err := ch.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	h, err := ch.Client.HeaderByNumber(ctx, r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0).UTC()
}

func nonce(t *testing.T, ch *devchain.Chain, a common.Address) uint64 {
	t.Helper()
	n, err := ch.Client.PendingNonceAt(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func opByID(t *testing.T, ops []Operation, id [32]byte) Operation {
	t.Helper()
	var found []Operation
	for _, op := range ops {
		if op.ID == id {
			found = append(found, op)
		}
	}
	if len(found) != 1 {
		t.Fatalf("operation 0x%x appears %d times in the status", id, len(found))
	}
	return found[0]
}

func sameCalls(t *testing.T, got []Call, p Proposal) {
	t.Helper()
	want := p.Calls()
	if len(got) != len(want) {
		t.Fatalf("%d calls, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Target != want[i].Target || string(got[i].Data) != string(want[i].Data) ||
			got[i].Value.Sign() != 0 || got[i].Description != want[i].Description {
			t.Fatalf("call %d: %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// A config approval and a vault cap change go through the whole life of a
// timelock operation; a third proposal is cancelled by the guardian.
func TestScheduleExecuteCancel(t *testing.T) {
	ctx := context.Background()
	ch, cfg := startChain(t)
	tl := must[*Timelock](t)(NewTimelock(ch.Timelock, ch.Client))
	po := must[*bind.TransactOpts](t)(ch.ProposerOpts(ctx))
	call := &bind.CallOpts{Context: ctx}
	vault := must[*bindings.Vault](t)(bindings.NewVault(ch.Vault, ch.Client))
	reg := must[*bindings.ConfigRegistry](t)(bindings.NewConfigRegistry(ch.Registry, ch.Client))
	adapter := ch.Pools[0].Adapter

	next := *cfg
	next.Optimizer.RiskAversion = 2.5
	if got := FormatChanges(DiffGoverned(cfg.Governed, next.Governed)); got != "governed.optimizer.risk_aversion: 4 → 2.5\n" {
		t.Fatalf("governed diff: %q", got)
	}
	configP := must[Proposal](t)(ConfigProposal(ch.Registry, &next, "file://next.yaml"))
	capCall := must[Call](t)(SetCaps(ch.Vault, adapter, devchain.Tokens(2_500_000), 5000))
	capP := must[Proposal](t)(NewProposal("halve a's relative cap", capCall))

	// What they would change, read from the chain.
	want := `registry.config_hash: "0x0000000000000000000000000000000000000000000000000000000000000000" → "` +
		hashHex(next.GovernedHash()) + `"` + "\n" + `registry.uri: "" → "file://next.yaml"` + "\n"
	if got := FormatChanges(must[[]Change](t)(DiffProposal(ctx, ch.Client, configP))); got != want {
		t.Fatalf("config proposal diff:\n%s\nwant:\n%s", got, want)
	}
	want = "vault.sources[" + adapter.Hex() + "].cap_bps: 10000 → 5000\n"
	if got := FormatChanges(must[[]Change](t)(DiffProposal(ctx, ch.Client, capP))); got != want {
		t.Fatalf("cap proposal diff:\n%s\nwant:\n%s", got, want)
	}

	// Scheduled with the proposer's key and the timelock's minimum delay.
	id, tx, err := tl.Schedule(ctx, po, configP)
	if id != configP.ID() {
		t.Fatalf("scheduled id 0x%x, proposal id 0x%x", id, configP.ID())
	}
	configETA := minedAt(t, ch, "scheduling the config", tx, err).Add(testDelay)
	id, tx, err = tl.Schedule(ctx, po, capP)
	if id != capP.ID() {
		t.Fatalf("scheduled id 0x%x, proposal id 0x%x", id, capP.ID())
	}
	capETA := minedAt(t, ch, "scheduling the cap", tx, err).Add(testDelay)

	// Proposing the same calls again is refused before sending, naming the
	// operation and its state.
	before := nonce(t, ch, po.From)
	again, _ := NewProposal("same calls, other title", capCall)
	_, tx, err = tl.Schedule(ctx, po, again)
	if !errors.Is(err, ErrOperationExists) || tx != nil ||
		!strings.Contains(err.Error(), hashHex(capP.ID())) || !strings.Contains(err.Error(), "already waiting, ready at "+capETA.Format(time.RFC3339)) {
		t.Fatalf("scheduling twice: %v", err)
	}

	ops := must[[]Operation](t)(tl.Status(ctx, 0))
	// The devchain's own "add sources" batch comes first, executed.
	if len(ops) != 3 || ops[0].State != OpExecuted || len(ops[0].Calls) != 2 ||
		!strings.HasPrefix(ops[0].Calls[0].Description, "Vault "+ch.Vault.Hex()+".addSource(source: "+adapter.Hex()+", absoluteCap: 2500000000000, relativeCapBps: 10000)") {
		t.Fatalf("status: %+v", ops)
	}
	for _, c := range []struct {
		p    Proposal
		eta  time.Time
		hash [32]byte
	}{{configP, configETA, next.GovernedHash()}, {capP, capETA, [32]byte{}}} {
		op := opByID(t, ops, c.p.ID())
		if op.State != OpWaiting || !op.ETA.Equal(c.eta) || op.Delay != testDelay || op.Salt != c.p.Salt() || op.ConfigHash != c.hash {
			t.Fatalf("%s: %+v\nwant waiting until %v, salt 0x%x, config hash 0x%x", c.p.Title(), op, c.eta, c.p.Salt(), c.hash)
		}
		sameCalls(t, op.Calls, c.p)
	}
	if d := opByID(t, ops, configP.ID()).Calls[0].Description; d != "ConfigRegistry "+ch.Registry.Hex()+".setConfig(configHash: "+hashHex(next.GovernedHash())+`, uri: "file://next.yaml")` {
		t.Fatalf("config call described as %s", d)
	}

	// Executing before the delay is refused before sending, saying when.
	_, err = tl.Execute(ctx, po, capP)
	if !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "waiting until "+capETA.Format(time.RFC3339)) {
		t.Fatalf("early execute: %v", err)
	}
	if after := nonce(t, ch, po.From); after != before {
		t.Fatalf("proposer nonce %d → %d: a refused call sent a transaction", before, after)
	}

	if err := ch.AdvanceTime(ctx, testDelay+time.Second); err != nil {
		t.Fatal(err)
	}
	if op := opByID(t, must[[]Operation](t)(tl.Status(ctx, 0)), capP.ID()); op.State != OpReady || !op.ETA.Equal(capETA) {
		t.Fatalf("after the delay: %+v", op)
	}
	for _, p := range []Proposal{configP, capP} {
		tx, err := tl.Execute(ctx, po, p)
		minedAt(t, ch, "executing "+p.Title(), tx, err)
	}
	ops = must[[]Operation](t)(tl.Status(ctx, 0))
	for _, c := range []struct {
		p   Proposal
		eta time.Time
	}{{configP, configETA}, {capP, capETA}} {
		if op := opByID(t, ops, c.p.ID()); op.State != OpExecuted || !op.ETA.Equal(c.eta) {
			t.Fatalf("%s after executing: %+v", c.p.Title(), op)
		}
	}
	if h, err := reg.ConfigHash(call); err != nil || h != next.GovernedHash() {
		t.Fatalf("registry hash 0x%x (%v), want 0x%x", h, err, next.GovernedHash())
	}
	if rel, err := vault.RelativeCaps(call, adapter); err != nil || rel.Int64() != 5000 {
		t.Fatalf("relative cap %v (%v), want 5000", rel, err)
	}
	if cs := must[[]Change](t)(DiffProposal(ctx, ch.Client, capP)); len(cs) != 0 {
		t.Fatalf("an executed proposal still changes %v", cs)
	}
	if _, err := tl.Execute(ctx, po, capP); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "already executed") {
		t.Fatalf("executing twice: %v", err)
	}
	if _, _, err := tl.Schedule(ctx, po, capP); !errors.Is(err, ErrOperationExists) || !strings.Contains(err.Error(), "already executed") {
		t.Fatalf("re-proposing executed calls: %v", err)
	}

	// A third proposal, cancelled by the guardian.
	idleP := must[Proposal](t)(NewProposal("raise min idle", must[Call](t)(SetMinIdleBps(ch.Vault, 300))))
	id, tx, err = tl.Schedule(ctx, po, idleP)
	minedAt(t, ch, "scheduling min idle", tx, err)
	g := must[*bind.TransactOpts](t)(ch.GuardianOpts(ctx))
	tx, err = tl.Cancel(ctx, g, id)
	minedAt(t, ch, "cancelling min idle", tx, err)
	op := opByID(t, must[[]Operation](t)(tl.Status(ctx, 0)), id)
	if op.State != OpCancelled || op.State.String() != "cancelled" {
		t.Fatalf("cancelled operation: %+v", op)
	}
	before = nonce(t, ch, po.From)
	if _, err := tl.Execute(ctx, po, idleP); !errors.Is(err, ErrNotReady) || !strings.Contains(err.Error(), "not scheduled") {
		t.Fatalf("executing a cancelled operation: %v", err)
	}
	if _, err := tl.Cancel(ctx, g, id); !errors.Is(err, ErrNotPending) {
		t.Fatalf("cancelling twice: %v", err)
	}
	if after := nonce(t, ch, po.From); after != before {
		t.Fatalf("proposer nonce %d → %d after refusals", before, after)
	}
	if v, err := vault.MinIdleBps(call); err != nil || v.Int64() != 200 {
		t.Fatalf("min idle %v (%v), want the untouched 200", v, err)
	}

	// A cancelled operation can be proposed again: Status keeps one entry,
	// with the calls once.
	_, tx, err = tl.Schedule(ctx, po, idleP)
	eta := minedAt(t, ch, "scheduling min idle again", tx, err).Add(testDelay)
	op = opByID(t, must[[]Operation](t)(tl.Status(ctx, 0)), id)
	if op.State != OpWaiting || !op.ETA.Equal(eta) {
		t.Fatalf("rescheduled operation: %+v", op)
	}
	sameCalls(t, op.Calls, idleP)
}

func hashHex(h [32]byte) string { return common.Hash(h).Hex() }

// sendRaw signs data to `to` with opts's key and mines it, as a wallet
// submitting the calldata would.
func sendRaw(t *testing.T, ch *devchain.Chain, opts *bind.TransactOpts, to common.Address, data []byte) time.Time {
	t.Helper()
	ctx := context.Background()
	gas, err := ch.Client.EstimateGas(ctx, ethereum.CallMsg{From: opts.From, To: &to, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	tip := must[*big.Int](t)(ch.Client.SuggestGasTipCap(ctx))
	head := must[*types.Header](t)(ch.Client.HeaderByNumber(ctx, nil))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: ch.ID, Nonce: nonce(t, ch, opts.From), GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2))),
		Gas:       gas, To: &to, Data: data,
	})
	signed, err := opts.Signer(opts.From, tx)
	if err != nil {
		t.Fatal(err)
	}
	return minedAt(t, ch, "sending calldata", signed, ch.Client.SendTransaction(ctx, signed))
}

// The calldata mode's bytes, sent as raw transactions, schedule and
// execute the same operation Schedule would.
func TestCalldataSchedulesTheSameOperation(t *testing.T) {
	ctx := context.Background()
	ch, _ := startChain(t)
	tl := must[*Timelock](t)(NewTimelock(ch.Timelock, ch.Client))
	po := must[*bind.TransactOpts](t)(ch.ProposerOpts(ctx))
	p := must[Proposal](t)(NewProposal("cooldown and max loss",
		must[Call](t)(SetCooldown(ch.Vault, 2*time.Hour)),
		must[Call](t)(SetMaxLossBps(ch.Vault, 25))))
	if got := FormatChanges(must[[]Change](t)(DiffProposal(ctx, ch.Client, p))); got != "vault.cooldown: \"1h0m0s\" → \"2h0m0s\"\nvault.max_loss_bps: 10 → 25\n" {
		t.Fatalf("diff: %q", got)
	}

	cd := must[Calldata](t)(tl.Calldata(ctx, p))
	if cd.Timelock != ch.Timelock || cd.ID != p.ID() || cd.Delay != testDelay {
		t.Fatalf("calldata %+v", cd)
	}
	eta := sendRaw(t, ch, po, cd.Timelock, cd.Schedule).Add(testDelay)
	st, at, err := tl.State(ctx, p.ID())
	if err != nil || st != OpWaiting || !at.Equal(eta) {
		t.Fatalf("after the raw schedule: %v until %v (%v), want waiting until %v", st, at, err, eta)
	}
	if _, _, err := tl.Schedule(ctx, po, p); !errors.Is(err, ErrOperationExists) {
		t.Fatalf("Schedule after the raw schedule: %v", err)
	}
	op := opByID(t, must[[]Operation](t)(tl.Status(ctx, 0)), p.ID())
	if op.State != OpWaiting || op.Salt != p.Salt() || len(op.Calls) != 2 {
		t.Fatalf("status: %+v", op)
	}
	sameCalls(t, op.Calls, p)

	if err := ch.AdvanceTime(ctx, testDelay+time.Second); err != nil {
		t.Fatal(err)
	}
	sendRaw(t, ch, po, cd.Timelock, cd.Execute)
	vault := must[*bindings.VaultCaller](t)(bindings.NewVaultCaller(ch.Vault, ch.Client))
	call := &bind.CallOpts{Context: ctx}
	cool, err1 := vault.Cooldown(call)
	loss, err2 := vault.MaxLossBps(call)
	if err1 != nil || err2 != nil || cool.Int64() != 7200 || loss.Int64() != 25 {
		t.Fatalf("cooldown %v, max loss %v (%v, %v)", cool, loss, err1, err2)
	}
	if st, _, err := tl.State(ctx, p.ID()); err != nil || st != OpExecuted {
		t.Fatalf("after the raw execute: %v (%v)", st, err)
	}

	// cancel(id) is the guardian's calldata.
	q := must[Proposal](t)(NewProposal("fee", must[Call](t)(SetMinIdleBps(ch.Vault, 500))))
	cq := must[Calldata](t)(tl.Calldata(ctx, q))
	sendRaw(t, ch, po, cq.Timelock, cq.Schedule)
	sendRaw(t, ch, must[*bind.TransactOpts](t)(ch.GuardianOpts(ctx)), cq.Timelock, cq.Cancel)
	if op := opByID(t, must[[]Operation](t)(tl.Status(ctx, 0)), q.ID()); op.State != OpCancelled {
		t.Fatalf("after the raw cancel: %+v", op)
	}
}

// A signer without the proposer role is refused by the timelock; the
// decoded revert names the account and the role, and nothing is sent.
func TestScheduleWithoutTheRole(t *testing.T) {
	ctx := context.Background()
	ch, _ := startChain(t)
	tl := must[*Timelock](t)(NewTimelock(ch.Timelock, ch.Client))
	p := must[Proposal](t)(NewProposal("raise min idle", must[Call](t)(SetMinIdleBps(ch.Vault, 300))))

	dep := must[*bind.TransactOpts](t)(ch.DepositorOpts(ctx))
	keeper := TransactOpts(ctx, ch.Keeper, ch.ID)
	for _, opts := range []*bind.TransactOpts{dep, keeper} {
		before := nonce(t, ch, opts.From)
		_, tx, err := tl.Schedule(ctx, opts, p)
		want := "reverted: TimelockController.AccessControlUnauthorizedAccount(account: " + opts.From.Hex() + ", neededRole: PROPOSER_ROLE)"
		if err == nil || tx != nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "scheduling \"raise min idle\"") {
			t.Fatalf("scheduling as %s: %v\nwant it to contain %s", opts.From.Hex(), err, want)
		}
		if after := nonce(t, ch, opts.From); after != before {
			t.Fatalf("nonce of %s %d → %d", opts.From.Hex(), before, after)
		}
	}
	// The proposer cannot cancel: the guardian is the canceller.
	po := must[*bind.TransactOpts](t)(ch.ProposerOpts(ctx))
	id, tx, err := tl.Schedule(ctx, po, p)
	minedAt(t, ch, "scheduling", tx, err)
	if _, err := tl.Cancel(ctx, dep, id); err == nil || !strings.Contains(err.Error(), "neededRole: CANCELLER_ROLE") {
		t.Fatalf("cancelling as the depositor: %v", err)
	}
}

// TransactOpts signs with the keeper's signer.Signer: a transaction it
// signs is mined from the keeper's address; it refuses another address, and
// the dev signer another chain.
func TestTransactOptsSignsWithTheSigner(t *testing.T) {
	ctx := context.Background()
	ch, _ := startChain(t)
	vault := must[*bindings.Vault](t)(bindings.NewVault(ch.Vault, ch.Client))

	opts := TransactOpts(ctx, ch.Keeper, ch.ID)
	if opts.From != ch.Keeper.Address() {
		t.Fatalf("from %s, want the keeper %s", opts.From.Hex(), ch.Keeper.Address().Hex())
	}
	tx, err := vault.Heartbeat(opts)
	minedAt(t, ch, "heartbeat", tx, err)
	from, err := types.Sender(types.LatestSignerForChainID(ch.ID), tx)
	if err != nil || from != ch.Keeper.Address() {
		t.Fatalf("sender %s (%v), want the keeper", from.Hex(), err)
	}

	if _, err := opts.Signer(ch.Depositor, tx); !errors.Is(err, bind.ErrNotAuthorized) {
		t.Fatalf("signing for another address: %v", err)
	}
	other := TransactOpts(ctx, ch.Keeper, big.NewInt(1))
	if _, err := vault.Heartbeat(other); err == nil || !strings.Contains(err.Error(), "refusing to sign for chain ID 1") {
		t.Fatalf("signing for chain 1: %v", err)
	}
}

// DiffProposal reads each call's current value, chains calls on the same
// value, and names a call the vault would refuse.
func TestDiffProposalOnChain(t *testing.T) {
	ctx := context.Background()
	ch, _ := startChain(t)
	a, b := ch.Pools[0].Adapter, ch.Pools[1].Adapter
	p := must[Proposal](t)(NewProposal("several",
		must[Call](t)(SetCaps(ch.Vault, a, devchain.Tokens(1_000), 6000)),
		must[Call](t)(SetCaps(ch.Vault, a, devchain.Tokens(1_000), 5000)),
		must[Call](t)(RemoveSource(ch.Vault, b)),
		must[Call](t)(AddSource(ch.Vault, b, devchain.Tokens(10), 100)),
		must[Call](t)(SetMinIdleBps(ch.Vault, 200)), // unchanged: no line
		must[Call](t)(SetFee(ch.Vault, 0)),          // unchanged: no line
	))
	want := "vault.sources[" + a.Hex() + "].cap: 2500000000000 → 1000000000\n" +
		"vault.sources[" + a.Hex() + "].cap_bps: 10000 → 6000\n" +
		"vault.sources[" + a.Hex() + "].cap_bps: 6000 → 5000\n" +
		"vault.sources[-" + b.Hex() + `]: {"cap":2500000000000,"cap_bps":10000} → (none)` + "\n" +
		"vault.sources[+" + b.Hex() + `]: (none) → {"cap":10000000,"cap_bps":100}` + "\n"
	if got := FormatChanges(must[[]Change](t)(DiffProposal(ctx, ch.Client, p))); got != want {
		t.Fatalf("diff:\n%s\nwant:\n%s", got, want)
	}

	stranger := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	for _, tc := range []struct {
		c    Call
		want string
	}{
		{must[Call](t)(AddSource(ch.Vault, a, big.NewInt(1), 1)), "is already a source of vault"},
		{must[Call](t)(SetCaps(ch.Vault, stranger, big.NewInt(1), 1)), "is not a source of vault"},
		{must[Call](t)(SetFee(ch.Vault, 100)), "has no fee recipient"},
		{Call{Target: ch.Vault, Data: []byte{1, 2, 3, 4}}, "not a Vault or ConfigRegistry function"},
	} {
		q := must[Proposal](t)(NewProposal("bad", tc.c))
		if _, err := DiffProposal(ctx, ch.Client, q); err == nil || !strings.Contains(err.Error(), tc.want) ||
			!strings.Contains(err.Error(), `diffing "bad": calls[0]`) {
			t.Errorf("%s: %v, want %q", tc.c.Description, err, tc.want)
		}
	}
}
