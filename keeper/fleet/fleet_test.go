package fleet_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/keeper/fleet"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// inFlight wraps real keepers and counts their ticks running at once. Each
// tick waits (within its context) until want ticks have been in flight
// together once, so a round that runs fewer at a time than want never gets
// past its first ticks.
type inFlight struct {
	want      int64
	now, max  atomic.Int64
	reached   chan struct{}
	reachOnce sync.Once
}

func newInFlight(want int64) *inFlight { return &inFlight{want: want, reached: make(chan struct{})} }

// reset starts counting afresh; no tick may be running.
func (in *inFlight) reset() {
	in.max.Store(0)
	in.reached, in.reachOnce = make(chan struct{}), sync.Once{}
}

type counted struct {
	k  fleet.Keeper
	in *inFlight
}

func (c counted) Tick(ctx context.Context, dryRun bool) (rebalancer.Outcome, error) {
	n := c.in.now.Add(1)
	defer c.in.now.Add(-1)
	for m := c.in.max.Load(); n > m && !c.in.max.CompareAndSwap(m, n); m = c.in.max.Load() {
	}
	if n >= c.in.want {
		c.in.reachOnce.Do(func() { close(c.in.reached) })
	}
	select {
	case <-c.in.reached:
	case <-ctx.Done():
		return rebalancer.Outcome{}, fmt.Errorf("waiting for %d ticks in flight: %w", c.in.want, ctx.Err())
	}
	return c.k.Tick(ctx, dryRun)
}

// A dry-run round over real vaults on anvil observes and decides for every
// one, records each decision, and never runs more ticks at once than its
// concurrency (and does run that many), also when two rounds of some of the
// vaults each (RoundOf) overlap. Each vault's tick reads the chain in
// a handful of requests, its many calls in four batches (the state, the
// sources' code, the rate quotes, the rates after the move), and the vaults
// of a round on one chain share its head and gas price.
func TestRoundDecidesForEveryVaultWithinItsConcurrency(t *testing.T) {
	f, st := startFleet(t, 6)
	node := newProxyNode(t, f.node.URL)
	cl := node.client(t)
	in := newInFlight(2)
	var vaults []fleet.Vault
	for i, k := range f.keepers(t, cl, st) {
		vaults = append(vaults, fleet.Vault{Name: fmt.Sprintf("vault-%d", i), Keeper: counted{k: k, in: in}, Chain: cl})
	}
	fl, err := fleet.New(vaults, fleet.Config{Concurrency: 2, VaultTimeout: time.Minute}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	fl.Round(context.Background(), true) // the vaults' clients learn their sources
	if _, err := fl.RoundOf(context.Background(), true, "vault-0", "nonesuch"); err == nil {
		t.Fatal("a round of a vault the fleet does not have")
	}
	node.requests.Store(0)
	node.batches.Store(0)
	in.reset()
	// Two rounds at once, of three vaults each (as on their own schedules),
	// share the concurrency.
	halves, errs := make([][]fleet.Result, 2), make([]error, 2)
	var wg sync.WaitGroup
	for h := range halves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var names []string
			for i := h * 3; i < h*3+3; i++ {
				names = append(names, vaults[i].Name)
			}
			halves[h], errs[h] = fl.RoundOf(context.Background(), true, names...)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	res := append(halves[0], halves[1]...)
	if len(res) != len(vaults) {
		t.Fatalf("%d results for %d vaults", len(res), len(vaults))
	}
	for i, r := range res {
		if r.Err != nil {
			t.Fatalf("%s: %v", r.Vault, r.Err)
		}
		d := r.Outcome.Decision
		if r.Vault != vaults[i].Name || d.ID == 0 || !d.DryRun || !strings.EqualFold(d.Vault, f.vaults[i].addr.Hex()) {
			t.Fatalf("%s: decision %+v for vault %s", r.Vault, d, f.vaults[i].addr.Hex())
		}
		// The whole deposit is idle: every vault decides to move it.
		if d.Action != rebalancer.ActionRebalance || len(r.Outcome.State.Sources) != 3 {
			t.Fatalf("%s: %s (%s), %d sources", r.Vault, d.Action, d.Reason, len(r.Outcome.State.Sources))
		}
	}
	if m := in.max.Load(); m != 2 {
		t.Fatalf("at most %d ticks ran at once, want the concurrency, 2", m)
	}
	// Called one at a time, a tick's reads would be some 65 requests. The
	// head and the gas price are read once a round (each of the two) for
	// all its vaults.
	n := int64(len(vaults))
	if r, b := node.requests.Load(), node.batches.Load(); r > 7*n+2*2 || b != 4*n {
		t.Fatalf("the two rounds made %d requests, %d of them batches, for %d vaults; want at most 7 a vault and 2 a round, 4 a vault batches",
			r, b, n)
	}
}

// proxyNode is a JSON-RPC proxy in front of a node that counts the HTTP
// requests (and among them the JSON-RPC batches) it forwards and, once
// hanging is set, answers nothing more: each request waits until its caller
// gives up.
type proxyNode struct {
	srv               *httptest.Server
	hanging           atomic.Bool
	waiting           atomic.Int64
	requests, batches atomic.Int64
}

func newProxyNode(tb testing.TB, nodeURL string) *proxyNode {
	target, err := url.Parse(nodeURL)
	if err != nil {
		tb.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	h := &proxyNode{}
	stop := make(chan struct{})
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h.hanging.Load() {
			h.waiting.Add(1)
			select {
			case <-r.Context().Done():
			case <-stop:
			}
			return
		}
		body, _ := io.ReadAll(r.Body)
		h.requests.Add(1)
		if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) {
			h.batches.Add(1)
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		proxy.ServeHTTP(w, r)
	}))
	tb.Cleanup(h.srv.Close)
	tb.Cleanup(func() { close(stop) }) // runs first: no request is left waiting
	return h
}

