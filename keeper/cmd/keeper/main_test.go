package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
)

// testConfig is the shipped config.yaml with a fast schedule and the given
// storage path and RPC address.
func testConfig(t *testing.T, dbPath, rpcAddr string) string {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "config.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	for old, new := range map[string]string{
		`schedule: "*/10 * * * * *"`: `schedule: "* * * * * *"`,
		"path: var/keeper.db":        "path: " + dbPath,
		"rpc_addr: 127.0.0.1:8545":   "rpc_addr: \"" + rpcAddr + "\"",
		"block_interval: 1s":         "block_interval: 200ms",
		// No metrics server unless a test asks for one (withMetrics).
		"address: 127.0.0.1:9464": `address: ""`,
	} {
		if !strings.Contains(s, old) {
			t.Fatalf("config.yaml no longer contains %q", old)
		}
		s = strings.Replace(s, old, new, 1)
	}
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

type historyJSON []struct {
	Decision struct {
		ID     int64  `json:"id"`
		Action string `json:"action"`
		DryRun bool   `json:"dry_run"`
		Reason string `json:"reason"`
	} `json:"decision"`
	Transactions []struct {
		TxHash  string `json:"tx_hash"`
		Status  string `json:"status"`
		GasUsed uint64 `json:"gas_used"`
	} `json:"transactions"`
}

func readHistory(t *testing.T, cfg string) historyJSON {
	t.Helper()
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"history", "--json", "--config", cfg}, &out, &errb); code != 0 {
		t.Fatalf("history exited %d: %s", code, errb.String())
	}
	var h historyJSON
	if err := json.Unmarshal(out.Bytes(), &h); err != nil {
		t.Fatalf("history --json is not JSON: %v\n%s", err, out.String())
	}
	return h
}

