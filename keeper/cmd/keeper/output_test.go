package main

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/secrets"
)

// The credentials of the secret RPC URL of these tests.
const (
	secretPassword = "s3cr3tPassw0rd"
	secretPathKey  = "0123456789abcdef0123456789abcdef"
	secretQueryKey = "QWERTYsecret123"
)

// secretURL is an RPC URL on host (host:port) with a password, an API key
// in its path and one in its query.
func secretURL(host string) string {
	return "http://alice:" + secretPassword + "@" + host + "/v3/" + secretPathKey + "?apikey=" + secretQueryKey
}

// leaked is which credentials of secretURL (and extra secrets) text shows.
func leaked(text string, extra ...string) []string {
	var out []string
	for _, s := range append([]string{secretPassword, secretPathKey, secretQueryKey}, extra...) {
		if strings.Contains(text, s) {
			out = append(out, s)
		}
	}
	return out
}

func TestSecretFiles(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"status"}, []string{"config.yaml"}},
		{[]string{"status", "--config", "a.yaml", "--json"}, []string{"a.yaml"}},
		{[]string{"explain", "3", "-config=b.yaml"}, []string{"b.yaml"}},
		{[]string{"governance", "propose", "--config=c.yaml", "--new", "d.yaml"}, []string{"c.yaml"}},
		{[]string{"deploy", "--spec", "s.yaml", "--out", "o"}, []string{"config.yaml", "s.yaml"}},
		{[]string{"run", "--", "--config", "x.yaml"}, []string{"config.yaml"}},
		{[]string{"status", "--config"}, []string{"config.yaml"}},
	} {
		if got := secretFiles(tc.args); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("secretFiles(%q) = %q, want %q", tc.args, got, tc.want)
		}
	}
}

// secretRPCConfig is a test config for an rpc chain at secretURL(host),
// signer none, with the given storage path.
func secretRPCConfig(t *testing.T, db, host string) string {
	t.Helper()
	cfg := testConfig(t, db, "")
	rpcConfig(t, cfg, secretURL(host), "0x1111111111111111111111111111111111111111", "0x00000000000000000000000000000000000000aA",
		map[string]string{"steady": "0x2222222222222222222222222222222222222222", "aggressive": "0x3333333333333333333333333333333333333333",
			"volatile": "0x4444444444444444444444444444444444444444"})
	return cfg
}

func TestConfigSecrets(t *testing.T) {
	t.Setenv("VAULT_TOKEN", "hvs.tokenOfTheTest")
	t.Setenv("KEEPER_TEST_DEV_KEY", "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")
	cfg := secretRPCConfig(t, filepath.Join(t.TempDir(), "k.db"), "127.0.0.1:1")
	editConfig(t, cfg, "kind: none ", "kind: dev\n    dev:\n      key_env: KEEPER_TEST_DEV_KEY\n   ")
	s := secrets.NewScrubber(configSecrets(cfg)...)
	text := secretURL("h") + " token hvs.tokenOfTheTest key 0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
	if got := s.Scrub(text); leaked(got, "tokenOfTheTest", "59c6995e998f97a5") != nil {
		t.Errorf("configSecrets misses some: %q", got)
	}
	// A config that does not load still has its secrets known.
	editConfig(t, cfg, "  log:\n", "  log:\n    colour: red\n")
	if _, err := config.Load(cfg); err == nil {
		t.Fatal("the broken config loads")
	}
	if got := secrets.NewScrubber(configSecrets(cfg)...).Scrub(text); leaked(got) != nil {
		t.Errorf("secrets of a config that does not load: %q", got)
	}
	if configSecrets(filepath.Join(t.TempDir(), "missing.yaml")) != nil {
		t.Error("a missing file has secrets")
	}
}

// panicWriter panics with msg on every Write.
type panicWriter struct{ msg string }

func (p panicWriter) Write([]byte) (int, error) { panic(p.msg) }

// A panic of a command is recovered by run: exit code 2, the panic and its
// stack printed to stderr, scrubbed.
func TestRunRecoversPanicScrubbed(t *testing.T) {
	t.Setenv("VAULT_TOKEN", "hvs.tokenOfTheTest")
	cfg := secretRPCConfig(t, filepath.Join(t.TempDir(), "k.db"), "127.0.0.1:1")
	var errb bytes.Buffer
	stdout := panicWriter{fmt.Sprintf("cannot write for %s with token hvs.tokenOfTheTest", secretURL("127.0.0.1:1"))}
	code := run(context.Background(), []string{"config", "hash", "--config", cfg}, stdout, &errb)
	got := errb.String()
	if code != 2 || !strings.Contains(got, "keeper: panic: cannot write for http://***@127.0.0.1:1/v3/***?apikey=*** with token ***") ||
		!strings.Contains(got, "goroutine ") {
		t.Errorf("exit %d, stderr:\n%s", code, got)
	}
	if l := leaked(got, "tokenOfTheTest"); l != nil {
		t.Errorf("the panic shows %q:\n%s", l, got)
	}
}

