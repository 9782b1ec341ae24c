package store

// PostgreSQL is the store several keepers share: these tests run only on
// it, with several handles (connection pools) and another process on one
// database.

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"
)

// journalEnv makes the test binary a journal writer (TestMain): it runs
// writeJournal on the PostgreSQL DSN in the variable, prints its result as
// JSON and exits.
const journalEnv = "VAULTKEEPER_STORE_TEST_JOURNAL"

// journalKeys is how many sends each journal writer records.
const journalKeys = 40

// journalResult is what one writer saw: how many sends it created, and
// the id each key had.
type journalResult struct {
	Created int
	IDs     map[string]int64
}

// writeJournal records the same journalKeys sends, each with the same
// signed attempt, as a keeper resuming them would: every writer creates
// or continues each send by key; whoever created it builds it.
func writeJournal(ctx context.Context, s *Store) (journalResult, error) {
	res := journalResult{IDs: map[string]int64{}}
	for i := 0; i < journalKeys; i++ {
		key := fmt.Sprintf("rebalance/decision-%d", i)
		snd, created, err := s.CreateSend(ctx, testSend(key))
		if err != nil {
			return res, err
		}
		if created {
			res.Created++
			n := uint64(i)
			snd.Nonce, snd.GasLimit, snd.State = &n, 21000, SendBuilt
			if err := s.UpdateSend(ctx, snd); err != nil {
				return res, err
			}
		}
		res.IDs[key] = snd.ID
		if _, err := s.AddAttempt(ctx, Attempt{SendID: snd.ID, Hash: hash(i + 1), Nonce: uint64(i), TipCap: big.NewInt(1),
			FeeCap: big.NewInt(2), Raw: []byte{1, byte(i)}, State: AttemptSigned}); err != nil {
			return res, err
		}
	}
	return res, nil
}

// journalWriterMain is the child process's part (see journalEnv).
func journalWriterMain(dsn string) int {
	s, err := Open(dsn)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Close()
	res, err := writeJournal(context.Background(), s)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// twoHandles opens a new PostgreSQL store twice, as two keepers would.
func twoHandles(t *testing.T) (s1, s2 *Store, dsn string) {
	t.Helper()
	s1, dsn = openPostgres(t)
	s2, err := Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s2.Close() })
	return s1, s2, dsn
}

// Two handles on one PostgreSQL database see each other's committed writes.
func TestPostgresHandlesSeeEachOthersWrites(t *testing.T) {
	s1, s2, _ := twoHandles(t)
	tick, err := s1.RecordObservations(ctx, sampleObs(t0, vaultA, srcA, srcB))
	if err != nil {
		t.Fatal(err)
	}
	ref, ok, err := s2.LatestVault(ctx, vaultA)
	if err != nil || !ok || ref.LastTickID != tick {
		t.Fatalf("the other handle's LatestVault = %+v, %v, %v; want tick %d", ref, ok, err, tick)
	}
	d := sampleDecision(vaultA, t0)
	d.TickID = tick
	did, err := s2.RecordDecision(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := s1.LastDecision(ctx, 1, vaultA)
	if err != nil || !ok || got.ID != did {
		t.Fatalf("the first handle's LastDecision = %d, %v, %v; want %d", got.ID, ok, err, did)
	}
}

// Writers in several handles and another process record the same sends
// at once: each key is created exactly once, every writer continues the
// same send, and each attempt is recorded once.
func TestPostgresSendsJournalUnderConcurrentWriters(t *testing.T) {
	s1, s2, dsn := twoHandles(t)

	child := exec.Command(os.Args[0], "-test.run=^$")
	child.Env = append(os.Environ(), journalEnv+"="+dsn)
	child.Stderr = os.Stderr
	var out strings.Builder
	child.Stdout = &out
	if err := child.Start(); err != nil {
		t.Fatal(err)
	}

	writers := []*Store{s1, s2, s1, s2}
	results := make([]journalResult, len(writers))
	errs := make([]error, len(writers))
	var wg sync.WaitGroup
	for i, s := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = writeJournal(ctx, s)
		}()
	}
	wg.Wait()
	if err := child.Wait(); err != nil {
		t.Fatalf("the writer process: %v", err)
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("writer %d: %v", i, err)
		}
	}
	var fromChild journalResult
	if err := json.Unmarshal([]byte(out.String()), &fromChild); err != nil {
		t.Fatalf("the writer process's result %q: %v", out.String(), err)
	}
	results = append(results, fromChild)

	created := 0
	for i, r := range results {
		created += r.Created
		for key, id := range r.IDs {
			if want := results[0].IDs[key]; id != want {
				t.Errorf("writer %d: %s is send %d, writer 0 has %d", i, key, id, want)
			}
		}
	}
	if created != journalKeys {
		t.Errorf("%d sends created by the writers together, want %d (one per key)", created, journalKeys)
	}
	if n, m := rowCount(t, s1, "sends"), rowCount(t, s1, "attempts"); n != journalKeys || m != journalKeys {
		t.Errorf("%d sends and %d attempts, want %d of each", n, m, journalKeys)
	}
	for key, id := range results[0].IDs {
		snd, err := s2.SendByKey(ctx, key)
		if err != nil || snd.ID != id || snd.State != SendBuilt || snd.Nonce == nil {
			t.Errorf("%s: %+v, %v; want send %d built by its creator", key, snd, err, id)
		}
		if atts, err := s1.Attempts(ctx, id); err != nil || len(atts) != 1 {
			t.Errorf("%s: attempts %+v, %v; want one", key, atts, err)
		}
	}
}

