// Package fleet runs rounds of ticks over many vaults' keepers, each a
// *rebalancer.Rebalancer of its own (its own governed config, history and
// sources), so that one keeper process keeps a fleet of vaults.
//
// A round ticks every vault once, at most Config.Concurrency at a time, and
// keeps the vaults apart:
//
//   - each tick runs under its own deadline (Config.VaultTimeout, or the
//     vault's Timeout): a vault whose node hangs ends its tick at its
//     deadline with its own error, and holds one slot of the round until
//     then, never longer;
//   - a tick that does not return even after its context ended (code that
//     ignores it) is left running Config.Grace after its deadline: the round
//     records the deadline as that vault's error and goes on, and the vault
//     is skipped (ErrBusy) until that tick returns, so two ticks never run
//     on one keeper at once;
//   - a panic in a tick is recovered: it is that vault's error (a
//     *PanicError with the stack), logged with the stack, recorded as an
//     error decision in that vault's history when its keeper can
//     (Recorder: a *rebalancer.Rebalancer), and the other vaults' ticks
//     are not touched.
//
// Each vault's Result names the vault and carries its outcome or error;
// Config.OnResult hears of each as soon as it is known. RoundOf ticks some
// of the vaults (those due on their own schedules); rounds may overlap and
// share the concurrency.
package fleet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"reflect"
	"runtime/debug"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Defaults of Config's fields.
const (
	// DefaultConcurrency: ticks at once. A tick mostly waits on its node
	// (a few round-trips, see vaults.Client.StateAt) and on the store, so a
	// few more than the cores keep both busy without flooding the node.
	DefaultConcurrency = 8
	// DefaultVaultTimeout bounds one vault's tick: observing, deciding and,
	// in a full tick, sending and waiting for its receipt.
	DefaultVaultTimeout = 2 * time.Minute
	// DefaultGrace is how long after its deadline a tick may take to return
	// before the round leaves it running.
	DefaultGrace = 2 * time.Second
)

// Keeper is what a round needs of one vault's keeper
// (*rebalancer.Rebalancer).
type Keeper interface {
	Tick(ctx context.Context, dryRun bool) (rebalancer.Outcome, error)
}

// Recorder is a Keeper that can record, in its vault's history, a tick
// that panicked before recording a decision of its own
// (*rebalancer.Rebalancer's RecordFailure).
type Recorder interface {
	RecordFailure(ctx context.Context, cause error) (store.Decision, error)
}

// recordTimeout bounds the recording of a panicked tick.
const recordTimeout = 10 * time.Second

// Chain is what the vaults on one chain share in a round (Vault.Chain).
type Chain interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
}

// Vault is one vault of the fleet.
type Vault struct {
	// Name names the vault in results, errors and logs; unique in a fleet.
	Name   string
	Keeper Keeper
	// Chain, when set, is the client the keeper reads its chain through
	// (comparable: an *ethclient.Client is). The vaults of a round with the
	// same Chain share its head block and gas price (rebalancer.WithShared),
	// read once by the first of them to tick, within that tick's deadline;
	// the others wait for them within theirs, and read their own when that
	// read failed. Nil: the keeper reads its own.
	Chain Chain
	// Timeout bounds this vault's tick instead of Config.VaultTimeout
	// (0: the config's).
	Timeout time.Duration
	// TimeoutOf, when set, is asked for Timeout at each tick (a governed
	// config switch may change a vault's tick deadline); a result of 0 or
	// less falls back to Timeout.
	TimeoutOf func() time.Duration
}

// Config tunes a Fleet. The zero value takes the defaults.
type Config struct {
	// Concurrency is how many vaults tick at once (0: DefaultConcurrency).
	Concurrency int
	// VaultTimeout bounds each vault's tick (0: DefaultVaultTimeout).
	VaultTimeout time.Duration
	// Grace is how long after its deadline a tick may take to return before
	// the round leaves it running (0: DefaultGrace).
	Grace time.Duration
	// OnResult, when set, is called with each vault's result as soon as it
	// is known, from the goroutine that ran the tick: it must be safe for
	// concurrent use.
	OnResult func(Result)
}

func (c Config) withDefaults() Config {
	if c.Concurrency == 0 {
		c.Concurrency = DefaultConcurrency
	}
	if c.VaultTimeout == 0 {
		c.VaultTimeout = DefaultVaultTimeout
	}
	if c.Grace == 0 {
		c.Grace = DefaultGrace
	}
	return c
}

