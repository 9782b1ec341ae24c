package metrics

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

func TestNewRejectsNegativeStaleness(t *testing.T) {
	_, err := New(Options{TickStaleness: -time.Second})
	if err == nil || !strings.Contains(err.Error(), "-1s") {
		t.Fatalf("New with negative staleness: %v", err)
	}
}

func TestFreshRegistryExposesZeroedSeriesAndRuntimeCollectors(t *testing.T) {
	f := newFixture(t, Options{})
	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_ticks_total{result="ok",vault="a"}`:                            0,
		`vaultkeeper_ticks_total{result="error",vault="a"}`:                         0,
		`vaultkeeper_tick_duration_seconds_count{vault="a"}`:                        0,
		`vaultkeeper_last_tick_timestamp_seconds{vault="a"}`:                        0,
		`vaultkeeper_last_successful_tick_timestamp_seconds{vault="a"}`:             0,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 0,
		`vaultkeeper_decisions_total{action="hold",dry_run="true",vault="a"}`:       0,
		`vaultkeeper_sends_in_state{state="decided"}`:                               0,
		`vaultkeeper_sends_in_state{state="mined"}`:                                 0,
		`vaultkeeper_gas_used_total{status="success",vault="a"}`:                    0,
		`vaultkeeper_config_hash_match{vault="a"}`:                                  0,
	})
	if _, ok := e.samples["go_goroutines"]; !ok {
		t.Error("the Go runtime collector is not registered")
	}
	if runtime.GOOS == "linux" {
		if _, ok := e.samples["process_cpu_seconds_total"]; !ok {
			t.Error("the process collector is not registered")
		}
	}
	// The registry is private: nothing went to the global default one.
	mfs, err := prometheus.DefaultGatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if strings.HasPrefix(mf.GetName(), "vaultkeeper_") {
			t.Errorf("%s is in the global registry", mf.GetName())
		}
	}
	if len(e.family("vaultkeeper_config_hash_info")) != 0 {
		t.Error("config hash info has a series before ConfigHash was called")
	}
}

func TestTicks(t *testing.T) {
	f := newFixture(t, Options{})
	f.v.Tick(500*time.Millisecond, nil)
	f.clock.advance(10 * time.Second)
	f.v.Tick(1500*time.Millisecond, nil)
	f.clock.advance(10 * time.Second)
	f.v.Tick(45*time.Second, errors.New("observing: connection refused"))

	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_ticks_total{result="ok",vault="a"}`:                2,
		`vaultkeeper_ticks_total{result="error",vault="a"}`:             1,
		`vaultkeeper_tick_duration_seconds_count{vault="a"}`:            3,
		`vaultkeeper_tick_duration_seconds_sum{vault="a"}`:              47,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="0.5"}`:  1,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="1"}`:    1,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="2.5"}`:  2,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="30"}`:   2,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="60"}`:   3,
		`vaultkeeper_tick_duration_seconds_bucket{vault="a",le="+Inf"}`: 3,
		`vaultkeeper_last_tick_timestamp_seconds{vault="a"}`:            1_700_000_020,
		`vaultkeeper_last_successful_tick_timestamp_seconds{vault="a"}`: 1_700_000_010,
	})
}

func TestDecisionsAndGains(t *testing.T) {
	f := newFixture(t, Options{})
	f.v.Decision(ActionRebalance, false, 1250.5)
	f.v.RebalanceSent(1250.5)
	f.v.Decision(ActionRebalance, true, 99)
	f.v.Decision(ActionHold, false, 3.25)
	f.v.Decision(ActionHold, false, 2)
	f.v.Decision(ActionError, false, 0)
	f.v.Decision("rebalance; DROP TABLE decisions", false, -7.5)
	f.v.RebalanceSent(40)
	// Not added: a counter cannot go down, and NaN or Inf would poison it.
	f.v.RebalanceSent(-5)
	f.v.RebalanceSent(math.NaN())
	f.v.RebalanceSent(math.Inf(1))
	f.v.SetRealisedGain(-12.25)

	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`: 1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="true",vault="a"}`:  1,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="a"}`:      2,
		`vaultkeeper_decisions_total{action="hold",dry_run="true",vault="a"}`:       0,
		`vaultkeeper_decisions_total{action="error",dry_run="false",vault="a"}`:     1,
		`vaultkeeper_decisions_total{action="other",dry_run="false",vault="a"}`:     1,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="a"}`:                 -7.5,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:          1290.5,
		`vaultkeeper_realised_yearly_gain{vault="a"}`:                               -12.25,
	})
	if strings.Contains(e.text, "DROP TABLE") {
		t.Error("an unknown action reached a label")
	}
}

func TestTxMined(t *testing.T) {
	f := newFixture(t, Options{})
	f.v.TxMined(21000, big.NewInt(2_000_000_000), false)
	f.v.TxMined(100000, big.NewInt(1_500_000_000), false)
	f.v.TxMined(50000, big.NewInt(3_000_000_000), true)
	f.v.TxMined(30000, nil, false) // price unknown: gas and count only

	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:  3,
		`vaultkeeper_mined_transactions_total{status="reverted",vault="a"}`: 1,
		`vaultkeeper_gas_used_total{status="success",vault="a"}`:            151000,
		`vaultkeeper_gas_used_total{status="reverted",vault="a"}`:           50000,
		`vaultkeeper_gas_cost_wei_total{status="success",vault="a"}`:        21000*2e9 + 100000*1.5e9,
		`vaultkeeper_gas_cost_wei_total{status="reverted",vault="a"}`:       150000e9,
	})
}

func TestSendStatesCountTransitionsAndOpenSends(t *testing.T) {
	f := newFixture(t, Options{})
	path := func(states ...string) {
		for i := 1; i < len(states); i++ {
			f.m.SendState(states[i-1], states[i])
		}
	}
	// One send all the way, one stuck in sent after a fee bump, one failed
	// in simulation, one deferred in decided.
	path("", store.SendDecided, store.SendBuilt, store.SendSigned, store.SendSent, store.SendMined, store.SendConfirmed)
	path("", store.SendDecided, store.SendBuilt, store.SendSigned, store.SendSent, store.SendSigned, store.SendSent)
	path("", store.SendDecided, store.SendFailed)
	path("", store.SendDecided)
	// A send resumed from an earlier process's journal, never seen in
	// state mined here: the gauge must not go negative.
	path(store.SendMined, store.SendConfirmed)
	// Unknown states are counted as other and not tracked as open.
	f.m.SendState(store.SendMined, "exploded")

	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_send_state_transitions_total{from="none",to="decided"}`:    4,
		`vaultkeeper_send_state_transitions_total{from="decided",to="built"}`:   2,
		`vaultkeeper_send_state_transitions_total{from="decided",to="failed"}`:  1,
		`vaultkeeper_send_state_transitions_total{from="built",to="signed"}`:    2,
		`vaultkeeper_send_state_transitions_total{from="signed",to="sent"}`:     3,
		`vaultkeeper_send_state_transitions_total{from="sent",to="signed"}`:     1,
		`vaultkeeper_send_state_transitions_total{from="sent",to="mined"}`:      1,
		`vaultkeeper_send_state_transitions_total{from="mined",to="confirmed"}`: 2,
		`vaultkeeper_send_state_transitions_total{from="mined",to="other"}`:     1,
		`vaultkeeper_sends_in_state{state="decided"}`:                           1,
		`vaultkeeper_sends_in_state{state="built"}`:                             0,
		`vaultkeeper_sends_in_state{state="signed"}`:                            0,
		`vaultkeeper_sends_in_state{state="sent"}`:                              1,
		`vaultkeeper_sends_in_state{state="mined"}`:                             0,
	})
	e.absent(t, "vaultkeeper_sends_in_state", `state="confirmed"`)
	e.absent(t, "vaultkeeper_sends_in_state", `state="other"`)
	e.absent(t, "vaultkeeper_send_state_transitions_total", `exploded`)

	// Seeding from the journal adds the sends left open, each once.
	if err := f.m.SetOpenSends([]store.Send{{Key: "a", State: store.SendSent}, {Key: "b", State: store.SendSent},
		{Key: "c", State: store.SendBuilt}}); err != nil {
		t.Fatal(err)
	}
	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_sends_in_state{state="decided"}`: 1,
		`vaultkeeper_sends_in_state{state="built"}`:   1,
		`vaultkeeper_sends_in_state{state="sent"}`:    3,
	})
	f.m.SendState(store.SendSent, store.SendMined)
	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_sends_in_state{state="sent"}`:  2,
		`vaultkeeper_sends_in_state{state="mined"}`: 1,
	})
	err := f.v.SetOpenSends([]store.Send{{Key: "x", State: store.SendDecided}, {Key: "done", State: store.SendConfirmed}})
	if err == nil || !strings.Contains(err.Error(), `"done"`) || !strings.Contains(err.Error(), "confirmed") {
		t.Fatalf("SetOpenSends with a terminal send: %v", err)
	}
	// A rejected seed changes nothing.
	scrape(t, f.url).expect(t, map[string]float64{
		`vaultkeeper_sends_in_state{state="decided"}`: 1,
		`vaultkeeper_sends_in_state{state="sent"}`:    2,
	})
}

