// Package e2e runs the real keeper binary against an external node (anvil,
// from npm) and a real HashiCorp Vault server (scripts/vaultserver), with the
// demo market deployed on anvil by devchain.Attach. Run with `make e2e`;
// `make test` runs it too.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/store/pgtest"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
)

// keeperBin is the keeper binary built once for the package's tests.
var keeperBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "vaultkeeper-e2e")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	keeperBin = filepath.Join(dir, "keeper")
	if out, err := exec.Command("go", "build", "-o", keeperBin, "../cmd/keeper").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building keeper: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	if err := pgtest.Stop(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

// signerMode is how the keeper reaches its key in Vault.
type signerMode int

const (
	kvToken signerMode = iota
	kvAppRole
	pluginToken
)

// env is one end-to-end setup: anvil with the market, Vault with the
// keeper's key, and a config file for the keeper binary.
type env struct {
	t      *testing.T
	anvil  *anviltest.Anvil
	vault  *vaulttest.Server
	proxy  *proxy
	chain  *devchain.Chain
	keeper common.Address
	cfg    string // config file path
	dbPath string // the keeper's SQLite file
	vars   []string
	// secrets are the credentials and key material, which must never show
	// in the keeper's output.
	secrets []string
	// extra are the vaults addVault added to the env's config's fleet, and
	// baseCfg the config file before the first was added.
	extra   []fleetVault
	baseCfg string
}

func newEnv(t *testing.T, mode signerMode) *env {
	t.Helper()
	return newEnvWith(t, mode, demoPools(), demoSources())
}

// demoSources are the keeper's sources for demoPools, with their caps.
func demoSources() []config.Source {
	return []config.Source{{Name: "steady", Cap: 0.6}, {Name: "aggressive", Cap: 0.6}, {Name: "volatile", Cap: 0.3}}
}

// newEnvWith is newEnv with the market's pools and the keeper's sources
// (each source's cap is also its relative cap on the vault).
func newEnvWith(t *testing.T, mode signerMode, pools []config.Pool, sources []config.Source) *env {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil, Vault and the keeper binary")
	}
	e := &env{t: t}
	if mode == pluginToken {
		e.vault = vaulttest.StartWithPlugin(t, "vaultkeeper")
	} else {
		e.vault = vaulttest.Start(t)
	}
	e.secrets = append(e.secrets, e.vault.RootToken)
	e.proxy = startProxy(t, strings.TrimPrefix(e.vault.Address, "https://"))

	kind, auth := config.SignerVaultKV, "token"
	switch mode {
	case kvToken, kvAppRole:
		var key string
		e.keeper, key = e.vault.PutKey(t)
		e.secrets = append(e.secrets, key)
		if mode == kvToken {
			tok := e.vault.PolicyToken(t, "keeper-kv", "1h")
			e.vars, e.secrets = append(e.vars, "E2E_VAULT_TOKEN="+tok), append(e.secrets, tok)
		} else {
			auth = "approle"
			role, secret := e.vault.AppRole(t, "keeper-kv", "1h", "2h")
			e.vars = append(e.vars, "E2E_ROLE_ID="+role, "E2E_SECRET_ID="+secret)
			e.secrets = append(e.secrets, secret)
		}
	case pluginToken:
		kind = config.SignerVaultPlugin
		sec, err := e.vault.Root.Logical().Write("vaultkeeper/keys/keeper", nil)
		if err != nil {
			t.Fatal(err)
		}
		e.keeper = common.HexToAddress(sec.Data["address"].(string))
		tok := e.vault.PolicyToken(t, "keeper-plugin", "1h")
		e.vars, e.secrets = append(e.vars, "E2E_VAULT_TOKEN="+tok), append(e.secrets, tok)
	}

	e.anvil = anviltest.Start(t)
	emb := config.Default().Chain.Embedded
	emb.BlockInterval = config.Duration(250 * time.Millisecond)
	emb.Seed = 11
	emb.Pools = pools
	ctx := context.Background()
	var err error
	e.chain, err = devchain.Attach(ctx, e.anvil.URL, emb, sources, e.keeper, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.chain.Close() })

	var src strings.Builder
	for addr, s := range e.chain.SourceConfigs(sources) {
		fmt.Fprintf(&src, "    - {name: %s, address: %q, cap: %g}\n", s.Name, addr.Hex(), s.Cap)
	}
	dir := t.TempDir()
	e.dbPath = filepath.Join(dir, "keeper.db")
	caFile := e.vault.CACert
	// The measured-only cap (governed.optimizer.measured_only_cap) is off
	// here: these tests are about sending, signing and recovering, and the
	// market's one ERC-4626 pool would otherwise hold deposits back on some
	// ticks, so whether a given tick sends would depend on the pool's size.
	yaml := fmt.Sprintf(`governed:
  schedule: "* * * * * *"
  optimizer:
    measured_only_cap: 1
  rebalance:
    receipt_timeout: 90s
  txmgr:
    confirmations: 2
    resubmit_timeout: 20s
  sources:
%slocal:
  chain:
    kind: rpc
    rpc_url: %q
    chain_id: %d
  vault:
    address: %q
    registry: %q
  signer:
    kind: %s
    vault:
      address: %q
      ca_cert: %q
      auth: %s
      token_env: E2E_VAULT_TOKEN
      role_id_env: E2E_ROLE_ID
      secret_id_env: E2E_SECRET_ID
  storage:
    path: %q
  log:
    format: json
    level: debug
`, src.String(), e.anvil.URL, anviltest.ChainID, e.chain.Vault.Hex(), e.chain.Registry.Hex(), kind, "https://"+e.proxy.addr, caFile, auth, e.dbPath)
	e.cfg = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(e.cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	e.approve(e.cfg)
	return e
}

