package config

import (
	"strings"
	"testing"
	"time"
)

func TestStorageKinds(t *testing.T) {
	const path = "  storage:\n    path: var/keeper.db\n"
	base := string(shipped(t))
	if !strings.Contains(base, path) {
		t.Fatalf("config.yaml no longer contains %q", path)
	}
	for _, tc := range []struct {
		name, storage string
		want          []string // substrings of the error; none: valid
		notShown      string   // must not appear in the error
	}{
		{"default is sqlite", path, nil, ""},
		{"postgres", "  storage:\n    kind: postgres\n    dsn_env: VAULTKEEPER_PG_DSN\n", nil, ""},
		{"postgres without dsn_env", "  storage:\n    kind: postgres\n", []string{"local.storage.dsn_env", "NAME of the environment variable"}, ""},
		{"a DSN instead of its variable", "  storage:\n    kind: postgres\n    dsn_env: postgres://k:pg-s3cret@db/keeper\n",
			[]string{"local.storage.dsn_env", "NAME of an environment variable"}, "pg-s3cret"},
		{"dsn_env with sqlite", path + "    dsn_env: VAULTKEEPER_PG_DSN\n", []string{"local.storage.dsn_env", "only used with local.storage.kind \"postgres\""}, ""},
		{"unknown kind", "  storage:\n    kind: mysql\n    path: x.db\n", []string{"local.storage.kind", `"mysql"`, "sqlite", "postgres"}, ""},
		{"sqlite without path", "  storage:\n    kind: sqlite\n    path: \"\"\n", []string{"local.storage.path", "must not be empty"}, ""},
		{"postgres with a lease ttl", "  storage:\n    kind: postgres\n    dsn_env: VAULTKEEPER_PG_DSN\n    lease_ttl: 3s\n", nil, ""},
		{"lease ttl too short", "  storage:\n    kind: postgres\n    dsn_env: VAULTKEEPER_PG_DSN\n    lease_ttl: 500ms\n",
			[]string{"local.storage.lease_ttl", "500ms", "at least 1s"}, ""},
		{"lease ttl with sqlite", path + "    lease_ttl: 3s\n", []string{"local.storage.lease_ttl", "only used with local.storage.kind \"postgres\""}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(strings.Replace(base, path, tc.storage, 1)))
			if len(tc.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				if c.Storage.Kind != StorageSQLite && c.Storage.Kind != StoragePostgres {
					t.Errorf("kind %q", c.Storage.Kind)
				}
				switch want := map[bool]time.Duration{true: DefaultLeaseTTL, false: 0}[c.Storage.Postgres()]; {
				case strings.Contains(tc.storage, "lease_ttl: 3s"):
					want = 3 * time.Second
					fallthrough
				default:
					if c.Storage.LeaseTTL.D() != want {
						t.Errorf("lease ttl %v, want %v", c.Storage.LeaseTTL.D(), want)
					}
				}
				return
			}
			if err == nil {
				t.Fatal("accepted")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q: %v", w, err)
				}
			}
			if tc.notShown != "" && strings.Contains(err.Error(), tc.notShown) {
				t.Errorf("error shows %q: %v", tc.notShown, err)
			}
		})
	}
}
