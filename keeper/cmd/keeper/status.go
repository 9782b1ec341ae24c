package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	explainpkg "github.com/vaultkeeper/vaultkeeper/keeper/explain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/secrets"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

const statusUsage = `usage: keeper status [--config PATH] [--vault NAME] [--json]

Where each vault the config keeps stands (its own, and those of the config
files local.fleet.vaults lists; --vault NAME for one of them), from the
history database the vaults share (local.storage: the SQLite file or the
PostgreSQL database) and, on an rpc chain, the vault's ConfigRegistry. Each
vault is read with its own config file; with several, each has a section
headed by its name:

  - the newest tick's observations: each source's assets, supply APY and
    share of total assets, and what is idle. Amounts are shown in tokens
    of the vault's asset with its decimals, base units in parentheses:
    1,000,000.000000 (1000000000000) for 6 decimals. The decimals are
    those the last decision recorded (read from the asset's decimals()
    with the vault's state); for a decision recorded before they were,
    the embedded chain's stablecoin has devchain.Decimals (6), and on an
    rpc chain only base units are shown
  - the last decision (id, time, action, reason), the last transaction (hash,
    status, gas used) and every send to the vault still open in the
    transaction manager's journal (state, attempts signed)
  - the running config: a daemon follows the approved config and switches to
    the file of the config directory whose governed hash is the approved one
    (without a restart), so the --config file is not necessarily what runs.
    The running config is the *.yaml or *.yml file in the --config file's
    directory whose governed hash is the one the last decision ran under
    (the --config file itself when it has it or before any decision; the
    --config file, said so, when no file has it); its name, its schedule
    and that schedule's next activation after now
  - config hashes: the running config's governed hash, the --config file's
    (keeper config hash), the hash the last decision ran under, the approved
    hash recorded with it, and the approved hash now. On an rpc chain that
    is read from local.vault.registry; a node that cannot be reached is
    shown as "unreachable: …", the rest is still printed and the exit code
    is 0. The embedded chain lives inside the keeper process, so no other
    process can read it: there the approval is the one the last decision
    recorded.

The vault is local.vault.address on local.chain.chain_id on an rpc chain.
The embedded chain deploys a new vault at every start, so there it is the
vault observed last on that chain (but the config's other vaults).

flags:
  --config PATH  config file (default config.yaml)
` + vaultFlagUsage + `
  --json         print one JSON object instead of the summary; for a
                 config that keeps several vaults and no --vault, a JSON
                 list of them, each object with its "name" first

JSON fields (amounts are decimal strings in the asset's base units, each
with a *_tokens twin: the same amount in tokens as an exact decimal string,
e.g. "1000000.000000", null when the decimals are not known; APYs and shares
fractions, times RFC 3339 in UTC):
  name                  the vault's name, when the config keeps several
                        (absent when it keeps one)
  config_file           the vault's config file: the --config path, or the
                        file local.fleet.vaults lists
  config_file_hash      its governed hash (keeper config hash)
  storage_path          local.storage.path, or the PostgreSQL DSN with its
                        password redacted (local.storage.kind postgres)
  chain_kind            "embedded" or "rpc"
  now                   when the status was taken
  running_config_file   the file whose governed part runs (see above)
  running_config_from   why that file: "config_file" (no decision yet, or
                        the last decision ran under the --config file's
                        hash), "last_decision" (another file of the
                        directory has the hash the last decision ran under)
                        or "config_file_fallback" (no file there has it)
  schedule              governed.schedule of the running config file
  next_tick             its next activation after now
  running_config_hash   the running config file's governed hash
  vaults[]              one entry per vault (a config has one today):
    chain_id, vault       0 and local.vault.address until a tick observed it
    asset_decimals        the decimals amounts are shown with; null if unknown
    observed              the newest tick, null before the first:
      tick_id, time, block
      total_assets, total_assets_tokens, idle, idle_tokens
                            null when no decision recorded the tick's total
      sources[]             name, source (adapter address), assets,
                            assets_tokens, supply_apy, share (null like idle)
    last_decision         id, time, action, dry_run, reason; null before the first
    last_transaction      decision_id, tx_hash, status, gas_used, block; null if none
    open_sends[]          key, decision_id, state, attempts (how many signed), tx_hash
    config_hashes
      running               = running_config_hash
      last_decision         config_hash of the last decision ("" if none)
      last_decision_approved  the approved hash recorded with it ("" if not read)
      approved              the approval now: source "registry" (read live:
                            registry, hash, version, uri), "unreachable"
                            (registry, error), "wrong_chain" (the node reports
                            another chain id than local.chain.chain_id:
                            registry, error) or "recorded" (embedded chain:
                            hash = last_decision_approved)
      running_approved      running == approved.hash; null when not known
  providers[]           with local.chain.rpc_urls (several nodes), each node
                        as the keeper found it now: index, name (its URL,
                        credentials removed), host, state ("healthy",
                        "lagging", "failing", "lying", "unverified" or
                        "wrong_chain"), head, best_head, error (why it is
                        not healthy; for "lying" the evidence) and
                        quarantined_until (lying only)
`

