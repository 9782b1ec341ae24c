package signer

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// vaultServer is a real HashiCorp Vault core (scripts/vaultserver, built once
// by scripts/build-vaultserver.sh) running on loopback with TLS.
type vaultServer struct {
	Address    string   `json:"address"`
	CACert     string   `json:"ca_cert"`
	RootToken  string   `json:"root_token"`
	UnsealKeys []string `json:"unseal_keys"`
	cmd        *exec.Cmd
	stderr     *syncBuffer // the server's log (Vault core and plugins)
	root       *vault.Client
}

var buildOnce struct {
	sync.Once
	path string
	err  error
}

func vaultServerBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		out, err := exec.Command("../../scripts/build-vaultserver.sh").Output()
		if err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				err = &buildError{err, string(ee.Stderr)}
			}
		}
		buildOnce.path, buildOnce.err = strings.TrimSpace(string(out)), err
	})
	if buildOnce.err != nil {
		t.Fatalf("building the test Vault server: %v", buildOnce.err)
	}
	return buildOnce.path
}

type buildError struct {
	err    error
	stderr string
}

func (e *buildError) Error() string { return e.err.Error() + ": " + e.stderr }

func startVault(t *testing.T) *vaultServer { t.Helper(); return startVaultArgs(t) }

// startVaultArgs starts the server with extra flags (e.g. -plugin-dir).
func startVaultArgs(t *testing.T, args ...string) *vaultServer {
	t.Helper()
	cmd := exec.Command(vaultServerBinary(t), args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := new(syncBuffer)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	srv := &vaultServer{cmd: cmd, stderr: stderr}
	t.Cleanup(srv.stop)
	line := make(chan []byte, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		if sc.Scan() {
			line <- sc.Bytes()
		}
		close(line)
	}()
	select {
	case b, ok := <-line:
		if !ok {
			t.Fatalf("vault server exited without announcing itself: %s", stderr.String())
		}
		if err := json.Unmarshal(b, srv); err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Minute):
		t.Fatalf("vault server did not start: %s", stderr.String())
	}
	cfg := vault.DefaultConfig()
	cfg.Address = srv.Address
	if err := cfg.ConfigureTLS(&vault.TLSConfig{CACert: srv.CACert}); err != nil {
		t.Fatal(err)
	}
	srv.root, err = vault.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv.root.SetToken(srv.RootToken)
	// KV v2 at secret/, the mount the shipped policy names (the test core
	// may come with a KV v1 mount there).
	_ = srv.root.Sys().Unmount("secret")
	if err := srv.root.Sys().Mount("secret", &vault.MountInput{Type: "kv", Options: map[string]string{"version": "2"}}); err != nil {
		t.Fatal(err)
	}
	return srv
}

func (s *vaultServer) stop() {
	if s.cmd.ProcessState == nil {
		s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
			<-done
		}
	}
}

// putKey writes a new version of the signing key and returns its address and hex.
func (s *vaultServer) putKey(t *testing.T) (common.Address, string) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h := hex.EncodeToString(crypto.FromECDSA(key))
	if _, err := s.root.KVv2("secret").Put(context.Background(), "vaultkeeper/signing", map[string]any{"private_key": "0x" + h}); err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(key.PublicKey), h
}

// policyToken returns a token carrying only the shipped keeper-kv policy.
func (s *vaultServer) policyToken(t *testing.T, ttl string) string {
	t.Helper()
	return s.shippedPolicyToken(t, "keeper-kv", ttl)
}

// shippedPolicyToken returns a token carrying only the policy in
// scripts/vault/<policy>.hcl (stored as vaultkeeper-<policy suffix>), without
// Vault's default policy.
func (s *vaultServer) shippedPolicyToken(t *testing.T, policy, ttl string) string {
	t.Helper()
	name := s.writePolicyFile(t, policy)
	sec, err := s.root.Auth().Token().Create(&vault.TokenCreateRequest{Policies: []string{name}, NoDefaultPolicy: true, TTL: ttl})
	if err != nil {
		t.Fatal(err)
	}
	return sec.Auth.ClientToken
}

func (s *vaultServer) writePolicy(t *testing.T) { t.Helper(); s.writePolicyFile(t, "keeper-kv") }

