package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"
)

// holdLockEnv makes the test binary a lock holder (TestMain): it takes the
// lock of the database named by the variable, says "locked" on stdout and
// waits to be killed.
const holdLockEnv = "VAULTKEEPER_STORE_TEST_HOLD_LOCK"

func TestMain(m *testing.M) {
	if db := os.Getenv(holdLockEnv); db != "" {
		if _, err := TryLock(db); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("locked")
		select {}
	}
	if dsn := os.Getenv(journalEnv); dsn != "" {
		os.Exit(journalWriterMain(dsn))
	}
	code := m.Run()
	if err := pgtest.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// startHolder starts a process that holds the lock of db.
func startHolder(t *testing.T, db string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), holdLockEnv+"="+db)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	if line, err := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("lock holder said %q (%v)", line, err)
	}
	return cmd
}

// The lock is exclusive across processes; the refusal names the database,
// the holder's pid and the lock file; a holder killed with SIGKILL leaves
// the lock free to take.
func TestLockIsExclusiveAndDiesWithItsHolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "keeper.db")
	holder := startHolder(t, db)

	_, err := TryLock(db)
	var le *LockedError
	if !errors.As(err, &le) || le.PID != holder.Process.Pid || le.DB != db || le.File != db+".lock" {
		t.Fatalf("second lock: %v (%+v), want the holder's pid %d", err, le, holder.Process.Pid)
	}
	want := fmt.Sprintf("%q is in use by another keeper (pid %d; lock file %s.lock)", db, holder.Process.Pid, db)
	if err.Error() != want {
		t.Fatalf("error %q, want %q", err, want)
	}

	if err := holder.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	holder.Wait()
	l, err := TryLock(db)
	if err != nil {
		t.Fatalf("after the holder was killed: %v", err)
	}
	if raw, _ := os.ReadFile(l.Path()); strings.TrimSpace(string(raw)) != strconv.Itoa(os.Getpid()) {
		t.Fatalf("lock file holds %q, want this process's pid %d", raw, os.Getpid())
	}
	// Within one process too, a second TryLock is refused while the first
	// is held, and succeeds once it is released.
	if _, err := TryLock(db); !errors.As(err, &le) || le.PID != os.Getpid() {
		t.Fatalf("second lock in the same process: %v", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(); err != nil {
		t.Fatalf("second Release: %v", err)
	}
	l2, err := TryLock(db)
	if err != nil {
		t.Fatalf("after Release: %v", err)
	}
	l2.Release()
}

func TestLockRejectsAnEmptyPath(t *testing.T) {
	if _, err := TryLock(""); err == nil {
		t.Fatal("locked an empty path")
	}
}

// A scratch copy has the database's history, takes writes without passing
// them on, and leaves the database's bytes as they were, while another
// process holds the database's lock; remove deletes it.
func TestScratchCopyLeavesTheDatabaseAlone(t *testing.T) {
	s, db := openTemp(t)
	if _, err := s.RecordDecision(ctx, holdDecision()); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	startHolder(t, db)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}

	cp, remove, err := OpenScratchCopy(db)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := cp.History(ctx, 10); err != nil || len(h) != 1 {
		t.Fatalf("copy's history: %d entries, %v; want the database's one", len(h), err)
	}
	if _, err := cp.RecordDecision(ctx, holdDecision()); err != nil {
		t.Fatal(err)
	}
	if h, err := cp.History(ctx, 10); err != nil || len(h) != 2 {
		t.Fatalf("copy's history after a write: %d entries, %v", len(h), err)
	}
	copyPath := cp.Path()
	if err := remove(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(copyPath)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the copy's directory is still there: %v", err)
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Fatal("the database's bytes changed")
	}
	s2, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if h, err := s2.History(ctx, 10); err != nil || len(h) != 1 {
		t.Fatalf("database's history: %d entries, %v; want 1", len(h), err)
	}
}

// Without a database the copy starts empty and none is created.
func TestScratchCopyOfNoDatabaseIsEmpty(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none", "keeper.db")
	cp, remove, err := OpenScratchCopy(db)
	if err != nil {
		t.Fatal(err)
	}
	defer remove()
	if h, err := cp.History(ctx, 10); err != nil || len(h) != 0 {
		t.Fatalf("copy of nothing: %d entries, %v", len(h), err)
	}
	if _, err := os.Stat(filepath.Dir(db)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("copying created the database's directory: %v", err)
	}
}

func holdDecision() Decision {
	return Decision{Time: t0, ChainID: 1337, Vault: vaultA, Action: ActionHold, TotalAssets: big.NewInt(0),
		Sources: []string{}, CurrentWeights: []float64{}, TargetWeights: []float64{}, Targets: []*big.Int{}}
}