// statusNow is the status's clock (tests fix it).
var statusNow = time.Now

// liveReadTimeout bounds the ConfigRegistry read of keeper status.
const liveReadTimeout = 10 * time.Second

type statusReport struct {
	Name              string        `json:"name,omitempty"`
	ConfigFile        string        `json:"config_file"`
	ConfigFileHash    string        `json:"config_file_hash"`
	StoragePath       string        `json:"storage_path"`
	ChainKind         string        `json:"chain_kind"`
	Now               time.Time     `json:"now"`
	RunningConfigFile string        `json:"running_config_file"`
	RunningConfigFrom string        `json:"running_config_from"`
	Schedule          string        `json:"schedule"`
	NextTick          time.Time     `json:"next_tick"`
	RunningConfigHash string        `json:"running_config_hash"`
	Vaults            []vaultStatus `json:"vaults"`
	// Providers is the health of local.chain.rpc_urls' nodes, when there
	// are several, as status reads them now.
	Providers []chainrpc.ProviderHealth `json:"providers,omitempty"`
	// Leases are who leads what on a shared history (leader.go): the
	// keeper holding each lease on sending, and until when.
	Leases []leaseStatus `json:"leases,omitempty"`

	lastDecisionHash string // for the text: what no file had (config_file_fallback)
}

// Where the running config is from (statusReport.RunningConfigFrom).
const (
	runningFromConfigFile = "config_file"
	runningFromDecision   = "last_decision"
	runningFromFallback   = "config_file_fallback"
)

type vaultStatus struct {
	ChainID         uint64          `json:"chain_id"`
	Vault           string          `json:"vault"`
	AssetDecimals   *uint8          `json:"asset_decimals"`
	Observed        *observedStatus `json:"observed"`
	LastDecision    *decisionBrief  `json:"last_decision"`
	LastTransaction *txBrief        `json:"last_transaction"`
	OpenSends       []sendBrief     `json:"open_sends"`
	ConfigHashes    hashStatus      `json:"config_hashes"`
}

type observedStatus = explainpkg.Tick

// sourceStatus is one source as status and explain show it.
type sourceStatus = explainpkg.Source

type decisionBrief struct {
	ID     int64     `json:"id"`
	Time   time.Time `json:"time"`
	Action string    `json:"action"`
	DryRun bool      `json:"dry_run"`
	Reason string    `json:"reason"`
}

type txBrief struct {
	DecisionID int64  `json:"decision_id"`
	TxHash     string `json:"tx_hash"`
	Status     string `json:"status"`
	GasUsed    uint64 `json:"gas_used"`
	Block      uint64 `json:"block"`
}

type sendBrief struct {
	Key        string `json:"key"`
	DecisionID int64  `json:"decision_id"`
	State      string `json:"state"`
	Attempts   int    `json:"attempts"`
	TxHash     string `json:"tx_hash"`
}

type hashStatus struct {
	Running              string         `json:"running"`
	LastDecision         string         `json:"last_decision"`
	LastDecisionApproved string         `json:"last_decision_approved"`
	Approved             approvalStatus `json:"approved"`
	RunningApproved      *bool          `json:"running_approved"`
}

// Approval sources.
const (
	approvalRegistry    = "registry"
	approvalUnreachable = "unreachable"
	approvalWrongChain  = "wrong_chain"
	approvalRecorded    = "recorded"
)

