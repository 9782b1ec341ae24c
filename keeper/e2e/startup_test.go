package e2e

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

// serveMetrics adds local.metrics.address (a free port) to the env's
// config and returns the address.
func (e *env) serveMetrics() string {
	e.t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	e.editConfig("\n  log:\n", "\n  metrics:\n    address: \""+addr+"\"\n  log:\n")
	return addr
}

// editConfig replaces old (which must be there) with new in the env's
// config file. Only the local part may change: the approved hash stays.
func (e *env) editConfig(old, new string) {
	e.t.Helper()
	raw, err := os.ReadFile(e.cfg)
	if err != nil {
		e.t.Fatal(err)
	}
	if !strings.Contains(string(raw), old) {
		e.t.Fatalf("config lacks %q:\n%s", old, raw)
	}
	if err := os.WriteFile(e.cfg, []byte(strings.Replace(string(raw), old, new, 1)), 0o600); err != nil {
		e.t.Fatal(err)
	}
}

// probe answers GET http://addr/path: status and body, 0 when nothing
// answers.
func probe(addr, path string) (int, string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+path, nil)
	if err != nil {
		return 0, err.Error()
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitRetrying waits until the keeper has logged its second failed set-up
// attempt, then checks that it is alive but not ready.
func waitRetrying(t *testing.T, k *keeperRun, metricsAddr, why string) {
	t.Helper()
	k.waitLog(t, `"msg":"setting up: failed; retrying","attempt":2,"next_in":`, time.Minute)
	if out := k.out.String(); !strings.Contains(out, why) {
		t.Fatalf("the retries do not say %q:\n%s", why, out)
	}
	if st, body := probe(metricsAddr, "/readyz"); st != http.StatusServiceUnavailable || body != "starting\n" {
		t.Fatalf("/readyz while retrying: %d %q", st, body)
	}
	if st, body := probe(metricsAddr, "/healthz"); st != http.StatusOK {
		t.Fatalf("/healthz while retrying: %d %q", st, body)
	}
}

// waitReady waits until /readyz answers 200 (set up, first tick done),
// then stops the keeper with SIGTERM.
func waitReady(t *testing.T, k *keeperRun, metricsAddr string) {
	t.Helper()
	deadline := time.After(2 * time.Minute)
	for {
		if st, _ := probe(metricsAddr, "/readyz"); st == http.StatusOK {
			break
		}
		select {
		case err := <-k.exited:
			t.Fatalf("keeper exited (%v) before it was ready:\n%s", err, k.out.String())
		case <-deadline:
			t.Fatalf("/readyz not 200 within 2 minutes:\n%s", k.out.String())
		case <-time.After(200 * time.Millisecond):
		}
	}
	if !strings.Contains(k.out.String(), `"msg":"setting up: succeeded"`) {
		t.Errorf("no log line says set-up succeeded after the retries:\n%s", k.out.String())
	}
	k.cmd.Process.Signal(syscall.SIGTERM)
	if err := k.wait(t, time.Minute); err != nil {
		t.Fatalf("keeper run after SIGTERM: %v\n%s", err, k.out.String())
	}
}

// `keeper run` started while nothing listens at the node's address retries
// its set-up with backoff, alive (/healthz 200) and not ready (/readyz 503
// "starting"), instead of exiting; once the node answers it sets up, ticks
// and is ready.
func TestRunWaitsForTheNodeAtStart(t *testing.T) {
	e := newEnv(t, kvToken)
	e.mineBlocks()
	node := startProxy(t, strings.TrimPrefix(e.anvil.URL, "http://"))
	node.cut()
	e.editConfig("rpc_url: \""+e.anvil.URL+"\"", "rpc_url: \"http://"+node.addr+"\"")
	metricsAddr := e.serveMetrics()

	k := e.start("run", "--log-format", "json")
	waitRetrying(t, k, metricsAddr, node.addr)
	node.restore(t)
	waitReady(t, k, metricsAddr)
}

// The same while HashiCorp Vault is unreachable; a credential Vault refuses
// (HTTP 403) cannot get better by waiting: `keeper run` exits at once.
func TestRunWaitsForVaultAtStartButNotForARefusedToken(t *testing.T) {
	e := newEnv(t, kvToken)
	e.mineBlocks()
	metricsAddr := e.serveMetrics()

	bad := e.startWith([]string{"E2E_VAULT_TOKEN=hvs.not-a-token"}, "run", "--log-format", "json")
	if err := bad.wait(t, time.Minute); err == nil {
		t.Fatalf("keeper run with a refused token exited 0:\n%s", bad.out.String())
	}
	if out := bad.out.String(); !strings.Contains(out, "permission denied") || strings.Contains(out, "retrying") {
		t.Fatalf("keeper run with a refused token should stop at once saying why:\n%s", out)
	}

	e.proxy.cut()
	k := e.start("run", "--log-format", "json")
	waitRetrying(t, k, metricsAddr, "Vault unreachable")
	e.proxy.restore(t)
	waitReady(t, k, metricsAddr)
}
