package chainrpc

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Start reads every provider's chain id and head, within ctx, asking each
// once, without retries: it returns when every provider has answered or
// failed that first attempt and at least one is on the chain. A provider
// whose first attempt failed is logged at Warn, stays unverified (used for
// nothing, broadcasts included, until it reports the chain id) and is
// probed again, with retries, in the background. When no provider answered
// at once, Start waits (within ctx) for those probes.
//
// It fails with a *WrongChainError (matching ErrWrongChain) when a provider
// reports another chain id, and with the providers' errors (matching
// ErrNoProvider) when none could be read.
func (m *Multi) Start(ctx context.Context) error {
	heads := make([]uint64, len(m.ps))
	read := make([]bool, len(m.ps))
	var wg sync.WaitGroup
	for i, p := range m.ps {
		wg.Add(1)
		go func() { defer wg.Done(); heads[i], read[i] = m.read(ctx, p, p.once) }()
	}
	wg.Wait()
	if err := m.wrongChain(); err != nil {
		return err
	}
	// The heads are admitted once all are known, lowest first, so that a
	// head far above the others is checked against them (admitHead).
	order := make([]int, 0, len(m.ps))
	for i := range m.ps {
		if read[i] {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpUint64(heads[a], heads[b]) })
	for _, i := range order {
		m.admitHead(ctx, m.ps[i], heads[i])
	}

	var background []chan struct{}
	m.mu.Lock()
	verified := 0
	for i, p := range m.ps {
		if p.verified {
			verified++
		}
		if read[i] || p.wrongChain {
			continue
		}
		if !p.verified {
			m.log.Warn("RPC provider unreachable at start; probing it again in the background", "provider", p.index, "url", p.Name,
				"err", p.lastErr)
		}
		background = append(background, m.startProbeLocked(p))
	}
	m.mu.Unlock()
	if verified == 0 {
		for _, done := range background {
			select {
			case <-done:
			case <-ctx.Done():
			}
		}
	}
	m.notify()
	if err := m.wrongChain(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var errs []error
	for _, p := range m.ps {
		if p.verified {
			return nil
		}
		errs = append(errs, fmt.Errorf("provider %d (%s): %s", p.index, p.Name, p.lastErr))
	}
	return fmt.Errorf("chainrpc: %w: reading the chain id of every provider failed: %w", ErrNoProvider, errors.Join(errs...))
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// wrongChain is the error of the first provider on another chain, if any.
func (m *Multi) wrongChain() error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, p := range m.ps {
		if p.wrongChain {
			return p.wrongChainErr
		}
	}
	return nil
}

// refresh reads, in the background, the head of every provider last read
// HeadRefresh ago or more, and waits (within ctx) for those of healthy
// providers last read staleRefreshes × HeadRefresh ago or more.
func (m *Multi) refresh(ctx context.Context) {
	now := time.Now()
	var wait []chan struct{}
	m.mu.Lock()
	for _, p := range m.ps {
		if p.wrongChain {
			continue
		}
		age := now.Sub(p.probedAt)
		if p.probing == nil && age >= m.cfg.HeadRefresh {
			m.startProbeLocked(p)
		}
		if p.probing != nil && age >= staleRefreshes*m.cfg.HeadRefresh && m.stateLocked(p) == StateHealthy {
			wait = append(wait, p.probing)
		}
	}
	m.mu.Unlock()
	for _, done := range wait {
		select {
		case <-done:
		case <-ctx.Done():
			return
		}
	}
}

// startProbeLocked starts a probe of p in the background (with the
// Transport's retries, within CallTimeout) unless one is in flight, and
// returns the channel closed when it ends. m.mu is held.
func (m *Multi) startProbeLocked(p *provider) chan struct{} {
	if p.probing != nil {
		return p.probing
	}
	done := make(chan struct{})
	p.probing = done
	go func() {
		pctx, cancel := context.WithTimeout(m.ctx, m.cfg.CallTimeout)
		defer cancel()
		m.probe(pctx, p)
		m.notify()
	}()
	return done
}

// probe reads p's chain id (until verified) and head, and admits the head.
func (m *Multi) probe(ctx context.Context, p *provider) {
	defer func() {
		m.mu.Lock()
		p.probedAt = time.Now()
		if p.probing != nil {
			close(p.probing)
			p.probing = nil
		}
		m.mu.Unlock()
	}()
	if head, ok := m.read(ctx, p, p.rt); ok {
		m.admitHead(ctx, p, head)
	}
}

// read reads p's chain id (until verified) and head through rt, and
// records what it learnt but the head, which it returns (ok: read).
func (m *Multi) read(ctx context.Context, p *provider, rt *Transport) (head uint64, ok bool) {
	defer func() {
		m.mu.Lock()
		p.probedAt = time.Now()
		m.mu.Unlock()
	}()
	m.mu.Lock()
	verified := p.verified
	m.mu.Unlock()
	if !verified {
		id, err := m.callQuantity(ctx, p, rt, "eth_chainId")
		if err != nil {
			m.probeFailed(ctx, p, fmt.Errorf("reading the chain id: %w", err))
			return 0, false
		}
		right := id.IsInt64() && id.Int64() == m.cfg.ChainID
		m.mu.Lock()
		if right {
			p.verified = true
		} else {
			p.wrongChain = true
			p.wrongChainErr = &WrongChainError{Index: p.index, Name: p.Name, Want: m.cfg.ChainID, Reported: id}
			p.lastErr = p.wrongChainErr.Error()
		}
		m.mu.Unlock()
		if !right {
			return 0, false
		}
	}
	h, err := m.callQuantity(ctx, p, rt, "eth_blockNumber")
	if err != nil {
		m.probeFailed(ctx, p, fmt.Errorf("reading the head: %w", err))
		return 0, false
	}
	m.mu.Lock()
	p.failing = false
	p.reported, p.hasReported = h.Uint64(), true
	m.mu.Unlock()
	return h.Uint64(), true
}

func (m *Multi) probeFailed(ctx context.Context, p *provider, err error) {
	if m.ctx.Err() != nil && ctx.Err() != nil {
		return // closed: nothing learnt
	}
	m.mu.Lock()
	p.failing, p.lastErr = true, err.Error()
	m.mu.Unlock()
}

// callQuantity calls a parameterless method answering a hex quantity.
func (m *Multi) callQuantity(ctx context.Context, p *provider, rt *Transport, method string) (*big.Int, error) {
	raw, err := m.call(ctx, p, rt, method)
	if err != nil {
		return nil, err
	}
	var q *hexutil.Big
	if err := json.Unmarshal(raw, &q); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	if q == nil {
		return nil, fmt.Errorf("%s: no result", method)
	}
	return (*big.Int)(q), nil
}

// call calls method with params on p through rt: its result (JSON null
// when the node has none), or an error wrapping the node's JSON-RPC error
// (*rpcError), or why it could not be asked.
func (m *Multi) call(ctx context.Context, p *provider, rt *Transport, method string, params ...any) (json.RawMessage, error) {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return nil, fmt.Errorf("encoding the %s request: %w", method, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url.String(), bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("building the %s request: %w", method, err)
	}
	req.Header.Set("Content-Type", "application/json")
	if p.auth != "" {
		req.Header.Set("Authorization", p.auth)
	}
	resp, err := rt.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("reading the answer to %s: %w", method, err)
	}
	if resp.StatusCode/100 != 2 {
		return nil, fmt.Errorf("%s: HTTP %s", method, resp.Status)
	}
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *rpcError       `json:"error"`
	}
	switch err := json.Unmarshal(data, &msg); {
	case err != nil:
		return nil, fmt.Errorf("%s: %w", method, err)
	case msg.Error != nil:
		return nil, fmt.Errorf("%s: %w (code %d)", method, msg.Error, msg.Error.Code)
	case len(msg.Result) == 0:
		return json.RawMessage("null"), nil
	}
	return msg.Result, nil
}
