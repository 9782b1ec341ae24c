package e2e

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
)

// twentyPools is a market of 20 pools (the vault's maximum number of
// sources), the three kinds in turn, each pool's curve a little steeper
// than the last; the keeper's sources, with the ten best-paying pools
// capped at 6% of total assets (the vault's relative cap is the same), so
// the optimizer fills them to their caps, and the others at 25%.
func twentyPools() ([]config.Pool, []config.Source) {
	kinds := []string{config.PoolAave, config.PoolComet, config.PoolERC4626}
	var pools []config.Pool
	var sources []config.Source
	for i := range 20 {
		p := config.Pool{
			Name: fmt.Sprintf("s%02d", i), Kind: kinds[i%3],
			// Whole basis points, as Aave 3.2 takes them.
			Slope1: float64(300+40*i) / 10_000, Slope2: 0.6, OptimalUtilisation: 0.9, ReserveFactor: 0.1,
			Liquidity: float64(1_000_000 + 100_000*(i%5)), Utilisation: 0.5 + 0.03*float64(i%8),
			Volatility: 0.01 + 0.005*float64(i%5),
		}
		switch p.Kind {
		case config.PoolAave:
			p.AaveVersion = "3.2"
		case config.PoolERC4626:
			p.BaseRate, p.OptimalUtilisation = 0.01, 0.8
		}
		pools = append(pools, p)
		c := 0.25
		if i >= 10 {
			c = 0.06
		}
		sources = append(sources, config.Source{Name: p.Name, Cap: c})
	}
	return pools, sources
}

// sources20Ticks is how many ticks TestTwentySources runs:
// VAULTKEEPER_SOURCES20_TICKS, else 25 (`make sources20` runs 100).
func sources20Ticks(t *testing.T) int {
	n := 25
	if s := os.Getenv("VAULTKEEPER_SOURCES20_TICKS"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 {
			t.Fatalf("VAULTKEEPER_SOURCES20_TICKS=%q: want a positive number of ticks", s)
		}
		n = v
	}
	return n
}

