package main

import (
	"context"
	"log/slog"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// dialChain connects to the node at rawURL through keeper/chainrpc with the
// JSON-RPC client settings of c (local.chain; config.Default().Chain for
// chainrpc's defaults): over http(s) every request has a timeout and those
// that failed for a reason that may pass are retried with backoff, within
// the caller's context. Retries are logged to log at debug level (nil: not
// logged).
func dialChain(ctx context.Context, rawURL string, c config.Chain, log *slog.Logger) (*ethclient.Client, error) {
	return chainrpc.DialEth(ctx, rawURL, c.RPCClient(), log, nil)
}
