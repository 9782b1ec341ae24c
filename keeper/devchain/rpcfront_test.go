package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

func freeLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func rawCall(t *testing.T, url, body string) map[string]any {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	return out
}

// The embedded chain's JSON-RPC answers the standard methods (a funded demo
// depositor deposits through it with its printed key) and the local-node
// methods evm_increaseTime and evm_mine, and serves only loopback hosts.
func TestEmbeddedJSONRPCServesTheDemoAccountsAndMovesTime(t *testing.T) {
	ctx := context.Background()
	cfg := embeddedConfig(t)
	cfg.Chain.Embedded.RPCAddr = freeLoopback(t)
	ch, err := Start(ctx, cfg.Chain.Embedded, cfg.Sources, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer ch.Close()
	if ch.RPCURL != "http://"+cfg.Chain.Embedded.RPCAddr {
		t.Fatalf("RPCURL %q", ch.RPCURL)
	}
	cl, err := ethclient.Dial(ch.RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	if id, err := cl.ChainID(ctx); err != nil || id.Cmp(ChainID) != 0 {
		t.Fatalf("chain id %v, %v", id, err)
	}

	accts := ch.DemoAccounts()
	if len(accts) != 3 || accts[0].Role != "depositor" || accts[0].Address != ch.Depositor {
		t.Fatalf("demo accounts %+v", accts)
	}
	// The depositor's printed key deposits its wallet balance over HTTP.
	key, err := crypto.HexToECDSA(strings.TrimPrefix(accts[0].Key, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	tok, err := bindings.NewMockStablecoin(ch.Token, cl)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := tok.BalanceOf(&bind.CallOpts{Context: ctx}, ch.Depositor)
	if err != nil || bal.Cmp(Tokens(cfg.Chain.Embedded.Deposit)) != 0 {
		t.Fatalf("depositor wallet %v, %v; want the demo deposit again", bal, err)
	}
	opts, err := bind.NewKeyedTransactorWithChainID(key, ChainID)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := tok.Approve(opts, ch.Vault, bal)
	if err != nil {
		t.Fatal(err)
	}
	if out := rawCall(t, ch.RPCURL, `{"jsonrpc":"2.0","id":1,"method":"evm_mine","params":[]}`); out["result"] != "0x0" {
		t.Fatalf("evm_mine: %v", out)
	}
	if r, err := bind.WaitMined(ctx, cl, tx); err != nil || r.Status != 1 {
		t.Fatalf("approve: %v %v", r, err)
	}

	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if out := rawCall(t, ch.RPCURL, `{"jsonrpc":"2.0","id":7,"method":"evm_increaseTime","params":["0x15180"]}`); out["result"] != float64(86400) || out["id"] != float64(7) {
		t.Fatalf("evm_increaseTime: %v", out)
	}
	after, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if after.Time < head.Time+86400 || after.Number.Cmp(new(big.Int).Add(head.Number, big.NewInt(1))) < 0 {
		t.Fatalf("head %d@%d → %d@%d after evm_increaseTime 86400", head.Number, head.Time, after.Number, after.Time)
	}
	for _, bad := range []string{`["soon"]`, `[-5]`, `[]`, `[1, 2]`} {
		out := rawCall(t, ch.RPCURL, `{"jsonrpc":"2.0","id":2,"method":"evm_increaseTime","params":`+bad+`}`)
		if e, ok := out["error"].(map[string]any); !ok || !strings.Contains(e["message"].(string), "evm_increaseTime") {
			t.Errorf("evm_increaseTime %s: %v", bad, out)
		}
	}
	// A batch, with a node error passed through with its code.
	resp, err := http.Post(ch.RPCURL, "application/json", strings.NewReader(
		`[{"jsonrpc":"2.0","id":1,"method":"eth_chainId"},{"jsonrpc":"2.0","id":2,"method":"eth_nosuchmethod"}]`))
	if err != nil {
		t.Fatal(err)
	}
	var batch []map[string]any
	json.NewDecoder(resp.Body).Decode(&batch)
	resp.Body.Close()
	if len(batch) != 2 || batch[0]["result"] != "0x539" || batch[1]["error"].(map[string]any)["code"] != float64(-32601) {
		t.Fatalf("batch: %v", batch)
	}
	// Not for other hosts (DNS rebinding), and not the node's admin methods.
	req, _ := http.NewRequest(http.MethodPost, ch.RPCURL, bytes.NewReader([]byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId"}`)))
	req.Host = "attacker.example"
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("foreign Host: %v %v", resp, err)
	}
	if out := rawCall(t, ch.RPCURL, `{"jsonrpc":"2.0","id":1,"method":"admin_nodeInfo"}`); out["error"] == nil {
		t.Fatalf("admin_nodeInfo served: %v", out)
	}
}
