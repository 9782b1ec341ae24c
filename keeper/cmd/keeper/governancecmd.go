package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

const governanceUsage = `usage: keeper governance <propose | status | execute> --config PATH [flags]

All three work on the rpc chain of the config's local part: its vault, its
ConfigRegistry (local.vault.registry) and the TimelockController that owns
the registry. propose and execute sign with the config's signer, whose key
needs the timelock's PROPOSER_ROLE (propose) or EXECUTOR_ROLE (execute):
local.signer.kind vault-kv or vault-plugin (a key held in HashiCorp Vault),
or, on a local chain only (chain id 31337 or 1337: anvil, hardhat, geth
--dev), dev with local.signer.dev.key_env naming the environment variable
that holds the hex private key. --key-env NAME signs with the dev key in
the environment variable NAME instead (local chains only). On the embedded
chain of a running ` + "`keeper run`" + ` (make run), the commands reach it through
the embedded-chain.json it writes next to local.storage.path, and sign as
the demo's governor with --key-env (make run prints the governor's key).
With --calldata neither signs nor sends:
they print the transaction for a multisig (or another wallet holding the
role) to send to the timelock, with value 0.

  propose   propose the governed part of --config for approval: prints the
            diff against the approved config (the file next to --config
            whose governed hash the registry holds) and schedules
            ConfigRegistry.setConfig on the timelock. With vault flags it
            proposes those vault changes instead, diffed against the chain:
              --add-source ADAPTER --abs-cap N --rel-cap-bps N
              --remove-source ADAPTER
              --set-caps ADAPTER --abs-cap N --rel-cap-bps N
              --min-idle-bps N  --max-loss-bps N  --fee-bps N  --cooldown DURATION
            (--abs-cap in the asset's base units). --calldata prints the
            timelock target and the schedule and execute calldata for a
            multisig instead of sending; --uri sets the document URI
            (default: the config file's name and the registry version it
            would create). A config proposal's salt includes that version,
            so a rollback to an earlier config is a new operation; --salt
            TEXT makes a repeated vault change a new one.
  status    list every timelock operation (pending, ready, executed,
            cancelled) with its ETA, the config hash it approves and its
            calls; --from-block N starts the log search there; --json.
  execute   execute the ready operation --id 0x…; --calldata prints the
            timelock and the execute calldata instead of sending.
`

// governanceFlags are the flags common to the subcommands.
type governanceFlags struct {
	fs        *flag.FlagSet
	cfgPath   *string
	fromBlock *uint64
}

