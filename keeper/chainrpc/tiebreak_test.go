package chainrpc

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// logBuffer collects a Multi's JSON log lines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *logBuffer) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(b, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// lines are the log lines whose message is msg.
func (b *logBuffer) lines(msg string) []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(b.String()))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var m map[string]any
		if json.Unmarshal(sc.Bytes(), &m) == nil && m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// testClock is a Multi's clock that a test moves.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }

func (c *testClock) add(d time.Duration) { c.mu.Lock(); c.now = c.now.Add(d); c.mu.Unlock() }

func useClock(m *Multi) *testClock {
	c := &testClock{now: time.Now()}
	m.mu.Lock()
	m.now = c.Now
	m.mu.Unlock()
	return c
}

// countingMetrics counts failures by class.
type countingMetrics struct {
	mu       sync.Mutex
	failures map[string]int
}

func (c *countingMetrics) RPCRetry(string) {}
func (c *countingMetrics) RPCFailure(class string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failures == nil {
		c.failures = map[string]int{}
	}
	c.failures[class]++
}

func (c *countingMetrics) count(class string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failures[class]
}

var (
	trueBlock  = common.HexToHash("0x" + strings.Repeat("11", 32))
	falseBlock = common.HexToHash("0x" + strings.Repeat("33", 32))
	receiptTx  = common.HexToHash("0x" + strings.Repeat("22", 32))
	otherTx    = common.HexToHash("0x" + strings.Repeat("44", 32))
)

// receiptJSON is a receipt of tx in block (number 5) at index.
func receiptJSON(block, tx common.Hash, index uint64) string {
	return fmt.Sprintf(`{"blockHash":%q,"blockNumber":"0x5","status":"0x1","transactionIndex":%q,"cumulativeGasUsed":"0x5208",`+
		`"gasUsed":"0x5208","logs":[],"logsBloom":"0x%s","transactionHash":%q,"contractAddress":null,"effectiveGasPrice":"0x1",`+
		`"from":"0x0000000000000000000000000000000000000001","to":null,"type":"0x2"}`,
		block.Hex(), hexutil.EncodeUint64(index), strings.Repeat("0", 512), tx.Hex())
}

// headerJSON is block 5 with hash block and txs.
func headerJSON(block common.Hash, txs ...common.Hash) string {
	quoted := make([]string, len(txs))
	for i, tx := range txs {
		quoted[i] = fmt.Sprintf("%q", tx.Hex())
	}
	return fmt.Sprintf(`{"number":"0x5","hash":%q,"parentHash":%q,"transactions":[%s]}`, block.Hex(), common.Hash{}.Hex(),
		strings.Join(quoted, ","))
}

