package main

// The operator views (keeper status, explain and history) of a config that
// keeps several vaults (local.fleet.vaults): --vault NAME picks one, and
// each vault's rows are found in the history the vaults share.

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// vaultFlagUsage is the --vault flag's line in the views' usage texts.
const vaultFlagUsage = `  --vault NAME   the vault of that name (local.vault.name, or its config
                 file's name) among those the config keeps: its own and
                 those listed in local.fleet.vaults. Optional when it keeps one`

// vaultFlag adds --vault to the flag set of a view.
func vaultFlag(fs *flag.FlagSet) *string {
	return fs.String("vault", "", "the vault of that name, when the config keeps several")
}

// viewedVault is one vault of the --config file's fleet as a view reads it.
type viewedVault struct {
	config.Kept
	// several is whether the config keeps several vaults.
	several bool
	// others are the other vaults' addresses on this vault's chain: on the
	// embedded chain, which deploys a new vault at every start, this
	// vault's rows are that chain's but theirs.
	others []string
}

// viewedVaults loads the config at cfgPath with the vaults it lists and
// returns the one named name or, with no name, every one. A name the config
// does not keep is a usage error naming the vaults it keeps.
func viewedVaults(cfgPath, name string) ([]viewedVault, error) {
	fleet, err := config.LoadFleet(cfgPath)
	if err != nil {
		return nil, err
	}
	var vs []viewedVault
	for _, k := range fleet {
		v := viewedVault{Kept: k, several: len(fleet) > 1}
		for _, o := range fleet {
			if o.Name != k.Name && o.Config.Chain.Kind == config.ChainRPC && o.Config.Chain.ChainID == int64(v.chainID()) {
				v.others = append(v.others, vaultAddress(o.Config))
			}
		}
		vs = append(vs, v)
	}
	if name == "" {
		return vs, nil
	}
	k, err := config.Find(fleet, name)
	if err != nil {
		return nil, badFlag("%v", err)
	}
	for _, v := range vs {
		if v.Name == k.Name {
			return []viewedVault{v}, nil
		}
	}
	return nil, fmt.Errorf("--vault %q: not in the fleet of %s", name, cfgPath)
}

// oneViewedVault is viewedVaults for a view of one vault (explain,
// history): with no name the config must keep one vault; keeping several,
// it is a usage error naming them.
func oneViewedVault(cfgPath, name string) (viewedVault, error) {
	vs, err := viewedVaults(cfgPath, name)
	if err != nil {
		return viewedVault{}, err
	}
	if len(vs) > 1 {
		return viewedVault{}, badFlag("%s keeps %d vaults (%s): name one with --vault NAME", cfgPath, len(vs), vaultNames(vs))
	}
	return vs[0], nil
}

// vaultNames are the vaults' names, comma-separated.
func vaultNames(vs []viewedVault) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Name
	}
	return strings.Join(names, ", ")
}

// vaultAddress is local.vault.address as the keeper records it (checksummed).
func vaultAddress(cfg *config.Config) string {
	return common.HexToAddress(cfg.Vault.Address).Hex()
}

func (v viewedVault) embedded() bool { return v.Config.Chain.Kind != config.ChainRPC }

// chainID is the chain the vault is on: local.chain.chain_id, or the
// embedded chain's fixed id.
func (v viewedVault) chainID() uint64 {
	if v.embedded() {
		return devchain.ChainID.Uint64()
	}
	return uint64(v.Config.Chain.ChainID)
}

// address is the vault's address on an rpc chain; "" on the embedded
// chain, whose vault is new at every start.
func (v viewedVault) address() string {
	if v.embedded() {
		return ""
	}
	return vaultAddress(v.Config)
}

// locate finds the vault in the history: local.vault.address on its rpc
// chain, the vault observed last on the embedded chain (but the other
// vaults the config keeps there). ok is false when it was never observed.
func (v viewedVault) locate(ctx context.Context, st *store.Store) (store.VaultRef, bool, error) {
	ref, ok, err := st.LatestVaultOn(ctx, v.chainID(), v.address(), v.others)
	if err != nil {
		return store.VaultRef{}, false, fmt.Errorf("finding vault %s in the history: %w", v.Name, err)
	}
	return ref, ok, nil
}

// history is the vault's most recent limit decisions, newest first: on the
// embedded chain, those of every vault it deployed (but the others').
func (v viewedVault) history(ctx context.Context, st *store.Store, limit int) ([]store.HistoryEntry, error) {
	h, err := st.ChainHistory(ctx, v.chainID(), v.address(), v.others, limit)
	if err != nil {
		return nil, fmt.Errorf("reading the history of vault %s: %w", v.Name, err)
	}
	return h, nil
}

// owns reports whether decision d is one of the vault's.
func (v viewedVault) owns(d store.Decision) bool {
	if d.ChainID != v.chainID() {
		return false
	}
	if !v.embedded() {
		return strings.EqualFold(d.Vault, v.address())
	}
	for _, o := range v.others {
		if strings.EqualFold(d.Vault, o) {
			return false
		}
	}
	return true
}

// where names the vault and its history in errors: "storage.path "x"",
// and the vault's name when the config keeps several.
func (v viewedVault) where() string {
	s := fmt.Sprintf("%s %q", storageField(v.Config), storageShown(v.Config))
	if v.several {
		s = fmt.Sprintf("vault %s's history (%s)", v.Name, s)
	}
	return s
}

// writeStatuses writes the status of several vaults, each in a section
// headed by its name.
func writeStatuses(w io.Writer, reps []*statusReport) error {
	for i, rep := range reps {
		sep := ""
		if i > 0 {
			sep = "\n"
		}
		if _, err := fmt.Fprintf(w, "%s=== vault %s ===\n", sep, rep.Name); err != nil {
			return err
		}
		if err := writeStatus(w, rep); err != nil {
			return fmt.Errorf("writing the status of vault %s: %w", rep.Name, err)
		}
	}
	return nil
}
