// Command keeper keeps an ERC-4626 vault's deposits allocated across its
// yield sources.
//
//	keeper run     --config config.yaml   run ticks on the configured cron schedule
//	keeper once    --config config.yaml [--dry-run]   run one tick now
//	keeper history --config config.yaml [--json] [--limit N]   decisions and transactions
//	keeper status  --config config.yaml [--json]   allocation, last decision, next tick, config hashes
//	keeper explain --config config.yaml [--json] [DECISION-ID]   why a decision was made
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
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/metrics"
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
  history   list decisions and transactions (--json for JSON)
  status    the vault's allocation, last decision, next tick and config hashes (keeper status --help)
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
	case "history":
		asJSON = fs.Bool("json", false, "print JSON")
		limit = fs.Int("limit", 50, "how many decisions, newest first")
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
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		fmt.Fprintf(stderr, "keeper: %v\n", err)
		return 1
	}
	if *logFormat != "" {
		if *logFormat != "text" && *logFormat != "json" {
			fmt.Fprintf(stderr, "keeper: --log-format %q: want text or json\n", *logFormat)
			return 2
		}
		cfg.Log.Format = *logFormat
	}
	log := newLogger(cfg.Log, stderr)
	if cmd == "run" || cmd == "once" {
		// The first SIGINT/SIGTERM lets the running tick finish; a second
		// one stops at once.
		defer daemon.ExitOnSecondSignal(ctx, log, func(code int) { flushOutput(stdout, stderr); os.Exit(code) })()
	}

	switch cmd {
	case "history":
		err = history(ctx, cfg, *limit, *asJSON, stdout)
	case "once":
		err = once(ctx, cfg, *cfgPath, *dryRun, log, stdout)
	case "run":
		err = runDaemon(ctx, cfg, *cfgPath, log, stdout)
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

// keeperEnv is everything a tick needs, wired from the config.
type keeperEnv struct {
	store      *store.Store
	rebalancer *rebalancer.Rebalancer
	chain      *devchain.Chain // nil on an rpc chain
	registry   *governance.Registry
	// sources maps the vault's sources to a config's entries.
	sources  func(cfg *config.Config) map[common.Address]config.Source
	closeFns []func()
}

func (e *keeperEnv) Close() {
	for i := len(e.closeFns) - 1; i >= 0; i-- {
		e.closeFns[i]()
	}
}

// setup connects the chain (and the signer) and wires the rebalancer over
// st, reporting to met (nil: no metrics). On the embedded chain, blocks are
// produced until chainCtx is done. Errors that retrying cannot fix are
// marked daemon.Permanent; the others (the node or HashiCorp Vault
// unreachable, timing out, sealed: transientStartup) are worth retrying.
func setup(ctx, chainCtx context.Context, cfg *config.Config, cfgPath string, st *store.Store, log *slog.Logger, met rebalancer.Metrics) (*keeperEnv, error) {
	env := &keeperEnv{store: st}
	fail := func(err error) (*keeperEnv, error) {
		env.Close()
		return nil, err
	}
	p := rebalancer.Params{Config: cfg, Store: st, Log: log, Sources: map[common.Address]config.Source{}, ConfigHash: cfg.GovernedHash(),
		Metrics: met}
	if cfg.Optimizer.UsesRL() {
		// Before the chain: a model file that is not the approved one is
		// the operator's to fix.
		m, err := cfg.LoadModel()
		if err != nil {
			return fail(daemon.Permanent(fmt.Errorf("governed.optimizer.strategy %s: %w", cfg.Optimizer.Strategy, err)))
		}
		p.Model = m
	}
	switch cfg.Chain.Kind {
	case config.ChainEmbedded:
		// The embedded chain is in-process: nothing about it gets better
		// by waiting.
		log.Info("starting embedded chain and deploying the market", "pools", len(cfg.Chain.Embedded.Pools))
		ch, err := devchain.Start(ctx, cfg.Chain.Embedded, cfg.Sources, log)
		if err != nil {
			return fail(daemon.Permanent(err))
		}
		env.chain = ch
		env.closeFns = append(env.closeFns, func() { ch.Close() })
		runCtx, stopChain := context.WithCancel(chainCtx)
		done := make(chan struct{})
		go func() { ch.Run(runCtx); close(done) }()
		env.closeFns = append(env.closeFns, func() { stopChain(); <-done })
		p.Chain, p.Vault = ch.Client, ch.Vault
		env.sources = func(c *config.Config) map[common.Address]config.Source { return ch.SourceConfigs(c.Sources) }
		// The embedded demo's governance approves the config the keeper
		// starts with; on a real chain only governance does.
		if err := ch.ApproveConfig(ctx, cfg.GovernedHash(), "file://"+cfgPath); err != nil {
			return fail(daemon.Permanent(fmt.Errorf("embedded chain: approving the config: %w", err)))
		}
		if env.registry, err = governance.NewRegistry(ch.Registry, ch.Client); err != nil {
			return fail(daemon.Permanent(err))
		}
		if cfg.Signer.Kind == config.SignerDev {
			p.Signer = ch.Keeper
		}
		attrs := []any{"chain_id", devchain.ChainID, "vault", ch.Vault.Hex(), "asset", ch.Token.Hex(), "keeper", ch.Keeper.Address().Hex()}
		if ch.RPCURL != "" {
			attrs = append(attrs, "rpc", ch.RPCURL)
		}
		for _, pool := range ch.Pools {
			attrs = append(attrs, slog.Group(pool.Config.Name, "pool", pool.Address.Hex(), "adapter", pool.Adapter.Hex()))
		}
		log.Info("embedded chain ready", attrs...)
	case config.ChainRPC:
		// Before anything reads the vault or signs: every node must be on
		// local.chain.chain_id.
		obs, _ := met.(chainrpc.HealthObserver)
		retries, _ := met.(chainrpc.Metrics)
		cl, err := dialNodes(ctx, cfg.Chain, log, obs, retries)
		if err != nil {
			return fail(err)
		}
		env.closeFns = append(env.closeFns, cl.Close)
		p.Chain, p.Vault = cl.Client, common.HexToAddress(cfg.Vault.Address)
		if unsettled, version := unsettledHead(ctx, cl.Client.Client()); unsettled {
			p.UnsettledHead = true
			log.Info("the node's head state is unsettled while it mines: reading the vault at the head's parent and simulating sends against the pending block",
				"client", version)
		}
		env.sources = func(c *config.Config) map[common.Address]config.Source {
			m := make(map[common.Address]config.Source, len(c.Sources))
			for _, s := range c.Sources {
				m[common.HexToAddress(s.Address)] = s
			}
			return m
		}
		if env.registry, err = governance.NewRegistry(common.HexToAddress(cfg.Vault.Registry), cl.Client); err != nil {
			return fail(daemon.Permanent(err))
		}
	default:
		return fail(daemon.Permanent(fmt.Errorf("chain.kind %q: unknown chain", cfg.Chain.Kind)))
	}
	p.Sources, p.Approvals = env.sources(cfg), env.registry
	if cfg.Chain.Kind == config.ChainRPC && cfg.Signer.Kind != config.SignerNone {
		s, err := chainSigner(ctx, cfg.Signer, p.Chain, log)
		if err != nil {
			return fail(permanentUnlessTransient(err))
		}
		env.closeFns = append(env.closeFns, s.Close)
		p.Signer = s
	}
	rb, err := rebalancer.New(ctx, p)
	if err != nil {
		return fail(permanentUnlessTransient(err))
	}
	env.rebalancer = rb
	return env, nil
}

// vaultHTTP5xx is how keeper/signer reports HashiCorp Vault's server errors.
var vaultHTTP5xx = regexp.MustCompile(`HTTP 5\d\d from Vault`)

// transientStartup reports whether an error met while setting up may go
// away by itself: the chain's node unreachable, timing out, rate limiting
// or answering HTTP 5xx; HashiCorp Vault unreachable, sealed or answering
// HTTP 5xx. Everything else (a refused credential, a dev key on a public
// chain, a missing key, a contract call that reverts) needs the operator.
func transientStartup(err error) bool {
	if errors.Is(err, chainrpc.ErrNoProvider) || errors.Is(err, chainrpc.ErrDisagreement) {
		// No node reachable, or nodes that disagree: either may pass.
		return true
	}
	switch metrics.RPCErrorClass(err) {
	case metrics.RPCTimeout, metrics.RPCNetwork, metrics.RPCRateLimited:
		return true
	case metrics.RPCHTTP:
		var he rpc.HTTPError
		var hp *rpc.HTTPError
		switch {
		case errors.As(err, &he):
			return he.StatusCode >= 500
		case errors.As(err, &hp) && hp != nil:
			return hp.StatusCode >= 500
		}
	}
	switch metrics.SignerErrorClass(err) {
	case metrics.SignerSealed, metrics.SignerUnreachable:
		return true
	}
	return vaultHTTP5xx.MatchString(err.Error())
}

// permanentUnlessTransient marks err daemon.Permanent unless
// transientStartup says waiting may help.
func permanentUnlessTransient(err error) error {
	if transientStartup(err) {
		return err
	}
	return daemon.Permanent(err)
}

// lockStore takes local.storage.path's lock (store.TryLock): one keeper
// process per database. The refusal names the holder's pid.
func lockStore(cfg *config.Config) (*store.Lock, error) {
	l, err := store.TryLock(cfg.Storage.Path)
	var locked *store.LockedError
	switch {
	case errors.As(err, &locked):
		return nil, fmt.Errorf("local.storage.path %w", err)
	case err != nil:
		return nil, fmt.Errorf("local.storage.path %q: %w", cfg.Storage.Path, err)
	}
	return l, nil
}

// openStore opens local.storage.path for the keeper that holds its lock.
func openStore(cfg *config.Config, log *slog.Logger) (*store.Store, error) {
	st, err := store.Open(cfg.Storage.Path)
	if err != nil {
		return nil, fmt.Errorf("opening local.storage.path %q: %w", cfg.Storage.Path, err)
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
		var remove func() error
		if st, remove, err = store.OpenScratchCopy(cfg.Storage.Path); err != nil {
			return fmt.Errorf("local.storage.path %q: copying the history for the dry run: %w", cfg.Storage.Path, err)
		}
		defer func() { err = errors.Join(err, remove()) }()
	} else {
		lock, err := lockStore(cfg)
		if err != nil {
			return err
		}
		defer lock.Release()
		if st, err = openStore(cfg, log); err != nil {
			return err
		}
		defer st.Close()
	}
	env, err := setup(ctx, context.WithoutCancel(ctx), cfg, cfgPath, st, log, nil)
	if err != nil {
		return err
	}
	defer env.Close()
	// A call the node never answers ends the tick (config.TickDeadline).
	tctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.TickDeadline())
	defer cancel()
	out, err := env.rebalancer.Tick(tctx, dryRun)
	if out.Decision.Action != "" {
		fmt.Fprint(stdout, rebalancer.Summary(out))
	}
	return err
}