// client is a JSON-RPC client of the proxy.
func (h *proxyNode) client(tb testing.TB) *ethclient.Client {
	c, err := ethclient.Dial(h.srv.URL)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.Close)
	return c
}

// hungKeeper is a real keeper of v whose node (a proxyNode in front of
// f's) stops answering once the keeper is made.
func hungKeeper(t *testing.T, f *testFleet, v fleetVault, st *store.Store) (*rebalancer.Rebalancer, *proxyNode) {
	h := newProxyNode(t, f.node.URL)
	k := f.keeper(t, v, h.client(t), st)
	h.hanging.Store(true)
	return k, h
}

// panicking is a vault's real keeper whose tick panics: the round recovers
// it and records it through the keeper (RecordFailure).
type panicking struct{ *rebalancer.Rebalancer }

func (panicking) Tick(context.Context, bool) (rebalancer.Outcome, error) {
	var m map[string]int
	m["boom"]++ // assignment to entry in nil map
	return rebalancer.Outcome{}, nil
}

// One round with a vault whose node hangs (for as long as the round lasts),
// a vault whose source reverts, and a vault whose tick panics: the healthy
// vaults are all observed and decided while the hanging one still waits on
// its node (the round is only ended once they are), the reverting and the
// panicking vaults get their own errors (the panic also recorded as an
// error decision in its vault's history), and nothing else is touched.
func TestFaultyVaultsDoNotHoldTheOthers(t *testing.T) {
	f, st := startFleet(t, 5)
	hung, hang := hungKeeper(t, f, f.vaults[0], st)
	var reverting common.Address
	for a := range f.vaults[1].sources {
		reverting = a
		break
	}
	f.node.Call(t, nil, "anvil_setCode", reverting, "0x5f5ffd") // PUSH0 PUSH0 REVERT
	healthy := f.keepers(t, nil, st)[2:4]
	vaults := []fleet.Vault{
		{Name: "hung", Keeper: hung, Timeout: 10 * time.Minute},
		{Name: "panics", Keeper: panicking{f.keeper(t, f.vaults[4], f.node.Client, st)}},
		{Name: "reverts", Keeper: f.keeper(t, f.vaults[1], f.node.Client, st)},
		{Name: "healthy-0", Keeper: healthy[0]},
		{Name: "healthy-1", Keeper: healthy[1]},
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var (
		mu    sync.Mutex
		order []string
	)
	cfg := fleet.Config{Concurrency: 2, OnResult: func(r fleet.Result) {
		mu.Lock()
		defer mu.Unlock()
		order = append(order, r.Vault)
		if len(order) == len(vaults)-1 {
			cancel() // all but the hung vault are done: end the round
		}
	}}
	fl, err := fleet.New(vaults, cfg, quiet)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []fleet.Result)
	go func() { done <- fl.Round(ctx, true) }()
	var res []fleet.Result
	select {
	case res = <-done:
	case <-time.After(3 * time.Minute):
		mu.Lock()
		t.Fatalf("the round is held: results so far %v", order)
	}
	if order[len(order)-1] != "hung" {
		t.Fatalf("results in the order %v: the hung vault's should come last", order)
	}
	if r := res[0]; !errors.Is(r.Err, context.Canceled) || hang.waiting.Load() == 0 {
		t.Fatalf("hung vault: %v (%d requests waiting on the node), want its tick still waiting on the node when the round ended",
			r.Err, hang.waiting.Load())
	}
	var pe *fleet.PanicError
	if r := res[1]; !errors.As(r.Err, &pe) || pe.Vault != "panics" || !strings.Contains(string(pe.Stack), "panicking.Tick") {
		t.Fatalf("panicking vault: %v", r.Err)
	}
	hist, err := st.History(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	var recorded []store.Decision
	for _, h := range hist {
		if strings.EqualFold(h.Decision.Vault, f.vaults[4].addr.Hex()) {
			recorded = append(recorded, h.Decision)
		}
	}
	if r := res[1]; len(recorded) != 1 || recorded[0].Action != rebalancer.ActionError || recorded[0].ID != r.Outcome.Decision.ID ||
		!strings.Contains(recorded[0].Reason, "panicked: assignment to entry in nil map") {
		t.Fatalf("the panicking vault's history: %+v (result's decision %d), want one error decision naming the panic",
			recorded, r.Outcome.Decision.ID)
	}
	if r := res[2]; r.Err == nil || !strings.Contains(r.Err.Error(), reverting.Hex()) || !strings.Contains(r.Err.Error(), "revert") {
		t.Fatalf("vault with a reverting source: %v, want an error naming source %s", r.Err, reverting.Hex())
	}
	for _, r := range res[3:] {
		if r.Err != nil || r.Outcome.Decision.ID == 0 {
			t.Fatalf("%s: %v, decision %+v", r.Vault, r.Err, r.Outcome.Decision)
		}
	}
}

// ignoring stands for a vault whose tick ignores its context: it returns
// only when released.
type ignoring struct{ release chan struct{} }

func (i ignoring) Tick(context.Context, bool) (rebalancer.Outcome, error) {
	<-i.release
	return rebalancer.Outcome{}, nil
}

// A tick that passes its deadline is that vault's error: a real keeper
// whose node hangs ends its tick at the deadline; a tick that ignores its
// context is left running after the grace, and its vault is skipped (ErrBusy)
// by the next rounds until it returns, while the others tick every round.
// The stuck vault's deadline is asked for at each tick (TimeoutOf, over
// its hour-long Timeout), as a governed switch may change it.
func TestTicksPastTheirDeadline(t *testing.T) {
	f, st := startFleet(t, 2)
	hung, _ := hungKeeper(t, f, f.vaults[0], st)
	stuck := ignoring{release: make(chan struct{})}
	vaults := []fleet.Vault{
		{Name: "hung", Keeper: hung, Timeout: time.Second},
		{Name: "stuck", Keeper: stuck, Timeout: time.Hour, TimeoutOf: func() time.Duration { return time.Second }},
		{Name: "healthy", Keeper: f.keeper(t, f.vaults[1], f.node.Client, st)},
	}
	fl, err := fleet.New(vaults, fleet.Config{Concurrency: 3, Grace: 200 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	round := func(want ...error) {
		t.Helper()
		res := fl.Round(context.Background(), true)
		for i, r := range res {
			if want[i] == nil {
				if r.Err != nil {
					t.Fatalf("%s: %v", r.Vault, r.Err)
				}
			} else if !errors.Is(r.Err, want[i]) {
				t.Fatalf("%s: %v, want %v", r.Vault, r.Err, want[i])
			}
		}
	}
	round(context.DeadlineExceeded, context.DeadlineExceeded, nil)
	round(context.DeadlineExceeded, fleet.ErrBusy, nil)
	close(stuck.release)
	// The stuck tick returns once released; the round after that ticks it.
	for range 100 {
		res := fl.Round(context.Background(), true)
		if res[1].Err == nil {
			return
		}
		if !errors.Is(res[1].Err, fleet.ErrBusy) {
			t.Fatalf("stuck, released: %v", res[1].Err)
		}
	}
	t.Fatal("the released tick was still reported running after 100 rounds")
}