// demoPools are the market's pools on anvil: one of each kind, as the
// shipped config.yaml has them.
func demoPools() []config.Pool {
	return []config.Pool{
		{Name: "steady", Kind: config.PoolAave, AaveVersion: "3.2", Slope1: 0.04, Slope2: 0.6, OptimalUtilisation: 0.9,
			ReserveFactor: 0.1, Liquidity: 3_000_000, Utilisation: 0.7, Volatility: 0.01},
		{Name: "aggressive", Kind: config.PoolComet, Slope1: 0.125, Slope2: 0.35, OptimalUtilisation: 0.92,
			ReserveFactor: 0.1, Liquidity: 1_500_000, Utilisation: 0.55, Volatility: 0.03},
		{Name: "volatile", Kind: config.PoolERC4626, BaseRate: 0.01, Slope1: 0.07, Slope2: 3, OptimalUtilisation: 0.8,
			ReserveFactor: 0.2, Liquidity: 800_000, Utilisation: 0.6, Volatility: 0.06},
	}
}

// approve has governance approve the governed part of the config file at
// path, through the timelock (scheduled, delay passed in chain time,
// executed).
func (e *env) approve(path string) {
	e.t.Helper()
	cfg, err := config.Load(path)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := e.chain.ApproveConfig(context.Background(), cfg.GovernedHash(), "file://"+path); err != nil {
		e.t.Fatal(err)
	}
}

// mineBlocks seals blocks (with the market's moves) every block interval
// until the test ends.
func (e *env) mineBlocks() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { e.chain.Run(ctx); close(done) }()
	e.t.Cleanup(func() { cancel(); <-done })
}

// mineQuietly seals a block every 200 ms without the market simulator's
// moves, so rates change only by accrual and the keeper's own deposits.
func (e *env) mineQuietly() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(200 * time.Millisecond):
				if err := e.chain.Commit(ctx); err != nil && ctx.Err() == nil {
					e.t.Errorf("mining: %v", err)
					return
				}
			}
		}
	}()
	e.t.Cleanup(func() { cancel(); <-done })
}

// keeperRun is a keeper process.
type keeperRun struct {
	cmd    *exec.Cmd
	out    *vaulttest.SyncBuffer
	exited chan error
}

// start starts the keeper binary with args and the env's credentials.
func (e *env) start(args ...string) *keeperRun {
	e.t.Helper()
	return e.startWith(nil, args...)
}

// startWith is start with extra environment variables.
func (e *env) startWith(vars []string, args ...string) *keeperRun {
	e.t.Helper()
	if !slices.Contains(args, "--config") {
		args = append(args, "--config", e.cfg)
	}
	cmd := exec.Command(keeperBin, args...)
	cmd.Env = append(append(os.Environ(), e.vars...), vars...)
	k := &keeperRun{cmd: cmd, out: new(vaulttest.SyncBuffer), exited: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = k.out, k.out
	if err := cmd.Start(); err != nil {
		e.t.Fatal(err)
	}
	go func() { k.exited <- cmd.Wait() }()
	e.t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
		e.noSecrets(k.out.String())
	})
	return k
}

// wait waits for the process to exit and returns its error.
func (k *keeperRun) wait(t *testing.T, within time.Duration) error {
	t.Helper()
	select {
	case err := <-k.exited:
		return err
	case <-time.After(within):
		k.cmd.Process.Kill()
		t.Fatalf("keeper %v did not exit within %s:\n%s", k.cmd.Args[1], within, k.out.String())
		return nil
	}
}

