package fleet_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/vaultkeeper/vaultkeeper/keeper/fleet"
)

// benchVaults is how many vaults BenchmarkFleetRound keeps (issue 17: 200
// vaults with three sources each on one anvil).
const benchVaults = 200

// BenchmarkFleetRound keeps benchVaults vaults, each with its own three
// adapters on the three shared pools of config.yaml's market, on one anvil,
// each by a real rebalancer (meanvar, config.yaml's governed config) sharing
// one SQLite store and one JSON-RPC client (the round reads the head and the
// gas price once for all: fleet.Vault.Chain); an op is one dry-run round of
// observe → decide for all of them (every vault decides to move its idle
// deposit: the whole decision path runs, estimating the rebalance's gas
// included), at the fleet's concurrency. A warm-up round first lets every
// vault's client learn its sources (vaults.Client.StateAt). Reported: ns per
// round (ns/op), ns per vault, and the HTTP requests a round makes (a
// JSON-RPC batch is one).
func BenchmarkFleetRound(b *testing.B) {
	f := deployFleet(b, benchVaults)
	st := openStore(b, f.cfg)
	node := newProxyNode(b, f.node.URL)
	cl := node.client(b)
	keepers := f.keepers(b, cl, st)
	for _, conc := range []int{fleet.DefaultConcurrency, 32} {
		b.Run(fmt.Sprintf("concurrency=%d", conc), func(b *testing.B) {
			vaults := make([]fleet.Vault, len(keepers))
			for i, k := range keepers {
				vaults[i] = fleet.Vault{Name: fmt.Sprintf("vault-%d", i), Keeper: k, Chain: cl}
			}
			fl, err := fleet.New(vaults, fleet.Config{Concurrency: conc}, quiet)
			if err != nil {
				b.Fatal(err)
			}
			round := func() {
				for _, r := range fl.Round(context.Background(), true) {
					if r.Err != nil {
						b.Fatalf("%s: %v", r.Vault, r.Err)
					}
				}
			}
			round() // warm-up: the clients learn each vault's sources
			node.requests.Store(0)
			node.batches.Store(0)
			rounds := 0
			for b.Loop() {
				round()
				rounds++
			}
			perRound := float64(b.Elapsed().Nanoseconds()) / float64(rounds)
			b.ReportMetric(perRound/float64(len(vaults)), "ns/vault")
			b.ReportMetric(float64(node.requests.Load())/float64(rounds), "requests/round")
			b.ReportMetric(float64(node.batches.Load())/float64(rounds), "batches/round")
		})
	}
}
