package main

import (
	"context"
	"fmt"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/daemon"
)

// checkChainID reads the chain id of local.chain's one node and
// refuses a node on another chain than local.chain.chain_id
// (config.Chain.CheckChainID), with both ids in the error. The refusal is
// daemon.Permanent: waiting does not move a node to another chain. Failing
// to read the id is permanent unless transientStartup says waiting may help.
func checkChainID(ctx context.Context, c config.Chain, cl chainIDReader) error {
	id, err := cl.ChainID(ctx)
	if err != nil {
		return permanentUnlessTransient(fmt.Errorf("reading the chain id from %s %s: %w", c.ProviderField(0), config.RedactURL(c.Providers()[0]), err))
	}
	if err := c.CheckChainID(id); err != nil {
		return daemon.Permanent(err)
	}
	return nil
}
