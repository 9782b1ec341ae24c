package config

import (
	"fmt"
	"math/big"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
)

// ErrWrongChain is matched (errors.Is) by CheckChainID's refusal of a node
// on another chain than local.chain.chain_id, and by keeper/chainrpc's.
var ErrWrongChain = chainrpc.ErrWrongChain

// wrongChainError names the configured and the reported chain id and the
// node, its URL redacted.
type wrongChainError struct {
	want     int64
	reported *big.Int
	url      string
}

func (e *wrongChainError) Error() string {
	return fmt.Sprintf("local.chain.chain_id %d: the node at %s reports chain id %s", e.want, e.url, e.reported)
}

func (e *wrongChainError) Unwrap() error { return ErrWrongChain }

// CheckChainID compares the chain id the node at local.chain.rpc_url
// reported with local.chain.chain_id (kind rpc), so that nothing is signed
// or sent on a chain the config was not written for. The refusal names both
// ids and the node (its URL redacted) and matches ErrWrongChain. On the
// embedded chain, whose id is fixed, it accepts any id.
func (c Chain) CheckChainID(reported *big.Int) error {
	if c.Kind != ChainRPC {
		return nil
	}
	if reported == nil || !reported.IsInt64() || reported.Int64() != c.ChainID {
		r := reported
		if r == nil {
			r = new(big.Int)
		}
		url := c.RPCURL
		if ps := c.Providers(); len(ps) > 0 {
			url = ps[0]
		}
		return &wrongChainError{want: c.ChainID, reported: r, url: RedactURL(url)}
	}
	return nil
}
