// Package pgtest starts throw-away PostgreSQL servers for tests: a cluster
// made by Debian's initdb in a temporary directory, listening only on a
// Unix socket there, fsync off, stopped and removed at the end. Nothing is
// mocked: the tests talk to a real server.
//
// One cluster serves a test binary (DSN starts it on first use; the
// binary's TestMain calls Stop after m.Run), and every DSN call creates a
// fresh database in it, so tests stay independent. The server binaries
// come from /usr/lib/postgresql/<version>/bin (scripts/install-postgres.sh
// installs the postgresql package); PGTEST_BINDIR overrides. Run as root,
// the cluster belongs to the postgres system user the package creates
// (initdb and postgres refuse to run as root) and the commands run through
// runuser.
package pgtest

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// Cluster is a running throw-away PostgreSQL server.
type Cluster struct {
	dir    string // the temporary directory: data/, the socket, the log
	bin    string // the server's bin directory
	runAs  string // the user the server runs as, "" for this process's
	admin  *sql.DB
	nextDB atomic.Int64
}

// BinDir finds the PostgreSQL server binaries: $PGTEST_BINDIR, else the
// newest /usr/lib/postgresql/*/bin with an initdb.
func BinDir() (string, error) {
	if d := os.Getenv("PGTEST_BINDIR"); d != "" {
		return d, nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", errors.New("no PostgreSQL server under /usr/lib/postgresql/*/bin: run scripts/install-postgres.sh (or set PGTEST_BINDIR)")
}

// version is the major version in /usr/lib/postgresql/<version>/bin.
func version(bin string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(bin)))
	return v
}

// Start initializes and starts a cluster in a new temporary directory.
func Start() (c *Cluster, err error) {
	bin, err := BinDir()
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	// A Unix socket's path has at most 107 bytes: a long $TMPDIR falls
	// back to /tmp.
	parent := os.TempDir()
	if len(parent) > 60 {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "vaultkeeper-pg-")
	if err != nil {
		return nil, fmt.Errorf("pgtest: creating the cluster's directory: %w", err)
	}
	c = &Cluster{dir: dir, bin: bin}
	defer func() {
		if err != nil {
			c.Stop()
		}
	}()
	if os.Geteuid() == 0 {
		if err := c.ownBy("postgres"); err != nil {
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if err := c.run("initdb", "-D", data, "-U", "postgres", "--auth=trust", "--no-sync",
		"--encoding=UTF8", "--locale=C"); err != nil {
		return nil, err
	}
	opts := fmt.Sprintf("-c listen_addresses='' -c unix_socket_directories='%s' -c fsync=off "+
		"-c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=16MB", dir)
	if err := c.run("pg_ctl", "start", "-w", "-t", "60", "-D", data, "-l", filepath.Join(dir, "server.log"), "-o", opts); err != nil {
		return nil, err
	}
	if c.admin, err = sql.Open("pgx", c.dsn("postgres")); err != nil {
		return nil, fmt.Errorf("pgtest: connecting to the cluster: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.admin.PingContext(ctx); err != nil {
		return nil, fmt.Errorf("pgtest: connecting to the cluster: %w", err)
	}
	return c, nil
}

// ownBy gives the cluster's directory to the system user name, which then
// runs the server.
func (c *Cluster) ownBy(name string) error {
	u, err := user.Lookup(name)
	if err != nil {
		return fmt.Errorf("pgtest: running as root, the cluster needs the %s user (of the postgresql package): %w", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(c.dir, uid, gid); err != nil {
		return fmt.Errorf("pgtest: giving %s to %s: %w", c.dir, name, err)
	}
	c.runAs = name
	return nil
}

// run runs one of the server's commands (as the cluster's user).
func (c *Cluster) run(name string, args ...string) error {
	path := filepath.Join(c.bin, name)
	var cmd *exec.Cmd
	if c.runAs != "" {
		cmd = exec.Command("runuser", append([]string{"-u", c.runAs, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = c.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		log, _ := os.ReadFile(filepath.Join(c.dir, "server.log"))
		return fmt.Errorf("pgtest: %s %s: %w\n%s%s", name, strings.Join(args, " "), err, out.Bytes(), log)
	}
	return nil
}

// dsn is the URL of database db on the cluster's socket.
func (c *Cluster) dsn(db string) string {
	return fmt.Sprintf("postgres://postgres@/%s?host=%s&sslmode=disable", db, c.dir)
}

// SocketDir is the directory of the server's Unix socket.
func (c *Cluster) SocketDir() string { return c.dir }

// NewDatabase creates an empty database and returns its DSN (user
// postgres, trust authentication: any password is accepted).
func (c *Cluster) NewDatabase() (string, error) {
	name := fmt.Sprintf("test_%d", c.nextDB.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := c.admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		return "", fmt.Errorf("pgtest: creating database %s: %w", name, err)
	}
	return c.dsn(name), nil
}

// Stop stops the server and removes its directory.
func (c *Cluster) Stop() error {
	var errs []error
	if c.admin != nil {
		errs = append(errs, c.admin.Close())
	}
	data := filepath.Join(c.dir, "data")
	if _, err := os.Stat(filepath.Join(data, "postmaster.pid")); err == nil {
		errs = append(errs, c.run("pg_ctl", "stop", "-D", data, "-m", "immediate", "-w"))
	}
	errs = append(errs, os.RemoveAll(c.dir))
	return errors.Join(errs...)
}

var shared struct {
	mu  sync.Mutex
	c   *Cluster
	err error
}

// DSN returns the DSN of a fresh database on the test binary's shared
// cluster, starting the cluster on first use; it fails the test when
// PostgreSQL cannot be started. Call Stop from TestMain after m.Run.
func DSN(t testing.TB) string {
	t.Helper()
	shared.mu.Lock()
	if shared.c == nil && shared.err == nil {
		shared.c, shared.err = Start()
	}
	c, err := shared.c, shared.err
	shared.mu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	dsn, err := c.NewDatabase()
	if err != nil {
		t.Fatal(err)
	}
	return dsn
}

// Stop stops the shared cluster, if DSN started one.
func Stop() error {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.c == nil {
		return nil
	}
	err := shared.c.Stop()
	shared.c = nil
	return err
}
