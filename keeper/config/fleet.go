package config

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// DefaultFleetConcurrency is local.fleet.concurrency's default: how many
// vaults' ticks run at once (keeper/fleet.DefaultConcurrency).
const DefaultFleetConcurrency = 8

// maxFleetConcurrency bounds local.fleet.concurrency: each running tick
// holds node connections and a store connection.
const maxFleetConcurrency = 256

// Fleet is the vaults one keeper process keeps besides its config file's
// own. Each listed file is a whole config of its own: its vault, chain,
// signer and governed part (approved by that vault's own ConfigRegistry),
// so `keeper deploy`'s config.yaml can be listed as it is. What a process
// has once (local.storage, log, metrics, web and fleet.concurrency) must be
// the same in every listed file as in the main one.
type Fleet struct {
	// Vaults are the other vaults' config files; a relative path is
	// relative to the directory of the file that lists it.
	Vaults []string `yaml:"vaults"`
	// Concurrency is how many vaults tick at once. Default 8.
	Concurrency int `yaml:"concurrency"`
}

func (f Fleet) validate(errs *[]error) {
	if f.Concurrency < 1 || f.Concurrency > maxFleetConcurrency {
		*errs = append(*errs, fieldError("local.fleet.concurrency", f.Concurrency, "want 1 to %d ticks at once", maxFleetConcurrency))
	}
	for i, v := range f.Vaults {
		if strings.TrimSpace(v) == "" {
			*errs = append(*errs, fieldError(fmt.Sprintf("local.fleet.vaults[%d]", i), v, "want the path of a vault's config file"))
		}
	}
}

var vaultNameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

func validVaultName(s string) bool { return vaultNameRE.MatchString(s) }

// VaultName is the name of the vault that the config file at path keeps:
// local.vault.name, else the file's name without its extension, else (for
// a file named config.*, as `keeper deploy` writes) its directory's name.
// A derived name that is not a valid local.vault.name is "vault".
func (c *Config) VaultName(path string) string {
	if c.Vault.Name != "" {
		return c.Vault.Name
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	if base == "config" {
		base = filepath.Base(filepath.Dir(abs))
	}
	if !validVaultName(base) {
		return "vault"
	}
	return base
}

// Kept is one vault of a keeper process: its name, its config file and the
// config loaded from it.
type Kept struct {
	Name   string
	Path   string
	Config *Config
}

// LoadFleet loads the config file at path and the vaults' files it lists
// in local.fleet.vaults, the main file's vault first. It refuses (naming
// the file and field) a listed file that fails to load, lists vaults of its
// own, is on the embedded chain (which deploys one vault, the main file's),
// or differs from the main file in what a process has once; two vaults
// with one name, and one vault (chain id and address) listed twice.
func LoadFleet(path string) ([]Kept, error) {
	main, err := Load(path)
	if err != nil {
		return nil, err
	}
	fleet := []Kept{{Name: main.VaultName(path), Path: path, Config: main}}
	var errs []error
	for i, rel := range main.Fleet.Vaults {
		field := fmt.Sprintf("local.fleet.vaults[%d]", i)
		p := rel
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		c, err := Load(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s %q: %w", field, rel, err))
			continue
		}
		if err := sameProcess(main, c); err != nil {
			errs = append(errs, fmt.Errorf("%s %q: %w", field, rel, err))
			continue
		}
		fleet = append(fleet, Kept{Name: c.VaultName(p), Path: p, Config: c})
	}
	names := map[string]string{}
	vaults := map[string]string{}
	for _, k := range fleet {
		if other, ok := names[k.Name]; ok {
			errs = append(errs, fmt.Errorf("local.vault.name %q: both %s and %s keep a vault of that name; name them apart", k.Name, other, k.Path))
		}
		names[k.Name] = k.Path
		if k.Config.Chain.Kind != ChainRPC {
			continue
		}
		id := fmt.Sprintf("%d/%s", k.Config.Chain.ChainID, common.HexToAddress(k.Config.Vault.Address).Hex())
		if other, ok := vaults[id]; ok {
			errs = append(errs, fmt.Errorf("local.vault.address %s on chain %d: kept by both %s and %s", common.HexToAddress(k.Config.Vault.Address).Hex(),
				k.Config.Chain.ChainID, other, k.Path))
		}
		vaults[id] = k.Path
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return fleet, nil
}

// sameProcess checks that a listed vault's config c can be kept by the
// process whose main config is main.
func sameProcess(main, c *Config) error {
	if len(c.Fleet.Vaults) > 0 {
		return fmt.Errorf("local.fleet.vaults: a listed vault's file lists vaults of its own (%d); list every vault in the main file", len(c.Fleet.Vaults))
	}
	if c.Chain.Kind == ChainEmbedded {
		return fmt.Errorf("local.chain.kind %q: the embedded chain deploys one vault, the main file's; a listed vault is on kind %q", ChainEmbedded, ChainRPC)
	}
	for _, f := range []struct {
		field     string
		main, got any
	}{
		{"local.storage", main.Storage, c.Storage},
		{"local.log", main.Log, c.Log},
		{"local.metrics", main.Metrics, c.Metrics},
		{"local.web", main.Web, c.Web},
		{"local.fleet.concurrency", main.Fleet.Concurrency, c.Fleet.Concurrency},
	} {
		if !reflect.DeepEqual(f.main, f.got) {
			return fmt.Errorf("%s differs from the main config's: a keeper process has one history, one log, one metrics and web address and one concurrency; make them the same", f.field)
		}
	}
	return nil
}

// Find returns the kept vault named name.
func Find(fleet []Kept, name string) (Kept, error) {
	var names []string
	for _, k := range fleet {
		if k.Name == name {
			return k, nil
		}
		names = append(names, k.Name)
	}
	return Kept{}, fmt.Errorf("--vault %q: no such vault; this config keeps %s", name, strings.Join(names, ", "))
}
