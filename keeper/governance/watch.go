package governance

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// ErrNoApprovedFile is returned by FindApproved when no file in the
// directory has the approved hash.
var ErrNoApprovedFile = errors.New("no config file with the approved hash")

// FindApproved returns the config file in dir (*.yaml or *.yml, not
// recursive, in name order) whose governed part has hash, loaded and
// validated. Files that do not load are skipped; when none matches, the
// error wraps ErrNoApprovedFile and lists what each file was.
func FindApproved(dir string, hash [32]byte) (string, *config.Config, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", nil, fmt.Errorf("governance: reading config directory %q: %w", dir, err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && (strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var seen []string
	for _, n := range names {
		p := filepath.Join(dir, n)
		cfg, err := config.Load(p)
		if err != nil {
			seen = append(seen, fmt.Sprintf("%s: does not load (%v)", n, err))
			continue
		}
		h := cfg.GovernedHash()
		if h == hash {
			return p, cfg, nil
		}
		seen = append(seen, fmt.Sprintf("%s: 0x%x", n, h))
	}
	if len(seen) == 0 {
		seen = append(seen, "no *.yaml or *.yml files")
	}
	return "", nil, fmt.Errorf("governance: %w 0x%x in %q (%s)", ErrNoApprovedFile, hash, dir, strings.Join(seen, "; "))
}

// approvals is the registry as the watcher reads it.
type approvals interface {
	Approved(ctx context.Context) (Approval, error)
}

// Watcher follows the approved config for a running daemon: at start and
// before each tick it reads the registry, and when the approved hash is not
// the running config's it looks in Dir for the file that has it.
type Watcher struct {
	Dir      string
	Registry approvals
}

// Check reads the approval. When running is the approved hash it returns
// next == nil. Otherwise it returns the file in Dir whose governed hash is
// the approved one (path, next), or next == nil and an error wrapping
// ErrNoApprovedFile when there is none yet: the daemon then keeps its
// config and refuses to act under it.
func (w *Watcher) Check(ctx context.Context, running [32]byte) (a Approval, path string, next *config.Config, err error) {
	if a, err = w.Registry.Approved(ctx); err != nil {
		return Approval{}, "", nil, err
	}
	if a.Hash == running {
		return a, "", nil, nil
	}
	if a.Hash == ([32]byte{}) {
		return a, "", nil, fmt.Errorf("governance: the registry has approved no config yet")
	}
	path, next, err = FindApproved(w.Dir, a.Hash)
	return a, path, next, err
}
