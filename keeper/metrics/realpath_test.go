package metrics

// These tests feed the metrics from the real producers: keeper/txmgr sending
// on go-ethereum's simulated chain, keeper/signer talking to an HTTP server
// that answers as HashiCorp Vault does, and go-ethereum's JSON-RPC client
// talking to an HTTP server that answers as a node does.

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/vaultkeeper/vaultkeeper/keeper/signer"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// flakyChain is the simulated chain's client with the first broadcast
// refused as underpriced, in a message that quotes a node URL with a token.
type flakyChain struct {
	txmgr.Chain
	refused atomic.Bool
}

func (c *flakyChain) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if c.refused.CompareAndSwap(false, true) {
		return errors.New("replacement transaction underpriced (node https://eth.example/v3/" + secretToken + ")")
	}
	return c.Chain.SendTransaction(ctx, tx)
}

func TestTxmgrDrivesSendStatesAndRPCErrors(t *testing.T) {
	dev, err := signer.NewDev(big.NewInt(1337))
	if err != nil {
		t.Fatal(err)
	}
	reverter := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	recipient := common.HexToAddress("0x00000000000000000000000000000000000000bb")
	backend := simulated.NewBackend(types.GenesisAlloc{
		dev.Address(): {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))},
		reverter:      {Code: []byte{0x60, 0x00, 0x60, 0x00, 0xfd}}, // PUSH1 0 PUSH1 0 REVERT
	})
	st, err := store.Open(filepath.Join(t.TempDir(), "keeper.db"))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // mine a block every 5 ms
		defer wg.Done()
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				backend.Commit()
			}
		}
	}()
	t.Cleanup(func() { close(done); wg.Wait(); st.Close(); backend.Close() })

	f := newFixture(t, Options{})
	mgr, err := txmgr.New(&flakyChain{Chain: backend.Client()}, big.NewInt(1337), dev, st,
		txmgr.Config{PollInterval: 2 * time.Millisecond, Confirmations: 2, ResubmitTimeout: time.Hour},
		txmgr.Options{Metrics: f.m})
	if err != nil {
		t.Fatal(err)
	}

	snd, err := mgr.Send(ctxT(t), txmgr.Request{Key: "decision-1", To: recipient, Value: big.NewInt(1)})
	if err != nil || snd.State != store.SendConfirmed {
		t.Fatalf("send: %v, state %q", err, snd.State)
	}
	f.v.TxMined(snd.GasUsed, snd.GasPrice, false)
	if _, err := mgr.Send(ctxT(t), txmgr.Request{Key: "decision-2", To: reverter}); !errors.Is(err, txmgr.ErrReverted) {
		t.Fatalf("send to a reverting contract: %v", err)
	}

	e := scrape(t, f.url)
	// The first attempt was refused as underpriced, so a second one was
	// signed (signed → signed); the second send failed in simulation.
	wantTransitions := map[string]float64{
		`vaultkeeper_send_state_transitions_total{from="none",to="decided"}`:    2,
		`vaultkeeper_send_state_transitions_total{from="decided",to="built"}`:   1,
		`vaultkeeper_send_state_transitions_total{from="built",to="signed"}`:    1,
		`vaultkeeper_send_state_transitions_total{from="signed",to="signed"}`:   1,
		`vaultkeeper_send_state_transitions_total{from="signed",to="sent"}`:     1,
		`vaultkeeper_send_state_transitions_total{from="sent",to="mined"}`:      1,
		`vaultkeeper_send_state_transitions_total{from="mined",to="confirmed"}`: 1,
		`vaultkeeper_send_state_transitions_total{from="decided",to="failed"}`:  1,
	}
	e.expect(t, wantTransitions)
	if got := e.family("vaultkeeper_send_state_transitions_total"); len(got) != len(wantTransitions) {
		t.Errorf("transitions %v, want exactly %v", got, wantTransitions)
	}
	// What the node's receipt says the mined send used and paid.
	rcpt, err := backend.Client().TransactionReceipt(ctxT(t), common.HexToHash(snd.TxHash))
	if err != nil {
		t.Fatal(err)
	}
	wantGas := float64(rcpt.GasUsed)
	wantCost, _ := new(big.Float).SetInt(new(big.Int).Mul(rcpt.EffectiveGasPrice, new(big.Int).SetUint64(rcpt.GasUsed))).Float64()
	e.expect(t, map[string]float64{
		`vaultkeeper_sends_in_state{state="decided"}`:                                       0,
		`vaultkeeper_sends_in_state{state="built"}`:                                         0,
		`vaultkeeper_sends_in_state{state="signed"}`:                                        0,
		`vaultkeeper_sends_in_state{state="sent"}`:                                          0,
		`vaultkeeper_sends_in_state{state="mined"}`:                                         0,
		`vaultkeeper_rpc_errors_total{class="underpriced",method="eth_sendRawTransaction"}`: 1,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:                  1,
		`vaultkeeper_gas_used_total{status="success",vault="a"}`:                            wantGas,
		`vaultkeeper_gas_cost_wei_total{status="success",vault="a"}`:                        wantCost,
	})
	if snd.GasUsed != 21000 || wantCost <= 0 {
		t.Errorf("mined send used %d gas at %v wei", snd.GasUsed, snd.GasPrice)
	}
	if len(e.family("vaultkeeper_rpc_errors_total")) != 1 {
		t.Errorf("rpc errors %v, want only the underpriced broadcast", e.family("vaultkeeper_rpc_errors_total"))
	}
	if strings.Contains(e.text, secretToken) {
		t.Error("the scrape contains the node URL's token")
	}
}

