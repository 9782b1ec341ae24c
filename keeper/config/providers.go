package config

import (
	"fmt"
	"math/big"
	"net/url"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
)

// maxLagBlocksLimit bounds local.chain.max_lag_blocks: a node further
// behind is not a node of the same chain to read from.
const maxLagBlocksLimit = 10_000

// Providers are the nodes of an rpc chain: local.chain.rpc_urls, or
// local.chain.rpc_url alone.
func (c Chain) Providers() []string {
	if len(c.RPCURLs) > 0 {
		return c.RPCURLs
	}
	if c.RPCURL != "" {
		return []string{c.RPCURL}
	}
	return nil
}

// ProviderField names the config field of provider i, as errors name it:
// local.chain.rpc_url, or local.chain.rpc_urls[i].
func (c Chain) ProviderField(i int) string {
	if len(c.RPCURLs) == 0 {
		return "local.chain.rpc_url"
	}
	return fmt.Sprintf("local.chain.rpc_urls[%d]", i)
}

// MultiProviders is the keeper/chainrpc description of several providers
// (len(Providers()) ≥ 2): each URL named redacted.
func (c Chain) MultiProviders() []chainrpc.Provider {
	var ps []chainrpc.Provider
	for _, u := range c.Providers() {
		ps = append(ps, chainrpc.Provider{URL: u, Name: RedactURL(u)})
	}
	return ps
}

// MultiConfig is the keeper/chainrpc.Multi configuration of local.chain.
func (c Chain) MultiConfig() chainrpc.MultiConfig {
	return chainrpc.MultiConfig{Config: c.RPCClient(), ChainID: c.ChainID, MaxLagBlocks: uint64(max(c.MaxLagBlocks, 0)),
		QuarantineFor: c.Quarantine.D()}
}

// validateProviders checks rpc_url and rpc_urls for kind rpc: one of them,
// each entry an http(s) or ws(s) URL (http(s) when there are several),
// no entry twice, and max_lag_blocks.
func (c Chain) validateProviders(errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	switch {
	case c.RPCURL != "" && len(c.RPCURLs) > 0:
		add(fmt.Errorf("local.chain.rpc_url and local.chain.rpc_urls: give one of them (rpc_url is the shorthand for one node)"))
		return
	case c.RPCURL == "" && len(c.RPCURLs) == 0:
		add(fieldError("local.chain.rpc_url", redactedURL(""), "want an http(s):// or ws(s):// URL for local.chain.kind rpc (or several in local.chain.rpc_urls)"))
		return
	}
	seen := map[string]int{}
	urls := c.Providers()
	for i, raw := range urls {
		field := c.ProviderField(i)
		u, err := url.Parse(raw)
		switch {
		case err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss"):
			add(fieldError(field, redactedURL(RedactURL(raw)), "want an http(s):// or ws(s):// URL for local.chain.kind rpc"))
		case len(urls) > 1 && u.Scheme != "http" && u.Scheme != "https":
			add(fieldError(field, redactedURL(RedactURL(raw)), "want an http(s):// URL: with several nodes each request is routed, which ws(s) does not allow"))
		}
		if j, ok := seen[raw]; ok {
			add(fieldError(field, redactedURL(RedactURL(raw)), "the same node as %s", c.ProviderField(j)))
		}
		seen[raw] = i
	}
	if c.MaxLagBlocks < 0 || c.MaxLagBlocks > maxLagBlocksLimit {
		add(fieldError("local.chain.max_lag_blocks", c.MaxLagBlocks, "must be between 0 and %d", maxLagBlocksLimit))
	}
	if q := c.Quarantine.D(); q < time.Second || q > 24*time.Hour {
		add(fieldError("local.chain.quarantine", time.Duration(c.Quarantine).String(), "want a duration from 1s to 24h"))
	}
}

// CheckProviderChainID is CheckChainID for provider i of several: the
// refusal names its field and its URL, redacted.
func (c Chain) CheckProviderChainID(i int, reported *big.Int) error {
	urls := c.Providers()
	if c.Kind != ChainRPC || i < 0 || i >= len(urls) {
		return c.CheckChainID(reported)
	}
	if reported == nil || !reported.IsInt64() || reported.Int64() != c.ChainID {
		r := reported
		if r == nil {
			r = new(big.Int)
		}
		return &wrongChainError{want: c.ChainID, reported: r, url: c.ProviderField(i) + " " + RedactURL(urls[i])}
	}
	return nil
}
