package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// fleetVault is one vault of a fleet env: its name and its market.
type fleetVault struct {
	name  string
	chain *devchain.Chain
}

// fleet returns the env's vaults, the main one first (named "main" once a
// vault has been added).
func (e *env) fleet() []fleetVault {
	return append([]fleetVault{{name: "main", chain: e.chain}}, e.extra...)
}

// addVault deploys another market and vault on the env's anvil
// (devchain.Attach: its own token, pools, adapters, timelock and
// ConfigRegistry, and a deposit), kept by the env's key; writes its config
// file next to the env's (the env's, with its own vault, registry, sources
// and name); has its own governance approve it; and lists it in the env's
// config's local.fleet.vaults. Call it before the env's chain runs.
func (e *env) addVault(name string, seed int64) *devchain.Chain {
	e.t.Helper()
	if e.baseCfg == "" {
		b, err := os.ReadFile(e.cfg)
		if err != nil {
			e.t.Fatal(err)
		}
		e.baseCfg = string(b)
	}
	emb := config.Default().Chain.Embedded
	emb.BlockInterval = config.Duration(250 * time.Millisecond)
	emb.Seed = seed
	emb.Pools = demoPools()
	ch, err := devchain.Attach(context.Background(), e.anvil.URL, emb, demoSources(), e.keeper, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { ch.Close() })
	body := e.baseCfg
	byName := map[string]common.Address{}
	for addr, s := range ch.SourceConfigs(demoSources()) {
		byName[s.Name] = addr
	}
	for addr, s := range e.chain.SourceConfigs(demoSources()) {
		body = strings.Replace(body, addr.Hex(), byName[s.Name].Hex(), 1)
	}
	body = strings.Replace(body, e.chain.Vault.Hex(), ch.Vault.Hex(), 1)
	body = strings.Replace(body, e.chain.Registry.Hex(), ch.Registry.Hex(), 1)
	body = strings.Replace(body, "  vault:\n", "  vault:\n    name: "+name+"\n", 1)
	path := filepath.Join(filepath.Dir(e.cfg), name+".yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		e.t.Fatal(err)
	}
	cfg, err := config.Load(path)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := ch.ApproveConfig(context.Background(), cfg.GovernedHash(), "file://"+path); err != nil {
		e.t.Fatal(err)
	}
	e.extra = append(e.extra, fleetVault{name: name, chain: ch})
	var files []string
	for _, v := range e.extra {
		files = append(files, v.name+".yaml")
	}
	main := strings.Replace(e.baseCfg, "  vault:\n", "  vault:\n    name: main\n", 1)
	main = strings.Replace(main, "local:\n", fmt.Sprintf("local:\n  fleet:\n    vaults: [%s]\n", strings.Join(files, ", ")), 1)
	if err := os.WriteFile(e.cfg, []byte(main), 0o600); err != nil {
		e.t.Fatal(err)
	}
	return ch
}