// Two vaults on one Metrics report their own series, labelled with their
// names; what they share (sends of a common key, RPC, the signer, health)
// is the process's, unlabelled, and counted once.
func TestVaultsReportSeparately(t *testing.T) {
	m, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m.Handler())
	t.Cleanup(srv.Close)
	if fam := scrape(t, srv.URL).family("vaultkeeper_ticks_total"); len(fam) != 0 {
		t.Fatalf("tick series before any vault is named: %v", fam)
	}
	a, b := m.Vault("a"), m.Vault("b")
	if m.Vault("a") != a || a.Name() != "a" || m.Vault("").Name() != DefaultVault {
		t.Fatal("Vault does not return one view per name")
	}
	a.Tick(2*time.Second, nil)
	a.Tick(time.Second, errors.New("node down"))
	b.Tick(time.Second, nil)
	a.Decision(ActionRebalance, false, 10)
	b.Decision(ActionHold, false, 1)
	a.RebalanceSent(10)
	a.SetRealisedGain(9)
	b.SetRealisedGain(-1)
	b.TxMined(21000, big.NewInt(1e9), false)
	a.ConfigHash([32]byte{1}, [32]byte{1})
	b.ConfigHash([32]byte{2}, [32]byte{3})
	b.ConfigHash([32]byte{3}, [32]byte{3}) // replaces b's info series only
	// Vaults sharing a signing key report the same open sends.
	open := []store.Send{{Key: "k1", State: store.SendSent}}
	if err := a.SetOpenSends(open); err != nil {
		t.Fatal(err)
	}
	if err := b.SetOpenSends(append(open, store.Send{Key: "k2", State: store.SendBuilt})); err != nil {
		t.Fatal(err)
	}
	a.SendState(store.SendSent, store.SendMined)
	b.RPCError("eth_call", timeoutErr{})
	a.SignerError("dev", errors.New("Vault is sealed"))

	e := scrape(t, srv.URL)
	h1, h2, h3 := hexHash([32]byte{1}), hexHash([32]byte{2}), hexHash([32]byte{3})
	e.expect(t, map[string]float64{
		`vaultkeeper_ticks_total{result="ok",vault="a"}`:                                     1,
		`vaultkeeper_ticks_total{result="error",vault="a"}`:                                  1,
		`vaultkeeper_ticks_total{result="ok",vault="b"}`:                                     1,
		`vaultkeeper_ticks_total{result="error",vault="b"}`:                                  0,
		`vaultkeeper_tick_duration_seconds_sum{vault="a"}`:                                   3,
		`vaultkeeper_tick_duration_seconds_sum{vault="b"}`:                                   1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="a"}`:          1,
		`vaultkeeper_decisions_total{action="rebalance",dry_run="false",vault="b"}`:          0,
		`vaultkeeper_decisions_total{action="hold",dry_run="false",vault="b"}`:               1,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="a"}`:                          10,
		`vaultkeeper_last_decision_expected_yearly_gain{vault="b"}`:                          1,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="a"}`:                   10,
		`vaultkeeper_sent_rebalance_expected_yearly_gain_total{vault="b"}`:                   0,
		`vaultkeeper_realised_yearly_gain{vault="a"}`:                                        9,
		`vaultkeeper_realised_yearly_gain{vault="b"}`:                                        -1,
		`vaultkeeper_mined_transactions_total{status="success",vault="a"}`:                   0,
		`vaultkeeper_mined_transactions_total{status="success",vault="b"}`:                   1,
		`vaultkeeper_gas_used_total{status="success",vault="b"}`:                             21000,
		`vaultkeeper_config_hash_match{vault="a"}`:                                           1,
		`vaultkeeper_config_hash_match{vault="b"}`:                                           1,
		`vaultkeeper_config_hash_info{approved="` + h1 + `",running="` + h1 + `",vault="a"}`: 1,
		`vaultkeeper_config_hash_info{approved="` + h3 + `",running="` + h3 + `",vault="b"}`: 1,
		`vaultkeeper_sends_in_state{state="sent"}`:                                           0,
		`vaultkeeper_sends_in_state{state="mined"}`:                                          1,
		`vaultkeeper_sends_in_state{state="built"}`:                                          1,
		`vaultkeeper_send_state_transitions_total{from="sent",to="mined"}`:                   1,
		`vaultkeeper_rpc_errors_total{class="timeout",method="eth_call"}`:                    1,
		`vaultkeeper_signer_errors_total{class="sealed",kind="dev"}`:                         1,
	})
	if n := len(e.family("vaultkeeper_config_hash_info")); n != 2 {
		t.Errorf("%d info series, want one per vault: %v", n, e.family("vaultkeeper_config_hash_info"))
	}
	e.absent(t, "vaultkeeper_config_hash_info", h2)
	for s := range e.samples {
		for _, shared := range []string{"vaultkeeper_sends_in_state", "vaultkeeper_send_state_transitions_total",
			"vaultkeeper_rpc_errors_total", "vaultkeeper_signer_errors_total", "vaultkeeper_rpc_retries_total"} {
			if strings.HasPrefix(s, shared+"{") && strings.Contains(s, "vault=") {
				t.Errorf("process-wide series with a vault label: %s", s)
			}
		}
	}
	// For /healthz a tick of either vault is the process's: b's success
	// after a's failure leaves none failing in a row.
	if msg, err := m.health(); err != nil || msg != "alive; no ticks expected" {
		t.Errorf("health: %q, %v", msg, err)
	}
	m.mu.Lock()
	failed := m.failedInRow
	m.mu.Unlock()
	if failed != 0 {
		t.Errorf("%d failed ticks in a row after vault b's success", failed)
	}
}

// codeError is a JSON-RPC error as go-ethereum's client returns it.
type codeError struct {
	code int
	msg  string
}

func (e codeError) Error() string  { return e.msg }
func (e codeError) ErrorCode() int { return e.code }

var _ rpc.Error = codeError{}

type timeoutErr struct{}

func (timeoutErr) Error() string   { return "i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

func TestRPCErrorClass(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("reading head: %w", context.DeadlineExceeded), RPCTimeout},
		{fmt.Errorf("reading head: %w", context.Canceled), RPCCanceled},
		{&url.Error{Op: "Post", URL: "https://rpc.example/v3/secret", Err: refused}, RPCNetwork},
		{&url.Error{Op: "Post", URL: "https://rpc.example/v3/secret", Err: timeoutErr{}}, RPCTimeout},
		{fmt.Errorf("wrapped: %w", syscall.ECONNRESET), RPCNetwork},
		{rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, RPCRateLimited},
		{fmt.Errorf("x: %w", rpc.HTTPError{StatusCode: 502, Status: "502 Bad Gateway"}), RPCHTTP},
		{&rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, RPCHTTP},
		{codeError{-32005, "daily request count exceeded"}, RPCRateLimited},
		{errors.New("nonce too low: next nonce 5, tx nonce 4"), RPCNonceTooLow},
		{errors.New("Nonce has already been used"), RPCNonceTooLow},
		{errors.New("replacement transaction underpriced"), RPCUnderpriced},
		{errors.New("transaction underpriced: tip needed 1, tip permitted 0"), RPCUnderpriced},
		{errors.New("max fee per gas less than block base fee"), RPCUnderpriced},
		{errors.New("already known"), RPCAlreadyKnown},
		{errors.New("ALREADY IMPORTED"), RPCAlreadyKnown},
		{errors.New("insufficient funds for gas * price + value"), RPCInsufficientFunds},
		{codeError{3, "execution reverted: Vault: paused"}, RPCExecutionReverted},
		{codeError{3, "custom error 0x1234"}, RPCExecutionReverted},
		{codeError{-32000, "header not found"}, Other},
		{errors.New("something odd"), Other},
		{nil, Other},
	} {
		if got := RPCErrorClass(tc.err); got != tc.want {
			t.Errorf("RPCErrorClass(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

func TestSignerErrorClass(t *testing.T) {
	refused := &url.Error{Op: "Get", URL: "https://vault:8200/v1/secret/data/k",
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("vault signer: reading secret/k at https://vault:8200: %w", errors.New("Vault is sealed (HTTP 503)")), SignerSealed},
		{fmt.Errorf("vault-plugin signer: signing: %w", errors.New("permission denied (HTTP 403): 1 error occurred")), SignerPermissionDenied},
		{fmt.Errorf("vault signer: reading: %w", fmt.Errorf("Vault unreachable: %w", refused)), SignerUnreachable},
		{fmt.Errorf("vault signer: %w", context.DeadlineExceeded), SignerUnreachable},
		{errors.New("vault signer: secret secret/k has no string field \"private_key\""), Other},
		{nil, Other},
	} {
		if got := SignerErrorClass(tc.err); got != tc.want {
			t.Errorf("SignerErrorClass(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}

func TestRPCAndSignerErrorsAreCountedByClass(t *testing.T) {
	f := newFixture(t, Options{})
	f.m.RPCError("eth_sendRawTransaction", errors.New("nonce too low"))
	f.m.RPCError("eth_sendRawTransaction", errors.New("nonce too low"))
	f.m.RPCError("eth_sendRawTransaction", errors.New("replacement transaction underpriced"))
	f.m.RPCError("eth_getBlockByNumber", context.DeadlineExceeded)
	f.m.RPCError("eth_getBlockByNumber", nil) // nothing to count
	f.m.RPCError("not a method", errors.New("boom"))
	f.m.SignerError("vault-kv", errors.New("vault signer: reading: Vault is sealed (HTTP 503)"))
	f.m.SignerError("vault-plugin", errors.New("permission denied (HTTP 403): permission denied"))
	f.m.SignerError("hsm", errors.New("boom"))
	f.m.SignerError("dev", nil)

	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_rpc_errors_total{class="nonce_too_low",method="eth_sendRawTransaction"}`: 2,
		`vaultkeeper_rpc_errors_total{class="underpriced",method="eth_sendRawTransaction"}`:   1,
		`vaultkeeper_rpc_errors_total{class="timeout",method="eth_getBlockByNumber"}`:         1,
		`vaultkeeper_rpc_errors_total{class="other",method="other"}`:                          1,
		`vaultkeeper_signer_errors_total{class="sealed",kind="vault-kv"}`:                     1,
		`vaultkeeper_signer_errors_total{class="permission_denied",kind="vault-plugin"}`:      1,
		`vaultkeeper_signer_errors_total{class="other",kind="other"}`:                         1,
	})
	if n := len(e.family("vaultkeeper_rpc_errors_total")); n != 4 {
		t.Errorf("%d rpc error series, want 4: %v", n, e.family("vaultkeeper_rpc_errors_total"))
	}
	if n := len(e.family("vaultkeeper_signer_errors_total")); n != 3 {
		t.Errorf("%d signer error series, want 3: %v", n, e.family("vaultkeeper_signer_errors_total"))
	}
}

