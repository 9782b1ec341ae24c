package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc/faultproxy"
)

// chaosPhase is one fault class the keeper runs under for a number of
// ticks.
type chaosPhase struct {
	name  string
	rates []faultproxy.Rate
}

// chaosPhases: each required fault class at 10%, then all of them mixed.
var chaosPhases = []chaosPhase{
	{"drop", []faultproxy.Rate{{Fault: faultproxy.Drop, P: 0.1}}},
	{"http_500", []faultproxy.Rate{{Fault: faultproxy.HTTP500, P: 0.1}}},
	{"http_429", []faultproxy.Rate{{Fault: faultproxy.HTTP429, P: 0.1}}},
	{"truncated", []faultproxy.Rate{{Fault: faultproxy.Truncated, P: 0.1}}},
	{"garbage", []faultproxy.Rate{{Fault: faultproxy.Garbage, P: 0.1}}},
	{"mix", []faultproxy.Rate{{Fault: faultproxy.Drop, P: 0.03}, {Fault: faultproxy.HTTP500, P: 0.03},
		{Fault: faultproxy.HTTP429, P: 0.02}, {Fault: faultproxy.Truncated, P: 0.03}, {Fault: faultproxy.Garbage, P: 0.03},
		{Fault: faultproxy.Delay, P: 0.02}}},
}

// chaosSeed seeds the proxy's faults; VAULTKEEPER_CHAOS_SEED replays
// another run.
func chaosSeed(t *testing.T) int64 {
	seed := int64(13)
	if s := os.Getenv("VAULTKEEPER_CHAOS_SEED"); s != "" {
		if _, err := fmt.Sscan(s, &seed); err != nil {
			t.Fatalf("VAULTKEEPER_CHAOS_SEED=%q: %v", s, err)
		}
	}
	return seed
}

// The real keeper daemon runs against anvil through the fault proxy, a
// few ticks per fault class, with the market moving and blocks mined; then
// through outages of the node (outageClasses) and deep reorgs (reorgKinds),
// after each of which it must be deciding and sending again within
// recoveryTicks.
func TestChaosShort(t *testing.T) {
	if os.Getenv("VAULTKEEPER_CHAOS") == "full" {
		t.Skip("VAULTKEEPER_CHAOS=full runs TestChaosFull instead")
	}
	runChaos(t, chaosLength{ticksPerClass: 3, outageRounds: 1, outageTicks: 2, reorgRounds: 4})
}

// TestChaosFull is TestChaosShort with 40 ticks per class, more and longer
// outages and more deep reorgs: `make chaos`.
func TestChaosFull(t *testing.T) {
	if os.Getenv("VAULTKEEPER_CHAOS") != "full" {
		t.Skip("set VAULTKEEPER_CHAOS=full (make chaos)")
	}
	runChaos(t, chaosLength{ticksPerClass: 40, outageRounds: 4, outageTicks: 6, reorgRounds: 8})
}

