package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// binOutput is what one run of the binary printed.
type binOutput struct {
	name           string
	code           int
	stdout, stderr string
}

// runBinary runs the keeper binary to its end (at most two minutes).
func runBinary(t *testing.T, bin string, args ...string) binOutput {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee := (*exec.ExitError)(nil); errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("keeper %v: %v", args, err)
	}
	return binOutput{name: strings.Join(args, " "), code: code, stdout: out.String(), stderr: errb.String()}
}

// runBriefly runs `keeper run` with metrics on metricsAddr until done says
// so or for at most limit, scraping /metrics, /healthz and /readyz all the
// while, then stops it with SIGTERM. It returns its output and every body
// the endpoints answered.
func runBriefly(t *testing.T, bin, cfg, metricsAddr string, limit time.Duration, done func(stderr string, readyz int) bool) (binOutput, []string) {
	t.Helper()
	cmd := exec.Command(bin, "run", "--config", cfg)
	var out, errb syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var bodies []string
	base := "http://" + metricsAddr
	deadline := time.After(limit)
	var waitErr error
	stopped := false
poll:
	for {
		readyz := 0
		for _, path := range []string{"/metrics", "/healthz", "/readyz"} {
			if st, body, err := httpGet(base + path); err == nil {
				bodies = append(bodies, body)
				if path == "/readyz" {
					readyz = st
				}
			}
		}
		if done(errb.String(), readyz) {
			break
		}
		select {
		case waitErr = <-exited:
			stopped = true
			break poll
		case <-deadline:
			break poll
		case <-time.After(200 * time.Millisecond):
		}
	}
	if !stopped {
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case waitErr = <-exited:
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			t.Fatalf("keeper run did not stop within a minute of SIGTERM:\n%s", errb.String())
		}
	}
	code := 0
	if ee := (*exec.ExitError)(nil); errors.As(waitErr, &ee) {
		code = ee.ExitCode()
	}
	return binOutput{name: "run", code: code, stdout: out.String(), stderr: errb.String()}, bodies
}

// checkNoSecrets fails the test for every output that shows a credential of
// secretURL.
func checkNoSecrets(t *testing.T, outs []binOutput, bodies []string) {
	t.Helper()
	for _, o := range outs {
		for what, text := range map[string]string{"stdout": o.stdout, "stderr": o.stderr} {
			if l := leaked(text); l != nil {
				t.Errorf("keeper %s: %s shows %q:\n%s", o.name, what, l, text)
			}
		}
	}
	for _, b := range bodies {
		if l := leaked(b); l != nil {
			t.Errorf("an HTTP body shows %q:\n%s", l, b)
		}
	}
}