// writePolicyFile stores scripts/vault/<policy>.hcl as policy
// "vaultkeeper-<policy without keeper->" and returns that name.
func (s *vaultServer) writePolicyFile(t *testing.T, policy string) string {
	t.Helper()
	hcl, err := os.ReadFile(filepath.Join("..", "..", "scripts", "vault", policy+".hcl"))
	if err != nil {
		t.Fatal(err)
	}
	name := "vaultkeeper-" + strings.TrimPrefix(policy, "keeper-")
	if err := s.root.Sys().PutPolicy(name, string(hcl)); err != nil {
		t.Fatal(err)
	}
	return name
}

// appRole enables AppRole with a role holding only the keeper-kv policy and
// returns its credentials.
func (s *vaultServer) appRole(t *testing.T, ttl, maxTTL string) (roleID, secretID string) {
	t.Helper()
	return s.shippedPolicyAppRole(t, "keeper-kv", ttl, maxTTL)
}

// shippedPolicyAppRole enables AppRole with a role "vaultkeeper" holding only
// the policy in scripts/vault/<policy>.hcl and returns its credentials.
func (s *vaultServer) shippedPolicyAppRole(t *testing.T, policy, ttl, maxTTL string) (roleID, secretID string) {
	t.Helper()
	name := s.writePolicyFile(t, policy)
	if err := s.root.Sys().EnableAuthWithOptions("approle", &vault.EnableAuthOptions{Type: "approle"}); err != nil &&
		!strings.Contains(err.Error(), "already in use") {
		t.Fatal(err)
	}
	if _, err := s.root.Logical().Write("auth/approle/role/vaultkeeper", map[string]any{
		"token_policies": name, "token_no_default_policy": true, "token_ttl": ttl, "token_max_ttl": maxTTL,
	}); err != nil {
		t.Fatal(err)
	}
	r, err := s.root.Logical().Read("auth/approle/role/vaultkeeper/role-id")
	if err != nil {
		t.Fatal(err)
	}
	sid, err := s.root.Logical().Write("auth/approle/role/vaultkeeper/secret-id", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Data["role_id"].(string), sid.Data["secret_id"].(string)
}

func (s *vaultServer) kvConfig(auth string) VaultConfig {
	return VaultConfig{Address: s.Address, CACert: s.CACert, Mount: "secret", Path: "vaultkeeper/signing",
		Field: "private_key", Auth: auth, TokenEnv: "TEST_VAULT_TOKEN", RoleIDEnv: "TEST_ROLE_ID", SecretIDEnv: "TEST_SECRET_ID"}
}

// syncBuffer collects log output from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}
func (b *syncBuffer) String() string { b.mu.Lock(); defer b.mu.Unlock(); return b.b.String() }

func testTx() *types.Transaction {
	to := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	return types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 3, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e10),
		Gas: 21000, To: &to, Value: big.NewInt(1)})
}

func mustSign(t *testing.T, s Signer, want common.Address) {
	t.Helper()
	signed, err := s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(big.NewInt(1)), signed)
	if err != nil || from != want || s.Address() != want {
		t.Fatalf("signed by %s (%v), signer reports %s, want %s", from.Hex(), err, s.Address().Hex(), want.Hex())
	}
}

func noSecrets(t *testing.T, where string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(strings.ToLower(where), strings.ToLower(s)) {
			t.Fatalf("a secret leaked into %q", where)
		}
	}
}

