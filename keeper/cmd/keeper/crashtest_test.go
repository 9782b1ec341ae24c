package main

import (
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

func TestCrashTestHookRefusesABadCount(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	for _, v := range []string{"", "0", "-3", "two"} {
		t.Setenv(killAfterSendWritesEnv, v)
		if err := installCrashTest(st, log); err == nil || !strings.Contains(err.Error(), killAfterSendWritesEnv) || !strings.Contains(err.Error(), `"`+v+`"`) {
			t.Errorf("%s=%q: %v", killAfterSendWritesEnv, v, err)
		}
	}
}