// Result is one vault's part of a round.
type Result struct {
	Vault   string
	Outcome rebalancer.Outcome
	// Err is the tick's error (a rebalancer error, a *PanicError, ErrBusy,
	// a deadline matching context.DeadlineExceeded, or the round's context
	// ending before the tick started); nil when the tick succeeded.
	Err error
	// Started is when the tick started (zero when it did not), Took how
	// long the round waited for it.
	Started time.Time
	Took    time.Duration
}

// ErrBusy is matched by the error of a vault whose tick of an earlier round,
// left running past its deadline, has not returned yet.
var ErrBusy = errors.New("the vault's previous tick is still running")

// PanicError is the error of a tick that panicked.
type PanicError struct {
	Vault string
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("fleet: vault %s: the tick panicked: %v", e.Vault, e.Value)
}

// Fleet is a set of vaults ticked together. It is safe for concurrent use:
// rounds of different vaults (each on its own schedule) may overlap, and
// share the Config.Concurrency slots; a vault already ticking in one is
// ErrBusy in another.
type Fleet struct {
	vaults []Vault
	byName map[string]Vault
	cfg    Config
	log    *slog.Logger
	slots  chan struct{} // one per tick running (Config.Concurrency)

	mu      sync.Mutex
	running map[string]bool // vaults whose tick has not returned yet
}

// New checks the vaults (named, uniquely, each with a keeper) and the
// config.
func New(vaults []Vault, cfg Config, log *slog.Logger) (*Fleet, error) {
	if log == nil {
		return nil, errors.New("fleet: a logger is required")
	}
	cfg = cfg.withDefaults()
	if cfg.Concurrency < 0 || cfg.VaultTimeout < 0 || cfg.Grace < 0 {
		return nil, fmt.Errorf("fleet: concurrency %d, vault timeout %s and grace %s must not be negative", cfg.Concurrency, cfg.VaultTimeout, cfg.Grace)
	}
	byName := make(map[string]Vault, len(vaults))
	for i, v := range vaults {
		_, dup := byName[v.Name]
		switch {
		case v.Name == "":
			return nil, fmt.Errorf("fleet: vault %d has no name", i)
		case dup:
			return nil, fmt.Errorf("fleet: two vaults are named %q", v.Name)
		case v.Keeper == nil:
			return nil, fmt.Errorf("fleet: vault %s has no keeper", v.Name)
		case v.Timeout < 0:
			return nil, fmt.Errorf("fleet: vault %s: timeout %s is negative", v.Name, v.Timeout)
		case v.Chain != nil && !reflect.TypeOf(v.Chain).Comparable():
			return nil, fmt.Errorf("fleet: vault %s: its chain (%T) cannot be compared with the others'", v.Name, v.Chain)
		}
		byName[v.Name] = v
	}
	return &Fleet{vaults: vaults, byName: byName, cfg: cfg, log: log, slots: make(chan struct{}, cfg.Concurrency), running: map[string]bool{}}, nil
}

// Round ticks every vault once (dryRun: observe and decide, send nothing;
// see rebalancer.Tick), at most Config.Concurrency at once, and returns the
// vaults' results in the fleet's order. When ctx ends, vaults not started
// yet are not ticked (their error says so) and running ticks see it end.
func (f *Fleet) Round(ctx context.Context, dryRun bool) []Result {
	return f.round(ctx, dryRun, f.vaults)
}

// RoundOf is Round over the named vaults only (those due on their own
// schedules), in the order named.
func (f *Fleet) RoundOf(ctx context.Context, dryRun bool, names ...string) ([]Result, error) {
	vaults := make([]Vault, len(names))
	for i, n := range names {
		v, ok := f.byName[n]
		if !ok {
			return nil, fmt.Errorf("fleet: no vault is named %q", n)
		}
		vaults[i] = v
	}
	return f.round(ctx, dryRun, vaults), nil
}

func (f *Fleet) round(ctx context.Context, dryRun bool, vaults []Vault) []Result {
	results := make([]Result, len(vaults))
	chains := map[Chain]*chainRound{}
	for _, v := range vaults {
		if v.Chain != nil && chains[v.Chain] == nil {
			chains[v.Chain] = &chainRound{chain: v.Chain, done: make(chan struct{})}
		}
	}
	var wg sync.WaitGroup
	for i, v := range vaults {
		if err := f.acquire(ctx); err != nil {
			results[i] = Result{Vault: v.Name, Err: fmt.Errorf("fleet: vault %s: the round ended before its tick started: %w", v.Name, err)}
			f.report(results[i])
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-f.slots }()
			results[i] = f.tick(ctx, v, chains[v.Chain], dryRun)
			f.report(results[i])
		}()
	}
	wg.Wait()
	return results
}

