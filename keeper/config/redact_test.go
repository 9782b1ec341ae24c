package config

import (
	"strings"
	"testing"
)

// Secrets of each kind the detector knows, as an operator might paste them.
var testSecrets = map[string]string{
	"vault service token":   "hvs.CAESIJ3xq0vL7mR2pTz9YwKbN4hQeUaF6sDgH1jXcV5oPiAmGh4KHGh2cy5aWXd1",
	"vault batch token":     "hvb.AAAAAQJ7n2Ck0xQ9mR4sT8vW1yZ3bD5fH7jK9lN0pQ2rS4tU6vX8",
	"vault recovery token":  "hvr.3Fq8Lm2Zx9Wk4Rt7Yp1Nb6Vc0",
	"legacy vault token":    "s.Qx7Lm2Zp9Wk4Rt7Yp1Nb6Vc0",
	"private key":           "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
	"private key with 0x":   "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
	"private key upper hex": "4C0883A69102937D6231471B5DBB6204FE5129617082792AE468D01A3F362318",
	"jwt":                   "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJrZWVwZXIiLCJpYXQiOjE3MDAwMDAwMDB9.c2lnbmF0dXJlLXBhcnQtaGVyZQ",
	"approle secret id":     "6a1d3c5e-8f2b-4d7a-9c0e-1b2f3a4d5e6f",
	"base64 api secret":     "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	"infura project id":     "9aa3d95b3bc440fa88ea12eaa4456161",
	"alchemy key":           "Xk2_pQ9rT4vW7yZ1bD3fH5jL8nM0sA6c",
	"lower-case token":      "k8s9x0abc4def7ghi2jkl5mno1pqr3",
}

func TestLooksSecret(t *testing.T) {
	for name, s := range testSecrets {
		if !looksSecret(s) {
			t.Errorf("%s %q: not recognised as a secret", name, s)
		}
		if !looksSecret("  " + s + "\n") {
			t.Errorf("%s with surrounding space: not recognised as a secret", name)
		}
	}
	for _, s := range []string{
		"", "steady", "vault-kv", "approle", "private_key", "secret", "vaultkeeper/signing",
		"secret/data/prod/keeper01", "var/keeper.db", "/etc/vault/tls/ca.pem", "../../optimizer/rl/testdata/model_v1.json",
		"https://vault.internal:8200", "http://127.0.0.1:8545", "127.0.0.1:9464", "wss://eth-mainnet.example.org/ws",
		"0x00000000000000000000000000000000000000aa", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		"*/10 * * * * *", "@every 10s", "0 9 * * 1-5", "TZ=UTC @hourly",
		"VAULT_TOKEN", "E2E_VAULT_TOKEN", "MY_VAULT_TOKEN_2024_PRODUCTION", "VAULT_SECRET_ID",
		"3.2", "meanvar", "ledger", "mainnet", "text", "json", "debug",
		"vaultkeeper-keeper-signing-key", "keeper_signing_key_production", "hvs.short", "s.short",
	} {
		if looksSecret(s) {
			t.Errorf("%q: taken for a secret", s)
		}
	}
}

// A secret pasted into any field is not echoed back, whatever catches it:
// validation, the strict decoder (wrong type, bad duration, unknown key).
func TestConfigErrorsDoNotEchoSecrets(t *testing.T) {
	base := string(shipped(t))
	edits := []struct {
		field, old, new string
	}{
		{"local.chain.kind", "kind: embedded            # embedded | rpc", "kind: %s"},
		{"local.signer.kind", "kind: dev ", "kind: %s "},
		{"local.log.level", "level: info", "level: %s"},
		{"local.log.format", "format: text ", "format: %s "},
		{"governed.optimizer.strategy", "strategy: meanvar ", "strategy: %s "},
		{"local.chain.embedded.pools[2].kind", "kind: erc4626", "kind: %s"},
		{"local.chain.embedded.pools[0].aave_version", `aave_version: "3.0"`, "aave_version: %s"},
		{"local.metrics.address", "address: 127.0.0.1:9464", "address: %s"},
		{"local.web.address", `address: ""               # host:port to serve them`, `address: %s               # host:port to serve them`},
		{"governed.sources[0].name", "    - name: steady\n      cap", "    - name: %s\n      cap"},
		{"governed.optimizer.forecaster", "forecaster: ewma ", "forecaster: %s "},
		{"governed.optimizer.window", "window: 90d", "window: %s"},
		{"governed.rebalance.receipt_timeout", "receipt_timeout: 2m", "receipt_timeout: %s"},
		{"governed.sources[2].cap", "    cap: 0.3", "    cap: %s"},
		{"local.storage", "    path: var/keeper.db", "    path: var/keeper.db\n    %s: 1"},
	}
	for _, e := range edits {
		for name, secret := range testSecrets {
			if !strings.Contains(base, e.old) {
				t.Fatalf("test setup: %q not in config.yaml", e.old)
			}
			raw := strings.Replace(base, e.old, strings.ReplaceAll(e.new, "%s", `"`+secret+`"`), 1)
			_, err := Parse([]byte(raw))
			if err == nil {
				t.Errorf("%s = %s: accepted", e.field, name)
				continue
			}
			msg := err.Error()
			if !strings.Contains(msg, e.field) || !strings.Contains(msg, secretNotShown) {
				t.Errorf("%s = %s: error does not name the field and say the value is not shown: %v", e.field, name, err)
			}
			for _, part := range secretParts(secret) {
				if strings.Contains(strings.ToLower(msg), strings.ToLower(part)) {
					t.Errorf("%s = %s: error echoes the secret (%q): %v", e.field, name, part, err)
				}
			}
		}
	}
}

