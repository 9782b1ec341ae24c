package e2e

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// The real keeper binary is killed with SIGKILL right after each write of
// its send journal in turn (create, built, attempt signed, broadcast,
// mined, confirmed …) and started again: every time, the restarted keeper
// finishes the same send, exactly one transaction is ever signed and mined
// for the decision, and nothing is lost.
func TestKeeperKilledAtEachSendStepResumesWithoutDoubleSend(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil, Vault and the keeper binary")
	}
	killedAt := []string{}
	for n := 1; n < 40; n++ {
		var completed bool
		t.Run(fmt.Sprintf("after write %d", n), func(t *testing.T) {
			e := newEnv(t, kvToken)
			e.mineQuietly()
			k := e.startWith([]string{"VAULTKEEPER_TEST_KILL_AFTER_SEND_WRITES=" + fmt.Sprint(n)}, "once", "--log-format", "json")
			err := k.wait(t, 3*time.Minute)
			if err == nil {
				// The send has fewer writes than n: it ran to the end.
				completed = true
				if got := e.minedRebalances(); len(got) != 1 || e.keeperNonce() != 1 {
					t.Fatalf("uninterrupted run: %d mined rebalances, keeper nonce %d", len(got), e.keeperNonce())
				}
				return
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("keeper exited with %v, want killed by SIGKILL:\n%s", err, k.out.String())
			}
			lines := k.logLines("crash test: SIGKILL")
			if len(lines) != 1 {
				t.Fatalf("no crash-test log line before the kill:\n%s", k.out.String())
			}
			what, _ := lines[0]["write"].(string)
			killedAt = append(killedAt, what)

			again := e.start("once", "--log-format", "json")
			if err := again.wait(t, 3*time.Minute); err != nil {
				t.Fatalf("restarted keeper: %v\n%s", err, again.out.String())
			}
			// The journal holds one send with one signed attempt, and that
			// transaction is the one mined.
			attempts := e.journalAttempts()
			mined := e.minedRebalances()
			if len(mined) != 1 || e.keeperNonce() != 1 || len(attempts) != 1 || attempts[0] != mined[0].Hex() ||
				len(k.signedAttempts())+len(again.signedAttempts()) > 1 {
				t.Fatalf("killed after %q: %d mined rebalances %v, keeper nonce %d, journal attempts %v, signed before/after the kill %v/%v; want one signed, mined once\nrestart:\n%s",
					what, len(mined), mined, e.keeperNonce(), attempts, k.signedAttempts(), again.signedAttempts(), again.out.String())
			}
			if !strings.Contains(again.out.String(), "finished an earlier send") && !strings.Contains(again.out.String(), "resuming send") {
				t.Fatalf("killed after %q: the restarted keeper did not resume the send:\n%s", what, again.out.String())
			}
		})
		if t.Failed() || completed {
			break
		}
	}
	t.Logf("killed after: %s", strings.Join(killedAt, "; "))
	if len(killedAt) < 6 {
		t.Fatalf("only %d kill points (%v); a send has more steps", len(killedAt), killedAt)
	}
}

// journalAttempts returns the hash of every attempt in the keeper's SQLite
// journal, over all sends.
func (e *env) journalAttempts() []string {
	e.t.Helper()
	st, err := store.Open(e.dbPath)
	if err != nil {
		e.t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	sends, err := st.RecentSends(ctx, 1000)
	if err != nil {
		e.t.Fatal(err)
	}
	var hs []string
	for _, snd := range sends {
		atts, err := st.Attempts(ctx, snd.ID)
		if err != nil {
			e.t.Fatal(err)
		}
		for _, a := range atts {
			hs = append(hs, a.Hash)
		}
	}
	return hs
}