// The real keeper daemon keeps a vault of 20 sources (the contract's
// maximum) on anvil while the market moves every pool's rate, with the
// relative caps of the ten best sources binding: every tick decides (none
// fails reading the vault, e.g. on total = idle + sources), no rebalance
// is refused in simulation, the rebalancer's or a send's (RelativeCapExceeded
// or any other revert), no decision is an error,
// rebalances are mined, and the history agrees with the chain (nonces
// contiguous, every mined transaction recorded).
//
// One revert is the market's, not the keeper's: here borrowers move every
// pool's utilisation by up to 3% of its supply every 250 ms block, so a pool
// can run short of the liquidity a tick read a few blocks before its send.
// Such a rebalance must fail before anything is signed, naming
// InsufficientPoolLiquidity: in the tick's own simulation (the decision is
// then an error that sent nothing) or in estimation (a send that failed
// unsigned), and the ticks after it decide afresh (every tick must decide);
// any other failed send or error decision fails the test.
func TestTwentySources(t *testing.T) {
	started := time.Now()
	ticks := sources20Ticks(t)
	pools, sources := twentyPools()
	e := newEnvWith(t, kvToken, pools, sources)
	var names []string
	for _, p := range e.chain.Pools {
		names = append(names, fmt.Sprintf("%s (%s) %s", p.Config.Name, p.Config.Kind, p.Adapter.Hex()))
	}
	t.Logf("sources: %s", strings.Join(names, ", "))
	e.mineBlocks()
	k := e.start("run", "--log-format", "json")
	k.waitLog(t, "keeper started", 2*time.Minute)
	setUp := time.Since(started)

	waitFor(t, fmt.Sprintf("%d ticks", ticks), time.Duration(ticks)*10*time.Second, func() bool {
		select {
		case err := <-k.exited:
			t.Fatalf("the keeper exited: %v\n%s", err, k.out.String())
		default:
		}
		return len(tickOutcomes(k)) >= ticks
	})
	ran := time.Since(started) - setUp
	waitFor(t, "every send finished", time.Minute, func() bool { return openSends(e.history()) == 0 })
	k.cmd.Process.Signal(syscall.SIGTERM)
	if err := k.wait(t, time.Minute); err != nil {
		t.Fatalf("keeper run after SIGTERM: %v\n%s", err, k.out.String())
	}

	outcomes := tickOutcomes(k)
	var failed, inconsistent []string
	for i, o := range outcomes {
		if o.decided {
			continue
		}
		failed = append(failed, fmt.Sprintf("tick %d: %s", i, o.err))
		if strings.Contains(o.err, "idle + sources") {
			inconsistent = append(inconsistent, fmt.Sprintf("tick %d: %s", i, o.err))
		}
	}
	h := e.history()
	actions := map[string]int{}
	var capRefused, errored, sendsFailed, raced []string
	for _, d := range h {
		actions[d.Decision.Action]++
		for _, s := range d.Sends {
			if s.State == "failed" {
				failure := fmt.Sprintf("decision %d: send %s: %s", d.Decision.ID, s.Key, s.Error)
				if liquidityRace(s) {
					raced = append(raced, failure)
					continue
				}
				sendsFailed = append(sendsFailed, failure)
				if strings.Contains(s.Error, "RelativeCapExceeded") {
					capRefused = append(capRefused, fmt.Sprintf("decision %d: send %s: %s", d.Decision.ID, s.Key, s.Error))
				}
			}
		}
		if d.Decision.Action != "error" {
			continue
		}
		if simulatedLiquidityRace(d.Decision.Reason) {
			raced = append(raced, fmt.Sprintf("decision %d: %s", d.Decision.ID, d.Decision.Reason))
			continue
		}
		errored = append(errored, fmt.Sprintf("decision %d: %s", d.Decision.ID, d.Decision.Reason))
		if strings.Contains(d.Decision.Reason, "RelativeCapExceeded") {
			capRefused = append(capRefused, fmt.Sprintf("decision %d: %s", d.Decision.ID, d.Decision.Reason))
		}
	}
	mined := e.minedRebalances()
	atCap := ticksAtCap(t, k, sources)
	t.Logf("%d ticks in %s (set-up %s): %d failed, %d of them on total = idle + sources; decisions %v, %d with a target at a relative cap; "+
		"%d rebalances mined; %d refused in simulation on RelativeCapExceeded; %d unsigned or unsimulated on a pool's liquidity that moved after the read %v",
		len(outcomes), ran.Round(time.Second), setUp.Round(time.Second), len(failed), len(inconsistent), actions, atCap,
		len(mined), len(capRefused), len(raced), raced)

	if len(inconsistent) > 0 {
		t.Errorf("%d ticks failed the total = idle + sources check:\n%s", len(inconsistent), strings.Join(inconsistent, "\n"))
	}
	if len(capRefused) > 0 {
		t.Errorf("%d rebalances were refused in simulation on RelativeCapExceeded:\n%s", len(capRefused), strings.Join(capRefused, "\n"))
	}
	if len(failed) > 0 {
		t.Errorf("%d of %d ticks failed:\n%s", len(failed), len(outcomes), strings.Join(failed, "\n"))
	}
	if len(sendsFailed) > 0 {
		t.Errorf("%d sends failed:\n%s", len(sendsFailed), strings.Join(sendsFailed, "\n"))
	}
	if len(errored) > 0 {
		t.Errorf("%d decisions are errors:\n%s", len(errored), strings.Join(errored, "\n"))
	}
	if len(mined) < 2 {
		t.Errorf("%d rebalances mined over %d ticks, want at least 2: the rates did not move the allocation", len(mined), len(outcomes))
	}
	if atCap == 0 {
		t.Errorf("no tick targeted a source at its relative cap: the caps did not bind")
	}
	e.checkChaosInvariants(len(k.signedAttempts()))
}

// liquidityRace reports whether a failed send failed because a pool ran
// short of liquidity: reverted in estimation on InsufficientPoolLiquidity
// with no attempt signed.
func liquidityRace(s sendRecord) bool {
	return len(s.Attempts) == 0 && s.TxHash == "" &&
		strings.Contains(s.Error, "gas estimation reverted") && strings.Contains(s.Error, "InsufficientPoolLiquidity(")
}

// simulatedLiquidityRace reports whether a decision was an error because a
// pool ran short of liquidity between the tick's read and its own simulation
// of the rebalance (a stage before estimation: nothing was sent). The market
// moves each pool's utilisation every block, more than the keeper's headroom
// when a loaded machine stretches the tick over several blocks.
func simulatedLiquidityRace(reason string) bool {
	return strings.HasPrefix(reason, "simulating rebalance (nothing sent)") &&
		strings.Contains(reason, "InsufficientPoolLiquidity(")
}

// ticksAtCap counts the keeper's "tick" log lines (one per tick that
// reached a target allocation) in which some source's target weight is
// within 0.01% of total assets of its cap.
func ticksAtCap(t *testing.T, k *keeperRun, sources []config.Source) int {
	t.Helper()
	n := 0
	for _, m := range k.logLines("tick") {
		for _, s := range sources {
			g, ok := m[s.Name].(map[string]any)
			if !ok {
				continue
			}
			w, err := strconv.ParseFloat(fmt.Sprint(g["target"]), 64)
			if err == nil && w >= s.Cap-1e-4 {
				n++
				break
			}
		}
	}
	return n
}
