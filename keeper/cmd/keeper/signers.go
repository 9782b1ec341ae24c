package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
)

// closingSigner is a signer the command opens and closes: a Vault-backed
// one (Close stops its token renewal) or a dev key (Close does nothing).
type closingSigner interface {
	signer.Signer
	Close()
	String() string
}

// openSigner builds the signer sc names, for the chain whose id the node
// reported:
//   - dev: the hex private key in the environment variable dev.key_env,
//     only when chainID is a local chain's (signer.IsLocalChain); any other
//     chain is refused before anything is signed. (The embedded chain's
//     generated key is devchain's, not opened here.)
//   - vault-kv, vault-plugin: a key held in HashiCorp Vault.
//   - none: an error, as it signs nothing.
//
// Errors name the local.signer field at fault; the key and the Vault
// credentials are never printed.
func openSigner(ctx context.Context, sc config.Signer, chainID *big.Int, log *slog.Logger) (closingSigner, error) {
	switch sc.Kind {
	case config.SignerNone:
		return nil, fmt.Errorf("local.signer.kind %q signs nothing: name a signer that can send (%q with local.signer.dev.key_env on a local chain, %q or %q)",
			sc.Kind, config.SignerDev, config.SignerVaultKV, config.SignerVaultPlugin)
	case config.SignerDev:
		return openDevSigner(sc.Dev, chainID, log)
	case config.SignerVaultKV, config.SignerVaultPlugin:
		return openVaultSigner(ctx, sc, log)
	default:
		return nil, fmt.Errorf("local.signer.kind %q: unknown signer", sc.Kind)
	}
}

// openDevSigner reads the dev key from the environment variable dc.KeyEnv
// and binds it to chainID, a local chain's.
func openDevSigner(dc config.DevSigner, chainID *big.Int, log *slog.Logger) (closingSigner, error) {
	if dc.KeyEnv == "" {
		return nil, fmt.Errorf("local.signer.kind %q: local.signer.dev.key_env is not set: only the embedded chain generates a dev key; "+
			"elsewhere name the environment variable holding the key", config.SignerDev)
	}
	// Before the key is even read: a dev key never signs for a public chain.
	if !signer.IsLocalChain(chainID) {
		return nil, fmt.Errorf("local.signer.kind %q: the node's chain id %v is not a local development chain (%v): "+
			"the dev key signs only for those; use %q or %q for chain id %v",
			config.SignerDev, chainID, signer.LocalChainIDs(), config.SignerVaultKV, config.SignerVaultPlugin, chainID)
	}
	raw, ok := os.LookupEnv(dc.KeyEnv)
	if !ok || raw == "" {
		return nil, fmt.Errorf("local.signer.dev.key_env: environment variable %s is not set or empty", dc.KeyEnv)
	}
	key, err := signer.ParseHexKey(raw)
	if err != nil {
		return nil, fmt.Errorf("local.signer.dev.key_env: environment variable %s: %w", dc.KeyEnv, err)
	}
	d, err := signer.NewDevFromKey(key, chainID)
	if err != nil {
		return nil, fmt.Errorf("local.signer.kind %q: %w", config.SignerDev, err)
	}
	log.Info("signing with the dev key from the environment", "signer", d.String(), "key_env", dc.KeyEnv)
	return d, nil
}

// openVaultSigner connects the signer.kind vault-kv or vault-plugin of sc.
func openVaultSigner(ctx context.Context, sc config.Signer, log *slog.Logger) (closingSigner, error) {
	v := sc.Vault
	vc := signer.VaultConfig{Address: v.Address, CACert: v.CACert, Mount: v.Mount, Path: v.Path,
		Field: v.Field, Auth: v.Auth, TokenEnv: v.TokenEnv, RoleIDEnv: v.RoleIDEnv, SecretIDEnv: v.SecretIDEnv,
		AppRoleMount: v.AppRoleMount}
	var (
		s   closingSigner
		err error
	)
	switch sc.Kind {
	case config.SignerVaultKV:
		s, err = signer.NewVaultKV(ctx, vc, log)
	case config.SignerVaultPlugin:
		s, err = signer.NewVaultPlugin(ctx, vc, log)
	default:
		return nil, fmt.Errorf("local.signer.kind %q: not a HashiCorp Vault signer", sc.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("local.signer.kind %s: %w", sc.Kind, err)
	}
	log.Info("signing with a key held in HashiCorp Vault", "signer", s.String())
	return s, nil
}

// chainIDReader is the part of a node client chainSigner needs.
type chainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// chainSigner opens the signer sc names for the node chain is connected to,
// reading its chain id first (see openSigner).
func chainSigner(ctx context.Context, sc config.Signer, chain chainIDReader, log *slog.Logger) (closingSigner, error) {
	if chain == nil {
		return nil, errors.New("opening the signer: no chain connection")
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("opening local.signer: reading the node's chain id: %w", err)
	}
	return openSigner(ctx, sc, id, log)
}
