package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/secrets"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// scrubbedOutput wraps a command's stdout and stderr in writers that scrub
// the secrets of the files its arguments name (configSecrets): the
// credentials in the node's URL and the values of the environment
// variables named for signing credentials. Everything the command prints
// (logs, errors, reports, a panic) goes through them, so that text built
// elsewhere, such as go-ethereum's errors that embed the URL they called,
// is scrubbed too. The caller flushes both when the command ends.
func scrubbedOutput(args []string, stdout, stderr io.Writer) (out, errOut *secrets.Writer) {
	var found []string
	for _, path := range secretFiles(args) {
		found = append(found, configSecrets(path)...)
	}
	// A node URL given on the command line (keeper deploy verify --rpc-url),
	// and the key variable of --key-env (keeper governance).
	found = append(found, secrets.URLSecrets(flagValue(args, "rpc-url"))...)
	if name := flagValue(args, "key-env"); name != "" {
		found = append(found, secrets.FromEnv(name)...)
	}
	s := secrets.NewScrubber(found...)
	return secrets.NewWriter(stdout, s), secrets.NewWriter(stderr, s)
}

// secretFiles are the files among args that may hold a node URL: the
// --config file (default config.yaml) and a keeper deploy --spec file,
// given as --name PATH or --name=PATH (one dash too), wherever they stand.
func secretFiles(args []string) []string {
	cfg := flagValue(args, "config")
	if cfg == "" {
		cfg = "config.yaml"
	}
	if spec := flagValue(args, "spec"); spec != "" {
		return []string{cfg, spec}
	}
	return []string{cfg}
}

// flagValue is the value of --name VALUE or --name=VALUE (one dash too)
// among args, or "".
func flagValue(args []string, name string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "-") {
			continue
		}
		n, v, has := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if n != name {
			continue
		}
		if has {
			return v
		}
		if i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// nodeFile is what configSecrets reads of a keeper config
// (local.chain.rpc_url and rpc_urls, local.signer, local.storage.dsn_env) or a keeper deploy spec (chain.rpc_url,
// signer).
type nodeFile struct {
	Local struct {
		Chain struct {
			RPCURL  string   `yaml:"rpc_url"`
			RPCURLs []string `yaml:"rpc_urls"`
		} `yaml:"chain"`
		Signer  config.Signer `yaml:"signer"`
		Storage struct {
			DSNEnv string `yaml:"dsn_env"`
		} `yaml:"storage"`
	} `yaml:"local"`
	Chain struct {
		RPCURL string `yaml:"rpc_url"`
	} `yaml:"chain"`
	Signer config.Signer `yaml:"signer"`
}

// configSecrets are the secrets of the config or spec file at path. It is
// decoded leniently, so that the secrets of a file that does not load are
// known before the error about it is printed; a file that cannot be read
// has none (the command reports that). The credential variables are the
// defaults' and those the file names: Vault's token, AppRole role and
// secret ids, the dev signer's key, and the PostgreSQL DSN's password.
func configSecrets(path string) []string {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var f nodeFile
	_ = yaml.Unmarshal(raw, &f) // what decodes is enough; the command reports the rest
	out := append(secrets.URLSecrets(f.Local.Chain.RPCURL), secrets.URLSecrets(f.Chain.RPCURL)...)
	for _, u := range f.Local.Chain.RPCURLs {
		out = append(out, secrets.URLSecrets(u)...)
	}
	// The default variable names are those Validate fills in for a Vault
	// signer that names none.
	for _, sg := range []config.Signer{{Kind: config.SignerVaultKV}, f.Local.Signer, f.Signer} {
		if sg.Kind == config.SignerVaultKV || sg.Kind == config.SignerVaultPlugin {
			_ = sg.Validate("") // for its defaults; the command reports what is wrong
		}
		v := sg.Vault
		out = append(out, secrets.FromEnv(v.TokenEnv, v.RoleIDEnv, v.SecretIDEnv, sg.Dev.KeyEnv)...)
	}
	// The PostgreSQL DSN's password (local.storage.dsn_env).
	if name := f.Local.Storage.DSNEnv; name != "" {
		if pw := store.DSNPassword(os.Getenv(name)); pw != "" {
			out = append(out, pw)
		}
	}
	return out
}

// recoverPanic, deferred by run, turns a panic of the command into exit
// code 2 and prints it (with the stack) to stderr, which scrubs it, then
// flushes both writers.
func recoverPanic(code *int, out, errOut *secrets.Writer) {
	if r := recover(); r != nil {
		fmt.Fprintf(errOut, "keeper: panic: %v\n\n%s", r, debug.Stack())
		*code = 2
	}
	out.Flush()
	errOut.Flush()
}