func runGovernance(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, governanceUsage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	sub, rest := args[0], args[1:]
	fs := flag.NewFlagSet("keeper governance "+sub, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "config.yaml", "config file")
	fromBlock := fs.Uint64("from-block", 0, "first block to search for timelock operations")
	var (
		asJSON, calldata                          *bool
		uri, id, addSource, removeSource, setCaps *string
		salt, keyEnv                              *string
		absCap                                    *string
		relCap, minIdle, maxLoss, fee             *int64
		cooldown                                  *time.Duration
	)
	switch sub {
	case "propose":
		calldata = fs.Bool("calldata", false, "print the timelock calldata for a multisig; send nothing")
		keyEnv = fs.String("key-env", "", "sign with the dev key held in this environment variable (local chains only)")
		uri = fs.String("uri", "", "the config document's URI (default <file name>#version=<next registry version>)")
		salt = fs.String("salt", "", "mixed into the operation's salt, to propose calls that were executed before")
		addSource = fs.String("add-source", "", "vault change: add this adapter as a source")
		removeSource = fs.String("remove-source", "", "vault change: remove this source")
		setCaps = fs.String("set-caps", "", "vault change: set this source's caps")
		absCap = fs.String("abs-cap", "", "absolute cap in base units (with --add-source or --set-caps)")
		relCap = fs.Int64("rel-cap-bps", -1, "relative cap in basis points (with --add-source or --set-caps)")
		minIdle = fs.Int64("min-idle-bps", -1, "vault change: minimum idle share in basis points")
		maxLoss = fs.Int64("max-loss-bps", -1, "vault change: maximum loss per rebalance in basis points")
		fee = fs.Int64("fee-bps", -1, "vault change: performance fee in basis points")
		cooldown = fs.Duration("cooldown", -1, "vault change: cooldown between rebalances")
	case "status":
		asJSON = fs.Bool("json", false, "print JSON")
	case "execute":
		id = fs.String("id", "", "the operation id (0x…, from keeper governance status)")
		calldata = fs.Bool("calldata", false, "print the timelock calldata for a multisig; send nothing")
		keyEnv = fs.String("key-env", "", "sign with the dev key held in this environment variable (local chains only)")
	default:
		fmt.Fprintf(stderr, "keeper governance: unknown subcommand %q\n\n%s", sub, governanceUsage)
		return 2
	}
	if err := fs.Parse(rest); err != nil {
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "keeper governance %s: unexpected argument %q\n", sub, fs.Arg(0))
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "keeper governance %s: %s\n", sub, fmt.Sprintf(format, a...))
		return 2
	}

	// Vault-change flags are checked before anything touches the chain.
	var changes []func(vault common.Address) (governance.Call, error)
	var opID [32]byte
	switch sub {
	case "propose":
		addr := func(v string) (common.Address, bool) {
			if !common.IsHexAddress(v) {
				return common.Address{}, false
			}
			return common.HexToAddress(v), true
		}
		caps := func(forFlag string) (*big.Int, uint64, error) {
			n, ok := new(big.Int).SetString(*absCap, 10)
			if !ok || n.Sign() < 0 {
				return nil, 0, fmt.Errorf("--abs-cap %q: want a non-negative integer in base units (with %s)", *absCap, forFlag)
			}
			if !set["rel-cap-bps"] || *relCap < 0 {
				return nil, 0, fmt.Errorf("--rel-cap-bps %d: want 0…10000 (with %s)", *relCap, forFlag)
			}
			return n, uint64(*relCap), nil
		}
		if *addSource != "" && *setCaps != "" {
			return usageErr("--add-source and --set-caps: one source change per proposal")
		}
		if *addSource != "" {
			a, ok := addr(*addSource)
			if !ok {
				return usageErr("--add-source %q: want a 0x-prefixed 20-byte hex address", *addSource)
			}
			n, r, err := caps("--add-source")
			if err != nil {
				return usageErr("%v", err)
			}
			changes = append(changes, func(v common.Address) (governance.Call, error) { return governance.AddSource(v, a, n, r) })
		} else if *setCaps != "" {
			a, ok := addr(*setCaps)
			if !ok {
				return usageErr("--set-caps %q: want a 0x-prefixed 20-byte hex address", *setCaps)
			}
			n, r, err := caps("--set-caps")
			if err != nil {
				return usageErr("%v", err)
			}
			changes = append(changes, func(v common.Address) (governance.Call, error) { return governance.SetCaps(v, a, n, r) })
		} else if set["abs-cap"] || set["rel-cap-bps"] {
			return usageErr("--abs-cap and --rel-cap-bps go with --add-source or --set-caps")
		}
		if *removeSource != "" {
			a, ok := addr(*removeSource)
			if !ok {
				return usageErr("--remove-source %q: want a 0x-prefixed 20-byte hex address", *removeSource)
			}
			changes = append(changes, func(v common.Address) (governance.Call, error) { return governance.RemoveSource(v, a) })
		}
		for _, b := range []struct {
			name string
			v    int64
			mk   func(common.Address, uint64) (governance.Call, error)
		}{{"--min-idle-bps", *minIdle, governance.SetMinIdleBps}, {"--max-loss-bps", *maxLoss, governance.SetMaxLossBps},
			{"--fee-bps", *fee, governance.SetFee}} {
			if !set[strings.TrimPrefix(b.name, "--")] {
				continue
			}
			if b.v < 0 {
				return usageErr("%s %d: must not be negative", b.name, b.v)
			}
			mk, v := b.mk, uint64(b.v)
			changes = append(changes, func(vault common.Address) (governance.Call, error) { return mk(vault, v) })
		}
		if set["cooldown"] {
			if *cooldown < 0 {
				return usageErr("--cooldown %s: must not be negative", *cooldown)
			}
			d := *cooldown
			changes = append(changes, func(v common.Address) (governance.Call, error) { return governance.SetCooldown(v, d) })
		}
		if len(changes) > 0 && *uri != "" {
			return usageErr("--uri %q: only for a config proposal, not with vault changes", *uri)
		}
		if len(changes) == 0 && set["salt"] {
			return usageErr("--salt %q: only with vault changes (a config proposal's salt includes the registry version)", *salt)
		}
	case "execute":
		b, err := hexutil.Decode(*id)
		if err != nil || len(b) != 32 {
			return usageErr("--id %q: want the operation id as 0x and 64 hex digits", *id)
		}
		copy(opID[:], b)
	}

	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(stderr, "keeper governance %s: %v\n", sub, err)
		return 1
	}
	log := newLogger(cfg.Log, stderr)
	g, err := dialGovernance(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "keeper governance %s: %v\n", sub, err)
		return 1
	}
	defer g.client.Close()
	g.signer = cfg.Signer
	switch {
	case keyEnv != nil && *keyEnv != "":
		g.signer = config.Signer{Kind: config.SignerDev, Dev: config.DevSigner{KeyEnv: *keyEnv}}
		if err := g.signer.Validate("--key-env"); err != nil {
			return usageErr("%v", err)
		}
	case cfg.Chain.Kind == config.ChainEmbedded && sub != "status" && !*calldata:
		return usageErr("the embedded chain's keeper key cannot govern: sign as the demo's governor with --key-env NAME, " +
			"NAME being an environment variable holding the governor key that make run printed")
	}
	switch sub {
	case "propose":
		err = g.propose(ctx, cfg, *cfgPath, *uri, *salt, changes, *calldata, log, stdout)
	case "status":
		err = g.status(ctx, *fromBlock, *asJSON, stdout)
	case "execute":
		err = g.execute(ctx, cfg, opID, *fromBlock, *calldata, log, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "keeper governance %s: %v\n", sub, err)
		return 1
	}
	return 0
}

