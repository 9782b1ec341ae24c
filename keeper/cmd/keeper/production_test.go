package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// buildKeeper builds the keeper binary into a temporary directory.
func buildKeeper(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "keeper")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}
	return bin
}

// proc is a keeper process started by startKeeper.
type proc struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	exited chan error
}

func startKeeper(t *testing.T, bin string, args ...string) *proc {
	t.Helper()
	p := &proc{cmd: exec.Command(bin, args...), stderr: new(syncBuffer), exited: make(chan error, 1)}
	p.cmd.Stderr = p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.exited <- p.cmd.Wait() }()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			<-p.exited
		}
	})
	return p
}

// waitLog waits until the process has logged s; it fails the test when
// the process exits first or s does not come within limit.
func (p *proc) waitLog(t *testing.T, s string, limit time.Duration) {
	t.Helper()
	deadline := time.After(limit)
	for !strings.Contains(p.stderr.String(), s) {
		select {
		case err := <-p.exited:
			t.Fatalf("keeper exited (%v) before logging %q:\n%s", err, s, p.stderr.String())
		case <-deadline:
			t.Fatalf("keeper did not log %q within %v:\n%s", s, limit, p.stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// wait waits for the process to exit and returns its exit code.
func (p *proc) wait(t *testing.T, limit time.Duration) int {
	t.Helper()
	select {
	case err := <-p.exited:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(limit):
		t.Fatalf("keeper did not exit within %v:\n%s", limit, p.stderr.String())
		return -1
	}
}

// A second `keeper run` (or `keeper once`) on the same database is refused
// at once, naming the database, the first one's pid and the lock file;
// once the first has stopped, the lock is free.
func TestSecondKeeperOnTheSameDatabaseIsRefused(t *testing.T) {
	bin := buildKeeper(t)
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	first := startKeeper(t, bin, "run", "--config", cfg)
	first.waitLog(t, "starting embedded chain", 2*time.Minute)

	want := fmt.Sprintf("local.storage.path %q is in use by another keeper (pid %d; lock file %s.lock)", db, first.cmd.Process.Pid, db)
	for _, cmd := range []string{"run", "once"} {
		second := startKeeper(t, bin, cmd, "--config", cfg, "--log-format", "json")
		if code := second.wait(t, time.Minute); code != 1 {
			t.Errorf("second keeper %s exited %d:\n%s", cmd, code, second.stderr.String())
		}
		if got := second.stderr.String(); !strings.Contains(got, strings.ReplaceAll(want, `"`, `\"`)) {
			t.Errorf("second keeper %s: error does not say %q:\n%s", cmd, want, got)
		}
	}
	select {
	case err := <-first.exited:
		t.Fatalf("the first keeper exited: %v\n%s", err, first.stderr.String())
	default:
	}

	if err := first.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := first.wait(t, 2*time.Minute); code != 0 {
		t.Fatalf("first keeper exited %d:\n%s", code, first.stderr.String())
	}
	l, err := store.TryLock(db)
	if err != nil {
		t.Fatalf("after the keeper stopped: %v", err)
	}
	l.Release()
}

// `keeper once --dry-run` takes no lock, leaves the history as it was and
// serves nothing: here another process holds the lock, and the embedded
// chain's rpc_addr and metrics.address are taken, as by a running demo.
func TestDryRunLeavesTheHistoryAndPortsAlone(t *testing.T) {
	db := filepath.Join(t.TempDir(), "keeper.db")
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	hold := store.Decision{Time: time.Now(), ChainID: 1337, Vault: "0x1111111111111111111111111111111111111111", Action: store.ActionHold,
		TotalAssets: big.NewInt(0), Sources: []string{}, CurrentWeights: []float64{}, TargetWeights: []float64{}, Targets: []*big.Int{}}
	if _, err := st.RecordDecision(context.Background(), hold); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	holder := exec.Command(os.Args[0], "-test.run=^TestHoldLockHelper$")
	holder.Env = append(os.Environ(), holdLockEnv+"="+db)
	out, err := holder.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { holder.Process.Kill(); holder.Wait() }()
	if line, err := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("lock holder said %q (%v)", line, err)
	}

	rpcTaken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer rpcTaken.Close()
	metricsTaken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer metricsTaken.Close()
	cfg := testConfig(t, db, rpcTaken.Addr().String())
	withMetrics(t, cfg, metricsTaken.Addr().String())
	scratch := t.TempDir()
	t.Setenv("TMPDIR", scratch)

	code, stdout, stderr := keeperRun(t, "once", "--dry-run", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, "dry run") {
		t.Fatalf("once --dry-run exited %d:\n%s%s", code, stdout, stderr)
	}
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the dry run changed the database file")
	}
	if h := recorded(t, db); len(h) != 1 || h[0].Decision.Action != store.ActionHold {
		t.Errorf("history after the dry run: %d decisions, want the one recorded before", len(h))
	}
	if left, _ := os.ReadDir(scratch); len(left) != 0 {
		t.Errorf("the dry run left %d entries in the temporary directory", len(left))
	}
}

// holdLockEnv makes TestHoldLockHelper hold the lock of the database it
// names: it says "locked" and waits to be killed.
const holdLockEnv = "VAULTKEEPER_TEST_HOLD_LOCK"

func TestHoldLockHelper(t *testing.T) {
	db := os.Getenv(holdLockEnv)
	if db == "" {
		t.Skip("a helper process for TestDryRunLeavesTheHistoryAndPortsAlone")
	}
	if _, err := store.TryLock(db); err != nil {
		t.Fatal(err)
	}
	fmt.Println("locked")
	select {}
}

// dryRunDB is a history holding one dry-run decision, recorded by the
// rebalancer's dry-run tick into the real database (`keeper once
// --dry-run` records into a scratch copy, deleted afterwards).
func dryRunDB(t *testing.T) (cfg, db string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "keeper.db")
	cfg = testConfig(t, db, "")
	c, err := config.Load(cfg)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	env, err := setup(ctx, ctx, c, cfg, st, slog.New(slog.NewTextHandler(io.Discard, nil)), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer env.Close()
	if _, err := env.rebalancer.Tick(ctx, true); err != nil {
		t.Fatal(err)
	}
	return cfg, db
}

// A second SIGTERM while a tick waits for its rebalance to be mined stops
// the keeper at once with 128+15, one log line saying so, and the send
// left open in the journal. (No block is produced: block_interval is an
// hour, so the tick cannot finish.)
func TestSecondSignalAbandonsTheTick(t *testing.T) {
	bin := buildKeeper(t)
	db := filepath.Join(t.TempDir(), "keeper.db")
	cfg := testConfig(t, db, "")
	editConfig(t, cfg, "block_interval: 200ms", "block_interval: 1h")
	k := startKeeper(t, bin, "run", "--config", cfg, "--log-format", "json")
	k.waitLog(t, `"msg":"attempt sent"`, 3*time.Minute)

	if err := k.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	k.waitLog(t, `"msg":"stopping: waiting for the running tick to finish"`, time.Minute)
	if err := k.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := k.wait(t, time.Minute); code != 143 {
		t.Fatalf("exit code %d after the second SIGTERM, want 143:\n%s", code, k.stderr.String())
	}
	logs := k.stderr.String()
	if n := strings.Count(logs, "running tick is abandoned"); n != 1 || strings.Contains(logs, `"msg":"keeper stopped"`) {
		t.Fatalf("want one abandon line and no clean stop:\n%s", logs)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snd, err := st.SendByKey(context.Background(), "rebalance/decision-1")
	if err != nil {
		t.Fatal(err)
	}
	if !snd.Open() || snd.State != store.SendSent {
		t.Fatalf("the abandoned send is %+v, want it open in state %s", snd, store.SendSent)
	}
}

// `keeper --version` and `keeper version` print the version, the commit the
// binary was built from and keccak256 over the contract artifacts on disk.
func TestVersionNamesCommitAndArtifacts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	// With git at hand the build records the commit whatever GOFLAGS says.
	head, gitErr := exec.Command("git", "rev-parse", "HEAD").Output()
	args := []string{"build", "-o", filepath.Join(t.TempDir(), "keeper")}
	if gitErr == nil {
		args = append(args, "-buildvcs=true")
	}
	if out, err := exec.Command("go", append(args, ".")...).CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}
	bin := args[2]
	var outs []string
	for _, arg := range []string{"--version", "version"} {
		out, err := exec.Command(bin, arg).Output()
		if err != nil {
			t.Fatalf("keeper %s: %v", arg, err)
		}
		outs = append(outs, string(out))
	}
	if outs[0] != outs[1] {
		t.Fatalf("--version and version differ:\n%s\n%s", outs[0], outs[1])
	}
	m := regexp.MustCompile(`^keeper (\S+)\ncommit +(\S+)\ncontracts 0x([0-9a-f]{64}) `).FindStringSubmatch(outs[0])
	if m == nil {
		t.Fatalf("version output:\n%s", outs[0])
	}
	// A checkout has no release tag: the version is "devel", or the
	// pseudo-version Go derives from the commit.
	if m[1] != "devel" && (gitErr != nil || !strings.Contains(m[1], string(head[:12]))) {
		t.Errorf("version %q, want devel or a pseudo-version of HEAD", m[1])
	}
	if gitErr == nil {
		if c := strings.TrimSuffix(m[2], "-dirty"); c != strings.TrimSpace(string(head)) {
			t.Errorf("commit %q, want HEAD %s", m[2], head)
		}
	} else if m[2] != "unknown" {
		t.Errorf("commit %q from a build without VCS information", m[2])
	}

	// contracts.ArtifactsHash, computed here from the files: each artifact
	// in name order as its name, NUL, its length in decimal, NUL, its bytes.
	dir := filepath.Join("..", "..", "..", "contracts", "artifacts")
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("artifacts: %v, %v", names, err)
	}
	var buf bytes.Buffer
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&buf, "%s\x00%d\x00", filepath.Base(n), len(b))
		buf.Write(b)
	}
	if want := fmt.Sprintf("%x", crypto.Keccak256(buf.Bytes())); m[3] != want {
		t.Errorf("contracts hash %s, want %s", m[3], want)
	}
}