// waitLog waits until the keeper's output contains s.
func (k *keeperRun) waitLog(t *testing.T, s string, within time.Duration) {
	t.Helper()
	deadline := time.After(within)
	for !strings.Contains(k.out.String(), s) {
		select {
		case err := <-k.exited:
			t.Fatalf("keeper exited (%v) before logging %q:\n%s", err, s, k.out.String())
		case <-deadline:
			t.Fatalf("keeper did not log %q within %s:\n%s", s, within, k.out.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (e *env) noSecrets(out string) {
	for _, s := range e.secrets {
		if s != "" && strings.Contains(strings.ToLower(out), strings.ToLower(strings.TrimPrefix(s, "0x"))) {
			e.t.Errorf("a secret leaked into the keeper's output")
		}
	}
}

// history is `keeper history --json`.
type history []struct {
	Decision struct {
		ID           int64  `json:"id"`
		Action       string `json:"action"`
		Reason       string `json:"reason"`
		ConfigHash   string `json:"config_hash"`
		ApprovedHash string `json:"approved_hash"`
	} `json:"decision"`
	Transactions []historyTxRecord `json:"transactions"`
	Sends        []sendRecord      `json:"sends"`
}

// historyTxRecord is one transaction of a history entry.
type historyTxRecord struct {
	TxHash string `json:"tx_hash"`
	Status string `json:"status"`
	Block  uint64 `json:"block"`
	Error  string `json:"error"`
}

// sendRecord is one send of a history entry: the journal's view.
type sendRecord struct {
	Key      string `json:"key"`
	State    string `json:"state"`
	TxHash   string `json:"tx_hash"`
	Block    uint64 `json:"block"`
	Error    string `json:"error"`
	Attempts []struct {
		Hash      string `json:"hash"`
		FeeCapWei string `json:"fee_cap_wei"`
		State     string `json:"state"`
	} `json:"attempts"`
}

func (e *env) history() history {
	e.t.Helper()
	if len(e.extra) == 0 {
		return e.historyOf("")
	}
	var h history
	for _, v := range e.fleet() {
		h = append(h, e.historyOf(v.name)...)
	}
	return h
}

// historyOf is `keeper history --json --vault name` (name "": without
// --vault).
func (e *env) historyOf(name string) history {
	e.t.Helper()
	args := []string{"history", "--json", "--limit", "1000", "--config", e.cfg}
	if name != "" {
		args = append(args, "--vault", name)
	}
	cmd := exec.Command(keeperBin, args...)
	out, err := cmd.Output()
	if err != nil {
		e.t.Fatalf("keeper history: %v", err)
	}
	var h history
	if err := json.Unmarshal(out, &h); err != nil {
		e.t.Fatalf("history --json: %v\n%s", err, out)
	}
	return h
}

// minedRebalances returns the hashes of the rebalances the keeper recorded
// as mined, each checked on anvil: mined successfully, sent by the keeper's
// Vault-held key to the vault.
func (e *env) minedRebalances() []common.Hash {
	e.t.Helper()
	var hashes []common.Hash
	for _, d := range e.history() {
		for _, tx := range d.Transactions {
			if d.Decision.Action != "rebalance" || tx.Status != "mined" {
				continue
			}
			h := common.HexToHash(tx.TxHash)
			e.checkOnChain(h)
			hashes = append(hashes, h)
		}
	}
	return hashes
}

func (e *env) checkOnChain(h common.Hash) {
	e.t.Helper()
	ctx := context.Background()
	rcpt, err := e.chain.Client.TransactionReceipt(ctx, h)
	if err != nil || rcpt.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("rebalance %s on anvil: receipt %+v, %v", h.Hex(), rcpt, err)
	}
	tx, _, err := e.chain.Client.TransactionByHash(ctx, h)
	if err != nil {
		e.t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	toVault := false
	for _, v := range e.fleet() {
		toVault = toVault || (tx.To() != nil && *tx.To() == v.chain.Vault)
	}
	if err != nil || from != e.keeper || !toVault || tx.ChainId().Int64() != anviltest.ChainID {
		e.t.Fatalf("rebalance %s: from %s (%v) to %v on chain %v; want from the Vault key %s to the vault %s (or another of the fleet's)",
			h.Hex(), from.Hex(), err, tx.To(), tx.ChainId(), e.keeper.Hex(), e.chain.Vault.Hex())
	}
}

// keeperNonce is the keeper's mined nonce: how many transactions it has had mined.
func (e *env) keeperNonce() uint64 {
	e.t.Helper()
	n, err := e.chain.Client.NonceAt(context.Background(), e.keeper, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// proxy forwards TCP to Vault and can be cut, to make Vault unreachable
// without losing its in-memory state.
type proxy struct {
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	p := &proxy{target: target}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.cut)
	return p
}

func (p *proxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { io.Copy(up, c); up.Close() }()
			go func() { io.Copy(c, up); c.Close() }()
		}
	}()
}

// cut closes the listener and every open connection: Vault is unreachable.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// restore listens again on the same address.
func (p *proxy) restore(t *testing.T) {
	t.Helper()
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("re-listening on %s: %v", p.addr, err)
	}
	p.serve(ln)
}
