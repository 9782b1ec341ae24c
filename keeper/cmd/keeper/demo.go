package main

import (
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
)

// announceDemo tells a person what they need to act on the embedded demo
// chain once it is ready: where its JSON-RPC is, every address, and the
// funded demo accounts with their keys (shown because the chain is local
// and thrown away when the keeper stops). It also writes
// embedded-chain.json next to local.storage.path, through which `keeper
// governance` reaches the running chain.
func announceDemo(ch *devchain.Chain, cfg *config.Config, w io.Writer) error {
	if ch.RPCURL == "" {
		return nil
	}
	if err := ch.WriteInfo(filepath.Dir(cfg.Storage.Path)); err != nil {
		return fmt.Errorf("embedded chain: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "embedded chain ready: JSON-RPC %s (chain id %s); evm_increaseTime and evm_mine move it along\n", ch.RPCURL, ch.ID)
	fmt.Fprintf(tw, "  token\t%s\t(%d decimals)\n", ch.Token.Hex(), devchain.Decimals)
	fmt.Fprintf(tw, "  vault\t%s\t\n", ch.Vault.Hex())
	fmt.Fprintf(tw, "  registry\t%s\t(ConfigRegistry)\n", ch.Registry.Hex())
	fmt.Fprintf(tw, "  timelock\t%s\t(governance, delay %s)\n", ch.Timelock.Hex(), cfg.Chain.Embedded.TimelockDelay.D())
	for _, p := range ch.Pools {
		fmt.Fprintf(tw, "  pool %s\t%s\t(%s; adapter %s)\n", p.Config.Name, p.Address.Hex(), p.Config.Kind, p.Adapter.Hex())
	}
	fmt.Fprintln(tw, "demo accounts (keys shown because this chain is local and thrown away when the keeper stops):")
	roles := map[string]string{"depositor": "holds tokens to deposit", "governor": "timelock proposer and executor",
		"guardian": "timelock canceller; pauses, lowers caps"}
	for _, a := range ch.DemoAccounts() {
		fmt.Fprintf(tw, "  %s\t%s\tkey %s\t(%s)\n", a.Role, a.Address.Hex(), a.Key, roles[a.Role])
	}
	return tw.Flush()
}
