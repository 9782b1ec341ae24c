package signer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	vault "github.com/hashicorp/vault/api"
)

// Auth methods for HashiCorp Vault.
const (
	AuthToken   = "token"
	AuthAppRole = "approle"
)

// VaultConfig says where the key is in HashiCorp Vault and how to log in.
// It holds references to secrets (environment variable names), never the
// secrets themselves. VaultKV and VaultPlugin share it; Mount and Path mean
// different things to each (see the fields).
type VaultConfig struct {
	// Address is Vault's URL, e.g. https://vault.internal:8200.
	Address string
	// CACert is a PEM file with the CA that signed Vault's TLS certificate
	// ("" uses the system roots).
	CACert string
	// Mount is the KV v2 mount (VaultKV, e.g. "secret"), or the mount of
	// vaultkeeper's signing plugin (VaultPlugin; default "vaultkeeper").
	Mount string
	// Path is the secret's path under the mount (VaultKV, e.g.
	// "keeper/signing"), or the name of the key in the plugin (VaultPlugin;
	// default "keeper").
	Path string
	// Field is the secret field holding the hex private key (VaultKV only).
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

func (c VaultConfig) validateAddress() error {
	if !strings.HasPrefix(c.Address, "https://") && !strings.HasPrefix(c.Address, "http://") {
		return fmt.Errorf("vault signer: address %q: want an http(s) URL", c.Address)
	}
	return nil
}

func (c VaultConfig) validateAuth() error {
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

// vaultConn is a Vault API client logged in with a token or AppRole, whose
// token is renewed in the background with the api's LifetimeWatcher; when
// renewal stops (max TTL, revoked token) it logs in again with AppRole, or
// reports that the token must be replaced. The signers embed it.
type vaultConn struct {
	cfg    VaultConfig
	client *vault.Client
	log    *slog.Logger

	stop    chan struct{}
	stopped sync.Once
}

// dialVault builds the client for a validated cfg and logs in. The returned
// secret carries the token's lease for startRenewal (nil when the token
// cannot be renewed).
func dialVault(ctx context.Context, cfg VaultConfig, log *slog.Logger) (*vaultConn, *vault.Secret, error) {
	vc := vault.DefaultConfig()
	vc.Address = cfg.Address
	if cfg.CACert != "" {
		if err := vc.ConfigureTLS(&vault.TLSConfig{CACert: cfg.CACert}); err != nil {
			return nil, nil, fmt.Errorf("vault signer: reading CA certificate %s: %w", cfg.CACert, err)
		}
	}
	vc.MaxRetries = 1
	client, err := vault.NewClient(vc)
	if err != nil {
		return nil, nil, fmt.Errorf("vault signer: client for %s: %w", cfg.Address, err)
	}
	client.ClearNamespace()
	client.SetToken("") // never pick up VAULT_TOKEN implicitly
	c := &vaultConn{cfg: cfg, client: client, log: log, stop: make(chan struct{})}
	login, err := c.login(ctx)
	if err != nil {
		return nil, nil, err
	}
	return c, login, nil
}

// defaults fills the settings every Vault signer shares.
func (c *VaultConfig) defaults() {
	if c.AppRoleMount == "" {
		c.AppRoleMount = "approle"
	}
}

// login authenticates and returns the login secret (its Auth carries the
// token's lease for renewal; nil when the token cannot be renewed).
func (s *vaultConn) login(ctx context.Context) (*vault.Secret, error) {
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

// startRenewal keeps the token of login alive until close.
func (s *vaultConn) startRenewal(login *vault.Secret) { go s.renew(login) }

// renew keeps the token alive; when the watcher gives up it logs in again
// (AppRole) and watches the new token.
func (s *vaultConn) renew(login *vault.Secret) {
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

// close stops the token renewal.
func (s *vaultConn) close() { s.stopped.Do(func() { close(s.stop) }) }

// call runs one Vault request. With AppRole, a permission-denied answer
// (the token may have expired between renewals) triggers one new login and
// one retry. The error is returned as Vault gave it: wrap it with cleanErr.
func (s *vaultConn) call(ctx context.Context, req func() error) error {
	err := req()
	if err != nil && s.cfg.Auth == AuthAppRole && isPermissionDenied(err) {
		if _, lerr := s.login(ctx); lerr == nil {
			err = req()
		}
	}
	return err
}

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
