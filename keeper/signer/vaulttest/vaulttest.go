// Package vaulttest runs a real HashiCorp Vault server for tests: the Vault
// v1.14.0 core of scripts/vaultserver (built once and cached by
// scripts/build-vaultserver.sh), on loopback with TLS, optionally with
// vaultkeeper's signing plugin (keeper/vaultplugin, built by
// scripts/build-vaultplugin.sh) registered in its plugin catalog by SHA-256.
// Everything is configured through Vault's real HTTP API: KV v2, AppRole, the
// shipped policies in scripts/vault/.
package vaulttest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// PluginName is the signing plugin's name in the catalog.
const PluginName = "vaultkeeper-signer"

// KVMount and KVPath are where PutKey stores the signing key (field
// "private_key"): the names scripts/vault/keeper-kv.hcl grants.
const (
	KVMount = "secret"
	KVPath  = "vaultkeeper/signing"
)

// Server is a running Vault server. Its root token, CA and unseal keys are
// the test's own; nothing here is a production secret.
type Server struct {
	Address    string   `json:"address"`
	CACert     string   `json:"ca_cert"`
	RootToken  string   `json:"root_token"`
	UnsealKeys []string `json:"unseal_keys"`
	// Root is an API client holding the root token.
	Root *vault.Client
	// Log is the server's stderr (Vault core and plugins).
	Log *SyncBuffer

	cmd *exec.Cmd
}

// RepoRoot returns the repository's root directory.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

type built struct {
	once      sync.Once
	out       []string
	err       error
	script    string
	wantLines int
}

var (
	serverBuild = &built{script: "build-vaultserver.sh", wantLines: 1}
	pluginBuild = &built{script: "build-vaultplugin.sh", wantLines: 2}
)

func (b *built) get(t testing.TB) []string {
	t.Helper()
	b.once.Do(func() {
		out, err := exec.Command(filepath.Join(RepoRoot(), "scripts", b.script)).Output()
		if ee, ok := err.(*exec.ExitError); ok {
			err = fmt.Errorf("%w: %s", err, ee.Stderr)
		}
		if lines := strings.Fields(string(out)); err == nil && len(lines) == b.wantLines {
			b.out = lines
		} else if err == nil {
			err = fmt.Errorf("unexpected output %q", out)
		}
		b.err = err
	})
	if b.err != nil {
		t.Fatalf("scripts/%s: %v", b.script, b.err)
	}
	return b.out
}

// ServerBinary builds the server once per test binary and returns its path.
func ServerBinary(t testing.TB) string { t.Helper(); return serverBuild.get(t)[0] }

// PluginBinary builds the signing plugin once per test binary and returns
// its path and SHA-256.
func PluginBinary(t testing.TB) (path, sha string) {
	t.Helper()
	out := pluginBuild.get(t)
	return out[0], out[1]
}

