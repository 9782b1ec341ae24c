package config

import (
	"strings"
	"testing"
)

const rpcDevConfig = `
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain: {kind: rpc, rpc_url: "http://127.0.0.1:8545", chain_id: 31337}
  vault: {address: "0x00000000000000000000000000000000000000a1", registry: "0x00000000000000000000000000000000000000a2"}
  signer:
    kind: dev
    dev: {key_env: KEEPER_DEV_KEY}
`

// kind dev with dev.key_env is accepted on an rpc chain (the chain id is
// checked when the signer is opened); without it, or with a pasted key, it
// is refused naming the field.
func TestDevSignerKeyEnv(t *testing.T) {
	cfg, err := Parse([]byte(rpcDevConfig))
	if err != nil {
		t.Fatalf("dev signer with key_env on an rpc chain: %v", err)
	}
	if cfg.Signer.Kind != SignerDev || cfg.Signer.Dev.KeyEnv != "KEEPER_DEV_KEY" {
		t.Fatalf("signer section decoded as %+v", cfg.Signer)
	}
	key := testSecrets["private key with 0x"]
	for _, tc := range []struct {
		name, old, new string
		want           []string
	}{
		{"no key_env on rpc", "    dev: {key_env: KEEPER_DEV_KEY}\n", "", []string{"local.signer.kind", `"dev"`, "local.signer.dev.key_env", "local chain id"}},
		{"the key itself", "key_env: KEEPER_DEV_KEY", "key_env: " + key, []string{"local.signer.dev.key_env", "NAME of an environment variable", "value not shown"}},
		{"lower-case name", "key_env: KEEPER_DEV_KEY", "key_env: keeper_dev_key", []string{"local.signer.dev.key_env", "NAME of an environment variable"}},
		{"key_env with vault-kv", "kind: dev", "kind: vault-kv\n    vault: {address: \"https://vault.internal:8200\", auth: token}",
			[]string{"local.signer.dev.key_env", `only used with local.signer.kind "dev"`, `"vault-kv"`}},
		{"key_env with none", "kind: dev", "kind: none", []string{"local.signer.dev.key_env", `only used with local.signer.kind "dev"`}},
		{"unknown dev field", "dev: {key_env: KEEPER_DEV_KEY}", "dev: {key: KEEPER_DEV_KEY}", []string{"local.signer.dev.key", "unknown field"}},
	} {
		_, err := Parse([]byte(strings.Replace(rpcDevConfig, tc.old, tc.new, 1)))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not mention %q", tc.name, err, w)
			}
		}
		if strings.Contains(err.Error(), strings.TrimPrefix(key, "0x")) {
			t.Errorf("%s: error echoes the key: %v", tc.name, err)
		}
	}

	// The embedded chain generates its key: key_env is refused there, and
	// kind dev without it is unchanged.
	base := string(shipped(t))
	if _, err := Parse([]byte(strings.Replace(base, "kind: dev ", "kind: dev\n    dev: {key_env: KEEPER_DEV_KEY}\n   ", 1))); err == nil ||
		!strings.Contains(err.Error(), "local.signer.dev.key_env") || !strings.Contains(err.Error(), "embedded chain generates") {
		t.Errorf("key_env on the embedded chain: %v", err)
	}
}

// Signer.Validate checks a signer section on its own, under the path it is
// given, and fills in the defaults of its kind (a section decoded without
// Default, as a file of its own is).
func TestSignerValidateOnItsOwn(t *testing.T) {
	s := Signer{Kind: SignerVaultPlugin, Vault: VaultSigner{Address: "https://vault.internal:8200", Auth: "approle"}}
	if err := s.Validate("signer"); err != nil {
		t.Fatal(err)
	}
	want := VaultSigner{Address: "https://vault.internal:8200", Auth: "approle", Mount: "vaultkeeper", Path: "keeper", Field: "private_key",
		TokenEnv: "VAULT_TOKEN", RoleIDEnv: "VAULT_ROLE_ID", SecretIDEnv: "VAULT_SECRET_ID", AppRoleMount: "approle"}
	if s.Vault != want {
		t.Errorf("defaults: %+v, want %+v", s.Vault, want)
	}
	if err := (&Signer{Kind: SignerDev, Dev: DevSigner{KeyEnv: "DEPLOYER_KEY"}}).Validate("signer"); err != nil {
		t.Errorf("dev signer with key_env: %v", err)
	}
	tok := testSecrets["vault service token"]
	for _, tc := range []struct {
		s    Signer
		want []string
	}{
		{Signer{Kind: "ledger"}, []string{`signer.kind: "ledger": unknown signer`}},
		{Signer{Kind: tok}, []string{"signer.kind: " + secretNotShown}},
		{Signer{Kind: SignerVaultKV, Vault: VaultSigner{Address: "vault.internal", Auth: tok}},
			[]string{`signer.vault.address: "vault.internal"`, "signer.vault.auth: " + secretNotShown}},
		{Signer{Kind: SignerDev, Dev: DevSigner{KeyEnv: tok}}, []string{"signer.dev.key_env: must be the NAME"}},
	} {
		err := tc.s.Validate("signer")
		if err == nil {
			t.Errorf("%+v: accepted", tc.s)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not mention %q", err, w)
			}
		}
		if strings.Contains(err.Error(), tok[4:]) || strings.Contains(err.Error(), "local.signer") {
			t.Errorf("error echoes the token or names another path: %v", err)
		}
	}
}
