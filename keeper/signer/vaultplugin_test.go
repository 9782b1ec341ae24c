package signer

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
)

func pluginConfig(s *vaulttest.Server, auth string) VaultConfig {
	// Mount and key left empty: the defaults are the names the shipped
	// policy grants.
	return VaultConfig{Address: s.Address, CACert: s.CACert, Auth: auth,
		TokenEnv: "TEST_VAULT_TOKEN", RoleIDEnv: "TEST_ROLE_ID", SecretIDEnv: "TEST_SECRET_ID"}
}

// rootWrite writes as root and records the response.
func rootWrite(t *testing.T, srv *vaulttest.Server, seen *[]string, path string, data map[string]any) *vault.Secret {
	t.Helper()
	sec, err := srv.Root.Logical().Write(path, data)
	if err != nil {
		t.Fatalf("write %s: %v", path, err)
	}
	b, _ := json.Marshal(sec)
	*seen = append(*seen, string(b))
	return sec
}

func legacyTestTx() *types.Transaction {
	to := common.HexToAddress("0x00000000000000000000000000000000000000cc")
	return types.NewTx(&types.LegacyTx{Nonce: 4, GasPrice: big.NewInt(3e10), Gas: 21000, To: &to, Value: big.NewInt(2)})
}

// mustSignBoth signs an EIP-1559 transaction (chain 1) and a legacy one
// (chain 137) and checks the recovered sender, the chain binding and that
// the payload is the one asked for.
func mustSignBoth(t *testing.T, s Signer, want common.Address) {
	t.Helper()
	mustSign(t, s, want)
	tx := legacyTestTx()
	signed, err := s.SignTx(context.Background(), big.NewInt(137), tx)
	if err != nil {
		t.Fatal(err)
	}
	ls := types.NewEIP155Signer(big.NewInt(137))
	from, err := types.Sender(ls, signed)
	if err != nil || from != want || !signed.Protected() || signed.ChainId().Int64() != 137 || ls.Hash(signed) != ls.Hash(tx) {
		t.Fatalf("legacy: signed by %s (%v), protected %v, chain %v; want %s on 137", from.Hex(), err, signed.Protected(), signed.ChainId(), want.Hex())
	}
}