func runDaemon(ctx context.Context, cfg *config.Config, cfgPath string, log *slog.Logger, stdout io.Writer) (err error) {
	// One keeper per database: a second one stops here, naming the first.
	lock, err := lockStore(cfg)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, lock.Release()) }()
	// Metrics and health checks are served from before setup (a taken
	// metrics.address fails start-up) until after the last tick.
	srv, err := startMetrics(ctx, cfg, log)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, srv.Close()) }()
	st, err := openStore(cfg, log)
	if err != nil {
		return err
	}
	defer st.Close()
	// The transparency page shows the running config: the --config file's
	// until governance switches to another (follow).
	var running atomic.Pointer[config.Config]
	running.Store(cfg)
	srv.mountPage(st, running.Load, log, stdout)
	// While the node or HashiCorp Vault cannot be reached, setup is retried
	// with backoff (/readyz says "starting"); errors it marks permanent stop
	// the keeper, and so does SIGINT/SIGTERM. The chain keeps producing
	// blocks until the daemon has finished its last tick, so a rebalance in
	// flight at shutdown can still be mined.
	var env *keeperEnv
	err = daemon.Retry(ctx, log, "setting up", daemon.StartupBackoff, func(ctx context.Context) (err error) {
		env, err = setup(ctx, context.WithoutCancel(ctx), cfg, cfgPath, st, log, srv.rebalancerMetrics())
		return err
	})
	if err != nil {
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			log.Info("keeper stopped before it was set up", "err", err)
			return nil
		}
		return err
	}
	defer env.Close()
	if env.chain != nil {
		if err := announceDemo(env.chain, cfg, stdout); err != nil {
			return err
		}
		defer devchain.RemoveInfo(filepath.Dir(cfg.Storage.Path))
	}
	srv.setUp()
	// Governance: before each tick the approved config hash is read; when
	// it is not the running config's, the config directory is searched for
	// the file that has it, and the keeper switches to that file's governed
	// part without a restart (the local part stays the running one). Until
	// such a file appears, the rebalancer refuses to act.
	watcher := &governance.Watcher{Dir: filepath.Dir(cfgPath), Registry: env.registry}
	var schedMu sync.Mutex
	schedule := cfg.Schedule
	tickDeadline := cfg.TickDeadline()
	follow := func(tctx context.Context) {
		a, path, next, err := watcher.Check(tctx, env.rebalancer.ConfigHash())
		switch {
		case next != nil:
			if err := env.rebalancer.Reconfigure(next.Governed, env.sources(next)); err != nil {
				log.Error("cannot switch to the approved config", "file", path, "approved", hexutil.Encode(a.Hash[:]), "err", err)
				return
			}
			log.Info("switched to the approved config", "file", path, "config_hash", hexutil.Encode(a.Hash[:]), "version", a.Version)
			schedMu.Lock()
			schedule = next.Schedule
			tickDeadline = next.TickDeadline()
			schedMu.Unlock()
			now := *cfg
			now.Governed = next.Governed
			running.Store(&now)
			if err := srv.configChanged(&now); err != nil {
				log.Error("re-deriving the health check's tick staleness", "err", err)
			}
		case err != nil:
			log.Warn("the approved config is not loaded", "err", err)
		}
	}
	follow(ctx)
	// The database file deleted, moved or replaced under the keeper
	// (store.ErrFileChanged, checked before each tick and each write) stops
	// it: it would go on writing into a file no one reads.
	runCtx, stopRun := context.WithCancelCause(ctx)
	defer stopRun(nil)
	storageGone := func(err error) {
		log.Error("stopping: the history database changed under the keeper", "err", err)
		stopRun(fmt.Errorf("local.storage.path %q: %w", cfg.Storage.Path, err))
	}
	tick := func(tctx context.Context) {
		if err := st.CheckFile(); err != nil {
			storageGone(err)
			return
		}
		// A call the node never answers ends the tick, not the keeper
		// (local.chain.tick_deadline; config.TickDeadline).
		schedMu.Lock()
		deadline := tickDeadline
		schedMu.Unlock()
		tctx, cancel := context.WithTimeout(tctx, deadline)
		defer cancel()
		follow(tctx)
		start := time.Now()
		_, err := env.rebalancer.Tick(tctx, false)
		if err != nil {
			log.Error("tick failed", "err", err)
		}
		srv.tickDone(time.Since(start), err)
		if errors.Is(err, store.ErrFileChanged) {
			storageGone(err)
		}
	}
	err = daemon.RunSchedule(runCtx, func() string { schedMu.Lock(); defer schedMu.Unlock(); return schedule }, tick, log)
	if cause := context.Cause(runCtx); errors.Is(cause, store.ErrFileChanged) {
		return cause
	}
	return err
}

