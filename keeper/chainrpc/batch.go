package chainrpc

import (
	"encoding/json"
	"net/http"
	"sync"
)

// agreeBatch answers a batch of eth_calls pinned to a block (a vault read,
// vaults.Client.StateAt, is one) with one request to each of two readers
// instead of one per call and reader: when both answer the whole batch and
// agree on every call (the same result, or the same JSON-RPC error, call by
// call), the first one's answer is handed on. While only one provider is a
// reader its answer is taken alone, as agree takes it.
//
// Anything else returns ok false with the providers' health untouched, and
// the batch is routed call by call (batch), where agree's further
// providers, rounds, backoff, tie-breaks and errors decide: a batch with
// another method or an unpinned call, a reader that fails or refuses the
// batch (some providers limit batches), an answer that is not the whole
// batch, a call the two answer differently. So a batch is believed exactly
// when each of its calls would be.
func (m *Multi) agreeBatch(req *http.Request, body []byte, calls []json.RawMessage) (*http.Response, bool) {
	ids := make([]string, len(calls))
	seen := make(map[string]bool, len(calls))
	for i, c := range calls {
		var call struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if json.Unmarshal(c, &call) != nil || call.Method != "eth_call" || !needsAgreement(call.Method, call.Params) || len(call.ID) == 0 {
			return nil, false
		}
		ids[i] = canonical(call.ID)
		if seen[ids[i]] {
			return nil, false
		}
		seen[ids[i]] = true
	}
	rs := m.readers()
	if len(rs) == 0 {
		return nil, false
	}
	rs = rs[:min(2, len(rs))]
	answers := make([]*answer, len(rs))
	var wg sync.WaitGroup
	for i, p := range rs {
		wg.Add(1)
		go func() { defer wg.Done(); answers[i] = m.post(req, p, body) }()
	}
	wg.Wait()
	var first map[string]string
	for _, a := range answers {
		if a.failed() {
			m.log.Debug("RPC provider failed a batch of pinned calls; asking call by call", "calls", len(calls), "provider", a.p.index,
				"url", a.p.Name, "err", a.why())
			return nil, false
		}
		votes, ok := batchVotes(a.data, ids)
		if !ok {
			m.log.Debug("RPC provider answered a batch of pinned calls with other than its answers; asking call by call",
				"calls", len(calls), "provider", a.p.index, "url", a.p.Name)
			return nil, false
		}
		if first == nil {
			first = votes
			continue
		}
		for _, id := range ids {
			if votes[id] != first[id] {
				m.log.Debug("RPC providers differ on a call of a batch; asking call by call", "calls", len(calls), "id", id)
				return nil, false
			}
		}
	}
	for _, a := range answers {
		m.setOK(a.p)
	}
	resp, err := answers[0].final()
	return resp, err == nil
}

// batchVotes is each call's vote in a batch answer, by the call's id; ok is
// false unless the answer is an array of one response for each of ids.
func batchVotes(data []byte, ids []string) (votes map[string]string, ok bool) {
	var objs []json.RawMessage
	if json.Unmarshal(data, &objs) != nil || len(objs) != len(ids) {
		return nil, false
	}
	votes = make(map[string]string, len(objs))
	for _, o := range objs {
		var r struct {
			ID json.RawMessage `json:"id"`
		}
		if json.Unmarshal(o, &r) != nil || len(r.ID) == 0 {
			return nil, false
		}
		votes[canonical(r.ID)], _ = vote(o)
	}
	for _, id := range ids {
		if _, ok := votes[id]; !ok {
			return nil, false
		}
	}
	return votes, true
}
