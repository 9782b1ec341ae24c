package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/metrics"
	"github.com/vaultkeeper/vaultkeeper/keeper/rebalancer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/web"
)

// keeperEnv is everything a tick needs, wired from the config.
type keeperEnv struct {
	store      *store.Store
	rebalancer *rebalancer.Rebalancer
	chain      *devchain.Chain // nil on an rpc chain
	registry   *governance.Registry
	// page is the chain as the transparency page reads it.
	page *web.Chain
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
// produced until chainCtx is done. With conns (a fleet's: nil for one
// vault), the rpc chain's connection, the signer and the transaction
// manager are the ones the other vaults on that chain and key use, and
// conns closes them. Errors that retrying cannot fix are
// marked daemon.Permanent; the others (the node or HashiCorp Vault
// unreachable, timing out, sealed: transientStartup) are worth retrying.
func setup(ctx, chainCtx context.Context, cfg *config.Config, cfgPath string, st *store.Store, log *slog.Logger, met rebalancer.Metrics,
	conns *connections) (*keeperEnv, error) {
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
		dial := func() (*chainConn, error) { return dialNodes(ctx, cfg.Chain, log, obs, retries) }
		var cl *chainConn
		var err error
		if conns != nil {
			cl, err = conns.chain(cfg.Chain, dial)
		} else if cl, err = dial(); err == nil {
			env.closeFns = append(env.closeFns, cl.Close)
		}
		if err != nil {
			return fail(err)
		}
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
	env.page = &web.Chain{Backend: p.Chain, Vault: p.Vault, Registry: env.registry.Address(), FromBlock: uint64(cfg.Web.FromBlock)}
	if cfg.Chain.Kind == config.ChainRPC && cfg.Signer.Kind != config.SignerNone {
		open := func() (closingSigner, error) { return chainSigner(ctx, cfg.Signer, p.Chain, log) }
		var s closingSigner
		var err error
		if conns != nil {
			s, err = conns.signer(cfg.Chain, cfg.Signer, open)
			p.Senders, p.SenderLog = &conns.senders, conns.log
		} else if s, err = open(); err == nil {
			env.closeFns = append(env.closeFns, s.Close)
		}
		if err != nil {
			return fail(permanentUnlessTransient(err))
		}
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
