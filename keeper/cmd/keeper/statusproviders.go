package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/governance"
	"github.com/vaultkeeper/vaultkeeper/keeper/secrets"
)

// readApprovalFromNodes is readApproval over local.chain.rpc_urls' several
// nodes (dialNodes): it also returns each node's health as status finds it
// (nil when they could not be dialled). A node on another chain makes the
// approval's problem wrong_chain.
func readApprovalFromNodes(ctx context.Context, cfg *config.Config) (approvalStatus, []chainrpc.ProviderHealth) {
	a := approvalStatus{Source: approvalUnreachable, Registry: common.HexToAddress(cfg.Vault.Registry).Hex()}
	ctx, cancel := context.WithTimeout(ctx, liveReadTimeout)
	defer cancel()
	var urlSecrets []string
	for _, u := range cfg.Chain.Providers() {
		urlSecrets = append(urlSecrets, secrets.URLSecrets(u)...)
	}
	scrub := secrets.NewScrubber(urlSecrets...)
	cl, err := dialNodes(ctx, cfg.Chain, nil, nil, nil)
	switch {
	case errors.Is(err, config.ErrWrongChain):
		a.Source, a.Error = approvalWrongChain, scrub.Scrub(err.Error())
		return a, nil
	case err != nil:
		a.Error = scrub.Scrub(err.Error())
		return a, nil
	}
	defer cl.Close()
	health := cl.multi.Health()
	for i := range health {
		health[i].Error = scrub.Scrub(health[i].Error)
	}
	reg, err := governance.NewRegistry(common.HexToAddress(cfg.Vault.Registry), cl.Client)
	if err != nil {
		a.Error = scrub.Scrub(err.Error())
		return a, health
	}
	got, err := reg.Approved(ctx)
	if err != nil {
		a.Error = scrub.Scrub(fmt.Sprintf("local.chain.rpc_urls: %v", err))
		return a, health
	}
	return approvalStatus{Source: approvalRegistry, Registry: reg.Address().Hex(), Hash: hexutil.Encode(got.Hash[:]),
		Version: got.Version, URI: got.URI}, health
}

// writeProviders adds a line per node of local.chain.rpc_urls: its index,
// its URL redacted, its state and head, why it is not healthy (for lying:
// the evidence, and when its quarantine ends).
func writeProviders(w io.Writer, ps []chainrpc.ProviderHealth) {
	for _, p := range ps {
		line := fmt.Sprintf("%s: head %d of best %d", p.State, p.Head, p.Best)
		if p.Error != "" {
			line += ": " + p.Error
		}
		if !p.QuarantinedUntil.IsZero() {
			line += fmt.Sprintf(" (not used until %s)", p.QuarantinedUntil.UTC().Format(time.RFC3339))
		}
		fmt.Fprintf(w, "rpc_urls[%d]\t%s %s\n", p.Index, p.Name, line)
	}
}
