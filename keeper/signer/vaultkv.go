package signer

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	vault "github.com/hashicorp/vault/api"
)

// Auth methods for HashiCorp Vault.
const (
	AuthToken   = "token"
	AuthAppRole = "approle"
)

// VaultConfig says where the key is in HashiCorp Vault and how to log in.
// It holds references to secrets (environment variable names), never the
// secrets themselves.
type VaultConfig struct {
	// Address is Vault's URL, e.g. https://vault.internal:8200.
	Address string
	// CACert is a PEM file with the CA that signed Vault's TLS certificate
	// ("" uses the system roots).
	CACert string
	// Mount is the KV v2 mount (e.g. "secret").
	Mount string
	// Path is the secret's path under the mount (e.g. "keeper/signing").
	Path string
	// Field is the secret field holding the hex private key.
	Field string
	// Auth is "token" or "approle".
	Auth string
	// TokenEnv names the environment variable with the Vault token (token auth).
	TokenEnv string
	// RoleIDEnv and SecretIDEnv name the environment variables with the
	// AppRole credentials (approle auth).
	RoleIDEnv, SecretIDEnv string
	// AppRoleMount is the AppRole auth mount; default "approle".
	AppRoleMount string
}

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
	cfg    VaultConfig
	client *vault.Client
	log    *slog.Logger

	mu      sync.Mutex
	addr    common.Address
	version int
	stop    chan struct{}
	stopped sync.Once
}