func history(ctx context.Context, cfg *config.Config, limit int, asJSON bool, stdout io.Writer) error {
	st, err := openHistory(cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	entries, err := st.History(ctx, limit)
	if err != nil {
		return err
	}
	if asJSON {
		if entries == nil {
			entries = []store.HistoryEntry{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(entries)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTIME\tBLOCK\tACTION\tGAIN/YR\tGAS COST\tTX\tSTATUS\tGAS USED\tSEND\tREASON")
	for _, e := range entries {
		d := e.Decision
		action := d.Action
		if d.DryRun {
			action += " (dry run)"
		}
		tx, status, gasUsed := "-", "-", "-"
		if n := len(e.Transactions); n > 0 {
			last := e.Transactions[n-1]
			tx, status, gasUsed = last.Hash, last.Status, fmt.Sprint(last.GasUsed)
		}
		send := "-"
		if n := len(e.Sends); n > 0 {
			// The journal's view: the last send's state and how many
			// attempts (fee bumps included) were signed for it.
			last := e.Sends[n-1]
			send = fmt.Sprintf("%s, %d attempt(s)", last.State, len(last.Attempts))
		}
		reason := d.Reason
		if sh := d.RLShadow; sh != nil {
			// optimizer.strategy shadow: what the RL model would have done.
			what := "hold"
			if sh.Trade {
				what = fmt.Sprintf("trade to %.4f, gain/yr %.2f", sh.TargetWeights, sh.ExpectedGain)
			}
			if !sh.Evaluated {
				what = "not evaluated"
			}
			reason += fmt.Sprintf(" [shadow %s: %s]", sh.Model, what)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%.2f\t%.4f\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Time.Format(time.DateTime), d.Block, action,
			d.ExpectedGain, d.GasCost, tx, status, gasUsed, send, strings.ReplaceAll(reason, "\n", " "))
	}
	return tw.Flush()
}
