package main

// local.storage: the SQLite file (the default) or a PostgreSQL database
// whose DSN is in the environment variable local.storage.dsn_env. Every
// command opens it through these functions, and names it with
// storageShown: never with the DSN's password.

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// storageDSN is local.storage's PostgreSQL DSN, read from the variable
// local.storage.dsn_env names.
func storageDSN(cfg *config.Config) (string, error) {
	name := cfg.Storage.DSNEnv
	dsn := os.Getenv(name)
	if strings.TrimSpace(dsn) == "" {
		return "", fmt.Errorf("local.storage.dsn_env: the environment variable %s (the PostgreSQL DSN) is not set", name)
	}
	return dsn, nil
}

// storageShown names local.storage in reports and errors: the SQLite
// file's path, or the PostgreSQL DSN with its password redacted (the
// variable's name when it is not set).
func storageShown(cfg *config.Config) string {
	if !cfg.Storage.Postgres() {
		return cfg.Storage.Path
	}
	dsn, err := storageDSN(cfg)
	if err != nil {
		return "$" + cfg.Storage.DSNEnv
	}
	return store.RedactDSN(dsn)
}

// storageField is the config field that names the store, for errors.
func storageField(cfg *config.Config) string {
	if cfg.Storage.Postgres() {
		return "local.storage.dsn_env " + cfg.Storage.DSNEnv
	}
	return "local.storage.path"
}

// openConfiguredStore opens (creating and migrating as needed) local.storage.
func openConfiguredStore(ctx context.Context, cfg *config.Config) (*store.Store, error) {
	if !cfg.Storage.Postgres() {
		st, err := store.Open(cfg.Storage.Path)
		if err != nil {
			return nil, fmt.Errorf("opening local.storage.path %q: %w", cfg.Storage.Path, err)
		}
		return st, nil
	}
	dsn, err := storageDSN(cfg)
	if err != nil {
		return nil, err
	}
	st, err := store.OpenPostgres(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", storageField(cfg), err)
	}
	return st, nil
}

// lockStore takes the SQLite file's keeper lock (store.TryLock): one
// keeper process per file. The refusal names the holder. Keepers sharing a
// PostgreSQL history take no lock: they share it through leases
// (leader.go).
func lockStore(cfg *config.Config) (interface{ Release() error }, error) {
	l, err := store.TryLock(cfg.Storage.Path)
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		return nil, fmt.Errorf("local.storage.path %w", err)
	case err != nil:
		return nil, fmt.Errorf("local.storage.path %q: %w", cfg.Storage.Path, err)
	}
	return l, nil
}

// openHistory opens the history database of cfg, which must exist: the
// operator commands read what `keeper run` and `keeper once` recorded.
// (A PostgreSQL database exists once its DSN connects; an empty one has
// its schema created and shows no history.)
func openHistory(ctx context.Context, cfg *config.Config) (*store.Store, error) {
	if !cfg.Storage.Postgres() {
		if _, err := os.Stat(cfg.Storage.Path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("storage.path %q does not exist yet: run `keeper run` or `keeper once` first", cfg.Storage.Path)
		}
	}
	return openConfiguredStore(ctx, cfg)
}