// With two providers and one lying about a receipt (another block hash)
// while serving the chain's headers, the header at the receipt's height
// settles it: the honest receipt is believed, the liar is quarantined
// (lying, logged at Warn with the evidence, not asked), then re-admitted.
func TestMultiBreaksAReceiptTieWithHeadersAndQuarantinesTheLiar(t *testing.T) {
	for _, liarAt := range []int{0, 1} {
		t.Run(fmt.Sprintf("liar%d", liarAt), func(t *testing.T) {
			nodes := []*fakeNode{newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)}
			liar, honest := nodes[liarAt], nodes[1-liarAt]
			for _, n := range nodes {
				n.answers["eth_getBlockByNumber"] = headerJSON(trueBlock, otherTx, receiptTx)
			}
			liar.answers["eth_getTransactionReceipt"] = receiptJSON(falseBlock, receiptTx, 1)
			honest.answers["eth_getTransactionReceipt"] = receiptJSON(trueBlock, receiptTx, 1)
			var logs logBuffer
			cfg := testMultiConfig()
			cfg.QuarantineFor = time.Minute
			cl, m := dialNodesWith(t, cfg, logs.logger(), nil, nodes...)
			clock := useClock(m)
			ctx := context.Background()

			r, err := cl.TransactionReceipt(ctx, receiptTx)
			if err != nil || r.BlockHash != trueBlock {
				t.Fatalf("receipt %+v, %v; want the one in block %s", r, err, trueBlock.Hex())
			}
			h := m.Health()
			if h[liarAt].State != StateLying || h[1-liarAt].State != StateHealthy {
				t.Fatalf("health %+v; want the liar lying, the other healthy", h)
			}
			if ev := h[liarAt].Error; !strings.Contains(ev, falseBlock.Hex()) || !strings.Contains(ev, trueBlock.Hex()) ||
				!strings.Contains(ev, fmt.Sprintf("node%d", 1-liarAt)) || h[liarAt].QuarantinedUntil.IsZero() {
				t.Fatalf("the liar's health %+v lacks the evidence or the quarantine", h[liarAt])
			}
			caught := logs.lines("RPC provider caught lying; not used until its quarantine ends")
			if len(caught) != 1 || caught[0]["level"] != "WARN" || caught[0]["url"] != fmt.Sprintf("node%d", liarAt) ||
				!strings.Contains(fmt.Sprint(caught[0]["evidence"]), falseBlock.Hex()) {
				t.Fatalf("log of the liar %v:\n%s", caught, logs.String())
			}

			// In quarantine it is asked nothing: the honest receipt alone is
			// believed.
			asked := liar.asked("eth_getTransactionReceipt")
			if r, err := cl.TransactionReceipt(ctx, receiptTx); err != nil || r.BlockHash != trueBlock {
				t.Fatalf("receipt during the quarantine: %+v, %v", r, err)
			}
			if liar.asked("eth_getTransactionReceipt") != asked {
				t.Fatal("the liar was asked during its quarantine")
			}

			// After it, it is used again: still lying, it is caught again.
			clock.add(2 * time.Minute)
			m.notify()
			if got := states(m); got[liarAt] != StateHealthy {
				t.Fatalf("states %v after the quarantine", got)
			}
			if r, err := cl.TransactionReceipt(ctx, receiptTx); err != nil || r.BlockHash != trueBlock {
				t.Fatalf("receipt after the quarantine: %+v, %v", r, err)
			}
			if liar.asked("eth_getTransactionReceipt") == asked || states(m)[liarAt] != StateLying {
				t.Fatalf("after the quarantine the liar was asked %d times (before %d), states %v", liar.asked("eth_getTransactionReceipt"),
					asked, states(m))
			}
		})
	}
}

// A provider that has no receipt yet (null) while the other has one whose
// block it serves with the transaction: the receipt is believed, and the
// provider that had none is not marked (it may lag).
func TestMultiBelievesACorroboratedReceiptOverNone(t *testing.T) {
	for _, nullAt := range []int{0, 1} {
		t.Run(fmt.Sprintf("null%d", nullAt), func(t *testing.T) {
			nodes := []*fakeNode{newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)}
			for _, n := range nodes {
				n.answers["eth_getBlockByNumber"] = headerJSON(trueBlock, receiptTx)
				n.answers["eth_getTransactionReceipt"] = receiptJSON(trueBlock, receiptTx, 0)
			}
			nodes[nullAt].answers["eth_getTransactionReceipt"] = "null"
			cl, m := dialNodes(t, testMultiConfig(), nodes...)
			r, err := cl.TransactionReceipt(context.Background(), receiptTx)
			if err != nil || r.BlockHash != trueBlock {
				t.Fatalf("receipt %+v, %v", r, err)
			}
			if got := states(m); got[0] != StateHealthy || got[1] != StateHealthy {
				t.Fatalf("states %v; want both healthy", got)
			}
		})
	}
}

// When no receipt's block is served, with the transaction, by another
// provider than the one that gave it, nothing is believed and nobody is
// marked: a liar that lies about headers too, a block the other provider
// does not have yet, a receipt of another transaction.
func TestMultiRefusesAReceiptNoOtherProviderCorroborates(t *testing.T) {
	for name, tc := range map[string]struct{ aReceipt, aHeader, bReceipt, bHeader string }{
		"headers lie too": {receiptJSON(falseBlock, receiptTx, 0), headerJSON(falseBlock, receiptTx),
			receiptJSON(trueBlock, receiptTx, 0), headerJSON(trueBlock, receiptTx)},
		"other has no block": {"null", "null", receiptJSON(trueBlock, receiptTx, 0), headerJSON(trueBlock, receiptTx)},
		"tx elsewhere in the other's block": {"null", headerJSON(trueBlock, otherTx, receiptTx), receiptJSON(trueBlock, receiptTx, 0),
			headerJSON(trueBlock, receiptTx)},
		"another tx's receipt": {"null", headerJSON(trueBlock, otherTx), receiptJSON(trueBlock, otherTx, 0), headerJSON(trueBlock, otherTx)},
	} {
		t.Run(name, func(t *testing.T) {
			a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
			a.answers["eth_getTransactionReceipt"], a.answers["eth_getBlockByNumber"] = tc.aReceipt, tc.aHeader
			b.answers["eth_getTransactionReceipt"], b.answers["eth_getBlockByNumber"] = tc.bReceipt, tc.bHeader
			cl, m := dialNodes(t, testMultiConfig(), a, b)
			r, err := cl.TransactionReceipt(context.Background(), receiptTx)
			if !errors.Is(err, ErrDisagreement) || r != nil {
				t.Fatalf("receipt %+v, %v; want ErrDisagreement", r, err)
			}
			if got := states(m); got[0] != StateHealthy || got[1] != StateHealthy {
				t.Fatalf("states %v; want nobody marked", got)
			}
		})
	}
}

