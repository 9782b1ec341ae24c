package e2e

import (
	"bufio"
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

	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
)

// demoConfig is the shipped config.yaml with a fast schedule, its own
// database, a free JSON-RPC port and no metrics.
func demoConfig(t *testing.T, dir string) (path, rpcAddr string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(vaulttest.RepoRoot(), "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	rpcAddr = ln.Addr().String()
	ln.Close()
	s := string(raw)
	for old, new := range map[string]string{
		`schedule: "*/10 * * * * *"`: `schedule: "*/2 * * * * *"`,
		"path: var/keeper.db":        "path: " + filepath.Join(dir, "var", "keeper.db"),
		"rpc_addr: 127.0.0.1:8545":   "rpc_addr: \"" + rpcAddr + "\"",
		"block_interval: 1s":         "block_interval: 250ms",
		"address: 127.0.0.1:9464":    `address: ""`,
	} {
		if !strings.Contains(s, old) {
			t.Fatalf("config.yaml no longer contains %q", old)
		}
		s = strings.Replace(s, old, new, 1)
	}
	path = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, rpcAddr
}

// runDemo starts `keeper run --config cfgPath`, its stdout and stderr into
// out; exited receives its exit. The test's cleanup stops it with SIGTERM
// (killing it after 30 s).
func runDemo(t *testing.T, cfgPath string) (out *vaulttest.SyncBuffer, exited chan error) {
	t.Helper()
	out = new(vaulttest.SyncBuffer)
	cmd := exec.Command(keeperBin, "run", "--config", cfgPath)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited = make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
		}
	})
	return out, exited
}

var demoAccountRE = regexp.MustCompile(`(?m)^\s+(depositor|governor|guardian)\s+(0x[0-9a-fA-F]{40})\s+key (0x[0-9a-f]{64})`)

