package deploy

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/contracts"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
)

// ConfigURI is the document URI the keeper config's first approval carries
// (the file written next to deployment.json, registry version 1).
const ConfigURI = "config.yaml#version=1"

// Deployment is deployment.json: what was deployed where, and what it was
// deployed as, so `keeper deploy verify` can re-check it at any time.
type Deployment struct {
	ChainID  uint64 `json:"chain_id"`
	Deployer string `json:"deployer"`
	// SpecHash is Spec.Hash of the spec deployed.
	SpecHash string `json:"spec_hash"`
	// ArtifactsHash is contracts.ArtifactsHash of the binary that deployed.
	ArtifactsHash string           `json:"artifacts_hash"`
	Contracts     []ContractRecord `json:"contracts"`
	Steps         []StepRecord     `json:"steps"`
	Governance    GovernanceRecord `json:"governance"`
	Keeper        string           `json:"keeper"`
	Vault         VaultRecord      `json:"vault"`
	Sources       []SourceRecord   `json:"sources"`
	Config        ConfigRecord     `json:"config"`
}

// ContractRecord is one deployed contract.
type ContractRecord struct {
	Key      string `json:"key"`
	Contract string `json:"contract"`
	Address  string `json:"address"`
	TxHash   string `json:"tx_hash"`
	Block    uint64 `json:"block"`
	// CodeHash is keccak256 of the runtime code on-chain.
	CodeHash string `json:"code_hash"`
	// ArtifactCodeHash is keccak256 of the artifact's runtime code (with
	// its immutables zeroed, as solc writes it); the on-chain code with its
	// immutables zeroed hashes to the same.
	ArtifactCodeHash string `json:"artifact_code_hash"`
}

// GovernanceRecord is the timelock as deployed.
type GovernanceRecord struct {
	Timelock     string   `json:"timelock"`
	Registry     string   `json:"registry"`
	DelaySeconds int64    `json:"delay_seconds"`
	Proposers    []string `json:"proposers"`
	Executors    []string `json:"executors"`
	Guardian     string   `json:"guardian"`
}

// VaultRecord is the vault as deployed; -1 is a limit left at its default.
type VaultRecord struct {
	Address               string `json:"address"`
	Asset                 string `json:"asset"`
	Name                  string `json:"name"`
	Symbol                string `json:"symbol"`
	MinIdleBps            int64  `json:"min_idle_bps"`
	MaxLossBps            int64  `json:"max_loss_bps"`
	MaxTurnoverBps        int64  `json:"max_turnover_bps"`
	CooldownSeconds       int64  `json:"cooldown_seconds"`
	LivenessWindowSeconds int64  `json:"liveness_window_seconds"`
}

// SourceRecord is one source and its adapter.
type SourceRecord struct {
	Name    string `json:"name"`
	Kind    string `json:"kind"`
	Address string `json:"address"`
	// Market is a morpho source's market id.
	Market    string `json:"market,omitempty"`
	Adapter   string `json:"adapter"`
	AbsCap    string `json:"abs_cap"`
	RelCapBps int64  `json:"rel_cap_bps"`
}

// ConfigRecord is the keeper config written next to deployment.json and
// its first approval.
type ConfigRecord struct {
	File string `json:"file"`
	Hash string `json:"governed_hash"`
	URI  string `json:"uri"`
	// OperationID is the timelock operation approving it.
	OperationID string `json:"operation_id"`
	// Scheduled is true when the deployer (a proposer) scheduled it;
	// otherwise a proposer sends ScheduleCalldata to the timelock.
	Scheduled        bool   `json:"scheduled"`
	ScheduleCalldata string `json:"schedule_calldata"`
	ExecuteCalldata  string `json:"execute_calldata"`
}

func seconds(d config.Duration) int64 {
	if d.D() < 0 {
		return -1
	}
	return int64(d.D() / time.Second)
}

