package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// dialChain connects to the node at rawURL through keeper/chainrpc with the
// JSON-RPC client settings of c (local.chain; config.Default().Chain for
// chainrpc's defaults): over http(s) every request has a timeout and those
// that failed for a reason that may pass are retried with backoff, within
// the caller's context. Retries are logged to log at debug level (nil: not
// logged) and counted in met (nil: not counted).
func dialChain(ctx context.Context, rawURL string, c config.Chain, log *slog.Logger, met chainrpc.Metrics) (*ethclient.Client, error) {
	return chainrpc.DialEth(ctx, rawURL, c.RPCClient(), log, met)
}

// chainConn is a connection to an rpc chain's nodes: one node, or several
// through a chainrpc.Multi (multi, nil for one).
type chainConn struct {
	*ethclient.Client
	multi *chainrpc.Multi
}

func (c *chainConn) Close() {
	c.Client.Close()
	if c.multi != nil {
		c.multi.Close()
	}
}

// dialNodes connects to local.chain's nodes and checks that every one it
// reaches is on local.chain.chain_id (checkChainID), before anything reads
// the vault or signs. One node (rpc_url, or rpc_urls with one entry) is
// dialled by dialChain. Several are dialled through a chainrpc.Multi, which
// reads the chain id and head of each, telling obs (nil: nobody) of their
// health: a node on another chain is refused (daemon.Permanent, naming its
// field), none reachable is worth retrying, and an unreachable one is
// checked when it answers.
func dialNodes(ctx context.Context, c config.Chain, log *slog.Logger, obs chainrpc.HealthObserver, met chainrpc.Metrics) (*chainConn, error) {
	urls := c.Providers()
	if len(urls) == 1 {
		cl, err := dialChain(ctx, urls[0], c, log, met)
		if err != nil {
			return nil, permanentUnlessTransient(fmt.Errorf("connecting to %s %q: %w", c.ProviderField(0), config.RedactURL(urls[0]), err))
		}
		if err := checkChainID(ctx, c, cl); err != nil {
			cl.Close()
			return nil, err
		}
		return &chainConn{Client: cl}, nil
	}
	mc := c.MultiConfig()
	mc.SendAccepted, mc.Observer = txmgr.SendAccepted, obs
	cl, m, err := chainrpc.DialMulti(ctx, c.MultiProviders(), mc, log, met)
	var wc *chainrpc.WrongChainError
	switch {
	case errors.As(err, &wc):
		return nil, daemon.Permanent(c.CheckProviderChainID(wc.Index, wc.Reported))
	case errors.Is(err, chainrpc.ErrNoProvider):
		return nil, fmt.Errorf("connecting to local.chain.rpc_urls: %w", err)
	case err != nil:
		return nil, permanentUnlessTransient(fmt.Errorf("connecting to local.chain.rpc_urls: %w", err))
	}
	return &chainConn{Client: cl, multi: m}, nil
}

// rpcCaller is a JSON-RPC client (*rpc.Client), for node-specific methods.
type rpcCaller interface {
	CallContext(ctx context.Context, result any, method string, args ...any) error
}

// unsettledHead reports whether the node behind c serves its head block's
// state while still changing it (rebalancer.Params.UnsettledHead), with the
// node's web3_clientVersion. anvil does: a call pinned to its head that
// runs while it mines the next block can see that block's storage with the
// head's timestamp (seen with 20 sources: total ≠ idle + sources, lending
// pools' accrual underflowing, and the vault counting such a pool as 0 in
// the simulation of a rebalance, which then reverted RelativeCapExceeded).
// A node that does not say what it is is taken as settled.
func unsettledHead(ctx context.Context, c rpcCaller) (bool, string) {
	var version string
	if err := c.CallContext(ctx, &version, "web3_clientVersion"); err != nil {
		return false, ""
	}
	return strings.HasPrefix(strings.ToLower(version), "anvil"), version
}