func TestVaultKVSignsWithTokenAndPicksUpRotation(t *testing.T) {
	srv := startVault(t)
	addr, key := srv.putKey(t)
	tok := srv.policyToken(t, "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	var logs syncBuffer
	s, err := NewVaultKV(context.Background(), srv.kvConfig(AuthToken), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSign(t, s, addr)

	// Rotation: a new KV version is used without a restart. The call that
	// notices refuses to sign, so no transaction built for the old address
	// is signed by the new key.
	addr2, key2 := srv.putKey(t)
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "rotated") || !strings.Contains(err.Error(), addr2.Hex()) {
		t.Fatalf("first signature after rotation: %v", err)
	}
	mustSign(t, s, addr2)
	noSecrets(t, err.Error()+logs.String()+s.String()+s.GoString(), key, key2, tok)
}

func TestVaultKVWithAppRoleRenewsAndLogsInAgain(t *testing.T) {
	srv := startVault(t)
	addr, key := srv.putKey(t)
	roleID, secretID := srv.appRole(t, "2s", "4s")
	t.Setenv("TEST_ROLE_ID", roleID)
	t.Setenv("TEST_SECRET_ID", secretID)
	var logs syncBuffer
	s, err := NewVaultKV(context.Background(), srv.kvConfig(AuthAppRole), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSign(t, s, addr)
	// Past the token's max TTL the watcher gives up and the signer logs in
	// again; signing keeps working throughout.
	deadline := time.Now().Add(30 * time.Second)
	for strings.Count(logs.String(), "vault signer logged in") < 2 {
		if time.Now().After(deadline) {
			t.Fatalf("no second login after the max TTL; logs:\n%s", logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !strings.Contains(logs.String(), "vault token renewed") {
		t.Errorf("token never renewed before its max TTL; logs:\n%s", logs.String())
	}
	mustSign(t, s, addr)
	noSecrets(t, logs.String(), key, secretID)
}

func TestVaultKVReportsDeniedSealedAndUnreachable(t *testing.T) {
	srv := startVault(t)
	addr, key := srv.putKey(t)

	// A token without the keeper policy is refused, and the error says so.
	other, err := srv.root.Auth().Token().Create(&vault.TokenCreateRequest{Policies: []string{"default"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_VAULT_TOKEN", other.Auth.ClientToken)
	if _, err := NewVaultKV(context.Background(), srv.kvConfig(AuthToken), nil); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("token without the policy: %v", err)
	} else {
		noSecrets(t, err.Error(), key, other.Auth.ClientToken)
	}

	// The shipped policy grants reading the key, and nothing else.
	tok := srv.policyToken(t, "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	s, err := NewVaultKV(context.Background(), srv.kvConfig(AuthToken), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	limited, _ := vault.NewClient(srv.root.CloneConfig())
	limited.SetToken(tok)
	if _, err := limited.KVv2("secret").Put(context.Background(), "vaultkeeper/signing", map[string]any{"private_key": "00"}); err == nil {
		t.Error("the keeper policy allows overwriting the key")
	}
	if _, err := limited.Sys().ListMounts(); err == nil {
		t.Error("the keeper policy allows listing mounts")
	}

	// Sealed: signing fails with a clear cause, and works again once unsealed.
	if err := srv.root.Sys().Seal(); err != nil {
		t.Fatal(err)
	}
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "sealed") {
		t.Fatalf("signing while sealed: %v", err)
	}
	noSecrets(t, err.Error(), key, tok)
	for _, k := range srv.UnsealKeys {
		if _, err := srv.root.Sys().Unseal(k); err != nil {
			t.Fatal(err)
		}
	}
	waitUnsealed(t, srv)
	mustSign(t, s, addr)

	// Unreachable: the server is gone.
	srv.stop()
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("signing with Vault down: %v", err)
	}
	noSecrets(t, err.Error(), key, tok)
}

func waitUnsealed(t *testing.T, srv *vaultServer) {
	t.Helper()
	srv.waitActive(t, func() error {
		_, err := srv.root.KVv2("secret").Get(context.Background(), "vaultkeeper/signing")
		return err
	})
}

// waitActive waits until the server is unsealed and active and probe (a
// request through the mount under test) succeeds.
func (s *vaultServer) waitActive(t *testing.T, probe func() error) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		h, err := s.root.Sys().Health()
		if err == nil && !h.Sealed && h.Initialized && !h.Standby {
			if err = probe(); err == nil {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("vault not active after unseal: %+v %v", h, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestVaultConfigRejectsIncompleteSettings(t *testing.T) {
	base := VaultConfig{Address: "https://v:8200", Mount: "secret", Path: "p", Field: "f", Auth: AuthToken, TokenEnv: "T"}
	for _, tc := range []struct {
		mod  func(*VaultConfig)
		want string
	}{
		{func(c *VaultConfig) { c.Address = "v:8200" }, `address "v:8200"`},
		{func(c *VaultConfig) { c.Auth = "ldap" }, `auth "ldap"`},
		{func(c *VaultConfig) { c.TokenEnv = "" }, "token auth needs"},
		{func(c *VaultConfig) { c.Auth = AuthAppRole }, "approle auth needs"},
		{func(c *VaultConfig) { c.Field = "" }, "field is empty"},
	} {
		c := base
		tc.mod(&c)
		if _, err := NewVaultKV(context.Background(), c, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", c, err, tc.want)
		}
	}
	t.Setenv("EMPTY_TOKEN", "")
	c := base
	c.TokenEnv = "EMPTY_TOKEN"
	if _, err := NewVaultKV(context.Background(), c, nil); err == nil || !strings.Contains(err.Error(), "EMPTY_TOKEN") {
		t.Errorf("empty token variable: %v", err)
	}
}
