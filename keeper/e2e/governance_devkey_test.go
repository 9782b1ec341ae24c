package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// newDevKeyEnv is anvil with the market and no HashiCorp Vault: the
// keeper's config signs with signer.kind dev, its key in the environment
// variable E2E_GOVERNOR_KEY, and governance has made that key a proposer
// and executor on the timelock. It returns the env and that key.
func newDevKeyEnv(t *testing.T) (*env, *ecdsa.PrivateKey) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts anvil and the keeper binary")
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	keyHex := hex.EncodeToString(crypto.FromECDSA(key))
	e := &env{t: t, keeper: crypto.PubkeyToAddress(key.PublicKey),
		vars: []string{"E2E_GOVERNOR_KEY=0x" + keyHex}, secrets: []string{keyHex}}

	e.anvil = anviltest.Start(t)
	emb := config.Default().Chain.Embedded
	emb.BlockInterval = config.Duration(250 * time.Millisecond)
	emb.Pools = []config.Pool{{Name: "steady", Kind: config.PoolAave, Slope1: 0.04, Slope2: 0.6, OptimalUtilisation: 0.9,
		ReserveFactor: 0.1, Liquidity: 3_000_000, Utilisation: 0.7, Volatility: 0.01}}
	sources := []config.Source{{Name: "steady", Cap: 0.9}}
	ctx := context.Background()
	e.chain, err = devchain.Attach(ctx, e.anvil.URL, emb, sources, e.keeper, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.chain.Close() })
	if err := e.chain.GrantGovernanceRoles(ctx, e.keeper); err != nil {
		t.Fatal(err)
	}

	var src strings.Builder
	for addr, s := range e.chain.SourceConfigs(sources) {
		fmt.Fprintf(&src, "    - {name: %s, address: %q, cap: %g}\n", s.Name, addr.Hex(), s.Cap)
	}
	dir := t.TempDir()
	e.dbPath = filepath.Join(dir, "keeper.db")
	yaml := fmt.Sprintf(`governed:
  schedule: "@every 10s"
  rebalance:
    receipt_timeout: 90s
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
    kind: dev
    dev:
      key_env: E2E_GOVERNOR_KEY
  storage:
    path: %q
  log:
    format: json
`, src.String(), e.anvil.URL, anviltest.ChainID, e.chain.Vault.Hex(), e.chain.Registry.Hex(), e.dbPath)
	e.cfg = filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(e.cfg, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	e.approve(e.cfg)
	return e, key
}

// runKeeperWith runs the keeper binary to completion with extra
// environment variables, and returns its exit code and output.
func (e *env) runKeeperWith(vars []string, args ...string) (int, string) {
	e.t.Helper()
	k := e.startWith(vars, args...)
	if err := k.wait(e.t, 2*time.Minute); err != nil {
		if k.cmd.ProcessState == nil {
			e.t.Fatalf("keeper %v: %v", args, err)
		}
		return k.cmd.ProcessState.ExitCode(), k.out.String()
	}
	return 0, k.out.String()
}