type approvalStatus struct {
	Source   string `json:"source"`
	Registry string `json:"registry,omitempty"`
	Hash     string `json:"hash,omitempty"`
	Version  uint64 `json:"version,omitempty"`
	URI      string `json:"uri,omitempty"`
	Error    string `json:"error,omitempty"`
}

// runStatus is `keeper status`.
func runStatus(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs, cfgPath, asJSON := reportFlags("keeper status", stderr)
	vault := vaultFlag(fs)
	if code, ok := parseFlags(fs, args, statusUsage, stderr); !ok {
		return code
	}
	vs, err := viewedVaults(*cfgPath, *vault)
	if err != nil {
		return exitCode(fs.Name(), err, stderr)
	}
	reps, err := statuses(ctx, vs, statusNow().UTC())
	switch {
	case err != nil:
	case len(reps) == 1:
		err = printReport(stdout, *asJSON, reps[0], writeStatus)
	default:
		err = printReport(stdout, *asJSON, reps, writeStatuses)
	}
	return exitCode(fs.Name(), err, stderr)
}

// reportFlags is the flag set of an operator command (status, explain):
// --config and --json.
func reportFlags(name string, stderr io.Writer) (fs *flag.FlagSet, cfgPath *string, asJSON *bool) {
	fs = newFlagSet(name, stderr)
	cfgPath = fs.String("config", "config.yaml", "config file")
	asJSON = fs.Bool("json", false, "print JSON")
	return fs, cfgPath, asJSON
}