// A tick that panics is recovered by the daemon's scheduler, which logs it
// to the keeper's stderr: scrubbed.
func TestTickPanicLoggedScrubbed(t *testing.T) {
	cfg := secretRPCConfig(t, filepath.Join(t.TempDir(), "k.db"), "127.0.0.1:1")
	var out, errb syncBuffer
	outW, errW := scrubbedOutput([]string{"run", "--config", cfg}, &out, &errb)
	log := newLogger(config.Log{Format: "json", Level: "info"}, errW)
	ctx, cancel := context.WithCancel(context.Background())
	ticked := make(chan struct{}, 1)
	done := make(chan error, 1)
	go func() {
		done <- daemon.Run(ctx, "* * * * * *", func(context.Context) {
			select {
			case ticked <- struct{}{}:
			default:
			}
			panic(fmt.Errorf("Post %q: dial tcp: connection refused", secretURL("127.0.0.1:1")))
		}, log)
	}()
	select {
	case <-ticked:
	case <-time.After(10 * time.Second):
		t.Fatal("no tick within 10s")
	}
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(errb.String(), "panic"); {
		if time.Now().After(deadline) {
			t.Fatalf("the panic was not logged:\n%s", errb.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	outW.Flush()
	errW.Flush()
	got := errb.String()
	if l := leaked(got); l != nil || !strings.Contains(got, `http://***@127.0.0.1:1/v3/***?apikey=***`) {
		t.Errorf("tick panic log shows %q:\n%s", l, got)
	}
}

// What config.RedactURL hides of a URL (in the messages the keeper builds)
// the scrubber hides too (in text built elsewhere): the two judge API keys
// alike. The user name is the exception: RedactURL hides the whole
// userinfo, the scrubber a user name only when there is no password.
func TestScrubberHidesWhatRedactURLHides(t *testing.T) {
	for _, raw := range []string{
		secretURL("127.0.0.1:8545"),
		"https://eth-mainnet.g.alchemy.com/v2/k9tA2xQ-7bZ_mN4pL0vR8sW3yU6eC1dF",
		"https://mainnet.infura.io/v3/" + secretPathKey,
		"wss://" + secretQueryKey + "@node.example:8546/ws?token=abc%2Bdef&debug=1#frag12",
		"https://node.example/rpc/hvs.CAESIJ1x9vYk2kQnR5TfXyz/eth",
		"https://node.example/AbCdEfGhIjKlMnOpQrStUvWxYz/?" + secretPathKey,
		"https://node.example/rpc/ethereum-mainnet-archive",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			t.Fatal(err)
		}
		user := ""
		if _, ok := u.User.Password(); ok {
			user = u.User.Username()
		}
		redacted := config.RedactURL(raw)
		scrubbed := secrets.NewScrubber(secrets.URLSecrets(raw)...).Scrub(raw)
		for _, piece := range strings.FieldsFunc(raw, func(r rune) bool { return strings.ContainsRune(":/@?&=#", r) }) {
			if len(piece) < secrets.MinLen || piece == user || strings.Contains(redacted, piece) {
				continue
			}
			if strings.Contains(scrubbed, piece) {
				t.Errorf("%s: RedactURL hides %q (%s), the scrubber does not (%s)", raw, piece, redacted, scrubbed)
			}
		}
	}
}

// A node URL given as --rpc-url (keeper deploy verify) and the dev key in
// the --key-env variable (keeper governance) are scrubbed like a config's.
func TestCommandLineSecretsAreScrubbed(t *testing.T) {
	t.Setenv("VK_TEST_GOV_KEY", "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	var out, errOut bytes.Buffer
	args := []string{"deploy", "verify", "--rpc-url=https://node.example/v3/0123456789abcdef0123456789abcdef", "--key-env", "VK_TEST_GOV_KEY", "x.json"}
	o, e := scrubbedOutput(args, &out, &errOut)
	fmt.Fprintln(o, "dialing https://node.example/v3/0123456789abcdef0123456789abcdef failed")
	fmt.Fprintln(e, "key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
	o.Flush()
	e.Flush()
	for _, s := range []string{out.String(), errOut.String()} {
		if strings.Contains(s, "0123456789abcdef0123456789abcdef") || strings.Contains(s, "4c0883a69102937d") || !strings.Contains(s, "***") {
			t.Errorf("not scrubbed: %q", s)
		}
	}
}

// The credentials of every local.chain.rpc_urls entry are known secrets.
func TestConfigSecretsOfSeveralNodes(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	yaml := fmt.Sprintf("local:\n  chain:\n    kind: rpc\n    rpc_urls: [\"http://127.0.0.1:8545\", %q]\n", secretURL("node.example"))
	if err := os.WriteFile(cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := secrets.NewScrubber(configSecrets(cfg)...).Scrub(secretURL("elsewhere")); leaked(got) != nil {
		t.Errorf("configSecrets misses the second node's credentials: %q", got)
	}
}