// NewVaultKV logs in to Vault, reads the key once to learn its address, and
// starts renewing the token.
func NewVaultKV(ctx context.Context, cfg VaultConfig, log *slog.Logger) (*VaultKV, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.AppRoleMount == "" {
		cfg.AppRoleMount = "approle"
	}
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	vc := vault.DefaultConfig()
	vc.Address = cfg.Address
	if cfg.CACert != "" {
		if err := vc.ConfigureTLS(&vault.TLSConfig{CACert: cfg.CACert}); err != nil {
			return nil, fmt.Errorf("vault signer: reading CA certificate %s: %w", cfg.CACert, err)
		}
	}
	vc.MaxRetries = 1
	client, err := vault.NewClient(vc)
	if err != nil {
		return nil, fmt.Errorf("vault signer: client for %s: %w", cfg.Address, err)
	}
	client.ClearNamespace()
	client.SetToken("") // never pick up VAULT_TOKEN implicitly
	s := &VaultKV{cfg: cfg, client: client, log: log, stop: make(chan struct{})}
	login, err := s.login(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.withKey(ctx, func(*ecdsa.PrivateKey) error { return nil }); err != nil && !errors.Is(err, errRotated) {
		return nil, err
	}
	go s.renew(login)
	return s, nil
}

func (c VaultConfig) validate() error {
	switch {
	case !strings.HasPrefix(c.Address, "https://") && !strings.HasPrefix(c.Address, "http://"):
		return fmt.Errorf("vault signer: address %q: want an http(s) URL", c.Address)
	case c.Mount == "":
		return errors.New("vault signer: mount is empty")
	case c.Path == "":
		return errors.New("vault signer: path is empty")
	case c.Field == "":
		return errors.New("vault signer: field is empty")
	}
	switch c.Auth {
	case AuthToken:
		if c.TokenEnv == "" {
			return errors.New("vault signer: token auth needs the name of the environment variable holding the token")
		}
	case AuthAppRole:
		if c.RoleIDEnv == "" || c.SecretIDEnv == "" {
			return errors.New("vault signer: approle auth needs the names of the role_id and secret_id environment variables")
		}
	default:
		return fmt.Errorf("vault signer: auth %q: want %q or %q", c.Auth, AuthToken, AuthAppRole)
	}
	return nil
}

// login authenticates and returns the login secret (its Auth carries the
// token's lease for renewal; nil when the token cannot be renewed).
func (s *VaultKV) login(ctx context.Context) (*vault.Secret, error) {
	switch s.cfg.Auth {
	case AuthToken:
		tok := os.Getenv(s.cfg.TokenEnv)
		if tok == "" {
			return nil, fmt.Errorf("vault signer: environment variable %s (the Vault token) is empty", s.cfg.TokenEnv)
		}
		s.client.SetToken(tok)
		sec, err := s.client.Auth().Token().LookupSelfWithContext(ctx)
		if err != nil {
			return nil, fmt.Errorf("vault signer: checking the token from %s at %s: %w", s.cfg.TokenEnv, s.cfg.Address, cleanErr(err))
		}
		if ok, _ := sec.TokenIsRenewable(); !ok {
			return nil, nil
		}
		// RenewSelf returns the token's lease in the form the watcher uses.
		renewed, err := s.client.Auth().Token().RenewSelfWithContext(ctx, 0)
		if err != nil {
			return nil, fmt.Errorf("vault signer: renewing the token from %s: %w", s.cfg.TokenEnv, cleanErr(err))
		}
		return renewed, nil
	case AuthAppRole:
		roleID, secretID := os.Getenv(s.cfg.RoleIDEnv), os.Getenv(s.cfg.SecretIDEnv)
		if roleID == "" || secretID == "" {
			return nil, fmt.Errorf("vault signer: environment variables %s and %s (AppRole credentials) must both be set",
				s.cfg.RoleIDEnv, s.cfg.SecretIDEnv)
		}
		sec, err := s.client.Logical().WriteWithContext(ctx, "auth/"+s.cfg.AppRoleMount+"/login",
			map[string]any{"role_id": roleID, "secret_id": secretID})
		if err != nil {
			return nil, fmt.Errorf("vault signer: AppRole login at %s: %w", s.cfg.Address, cleanErr(err))
		}
		if sec == nil || sec.Auth == nil || sec.Auth.ClientToken == "" {
			return nil, fmt.Errorf("vault signer: AppRole login at %s returned no token", s.cfg.Address)
		}
		s.client.SetToken(sec.Auth.ClientToken)
		s.log.Info("vault signer logged in", "method", "approle", "ttl_s", sec.Auth.LeaseDuration, "renewable", sec.Auth.Renewable)
		if !sec.Auth.Renewable {
			return nil, nil
		}
		return sec, nil
	}
	return nil, fmt.Errorf("vault signer: auth %q", s.cfg.Auth)
}

// renew keeps the token alive; when the watcher gives up it logs in again
// (AppRole) and watches the new token.
func (s *VaultKV) renew(login *vault.Secret) {
	for login != nil {
		w, err := s.client.NewLifetimeWatcher(&vault.LifetimeWatcherInput{Secret: login})
		if err != nil {
			s.log.Error("vault signer: cannot watch the token", "err", cleanErr(err))
			return
		}
		go w.Start()
		done := false
		for !done {
			select {
			case <-s.stop:
				w.Stop()
				return
			case r := <-w.RenewCh():
				s.log.Debug("vault token renewed", "ttl_s", r.Secret.Auth.LeaseDuration)
			case err := <-w.DoneCh():
				done = true
				if err != nil {
					s.log.Warn("vault token renewal failed; logging in again", "err", cleanErr(err))
				} else {
					s.log.Info("vault token reached its max TTL; logging in again")
				}
			}
		}
		w.Stop()
		if s.cfg.Auth != AuthAppRole {
			s.log.Error("vault signer: the token can no longer be renewed; replace it (environment variable " + s.cfg.TokenEnv + ") and restart")
			return
		}
		for {
			next, err := s.login(context.Background())
			if err == nil {
				login = next
				break
			}
			s.log.Error("vault signer: logging in again failed; retrying", "err", err)
			select {
			case <-s.stop:
				return
			case <-time.After(retryDelay):
			}
		}
	}
}

// Close stops the token renewal.
func (s *VaultKV) Close() { s.stopped.Do(func() { close(s.stop) }) }

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
	sec, err := s.client.KVv2(s.cfg.Mount).Get(ctx, s.cfg.Path)
	if err != nil && s.cfg.Auth == AuthAppRole && isPermissionDenied(err) {
		// The token may have expired between renewals: log in once more.
		if _, lerr := s.login(ctx); lerr == nil {
			sec, err = s.client.KVv2(s.cfg.Mount).Get(ctx, s.cfg.Path)
		}
	}
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
	s.addr, s.version = addr, version
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

func isPermissionDenied(err error) bool {
	var re *vault.ResponseError
	return errors.As(err, &re) && re.StatusCode == 403
}

// cleanErr reduces a Vault API error to its status and messages (sealed,
// permission denied, unreachable), so that no request body or header can end
// up in a log or an error.
func cleanErr(err error) error {
	var re *vault.ResponseError
	if errors.As(err, &re) {
		msg := strings.Join(re.Errors, "; ")
		switch {
		case re.StatusCode == 503 && strings.Contains(msg, "sealed"):
			return fmt.Errorf("Vault is sealed (HTTP 503)")
		case re.StatusCode == 403:
			return fmt.Errorf("permission denied (HTTP 403): %s", msg)
		}
		return fmt.Errorf("HTTP %d from Vault: %s", re.StatusCode, msg)
	}
	if strings.Contains(err.Error(), "connection refused") || strings.Contains(err.Error(), "no such host") {
		return fmt.Errorf("Vault unreachable: %w", err)
	}
	return err
}

// retryDelay is the pause between failed re-logins.
const retryDelay = 5 * time.Second