// syncBuffer is a bytes.Buffer safe for a writer goroutine and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestRunBinaryRebalancesAndStopsOnSIGTERM is the walking skeleton end to
// end: the real binary starts the embedded chain, ticks on cron, sends a
// rebalance that is mined, serves JSON-RPC, serves metrics and health checks
// on metrics.address (/readyz 503 "starting" until set up and ticked once,
// then 200; /metrics counting the ticks, the rebalance and the mined
// transaction), stops cleanly on SIGTERM, and `history --json` lists the
// mined transaction.
func TestRunBinaryRebalancesAndStopsOnSIGTERM(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "keeper")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}
	db := filepath.Join(dir, "keeper.db")
	rpcAddr := freeAddr(t)
	cfg := testConfig(t, db, rpcAddr)
	metricsAddr := freeAddr(t)
	withMetrics(t, cfg, metricsAddr)
	base := "http://" + metricsAddr

	cmd := exec.Command(bin, "run", "--config", cfg, "--log-format", "json")
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
	}()

	// The metrics server is up before the chain is deployed: not ready yet.
	var status int
	var body string
	for {
		var err error
		if status, body, err = httpGet(base + "/readyz"); err == nil {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("keeper exited early: %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
	}
	if status != http.StatusServiceUnavailable || body != "starting\n" {
		t.Fatalf("/readyz during start-up: %d %q", status, body)
	}

	// Wait for a mined rebalance in the logs.
	deadline := time.After(3 * time.Minute)
	for !strings.Contains(stderr.String(), `"msg":"rebalance confirmed"`) {
		select {
		case err := <-exited:
			t.Fatalf("keeper exited early: %v\n%s", err, stderr.String())
		case <-deadline:
			t.Fatalf("no confirmed rebalance within 3 minutes:\n%s", stderr.String())
		case <-time.After(200 * time.Millisecond):
		}
	}

	// The chain's JSON-RPC is served on the configured loopback address.
	cl, err := ethclient.Dial("http://" + rpcAddr)
	if err != nil {
		t.Fatal(err)
	}
	id, err := cl.ChainID(context.Background())
	cl.Close()
	if err != nil || id.Cmp(devchain.ChainID) != 0 {
		t.Fatalf("eth_chainId over JSON-RPC: %v, %v", id, err)
	}

	// /metrics counts the tick that confirmed the rebalance once it ends.
	var metrics string
	for wait := time.After(30 * time.Second); ; {
		if st, b, err := httpGet(base + "/metrics"); err == nil && st == http.StatusOK {
			metrics = b
			if sample(b, `vaultkeeper_ticks_total{result="ok"}`)+sample(b, `vaultkeeper_ticks_total{result="error"}`) > 0 {
				break
			}
		}
		select {
		case <-wait:
			t.Fatalf("no tick counted in /metrics within 30s:\n%s", metrics)
		case <-time.After(100 * time.Millisecond):
		}
	}
	for _, series := range []string{`vaultkeeper_decisions_total{action="rebalance",dry_run="false"}`,
		`vaultkeeper_mined_transactions_total{status="success"}`, `vaultkeeper_gas_used_total{status="success"}`,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total`,
		`vaultkeeper_send_state_transitions_total{from="mined",to="confirmed"}`} {
		if v := sample(metrics, series); v <= 0 {
			t.Errorf("%s = %v, want > 0", series, v)
		}
	}
	// The vault's series carry its name.
	if !regexp.MustCompile(`(?m)^vaultkeeper_decisions_total\{action="rebalance",dry_run="false",vault="[^"]+"\} [1-9]`).MatchString(metrics) {
		t.Errorf("no rebalance decision labelled with the vault in /metrics:\n%s", metrics)
	}
	if status, body, err := httpGet(base + "/readyz"); err != nil || status != http.StatusOK || body != "ready\n" {
		t.Errorf("/readyz after the first tick: %d %q %v", status, body, err)
	}
	if status, body, err := httpGet(base + "/healthz"); err != nil || status != http.StatusOK || !strings.HasPrefix(body, "ok: alive; last tick ended") {
		t.Errorf("/healthz: %d %q %v", status, body, err)
	}

	// Every log line is JSON with the tick's per-source APYs and target weights.
	sc := bufio.NewScanner(strings.NewReader(stderr.String()))
	sawTick := false
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("log line is not JSON: %q", sc.Text())
		}
		if m["msg"] == "tick" {
			steady, ok := m["steady"].(map[string]any)
			if !ok || steady["apy_pct"] == nil || steady["target"] == nil {
				t.Fatalf("tick log lacks per-source APY and target: %v", m)
			}
			sawTick = true
		}
	}
	if !sawTick {
		t.Fatal("no tick logged")
	}

	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("keeper did not exit cleanly on SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(time.Minute):
		t.Fatal("keeper did not stop within a minute of SIGTERM")
	}
	if !strings.Contains(stderr.String(), `"msg":"keeper stopped"`) || !strings.Contains(stderr.String(), `"msg":"metrics server stopped"`) {
		t.Fatalf("no clean-stop log:\n%s", stderr.String())
	}
	if _, _, err := httpGet(base + "/healthz"); err == nil {
		t.Error("metrics.address still answers after the keeper exited")
	}

	h := readHistory(t, cfg)
	found := false
	for _, e := range h {
		for _, tx := range e.Transactions {
			if e.Decision.Action == "rebalance" && tx.Status == "mined" && tx.GasUsed > 0 && strings.HasPrefix(tx.TxHash, "0x") && len(tx.TxHash) == 66 {
				found = true
			}
		}
	}
	if !found {
		t.Fatalf("history --json lists no mined rebalance: %+v", h)
	}
	// The plain listing shows it too.
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"history", "--config", cfg}, &out, &errb); code != 0 || !strings.Contains(out.String(), "mined") {
		t.Fatalf("history (text) exited %d: %s%s", code, out.String(), errb.String())
	}
}

func TestOnceDryRunSendsNothing(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(t, filepath.Join(dir, "keeper.db"), "")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"once", "--dry-run", "--config", cfg}, &out, &errb); code != 0 {
		t.Fatalf("once --dry-run exited %d: %s", code, errb.String())
	}
	for _, want := range []string{"steady", "aggressive", "volatile", "dry run", "rebalance"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("once --dry-run output lacks %q:\n%s", want, out.String())
		}
	}
	// It records into a scratch copy of the history: none is created.
	if _, err := os.Stat(filepath.Join(dir, "keeper.db")); err == nil {
		t.Fatal("the dry run created the history database")
	}
}