// fakeVault answers every request with status and Vault's JSON error body.
func fakeVault(t *testing.T, status int, message string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string][]string{"errors": {message}})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// closedAddr returns a loopback address nothing listens on.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestSignerErrorsFromTheVaultSigners(t *testing.T) {
	t.Setenv("METRICS_TEST_VAULT_TOKEN", secretVault)
	kv := func(addr string) signer.VaultConfig {
		return signer.VaultConfig{Address: addr, Mount: "secret", Path: "vaultkeeper/signing", Field: "private_key",
			Auth: signer.AuthToken, TokenEnv: "METRICS_TEST_VAULT_TOKEN"}
	}
	plugin := func(addr string) signer.VaultConfig {
		return signer.VaultConfig{Address: addr, Auth: signer.AuthToken, TokenEnv: "METRICS_TEST_VAULT_TOKEN"}
	}
	f := newFixture(t, Options{})

	_, err := signer.NewVaultKV(ctxT(t), kv(fakeVault(t, http.StatusServiceUnavailable, "Vault is sealed")), nil)
	if err == nil {
		t.Fatal("NewVaultKV against a sealed Vault succeeded")
	}
	t.Logf("signer error: %v", err)
	f.m.SignerError("vault-kv", err)

	_, err = signer.NewVaultPlugin(ctxT(t), plugin(fakeVault(t, http.StatusForbidden, "permission denied")), nil)
	if err == nil {
		t.Fatal("NewVaultPlugin with a refused token succeeded")
	}
	t.Logf("signer error: %v", err)
	f.m.SignerError("vault-plugin", err)

	_, err = signer.NewVaultKV(ctxT(t), kv("http://"+closedAddr(t)), nil)
	if err == nil {
		t.Fatal("NewVaultKV against a closed port succeeded")
	}
	t.Logf("signer error: %v", err)
	f.m.SignerError("vault-kv", err)

	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_signer_errors_total{class="sealed",kind="vault-kv"}`:                1,
		`vaultkeeper_signer_errors_total{class="permission_denied",kind="vault-plugin"}`: 1,
		`vaultkeeper_signer_errors_total{class="unreachable",kind="vault-kv"}`:           1,
	})
	if n := len(e.family("vaultkeeper_signer_errors_total")); n != 3 {
		t.Errorf("signer error series %v, want 3", e.family("vaultkeeper_signer_errors_total"))
	}
	if strings.Contains(e.text, secretVault) || strings.Contains(e.text, "127.0.0.1") {
		t.Error("the scrape contains the Vault token or address")
	}
}

// fakeNode answers JSON-RPC as a node would: a nonce-too-low transaction
// pool error, a reverting gas estimate, HTTP 429 under /limited/, and no
// answer at all (until the client gives up) for eth_call.
func fakeNode(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/limited/") {
			http.Error(w, "too many requests for key "+secretToken, http.StatusTooManyRequests)
			return
		}
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var rpcErr map[string]any
		switch req.Method {
		case "eth_sendRawTransaction":
			rpcErr = map[string]any{"code": -32000, "message": "nonce too low: address 0xabc, tx: 4 state: 5"}
		case "eth_estimateGas":
			rpcErr = map[string]any{"code": 3, "message": "execution reverted: custom error 0x" + secretKey[:8], "data": "0x" + secretKey}
		case "eth_call":
			<-r.Context().Done()
			return
		default:
			rpcErr = map[string]any{"code": -32601, "message": "the method " + req.Method + " does not exist"}
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": req.ID, "error": rpcErr})
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func dial(t *testing.T, url string) *ethclient.Client {
	t.Helper()
	c, err := ethclient.DialContext(ctxT(t), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func TestRPCErrorsFromGoEthereumsClient(t *testing.T) {
	node := fakeNode(t)
	f := newFixture(t, Options{})
	record := func(method string, err error) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s succeeded against the fake node", method)
		}
		f.m.RPCError(method, err)
	}

	c := dial(t, node+"/v3/"+secretToken)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Nonce: 4, Gas: 21000, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(1)})
	record("eth_sendRawTransaction", c.SendTransaction(ctxT(t), tx))
	_, err := c.EstimateGas(ctxT(t), ethereum.CallMsg{})
	record("eth_estimateGas", err)
	short, cancel := context.WithTimeout(ctxT(t), 50*time.Millisecond)
	defer cancel()
	_, err = c.CallContract(short, ethereum.CallMsg{}, nil)
	record("eth_call", err)
	_, err = c.BlockByHash(ctxT(t), common.Hash{})
	record("eth_getBlockByHash", err)

	_, err = dial(t, node+"/limited/"+secretToken).NonceAt(ctxT(t), common.Address{}, nil)
	record("eth_getTransactionCount", err)
	_, err = dial(t, "http://"+closedAddr(t)+"/v3/"+secretToken).HeaderByNumber(ctxT(t), nil)
	record("eth_getBlockByNumber", err)

	e := scrape(t, f.url)
	want := map[string]float64{
		`vaultkeeper_rpc_errors_total{class="nonce_too_low",method="eth_sendRawTransaction"}`: 1,
		`vaultkeeper_rpc_errors_total{class="execution_reverted",method="eth_estimateGas"}`:   1,
		`vaultkeeper_rpc_errors_total{class="timeout",method="eth_call"}`:                     1,
		`vaultkeeper_rpc_errors_total{class="other",method="eth_getBlockByHash"}`:             1,
		`vaultkeeper_rpc_errors_total{class="rate_limited",method="eth_getTransactionCount"}`: 1,
		`vaultkeeper_rpc_errors_total{class="network",method="eth_getBlockByNumber"}`:         1,
	}
	e.expect(t, want)
	if n := len(e.family("vaultkeeper_rpc_errors_total")); n != len(want) {
		t.Errorf("rpc error series %v, want %d", e.family("vaultkeeper_rpc_errors_total"), len(want))
	}
	for _, s := range []string{secretToken, secretKey[:8], "127.0.0.1"} {
		if strings.Contains(e.text, s) {
			t.Errorf("the scrape contains %q", s)
		}
	}
}