// governanceChain is the chain side of governance for one config.
type governanceChain struct {
	client   *chainConn
	chainID  *big.Int
	vault    common.Address
	registry *governance.Registry
	timelock *governance.Timelock
	// signer signs proposals and executions: the config's, or --key-env's.
	signer config.Signer
}

func dialGovernance(ctx context.Context, cfg *config.Config) (*governanceChain, error) {
	rawURL, vault, regAddr := cfg.Chain.RPCURL, common.HexToAddress(cfg.Vault.Address), common.HexToAddress(cfg.Vault.Registry)
	if cfg.Chain.Kind == config.ChainEmbedded {
		// The embedded chain lives inside a running keeper, which says
		// where it serves and what it deployed.
		info, err := devchain.ReadInfo(filepath.Dir(cfg.Storage.Path))
		if err != nil {
			return nil, fmt.Errorf("local.chain.kind %q: %w", cfg.Chain.Kind, err)
		}
		rawURL, vault, regAddr = info.RPCURL, info.Vault, info.Registry
	}
	// The URL may carry credentials (userinfo, an API key in the path or
	// query): errors show it redacted.
	rpcURL := config.RedactURL(rawURL)
	var cl *chainConn
	if cfg.Chain.Kind == config.ChainRPC {
		// local.chain's nodes, each checked to be on local.chain.chain_id:
		// nothing is proposed, executed or signed on a chain the config
		// was not written for.
		var err error
		if cl, err = dialNodes(ctx, cfg.Chain, nil, nil, nil); err != nil {
			return nil, err
		}
	} else {
		ec, err := dialChain(ctx, rawURL, cfg.Chain, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("connecting to the embedded chain at %s: %w", rpcURL, err)
		}
		cl = &chainConn{Client: ec}
	}
	g := &governanceChain{client: cl, vault: vault}
	fail := func(err error) (*governanceChain, error) { cl.Close(); return nil, err }
	var err error
	if g.chainID, err = cl.ChainID(ctx); err != nil {
		return fail(fmt.Errorf("reading the chain id: %w", err))
	}
	if g.registry, err = governance.NewRegistry(regAddr, cl.Client); err != nil {
		return fail(err)
	}
	owner, err := bindings.NewConfigRegistryCaller(regAddr, cl.Client)
	if err != nil {
		return fail(err)
	}
	tl, err := owner.Owner(&bind.CallOpts{Context: ctx})
	if err != nil {
		return fail(fmt.Errorf("reading the owner (timelock) of the config registry %s: %w", regAddr.Hex(), err))
	}
	if g.timelock, err = governance.NewTimelock(tl, cl.Client); err != nil {
		return fail(err)
	}
	return g, nil
}