// deployment assembles deployment.json from the steps.
func (d *Deployer) deployment(ctx context.Context, a addrs, steps []StepRecord) (*Deployment, error) {
	s := d.spec
	ah := contracts.ArtifactsHash()
	sh := s.Hash()
	dep := &Deployment{ChainID: d.chainID.Uint64(), Deployer: d.from.Hex(), SpecHash: hexutil.Encode(sh[:]),
		ArtifactsHash: hexutil.Encode(ah[:]), Steps: steps, Keeper: common.HexToAddress(s.Keeper).Hex(),
		Governance: GovernanceRecord{Timelock: a[KeyTimelock].Hex(), Registry: a[KeyRegistry].Hex(),
			DelaySeconds: int64(s.Governance.Delay.D() / time.Second), Proposers: checksummed(s.Governance.Proposers),
			Executors: checksummed(s.Governance.Executors), Guardian: common.HexToAddress(s.Governance.Guardian).Hex()},
		Vault: VaultRecord{Address: a[KeyVault].Hex(), Asset: common.HexToAddress(s.Vault.Asset).Hex(), Name: s.Vault.Name,
			Symbol: s.Vault.Symbol, MinIdleBps: s.Vault.MinIdleBps, MaxLossBps: s.Vault.MaxLossBps,
			MaxTurnoverBps: s.Vault.MaxTurnoverBps, CooldownSeconds: seconds(s.Vault.Cooldown),
			LivenessWindowSeconds: seconds(s.Vault.LivenessWindow)},
	}
	created := map[string]StepRecord{}
	for _, st := range steps {
		created[st.Key] = st
	}
	for _, key := range d.contractKeys() {
		contract := d.contractOf(key)
		code, err := d.chain.CodeAt(ctx, a[key], nil)
		if err != nil {
			return nil, fmt.Errorf("reading the code of %s at %s: %w", key, a[key].Hex(), err)
		}
		art, err := artifactCodeHash(contract)
		if err != nil {
			return nil, err
		}
		st := created[key]
		dep.Contracts = append(dep.Contracts, ContractRecord{Key: key, Contract: contract, Address: a[key].Hex(), TxHash: st.TxHash,
			Block: st.Block, CodeHash: crypto.Keccak256Hash(code).Hex(), ArtifactCodeHash: art.Hex()})
	}
	for _, src := range s.Sources {
		dep.Sources = append(dep.Sources, SourceRecord{Name: src.Name, Kind: src.Kind, Address: common.HexToAddress(src.Address).Hex(),
			Market: strings.ToLower(src.Market), Adapter: a[AdapterKey(src.Name)].Hex(), AbsCap: src.AbsCap, RelCapBps: src.RelCapBps})
	}
	_, cfg, err := d.KeeperConfig(a)
	if err != nil {
		return nil, err
	}
	cd, err := d.configCalldata(ctx, a)
	if err != nil {
		return nil, err
	}
	h := cfg.GovernedHash()
	dep.Config = ConfigRecord{File: "config.yaml", Hash: hexutil.Encode(h[:]), URI: ConfigURI, OperationID: hexutil.Encode(cd.ID[:]),
		Scheduled: d.proposes(), ScheduleCalldata: hexutil.Encode(cd.Schedule), ExecuteCalldata: hexutil.Encode(cd.Execute)}
	return dep, nil
}

// contractKeys lists the created contracts' keys in deployment order.
func (d *Deployer) contractKeys() []string {
	keys := []string{KeyTimelock, KeyRegistry, KeyVault}
	for _, src := range d.spec.Sources {
		keys = append(keys, AdapterKey(src.Name))
	}
	return keys
}

func (d *Deployer) contractOf(key string) string {
	switch key {
	case KeyTimelock:
		return ContractTimelock
	case KeyRegistry:
		return ContractRegistry
	case KeyVault:
		return ContractVault
	}
	for _, src := range d.spec.Sources {
		if AdapterKey(src.Name) == key {
			return adapterContract[src.Kind]
		}
	}
	return ""
}

func checksummed(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = common.HexToAddress(x).Hex()
	}
	return out
}

// KeeperConfig renders the keeper's config.yaml for the deployed contracts
// and parses it back (so what is written is what the keeper loads, and its
// governed hash is the one proposed). A credential in the spec's RPC URL is
// not written: the file holds the URL with it masked, and says so.
func (d *Deployer) KeeperConfig(a addrs) ([]byte, *config.Config, error) {
	s := d.spec
	var b strings.Builder
	fmt.Fprintf(&b, "# vaultkeeper keeper config for the vault that keeper deploy put on chain %s\n", d.chainID)
	fmt.Fprintf(&b, `# (deployment.json next to this file lists every address). Its governed part
# is proposed for approval through the timelock: the keeper acts only once
# that operation is executed (keeper governance status / execute). Fields
# left out take their defaults (see the repository's config.yaml).
governed:
  schedule: %q
  sources:
`, s.KeeperConfig.Schedule)
	for _, src := range s.Sources {
		fmt.Fprintf(&b, "    - name: %s\n      address: %q\n      cap: %s\n", src.Name, a[AdapterKey(src.Name)].Hex(), bpsFraction(src.RelCapBps))
	}
	// The keeper keeps a little more idle than the vault's floor, so a
	// withdrawal between ticks does not leave it below.
	minIdle := math.Min(1, float64(s.Vault.MinIdleBps)/10_000+0.01)
	fmt.Fprintf(&b, "  optimizer:\n    min_idle: %s\nlocal:\n  chain:\n    kind: rpc\n", trimFloat(minIdle))
	rpc := config.RedactURL(s.Chain.RPCURL)
	if rpc != s.Chain.RPCURL {
		b.WriteString("    # The deploy spec's URL carries a credential, which is never written to disk:\n    # put it back in place of *** before starting the keeper.\n")
	}
	// The keeper refuses a node that reports another chain than the one
	// deployed on.
	fmt.Fprintf(&b, "    rpc_url: %q\n    chain_id: %s\n  vault:\n    address: %q\n    registry: %q\n", rpc, d.chainID, a[KeyVault].Hex(), a[KeyRegistry].Hex())
	b.WriteString(signerYAML(s.KeeperConfig.Signer))
	fmt.Fprintf(&b, "  storage:\n    path: %q\n  metrics:\n    address: 127.0.0.1:9464\n", s.KeeperConfig.StoragePath)
	raw := []byte(b.String())
	cfg, err := config.Parse(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("the keeper config written for this deployment does not load: %w", err)
	}
	return raw, cfg, nil
}