// secretParts is the secret and its distinctive pieces: the random part of a
// token without its prefix, a key without 0x, each long segment.
func secretParts(s string) []string {
	parts := []string{s, strings.TrimPrefix(s, "0x")}
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '/' || r == '-' }) {
		if len(p) >= 8 {
			parts = append(parts, p)
		}
	}
	return parts
}

// A Vault token pasted into local.signer.vault.auth (or another vault-kv
// field) is not echoed; ordinary mistakes still are.
func TestVaultSignerErrorsDoNotEchoSecrets(t *testing.T) {
	base := vaultKVConfig
	tok := testSecrets["vault service token"]
	key := testSecrets["private key with 0x"]
	for _, tc := range []struct {
		old, new, field, secret string
	}{
		{"auth: approle", "auth: " + tok, "local.signer.vault.auth", tok},
		{"auth: approle", "auth: approle\n      token_env: " + tok, "local.signer.vault.token_env", tok},
		{"address: https://vault.internal:8200", "address: " + tok, "local.signer.vault.address", tok},
		{`address: "0x00000000000000000000000000000000000000b2"`, `address: "` + key + `"`, "governed.sources[0].address", key},
		{`vault: {address: "0x00000000000000000000000000000000000000a1"`, `vault: {address: "` + key + `"`, "local.vault.address", key},
		{`registry: "0x00000000000000000000000000000000000000a2"`, `registry: "` + key + `"`, "local.vault.registry", key},
	} {
		_, err := Parse([]byte(strings.Replace(base, tc.old, tc.new, 1)))
		if err == nil {
			t.Errorf("%s: accepted", tc.field)
			continue
		}
		if !strings.Contains(err.Error(), tc.field) || !strings.Contains(err.Error(), "value not shown") {
			t.Errorf("%s: error does not name the field and say the value is not shown: %v", tc.field, err)
		}
		for _, part := range secretParts(tc.secret) {
			if strings.Contains(err.Error(), part) {
				t.Errorf("%s: error echoes the secret: %v", tc.field, err)
			}
		}
	}
	// An ordinary mistake is still shown.
	_, err := Parse([]byte(strings.Replace(base, "auth: approle", "auth: ldap", 1)))
	if err == nil || !strings.Contains(err.Error(), `local.signer.vault.auth: "ldap": want "token" or "approle"`) {
		t.Errorf("auth ldap: %v", err)
	}
}