// No credential of local.chain.rpc_url (password, API key in the path,
// API key in the query) is printed by the real binary, whether the node is
// down (go-ethereum's errors then embed the URL) or up: not by once, status,
// explain or run, nor served by run's metrics and health checks.
func TestSecretsNeverPrinted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "keeper")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("building keeper: %v\n%s", err, out)
	}

	t.Run("dead node", func(t *testing.T) {
		dead := freeAddr(t)
		db := filepath.Join(t.TempDir(), "keeper.db")
		cfg := secretRPCConfig(t, db, dead)
		metricsAddr := freeAddr(t)
		withMetrics(t, cfg, metricsAddr)
		st, err := store.Open(db) // status reads the node even with nothing recorded
		if err != nil {
			t.Fatal(err)
		}
		st.Close()

		var outs []binOutput
		for _, args := range [][]string{{"once", "--dry-run"}, {"status"}, {"status", "--json"}, {"explain"}, {"history"}} {
			outs = append(outs, runBinary(t, bin, append(args, "--config", cfg)...))
		}
		// The node's errors were printed, with the URL scrubbed.
		if o := outs[0]; o.code == 0 || !strings.Contains(o.stderr, dead) {
			t.Errorf("once --dry-run against a dead node: exit %d:\n%s", o.code, o.stderr)
		}
		for _, o := range outs[1:3] {
			if o.code != 0 || !strings.Contains(o.stdout, "unreachable") || !strings.Contains(o.stdout, "http://***@"+dead+"/v3/***?apikey=***") {
				t.Errorf("keeper %s: exit %d:\n%s%s", o.name, o.code, o.stdout, o.stderr)
			}
		}
		run, bodies := runBriefly(t, bin, cfg, metricsAddr, 8*time.Second, func(string, int) bool { return false })
		if !strings.Contains(run.stderr, dead) {
			t.Errorf("keeper run against a dead node does not say which node:\n%s", run.stderr)
		}
		checkNoSecrets(t, append(outs, run), bodies)
	})

	t.Run("live node", func(t *testing.T) {
		ctx := context.Background()
		db := filepath.Join(t.TempDir(), "keeper.db")
		cfg := testConfig(t, db, "")
		base, err := config.Load(cfg)
		if err != nil {
			t.Fatal(err)
		}
		emb := base.Chain.Embedded
		emb.RPCAddr = freeAddr(t)
		ch, err := devchain.Start(ctx, emb, base.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
		if err != nil {
			t.Fatal(err)
		}
		defer ch.Close()

		// The node behind a proxy that wants the URL's credentials, as a
		// provider's endpoint does.
		proxyAddr := freeAddr(t)
		target, err := url.Parse(ch.RPCURL)
		if err != nil {
			t.Fatal(err)
		}
		rp := httputil.NewSingleHostReverseProxy(target)
		var served, refused atomic.Int64
		srv := &http.Server{Addr: proxyAddr, ReadHeaderTimeout: 10 * time.Second, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			user, pass, ok := r.BasicAuth()
			if !ok || user != "alice" || pass != secretPassword || r.URL.Path != "/v3/"+secretPathKey || r.URL.Query().Get("apikey") != secretQueryKey {
				refused.Add(1)
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			served.Add(1)
			r.URL.Path, r.URL.RawQuery = "/", ""
			r.Header.Del("Authorization")
			rp.ServeHTTP(w, r)
		})}
		go srv.ListenAndServe()
		defer srv.Close()

		sources := map[string]string{}
		for _, p := range ch.Pools {
			sources[p.Config.Name] = p.Adapter.Hex()
		}
		rpcConfig(t, cfg, secretURL(proxyAddr), ch.Vault.Hex(), ch.Registry.Hex(), sources)
		metricsAddr := freeAddr(t)
		withMetrics(t, cfg, metricsAddr)
		hash, err := hexutil.Decode(configHash(t, cfg))
		if err != nil {
			t.Fatal(err)
		}
		if err := ch.ApproveConfig(ctx, [32]byte(hash), "file://"+cfg); err != nil {
			t.Fatal(err)
		}

		// A dry run records only into a scratch copy: status and explain
		// read the decision of a `keeper once` (signer none: nothing sent).
		recorder := runBinary(t, bin, "once", "--config", cfg)
		if recorder.code != 0 {
			t.Fatalf("keeper once against the live node: exit %d:\n%s%s", recorder.code, recorder.stdout, recorder.stderr)
		}
		outs := []binOutput{}
		for _, args := range [][]string{{"once", "--dry-run"}, {"status"}, {"status", "--json"}, {"explain"}, {"explain", "--json"}, {"history", "--json"}} {
			o := runBinary(t, bin, append(args, "--config", cfg)...)
			if o.code != 0 {
				t.Errorf("keeper %s against the live node: exit %d:\n%s%s", o.name, o.code, o.stdout, o.stderr)
			}
			outs = append(outs, o)
		}
		if !strings.Contains(outs[0].stdout, "dry run") || !strings.Contains(outs[1].stdout, "approved now") {
			t.Errorf("once and status against the live node:\n%s\n%s", outs[0].stdout, outs[1].stdout)
		}
		// Ready once the first tick is done; then the node goes away and
		// the next tick's error (go-ethereum's, with the URL) is logged.
		ready := false
		run, bodies := runBriefly(t, bin, cfg, metricsAddr, 90*time.Second, func(stderr string, readyz int) bool {
			if !ready && readyz == http.StatusOK {
				ready = true
				srv.Close()
			}
			return ready && strings.Contains(stderr, proxyAddr)
		})
		if !ready || !strings.Contains(run.stderr, "msg=tick ") || !strings.Contains(run.stderr, "http://alice:***@"+proxyAddr+"/v3/***?apikey=***") {
			t.Errorf("keeper run against the live node: ready %v; no tick, or no error once the node went away:\n%s", ready, run.stderr)
		}
		if served.Load() == 0 || refused.Load() != 0 {
			t.Errorf("the proxy served %d requests and refused %d: the keeper did not use the URL's credentials", served.Load(), refused.Load())
		}
		checkNoSecrets(t, append(outs, recorder, run), bodies)
	})
}
