package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// LockSuffix is appended to the database's path to name its lock file.
const LockSuffix = ".lock"

// Lock is an exclusive, advisory lock on a database: one keeper process
// per history. It is an OS file lock (flock) on the file next to the
// database named by LockSuffix, which holds the holder's process ID; the
// kernel releases it when the process ends, however it ends (SIGKILL
// included), so a stale lock file never blocks a restart.
type Lock struct {
	mu   sync.Mutex
	f    *os.File
	path string
}

// LockedError says that another process holds a database's lock.
type LockedError struct {
	// DB is the database's path as given to TryLock; File the lock file.
	DB, File string
	// PID is the holder's process ID as it wrote it, 0 when unknown.
	PID int
}

func (e *LockedError) Error() string {
	pid := "pid unknown"
	if e.PID > 0 {
		pid = "pid " + strconv.Itoa(e.PID)
	}
	return fmt.Sprintf("%q is in use by another keeper (%s; lock file %s)", e.DB, pid, e.File)
}

// TryLock takes the lock of the database at dbPath without waiting,
// creating the lock file (and its directory) when missing, and writes this
// process's ID into it. When another process holds the lock it returns a
// *LockedError naming the holder's process ID. Release the lock with
// Release; it is not inherited by child processes.
func TryLock(dbPath string) (*Lock, error) {
	if dbPath == "" {
		return nil, errors.New("store: locking the database: empty path")
	}
	path := dbPath + LockSuffix
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("store: locking %s: creating directory: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("store: locking %s: %w", path, err)
	}
	if err := flock(f, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			pid := holderPID(f)
			f.Close()
			return nil, &LockedError{DB: dbPath, File: path, PID: pid}
		}
		f.Close()
		return nil, fmt.Errorf("store: locking %s: %w", path, err)
	}
	if err := f.Truncate(0); err != nil {
		f.Close()
		return nil, fmt.Errorf("store: locking %s: clearing the previous holder's pid: %w", path, err)
	}
	if _, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0); err != nil {
		f.Close()
		return nil, fmt.Errorf("store: locking %s: writing the pid: %w", path, err)
	}
	return &Lock{f: f, path: path}, nil
}

// flock is syscall.Flock, retried when a signal interrupts it.
func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// holderPID reads the process ID the lock's holder wrote. The holder writes
// it right after taking the lock, so an empty file is read again a few
// times before the ID is reported unknown (0).
func holderPID(f *os.File) int {
	for i := 0; i < 20; i++ {
		buf := make([]byte, 32)
		n, _ := f.ReadAt(buf, 0)
		if s := bytes.TrimSpace(buf[:n]); len(s) > 0 {
			pid, err := strconv.Atoi(string(s))
			if err != nil || pid <= 0 {
				return 0
			}
			return pid
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0
}

// Path is the lock file's path.
func (l *Lock) Path() string { return l.path }

// Release empties the lock file and releases the lock. Releasing a released
// lock does nothing.
func (l *Lock) Release() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	f := l.f
	l.f = nil
	err := f.Truncate(0)
	if uerr := flock(f, syscall.LOCK_UN); err == nil {
		err = uerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("store: releasing %s: %w", l.path, err)
	}
	return nil
}

// OpenScratchCopy opens a copy of the database at path in a new temporary
// directory, for work whose history must not reach the real one (`keeper
// once --dry-run`): the copy is made with SQLite's VACUUM INTO over a
// read-only connection, so it needs no lock and leaves the database as it
// was, even while another process writes it. When path does not exist the
// copy starts empty. remove closes the copy and deletes its directory.
func OpenScratchCopy(path string) (s *Store, remove func() error, err error) {
	dir, err := os.MkdirTemp("", "vaultkeeper-scratch-")
	if err != nil {
		return nil, nil, fmt.Errorf("store: copying %q: creating a temporary directory: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(dir)
		}
	}()
	dst := filepath.Join(dir, filepath.Base(path))
	switch _, serr := os.Stat(path); {
	case serr == nil:
		if err := vacuumInto(path, dst); err != nil {
			return nil, nil, fmt.Errorf("store: copying %q to %s: %w", path, dst, err)
		}
	case !errors.Is(serr, os.ErrNotExist):
		return nil, nil, fmt.Errorf("store: copying %q: %w", path, serr)
	}
	s, err = Open(dst)
	if err != nil {
		return nil, nil, err
	}
	return s, func() error {
		return errors.Join(s.Close(), os.RemoveAll(dir))
	}, nil
}

// vacuumInto writes a consistent copy of the database at src into the new
// file dst through a read-only connection.
func vacuumInto(src, dst string) error {
	abs, err := filepath.Abs(src)
	if err != nil {
		return fmt.Errorf("resolving path: %w", err)
	}
	db, err := sql.Open("sqlite3", readOnlyDSN(abs))
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*busyTimeout)
	defer cancel()
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", dst); err != nil {
		return fmt.Errorf("VACUUM INTO: %w", err)
	}
	return nil
}

// readOnlyDSN is dsn for a connection that never writes the database.
func readOnlyDSN(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	p = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
	return fmt.Sprintf("file:%s?mode=ro&_busy_timeout=%d", p, busyTimeout.Milliseconds())
}