// Secrets that error texts can carry: a node URL with an API token, a
// private key, a Vault token.
const (
	secretToken = "9f3c2a7be41d4c0fa0c5d1e8b7a6f512"
	secretKey   = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	secretVault = "hvs.CAESIJ3mK9xQvT8bL2pR7nW4sY6uZ1cE5fH0aD"
)

func TestErrorTextNeverReachesTheScrape(t *testing.T) {
	f := newFixture(t, Options{})
	nodeURL := "https://mainnet.infura.io/v3/" + secretToken
	f.m.RPCError("eth_sendRawTransaction", &url.Error{Op: "Post", URL: nodeURL,
		Err: &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}})
	f.m.RPCError("eth_call", fmt.Errorf("call to %s with key 0x%s: execution reverted", nodeURL, secretKey))
	f.m.RPCError("eth_call", fmt.Errorf("weird node answer: %s", secretKey))
	f.m.RPCError(nodeURL, errors.New("x")) // a URL passed as the method
	f.m.SignerError("vault-kv", fmt.Errorf("vault signer: token %s at %s: permission denied (HTTP 403)", secretVault, nodeURL))
	f.m.SignerError("vault-kv", fmt.Errorf("key 0x%s", secretKey))
	f.m.SetReady(false, "waiting for the node")

	e := scrape(t, f.url)
	for _, s := range []string{secretToken, secretKey, secretVault, "infura", "https://", "weird"} {
		if strings.Contains(e.text, s) {
			t.Errorf("the scrape contains %q", s)
		}
	}
	// The errors were counted, by class only.
	e.expect(t, map[string]float64{
		`vaultkeeper_rpc_errors_total{class="network",method="eth_sendRawTransaction"}`: 1,
		`vaultkeeper_rpc_errors_total{class="execution_reverted",method="eth_call"}`:    1,
		`vaultkeeper_rpc_errors_total{class="other",method="eth_call"}`:                 1,
		`vaultkeeper_rpc_errors_total{class="other",method="other"}`:                    1,
		`vaultkeeper_signer_errors_total{class="permission_denied",kind="vault-kv"}`:    1,
		`vaultkeeper_signer_errors_total{class="other",kind="vault-kv"}`:                1,
	})
}