// A PostgreSQL DSN's password appears in no error or path.
func TestPostgresDSNPasswordIsRedacted(t *testing.T) {
	_, dsn := openPostgres(t)
	withPW := strings.Replace(dsn, "postgres@", "postgres:s3cret-pw@", 1)
	s, err := Open(withPW) // trust authentication: the password is not checked
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if strings.Contains(s.Path(), "s3cret-pw") || !strings.Contains(s.Path(), "xxxxx") {
		t.Errorf("Path() = %q", s.Path())
	}
	for _, bad := range []string{
		strings.Replace(withPW, "/test_", "/missing_", 1),                  // no such database
		"postgres://u:s3cret-pw@/db?host=/nonexistent-dir&sslmode=disable", // no server
		"postgres://u:s3cret-pw@/db?host=/tmp&connect_timeout=notanumber",  // malformed
	} {
		_, err := Open(bad)
		if err == nil || strings.Contains(err.Error(), "s3cret-pw") {
			t.Errorf("Open(%s): err = %v, want an error without the password", RedactDSN(bad), err)
		}
	}
}

func TestRedactDSN(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:pw@h:5432/db?sslmode=disable": "postgres://u:xxxxx@h:5432/db?sslmode=disable",
		"postgres://u@h/db":                         "postgres://u@h/db",
		"postgres:///db?host=/run&password=pw":      "postgres:///db?host=%2Frun&password=xxxxx",
		"host=/run user=u password=pw dbname=db":    "host=/run user=u password=xxxxx dbname=db",
		"host=h password='p w\\'x' dbname=db":       "host=h password=xxxxx dbname=db",
		"postgresql://u:p%40ss@h/db":                "postgresql://u:xxxxx@h/db",
	} {
		if got := RedactDSN(in); got != want {
			t.Errorf("RedactDSN(%q) = %q, want %q", in, got, want)
		}
	}
}

// Keepers starting at once on a new PostgreSQL database migrate it once:
// the advisory lock serializes their migrations.
func TestPostgresConcurrentOpensMigrateOnce(t *testing.T) {
	dsn := pgtest.DSN(t)
	const n = 4
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(dsn)
			if err == nil {
				var v int
				if v, err = s.SchemaVersion(ctx); err == nil && v != LatestSchemaVersion() {
					err = fmt.Errorf("schema version %d, want %d", v, LatestSchemaVersion())
				}
				s.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("Open %d: %v", i, err)
		}
	}
}