// Governance on anvil without HashiCorp Vault: a governor whose key is in
// an environment variable proposes a config (signer.kind dev, key_env),
// the timelock delay passes, and it executes it; then `execute --calldata`
// prints the transaction a multisig would send, which, sent by hand with
// the governor's key, executes the next operation; and `keeper once` signs
// its rebalance with the same key. The key never shows in the output.
func TestGovernanceWithDevKeyOnAnvil(t *testing.T) {
	e, gov := newDevKeyEnv(t)
	ctx := context.Background()
	cfgA, err := config.Load(e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	hashA := cfgA.GovernedHash()
	pathB, hashB := e.writeVariant("b.yaml", "  rebalance:\n", "  optimizer:\n    risk_aversion: 3\n  rebalance:\n")
	e.mineBlocks()
	nonce0 := e.keeperNonce()

	// Without the key in the environment nothing is signed, and the error
	// names the variable.
	code, out := e.runKeeperWith([]string{"E2E_GOVERNOR_KEY="}, "governance", "propose", "--config", pathB)
	if code != 1 || !strings.Contains(out, "environment variable E2E_GOVERNOR_KEY is not set or empty") {
		t.Fatalf("propose without the key exited %d:\n%s", code, out)
	}
	if e.keeperNonce() != nonce0 {
		t.Fatal("propose without the key sent a transaction")
	}

	code, out = e.runKeeper("governance", "propose", "--config", pathB)
	if code != 0 || !strings.Contains(out, "governed.optimizer.risk_aversion: 4 → 3") || !strings.Contains(out, "scheduled operation 0x") {
		t.Fatalf("propose exited %d:\n%s", code, out)
	}
	if !strings.Contains(out, "signing with the dev key from the environment") || !strings.Contains(out, e.keeper.Hex()) {
		t.Errorf("propose does not say which key signs:\n%s", out)
	}
	idB := regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(out)[1]
	if e.keeperNonce() != nonce0+1 {
		t.Fatalf("the governor's nonce is %d after proposing, want %d", e.keeperNonce(), nonce0+1)
	}

	if err := e.chain.AdvanceTime(ctx, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	code, out = e.runKeeper("governance", "execute", "--config", pathB, "--id", idB)
	if code != 0 || !strings.Contains(out, "executed operation "+idB) {
		t.Fatalf("execute exited %d:\n%s", code, out)
	}
	reg, err := bindings.NewConfigRegistry(e.chain.Registry, e.chain.Client)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := reg.ConfigHash(&bind.CallOpts{Context: ctx}); err != nil || h != hashB {
		t.Fatalf("registry holds %x (%v) after execute, want %x", h, err, hashB)
	}

	// The rollback to config A, executed by a "multisig": execute
	// --calldata prints the transaction and sends nothing.
	code, out = e.runKeeper("governance", "propose", "--config", e.cfg)
	if code != 0 || !strings.Contains(out, "scheduled operation 0x") {
		t.Fatalf("proposing the rollback exited %d:\n%s", code, out)
	}
	idA := regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(out)[1]
	if err := e.chain.AdvanceTime(ctx, 25*time.Hour); err != nil {
		t.Fatal(err)
	}
	nonce := e.keeperNonce()
	code, out = e.runKeeper("governance", "execute", "--config", e.cfg, "--id", idA, "--calldata")
	m := regexp.MustCompile(`operation (0x[0-9a-f]{64}) \(ready, ready at [^)]+\); send to the timelock (0x[0-9a-fA-F]{40}), value 0:\nexecute calldata: (0x[0-9a-f]+)\n`).FindStringSubmatch(out)
	if code != 0 || m == nil || m[1] != idA {
		t.Fatalf("execute --calldata exited %d:\n%s", code, out)
	}
	if e.keeperNonce() != nonce {
		t.Fatal("execute --calldata sent a transaction")
	}
	if h, _ := reg.ConfigHash(&bind.CallOpts{Context: ctx}); h != hashB {
		t.Fatal("execute --calldata changed the registry")
	}
	timelock := common.HexToAddress(m[2])
	data, err := hexutil.Decode(m[3])
	if err != nil {
		t.Fatal(err)
	}
	e.waitMined(e.sendAs(gov, timelock, data))
	if h, err := reg.ConfigHash(&bind.CallOpts{Context: ctx}); err != nil || h != hashA {
		t.Fatalf("registry holds %x (%v) after the multisig's transaction, want %x", h, err, hashA)
	}
	executed := false
	for _, o := range e.governanceStatus() {
		executed = executed || (o.ID == idA && o.State == "executed")
	}
	if !executed {
		t.Fatalf("status does not show %s executed", idA)
	}
	// Once executed there is nothing left to execute.
	if code, out := e.runKeeper("governance", "execute", "--config", e.cfg, "--id", idA, "--calldata"); code != 1 || !strings.Contains(out, "the operation is executed") {
		t.Fatalf("execute --calldata of an executed operation exited %d:\n%s", code, out)
	}

	// The keeper itself, under the approved config A, signs its rebalance
	// with the same dev key: mined on anvil, from the key's address, for
	// chain id 31337 (checkOnChain).
	k := e.start("once", "--log-format", "json")
	if err := k.wait(t, 3*time.Minute); err != nil {
		t.Fatalf("keeper once: %v\n%s", err, k.out.String())
	}
	if !strings.Contains(k.out.String(), `"signer":"dev signer `+e.keeper.Hex()) {
		t.Errorf("keeper once does not log the dev signer:\n%s", k.out.String())
	}
	if got := e.minedRebalances(); len(got) != 1 {
		t.Fatalf("%d mined rebalances recorded, want 1:\n%s", len(got), k.out.String())
	}
}

// sendAs signs data to `to` (value 0) with the governor's key and sends it,
// as a multisig's signer would, and returns the transaction hash.
func (e *env) sendAs(key *ecdsa.PrivateKey, to common.Address, data []byte) common.Hash {
	e.t.Helper()
	ctx := context.Background()
	cl := e.chain.Client
	nonce, err := cl.PendingNonceAt(ctx, e.keeper)
	if err != nil {
		e.t.Fatal(err)
	}
	gas, err := cl.EstimateGas(ctx, ethereum.CallMsg{From: e.keeper, To: &to, Data: data})
	if err != nil {
		e.t.Fatalf("estimating the multisig's transaction: %v", err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(anviltest.ChainID), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas * 2, To: &to, Value: new(big.Int), Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(anviltest.ChainID)), key)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, signed); err != nil {
		e.t.Fatalf("sending the multisig's transaction: %v", err)
	}
	return signed.Hash()
}
