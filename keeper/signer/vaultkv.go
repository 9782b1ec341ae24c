package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// VaultKV signs with a private key stored in a HashiCorp Vault KV v2 secret.
// The key is read for each signature and dropped right after it; the only
// thing kept is the address. A new version of the secret (key rotation) is
// picked up on the next signature without a restart: the signer refuses
// that one signature, reports the new address, and signs with the new key
// from then on (the vault's keeper role must be moved to it by governance).
//
// The Vault token is renewed in the background with the api's
// LifetimeWatcher; when renewal stops (max TTL, revoked token) the signer
// logs in again with AppRole, or reports that the token must be replaced.
type VaultKV struct {
	*vaultConn

	mu   sync.Mutex
	addr common.Address
}

// NewVaultKV logs in to Vault, reads the key once to learn its address, and
// starts renewing the token.
func NewVaultKV(ctx context.Context, cfg VaultConfig, log *slog.Logger) (*VaultKV, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	cfg.defaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	conn, login, err := dialVault(ctx, cfg, log)
	if err != nil {
		return nil, err
	}
	s := &VaultKV{vaultConn: conn}
	if err := s.withKey(ctx, func(*ecdsa.PrivateKey) error { return nil }); err != nil && !errors.Is(err, errRotated) {
		return nil, err
	}
	s.startRenewal(login)
	return s, nil
}

func (c VaultConfig) validate() error {
	if err := c.validateAddress(); err != nil {
		return err
	}
	switch {
	case c.Mount == "":
		return errors.New("vault signer: mount is empty")
	case c.Path == "":
		return errors.New("vault signer: path is empty")
	case c.Field == "":
		return errors.New("vault signer: field is empty")
	}
	return c.validateAuth()
}

// Close stops the token renewal.
func (s *VaultKV) Close() { s.close() }

// Address implements Signer: the address of the key version last read.
func (s *VaultKV) Address() common.Address {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addr
}

var errRotated = errors.New("signing key rotated")

// withKey reads the latest version of the key, checks it, and runs fn with
// it. The key goes out of scope when fn returns and its scalar is zeroed.
func (s *VaultKV) withKey(ctx context.Context, fn func(*ecdsa.PrivateKey) error) error {
	var sec *vault.KVSecret
	err := s.call(ctx, func() (err error) {
		sec, err = s.client.KVv2(s.cfg.Mount).Get(ctx, s.cfg.Path)
		return err
	})
	if err != nil {
		return fmt.Errorf("vault signer: reading %s/%s at %s: %w", s.cfg.Mount, s.cfg.Path, s.cfg.Address, cleanErr(err))
	}
	raw, ok := sec.Data[s.cfg.Field].(string)
	if !ok || raw == "" {
		return fmt.Errorf("vault signer: secret %s/%s has no string field %q", s.cfg.Mount, s.cfg.Path, s.cfg.Field)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(raw), "0x"))
	if err != nil {
		// The parse error can quote the input: never pass it on.
		return fmt.Errorf("vault signer: field %q of %s/%s is not a hex secp256k1 private key", s.cfg.Field, s.cfg.Mount, s.cfg.Path)
	}
	defer key.D.SetInt64(0)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	version := 0
	if sec.VersionMetadata != nil {
		version = sec.VersionMetadata.Version
	}
	s.mu.Lock()
	prev := s.addr
	s.addr = addr
	s.mu.Unlock()
	if prev != (common.Address{}) && prev != addr {
		s.log.Warn("vault signer: signing key rotated", "from", prev.Hex(), "to", addr.Hex(), "version", version)
		return fmt.Errorf("%w in %s/%s (version %d): address %s → %s; nothing signed with the new key in this call",
			errRotated, s.cfg.Mount, s.cfg.Path, version, prev.Hex(), addr.Hex())
	}
	return fn(key)
}

// SignTx implements Signer.
func (s *VaultKV) SignTx(ctx context.Context, chainID *big.Int, tx *types.Transaction) (*types.Transaction, error) {
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("vault signer: chain ID %v: must be positive", chainID)
	}
	var signed *types.Transaction
	err := s.withKey(ctx, func(key *ecdsa.PrivateKey) error {
		var err error
		signed, err = types.SignTx(tx, types.LatestSignerForChainID(chainID), key)
		if err != nil {
			return fmt.Errorf("vault signer: signing: %w", err)
		}
		return nil
	})
	return signed, err
}

// String never prints the key or the token.
func (s *VaultKV) String() string {
	return fmt.Sprintf("vault-kv signer %s (%s %s/%s)", s.Address().Hex(), s.cfg.Address, s.cfg.Mount, s.cfg.Path)
}

// GoString never prints the key or the token.
func (s *VaultKV) GoString() string { return s.String() }
