package e2e

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"
)

// fleetKills is how many leaders TestFleetFailover kills.
const fleetKills = 20

// fleetLeaseTTL is the keepers' local.storage.lease_ttl in TestFleetFailover.
const fleetLeaseTTL = 3 * time.Second

// usePostgres points the env's config at a throw-away PostgreSQL database
// (a real server from Debian's postgresql) with lease_ttl ttl. Call it
// before addVault, which copies the storage section.
func (e *env) usePostgres(t *testing.T, ttl time.Duration) {
	t.Setenv("E2E_PG_DSN", pgtest.DSN(t))
	b, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	storage := "  storage:\n    path: "
	if !strings.Contains(string(b), storage) {
		t.Fatalf("config has no %q", storage)
	}
	shared := strings.Replace(string(b), storage, "  storage:\n    kind: postgres\n    dsn_env: E2E_PG_DSN\n    lease_ttl: "+ttl.String()+"\n    path: ", 1)
	if err := os.WriteFile(e.cfg, []byte(shared), 0o600); err != nil {
		t.Fatal(err)
	}
}

// fleetProc is one keeper process of TestFleetFailover.
type fleetProc struct {
	k    *keeperRun
	dead bool
}

// alive reports whether the process still runs (and notes its exit).
func (p *fleetProc) alive() bool {
	if p.dead {
		return false
	}
	select {
	case <-p.k.exited:
		p.dead = true
	default:
	}
	return !p.dead
}

func (p *fleetProc) leads() bool {
	return p.alive() && strings.Contains(p.k.out.String(), "holding the lease")
}

// TestFleetFailover: three keeper processes (the real binary) share one
// PostgreSQL history and keep the same three vaults on anvil, all with one
// Vault-held key, so one lease decides who sends. Twenty times, whichever
// process leads dies at a random moment: killed (SIGKILL) a random while
// after a deposit has given it a rebalance to send, or killing itself
// right after a random number of its sends-journal writes (the crash hook,
// mid-send); a new process replaces it each time. Each time a standby
// takes over within two lease TTLs. Afterwards every decided rebalance is
// mined exactly once, the key's nonces are used once each with none
// skipped, and every mined transaction is in the history of the vault it
// went to.
func TestFleetFailover(t *testing.T) {
	e := newEnv(t, kvToken)
	e.usePostgres(t, fleetLeaseTTL)
	e.addVault("second", 12)
	e.addVault("third", 13)
	e.mineBlocks()
	rng := rand.New(rand.NewPCG(17, 0))
	var all []*fleetProc
	start := func(hooked bool) *fleetProc {
		var vars []string
		if hooked && rng.IntN(3) == 0 {
			// Dies by itself mid-send, once it leads and sends.
			vars = append(vars, fmt.Sprintf("VAULTKEEPER_TEST_KILL_AFTER_SEND_WRITES=%d", 1+rng.IntN(8)))
		}
		p := &fleetProc{k: e.startWith(vars, "run")}
		all = append(all, p)
		return p
	}
	procs := []*fleetProc{start(true), start(true), start(true)}
	// replaceDead keeps three processes running.
	replaceDead := func(hooked bool) {
		for i, p := range procs {
			if !p.alive() {
				procs[i] = start(hooked)
			}
		}
	}
	leader := func() *fleetProc {
		for _, p := range procs {
			if p.leads() {
				return p
			}
		}
		return nil
	}
	fleet := e.fleet()
	var worst time.Duration
	selfKilled := 0 // by the crash hook, right after a journal write
	for kill := range fleetKills {
		replaceDead(true)
		var old *fleetProc
		waitFor(t, fmt.Sprintf("kill %d: a leader", kill), 2*time.Minute, func() bool {
			replaceDead(true)
			old = leader()
			return old != nil
		})
		v := fleet[rng.IntN(len(fleet))]
		e.depositInto(v.chain, devchain.Tokens(float64(20_000+rng.IntN(80_000))))
		// SIGKILL a random while after the deposit (the leader may be
		// observing, deciding, signing or waiting for the receipt), unless
		// the crash hook kills it first.
		select {
		case <-time.After(time.Duration(rng.IntN(2500)) * time.Millisecond):
			if old.alive() {
				old.k.cmd.Process.Kill()
			}
		case <-old.k.exited:
			old.dead = true
		}
		died := time.Now()
		for old.alive() {
			time.Sleep(10 * time.Millisecond)
		}
		if strings.Contains(old.k.out.String(), "crash test: SIGKILL") {
			selfKilled++
		}
		waitFor(t, fmt.Sprintf("kill %d: a standby taking over", kill), 4*fleetLeaseTTL+10*time.Second, func() bool { return leader() != nil })
		took := time.Since(died)
		worst = max(worst, took)
		if took > 2*fleetLeaseTTL {
			t.Errorf("kill %d: the standby took over %v after the leader died, more than two TTLs (%v)", kill, took.Round(time.Millisecond), 2*fleetLeaseTTL)
		}
	}
	// A last leader that does not crash finishes the work: a deposit into
	// each vault is rebalanced, and every send ends.
	before := e.minedPerVault()
	for _, v := range fleet {
		e.depositInto(v.chain, devchain.Tokens(200_000))
	}
	waitFor(t, "every vault's rebalance after the last kill", 3*time.Minute, func() bool {
		replaceDead(false)
		m := e.minedPerVault()
		for _, v := range fleet {
			if m[v.name] <= before[v.name] {
				return false
			}
		}
		return true
	})
	waitFor(t, "every send finished", 2*time.Minute, func() bool { replaceDead(false); return openSends(e.history()) == 0 })
	signed := 0
	for _, p := range all {
		if p.alive() {
			p.k.cmd.Process.Kill()
			<-p.k.exited
			p.dead = true
		}
		signed += len(p.k.signedAttempts())
	}
	t.Logf("%d leaders killed (%d by the crash hook mid-send), %d processes; slowest takeover %v; mined rebalances per vault %v",
		fleetKills, selfKilled, len(all), worst.Round(time.Millisecond), e.minedPerVault())
	if selfKilled == 0 {
		t.Error("no leader died mid-send by the crash hook")
	}
	e.checkChaosInvariants(signed)
}
