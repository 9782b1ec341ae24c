package e2e

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc/faultproxy"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
)

// recoveryTicks bounds the keeper's recovery: once a healthy node returns
// after an outage, or once the chain goes on after a deep reorg, one of the
// first recoveryTicks ticks that start afterwards must record a decision,
// and each rebalance they decide must be sent and mined in its tick, unless
// its simulation right before signing reverted (nothing is then sent).
//
// That happens now and then under anvil (1.7.1) whatever the phase: an
// eth_call at "latest" made while evm_mine seals a block can run on the new
// block's state under the previous block's header, so the lending pools'
// accrual (block.timestamp − last update) underflows, the vault values
// those sources at 0, and the rebalance's targets exceed its relative caps
// (RelativeCapExceeded). The keeper decides again at the next tick.
const recoveryTicks = 3

// sendAgainTicks bounds how many ticks after a recovery the keeper may
// take to have a rebalance mined: the test makes one warranted with a
// deposit, but the optimizer may first hold (a move that lowers risk more
// than it earns); within recoveryTicks every rebalance it does decide must
// be mined.
const sendAgainTicks = 30

// recoveryTickTime bounds the wall time of one recovery tick in the waits:
// a healthy tick that sends takes a few seconds.
const recoveryTickTime = 40 * time.Second

// outageClient is the chain client of the keeper that runs the outage and
// reorg phases (local settings: the approval holds): a call the node never
// answers fails after max_attempts × call_timeout and the backoff, about
// 2.2 s, so a tick against a silent node ends in seconds rather than after
// the default 10 s × 6 attempts per call. Without faults 1 s is ample for
// anvil.
const outageClient = `    call_timeout: 1s
    max_attempts: 2
    initial_backoff: 100ms
    max_backoff: 500ms
`

// outageTickDeadline is the tick deadline of that keeper: the default,
// governed.rebalance.receipt_timeout (90s in newEnv) + 2 min.
const outageTickDeadline = 90*time.Second + 2*time.Minute

// chaosLength is how long each part of a chaos run lasts.
type chaosLength struct {
	// ticksPerClass ticks under each fault class of chaosPhases.
	ticksPerClass int
	// outageRounds outages of each outageClass, each outageTicks ticks long.
	outageRounds, outageTicks int
	// reorgRounds deep reorgs.
	reorgRounds int
}

// chaosRun is the state the chaos phases share.
type chaosRun struct {
	t           *testing.T
	e           *env
	p           *faultproxy.Proxy
	m           *miner
	metricsAddr string
	// k is the keeper daemon under test.
	k *keeperRun
	// summary collects one line per phase for the end of the run.
	summary []string
}

func (c *chaosRun) logf(format string, a ...any) {
	c.t.Helper()
	line := fmt.Sprintf(format, a...)
	c.summary = append(c.summary, line)
	c.t.Log(line)
}

// alive fails the test if the keeper exited.
func (c *chaosRun) alive(during string) {
	c.t.Helper()
	select {
	case err := <-c.k.exited:
		c.t.Fatalf("the keeper exited during %s: %v\n%s", during, err, c.k.out.String())
	default:
	}
}

// stopKeeper stops the keeper with SIGTERM and waits for a clean exit.
func (c *chaosRun) stopKeeper() {
	c.t.Helper()
	c.k.cmd.Process.Signal(syscall.SIGTERM)
	if err := c.k.wait(c.t, time.Minute); err != nil {
		c.t.Fatalf("keeper run after SIGTERM: %v\n%s", err, c.k.out.String())
	}
}

// keepLog writes k's log, when the test ends, to the directory
// VAULTKEEPER_CHAOS_LOGS names, if set.
func keepLog(t *testing.T, k *keeperRun) {
	dir := os.Getenv("VAULTKEEPER_CHAOS_LOGS")
	if dir == "" {
		return
	}
	t.Cleanup(func() {
		path := filepath.Join(dir, fmt.Sprintf("keeper-%d.log", k.cmd.Process.Pid))
		if err := os.WriteFile(path, []byte(k.out.String()), 0o600); err != nil {
			t.Errorf("VAULTKEEPER_CHAOS_LOGS: %v", err)
			return
		}
		t.Logf("the keeper's log is in %s", path)
	})
}

