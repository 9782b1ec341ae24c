// Command vaultserver runs a real HashiCorp Vault core (v1.14.0) on loopback
// for vaultkeeper's end-to-end tests: KV v2 and AppRole are available, and an
// optional plugin directory lets tests register vaultkeeper's signing plugin
// through the real plugin catalog. It prints one JSON line with the address,
// CA certificate file and root token on stdout, then serves until SIGTERM.
package main

import (
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	log "github.com/hashicorp/go-hclog"
	kv "github.com/hashicorp/vault-plugin-secrets-kv"
	"github.com/hashicorp/vault/builtin/credential/approle"
	vaulthttp "github.com/hashicorp/vault/http"
	"github.com/hashicorp/vault/sdk/logical"
	"github.com/hashicorp/vault/vault"
	testing "github.com/mitchellh/go-testing-interface"
)

func main() {
	pluginDir := flag.String("plugin-dir", "", "directory of external plugins (registered through the catalog)")
	flag.Parse()

	conf := &vault.CoreConfig{
		LogicalBackends:    map[string]logical.Factory{"kv": kv.Factory},
		CredentialBackends: map[string]logical.Factory{"approle": approle.Factory},
		PluginDirectory:    *pluginDir,
		DisableMlock:       true,
	}
	cluster := vault.NewTestCluster(&testing.RuntimeT{}, conf, &vault.TestClusterOptions{
		HandlerFunc: vaulthttp.Handler,
		NumCores:    1,
		Logger:      log.New(&log.LoggerOptions{Level: log.Warn, Output: os.Stderr}),
	})
	cluster.Start()
	defer cluster.Cleanup()
	core := cluster.Cores[0]
	vault.TestWaitActive(&testing.RuntimeT{}, core.Core)

	keys := make([]string, len(cluster.BarrierKeys))
	for i, k := range cluster.BarrierKeys {
		keys[i] = base64.StdEncoding.EncodeToString(k)
	}
	out := map[string]any{
		"address":     fmt.Sprintf("https://%s", core.Listeners[0].Address.String()),
		"ca_cert":     cluster.CACertPEMFile,
		"root_token":  cluster.RootToken,
		"unseal_keys": keys,
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "vaultserver:", err)
		os.Exit(1)
	}

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	<-sig
}