func TestVaultPluginSignsWithOnlyThePolicyAndNeverExportsTheKey(t *testing.T) {
	srv := vaulttest.StartWithPlugin(t, DefaultPluginMount)
	var seen []string

	// The catalog checks the binary's SHA-256: a wrong sum cannot be mounted.
	bin, _ := vaulttest.PluginBinary(t)
	rootWrite(t, srv, &seen, "sys/plugins/catalog/secret/tampered", map[string]any{"sha256": strings.Repeat("ab", 32), "command": filepath.Base(bin)})
	if err := srv.Root.Sys().Mount("tampered", &vault.MountInput{Type: "tampered"}); err == nil || !strings.Contains(err.Error(), "checksums did not match") {
		t.Fatalf("mounting a plugin registered with the wrong SHA-256: %v", err)
	}

	// An administrator (root here) generates the keeper's key in Vault and
	// imports another one; both answers carry the address only.
	sec := rootWrite(t, srv, &seen, "vaultkeeper/keys/keeper", nil)
	addr := common.HexToAddress(sec.Data["address"].(string))
	if len(sec.Data) != 1 || addr == (common.Address{}) {
		t.Fatalf("create: %v", sec.Data)
	}
	imported, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	impHex := hex.EncodeToString(crypto.FromECDSA(imported))
	sec = rootWrite(t, srv, &seen, "vaultkeeper/keys/imported", map[string]any{"private_key": "0x" + impHex})
	if len(sec.Data) != 1 || sec.Data["address"] != crypto.PubkeyToAddress(imported.PublicKey).Hex() {
		t.Fatalf("import: %v", sec.Data)
	}

	// Even root reads an address and nothing else; there is no export path.
	for _, p := range []string{"vaultkeeper/keys/keeper", "vaultkeeper/keys/imported"} {
		sec, err := srv.Root.Logical().Read(p)
		if err != nil || sec == nil || len(sec.Data) != 1 || !common.IsHexAddress(sec.Data["address"].(string)) {
			t.Fatalf("root read %s: %v %v", p, sec, err)
		}
		b, _ := json.Marshal(sec)
		seen = append(seen, string(b))
	}
	for _, p := range []string{"vaultkeeper/keys/imported/export", "vaultkeeper/export/imported", "vaultkeeper/keys/imported/backup",
		"vaultkeeper/backup/imported", "vaultkeeper/keys/imported/private_key"} {
		sec, err := srv.Root.Logical().Read(p)
		if err == nil && sec != nil {
			t.Errorf("root read %s answered %v", p, sec.Data)
		}
		b, _ := json.Marshal(sec)
		seen = append(seen, string(b), errString(err))
	}
	if _, err := srv.Root.Logical().Write("vaultkeeper/keys/imported", map[string]any{"private_key": impHex}); err == nil ||
		!strings.Contains(err.Error(), "already exists") {
		t.Errorf("overwriting a key: %v", err)
	}
	// A key sent in the wrong shape is refused without being quoted (Vault's
	// field validation would echo it).
	_, err = srv.Root.Logical().Write("vaultkeeper/keys/malformed", map[string]any{"private_key": []string{impHex}})
	if err == nil || !strings.Contains(err.Error(), "must be a hex string") {
		t.Errorf("importing a key as a list: %v", err)
	}
	seen = append(seen, errString(err))

	// A token with only keeper-plugin.hcl signs EIP-1559 and legacy
	// transactions; the sender recovered is the key's address.
	tok := srv.PolicyToken(t, "keeper-plugin", "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	var logs vaulttest.SyncBuffer
	s, err := NewVaultPlugin(context.Background(), pluginConfig(srv, AuthToken), slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.Address() != addr {
		t.Fatalf("signer address %s, key %s", s.Address().Hex(), addr.Hex())
	}
	mustSignBoth(t, s, addr)

	// Refusals, client side and in the plugin.
	_, err = s.SignTx(context.Background(), big.NewInt(5), testTx())
	if err == nil || !strings.Contains(err.Error(), "chain 1 as chain 5") {
		t.Errorf("1559 tx for chain 1 signed as chain 5: %v", err)
	}
	to := common.HexToAddress("0x01")
	if _, err = s.SignTx(context.Background(), big.NewInt(1), types.NewTx(&types.AccessListTx{ChainID: big.NewInt(1), Gas: 21000, To: &to, GasPrice: big.NewInt(1)})); err == nil ||
		!strings.Contains(err.Error(), "type 1") {
		t.Errorf("access-list tx: %v", err)
	}
	limited, err := vault.NewClient(srv.Root.CloneConfig())
	if err != nil {
		t.Fatal(err)
	}
	limited.SetToken(tok)
	raw, _ := testTx().MarshalBinary()
	_, err = limited.Logical().Write("vaultkeeper/keys/keeper/sign", map[string]any{"chain_id": "5", "tx": hex.EncodeToString(raw)})
	if err == nil || !strings.Contains(cleanErr(err).Error(), "HTTP 400") || !strings.Contains(err.Error(), "chain ID mismatch") {
		t.Errorf("plugin asked to sign a chain-1 EIP-1559 tx as chain 5: %v", err)
	}
	raw, _ = types.NewTx(&types.AccessListTx{ChainID: big.NewInt(1), Gas: 21000, To: &to, GasPrice: big.NewInt(1)}).MarshalBinary()
	_, err = limited.Logical().Write("vaultkeeper/keys/keeper/sign", map[string]any{"chain_id": "1", "tx": hex.EncodeToString(raw)})
	if err == nil || !strings.Contains(err.Error(), "type 1 is not signed here") {
		t.Errorf("plugin asked to sign an access-list tx: %v", err)
	}

	// The policy grants that and nothing else.
	for _, tc := range []struct {
		what string
		do   func() error
	}{
		{"create a key", func() error { _, err := limited.Logical().Write("vaultkeeper/keys/other", nil); return err }},
		{"import over the key", func() error {
			_, err := limited.Logical().Write("vaultkeeper/keys/keeper", map[string]any{"private_key": impHex})
			return err
		}},
		{"delete the key", func() error { _, err := limited.Logical().Delete("vaultkeeper/keys/keeper"); return err }},
		{"list keys", func() error { _, err := limited.Logical().List("vaultkeeper/keys"); return err }},
		{"read another key", func() error { _, err := limited.Logical().Read("vaultkeeper/keys/imported"); return err }},
		{"sign with another key", func() error {
			raw, _ := testTx().MarshalBinary()
			_, err := limited.Logical().Write("vaultkeeper/keys/imported/sign", map[string]any{"chain_id": "1", "tx": hex.EncodeToString(raw)})
			return err
		}},
		{"read an export path", func() error { _, err := limited.Logical().Read("vaultkeeper/keys/keeper/export"); return err }},
		{"list mounts", func() error { _, err := limited.Sys().ListMounts(); return err }},
		{"disable the mount", func() error { return limited.Sys().Unmount(DefaultPluginMount) }},
		{"read the plugin catalog", func() error { _, err := limited.Logical().List("sys/plugins/catalog/secret"); return err }},
		{"register a plugin", func() error {
			_, err := limited.Logical().Write("sys/plugins/catalog/secret/x", map[string]any{"sha256": strings.Repeat("00", 32), "command": "x"})
			return err
		}},
		{"read the policy", func() error { _, err := limited.Sys().GetPolicy("vaultkeeper-plugin"); return err }},
		{"create a token", func() error { _, err := limited.Auth().Token().Create(&vault.TokenCreateRequest{}); return err }},
	} {
		err := tc.do()
		if err == nil || !isPermissionDenied(err) {
			t.Errorf("the keeper-plugin policy lets the keeper %s (%v)", tc.what, err)
		}
		seen = append(seen, errString(err))
	}
	if sec, err := srv.Root.Logical().Read("vaultkeeper/keys/keeper"); err != nil || sec.Data["address"] != addr.Hex() {
		t.Fatalf("the key changed: %v %v", sec, err)
	}

	// The imported key's hex and the token appear nowhere: not in a
	// response, an error, the signer's log or Vault's own log.
	seen = append(seen, logs.String(), s.String(), s.GoString(), srv.Log.String())
	noSecrets(t, strings.Join(seen, "\n"), impHex, tok)
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestVaultPluginWithAppRoleAndKeyReplacement(t *testing.T) {
	srv := vaulttest.StartWithPlugin(t, DefaultPluginMount)
	sec, err := srv.Root.Logical().Write("vaultkeeper/keys/keeper", nil)
	if err != nil {
		t.Fatal(err)
	}
	addr := common.HexToAddress(sec.Data["address"].(string))
	roleID, secretID := srv.AppRole(t, "keeper-plugin", "1h", "2h")
	t.Setenv("TEST_ROLE_ID", roleID)
	t.Setenv("TEST_SECRET_ID", secretID)
	var logs vaulttest.SyncBuffer
	s, err := NewVaultPlugin(context.Background(), pluginConfig(srv, AuthAppRole), slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSignBoth(t, s, addr)

	// An administrator replaces the key: the first signature that notices
	// is refused and names the new address; the signer then uses it.
	if _, err := srv.Root.Logical().Delete("vaultkeeper/keys/keeper"); err != nil {
		t.Fatal(err)
	}
	sec, err = srv.Root.Logical().Write("vaultkeeper/keys/keeper", nil)
	if err != nil {
		t.Fatal(err)
	}
	addr2 := common.HexToAddress(sec.Data["address"].(string))
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "rotated") || !strings.Contains(err.Error(), addr2.Hex()) {
		t.Fatalf("first signature after the key was replaced: %v", err)
	}
	mustSignBoth(t, s, addr2)

	// A deleted key: a clear error.
	if _, err := srv.Root.Logical().Delete("vaultkeeper/keys/keeper"); err != nil {
		t.Fatal(err)
	}
	if _, err = s.SignTx(context.Background(), big.NewInt(1), testTx()); err == nil || !strings.Contains(err.Error(), `no key named "keeper"`) {
		t.Fatalf("signing with a deleted key: %v", err)
	}
	noSecrets(t, err.Error()+logs.String()+s.String(), secretID, roleID)
}

func TestVaultPluginReportsDeniedMissingSealedAndUnreachable(t *testing.T) {
	srv := vaulttest.StartWithPlugin(t, DefaultPluginMount)

	// No key yet: the error says how to create one.
	tok := srv.PolicyToken(t, "keeper-plugin", "1h")
	t.Setenv("TEST_VAULT_TOKEN", tok)
	if _, err := NewVaultPlugin(context.Background(), pluginConfig(srv, AuthToken), nil); err == nil ||
		!strings.Contains(err.Error(), `no key "keeper"`) || !strings.Contains(err.Error(), "vault write vaultkeeper/keys/keeper") {
		t.Fatalf("missing key: %v", err)
	}
	sec, err := srv.Root.Logical().Write("vaultkeeper/keys/keeper", nil)
	if err != nil {
		t.Fatal(err)
	}
	addr := common.HexToAddress(sec.Data["address"].(string))

	// A token without the keeper policy is refused, and the error says so.
	other, err := srv.Root.Auth().Token().Create(&vault.TokenCreateRequest{Policies: []string{"default"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_VAULT_TOKEN", other.Auth.ClientToken)
	if _, err := NewVaultPlugin(context.Background(), pluginConfig(srv, AuthToken), nil); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("token without the policy: %v", err)
	} else {
		noSecrets(t, err.Error(), other.Auth.ClientToken)
	}

	t.Setenv("TEST_VAULT_TOKEN", tok)
	s, err := NewVaultPlugin(context.Background(), pluginConfig(srv, AuthToken), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	mustSign(t, s, addr)

	// Sealed: signing fails with a clear cause, and works again once
	// unsealed (Vault restarts the plugin).
	if err := srv.Root.Sys().Seal(); err != nil {
		t.Fatal(err)
	}
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "sealed") {
		t.Fatalf("signing while sealed: %v", err)
	}
	noSecrets(t, err.Error(), tok)
	for _, k := range srv.UnsealKeys {
		if _, err := srv.Root.Sys().Unseal(k); err != nil {
			t.Fatal(err)
		}
	}
	srv.WaitActive(t, func() error {
		_, err := srv.Root.Logical().Read("vaultkeeper/keys/keeper")
		return err
	})
	mustSignBoth(t, s, addr)

	// Unreachable: the server is gone.
	srv.Stop()
	_, err = s.SignTx(context.Background(), big.NewInt(1), testTx())
	if err == nil || !strings.Contains(err.Error(), "unreachable") {
		t.Fatalf("signing with Vault down: %v", err)
	}
	noSecrets(t, err.Error(), tok)
}

// TestVaultPluginChecksTheAnswer: whatever the plugin answers, the signer
// returns only the transaction it sent, signed for the chain it asked, with
// the sender and hash it can recompute.
func TestVaultPluginChecksTheAnswer(t *testing.T) {
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain := big.NewInt(1)
	tx := testTx()
	answer := func(signed *types.Transaction, from common.Address, hash string) *vault.Secret {
		raw, _ := signed.MarshalBinary()
		if hash == "" {
			hash = signed.Hash().Hex()
		}
		return &vault.Secret{Data: map[string]any{"signed_tx": "0x" + hex.EncodeToString(raw), "hash": hash, "from": from.Hex()}}
	}
	sign := func(tx *types.Transaction, s types.Signer) *types.Transaction {
		signed, err := types.SignTx(tx, s, key)
		if err != nil {
			t.Fatal(err)
		}
		return signed
	}
	good := sign(tx, types.LatestSignerForChainID(chain))
	if _, from, err := checkSigned(answer(good, addr, ""), tx, chain); err != nil || from != addr {
		t.Fatalf("a correct answer: %v", err)
	}
	other := types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: 99, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), Gas: tx.Gas(), To: tx.To(), Value: big.NewInt(1e18)})
	legacy := legacyTestTx()
	for _, tc := range []struct {
		name     string
		sec      *vault.Secret
		unsigned *types.Transaction
		chain    int64
		want     string
	}{
		{"another transaction", answer(sign(other, types.LatestSignerForChainID(chain)), addr, ""), tx, 1, "different transaction"},
		{"legacy without EIP-155", answer(sign(legacy, types.HomesteadSigner{}), addr, ""), legacy, 1, "not bound to chain"},
		{"legacy for another chain", answer(sign(legacy, types.NewEIP155Signer(big.NewInt(5))), addr, ""), legacy, 1, "not bound to chain"},
		{"wrong sender", answer(good, common.HexToAddress("0x01"), ""), tx, 1, "recovers"},
		{"wrong hash", answer(good, addr, common.Hash{1}.Hex()), tx, 1, "hash"},
		{"garbage", &vault.Secret{Data: map[string]any{"signed_tx": "0x02ff"}}, tx, 1, "does not decode"},
		{"nothing", &vault.Secret{Data: map[string]any{}}, tx, 1, "no hex signed_tx"},
		{"no answer", nil, tx, 1, "returned nothing"},
	} {
		if _, _, err := checkSigned(tc.sec, tc.unsigned, big.NewInt(tc.chain)); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error mentioning %q", tc.name, err, tc.want)
		}
	}
}

func TestVaultPluginConfig(t *testing.T) {
	base := VaultConfig{Address: "https://v:8200", Auth: AuthToken, TokenEnv: "T"}
	for _, tc := range []struct {
		mod  func(*VaultConfig)
		want string
	}{
		{func(c *VaultConfig) { c.Address = "v:8200" }, `address "v:8200"`},
		{func(c *VaultConfig) { c.Path = "a/b" }, `key name "a/b"`},
		{func(c *VaultConfig) { c.Path = "-x" }, `key name "-x"`},
		{func(c *VaultConfig) { c.Auth = "ldap" }, `auth "ldap"`},
		{func(c *VaultConfig) { c.Auth = AuthAppRole }, "approle auth needs"},
	} {
		c := base
		tc.mod(&c)
		if _, err := NewVaultPlugin(context.Background(), c, nil); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", c, err, tc.want)
		}
	}
	// A signed input is sent unsigned; unsupported types are refused.
	key, _ := crypto.GenerateKey()
	signed, _ := types.SignTx(testTx(), types.LatestSignerForChainID(big.NewInt(1)), key)
	u, err := unsignedCopy(signed, big.NewInt(1))
	if v, r, s := u.RawSignatureValues(); err != nil || v.Sign()|r.Sign()|s.Sign() != 0 || u.Hash() != testTx().Hash() {
		t.Fatalf("unsigned copy: %v", err)
	}
	if _, err := unsignedCopy(types.NewTx(&types.BlobTx{}), big.NewInt(1)); err == nil || !strings.Contains(err.Error(), "type 3") {
		t.Fatalf("blob tx: %v", err)
	}
}