// startOutageKeeper starts `keeper run` on the chaos config with the
// outage chain client (outageClient).
func (c *chaosRun) startOutageKeeper() {
	c.t.Helper()
	yaml, err := os.ReadFile(c.e.cfg)
	if err != nil {
		c.t.Fatal(err)
	}
	at := fmt.Sprintf("    chain_id: %d\n", anviltest.ChainID)
	if !strings.Contains(string(yaml), at) {
		c.t.Fatalf("the chaos config has no %q", at)
	}
	path := strings.TrimSuffix(c.e.cfg, ".yaml") + "-outage.yaml"
	if err := os.WriteFile(path, []byte(strings.Replace(string(yaml), at, at+outageClient, 1)), 0o600); err != nil {
		c.t.Fatal(err)
	}
	c.k = c.e.start("run", "--log-format", "json", "--config", path)
	keepLog(c.t, c.k)
	c.k.waitLog(c.t, "keeper started", time.Minute)
}

// outageClass is one way the node goes away: set(true) starts the outage,
// set(false) brings a healthy node back.
type outageClass struct {
	name string
	set  func(p *faultproxy.Proxy, on bool) error
}

var outageClasses = []outageClass{
	// A blackholed node: connections are accepted, nothing is answered.
	{"silent", func(p *faultproxy.Proxy, on bool) error { p.SetSilent(on); return nil }},
	// The node is down: connections are refused.
	{"refused", (*faultproxy.Proxy).SetRefusing},
	// The node closes every connection unanswered.
	{"closed", func(p *faultproxy.Proxy, on bool) error { p.SetDown(on); return nil }},
}

// outage runs one outage of class cl for span ticks, then brings the node
// back and checks the recovery. During the outage the keeper must stay up,
// /healthz must answer, and every tick must fail (no decision) and end
// within the tick deadline. A deposit into the vault made during the outage
// warrants a rebalance once the node is back.
func (c *chaosRun) outage(cl outageClass, round, span int) {
	t := c.t
	t.Helper()
	began := time.Now()
	if err := cl.set(c.p, true); err != nil {
		t.Fatal(err)
	}
	c.m.pause()
	c.e.deposit(3)
	c.m.resume()
	waitFor(t, fmt.Sprintf("%d ticks during the %s outage", span, cl.name), time.Duration(span)*outageTickDeadline, func() bool {
		c.alive(cl.name + " outage")
		return len(ticksStarted(c.k, began)) >= span
	})
	health, body := probe(c.metricsAddr, "/healthz")
	if err := cl.set(c.p, false); err != nil {
		t.Fatal(err)
	}
	back := time.Now()
	var longest time.Duration
	failed := 0
	for i, tk := range ticksStarted(c.k, began) {
		if tk.end.After(back) {
			break // finished after the node came back
		}
		failed++
		if tk.err == "" || len(tk.actions) > 0 {
			t.Errorf("%s outage: tick %d (started %s after the outage began) succeeded (err %q) or decided %v; want it to fail",
				cl.name, i+1, tk.start.Sub(began).Round(time.Millisecond), tk.err, tk.actions)
		}
		longest = max(longest, tk.end.Sub(tk.start))
	}
	if longest > outageTickDeadline {
		t.Errorf("%s outage: a tick took %s, beyond the tick deadline %s", cl.name, longest, outageTickDeadline)
	}
	// The outage is shorter than the staleness limit (3 ticks + the
	// receipt timeout): the daemon is alive and says its ticks fail.
	if health != http.StatusOK || !strings.Contains(body, "failed tick(s) in a row") {
		t.Errorf("%s outage: /healthz answered %d %q, want 200 saying ticks fail", cl.name, health, body)
	}
	rec := c.recover(cl.name, back)
	c.logf("%-8s round %d: %d ticks failed in %s (longest %s, /healthz %d); node back: %s", cl.name, round, failed,
		back.Sub(began).Round(time.Second), longest.Round(10*time.Millisecond), health, rec)
}

