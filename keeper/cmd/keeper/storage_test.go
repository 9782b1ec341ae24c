package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// The history database deleted, or replaced by another file, under a
// running `keeper run` stops it with exit code 1 and an error naming the
// path, rather than ticking on into a file no one reads: the deleted file
// is not recreated, the replacement is left as it was put there.
func TestRunStopsWhenTheDatabaseChanges(t *testing.T) {
	bin := buildKeeper(t)
	for _, c := range []struct {
		name   string
		change func(t *testing.T, db string) (check func(t *testing.T))
		want   string
	}{
		{"deleted", func(t *testing.T, db string) func(t *testing.T) {
			if err := os.Remove(db); err != nil {
				t.Fatal(err)
			}
			return func(t *testing.T) {
				if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the deleted database is back: %v", err)
				}
			}
		}, "was deleted or moved away while open"},
		{"replaced", func(t *testing.T, db string) func(t *testing.T) {
			other := filepath.Join(filepath.Dir(db), "other.db")
			st, err := store.Open(other)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(other, db); err != nil {
				t.Fatal(err)
			}
			return func(t *testing.T) {
				if h := recorded(t, db); len(h) != 0 {
					t.Errorf("the keeper wrote %d decision(s) into the replacement", len(h))
				}
			}
		}, "was replaced while open"},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "keeper.db")
			cfg := testConfig(t, db, "")
			k := startKeeper(t, bin, "run", "--config", cfg)
			k.waitLog(t, "msg=decision ", 3*time.Minute)

			check := c.change(t, db)
			if code := k.wait(t, 2*time.Minute); code != 1 {
				t.Fatalf("keeper exited %d after the database was %s, want 1:\n%s", code, c.name, k.stderr.String())
			}
			logs := k.stderr.String()
			failed := ""
			for _, line := range strings.Split(logs, "\n") {
				if strings.Contains(line, `msg="keeper run failed"`) {
					failed = line
				}
			}
			if !strings.Contains(failed, `local.storage.path \"`+db+`\"`) || !strings.Contains(failed, "database "+db+" "+c.want) {
				t.Errorf("the failure does not name %s and say %q:\n%s", db, c.want, logs)
			}
			check(t)
		})
	}
}
