package store

import (
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Once the database file is deleted, moved away or replaced under an open
// Store, CheckFile says so naming the path, and every write (in a
// transaction or not, journal included) is refused with the same error
// instead of going into a file that is no longer the database.
func TestWritesStopWhenTheFileChanges(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(t *testing.T, path string)
		want   string
	}{
		{"deleted", func(t *testing.T, path string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
		}, "was deleted or moved away while open"},
		{"moved", func(t *testing.T, path string) {
			if err := os.Rename(path, path+".moved"); err != nil {
				t.Fatal(err)
			}
		}, "was deleted or moved away while open"},
		{"replaced", func(t *testing.T, path string) {
			other := filepath.Join(t.TempDir(), "other.db")
			o, err := Open(other)
			if err != nil {
				t.Fatal(err)
			}
			o.Close()
			if err := os.Rename(other, path); err != nil {
				t.Fatal(err)
			}
		}, "was replaced while open"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, path := openTemp(t)
			did, err := s.RecordDecision(ctx, sampleDecision(vaultA, t0))
			if err != nil {
				t.Fatal(err)
			}
			snd, _, err := s.CreateSend(ctx, testSend("rebalance/decision-1"))
			if err != nil {
				t.Fatal(err)
			}
			if err := s.CheckFile(); err != nil {
				t.Fatalf("before the change: %v", err)
			}
			var writes []string
			s.SetSendWriteHook(func(what string) { writes = append(writes, what) })

			c.change(t, path)
			check := func(what string, err error) {
				t.Helper()
				var fc *FileChangedError
				if !errors.Is(err, ErrFileChanged) || !errors.As(err, &fc) || fc.Path != path ||
					!strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.want) {
					t.Errorf("%s: %v, want a FileChangedError naming %s and saying %q", what, err, path, c.want)
				}
			}
			check("CheckFile", s.CheckFile())
			_, err = s.RecordObservations(ctx, sampleObs(t0, vaultA, srcA))
			check("RecordObservations", err)
			_, err = s.RecordDecision(ctx, sampleDecision(vaultA, t0))
			check("RecordDecision", err)
			_, err = s.RecordTransaction(ctx, sampleTx(did, 1, t0))
			check("RecordTransaction", err)
			_, _, err = s.CreateSend(ctx, testSend("rebalance/decision-2"))
			check("CreateSend", err)
			n := uint64(1)
			snd.Nonce, snd.State = &n, SendBuilt
			check("UpdateSend", s.UpdateSend(ctx, snd))
			_, err = s.AddAttempt(ctx, Attempt{SendID: snd.ID, Hash: hash(5), Nonce: 1, TipCap: big.NewInt(1), FeeCap: big.NewInt(1),
				Raw: []byte{1}, State: AttemptSigned, CreatedAt: time.Unix(1, 0)})
			check("AddAttempt", err)
			if len(writes) != 0 {
				t.Errorf("journal writes after the change: %q", writes)
			}

			// Closing leaves nothing of this store's at the path: its
			// write-ahead log is not read by the file there now. A moved
			// database holds everything written before the move.
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			switch c.name {
			case "deleted":
				if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
					t.Errorf("the deleted database came back: %v", err)
				}
			case "replaced":
				if h := history(t, path); len(h) != 0 {
					t.Errorf("the replacement reads %d decision(s) of the replaced database", len(h))
				}
			case "moved":
				if h := history(t, path+".moved"); len(h) != 1 || h[0].Decision.ID != did {
					t.Errorf("the moved database holds %d decision(s), want decision %d", len(h), did)
				}
			}
		})
	}
}

// history is the history of the database at path.
func history(t *testing.T, path string) []HistoryEntry {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h, err := s.History(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