// A provider whose receipt the headers contradict but that answers with
// the believed receipt when asked again (a reorganisation between the
// two) is not marked lying.
func TestMultiDoesNotMarkAProviderThatAnswersOtherwiseWhenAskedAgain(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	for _, n := range []*fakeNode{a, b} {
		n.answers["eth_getBlockByNumber"] = headerJSON(trueBlock, receiptTx)
		n.answers["eth_getTransactionReceipt"] = receiptJSON(trueBlock, receiptTx, 0)
	}
	a.seq["eth_getTransactionReceipt"] = []string{receiptJSON(falseBlock, receiptTx, 0)}
	cl, m := dialNodes(t, testMultiConfig(), a, b)
	r, err := cl.TransactionReceipt(context.Background(), receiptTx)
	if err != nil || r.BlockHash != trueBlock {
		t.Fatalf("receipt %+v, %v", r, err)
	}
	if got := states(m); got[0] != StateHealthy || a.asked("eth_getTransactionReceipt") != 2 {
		t.Fatalf("states %v, a asked %d times; want a asked again and not marked", got, a.asked("eth_getTransactionReceipt"))
	}
}

// Two providers disagreeing on an eth_call at a pinned block cannot be
// told apart by headers: nothing is believed, the log and the error say
// so, and the give-up is counted as a disagreement.
func TestMultiRefusesDisagreeingPinnedCallsSayingWhy(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	a.answers["eth_call"], b.answers["eth_call"] = `"0x01"`, `"0x02"`
	var logs logBuffer
	met := &countingMetrics{}
	cl, m := dialNodesWith(t, testMultiConfig(), logs.logger(), met, a, b)
	to := common.HexToAddress("0x01")
	out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &to}, big.NewInt(5))
	if !errors.Is(err, ErrDisagreement) || out != nil || !strings.Contains(err.Error(), "no block header can tell") {
		t.Fatalf("call %x, %v; want ErrDisagreement saying headers cannot tell", out, err)
	}
	lines := logs.lines("RPC providers disagree")
	if len(lines) == 0 || lines[0]["level"] != "WARN" || !strings.Contains(fmt.Sprint(lines[0]["unresolved"]), "no block header can tell") {
		t.Fatalf("disagreement logs %v", lines)
	}
	if met.count(ClassDisagreement) != 1 {
		t.Fatalf("disagreements counted %d, want 1", met.count(ClassDisagreement))
	}
	if got := states(m); got[0] != StateHealthy || got[1] != StateHealthy {
		t.Fatalf("states %v; want nobody marked", got)
	}
}

// A provider whose receipt its own header contradicts (the block it names
// has another transaction at that index) is lying, even when nothing
// corroborates another answer.
func TestMultiMarksAReceiptItsOwnHeaderContradicts(t *testing.T) {
	a, b := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	a.answers["eth_getTransactionReceipt"], a.answers["eth_getBlockByNumber"] = "null", "null"
	b.answers["eth_getTransactionReceipt"] = receiptJSON(trueBlock, receiptTx, 0)
	b.answers["eth_getBlockByNumber"] = headerJSON(trueBlock, otherTx, receiptTx)
	cl, m := dialNodes(t, testMultiConfig(), a, b)
	// b quarantined, a's answer is taken alone: no receipt yet.
	if r, err := cl.TransactionReceipt(context.Background(), receiptTx); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("receipt %+v, %v; want a's answer alone (not found)", r, err)
	}
	if h := m.Health(); h[0].State != StateHealthy || h[1].State != StateLying || !strings.Contains(h[1].Error, "its own header") {
		t.Fatalf("health %+v; want b lying by its own header", h)
	}
}
