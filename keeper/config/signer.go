package config

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// Signer kinds.
const (
	// SignerDev is an in-memory key for local chains: generated at start by
	// the embedded chain, or read from the environment variable
	// dev.key_env on an rpc chain whose chain id is a local one (anvil,
	// hardhat, geth --dev; keeper/signer.IsLocalChain).
	SignerDev = "dev"
	// SignerNone sends nothing: the keeper can observe and decide (dry runs) only.
	SignerNone = "none"
	// SignerVaultKV reads the key from a HashiCorp Vault KV v2 secret for each
	// signature (keeper/signer.VaultKV).
	SignerVaultKV = "vault-kv"
	// SignerVaultPlugin signs inside Vault with vaultkeeper's secrets plugin;
	// the key never leaves Vault (keeper/signer.VaultPlugin).
	SignerVaultPlugin = "vault-plugin"
)

// Signer selects how transactions are signed.
type Signer struct {
	// Kind is "dev" (local chains only), "vault-kv", "vault-plugin" or "none".
	Kind string `yaml:"kind"`
	// Dev is where kind dev's key comes from on an rpc chain.
	Dev DevSigner `yaml:"dev"`
	// Vault locates the key and the credentials (kind vault-kv and
	// vault-plugin). Only names of environment variables appear here,
	// never a secret.
	Vault VaultSigner `yaml:"vault"`
}

// DevSigner configures kind dev.
type DevSigner struct {
	// KeyEnv is the NAME of the environment variable holding the hex
	// private key (with or without 0x), never the key itself. Required on
	// an rpc chain, where the key signs only for a local chain id; the
	// embedded chain generates its key at start and takes none.
	KeyEnv string `yaml:"key_env"`
}

// Validate applies the defaults of the signer's kind and checks the
// section on its own, naming fields under path ("local.signer" in the
// keeper's config; "signer" in a file of its own). What depends on the
// chain is Config.Validate's (the kinds each chain kind accepts) and the
// signer's (a dev key signs only for a local chain id).
func (s *Signer) Validate(path string) error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	switch s.Kind {
	case SignerDev:
		if s.Dev.KeyEnv != "" && !envNameRE.MatchString(s.Dev.KeyEnv) {
			add(envNameError(path + ".dev.key_env"))
		}
	case SignerNone:
	case SignerVaultKV, SignerVaultPlugin:
		s.Vault = s.Vault.withDefaults(s.Kind)
		s.Vault.validate(path+".vault", s.Kind, &errs)
	default:
		add(fieldError(path+".kind", s.Kind, "unknown signer; want %q, %q, %q or %q", SignerDev, SignerVaultKV, SignerVaultPlugin, SignerNone))
	}
	if s.Kind != SignerDev && s.Dev.KeyEnv != "" {
		add(fmt.Errorf("%s.dev.key_env: only used with %s.kind %q (this signer is %s)", path, path, SignerDev, quote(s.Kind)))
	}
	return errors.Join(errs...)
}

// envNameError refuses a value where the NAME of an environment variable
// belongs, without echoing it: it may be the secret itself.
func envNameError(path string) error {
	return fmt.Errorf("%s: must be the NAME of an environment variable (A-Z, 0-9, _), never the secret itself (value not shown)", path)
}

// VaultSigner configures a HashiCorp Vault-backed signer.
type VaultSigner struct {
	Address      string `yaml:"address"`       // https://vault.internal:8200
	CACert       string `yaml:"ca_cert"`       // PEM file of Vault's CA; "" uses the system roots
	Mount        string `yaml:"mount"`         // vault-kv: KV v2 mount, default "secret"; vault-plugin: the plugin's mount, default "vaultkeeper"
	Path         string `yaml:"path"`          // vault-kv: secret path, default "vaultkeeper/signing"; vault-plugin: key name, default "keeper"
	Field        string `yaml:"field"`         // vault-kv: field with the hex key; default "private_key"
	Auth         string `yaml:"auth"`          // "token" or "approle"
	TokenEnv     string `yaml:"token_env"`     // variable holding the token; default VAULT_TOKEN
	RoleIDEnv    string `yaml:"role_id_env"`   // default VAULT_ROLE_ID
	SecretIDEnv  string `yaml:"secret_id_env"` // default VAULT_SECRET_ID
	AppRoleMount string `yaml:"approle_mount"` // default "approle"
}

var envNameRE = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)

// withDefaults fills the fields left empty with the defaults of the signer
// kind: the mount and path, the KV field, the variable names and the
// AppRole mount.
func (v VaultSigner) withDefaults(kind string) VaultSigner {
	mount, path := "secret", "vaultkeeper/signing"
	if kind == SignerVaultPlugin {
		mount, path = "vaultkeeper", "keeper"
	}
	for _, f := range []struct {
		field *string
		def   string
	}{{&v.Mount, mount}, {&v.Path, path}, {&v.Field, "private_key"}, {&v.TokenEnv, "VAULT_TOKEN"},
		{&v.RoleIDEnv, "VAULT_ROLE_ID"}, {&v.SecretIDEnv, "VAULT_SECRET_ID"}, {&v.AppRoleMount, "approle"}} {
		if *f.field == "" {
			*f.field = f.def
		}
	}
	return v
}

func (v VaultSigner) validate(path, kind string, errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	if kind == SignerVaultPlugin && strings.Contains(v.Path, "/") {
		add(fieldError(path+".path", v.Path, "for vault-plugin this is the key's name, without '/'"))
	}
	u, err := url.Parse(v.Address)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		add(fieldError(path+".address", v.Address, "want Vault's http(s) URL"))
	}
	for _, f := range []struct{ name, v string }{{"mount", v.Mount}, {"path", v.Path}, {"field", v.Field}, {"approle_mount", v.AppRoleMount}} {
		if strings.TrimSpace(f.v) == "" || strings.ContainsAny(f.v, " \t\n") {
			add(fieldError(path+"."+f.name, f.v, "must be a non-empty path without spaces"))
		}
	}
	switch v.Auth {
	case "token", "approle":
	default:
		add(fieldError(path+".auth", v.Auth, "want %q or %q", "token", "approle"))
	}
	// A variable name, not its value: a pasted secret is not echoed back.
	for _, f := range []struct{ name, v string }{{"token_env", v.TokenEnv}, {"role_id_env", v.RoleIDEnv}, {"secret_id_env", v.SecretIDEnv}} {
		if !envNameRE.MatchString(f.v) {
			add(envNameError(path + "." + f.name))
		}
	}
}
