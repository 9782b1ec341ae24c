package chainrpc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// requestShape is what the Transport knows of a request body: the methods
// called, and whether it is a batch.
type requestShape struct {
	methods []string
	batch   bool
	// known: the body parsed as a JSON-RPC request or batch.
	known bool
}

// parseRequest reads the methods from a JSON-RPC request or batch body. A
// body that is neither is sent as it is; only its answer's shape is then
// not compared with it.
func parseRequest(body []byte) requestShape {
	type call struct {
		Method string `json:"method"`
	}
	b := bytes.TrimSpace(body)
	if len(b) > 0 && b[0] == '[' {
		var calls []call
		if json.Unmarshal(b, &calls) != nil {
			return requestShape{}
		}
		s := requestShape{batch: true, known: true}
		for _, c := range calls {
			s.methods = append(s.methods, c.Method)
		}
		return s
	}
	var c call
	if json.Unmarshal(b, &c) != nil {
		return requestShape{}
	}
	return requestShape{methods: []string{c.Method}, known: true}
}

// method names the request in logs: its method, or "batch(n)".
func (s requestShape) method() string {
	switch {
	case s.batch:
		return fmt.Sprintf("batch(%d)", len(s.methods))
	case len(s.methods) == 1:
		return s.methods[0]
	}
	return "unknown"
}

func (s requestShape) hasAny(set map[string]bool) bool {
	for _, m := range s.methods {
		if set[m] {
			return true
		}
	}
	return false
}

// checkResponse reports why body is not a complete, well-formed JSON-RPC
// answer to a request of the given shape, or nil when it is one. A single
// request wants one response object; a batch wants an array of as many,
// or one error object (a node refusing the whole batch). A response object
// has an id and either an error object with an integer code or a result
// (null included).
func checkResponse(body []byte, req requestShape) error {
	b := bytes.TrimSpace(body)
	switch {
	case len(b) == 0:
		return errors.New("empty body")
	case !json.Valid(b):
		return errors.New("not valid JSON (truncated or not JSON at all)")
	}
	if b[0] == '[' {
		if req.known && !req.batch {
			return errors.New("an array answering a single request")
		}
		var msgs []json.RawMessage
		if err := json.Unmarshal(b, &msgs); err != nil {
			return fmt.Errorf("not an array of responses: %w", err)
		}
		if len(msgs) == 0 {
			return errors.New("an empty array")
		}
		if req.known && len(msgs) != len(req.methods) {
			return fmt.Errorf("%d responses to a batch of %d requests", len(msgs), len(req.methods))
		}
		for i, m := range msgs {
			if _, err := checkMessage(m); err != nil {
				return fmt.Errorf("batch response %d: %w", i, err)
			}
		}
		return nil
	}
	isError, err := checkMessage(b)
	if err != nil {
		return err
	}
	if req.known && req.batch && !isError {
		return errors.New("a single result answering a batch")
	}
	return nil
}

// checkMessage checks one response object and says whether it is an error
// answer.
func checkMessage(raw json.RawMessage) (isError bool, err error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return false, errors.New("not a JSON object")
	}
	if _, ok := m["id"]; !ok {
		return false, errors.New("a response without id")
	}
	if e, ok := m["error"]; ok && !bytes.Equal(bytes.TrimSpace(e), []byte("null")) {
		var je struct {
			Code *int64 `json:"code"`
		}
		if err := json.Unmarshal(e, &je); err != nil || je.Code == nil {
			return false, errors.New("an error member that is not an object with an integer code")
		}
		return true, nil
	}
	if _, ok := m["result"]; !ok {
		return false, errors.New("neither result nor error")
	}
	return false, nil
}
