// Command keeper keeps an ERC-4626 vault's deposits allocated across its
// yield sources.
//
//	keeper run     --config config.yaml   keep the config's vault (and local.fleet.vaults) on their cron schedules
//	keeper once    --config config.yaml [--vault NAME] [--dry-run]   run one tick of a vault now
//	keeper history --config config.yaml [--vault NAME] [--json] [--limit N]   decisions and transactions
//	keeper status  --config config.yaml [--vault NAME] [--json]   allocation, last decision, next tick, config hashes
//	keeper explain --config config.yaml [--vault NAME] [--json] [DECISION-ID]   why a decision was made
//	keeper backtest --data DIR [--json] [--report DIR]   replay histories with strategies
//	keeper train   --data DIR --out FILE [--until DATE] [--json]   train the RL model file
//	keeper shadow report --config config.yaml [--json] [--since DATE]   RL's shadow record against meanvar's, and the promotion verdict
//	keeper config  hash|canonical --config config.yaml   the governed part's hash or encoding
//	keeper governance propose|status|execute --config config.yaml ...   governance proposals
//	keeper deploy --spec SPEC --out DIR [--dry-run] | deploy verify   deploy a governed vault
//	keeper version (or --version)   version, commit and contract artifacts' hash
//
// run, once and history take --log-format text|json to override the config.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: keeper <command> [flags]

commands:
  run       run ticks on the configured cron schedule until SIGINT/SIGTERM
  once      run one tick now (--dry-run decides and prints but sends nothing)
  history   list a vault's decisions and transactions (--json for JSON, --limit N, --vault NAME)
  status    each vault's allocation, last decision, next tick and config hashes (keeper status --help)
  explain   inputs, optimizer result and rule behind a decision (keeper explain --help)
  backtest  replay yield histories with strategies (keeper backtest --help)
  train     train the RL model file for local.model_file (keeper train --help)
  shadow    report: RL's shadow record against meanvar's, with the promotion rule (keeper shadow --help)
  config    print the governed part's hash or canonical encoding (keeper config --help)
  governance  propose, list and execute governance proposals (keeper governance --help)
  deploy    deploy a governed vault on a chain, or verify a deployment (keeper deploy --help)
  version   the version, commit and contract artifacts' hash (also keeper --version)