// Start-up errors worth retrying are the node's and Vault's unavailability;
// the rest stop `keeper run` at once.
func TestStartupErrorsWorthRetrying(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, refused := net.Dial("tcp", addr)
	if refused == nil {
		t.Fatalf("something listens on %s", addr)
	}
	for _, c := range []struct {
		err       error
		transient bool
	}{
		{fmt.Errorf("rebalancer: reading chain ID: %w", refused), true},
		{fmt.Errorf("local.signer.kind vault-kv: vault signer: checking the token from VAULT_TOKEN at https://v:8200: Vault unreachable: %w", refused), true},
		{errors.New("local.signer.kind vault-kv: vault signer: checking the token: Vault is sealed (HTTP 503)"), true},
		{errors.New("local.signer.kind vault-kv: vault signer: reading the key: HTTP 500 from Vault: internal error"), true},
		{errors.New("local.signer.kind vault-kv: vault signer: checking the token from VAULT_TOKEN: permission denied (HTTP 403): invalid token"), false},
		{errors.New(`local.signer.kind "dev": the node's chain id 1 is not a local development chain ([1337 31337])`), false},
		{errors.New("local.signer.dev.key_env: environment variable KEY is not set or empty"), false},
		{context.Canceled, false},
	} {
		if got := transientStartup(c.err); got != c.transient {
			t.Errorf("transientStartup(%v) = %v, want %v", c.err, got, c.transient)
		}
		if got := errors.Is(permanentUnlessTransient(c.err), daemon.ErrPermanent); got == c.transient {
			t.Errorf("permanentUnlessTransient(%v) permanent: %v", c.err, got)
		}
	}
}

// /healthz expects no tick while setup runs (it may be retried for long),
// then the first one within tick_staleness of setup, then each within
// tick_staleness of the last.
func TestHealthExpectsTicksOnceSetUp(t *testing.T) {
	srv, _, addr := startTestMetrics(t, "tick_staleness: 0s", "tick_staleness: 7m")
	health := func() string {
		t.Helper()
		st, body, err := httpGet("http://" + addr + "/healthz")
		if err != nil || st != 200 {
			t.Fatalf("/healthz: %d %q %v", st, body, err)
		}
		return body
	}
	if b := health(); b != "ok: alive; no ticks expected\n" {
		t.Errorf("/healthz during setup: %q", b)
	}
	srv.setUp()
	if b := health(); !strings.HasPrefix(b, "ok: alive; no tick yet") || !strings.Contains(b, "staleness limit 7m0.") {
		t.Errorf("/healthz after setup: %q, want the limit counted from setup (7m plus the time setup took)", b)
	}
	srv.tickDone("vault", time.Second, nil)
	if b := health(); !strings.HasPrefix(b, "ok: alive; last tick ended") || !strings.HasSuffix(b, "staleness limit 7m0s\n") {
		t.Errorf("/healthz after a tick: %q", b)
	}
}