// printReport writes rep as one indented JSON object, or as text.
func printReport[R any](w io.Writer, asJSON bool, rep R, text func(io.Writer, R) error) error {
	if !asJSON {
		return text(w, rep)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the rule's "<" and ">" stay readable
	return enc.Encode(rep)
}

// statuses is the status of each vault of vs, read from the history they
// share.
func statuses(ctx context.Context, vs []viewedVault, now time.Time) ([]*statusReport, error) {
	st, err := openHistory(ctx, vs[0].Config)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	reps := make([]*statusReport, len(vs))
	for i, v := range vs {
		if reps[i], err = status(ctx, st, v, now); err != nil {
			return nil, err
		}
	}
	return reps, nil
}

// status is where vault kv stands: the history's record of it and, on an
// rpc chain, its registry's approval now.
func status(ctx context.Context, st *store.Store, kv viewedVault, now time.Time) (*statusReport, error) {
	cfg, cfgPath := kv.Config, kv.Path
	own := cfg.GovernedHash()
	rep := &statusReport{ConfigFile: cfgPath, ConfigFileHash: hexutil.Encode(own[:]), StoragePath: storageShown(cfg),
		ChainKind: cfg.Chain.Kind, Now: now}
	if kv.several {
		rep.Name = kv.Name
	}
	var err error
	if rep.Leases, err = leaseStatuses(ctx, st, now); err != nil {
		return nil, err
	}
	ref, ok, err := kv.locate(ctx, st)
	if err != nil {
		return nil, err
	}
	v := vaultStatus{ChainID: ref.ChainID, Vault: ref.Vault, OpenSends: []sendBrief{}}
	if !ok {
		v.Vault = cfg.Vault.Address // "" on the embedded chain: nothing observed yet
	}
	if ok {
		if err := fillVaultStatus(ctx, st, cfg, ref, &v); err != nil {
			return nil, err
		}
	}

	// The running config: the file whose governed hash the last decision
	// ran under, as the daemon's governance watcher finds it.
	h := &v.ConfigHashes
	rep.lastDecisionHash = h.LastDecision
	path, running, from := runningConfig(cfg, cfgPath, h.LastDecision)
	sched, err := config.CronParser.Parse(running.Schedule)
	if err != nil {
		return nil, fmt.Errorf("%s: governed.schedule %q: %w", path, running.Schedule, err)
	}
	hash := running.GovernedHash()
	rep.RunningConfigFile, rep.RunningConfigFrom = path, from
	rep.Schedule, rep.NextTick, rep.RunningConfigHash = running.Schedule, sched.Next(now).UTC(), hexutil.Encode(hash[:])
	h.Running = rep.RunningConfigHash

	switch cfg.Chain.Kind {
	case config.ChainRPC:
		h.Approved, rep.Providers = readApproval(ctx, cfg)
	default:
		h.Approved = approvalStatus{Source: approvalRecorded, Hash: h.LastDecisionApproved}
	}
	if h.Approved.Hash != "" {
		match := strings.EqualFold(h.Approved.Hash, h.Running)
		h.RunningApproved = &match
	}
	if v.Vault != "" || ok {
		rep.Vaults = append(rep.Vaults, v)
	}
	if rep.Vaults == nil {
		rep.Vaults = []vaultStatus{}
	}
	return rep, nil
}

// runningConfig is the config whose governed part a daemon started with
// cfg (the --config file at cfgPath) runs, given the governed hash its last
// decision ran under ("" when none): cfg itself when it has that hash or
// there is no decision, else the *.yaml or *.yml file of cfgPath's
// directory that has it (governance.FindApproved, as the daemon's watcher
// searches), else cfg again (from says which).
func runningConfig(cfg *config.Config, cfgPath, lastHash string) (path string, running *config.Config, from string) {
	own := cfg.GovernedHash()
	if lastHash == "" || strings.EqualFold(lastHash, hexutil.Encode(own[:])) {
		return cfgPath, cfg, runningFromConfigFile
	}
	h, err := hexutil.Decode(lastHash)
	if err != nil || len(h) != 32 {
		return cfgPath, cfg, runningFromFallback
	}
	p, found, err := governance.FindApproved(filepath.Dir(cfgPath), [32]byte(h))
	if err != nil {
		return cfgPath, cfg, runningFromFallback
	}
	return p, found, runningFromDecision
}

// fillVaultStatus adds what the store holds about one vault.
func fillVaultStatus(ctx context.Context, st *store.Store, cfg *config.Config, ref store.VaultRef, v *vaultStatus) error {
	last, haveLast, err := st.LastDecision(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return err
	}
	if haveLast {
		v.LastDecision = &decisionBrief{ID: last.ID, Time: last.Time, Action: last.Action, DryRun: last.DryRun, Reason: last.Reason}
		v.ConfigHashes.LastDecision, v.ConfigHashes.LastDecisionApproved = last.ConfigHash, last.ApprovedHash
		v.AssetDecimals = assetDecimals(cfg, last)
	} else {
		v.AssetDecimals = assetDecimals(cfg, store.Decision{})
	}
	tick, obs, err := st.LatestObservations(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return err
	}
	if len(obs) > 0 {
		var total *big.Int
		if d, ok, err := st.DecisionAtTick(ctx, tick, ref.ChainID, ref.Vault); err != nil {
			return err
		} else if ok {
			total = d.TotalAssets
		}
		v.Observed = explainpkg.NewTick(tick, obs, total, v.AssetDecimals)
	}
	if tx, ok, err := st.LastTransaction(ctx, ref.ChainID, ref.Vault); err != nil {
		return err
	} else if ok {
		v.LastTransaction = &txBrief{DecisionID: tx.DecisionID, TxHash: tx.Hash, Status: tx.Status, GasUsed: tx.GasUsed, Block: tx.Block}
	}
	sends, err := st.OpenSendsTo(ctx, ref.ChainID, ref.Vault)
	if err != nil {
		return err
	}
	for _, snd := range sends {
		atts, err := st.Attempts(ctx, snd.ID)
		if err != nil {
			return err
		}
		v.OpenSends = append(v.OpenSends, sendBrief{Key: snd.Key, DecisionID: snd.DecisionID, State: snd.State,
			Attempts: len(atts), TxHash: snd.TxHash})
	}
	return nil
}

// readApproval reads the approved hash from local.vault.registry on the
// rpc chain. A failure is reported in the result, not returned: status
// still shows everything else.
func readApproval(ctx context.Context, cfg *config.Config) (approvalStatus, []chainrpc.ProviderHealth) {
	if len(cfg.Chain.Providers()) > 1 {
		return readApprovalFromNodes(ctx, cfg)
	}
	a := approvalStatus{Source: approvalUnreachable, Registry: common.HexToAddress(cfg.Vault.Registry).Hex()}
	ctx, cancel := context.WithTimeout(ctx, liveReadTimeout)
	defer cancel()
	// go-ethereum's errors embed the URL they called: the error is
	// scrubbed of its credentials here already, not only on output.
	rawURL := cfg.Chain.Providers()[0]
	rpcURL, scrub := config.RedactURL(rawURL), secrets.NewScrubber(secrets.URLSecrets(rawURL)...)
	cl, err := dialChain(ctx, rawURL, cfg.Chain, nil, nil)
	if err != nil {
		a.Error = scrub.Scrub(fmt.Sprintf("connecting to %s %q: %v", cfg.Chain.ProviderField(0), rpcURL, err))
		return a, nil
	}
	defer cl.Close()
	// A node on another chain than local.chain.chain_id is not asked
	// about a registry that is not this config's.
	id, err := cl.ChainID(ctx)
	if err != nil {
		a.Error = scrub.Scrub(fmt.Sprintf("local.chain.rpc_url %q: reading the chain id: %v", rpcURL, err))
		return a, nil
	}
	if err := cfg.Chain.CheckChainID(id); err != nil {
		a.Source, a.Error = approvalWrongChain, scrub.Scrub(err.Error())
		return a, nil
	}
	reg, err := governance.NewRegistry(common.HexToAddress(cfg.Vault.Registry), cl)
	if err != nil {
		a.Error = scrub.Scrub(err.Error())
		return a, nil
	}
	got, err := reg.Approved(ctx)
	if err != nil {
		a.Error = scrub.Scrub(fmt.Sprintf("local.chain.rpc_url %q: %v", rpcURL, err))
		return a, nil
	}
	return approvalStatus{Source: approvalRegistry, Registry: reg.Address().Hex(), Hash: hexutil.Encode(got.Hash[:]),
		Version: got.Version, URI: got.URI}, nil
}

func writeStatus(w io.Writer, rep *statusReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "config\t%s (%s chain)\n", rep.ConfigFile, rep.ChainKind)
	fmt.Fprintf(tw, "storage\t%s\n", rep.StoragePath)
	for _, l := range rep.Leases {
		fmt.Fprintf(tw, "lease %s\t%s\n", l.Name, l.describe())
	}
	fmt.Fprintf(tw, "now\t%s\n", rep.Now.Format(time.RFC3339Nano))
	switch rep.RunningConfigFrom {
	case runningFromDecision:
		fmt.Fprintf(tw, "running config\t%s: its governed hash is the one the last decision ran under (the daemon switched to it; --config is %s)\n",
			rep.RunningConfigFile, rep.ConfigFile)
	case runningFromFallback:
		fmt.Fprintf(tw, "running config\t%s, assumed: no *.yaml or *.yml file in %s has the governed hash the last decision ran under (%s)\n",
			rep.RunningConfigFile, filepath.Dir(rep.ConfigFile), rep.lastDecisionHash)
	default:
		fmt.Fprintf(tw, "running config\t%s (the --config file)\n", rep.RunningConfigFile)
	}
	fmt.Fprintf(tw, "next tick\t%s (in %s; schedule %q of %s)\n", rep.NextTick.Format(time.RFC3339), rep.NextTick.Sub(rep.Now).Round(time.Millisecond),
		rep.Schedule, filepath.Base(rep.RunningConfigFile))
	fmt.Fprintf(tw, "running config hash\t%s (%s's governed part)\n", rep.RunningConfigHash, filepath.Base(rep.RunningConfigFile))
	if !strings.EqualFold(rep.ConfigFileHash, rep.RunningConfigHash) {
		fmt.Fprintf(tw, "config file hash\t%s (%s's governed part)\n", rep.ConfigFileHash, filepath.Base(rep.ConfigFile))
	}
	writeProviders(tw, rep.Providers)
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(rep.Vaults) == 0 {
		_, err := fmt.Fprintln(w, "\nno tick recorded yet")
		return err
	}
	for _, v := range rep.Vaults {
		if err := writeVaultStatus(w, rep, v); err != nil {
			return err
		}
	}
	return nil
}