func TestRedactURL(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
		secrets   []string
	}{
		{"", "", nil},
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545", nil},
		{"ws://localhost:8546/", "ws://localhost:8546/", nil},
		{"https://rpc.example.org/eth/mainnet", "https://rpc.example.org/eth/mainnet", nil},
		{"https://mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161", "https://mainnet.infura.io/v3/***", []string{"9aa3d95b3bc440fa88ea12eaa4456161"}},
		{"wss://mainnet.infura.io/ws/v3/9aa3d95b3bc440fa88ea12eaa4456161", "wss://mainnet.infura.io/ws/v3/***", []string{"9aa3d95b3bc440fa88ea12eaa4456161"}},
		{"https://eth-mainnet.g.alchemy.com/v2/Xk2_pQ9rT4vW7yZ1bD3fH5jL8nM0sA6c", "https://eth-mainnet.g.alchemy.com/v2/***", []string{"Xk2_pQ9rT4vW7yZ1bD3fH5jL8nM0sA6c"}},
		{"https://user:hunter2@node.example.org:8545/rpc", "https://***@node.example.org:8545/rpc", []string{"hunter2", "user"}},
		{"https://hvs.CAESIJ3xq0vL7mR2pTz9@node.example.org", "https://***@node.example.org", []string{"CAESIJ3xq0vL7mR2pTz9"}},
		{"https://node.example.org/rpc?apikey=s3cr3tV4lue&network=mainnet", "https://node.example.org/rpc?apikey=***&network=***", []string{"s3cr3tV4lue", "mainnet"}},
		{"https://node.example.org/?9aa3d95b3bc440fa88ea12eaa4456161", "https://node.example.org/?***", []string{"9aa3d95b3bc440fa88ea12eaa4456161"}},
		{"https://node.example.org/rpc#token=abc123secret", "https://node.example.org/rpc#***", []string{"abc123secret"}},
		{"https://quick-name.quiknode.pro/0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d/", "https://quick-name.quiknode.pro/***/", []string{"0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d"}},
		{"https://u:p@node.example.org/v3/9aa3d95b3bc440fa88ea12eaa4456161?key=v#f", "https://***@node.example.org/v3/***?key=***#***", []string{"9aa3d95b3bc440fa88ea12eaa4456161", "u:p"}},
		{"localhost:8545", "localhost:8545", nil},
		{"node:hunter2@example.org", "node:***@example.org", []string{"hunter2"}},
		{"mainnet.infura.io/v3/9aa3d95b3bc440fa88ea12eaa4456161", "mainnet.infura.io/v3/***", []string{"9aa3d95b3bc440fa88ea12eaa4456161"}},
		{"http://[::1", unparsableURL, nil},
		{"https://user:hunter2@node example.org", unparsableURL, []string{"hunter2"}},
		{"https://node.example.org/%zz9aa3d95b3bc440fa88ea12eaa4456161", unparsableURL, []string{"9aa3d95b3bc440fa88ea12eaa4456161"}},
		{"https://user:hunter2\x7f@node.example.org", unparsableURL, []string{"hunter2"}},
	} {
		got := RedactURL(tc.raw)
		if got != tc.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tc.raw, got, tc.want)
		}
		for _, s := range tc.secrets {
			if strings.Contains(got, s) {
				t.Errorf("RedactURL(%q) = %q keeps %q", tc.raw, got, s)
			}
		}
	}
}

// local.chain.rpc_url errors show the URL with its credentials redacted.
func TestRPCURLErrorsAreRedacted(t *testing.T) {
	base := string(shipped(t))
	key := "9aa3d95b3bc440fa88ea12eaa4456161"
	// On the embedded chain rpc_url is refused; the error shows the endpoint
	// but not the key nor the password.
	raw := strings.Replace(base, "kind: embedded            # embedded | rpc",
		"kind: embedded\n    rpc_url: \"https://op:hunter2@mainnet.infura.io/v3/"+key+"?token=abc\"", 1)
	_, err := Parse([]byte(raw))
	if err == nil {
		t.Fatal("rpc_url accepted on the embedded chain")
	}
	want := `local.chain.rpc_url: "https://***@mainnet.infura.io/v3/***?token=***": only used with local.chain.kind "rpc"`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("error %q does not contain %q", err, want)
	}
	for _, s := range []string{key, "hunter2", "abc"} {
		if strings.Contains(err.Error(), s) {
			t.Errorf("error echoes %q: %v", s, err)
		}
	}
	rpc := `
governed:
  sources:
    - {name: a, address: "0x00000000000000000000000000000000000000b2", cap: 0.5}
local:
  chain: {kind: rpc, rpc_url: "%s", chain_id: 1}
  vault: {address: "0x00000000000000000000000000000000000000a1", registry: "0x00000000000000000000000000000000000000a2"}
  signer: {kind: none}
`
	for url, want := range map[string]string{
		"ftp://op:hunter2@node.example.org/v2/" + key: `local.chain.rpc_url: "ftp://***@node.example.org/v2/***": want an http(s)`,
		"mainnet.infura.io/v3/" + key:                 `local.chain.rpc_url: "mainnet.infura.io/v3/***": want an http(s)`,
		"http://op:hunter2@[::1/" + key:               `local.chain.rpc_url: (unparsable URL, not shown): want an http(s)`,
	} {
		_, err := Parse([]byte(strings.Replace(rpc, "%s", url, 1)))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("rpc_url %s: error %v does not contain %q", RedactURL(url), err, want)
			continue
		}
		for _, s := range []string{key, "hunter2"} {
			if strings.Contains(err.Error(), s) {
				t.Errorf("error echoes %q: %v", s, err)
			}
		}
	}
	// A URL without credentials is shown as written.
	_, err = Parse([]byte(strings.Replace(rpc, "%s", "node.example.org:8545", 1)))
	if err == nil || !strings.Contains(err.Error(), `local.chain.rpc_url: "node.example.org:8545"`) {
		t.Errorf("plain rpc_url: %v", err)
	}
}
