package main

import (
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"syscall"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// killAfterSendWritesEnv names the crash-test hook: with
// VAULTKEEPER_TEST_KILL_AFTER_SEND_WRITES=N the process kills itself with
// SIGKILL right after its N-th committed write to the sends journal, as a
// power cut or an OOM kill would stop it at that step of a send. The
// end-to-end tests (keeper/e2e) use it to kill the real binary at every step
// and check that the restarted keeper neither loses the send nor signs a
// second, different transaction for it. Unset (always, in production), it
// does nothing.
const killAfterSendWritesEnv = "VAULTKEEPER_TEST_KILL_AFTER_SEND_WRITES"

// installCrashTest sets the hook on st when the environment asks for it.
func installCrashTest(st *store.Store, log *slog.Logger) error {
	v, ok := os.LookupEnv(killAfterSendWritesEnv)
	if !ok {
		return nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return fmt.Errorf("%s=%q: want a positive number of writes", killAfterSendWritesEnv, v)
	}
	log.Warn("crash test: this process kills itself after a number of send-journal writes", "env", killAfterSendWritesEnv, "writes", n)
	count := 0
	st.SetSendWriteHook(func(what string) {
		if count++; count == n {
			log.Warn("crash test: SIGKILL", "after_write", count, "write", what)
			syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal is on its way; nothing more happens here
		}
	})
	return nil
}
