package chainrpc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// RoundTrip routes the JSON-RPC request (or batch) in req's body to the
// providers by method (see "Several providers" in the package comment).
func (m *Multi) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, err
	}
	m.refresh(req.Context())
	if b := bytes.TrimSpace(body); len(b) > 0 && b[0] == '[' {
		var calls []json.RawMessage
		if err := json.Unmarshal(b, &calls); err == nil && len(calls) > 0 {
			if resp, ok := m.agreeBatch(req, b, calls); ok {
				return resp, nil
			}
			return m.batch(req, calls)
		}
	}
	a, err := m.route(req, body)
	if err != nil {
		return nil, err
	}
	return a.final()
}

// batch routes each request of a batch on its own and answers with their
// answers, in order; the first that got none fails the batch. (A batch of
// pinned eth_calls that two providers answer alike whole never gets here:
// see agreeBatch.)
func (m *Multi) batch(req *http.Request, calls []json.RawMessage) (*http.Response, error) {
	answers := make([]*answer, len(calls))
	errs := make([]error, len(calls))
	var wg sync.WaitGroup
	for i, c := range calls {
		wg.Add(1)
		go func() { defer wg.Done(); answers[i], errs[i] = m.route(req, c) }()
	}
	wg.Wait()
	parts := make([][]byte, len(calls))
	for i, a := range answers {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if a.failed() {
			return a.final()
		}
		parts[i] = a.data
	}
	a := answers[0]
	a.data = append(append([]byte("["), bytes.Join(parts, []byte(","))...), ']')
	return a.final()
}

// route sends one request where its method goes.
func (m *Multi) route(req *http.Request, body []byte) (*answer, error) {
	var call struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	_ = json.Unmarshal(body, &call) // an unparsable request is read from one provider, as any other
	switch {
	case call.Method == "eth_sendRawTransaction":
		return m.broadcast(req, body)
	case needsAgreement(call.Method, call.Params):
		return m.agree(req, body, call.Method)
	}
	return m.failover(req, body, call.Method)
}

// needsAgreement: receipts, and eth_call at a pinned block.
func needsAgreement(method string, params []json.RawMessage) bool {
	switch method {
	case "eth_getTransactionReceipt":
		return true
	case "eth_call":
		return len(params) >= 2 && pinnedBlock(params[1])
	}
	return false
}

// pinnedBlock: a block number (hex quantity) or a block hash object, not a
// tag ("latest", "pending", …).
func pinnedBlock(raw json.RawMessage) bool {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		_, err := hexutil.DecodeUint64(s)
		return err == nil
	}
	var o struct {
		BlockHash   *string `json:"blockHash"`
		BlockNumber *string `json:"blockNumber"`
	}
	if json.Unmarshal(raw, &o) != nil {
		return false
	}
	if o.BlockNumber != nil {
		_, err := hexutil.DecodeUint64(*o.BlockNumber)
		return err == nil
	}
	return o.BlockHash != nil
}

// failover asks the readers in order until one answers.
func (m *Multi) failover(req *http.Request, body []byte, method string) (*answer, error) {
	rs := m.readers()
	if len(rs) == 0 {
		return nil, m.noProvider(method)
	}
	var a *answer
	for i, p := range rs {
		a = m.send(req, p, body)
		if !a.failed() || req.Context().Err() != nil {
			return a, nil
		}
		if i+1 < len(rs) {
			m.log.Debug("RPC provider failed; asking the next", "method", method, "provider", p.index, "url", p.Name, "err", a.why(),
				"next", rs[i+1].index)
		}
	}
	return a, nil
}

// agree asks the readers until two (one while only one is healthy) give
// the same answer, and asks again after a backoff when they disagree and
// no tie-break settles it.
func (m *Multi) agree(req *http.Request, body []byte, method string) (*answer, error) {
	ctx := req.Context()
	for round := 1; ; round++ {
		a, d, err := m.agreeOnce(req, body, method)
		if d == nil {
			return a, err
		}
		delay := m.cfg.backoff(round)
		stop := round >= m.cfg.MaxAttempts
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= delay {
			stop = true
		}
		m.log.Warn("RPC providers disagree", "method", method, "round", round, "answers", d.answers, "unresolved", d.unresolved,
			"retrying", !stop)
		if stop {
			m.met.RPCFailure(ClassDisagreement)
			return nil, fmt.Errorf("chainrpc: %w on %s after %d round(s): %s (%s)", ErrDisagreement, method, round, d.answers, d.unresolved)
		}
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fmt.Errorf("chainrpc: %w while waiting to ask again about %s (providers disagreed: %s)", ctx.Err(), method, d.answers)
		case <-t.C:
		}
	}
}

// disagreement is a round of agree that settled nothing.
type disagreement struct {
	// answers is each provider's answer; unresolved why no tie-break
	// settled them.
	answers, unresolved string
}

