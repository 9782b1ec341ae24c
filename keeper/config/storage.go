package config

import (
	"fmt"
	"strings"
)

// validate checks local.storage: a known kind, a SQLite path, and for
// PostgreSQL the name (never the value) of the DSN's variable.
func (s *Storage) validate(add func(error)) {
	if s.Kind == "" {
		s.Kind = StorageSQLite
	}
	switch s.Kind {
	case StorageSQLite:
		if strings.TrimSpace(s.Path) == "" {
			add(fieldError("local.storage.path", s.Path, "must not be empty"))
		}
		if s.DSNEnv != "" {
			add(fmt.Errorf("local.storage.dsn_env: only used with local.storage.kind %q (this storage is %s)", StoragePostgres, quote(s.Kind)))
		}
		if s.LeaseTTL != 0 {
			add(fmt.Errorf("local.storage.lease_ttl: only used with local.storage.kind %q (this storage is %s)", StoragePostgres, quote(s.Kind)))
		}
	case StoragePostgres:
		switch {
		case s.DSNEnv == "":
			add(fieldError("local.storage.dsn_env", s.DSNEnv, "local.storage.kind %q needs the NAME of the environment variable "+
				"holding the PostgreSQL DSN, e.g. VAULTKEEPER_PG_DSN", StoragePostgres))
		case !envNameRE.MatchString(s.DSNEnv):
			add(envNameError("local.storage.dsn_env"))
		}
		switch {
		case s.LeaseTTL == 0:
			s.LeaseTTL = Duration(DefaultLeaseTTL)
		case s.LeaseTTL.D() < MinLeaseTTL:
			add(fieldError("local.storage.lease_ttl", s.LeaseTTL.D().String(), "must be at least %v", MinLeaseTTL))
		}
	default:
		add(fieldError("local.storage.kind", s.Kind, "want %q or %q", StorageSQLite, StoragePostgres))
	}
}