// depositInto has the depositor of ch's market deposit amount into its
// vault.
func (e *env) depositInto(ch *devchain.Chain, amount *big.Int) {
	e.t.Helper()
	ctx := context.Background()
	if err := ch.Mint(ctx, ch.Depositor, amount); err != nil {
		e.t.Fatal(err)
	}
	tok, err := bindings.NewMockStablecoin(ch.Token, ch.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	v, err := bindings.NewVault(ch.Vault, ch.Client)
	if err != nil {
		e.t.Fatal(err)
	}
	o, err := ch.DepositorOpts(ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	tx, err := tok.Approve(o, ch.Vault, amount)
	if err := ch.Mine(ctx, "approving the deposit", tx, err); err != nil {
		e.t.Fatal(err)
	}
	if o, err = ch.DepositorOpts(ctx); err != nil {
		e.t.Fatal(err)
	}
	// Not estimated: a keeper's rebalance into the sources may land in the
	// same block first, and the deposit then values more sources.
	o.GasLimit = 1_000_000
	tx, err = v.Deposit(o, amount, ch.Depositor)
	if err := ch.Mine(ctx, "depositing", tx, err); err != nil {
		e.t.Fatal(err)
	}
}

// idleOf is what ch's vault holds idle, read from the chain.
func idleOf(t *testing.T, ch *devchain.Chain) *big.Int {
	t.Helper()
	v, err := bindings.NewVault(ch.Vault, ch.Client)
	if err != nil {
		t.Fatal(err)
	}
	idle, err := v.Idle(&bind.CallOpts{Context: context.Background()})
	if err != nil {
		t.Fatal(err)
	}
	return idle
}

// minedPerVault counts, per vault, the mined rebalances its history
// records, each checked on anvil to be the keeper's transaction to that
// vault.
func (e *env) minedPerVault() map[string]int {
	e.t.Helper()
	out := map[string]int{}
	for _, v := range e.fleet() {
		for _, d := range e.historyOf(v.name) {
			for _, tx := range d.Transactions {
				if d.Decision.Action != "rebalance" || tx.Status != "mined" {
					continue
				}
				h := common.HexToHash(tx.TxHash)
				got, _, err := e.chain.Client.TransactionByHash(context.Background(), h)
				if err != nil || got.To() == nil || *got.To() != v.chain.Vault {
					e.t.Fatalf("vault %s's history records %s as its rebalance; on anvil it is %v (%v), not to %s", v.name, h.Hex(), got, err, v.chain.Vault.Hex())
				}
				out[v.name]++
			}
		}
	}
	return out
}

// TestFleetOneKey: one keeper process keeps three vaults (each its own
// market, governance and approved config, listed in the main config's
// local.fleet.vaults) with one Vault-held key on one chain. Every vault's
// deposit is rebalanced into its sources, twice; all their transactions
// go through one nonce sequence (no nonce used twice or skipped, each
// mined transaction recorded once, in its own vault's history); each
// vault's transparency page (/vaults/NAME/) shows that vault, and the
// shared sender logs a send under no one vault's name.
func TestFleetOneKey(t *testing.T) {
	e := newEnv(t, kvToken)
	b, err := os.ReadFile(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The transparency pages on a port of their own (every vault's file
	// has the main file's local.web).
	if err := os.WriteFile(e.cfg, []byte(strings.Replace(string(b), "local:\n", "local:\n  web:\n    address: 127.0.0.1:0\n", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	e.addVault("second", 12)
	e.addVault("third", 13)
	e.mineBlocks()
	k := e.start("run")
	k.waitLog(t, "keeper started", 2*time.Minute)
	fleet := e.fleet()
	waitFor(t, "every vault's first rebalance", 2*time.Minute, func() bool {
		select {
		case err := <-k.exited:
			t.Fatalf("the keeper exited: %v\n%s", err, k.out.String())
		default:
		}
		m := e.minedPerVault()
		return m["main"] > 0 && m["second"] > 0 && m["third"] > 0
	})
	first := e.minedPerVault()
	for _, v := range fleet {
		e.depositInto(v.chain, devchain.Tokens(500_000))
	}
	waitFor(t, "every vault's rebalance of its new deposit", 2*time.Minute, func() bool {
		m := e.minedPerVault()
		for _, v := range fleet {
			if m[v.name] <= first[v.name] {
				return false
			}
		}
		return true
	})
	waitFor(t, "every send finished", time.Minute, func() bool { return openSends(e.history()) == 0 })
	// Each vault's transparency page shows that vault, from the chain and
	// its own ticks.
	m := pageURLRE.FindStringSubmatch(k.out.String())
	if m == nil || !strings.Contains(k.out.String(), "transparency pages: "+m[1]+"vaults/") {
		t.Fatalf("the keeper does not print its pages' URLs:\n%s", k.out.String())
	}
	for _, v := range fleet {
		var now struct {
			Vault    string          `json:"vault"`
			Observed json.RawMessage `json:"observed"`
		}
		getJSON(t, m[1]+"vaults/"+v.name+"/api/vault", &now)
		if !strings.EqualFold(now.Vault, v.chain.Vault.Hex()) || len(now.Observed) == 0 || string(now.Observed) == "null" {
			t.Errorf("vault %s's page shows vault %s (observed %s), want %s with its ticks", v.name, now.Vault, now.Observed, v.chain.Vault.Hex())
		}
	}
	for _, l := range k.logLines("attempt signed") {
		if _, ok := l["vault"]; ok {
			t.Errorf("the shared sender logs a send as vault %v's: %v", l["vault"], l)
			break
		}
	}
	k.cmd.Process.Signal(syscall.SIGTERM)
	if err := k.wait(t, time.Minute); err != nil {
		t.Fatalf("keeper run after SIGTERM: %v\n%s", err, k.out.String())
	}
	for _, v := range fleet {
		if idle := idleOf(t, v.chain); idle.Cmp(devchain.Tokens(400_000)) > 0 {
			t.Errorf("vault %s still holds %s idle after its rebalances", v.name, idle)
		}
	}
	t.Logf("mined rebalances per vault: %v", e.minedPerVault())
	e.checkChaosInvariants(len(k.signedAttempts()))
}