func (g *governanceChain) propose(ctx context.Context, cfg *config.Config, cfgPath, uri, salt string,
	changes []func(common.Address) (governance.Call, error), calldata bool, log *slog.Logger, stdout io.Writer) error {
	var (
		p   governance.Proposal
		err error
	)
	if len(changes) == 0 {
		abs, err := filepath.Abs(cfgPath)
		if err != nil {
			return err
		}
		approved, err := g.registry.Approved(ctx)
		if err != nil {
			return err
		}
		if uri == "" {
			uri = fmt.Sprintf("%s#version=%d", filepath.Base(abs), approved.Version+1)
		}
		hash := cfg.GovernedHash()
		if approved.Hash == hash {
			return fmt.Errorf("the governed part of %s (%s) is already the approved one", cfgPath, hexutil.Encode(hash[:]))
		}
		fmt.Fprintf(stdout, "config proposal: governed hash %s → %s\n", hexutil.Encode(approved.Hash[:]), hexutil.Encode(hash[:]))
		if path, old, ferr := governance.FindApproved(filepath.Dir(abs), approved.Hash); ferr == nil {
			fmt.Fprintf(stdout, "changes against the approved %s:\n", path)
			fmt.Fprint(stdout, indent(governance.FormatChanges(governance.DiffGoverned(old.Governed, cfg.Governed))))
		} else {
			fmt.Fprintf(stdout, "no file next to %s has the approved hash (%v); the proposed governed part:\n  %s\n", cfgPath, ferr, cfg.Governed.Canonical())
		}
		if p, err = governance.ConfigProposal(g.registry.Address(), cfg, uri); err != nil {
			return err
		}
		// The registry version the proposal would create is in the salt: the
		// same config proposed twice for one version is one operation, and a
		// rollback to an earlier config is a new one.
		derived := p.Salt()
		p = p.WithSalt(crypto.Keccak256Hash(derived[:], new(big.Int).SetUint64(approved.Version+1).Bytes()))
	} else {
		calls := make([]governance.Call, 0, len(changes))
		for _, mk := range changes {
			c, err := mk(g.vault)
			if err != nil {
				return err
			}
			calls = append(calls, c)
		}
		if p, err = governance.NewProposal("vault changes", calls...); err != nil {
			return err
		}
		if salt != "" {
			derived := p.Salt()
			p = p.WithSalt(crypto.Keccak256Hash(derived[:], []byte(salt)))
		}
		diff, err := governance.DiffProposal(ctx, g.client, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "vault proposal for %s:\n", g.vault.Hex())
		fmt.Fprint(stdout, indent(governance.FormatChanges(diff)))
	}
	if calldata {
		cd, err := g.timelock.Calldata(ctx, p)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "operation %s (delay %s); send to the timelock %s:\nschedule calldata: %s\nexecute calldata (once ready): %s\n",
			hexutil.Encode(cd.ID[:]), cd.Delay, cd.Timelock.Hex(), hexutil.Encode(cd.Schedule), hexutil.Encode(cd.Execute))
		return nil
	}
	s, err := openSigner(ctx, g.signer, g.chainID, log)
	if err != nil {
		return err
	}
	defer s.Close()
	opID, tx, err := g.timelock.Schedule(ctx, governance.TransactOpts(ctx, s, g.chainID), p)
	if err != nil {
		return err
	}
	if err := g.waitMined(ctx, cfg, tx.Hash()); err != nil {
		return fmt.Errorf("scheduling operation %s: %w", hexutil.Encode(opID[:]), err)
	}
	_, eta, err := g.timelock.State(ctx, opID)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "scheduled operation %s in transaction %s; ready at %s\n", hexutil.Encode(opID[:]), tx.Hash().Hex(), eta.UTC().Format(time.RFC3339))
	return nil
}