func runChaos(t *testing.T, length chaosLength) {
	started := time.Now()
	ticksPerClass := length.ticksPerClass
	e := newEnv(t, kvToken)
	metricsAddr := e.serveMetrics()
	seed := chaosSeed(t)
	var proxyErrs struct {
		sync.Mutex
		errs []error
	}
	p, err := faultproxy.New(e.anvil.URL, seed, func(err error) {
		proxyErrs.Lock()
		proxyErrs.errs = append(proxyErrs.errs, err)
		proxyErrs.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })

	// The same config, with the node reached through the proxy (a local
	// setting: governance's approval still holds).
	yaml, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	from := fmt.Sprintf("rpc_url: %q", e.anvil.URL)
	if !strings.Contains(string(yaml), from) {
		t.Fatalf("the config has no %s", from)
	}
	e.cfg = strings.TrimSuffix(e.cfg, ".yaml") + "-chaos.yaml"
	if err := os.WriteFile(e.cfg, []byte(strings.Replace(string(yaml), from, fmt.Sprintf("rpc_url: %q", p.URL()), 1)), 0o600); err != nil {
		t.Fatal(err)
	}

	m := e.startMiner()
	k := e.start("run", "--log-format", "json")
	keepLog(t, k)
	k.waitLog(t, "keeper started", time.Minute)
	t.Logf("seed %d (VAULTKEEPER_CHAOS_SEED replays it), %d ticks per class; set up in %s", seed, ticksPerClass,
		time.Since(started).Round(time.Second))

	for _, ph := range chaosPhases {
		p.SetRates(ph.rates...)
		before, started := p.Counts(), time.Now()
		t0 := len(tickOutcomes(k))
		waitFor(t, fmt.Sprintf("%d ticks under %s", ticksPerClass, ph.name), time.Duration(ticksPerClass)*20*time.Second, func() bool {
			select {
			case err := <-k.exited:
				t.Fatalf("the keeper exited under %s: %v\n%s", ph.name, err, k.out.String())
			default:
			}
			return len(tickOutcomes(k))-t0 >= ticksPerClass
		})
		outcomes := tickOutcomes(k)[t0:]
		after := p.Counts()
		d, n := 0, len(outcomes)
		var failed []string
		for i, o := range outcomes {
			if o.decided {
				d++
			} else {
				failed = append(failed, fmt.Sprintf("tick %d: %s", t0+i, o.err))
			}
		}
		var faults []string
		for f, c := range after {
			if f != faultproxy.Pass && c > before[f] {
				faults = append(faults, fmt.Sprintf("%s %d", f, c-before[f]))
			}
		}
		sort.Strings(faults)
		t.Logf("%-9s %d/%d ticks decided in %s; %d requests, faults: %s", ph.name, d, n, time.Since(started).Round(time.Second),
			total(after)-total(before), strings.Join(faults, ", "))
		if d*5 < n*4 {
			t.Errorf("under %s only %d of %d ticks decided, want at least 80%%:\n%s", ph.name, d, n, strings.Join(failed, "\n"))
		}
	}

	// Faults off: the open send, if any, is finished and recorded, then the
	// keeper stops.
	p.SetRates()
	waitFor(t, "every send finished", time.Minute, func() bool { return openSends(e.history()) == 0 })
	c := &chaosRun{t: t, e: e, p: p, m: m, metricsAddr: metricsAddr, k: k}
	c.stopKeeper()
	signed := len(k.signedAttempts())
	unsent := len(k.logLines("send not sent: simulation reverted"))

	// Outages and deep reorgs, under a keeper whose calls time out sooner.
	c.startOutageKeeper()
	for round := 1; round <= length.outageRounds; round++ {
		for _, cl := range outageClasses {
			c.outage(cl, round, length.outageTicks)
		}
	}
	for round := 1; round <= length.reorgRounds; round++ {
		c.deepReorg(round, reorgKinds[(round-1)%len(reorgKinds)])
	}
	waitFor(t, "every send finished", time.Minute, func() bool { return openSends(e.history()) == 0 })
	c.stopKeeper()
	signed += len(c.k.signedAttempts())
	unsent += len(c.k.logLines("send not sent: simulation reverted"))
	t.Logf("chaos run done in %s:\n%s\n%d send(s) not sent in the whole run because their simulation reverted (see recoveryTicks)",
		time.Since(started).Round(time.Second), strings.Join(c.summary, "\n"), unsent)

	proxyErrs.Lock()
	for _, err := range proxyErrs.errs {
		t.Errorf("the proxy failed (not an injected fault): %v", err)
	}
	proxyErrs.Unlock()
	e.checkChaosInvariants(signed)
}