// recover waits, after from, for the recovery recoveryTicks describes and
// checks it: one of the first recoveryTicks ticks started after from
// decides, and each rebalance they decide is sent and mined in its tick;
// a rebalance is mined within sendAgainTicks; /healthz answers 200 again.
// It returns a description for the summary.
func (c *chaosRun) recover(what string, from time.Time) string {
	t := c.t
	t.Helper()
	waitFor(t, what+": recovery", sendAgainTicks*recoveryTickTime, func() bool {
		c.alive(what + " recovery")
		after := ticksStarted(c.k, from)
		return len(after) >= recoveryTicks && (recoveredAt(after).mined > 0 || len(after) >= sendAgainTicks)
	})
	all := ticksStarted(c.k, from)
	first := all[:recoveryTicks]
	var desc []string
	for i, tk := range first {
		desc = append(desc, fmt.Sprintf("tick %d: %v err %q", i+1, tk.actions, tk.err))
	}
	if recoveredAt(first).decided == 0 {
		t.Errorf("%s: none of the %d ticks after recovery decided:\n%s", what, recoveryTicks, strings.Join(desc, "\n"))
	}
	unsent := 0
	for i, tk := range first {
		for _, id := range tk.rebalances {
			switch {
			case slices.Contains(tk.unsent, id):
				unsent++
			case !slices.Contains(tk.mined, id):
				t.Errorf("%s: tick %d after recovery decided rebalance %d and did not have it mined:\n%s", what, i+1, id,
					strings.Join(desc, "\n"))
			}
		}
	}
	r := recoveredAt(all)
	switch {
	case r.mined > 0:
		c.e.checkDecisionMined(r.minedDecision)
	case !allHolds(all):
		var each []string
		for i, tk := range all {
			each = append(each, fmt.Sprintf("tick %d: %v err %q", i+1, tk.actions, tk.err))
		}
		t.Errorf("%s: no rebalance was mined in the %d ticks after recovery:\n%s", what, len(all), strings.Join(each, "\n"))
	default:
		// Every tick decided, and decided to hold: the keeper is live and had
		// nothing it judged worth sending (the strategy may hold on the
		// deposit, e.g. when a moved rebalance already placed the assets).
		t.Logf("%s: the %d ticks after recovery all decided to hold; nothing was due to be sent", what, len(all))
	}
	waitFor(t, what+": /healthz 200", recoveryTickTime, func() bool {
		st, _ := probe(c.metricsAddr, "/healthz")
		return st == http.StatusOK
	})
	note := ""
	if unsent > 0 {
		note = fmt.Sprintf(" (%d rebalance(s) not sent: simulation reverted)", unsent)
	}
	return fmt.Sprintf("decided at tick %d (of %d allowed), next rebalance mined at tick %d%s", recoveredAt(first).decided,
		recoveryTicks, r.mined, note)
}

// recovery is where, 1-based in a run of ticks, the first decision and the
// first mined rebalance are (0: none).
type recovery struct {
	decided, mined int
	minedDecision  int64
}

func recoveredAt(ticks []tickOutcome) recovery {
	var r recovery
	for i, tk := range ticks {
		if r.decided == 0 && tk.err == "" && len(tk.actions) > 0 {
			r.decided = i + 1
		}
		if r.mined == 0 && len(tk.mined) > 0 {
			r.mined, r.minedDecision = i+1, tk.mined[0]
		}
	}
	return r
}

// allHolds reports whether every tick decided without an error and every
// decision was a hold.
func allHolds(ticks []tickOutcome) bool {
	for _, tk := range ticks {
		if tk.err != "" || len(tk.actions) == 0 {
			return false
		}
		for _, a := range tk.actions {
			if a != "hold" {
				return false
			}
		}
	}
	return len(ticks) > 0
}

// ticksStarted returns the keeper's finished ticks that started at or
// after from.
func ticksStarted(k *keeperRun, from time.Time) []tickOutcome {
	var out []tickOutcome
	for _, tk := range tickOutcomes(k) {
		if !tk.start.Before(from) {
			out = append(out, tk)
		}
	}
	return out
}

// checkDecisionMined checks that the history records decision id as a
// rebalance whose transaction is mined, as the chain has it.
func (e *env) checkDecisionMined(id int64) {
	e.t.Helper()
	for _, d := range e.history() {
		if d.Decision.ID != id {
			continue
		}
		for _, tx := range d.Transactions {
			if tx.Status == "mined" {
				e.checkOnChain(common.HexToHash(tx.TxHash))
				return
			}
		}
		e.t.Errorf("decision %d (%s): no mined transaction in the history: %+v", id, d.Decision.Action, d.Transactions)
		return
	}
	e.t.Errorf("decision %d is not in the history", id)
}
