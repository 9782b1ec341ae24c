// Command vaultkeeper-signer is vaultkeeper's HashiCorp Vault secrets plugin
// (package vaultplugin): register it in Vault's plugin catalog with its
// SHA-256 and enable it as a secrets engine, e.g.
//
//	vault plugin register -sha256=<sum> -command=vaultkeeper-signer secret vaultkeeper-signer
//	vault secrets enable -path=vaultkeeper vaultkeeper-signer
//
// scripts/build-vaultplugin.sh builds it and prints the path and SHA-256.
package main

import (
	"os"

	log "github.com/hashicorp/go-hclog"
	"github.com/hashicorp/vault/api"
	"github.com/hashicorp/vault/sdk/plugin"

	"github.com/vaultkeeper/vaultkeeper/keeper/vaultplugin"
)

func main() {
	// Vault starts the plugin with automatic mutual TLS; the flags and the TLS
	// provider serve Vault versions that still pass a wrapped TLS config.
	meta := &api.PluginAPIClientMeta{}
	flags := meta.FlagSet()
	if err := flags.Parse(os.Args[1:]); err != nil {
		fatal(err)
	}
	err := plugin.ServeMultiplex(&plugin.ServeOpts{
		BackendFactoryFunc: vaultplugin.Factory,
		TLSProviderFunc:    api.VaultPluginTLSProvider(meta.GetTLSConfig()),
	})
	if err != nil {
		fatal(err)
	}
}

func fatal(err error) {
	log.New(&log.LoggerOptions{}).Error("vaultkeeper-signer plugin shutting down", "error", err)
	os.Exit(1)
}
