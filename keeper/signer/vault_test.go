package signer

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	vault "github.com/hashicorp/vault/api"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
)

func kvConfig(s *vaulttest.Server, auth string) VaultConfig {
	return VaultConfig{Address: s.Address, CACert: s.CACert, Mount: "secret", Path: "vaultkeeper/signing",
		Field: "private_key", Auth: auth, TokenEnv: "TEST_VAULT_TOKEN", RoleIDEnv: "TEST_ROLE_ID", SecretIDEnv: "TEST_SECRET_ID"}
}

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
	srv := vaulttest.Start(t)
	addr, key := srv.PutKey(t)
	tok := srv.PolicyToken(t, "keeper-kv", "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	var logs vaulttest.SyncBuffer
	s, err := NewVaultKV(context.Background(), kvConfig(srv, AuthToken), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSign(t, s, addr)

	// Rotation: a new KV version is used without a restart. The call that
	// notices refuses to sign, so no transaction built for the old address
	// is signed by the new key.
	addr2, key2 := srv.PutKey(t)
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "rotated") || !strings.Contains(err.Error(), addr2.Hex()) {
		t.Fatalf("first signature after rotation: %v", err)
	}
	mustSign(t, s, addr2)
	noSecrets(t, err.Error()+logs.String()+s.String()+s.GoString(), key, key2, tok)
}

func TestVaultKVWithAppRoleRenewsAndLogsInAgain(t *testing.T) {
	srv := vaulttest.Start(t)
	addr, key := srv.PutKey(t)
	roleID, secretID := srv.AppRole(t, "keeper-kv", "2s", "4s")
	t.Setenv("TEST_ROLE_ID", roleID)
	t.Setenv("TEST_SECRET_ID", secretID)
	var logs vaulttest.SyncBuffer
	s, err := NewVaultKV(context.Background(), kvConfig(srv, AuthAppRole), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
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
	srv := vaulttest.Start(t)
	addr, key := srv.PutKey(t)

	// A token without the keeper policy is refused, and the error says so.
	other, err := srv.Root.Auth().Token().Create(&vault.TokenCreateRequest{Policies: []string{"default"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_VAULT_TOKEN", other.Auth.ClientToken)
	if _, err := NewVaultKV(context.Background(), kvConfig(srv, AuthToken), nil); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("token without the policy: %v", err)
	} else {
		noSecrets(t, err.Error(), key, other.Auth.ClientToken)
	}

	// The shipped policy grants reading the key, and nothing else.
	tok := srv.PolicyToken(t, "keeper-kv", "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	s, err := NewVaultKV(context.Background(), kvConfig(srv, AuthToken), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	limited, _ := vault.NewClient(srv.Root.CloneConfig())
	limited.SetToken(tok)
	if _, err := limited.KVv2("secret").Put(context.Background(), "vaultkeeper/signing", map[string]any{"private_key": "00"}); err == nil {
		t.Error("the keeper policy allows overwriting the key")
	}
	if _, err := limited.Sys().ListMounts(); err == nil {
		t.Error("the keeper policy allows listing mounts")
	}

	// Sealed: signing fails with a clear cause, and works again once unsealed.
	if err := srv.Root.Sys().Seal(); err != nil {
		t.Fatal(err)
	}
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "sealed") {
		t.Fatalf("signing while sealed: %v", err)
	}
	noSecrets(t, err.Error(), key, tok)
	for _, k := range srv.UnsealKeys {
		if _, err := srv.Root.Sys().Unseal(k); err != nil {
			t.Fatal(err)
		}
	}
	srv.WaitActive(t, func() error {
		_, err := srv.Root.KVv2("secret").Get(context.Background(), "vaultkeeper/signing")
		return err
	})
	mustSign(t, s, addr)

	// Unreachable: the server is gone.
	srv.Stop()
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("signing with Vault down: %v", err)
	}
	noSecrets(t, err.Error(), key, tok)
}