func total(m map[faultproxy.Fault]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// tickOutcome is one finished tick of the daemon: whether it recorded a
// decision, and the error it failed with if not.
type tickOutcome struct {
	decided bool
	err     string
	// actions are those of the decisions recorded, rebalances the ids of
	// those that are rebalances, mined the ids of the rebalance decisions
	// whose send the tick saw confirmed, and unsent those whose send was
	// not sent because its simulation reverted.
	actions    []string
	rebalances []int64
	mined      []int64
	unsent     []int64
	// start and end are when the tick started and finished.
	start, end time.Time
}

// tickOutcomes reads the keeper's log in order: a tick is finished by its
// "tick finished" line, and decided if a "decision" line came since the
// previous tick finished.
func tickOutcomes(k *keeperRun) []tickOutcome {
	var out []tickOutcome
	var cur tickOutcome
	sc := bufio.NewScanner(strings.NewReader(k.out.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) != nil {
			continue
		}
		switch m["msg"] {
		case "decision":
			cur.decided = true
			cur.actions = append(cur.actions, fmt.Sprint(m["action"]))
			if id, _ := m["id"].(float64); m["action"] == "rebalance" {
				cur.rebalances = append(cur.rebalances, int64(id))
			}
		case "rebalance confirmed":
			id, _ := m["decision"].(float64)
			cur.mined = append(cur.mined, int64(id))
		case "send not sent: simulation reverted":
			var id int64
			if _, err := fmt.Sscanf(fmt.Sprint(m["key"]), "rebalance/decision-%d", &id); err == nil {
				cur.unsent = append(cur.unsent, id)
			}
		case "tick failed":
			cur.err = fmt.Sprint(m["err"])
		case "tick finished":
			// took is in nanoseconds (slog's JSON of a time.Duration).
			cur.end, _ = time.Parse(time.RFC3339Nano, fmt.Sprint(m["time"]))
			took, _ := m["took"].(float64)
			cur.start = cur.end.Add(-time.Duration(took))
			out = append(out, cur)
			cur = tickOutcome{}
		}
	}
	return out
}

// openSends counts the sends in the history not yet in a terminal state.
func openSends(h history) int {
	n := 0
	for _, d := range h {
		for _, s := range d.Sends {
			if s.State != "confirmed" && s.State != "reverted" && s.State != "failed" {
				n++
			}
		}
	}
	return n
}

// minedTx is one of the keeper's transactions as the chain has it.
type minedTx struct {
	hash  common.Hash
	nonce uint64
	block uint64
}

// keeperTxs reads every block from anvil directly (not through the proxy)
// and returns the keeper's mined transactions.
func (e *env) keeperTxs() []minedTx {
	e.t.Helper()
	ctx := context.Background()
	head, err := e.chain.Client.BlockNumber(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []minedTx
	for n := uint64(0); n <= head; n++ {
		b, err := e.chain.Client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			e.t.Fatalf("block %d: %v", n, err)
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
			if err == nil && from == e.keeper {
				out = append(out, minedTx{tx.Hash(), tx.Nonce(), n})
			}
		}
	}
	return out
}

// checkChaosInvariants compares the keeper's history with the chain: no
// nonce used twice or skipped, every mined transaction one send's, each
// recorded with its true hash and block, no decision mined twice, no send
// or transaction recorded failed whose transaction is mined, and (every
// send being finished) none still recorded as sent.
func (e *env) checkChaosInvariants(signed int) {
	t := e.t
	t.Helper()
	chain := e.keeperTxs()
	byHash := map[common.Hash]minedTx{}
	for i, tx := range chain {
		byHash[tx.hash] = tx
		if tx.nonce != uint64(i) {
			t.Errorf("the keeper's mined transactions have nonces %v, want 0…%d each once", nonces(chain), len(chain)-1)
			break
		}
	}
	if n := e.keeperNonce(); n != uint64(len(chain)) {
		t.Errorf("the keeper's nonce on anvil is %d, but %d of its transactions are mined", n, len(chain))
	}

	h := e.history()
	sendOf := map[common.Hash]string{} // mined tx → the send that records it
	sends, mined := 0, 0
	for _, d := range h {
		minedForDecision := 0
		for _, s := range d.Sends {
			sends++
			for _, a := range s.Attempts {
				if tx, ok := byHash[common.HexToHash(a.Hash)]; ok {
					minedForDecision++
					if s.State == "failed" {
						t.Errorf("decision %d: send %s is recorded failed, but its attempt %s is mined in block %d",
							d.Decision.ID, s.Key, a.Hash, tx.block)
					}
				}
			}
			if s.State != "confirmed" && s.State != "reverted" {
				continue
			}
			mined++
			hash := common.HexToHash(s.TxHash)
			tx, ok := byHash[hash]
			switch {
			case !ok:
				t.Errorf("decision %d: send %s is recorded %s as %s in block %d, which the chain does not have from the keeper",
					d.Decision.ID, s.Key, s.State, s.TxHash, s.Block)
			case tx.block != s.Block:
				t.Errorf("decision %d: send %s is recorded in block %d; the chain has %s in block %d",
					d.Decision.ID, s.Key, s.Block, s.TxHash, tx.block)
			case sendOf[hash] != "":
				t.Errorf("transaction %s is recorded by two sends, %s and %s", s.TxHash, sendOf[hash], s.Key)
			}
			sendOf[hash] = s.Key
		}
		if minedForDecision > 1 {
			t.Errorf("decision %d (%s) has %d mined transactions: a double send", d.Decision.ID, d.Decision.Action, minedForDecision)
		}
		for _, tx := range d.Transactions {
			mt, onChain := byHash[common.HexToHash(tx.TxHash)]
			switch {
			case (tx.Status == "mined" || tx.Status == "reverted") && !onChain:
				t.Errorf("decision %d: transaction %s is recorded %s, but the chain does not have it", d.Decision.ID, tx.TxHash, tx.Status)
			case tx.Status == "failed" && onChain:
				t.Errorf("decision %d: transaction %s is recorded failed, but it is mined in block %d", d.Decision.ID, tx.TxHash, mt.block)
			case tx.Status == "sent":
				t.Errorf("decision %d: transaction %s is still recorded sent (%q) though every send is finished",
					d.Decision.ID, tx.TxHash, tx.Error)
			}
			if tx.Status == "mined" && d.Decision.Action == "rebalance" {
				e.checkOnChain(common.HexToHash(tx.TxHash))
			}
		}
	}
	for _, tx := range chain {
		if sendOf[tx.hash] == "" {
			t.Errorf("the keeper's transaction %s (nonce %d, block %d) is mined, but no finished send in the history records it",
				tx.hash.Hex(), tx.nonce, tx.block)
		}
	}
	t.Logf("%d decisions, %d sends, %d finished on chain; %d keeper transactions mined (nonces %v); %d attempts signed",
		len(h), sends, mined, len(chain), nonces(chain), signed)
	if len(chain) == 0 {
		t.Errorf("the keeper sent nothing that was mined: the run checked no send")
	}
}

func nonces(txs []minedTx) []uint64 {
	var ns []uint64
	for _, tx := range txs {
		ns = append(ns, tx.nonce)
	}
	return ns
}