func TestConfigHashReplacesTheInfoSeries(t *testing.T) {
	f := newFixture(t, Options{})
	var a, b [32]byte
	a[0], a[31] = 0xab, 0x01
	b[0], b[31] = 0xcd, 0x02
	hex := func(h [32]byte) string { return fmt.Sprintf("0x%x", h[:]) }

	f.v.ConfigHash(a, a)
	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_config_hash_match{vault="a"}`:                                                   1,
		`vaultkeeper_config_hash_info{approved="` + hex(a) + `",running="` + hex(a) + `",vault="a"}`: 1,
	})
	if n := len(e.family("vaultkeeper_config_hash_info")); n != 1 {
		t.Fatalf("%d info series, want 1", n)
	}

	f.v.ConfigHash(b, a) // a new config runs, governance has not approved it
	e = scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_config_hash_match{vault="a"}`:                                                   0,
		`vaultkeeper_config_hash_info{approved="` + hex(a) + `",running="` + hex(b) + `",vault="a"}`: 1,
	})
	if n := len(e.family("vaultkeeper_config_hash_info")); n != 1 {
		t.Fatalf("%d info series after the change, want 1: %v", n, e.family("vaultkeeper_config_hash_info"))
	}

	f.v.ConfigHash(b, b) // approved
	e = scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_config_hash_match{vault="a"}`:                                                   1,
		`vaultkeeper_config_hash_info{approved="` + hex(b) + `",running="` + hex(b) + `",vault="a"}`: 1,
	})
	e.absent(t, "vaultkeeper_config_hash_info", hex(a))
}

func TestHealthz(t *testing.T) {
	t.Run("no ticks expected", func(t *testing.T) {
		f := newFixture(t, Options{})
		f.clock.advance(24 * time.Hour)
		status, body, ctype := get(t, f.url+"/healthz")
		if status != http.StatusOK || !strings.HasPrefix(body, "ok: alive; no ticks expected") || !strings.HasPrefix(ctype, "text/plain") {
			t.Fatalf("healthz: %d %q %q", status, body, ctype)
		}
	})
	t.Run("ticks expected", func(t *testing.T) {
		f := newFixture(t, Options{TickStaleness: time.Minute})
		check := func(wantStatus int, wantBody string) {
			t.Helper()
			status, body, _ := get(t, f.url+"/healthz")
			if status != wantStatus || !strings.Contains(body, wantBody) {
				t.Fatalf("healthz: %d %q, want %d containing %q", status, body, wantStatus, wantBody)
			}
		}
		// Before the first tick, the start counts as the last tick.
		f.clock.advance(59 * time.Second)
		check(http.StatusOK, "ok: alive; no tick yet, started 59s ago; staleness limit 1m0s")
		f.clock.advance(2 * time.Second)
		check(http.StatusServiceUnavailable, "unhealthy: no tick since start 1m1s ago (2023-11-14T22:13:20Z); staleness limit 1m0s")

		f.v.Tick(time.Second, nil)
		check(http.StatusOK, "ok: alive; last tick ended 0s ago")
		f.clock.advance(time.Minute)
		check(http.StatusOK, "last tick ended 1m0s ago")
		f.clock.advance(time.Millisecond)
		check(http.StatusServiceUnavailable, "unhealthy: last tick too old: ended 1m0.001s ago (2023-11-14T22:14:21Z); staleness limit 1m0s")

		// A failing tick proves the schedule runs, but not that the
		// keeper works: the last success is still too old.
		f.v.Tick(time.Second, errors.New("node down"))
		check(http.StatusServiceUnavailable, "unhealthy: ticks failing: no successful tick within the staleness limit 1m0s, 1 failed in a row; "+
			"last successful tick 1m0.001s ago (2023-11-14T22:14:21Z)")

		// A governed switch to a slower schedule raises the limit.
		f.clock.advance(5 * time.Minute)
		check(http.StatusServiceUnavailable, "staleness limit 1m0s")
		if err := f.m.SetTickStaleness(10 * time.Minute); err != nil {
			t.Fatal(err)
		}
		check(http.StatusOK, "last tick ended 5m0s ago; staleness limit 10m0s; 1 failed tick(s) in a row, last successful tick 6m0.001s ago")
		if err := f.m.SetTickStaleness(-time.Second); err == nil {
			t.Fatal("a negative staleness was accepted")
		}
	})
}

// Ticks that keep failing turn /healthz unhealthy although they keep
// coming: after MaxFailedTicks failures in a row, and, without such a
// limit, once no tick has succeeded within the staleness limit (counted
// from the start before the first success). A successful tick makes it
// healthy again and starts the count anew.
func TestHealthzFailingTicks(t *testing.T) {
	check := func(t *testing.T, f *fixture, wantStatus int, wantBody string) {
		t.Helper()
		status, body, _ := get(t, f.url+"/healthz")
		if status != wantStatus || !strings.Contains(body, wantBody) {
			t.Fatalf("healthz: %d %q, want %d containing %q", status, body, wantStatus, wantBody)
		}
	}
	down := errors.New("node down")
	t.Run("consecutive failures", func(t *testing.T) {
		f := newFixture(t, Options{TickStaleness: time.Hour, MaxFailedTicks: 3})
		f.v.Tick(time.Second, nil)
		for i := 1; i <= 2; i++ {
			f.clock.advance(10 * time.Second)
			f.v.Tick(time.Second, down)
			check(t, f, http.StatusOK, fmt.Sprintf("; %d failed tick(s) in a row, last successful tick %ds ago", i, 10*i))
		}
		f.clock.advance(10 * time.Second)
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusServiceUnavailable, "unhealthy: ticks failing: 3 in a row (limit 3); last successful tick 30s ago (2023-11-14T22:13:20Z)")
		f.clock.advance(10 * time.Second)
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusServiceUnavailable, "4 in a row (limit 3)")

		f.v.Tick(time.Second, nil)
		check(t, f, http.StatusOK, "ok: alive; last tick ended 0s ago; staleness limit 1h0m0s\n")
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusOK, "; 1 failed tick(s) in a row, last successful tick 0s ago")
	})
	t.Run("no success within the staleness limit", func(t *testing.T) {
		f := newFixture(t, Options{TickStaleness: time.Minute})
		// Before any success the start counts as the last one.
		f.clock.advance(50 * time.Second)
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusOK, "1 failed tick(s) in a row, last successful tick none since start 50s ago")
		f.clock.advance(11 * time.Second)
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusServiceUnavailable, "unhealthy: ticks failing: no successful tick within the staleness limit 1m0s, 2 failed in a row; "+
			"last successful tick none since start 1m1s ago (2023-11-14T22:13:20Z)")

		f.v.Tick(time.Second, nil)
		for i := 0; i < 6; i++ {
			f.clock.advance(10 * time.Second)
			f.v.Tick(time.Second, down)
		}
		check(t, f, http.StatusOK, "6 failed tick(s) in a row, last successful tick 1m0s ago")
		f.clock.advance(10 * time.Second)
		f.v.Tick(time.Second, down)
		check(t, f, http.StatusServiceUnavailable, "no successful tick within the staleness limit 1m0s, 7 failed in a row; last successful tick 1m10s ago")
	})
	if _, err := New(Options{MaxFailedTicks: -1}); err == nil || !strings.Contains(err.Error(), "max failed ticks -1") {
		t.Errorf("a negative MaxFailedTicks: %v", err)
	}
}

func TestReadyz(t *testing.T) {
	f := newFixture(t, Options{})
	check := func(wantStatus int, wantBody string) {
		t.Helper()
		status, body, ctype := get(t, f.url+"/readyz")
		if status != wantStatus || body != wantBody+"\n" || ctype != "text/plain; charset=utf-8" {
			t.Fatalf("readyz: %d %q %q, want %d %q", status, body, ctype, wantStatus, wantBody)
		}
	}
	check(http.StatusServiceUnavailable, "starting")
	f.m.SetReady(false, "waiting for the first observation")
	check(http.StatusServiceUnavailable, "waiting for the first observation")
	f.m.SetReady(true, "")
	check(http.StatusOK, "ready")
	f.m.SetReady(false, "")
	check(http.StatusServiceUnavailable, "not ready")
	f.m.SetReady(true, "ignored when ready")
	check(http.StatusOK, "ready")

	resp, err := http.Post(f.url+"/readyz", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /readyz: %d, want 405", resp.StatusCode)
	}
	if status, _, _ := get(t, f.url+"/nope"); status != http.StatusNotFound {
		t.Errorf("GET /nope: %d, want 404", status)
	}
}

// Each provider's health is a gauge labelled by its index and host: never
// its URL's path, credentials or error text.
func TestProviderHealthGauge(t *testing.T) {
	f := newFixture(t, Options{})
	f.m.ProviderHealth(chainrpc.ProviderHealth{Index: 0, Name: "https://mainnet.infura.io/v3/" + secretToken, Host: "mainnet.infura.io",
		State: chainrpc.StateHealthy})
	f.m.ProviderHealth(chainrpc.ProviderHealth{Index: 1, Name: "http://127.0.0.1:8545", Host: "127.0.0.1:8545", State: chainrpc.StateHealthy})
	f.m.ProviderHealth(chainrpc.ProviderHealth{Index: 1, Name: "http://127.0.0.1:8545", Host: "127.0.0.1:8545", State: chainrpc.StateLagging,
		Error: "token " + secretVault})
	e := scrape(t, f.url)
	e.expect(t, map[string]float64{
		`vaultkeeper_rpc_provider_healthy{host="mainnet.infura.io",provider="0"}`: 1,
		`vaultkeeper_rpc_provider_healthy{host="127.0.0.1:8545",provider="1"}`:    0,
	})
	for _, s := range []string{secretToken, secretVault, "https://"} {
		if strings.Contains(e.text, s) {
			t.Errorf("the scrape contains %q", s)
		}
	}
}

// A confirmed send that a deep reorg re-opened (confirmed → sent) turns
// /healthz unhealthy, saying so, until a send is final again.
func TestHealthzAlarmsOnADeepReorg(t *testing.T) {
	f := newFixture(t, Options{TickStaleness: time.Minute})
	f.v.Tick(time.Second, nil)
	f.m.SendState("sent", "mined")
	f.m.SendState("mined", "confirmed")
	if status, body, _ := get(t, f.url+"/healthz"); status != http.StatusOK {
		t.Fatalf("healthz before the reorg: %d %q", status, body)
	}
	f.m.SendState("confirmed", "sent")
	f.clock.advance(3 * time.Second)
	f.v.Tick(time.Second, nil)
	status, body, _ := get(t, f.url+"/healthz")
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "a reorg deeper than the confirmations dropped a confirmed send 3s ago") {
		t.Fatalf("healthz after the reorg: %d %q", status, body)
	}
	f.m.SendState("sent", "mined")
	f.m.SendState("mined", "confirmed")
	if status, body, _ := get(t, f.url+"/healthz"); status != http.StatusOK {
		t.Fatalf("healthz once the send is final again: %d %q", status, body)
	}
}

// txmgr's nonce gaps are counted (vaultkeeper_nonce_gaps_total), starting
// at zero.
func TestNonceGapsAreCounted(t *testing.T) {
	f := newFixture(t, Options{})
	scrape(t, f.url).expect(t, map[string]float64{`vaultkeeper_nonce_gaps_total`: 0})
	f.m.NonceGap()
	f.m.NonceGap()
	scrape(t, f.url).expect(t, map[string]float64{`vaultkeeper_nonce_gaps_total`: 2})
}
