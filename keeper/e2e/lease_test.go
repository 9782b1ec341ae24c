package e2e

import (
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// leaseTTL is the keepers' local.storage.lease_ttl in TestLeaseFailover.
const leaseTTL = 3 * time.Second

// TestLeaseFailover: three keeper processes with one Vault-held key share
// one PostgreSQL history (a real server from Debian's postgresql) and one
// chain (anvil). The first takes the lease on sending for (chain, key) and
// rebalances; the second stands by. Killed (SIGKILL, no release), the
// leader is replaced by the standby within two TTLs, which rebalances
// after a deposit; every nonce the key used on chain is one mined
// rebalance (no two keepers sent with one nonce). Then the new leader is
// paused (SIGSTOP) past its lease: a third keeper takes over, and when the
// paused one wakes (SIGCONT) it signs nothing, finds its lease lost and
// stops.
func TestLeaseFailover(t *testing.T) {
	e := newEnv(t, kvToken)
	e.usePostgres(t, leaseTTL)

	e.mineBlocks()
	first := e.start("run")
	first.waitLog(t, "holding the lease", 90*time.Second)
	second := e.start("run")
	second.waitLog(t, "standing by", 90*time.Second)
	waitFor(t, "the leader's first rebalance", 90*time.Second, func() bool { return len(e.minedRebalances()) > 0 })
	if got := second.signedAttempts(); len(got) != 0 {
		t.Fatalf("the standby signed %d attempts", len(got))
	}

	// The leader dies without releasing its lease.
	if err := first.cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	killed := time.Now()
	second.waitLog(t, "holding the lease", 4*leaseTTL)
	if took := time.Since(killed); took > 2*leaseTTL+time.Second {
		t.Errorf("the standby took over %v after the leader died, more than two TTLs (%v)", took, 2*leaseTTL)
	}
	before := len(e.minedRebalances())
	e.deposit(40)
	waitFor(t, "the new leader's rebalance", 90*time.Second, func() bool { return len(e.minedRebalances()) > before })
	if len(second.signedAttempts()) == 0 {
		t.Error("the new leader's rebalance was not signed by it")
	}

	// The new leader is paused past its lease; a third keeper takes over.
	third := e.start("run")
	third.waitLog(t, "standing by", 90*time.Second)
	if err := second.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	third.waitLog(t, "holding the lease", 4*leaseTTL)
	signedBefore := len(second.signedAttempts())
	// keeper status names the leader.
	held := third.logLines("holding the lease: this keeper sends")
	out, err := exec.Command(keeperBin, "status", "--config", e.cfg).Output()
	if err != nil || len(held) != 1 || !strings.Contains(string(out), fmt.Sprintf("held by %s", held[0]["holder"])) {
		t.Errorf("keeper status (%v) does not name the third keeper %v as the leader:\n%s", err, held, out)
	}
	if err := second.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if err := second.wait(t, 30*time.Second); err == nil {
		t.Error("the woken keeper exited cleanly; want an error naming the lost lease")
	}
	if out := second.out.String(); !strings.Contains(out, "no longer holds its lease") {
		t.Errorf("the woken keeper does not say it lost its lease:\n%s", out[max(0, len(out)-3000):])
	}
	if n := len(second.signedAttempts()); n != signedBefore {
		t.Errorf("the woken keeper signed %d attempts after it lost its lease", n-signedBefore)
	}
	before = len(e.minedRebalances())
	e.deposit(40)
	waitFor(t, "the third keeper's rebalance", 90*time.Second, func() bool { return len(e.minedRebalances()) > before })

	// One nonce, one mined rebalance: no two keepers sent with one nonce.
	if mined, nonce := len(e.minedRebalances()), e.keeperNonce(); uint64(mined) != nonce {
		t.Errorf("%d mined rebalances, but the key has used %d nonces", mined, nonce)
	}
	for _, d := range e.history() {
		for _, s := range d.Sends {
			if s.State == "failed" {
				t.Errorf("send %s failed: %s", s.Key, s.Error)
			}
		}
	}
}