func bpsFraction(bps int64) string { return trimFloat(float64(bps) / 10_000) }

func trimFloat(f float64) string {
	s := fmt.Sprintf("%.4f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" || s == "-" {
		return "0"
	}
	return s
}

// signerYAML is local.signer for sc: only what differs from the defaults.
func signerYAML(sc config.Signer) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  signer:\n    kind: %s\n", sc.Kind)
	switch sc.Kind {
	case config.SignerDev:
		if sc.Dev.KeyEnv != "" {
			fmt.Fprintf(&b, "    dev:\n      key_env: %s\n", sc.Dev.KeyEnv)
		}
	case config.SignerVaultKV, config.SignerVaultPlugin:
		v, def := sc.Vault, config.Default().Signer.Vault
		fmt.Fprintf(&b, "    vault:\n      address: %q\n      auth: %s\n", v.Address, v.Auth)
		for _, f := range []struct{ name, v, def string }{{"ca_cert", v.CACert, ""}, {"mount", v.Mount, ""}, {"path", v.Path, ""},
			{"field", v.Field, def.Field}, {"token_env", v.TokenEnv, def.TokenEnv}, {"role_id_env", v.RoleIDEnv, def.RoleIDEnv},
			{"secret_id_env", v.SecretIDEnv, def.SecretIDEnv}, {"approle_mount", v.AppRoleMount, def.AppRoleMount}} {
			if f.v != "" && f.v != f.def {
				fmt.Fprintf(&b, "      %s: %q\n", f.name, f.v)
			}
		}
	}
	return b.String()
}

// configCalldata is the timelock operation approving the keeper config:
// ConfigRegistry.setConfig(governed hash, ConfigURI), salted as `keeper
// governance propose` salts a first approval (registry version 1).
func (d *Deployer) configCalldata(ctx context.Context, a addrs) (governance.Calldata, error) {
	_, cfg, err := d.KeeperConfig(a)
	if err != nil {
		return governance.Calldata{}, err
	}
	p, err := governance.ConfigProposal(a[KeyRegistry], cfg, ConfigURI)
	if err != nil {
		return governance.Calldata{}, err
	}
	derived := p.Salt()
	p = p.WithSalt(crypto.Keccak256Hash(derived[:], big.NewInt(1).Bytes()))
	tl, err := governance.NewTimelock(a[KeyTimelock], d.chain)
	if err != nil {
		return governance.Calldata{}, err
	}
	return tl.Calldata(ctx, p)
}

// WriteOutputs writes deployment.json and config.yaml into dir, each
// atomically (a temporary file renamed into place).
func (d *Deployer) WriteOutputs(dir string, dep *Deployment) error {
	a := addrs{}
	for _, c := range dep.Contracts {
		a[c.Key] = common.HexToAddress(c.Address)
	}
	raw, _, err := d.KeeperConfig(a)
	if err != nil {
		return err
	}
	js, err := json.MarshalIndent(dep, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding deployment.json: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the output directory: %w", err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"deployment.json", append(js, '\n')}, {"config.yaml", raw}} {
		if err := writeAtomic(filepath.Join(dir, f.name), f.data); err != nil {
			return err
		}
	}
	return nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ReadDeployment reads a deployment.json.
func ReadDeployment(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading the deployment: %w", err)
	}
	var dep Deployment
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&dep); err != nil {
		return nil, fmt.Errorf("deployment %s: %w", path, err)
	}
	return &dep, nil
}