// waitMined waits up to rebalance.receipt_timeout for a successful receipt.
func (g *governanceChain) waitMined(ctx context.Context, cfg *config.Config, h common.Hash) error {
	wctx, cancel := context.WithTimeout(ctx, cfg.Rebalance.ReceiptTimeout.D())
	defer cancel()
	for {
		r, err := g.client.TransactionReceipt(wctx, h)
		if err == nil {
			if r.Status != 1 {
				return fmt.Errorf("transaction %s reverted", h.Hex())
			}
			return nil
		}
		select {
		case <-wctx.Done():
			return fmt.Errorf("transaction %s not mined within %s: %w", h.Hex(), cfg.Rebalance.ReceiptTimeout.D(), wctx.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func indent(s string) string {
	if s == "" {
		return "  (no change)\n"
	}
	var b strings.Builder
	for _, l := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.WriteString("  " + l + "\n")
	}
	return b.String()
}

// operationJSON is one operation in `status --json`.
type operationJSON struct {
	ID             string     `json:"id"`
	State          string     `json:"state"`
	ETA            time.Time  `json:"eta"`
	ConfigHash     string     `json:"config_hash,omitempty"`
	ScheduledBlock uint64     `json:"scheduled_block"`
	ScheduledTx    string     `json:"scheduled_tx"`
	Calls          []callJSON `json:"calls"`
}

type callJSON struct {
	Target      string `json:"target"`
	Value       string `json:"value"`
	Data        string `json:"data"`
	Description string `json:"description"`
}

func (g *governanceChain) status(ctx context.Context, fromBlock uint64, asJSON bool, stdout io.Writer) error {
	ops, err := g.timelock.Status(ctx, fromBlock)
	if err != nil {
		return err
	}
	out := make([]operationJSON, len(ops))
	for i, op := range ops {
		o := operationJSON{ID: hexutil.Encode(op.ID[:]), State: op.State.String(), ETA: op.ETA.UTC(),
			ScheduledBlock: op.ScheduledBlock, ScheduledTx: op.ScheduledTx.Hex(), Calls: make([]callJSON, len(op.Calls))}
		if op.ConfigHash != ([32]byte{}) {
			o.ConfigHash = hexutil.Encode(op.ConfigHash[:])
		}
		for j, c := range op.Calls {
			v := "0"
			if c.Value != nil {
				v = c.Value.String()
			}
			o.Calls[j] = callJSON{Target: c.Target.Hex(), Value: v, Data: hexutil.Encode(c.Data), Description: c.Description}
		}
		out[i] = o
	}
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTATE\tETA\tCONFIG HASH\tCALLS")
	for _, o := range out {
		descs := make([]string, len(o.Calls))
		for j, c := range o.Calls {
			descs[j] = c.Description
		}
		ch := o.ConfigHash
		if ch == "" {
			ch = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", o.ID, o.State, o.ETA.Format(time.RFC3339), ch, strings.Join(descs, "; "))
	}
	return tw.Flush()
}

// execute executes operation id, found among the operations scheduled
// since fromBlock; with calldata it prints the execute transaction for a
// multisig (to the timelock, value 0) and sends nothing.
func (g *governanceChain) execute(ctx context.Context, cfg *config.Config, id [32]byte, fromBlock uint64, calldata bool, log *slog.Logger, stdout io.Writer) error {
	ops, err := g.timelock.Status(ctx, fromBlock)
	if err != nil {
		return err
	}
	var op *governance.Operation
	for i := range ops {
		if ops[i].ID == id {
			op = &ops[i]
			break
		}
	}
	if op == nil {
		return fmt.Errorf("--id %s: no such operation scheduled since block %d", hexutil.Encode(id[:]), fromBlock)
	}
	p, err := governance.NewProposal("execute "+hexutil.Encode(id[:]), op.Calls...)
	if err != nil {
		return err
	}
	if p = p.WithSalt(op.Salt); p.ID() != id {
		got := p.ID()
		return fmt.Errorf("--id %s: its scheduled calls and salt give id %s (a predecessor?); execute it with its proposer's calldata", hexutil.Encode(id[:]), hexutil.Encode(got[:]))
	}
	if calldata {
		// A waiting operation's calldata can be prepared; one that was
		// executed or cancelled would only revert.
		if op.State != governance.OpWaiting && op.State != governance.OpReady {
			return fmt.Errorf("--id %s: the operation is %s: there is nothing to execute", hexutil.Encode(id[:]), op.State)
		}
		cd, err := g.timelock.Calldata(ctx, p)
		if err != nil {
			return err
		}
		state := op.State.String()
		if !op.ETA.IsZero() {
			state += ", ready at " + op.ETA.UTC().Format(time.RFC3339)
		}
		fmt.Fprintf(stdout, "operation %s (%s); send to the timelock %s, value 0:\nexecute calldata: %s\n",
			hexutil.Encode(cd.ID[:]), state, cd.Timelock.Hex(), hexutil.Encode(cd.Execute))
		return nil
	}
	s, err := openSigner(ctx, g.signer, g.chainID, log)
	if err != nil {
		return err
	}
	defer s.Close()
	tx, err := g.timelock.Execute(ctx, governance.TransactOpts(ctx, s, g.chainID), p)
	if err != nil {
		return err
	}
	if err := g.waitMined(ctx, cfg, tx.Hash()); err != nil {
		return fmt.Errorf("executing operation %s: %w", hexutil.Encode(id[:]), err)
	}
	fmt.Fprintf(stdout, "executed operation %s in transaction %s\n", hexutil.Encode(id[:]), tx.Hash().Hex())
	return nil
}