// Start starts a server with extra flags (e.g. -plugin-dir), mounts KV v2 at
// secret/ and stops the server when the test ends.
func Start(t testing.TB, args ...string) *Server {
	t.Helper()
	cmd := exec.Command(ServerBinary(t), args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := new(SyncBuffer)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	srv := &Server{cmd: cmd, Log: stderr}
	t.Cleanup(srv.Stop)
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
	srv.Root, err = srv.Client(srv.RootToken)
	if err != nil {
		t.Fatal(err)
	}
	// KV v2 at secret/, the mount the shipped policy names (the test core
	// may come with a KV v1 mount there).
	_ = srv.Root.Sys().Unmount(KVMount)
	if err := srv.Root.Sys().Mount(KVMount, &vault.MountInput{Type: "kv", Options: map[string]string{"version": "2"}}); err != nil {
		t.Fatal(err)
	}
	return srv
}

// StartWithPlugin starts a server whose plugin directory holds the built
// signing plugin, registers the plugin in the catalog by SHA-256 and enables
// it at mount.
func StartWithPlugin(t testing.TB, mount string) *Server {
	t.Helper()
	bin, sum := PluginBinary(t)
	srv := Start(t, "-plugin-dir", filepath.Dir(bin))
	if _, err := srv.Root.Logical().Write("sys/plugins/catalog/secret/"+PluginName,
		map[string]any{"sha256": sum, "command": filepath.Base(bin)}); err != nil {
		t.Fatal(err)
	}
	if err := srv.Root.Sys().Mount(mount, &vault.MountInput{Type: PluginName}); err != nil {
		t.Fatal(err)
	}
	return srv
}

// Client returns an API client for the server holding token.
func (s *Server) Client(token string) (*vault.Client, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = s.Address
	if err := cfg.ConfigureTLS(&vault.TLSConfig{CACert: s.CACert}); err != nil {
		return nil, err
	}
	c, err := vault.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	c.SetToken(token)
	return c, nil
}

// Stop stops the server (interrupt, then kill after 10 s). In-memory
// storage: everything in it is gone.
func (s *Server) Stop() {
	if s.cmd.ProcessState != nil {
		return
	}
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

// PutKey writes a new random signing key as the next version of
// secret/vaultkeeper/signing and returns its address and hex.
func (s *Server) PutKey(t testing.TB) (common.Address, string) {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	h := hex.EncodeToString(crypto.FromECDSA(key))
	if _, err := s.Root.KVv2(KVMount).Put(context.Background(), KVPath, map[string]any{"private_key": "0x" + h}); err != nil {
		t.Fatal(err)
	}
	return crypto.PubkeyToAddress(key.PublicKey), h
}

// WritePolicy stores scripts/vault/<policy>.hcl as policy
// "vaultkeeper-<policy without keeper->" and returns that name.
func (s *Server) WritePolicy(t testing.TB, policy string) string {
	t.Helper()
	hcl, err := os.ReadFile(filepath.Join(RepoRoot(), "scripts", "vault", policy+".hcl"))
	if err != nil {
		t.Fatal(err)
	}
	name := "vaultkeeper-" + strings.TrimPrefix(policy, "keeper-")
	if err := s.Root.Sys().PutPolicy(name, string(hcl)); err != nil {
		t.Fatal(err)
	}
	return name
}

// PolicyToken returns a token carrying only the shipped policy
// scripts/vault/<policy>.hcl, without Vault's default policy.
func (s *Server) PolicyToken(t testing.TB, policy, ttl string) string {
	t.Helper()
	name := s.WritePolicy(t, policy)
	sec, err := s.Root.Auth().Token().Create(&vault.TokenCreateRequest{Policies: []string{name}, NoDefaultPolicy: true, TTL: ttl})
	if err != nil {
		t.Fatal(err)
	}
	return sec.Auth.ClientToken
}

// AppRole enables AppRole with a role "vaultkeeper" holding only the shipped
// policy scripts/vault/<policy>.hcl and returns its credentials.
func (s *Server) AppRole(t testing.TB, policy, ttl, maxTTL string) (roleID, secretID string) {
	t.Helper()
	name := s.WritePolicy(t, policy)
	if err := s.Root.Sys().EnableAuthWithOptions("approle", &vault.EnableAuthOptions{Type: "approle"}); err != nil &&
		!strings.Contains(err.Error(), "already in use") {
		t.Fatal(err)
	}
	if _, err := s.Root.Logical().Write("auth/approle/role/vaultkeeper", map[string]any{
		"token_policies": name, "token_no_default_policy": true, "token_ttl": ttl, "token_max_ttl": maxTTL,
	}); err != nil {
		t.Fatal(err)
	}
	r, err := s.Root.Logical().Read("auth/approle/role/vaultkeeper/role-id")
	if err != nil {
		t.Fatal(err)
	}
	sid, err := s.Root.Logical().Write("auth/approle/role/vaultkeeper/secret-id", nil)
	if err != nil {
		t.Fatal(err)
	}
	return r.Data["role_id"].(string), sid.Data["secret_id"].(string)
}

// Seal seals the server.
func (s *Server) Seal(t testing.TB) {
	t.Helper()
	if err := s.Root.Sys().Seal(); err != nil {
		t.Fatal(err)
	}
}

// Unseal unseals the server and waits until it is active and probe (a
// request through the mount under test; nil for none) succeeds.
func (s *Server) Unseal(t testing.TB, probe func() error) {
	t.Helper()
	for _, k := range s.UnsealKeys {
		if _, err := s.Root.Sys().Unseal(k); err != nil {
			t.Fatal(err)
		}
	}
	s.WaitActive(t, probe)
}

// WaitActive waits until the server is unsealed and active and probe (nil
// for none) succeeds.
func (s *Server) WaitActive(t testing.TB, probe func() error) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		h, err := s.Root.Sys().Health()
		if err == nil && !h.Sealed && h.Initialized && !h.Standby {
			if probe == nil {
				return
			}
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

// SyncBuffer collects output from several goroutines.
type SyncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// String returns everything written so far.
func (b *SyncBuffer) String() string { b.mu.Lock(); defer b.mu.Unlock(); return b.b.String() }