func writeVaultStatus(w io.Writer, rep *statusReport, v vaultStatus) error {
	if v.ChainID != 0 {
		fmt.Fprintf(w, "\nvault %s on chain %d\n", v.Vault, v.ChainID)
	} else {
		fmt.Fprintf(w, "\nvault %s\n", v.Vault)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if o := v.Observed; o != nil {
		total := "unknown (no decision recorded at that tick)"
		if o.TotalAssets != nil {
			total = amountText(*o.TotalAssets, o.TotalAssetsTokens)
		}
		fmt.Fprintf(tw, "  observed\ttick %d, block %d, %s (before that tick's decision); total assets %s\n", o.TickID, o.Block, o.Time.Format(time.RFC3339), total)
		if err := tw.Flush(); err != nil {
			return err
		}
		st := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintf(st, "    SOURCE\tADAPTER\t%s\tAPY %%\tSHARE %%\n", amountsHeader(v.AssetDecimals))
		for _, s := range o.Sources {
			fmt.Fprintf(st, "    %s\t%s\t%s\t%.3f\t%s\n", s.Name, s.Source, amountCell(s.Assets, s.AssetsTokens), 100*s.SupplyAPY, pct(s.Share))
		}
		if o.Idle != nil {
			idle, _ := new(big.Int).SetString(*o.Idle, 10)
			total, _ := new(big.Int).SetString(*o.TotalAssets, 10)
			share := ratio(idle, total)
			fmt.Fprintf(st, "    idle\t\t%s\t\t%s\n", amountCell(*o.Idle, o.IdleTokens), pct(&share))
		}
		if err := st.Flush(); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(tw, "  observed\tnothing yet\n")
	}
	if d := v.LastDecision; d != nil {
		action := d.Action
		if d.DryRun {
			action += " (dry run)"
		}
		fmt.Fprintf(tw, "  last decision\t#%d at %s: %s: %s\n", d.ID, d.Time.Format(time.RFC3339), action, strings.ReplaceAll(d.Reason, "\n", " "))
	} else {
		fmt.Fprintf(tw, "  last decision\tnone\n")
	}
	if tx := v.LastTransaction; tx != nil {
		fmt.Fprintf(tw, "  last transaction\t%s %s in block %d, gas used %d (decision %d)\n", tx.TxHash, tx.Status, tx.Block, tx.GasUsed, tx.DecisionID)
	} else {
		fmt.Fprintf(tw, "  last transaction\tnone\n")
	}
	if len(v.OpenSends) == 0 {
		fmt.Fprintf(tw, "  open sends\tnone\n")
	}
	for i, s := range v.OpenSends {
		label := ""
		if i == 0 {
			label = "open sends"
		}
		fmt.Fprintf(tw, "  %s\t%s (decision %d): %s, %d attempt(s) signed\n", label, s.Key, s.DecisionID, s.State, s.Attempts)
	}
	h := v.ConfigHashes
	fmt.Fprintf(tw, "  config hashes\n")
	fmt.Fprintf(tw, "    running (%s)\t%s\n", filepath.Base(rep.RunningConfigFile), h.Running)
	fmt.Fprintf(tw, "    last decision ran under\t%s\n", orNone(h.LastDecision))
	fmt.Fprintf(tw, "    approved at last decision\t%s\n", orNone(h.LastDecisionApproved))
	a := h.Approved
	switch a.Source {
	case approvalRegistry:
		fmt.Fprintf(tw, "    approved now\t%s (registry %s, version %d, uri %q)\n", a.Hash, a.Registry, a.Version, a.URI)
	case approvalUnreachable:
		fmt.Fprintf(tw, "    approved now\tunreachable: %s\n", a.Error)
	case approvalWrongChain:
		fmt.Fprintf(tw, "    approved now\tnot read, wrong chain: %s\n", a.Error)
	default:
		fmt.Fprintf(tw, "    approved now\tembedded chain: approval as recorded by the last decision (%s)\n", orNone(a.Hash))
	}
	verdict := "unknown"
	if h.RunningApproved != nil {
		verdict = "no: the keeper sends nothing under it"
		if *h.RunningApproved {
			verdict = "yes"
		}
	}
	fmt.Fprintf(tw, "    running config approved\t%s\n", verdict)
	return tw.Flush()
}