// acquire takes a slot, or returns ctx's error.
func (f *Fleet) acquire(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	select {
	case f.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *Fleet) report(r Result) {
	if f.cfg.OnResult != nil {
		f.cfg.OnResult(r)
	}
}

// outcome is what a tick returned.
type outcome struct {
	out rebalancer.Outcome
	err error
}

// tick runs v's tick under its deadline (see the package comment).
func (f *Fleet) tick(ctx context.Context, v Vault, shared *chainRound, dryRun bool) Result {
	res := Result{Vault: v.Name}
	f.mu.Lock()
	busy := f.running[v.Name]
	f.running[v.Name] = true
	f.mu.Unlock()
	if busy {
		res.Err = fmt.Errorf("fleet: vault %s: %w (it passed its deadline in an earlier round)", v.Name, ErrBusy)
		return res
	}
	timeout := f.cfg.VaultTimeout
	if v.Timeout > 0 {
		timeout = v.Timeout
	}
	if v.TimeoutOf != nil {
		if d := v.TimeoutOf(); d > 0 {
			timeout = d
		}
	}
	tctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	res.Started = time.Now()
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			f.mu.Lock()
			delete(f.running, v.Name)
			f.mu.Unlock()
		}()
		out, err := f.run(tctx, v, shared, dryRun)
		done <- outcome{out, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-tctx.Done():
		grace := time.NewTimer(f.cfg.Grace)
		select {
		case o = <-done:
			grace.Stop()
		case <-grace.C:
			o.err = fmt.Errorf("fleet: vault %s: the tick did not return within %s of its deadline (%s) and is left running; "+
				"the vault is skipped until it returns: %w", v.Name, f.cfg.Grace, timeout, tctx.Err())
			f.log.Error("vault tick left running past its deadline", "vault", v.Name, "timeout", timeout, "grace", f.cfg.Grace)
		}
	}
	res.Outcome, res.Err, res.Took = o.out, o.err, time.Since(res.Started)
	if res.Err != nil && errors.Is(tctx.Err(), context.DeadlineExceeded) && ctx.Err() == nil && !errors.Is(res.Err, context.DeadlineExceeded) {
		// The tick failed as its deadline passed (a call the deadline cut
		// short may say so in other words): the deadline is named.
		res.Err = fmt.Errorf("fleet: vault %s: tick deadline of %s passed: %w (%w)", v.Name, timeout, res.Err, context.DeadlineExceeded)
	}
	return res
}

// run calls v's tick (with the round's shared readings of its chain, when
// it has one), turning a panic into a *PanicError.
func (f *Fleet) run(ctx context.Context, v Vault, shared *chainRound, dryRun bool) (out rebalancer.Outcome, err error) {
	defer func() {
		if p := recover(); p != nil {
			stack := debug.Stack()
			f.log.Error("vault tick panicked", "vault", v.Name, "panic", fmt.Sprint(p), "stack", string(stack))
			pe := &PanicError{Vault: v.Name, Value: p, Stack: stack}
			out, err = rebalancer.Outcome{}, pe
			if rec, ok := v.Keeper.(Recorder); ok {
				rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), recordTimeout)
				defer cancel()
				d, rerr := rec.RecordFailure(rctx, pe)
				if rerr != nil {
					f.log.Error("recording the panicked tick", "vault", v.Name, "err", rerr)
					err = errors.Join(pe, rerr)
				} else {
					out.Decision = d
				}
			}
		}
	}()
	if shared != nil {
		ctx = rebalancer.WithShared(ctx, shared.get(ctx))
	}
	return v.Keeper.Tick(ctx, dryRun)
}

// chainRound is a round's shared readings of one chain (Vault.Chain).
type chainRound struct {
	chain Chain
	mu    sync.Mutex
	taken bool          // the first vault to tick has started reading
	done  chan struct{} // closed once it has read (or failed to)
	read  rebalancer.Shared
}

// get reads the chain's head and gas price when it is the first to ask
// (under ctx), or waits for the first's reading while ctx lasts. A reading
// that failed is zero: each tick then reads its own.
func (c *chainRound) get(ctx context.Context) rebalancer.Shared {
	c.mu.Lock()
	first := !c.taken
	c.taken = true
	c.mu.Unlock()
	if !first {
		select {
		case <-c.done:
			return c.read
		case <-ctx.Done():
			return rebalancer.Shared{}
		}
	}
	defer close(c.done)
	head, err := c.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return rebalancer.Shared{}
	}
	c.read.Head = head
	if price, err := c.chain.SuggestGasPrice(ctx); err == nil {
		c.read.GasPrice = price
	}
	return c.read
}