flags (run, once, history; the others take --config and their own, see --help):
  --config PATH        config file (default config.yaml)
  --log-format FORMAT  text or json (default: the config's log.format)
  --vault NAME         history, once: the vault of that name, when the config
                       keeps several (local.fleet.vaults)
`

// run is the whole program; it returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (code int) {
	// Everything printed is scrubbed of the config's secrets (output.go),
	// a panic included.
	outW, errW := scrubbedOutput(args, stdout, stderr)
	stdout, stderr = outW, errW
	defer recoverPanic(&code, outW, errW)
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, rest := args[0], args[1:]
	fs := flag.NewFlagSet("keeper "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "config.yaml", "config file")
	logFormat := fs.String("log-format", "", "log format: text or json (overrides log.format)")
	var dryRun, asJSON *bool
	var limit *int
	var vaultName *string
	switch cmd {
	case "version", "--version":
		return runVersion(rest, stdout, stderr)
	case "config":
		return runConfig(rest, stdout, stderr)
	case "governance":
		return runGovernance(ctx, rest, stdout, stderr)
	case "backtest":
		return runBacktest(ctx, rest, stdout, stderr)
	case "train":
		return runTrain(ctx, rest, stdout, stderr)
	case "shadow":
		return runShadow(ctx, rest, stdout, stderr)
	case "status":
		return runStatus(ctx, rest, stdout, stderr)
	case "explain":
		return runExplain(ctx, rest, stdout, stderr)
	case "deploy":
		return runDeploy(ctx, rest, stdout, stderr)
	case "run":
	case "once":
		dryRun = fs.Bool("dry-run", false, "decide and print, send nothing")
		vaultName = vaultFlag(fs)
	case "history":
		asJSON = fs.Bool("json", false, "print JSON")
		limit = fs.Int("limit", 50, "how many decisions, newest first")
		vaultName = vaultFlag(fs)
	default:
		fmt.Fprintf(stderr, "keeper: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err := fs.Parse(rest); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "keeper %s: unexpected argument %q\n", cmd, fs.Arg(0))
		return 2
	}
	if limit != nil && *limit <= 0 {
		fmt.Fprintf(stderr, "keeper history: --limit %d: must be positive\n", *limit)
		return 2
	}
	var kept []config.Kept
	var err error
	if cmd == "once" {
		// One tick is one vault's, chosen as the views choose theirs.
		var v viewedVault
		if v, err = oneViewedVault(*cfgPath, *vaultName); err == nil {
			kept = []config.Kept{v.Kept}
		}
	} else {
		kept, err = config.LoadFleet(*cfgPath)
	}
	if err != nil {
		fmt.Fprintf(stderr, "keeper: %v\n", err)
		if errors.As(err, new(usageError)) {
			return 2
		}
		return 1
	}
	cfg := kept[0].Config
	if *logFormat != "" {
		if *logFormat != "text" && *logFormat != "json" {
			fmt.Fprintf(stderr, "keeper: --log-format %q: want text or json\n", *logFormat)
			return 2
		}
		for _, k := range kept {
			k.Config.Log.Format = *logFormat
		}
	}
	log := newLogger(cfg.Log, stderr)
	if cmd == "run" || cmd == "once" {
		// The first SIGINT/SIGTERM lets the running tick finish; a second
		// one stops at once.
		defer daemon.ExitOnSecondSignal(ctx, log, func(code int) { flushOutput(stdout, stderr); os.Exit(code) })()
	}

	switch cmd {
	case "history":
		return runHistory(ctx, *cfgPath, *vaultName, *limit, *asJSON, log, stdout, stderr)
	case "once":
		err = once(ctx, cfg, kept[0].Path, *dryRun, log, stdout)
	case "run":
		err = runDaemon(ctx, kept, log, stdout)
	}
	if err != nil {
		log.Error("keeper "+cmd+" failed", "err", err)
		return 1
	}
	return 0
}

func newLogger(c config.Log, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level))
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// flushOutput flushes the writers that hold text back (the secret
// scrubber's), before the process exits without returning from run.
func flushOutput(ws ...io.Writer) {
	for _, w := range ws {
		if f, ok := w.(interface{ Flush() error }); ok {
			f.Flush()
		}
	}
}

// openStore opens local.storage for the keeper that holds its lock.
func openStore(ctx context.Context, cfg *config.Config, log *slog.Logger) (*store.Store, error) {
	st, err := openConfiguredStore(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := installCrashTest(st, log); err != nil {
		st.Close()
		return nil, err
	}
	return st, nil
}

func once(ctx context.Context, cfg *config.Config, cfgPath string, dryRun bool, log *slog.Logger, stdout io.Writer) (err error) {
	var st *store.Store
	if dryRun {
		// A dry run takes no lock and touches no running keeper's history
		// or ports: it records into a scratch copy of the history (deleted
		// afterwards), and the embedded chain it starts serves no JSON-RPC.
		dry := *cfg
		dry.Chain.Embedded.RPCAddr = ""
		dry.Metrics.Address = ""
		cfg = &dry
		if cfg.Storage.Postgres() {
			// A scratch copy is of a SQLite file; copying a shared
			// PostgreSQL history is not done (yet).
			return fmt.Errorf("once --dry-run: local.storage.kind %q is not supported: a dry run records into a scratch copy of a SQLite history", cfg.Storage.Kind)
		}
		var remove func() error
		if st, remove, err = store.OpenScratchCopy(cfg.Storage.Path); err != nil {
			return fmt.Errorf("local.storage.path %q: copying the history for the dry run: %w", cfg.Storage.Path, err)
		}
		defer func() { err = errors.Join(err, remove()) }()
	} else {
		if !cfg.Storage.Postgres() {
			lock, err := lockStore(cfg)
			if err != nil {
				return err
			}
			defer lock.Release()
		}
		if st, err = openStore(ctx, cfg, log); err != nil {
			return err
		}
		defer st.Close()
	}
	env, err := setup(ctx, context.WithoutCancel(ctx), cfg, cfgPath, st, log, nil, nil)
	if err != nil {
		return err
	}
	defer env.Close()
	if chainID, from, ok := env.rebalancer.Sender(); ok && cfg.Storage.Postgres() && !dryRun {
		// On a shared history a single tick sends only while no keeper
		// leads for its (chain, signing key): it takes the lease for the
		// tick, or stops naming the holder.
		l := &leadership{st: st, name: leaseName(chainID, from), holder: newHolderID(), ttl: cfg.Storage.LeaseTTL.D(), log: log}
		lease, err := st.AcquireLease(ctx, l.name, l.holder, l.ttl)
		if err != nil {
			return fmt.Errorf("keeper once sends nothing: %w", err)
		}
		st.SetFence(lease)
		defer l.release(lease)
	}
	// A call the node never answers ends the tick (config.TickDeadline).
	tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.TickDeadline())
	defer cancel()
	out, err := env.rebalancer.Tick(tctx, dryRun)
	if out.Decision.Action != "" {
		fmt.Fprint(stdout, rebalancer.Summary(out))
	}
	return err
}
