package e2e

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/deploy"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain"
	"github.com/vaultkeeper/vaultkeeper/keeper/devchain/anviltest"
	"github.com/vaultkeeper/vaultkeeper/keeper/signer/vaulttest"
	"github.com/vaultkeeper/vaultkeeper/vaults"
)

// deployRun runs the keeper binary with extra environment and returns its
// exit code and combined output.
func deployRun(t *testing.T, vars []string, args ...string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, keeperBin, args...)
	cmd.Env = append(os.Environ(), vars...)
	out, err := cmd.CombinedOutput()
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("keeper %v: %v", args, err)
	}
	return cmd.ProcessState.ExitCode(), string(out)
}

// castRun runs the project's pinned cast (scripts/cast) and fails the test
// when it fails.
func castRun(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command(filepath.Join(vaulttest.RepoRoot(), "scripts", "cast"), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("cast %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func keyHex(k *ecdsa.PrivateKey) string { return "0x" + hex.EncodeToString(crypto.FromECDSA(k)) }

// The README's "Deploy a vault", on a bare anvil whose only contracts are
// the project's local pools (standing in for mainnet's Aave, Comet and
// ERC-4626 markets), the deployer's and the keeper's keys held in HashiCorp
// Vault: a dry run sends nothing; `keeper deploy` killed in the
// middle of a step and run again deploys each contract once; `keeper deploy
// verify` passes; governance executes the proposed keeper config with its
// own dev key; a depositor deposits with cast; the keeper daemon, signing
// with a key held in HashiCorp Vault, rebalances the deposit into the
// sources on the generated config; governance proposes and executes a new
// config, which the running daemon adopts; the depositor redeems everything.
func TestDeployAVaultAndKeepItOnAnvil(t *testing.T) {
	if testing.Short() {
		t.Skip("starts anvil, Vault and the keeper binary")
	}
	ctx := context.Background()
	hv := vaulttest.Start(t)
	keeperAddr, keeperKey := hv.PutKey(t)
	token := hv.PolicyToken(t, "keeper-kv", "1h")

	node := anviltest.Start(t)
	emb := config.Default().Chain.Embedded
	emb.Pools = demoPools()
	// The market's own demo vault is not used: only its pools.
	ch, err := devchain.Attach(ctx, node.URL, emb, nil, common.HexToAddress("0x00000000000000000000000000000000000000e1"),
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	// A public chain's behaviour: transactions mine as they come, and
	// blocks keep coming.
	node.Call(t, nil, "evm_setAutomine", true)
	mctx, stopMining := context.WithCancel(ctx)
	mined := make(chan struct{})
	go func() {
		defer close(mined)
		for {
			select {
			case <-mctx.Done():
				return
			case <-time.After(300 * time.Millisecond):
				node.RPC.CallContext(mctx, nil, "evm_mine")
			}
		}
	}()
	defer func() { stopMining(); <-mined }()

	keys := map[string]*ecdsa.PrivateKey{}
	for _, who := range []string{"deployer", "governor", "depositor"} {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys[who] = k
	}
	addrOf := func(who string) common.Address { return crypto.PubkeyToAddress(keys[who].PublicKey) }
	// The deployer's key is held in HashiCorp Vault too (vault-kv), at its
	// own path.
	if _, err := hv.Root.KVv2(vaulttest.KVMount).Put(ctx, "vaultkeeper/deployer", map[string]any{"private_key": keyHex(keys["deployer"])}); err != nil {
		t.Fatal(err)
	}
	for _, a := range []common.Address{addrOf("deployer"), addrOf("governor"), addrOf("depositor"), keeperAddr} {
		node.Call(t, nil, "anvil_setBalance", a, (*hexutil.Big)(new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))))
	}
	guardian := common.HexToAddress("0x00000000000000000000000000000000000000a2")

	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	var src strings.Builder
	for _, p := range ch.Pools {
		fmt.Fprintf(&src, "  - {name: %s, kind: %s, address: %q, abs_cap: \"10000000000000\", rel_cap_bps: 6000}\n", p.Config.Name, p.Config.Kind, p.Address.Hex())
	}
	spec := fmt.Sprintf(`chain:
  rpc_url: %s
signer:
  kind: vault-kv
  vault:
    address: %q
    ca_cert: %q
    auth: token
    path: vaultkeeper/deployer
    token_env: DEPLOYER_VAULT_TOKEN
governance:
  delay: 48h
  proposers: [%q, %q]
  executors: [%q]
  guardian: %q
keeper: %q
vault:
  asset: %q
  name: Deployed USD Vault
  symbol: dvUSD
  min_idle_bps: 200
sources:
%skeeper_config:
  schedule: "*/2 * * * * *"
  storage_path: %q
  signer:
    kind: vault-kv
    vault:
      address: %q
      ca_cert: %q
      auth: token
      token_env: E2E_VAULT_TOKEN
`, node.URL, hv.Address, hv.CACert, addrOf("deployer").Hex(), addrOf("governor").Hex(), addrOf("governor").Hex(), guardian.Hex(), keeperAddr.Hex(),
		ch.Token.Hex(), src.String(), filepath.Join(dir, "keeper.db"), hv.Address, hv.CACert)
	specPath := filepath.Join(dir, "spec.yaml")
	if err := os.WriteFile(specPath, []byte(spec), 0o600); err != nil {
		t.Fatal(err)
	}
	deployerVars := []string{"DEPLOYER_VAULT_TOKEN=" + hv.RootToken}
	secrets := []string{strings.TrimPrefix(keyHex(keys["deployer"]), "0x"), strings.TrimPrefix(keeperKey, "0x"), token, hv.RootToken}
	noSecrets := func(what, s string) {
		t.Helper()
		for _, sec := range secrets {
			if sec != "" && strings.Contains(strings.ToLower(s), strings.ToLower(sec)) {
				t.Fatalf("%s prints a secret", what)
			}
		}
	}
	nonce := func() uint64 {
		n, err := node.Client.NonceAt(ctx, addrOf("deployer"), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	code, outText := deployRun(t, deployerVars, "deploy", "--spec", specPath, "--dry-run", "--json")
	if code != 0 {
		t.Fatalf("dry run: exit %d\n%s", code, outText)
	}
	var plan deploy.Plan
	if err := json.Unmarshal([]byte(outText[strings.Index(outText, "{"):]), &plan); err != nil {
		t.Fatalf("dry run JSON: %v\n%s", err, outText)
	}
	if nonce() != 0 || len(plan.Steps) < 10 {
		t.Fatalf("dry run: nonce %d, %d steps", nonce(), len(plan.Steps))
	}

	// Killed right after its 14th journal write (mid-way through a step),
	// then run again.
	code, outText = deployRun(t, append(deployerVars, "VAULTKEEPER_TEST_KILL_AFTER_SEND_WRITES=14"), "deploy", "--spec", specPath, "--out", out)
	if code == 0 || !strings.Contains(outText, "crash test: SIGKILL") {
		t.Fatalf("the crash hook did not kill the deploy: exit %d\n%s", code, outText)
	}
	if n := nonce(); n == 0 || n >= uint64(len(plan.Steps)) {
		t.Fatalf("killed deploy sent %d of %d transactions", n, len(plan.Steps))
	}
	code, outText = deployRun(t, deployerVars, "deploy", "--spec", specPath, "--out", out)
	if code != 0 {
		t.Fatalf("re-run: exit %d\n%s", code, outText)
	}
	noSecrets("keeper deploy", outText)
	if n := nonce(); n != uint64(len(plan.Steps)) {
		t.Fatalf("the deployer sent %d transactions for %d steps: something was sent twice", n, len(plan.Steps))
	}
	dep, err := deploy.ReadDeployment(filepath.Join(out, "deployment.json"))
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range plan.Steps {
		if s.Address != "" && dep.Steps[i].Address != s.Address {
			t.Errorf("step %s deployed at %s, planned at %s", s.Key, dep.Steps[i].Address, s.Address)
		}
	}
	code, outText = deployRun(t, nil, "deploy", "verify", "--rpc-url", node.URL, filepath.Join(out, "deployment.json"))
	if code != 0 || !strings.Contains(outText, "checks passed") {
		t.Fatalf("verify: exit %d\n%s", code, outText)
	}

	// Governance executes the keeper config's approval once the delay has
	// passed, signing with the governor's own dev key (--key-env).
	cfgPath := filepath.Join(out, "config.yaml")
	govVars := []string{"GOVERNOR_KEY=" + keyHex(keys["governor"])}
	node.Call(t, nil, "evm_increaseTime", 48*3600+60)
	node.Mine(t)
	code, outText = deployRun(t, govVars, "governance", "execute", "--config", cfgPath, "--key-env", "GOVERNOR_KEY", "--id", dep.Config.OperationID)
	if code != 0 {
		t.Fatalf("governance execute: exit %d\n%s", code, outText)
	}

	// A depositor deposits with stock cast.
	deposit := devchain.Tokens(1_000_000)
	if err := ch.Mint(ctx, addrOf("depositor"), deposit); err != nil {
		t.Fatal(err)
	}
	pk := keyHex(keys["depositor"])
	castRun(t, "send", "--rpc-url", node.URL, "--private-key", pk, ch.Token.Hex(), "approve(address,uint256)", dep.Vault.Address, deposit.String())
	castRun(t, "send", "--rpc-url", node.URL, "--private-key", pk, dep.Vault.Address, "deposit(uint256,address)", deposit.String(), addrOf("depositor").Hex())

	// The keeper daemon, on the generated config with its key in Vault,
	// moves the deposit into the sources.
	var logs vaulttest.SyncBuffer
	daemonCmd := exec.Command(keeperBin, "run", "--config", cfgPath)
	daemonCmd.Env = append(os.Environ(), "E2E_VAULT_TOKEN="+token)
	daemonCmd.Stdout, daemonCmd.Stderr = &logs, &logs
	if err := daemonCmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- daemonCmd.Wait() }()
	stopped := false
	defer func() {
		if !stopped {
			daemonCmd.Process.Kill()
			<-exited
		}
	}()
	vc, err := vaults.New(common.HexToAddress(dep.Vault.Address), node.Client)
	if err != nil {
		t.Fatal(err)
	}
	// What the sources hold, read from the chain. A read that fails is read
	// again at the next poll, as the keeper's next tick would: devchain
	// stamps the market's blocks a second apart, faster than the wall
	// clock, and anvil has now and then executed a call at the head block
	// with an earlier time than the block's, so a market's accrual
	// (timestamp − lastAccrualTime) underflowed.
	allocated := func() *big.Int {
		st, err := vc.State(ctx)
		if err != nil {
			t.Logf("reading the vault: %v", err)
			return new(big.Int)
		}
		sum := new(big.Int)
		for _, s := range st.Sources {
			sum.Add(sum, s.Assets)
		}
		return sum
	}
	waitFor(t, "the keeper's first rebalance", 2*time.Minute, func() bool {
		select {
		case err := <-exited:
			t.Fatalf("keeper run exited: %v\n%s", err, logs.String())
		default:
		}
		return allocated().Sign() > 0
	})

	// Governance proposes a new governed config next to the running one;
	// once executed, the daemon switches to it.
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	v2 := filepath.Join(out, "config-v2.yaml")
	if err := os.WriteFile(v2, []byte(strings.Replace(string(raw), `schedule: "*/2 * * * * *"`, `schedule: "*/3 * * * * *"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	code, outText = deployRun(t, govVars, "governance", "propose", "--config", v2, "--key-env", "GOVERNOR_KEY")
	m := regexp.MustCompile(`scheduled operation (0x[0-9a-f]{64})`).FindStringSubmatch(outText)
	if code != 0 || m == nil {
		t.Fatalf("governance propose: exit %d\n%s", code, outText)
	}
	node.Call(t, nil, "evm_increaseTime", 48*3600+60)
	node.Mine(t)
	if code, outText = deployRun(t, govVars, "governance", "execute", "--config", v2, "--key-env", "GOVERNOR_KEY", "--id", m[1]); code != 0 {
		t.Fatalf("governance execute: exit %d\n%s", code, outText)
	}
	waitFor(t, "the daemon's switch to config-v2.yaml", time.Minute, func() bool {
		for _, l := range strings.Split(logs.String(), "\n") {
			if strings.Contains(l, "switched to the approved config") && strings.Contains(l, "config-v2.yaml") {
				return true
			}
		}
		return false
	})
	daemonCmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-exited:
		stopped = true
		if err != nil {
			t.Fatalf("keeper run after SIGTERM: %v\n%s", err, logs.String())
		}
	case <-time.After(time.Minute):
		t.Fatalf("keeper run did not stop on SIGTERM:\n%s", logs.String())
	}
	noSecrets("keeper run", logs.String())

	// The depositor redeems everything it can (ERC-4626 maxRedeem: the
	// sources' withdrawals round down, so the last share unit, worth less
	// than one base unit, may stay) and gets its deposit back.
	shares := strings.Fields(castRun(t, "call", "--rpc-url", node.URL, dep.Vault.Address, "maxRedeem(address)(uint256)", addrOf("depositor").Hex()))[0]
	castRun(t, "send", "--rpc-url", node.URL, "--private-key", pk, dep.Vault.Address, "redeem(uint256,address,address)", shares,
		addrOf("depositor").Hex(), addrOf("depositor").Hex())
	bal := castRun(t, "call", "--rpc-url", node.URL, ch.Token.Hex(), "balanceOf(address)(uint256)", addrOf("depositor").Hex())
	got, ok := new(big.Int).SetString(strings.Fields(bal)[0], 10)
	if !ok || got.Cmp(new(big.Int).Sub(deposit, big.NewInt(10))) < 0 {
		t.Fatalf("the depositor got back %s of %s", bal, deposit)
	}
	left := strings.Fields(castRun(t, "call", "--rpc-url", node.URL, dep.Vault.Address, "balanceOf(address)(uint256)", addrOf("depositor").Hex()))[0]
	worth := strings.Fields(castRun(t, "call", "--rpc-url", node.URL, dep.Vault.Address, "convertToAssets(uint256)(uint256)", left))[0]
	if worth != "0" {
		t.Fatalf("shares left after redeeming maxRedeem: %s, worth %s base units", left, worth)
	}
}