func TestBadConfigExitsNonZeroNamingField(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(testConfig(t, filepath.Join(dir, "k.db"), ""))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][2]string{
		"unknown field": {"  log:\n", "  log:\n    colour: red\n"},
		"invalid cron":  {`schedule: "* * * * * *"`, `schedule: "61 * * * * *"`},
		"negative cap":  {"    cap: 0.6", "    cap: -1"},
		"unknown chain": {"kind: embedded ", "kind: goerli "},
	}
	wants := map[string][]string{
		"unknown field": {"local.log.colour"},
		"invalid cron":  {"schedule", "61 * * * * *"},
		"negative cap":  {"sources[0].cap", "-1"},
		"unknown chain": {"chain.kind", "goerli"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "bad.yaml")
			if err := os.WriteFile(p, []byte(strings.Replace(string(good), c[0], c[1], 1)), 0o600); err != nil {
				t.Fatal(err)
			}
			for _, cmd := range []string{"run", "once", "history"} {
				var out, errb bytes.Buffer
				code := run(context.Background(), []string{cmd, "--config", p}, &out, &errb)
				if code == 0 {
					t.Fatalf("%s accepted the bad config", cmd)
				}
				for _, w := range wants[name] {
					if !strings.Contains(errb.String(), w) {
						t.Fatalf("%s: error %q does not name %q", cmd, errb.String(), w)
					}
				}
			}
			if _, err := os.Stat(filepath.Join(dir, "k.db")); err == nil {
				t.Fatal("a bad config still created the database")
			}
		})
	}
}

func TestCLIArguments(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"once", "--nope"}, {"history", "extra"}, {"history", "--config", "config.yaml", "--limit", "0"}} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code == 0 {
			t.Fatalf("keeper %v exited 0", args)
		}
		if errb.Len() == 0 {
			t.Fatalf("keeper %v printed no error", args)
		}
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"history", "--config", "/nonexistent/config.yaml"}, &out, &errb); code != 1 || !strings.Contains(errb.String(), "/nonexistent/config.yaml") {
		t.Fatalf("missing config: exit %d, %s", code, errb.String())
	}
}

// withMetrics sets metrics.address in the config file at path.
func withMetrics(t *testing.T, path, addr string) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	old := "metrics:\n    address: \"\""
	if !bytes.Contains(raw, []byte(old)) {
		t.Fatalf("%s has no disabled metrics section", path)
	}
	raw = bytes.Replace(raw, []byte(old), []byte("metrics:\n    address: \""+addr+"\""), 1)
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
}

// httpGet returns the status and body of a GET, or an error when nothing
// answers.
func httpGet(url string) (int, string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), err
}

// sample is the sum of the series in a /metrics body that have the name
// and at least the labels of series (name{labels} as the text exposition
// writes it; a per-vault series also carries vault="<name>"); -1 when there
// is none.
func sample(body, series string) float64 {
	name, want := splitSeries(series)
	total, found := 0.0, false
	for _, line := range strings.Split(body, "\n") {
		i := strings.LastIndexByte(line, ' ')
		if i < 0 || strings.HasPrefix(line, "#") {
			continue
		}
		n, got := splitSeries(line[:i])
		if n != name || !want.subsetOf(got) {
			continue
		}
		f, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			return -1
		}
		total, found = total+f, true
	}
	if !found {
		return -1
	}
	return total
}

// labelSet is a series' labels, each as name="value".
type labelSet map[string]bool

func (l labelSet) subsetOf(o labelSet) bool {
	for k := range l {
		if !o[k] {
			return false
		}
	}
	return true
}

// splitSeries splits a series as the text format writes it,
// name{label="value",...}, into its name and labels (values without
// commas).
func splitSeries(series string) (string, labelSet) {
	name, rest, ok := strings.Cut(series, "{")
	labels := labelSet{}
	if ok {
		for _, l := range strings.Split(strings.TrimSuffix(rest, "}"), ",") {
			labels[l] = true
		}
	}
	return name, labels
}

// A taken metrics.address fails `keeper run` at once, naming the field and
// the address, before the chain or the database is touched.
func TestRunFailsWhenMetricsAddressIsTaken(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	addr := busy.Addr().String()
	dir := t.TempDir()
	db := filepath.Join(dir, "keeper.db")
	cfg := testConfig(t, db, "")
	withMetrics(t, cfg, addr)

	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"run", "--config", cfg}, &out, &errb); code != 1 {
		t.Fatalf("keeper run on a taken metrics port exited %d: %s", code, errb.String())
	}
	for _, want := range []string{"metrics.address", addr, "address already in use"} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("error %q does not mention %q", errb.String(), want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("the database was created although start-up failed")
	}
}