// agreeOnce is one round of agree: the answer agreed on (or that a
// tie-break settled on), or the disagreement, or the last failure when no
// provider answered.
func (m *Multi) agreeOnce(req *http.Request, body []byte, method string) (*answer, *disagreement, error) {
	rs := m.readers()
	if len(rs) == 0 {
		return nil, nil, m.noProvider(method)
	}
	results := make(chan *answer, len(rs))
	next, pending := 0, 0
	launch := func() bool {
		if next >= len(rs) {
			return false
		}
		p := rs[next]
		next, pending = next+1, pending+1
		go func() { results <- m.send(req, p, body) }()
		return true
	}
	for range min(2, len(rs)) {
		launch()
	}
	votes := map[string][]*answer{}
	var order []string
	var lastFailure *answer
	failed := 0
	for pending > 0 {
		a := <-results
		pending--
		if a.failed() {
			failed, lastFailure = failed+1, a
			if req.Context().Err() != nil {
				return a, nil, nil
			}
		} else {
			if _, ok := votes[a.vote]; !ok {
				order = append(order, a.vote)
			}
			votes[a.vote] = append(votes[a.vote], a)
		}
		// Agreement needs two answers, or one when only one provider
		// of this round is left answering.
		need := min(2, len(rs)-failed)
		for _, v := range order {
			if len(votes[v]) >= need {
				return votes[v][0], nil, nil
			}
		}
		if pending == 0 {
			launch()
		}
	}
	if len(order) == 0 {
		return lastFailure, nil, nil
	}
	var parts []string
	for _, v := range order {
		for _, a := range votes[v] {
			parts = append(parts, fmt.Sprintf("provider %d (%s): %s", a.p.index, a.p.Name, abbreviate(v)))
		}
	}
	d := &disagreement{answers: strings.Join(parts, "; ")}
	switch method {
	case "eth_getTransactionReceipt":
		won, why := m.tiebreakReceipts(req, body, rs, votes, order)
		if won != nil {
			m.log.Warn("RPC providers disagree; block headers settle it", "method", method, "answers", d.answers,
				"believed", won.p.index, "url", won.p.Name)
			return won, nil, nil
		}
		d.unresolved = why
	default:
		d.unresolved = "no block header can tell which answer to " + method + " is right: none is believed"
	}
	return nil, d, nil
}

// abbreviate shortens an answer for logs and errors.
func abbreviate(v string) string {
	const max = 120
	if len(v) <= max {
		return v
	}
	return fmt.Sprintf("%s… (%d bytes)", v[:max], len(v))
}

// broadcast sends a raw transaction to every provider on the chain but
// those in quarantine (lying), and hands on the best answer. It returns once a provider accepted and every
// healthy one answered; the others' answers still update their health.
func (m *Multi) broadcast(req *http.Request, body []byte) (*answer, error) {
	m.mu.Lock()
	var targets []*provider
	healthy := map[*provider]bool{}
	for _, p := range m.ps {
		if st := m.stateLocked(p); st != StateWrongChain && st != StateUnverified && st != StateLying {
			targets = append(targets, p)
			healthy[p] = st == StateHealthy
		}
	}
	m.mu.Unlock()
	if len(targets) == 0 {
		return nil, m.noProvider("eth_sendRawTransaction")
	}
	results := make(chan *answer, len(targets))
	for _, p := range targets {
		go func() { results <- m.send(req, p, body) }()
	}
	var best *answer
	healthyLeft := len(healthy)
	for _, ok := range healthy {
		if !ok {
			healthyLeft--
		}
	}
	for range targets {
		a := <-results
		if healthy[a.p] {
			healthyLeft--
		}
		m.log.Debug("raw transaction broadcast", "provider", a.p.index, "url", a.p.Name, "answer", m.sendAnswer(a))
		if best == nil || m.sendRank(a) < m.sendRank(best) || (m.sendRank(a) == m.sendRank(best) && a.p.index < best.p.index) {
			best = a
		}
		if m.sendRank(best) <= 1 && healthyLeft <= 0 {
			break
		}
	}
	return best, nil
}

// sendRank orders answers to eth_sendRawTransaction: 0 a result, 1 an
// accepted error ("already known", "nonce too low"), 2 another JSON-RPC
// error, 3 no answer.
func (m *Multi) sendRank(a *answer) int {
	switch {
	case a.failed():
		return 3
	case a.rpcErr == nil:
		return 0
	case m.cfg.SendAccepted != nil && m.cfg.SendAccepted(a.rpcErr):
		return 1
	}
	return 2
}

func (m *Multi) sendAnswer(a *answer) string {
	switch {
	case a.failed():
		return a.why()
	case a.rpcErr != nil:
		return a.rpcErr.Message
	}
	return "accepted"
}