// The README's walkthrough of the embedded demo for the depositor and the
// governor: `keeper run` prints the demo accounts and addresses once ready;
// the depositor approves and deposits with stock cast and the keeper moves
// the deposit into the sources on a later tick; the governor proposes a
// config change with `keeper governance propose --key-env`, moves chain
// time with cast rpc evm_increaseTime / evm_mine, executes it, and the
// running daemon switches to it.
func TestEmbeddedDemoWalkthroughForDepositorAndGovernor(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the keeper binary")
	}
	dir := t.TempDir()
	cfgPath, rpcAddr := demoConfig(t, dir)
	rpcURL := "http://" + rpcAddr
	out, exited := runDemo(t, cfgPath)
	waitOut := func(what string, within time.Duration, cond func(string) bool) string {
		t.Helper()
		deadline := time.Now().Add(within)
		for time.Now().Before(deadline) {
			s := out.String()
			if cond(s) {
				return s
			}
			select {
			case err := <-exited:
				t.Fatalf("keeper exited (%v) while waiting for %s:\n%s", err, what, s)
			case <-time.After(100 * time.Millisecond):
			}
		}
		t.Fatalf("no %s within %s:\n%s", what, within, out.String())
		return ""
	}
	ready := waitOut("demo accounts", 2*time.Minute, func(s string) bool { return len(demoAccountRE.FindAllString(s, -1)) == 3 })
	keys := map[string]string{}
	addrs := map[string]string{}
	for _, m := range demoAccountRE.FindAllStringSubmatch(ready, -1) {
		addrs[m[1]], keys[m[1]] = m[2], m[3]
	}
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^\s+` + name + `\s+(0x[0-9a-fA-F]{40})`).FindStringSubmatch(ready)
		if m == nil {
			t.Fatalf("the ready output names no %s:\n%s", name, ready)
		}
		return m[1]
	}
	token, vault := field("token"), field("vault")
	if !strings.Contains(ready, rpcURL) {
		t.Fatalf("the ready output does not give the JSON-RPC URL %s:\n%s", rpcURL, ready)
	}

	// The depositor deposits its wallet with cast.
	bal := strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, token, "balanceOf(address)(uint256)", addrs["depositor"]))[0]
	amount, ok := new(big.Int).SetString(bal, 10)
	if !ok || amount.Sign() == 0 {
		t.Fatalf("the demo depositor holds %q", bal)
	}
	castRun(t, "send", "--rpc-url", rpcURL, "--private-key", keys["depositor"], token, "approve(address,uint256)", vault, bal)
	castRun(t, "send", "--rpc-url", rpcURL, "--private-key", keys["depositor"], vault, "deposit(uint256,address)", bal, addrs["depositor"])
	idle := func() *big.Int {
		v, _ := new(big.Int).SetString(strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, vault, "idle()(uint256)"))[0], 10)
		return v
	}
	// The keeper's next rebalance moves most of it into the sources.
	half := new(big.Int).Rsh(amount, 1)
	deadline := time.Now().Add(90 * time.Second)
	for idle().Cmp(half) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the deposit stayed idle (%s):\n%s", idle(), out.String())
		}
		time.Sleep(500 * time.Millisecond)
	}

	// The governor proposes a slower schedule, lets the timelock delay pass
	// and executes; the daemon switches to the new file.
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	v2 := filepath.Join(dir, "config-v2.yaml")
	if err := os.WriteFile(v2, []byte(strings.Replace(string(raw), `schedule: "*/2 * * * * *"`, `schedule: "*/3 * * * * *"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	gov := append(os.Environ(), "VK_GOVERNOR_KEY="+keys["governor"])
	run := func(args ...string) string {
		t.Helper()
		c := exec.Command(keeperBin, args...)
		c.Env = gov
		o, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("keeper %v: %v\n%s", args, err, o)
		}
		return string(o)
	}
	proposed := run("governance", "propose", "--config", v2, "--key-env", "VK_GOVERNOR_KEY")
	m := regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(proposed)
	if m == nil {
		t.Fatalf("propose:\n%s", proposed)
	}
	if !strings.Contains(proposed, "schedule") || !strings.Contains(proposed, "*/3 * * * * *") {
		t.Errorf("the proposal's diff does not show the schedule change:\n%s", proposed)
	}
	castRun(t, "rpc", "--rpc-url", rpcURL, "evm_increaseTime", "90000")
	castRun(t, "rpc", "--rpc-url", rpcURL, "evm_mine")
	run("governance", "execute", "--config", v2, "--key-env", "VK_GOVERNOR_KEY", "--id", m[1])
	waitOut("the switch to config-v2.yaml", time.Minute, func(s string) bool {
		sc := bufio.NewScanner(strings.NewReader(s))
		for sc.Scan() {
			if strings.Contains(sc.Text(), "switched to the approved config") && strings.Contains(sc.Text(), "config-v2.yaml") {
				return true
			}
		}
		return false
	})

	// The guardian cancels the next proposal with cast before it is ready.
	v3 := filepath.Join(dir, "config-v3.yaml")
	if err := os.WriteFile(v3, []byte(strings.Replace(string(raw), `schedule: "*/2 * * * * *"`, `schedule: "*/4 * * * * *"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	proposed = run("governance", "propose", "--config", v3, "--key-env", "VK_GOVERNOR_KEY")
	if m = regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(proposed); m == nil {
		t.Fatalf("propose:\n%s", proposed)
	}
	castRun(t, "send", "--rpc-url", rpcURL, "--private-key", keys["guardian"], field("timelock"), "cancel(bytes32)", m[1])
	if st := run("governance", "status", "--config", v3); !regexp.MustCompile(m[1] + `\s+cancelled`).MatchString(st) {
		t.Fatalf("governance status after the guardian's cancel:\n%s", st)
	}

	// The depositor withdraws some and redeems the rest.
	me := addrs["depositor"]
	castRun(t, "send", "--rpc-url", rpcURL, "--private-key", keys["depositor"], vault, "withdraw(uint256,address,address)", "1000000", me, me)
	// maxRedeem is bounded by what the sources can pay out, which moves
	// with every block (the market simulator moves the real Aave pool's
	// liquidity): the depositor redeems what it may, in parts if a block
	// mined in between lowered it, until it has redeemed every share or
	// has back at least what it deposited (a last unit of shares may be
	// worth nothing redeemable).
	for try := 1; ; try++ {
		left := strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, vault, "balanceOf(address)(uint256)", me))[0]
		got, _ := new(big.Int).SetString(strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, token, "balanceOf(address)(uint256)", me))[0], 10)
		if left == "0" || (got != nil && got.Cmp(amount) >= 0) {
			break
		}
		max, _ := new(big.Int).SetString(strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, vault, "maxRedeem(address)(uint256)", me))[0], 10)
		shares := max
		if try > 1 {
			shares = new(big.Int).Div(new(big.Int).Mul(max, big.NewInt(999)), big.NewInt(1000))
		}
		out, err := exec.Command(filepath.Join(vaulttest.RepoRoot(), "scripts", "cast"), "send", "--rpc-url", rpcURL,
			"--private-key", keys["depositor"], vault, "redeem(uint256,address,address)", shares.String(), me, me).CombinedOutput()
		if err != nil && (try == 10 || !strings.Contains(string(out), "ERC4626ExceededMaxRedeem")) {
			t.Fatalf("redeem of %s shares (try %d): %v\n%s", shares, try, err, out)
		}
		if try == 10 {
			t.Fatalf("shares left after %d redeems: %s", try, left)
		}
	}
	back, _ := new(big.Int).SetString(strings.Fields(castRun(t, "call", "--rpc-url", rpcURL, token, "balanceOf(address)(uint256)", me))[0], 10)
	if back == nil || back.Cmp(amount) < 0 {
		t.Fatalf("the depositor got back %v of the %v it deposited", back, amount)
	}
}
