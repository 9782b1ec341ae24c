package chainrpc

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of MultiConfig's fields.
const (
	DefaultMaxLagBlocks  = 3
	DefaultHeadRefresh   = time.Second
	DefaultQuarantineFor = 5 * time.Minute
)

// staleRefreshes is how many HeadRefresh old a healthy provider's head may
// be before a request waits for a new reading.
const staleRefreshes = 10

// Provider states, as ProviderHealth.State and the metrics name them.
const (
	StateHealthy    = "healthy"
	StateLagging    = "lagging"
	StateFailing    = "failing"
	StateLying      = "lying"
	StateUnverified = "unverified"
	StateWrongChain = "wrong_chain"
)

// multiURL is the URL the rpc.Client of a Multi posts to: the Multi sends
// each request to its providers' URLs instead, so no provider's URL (and
// credentials) shows in go-ethereum's errors.
const multiURL = "http://providers.invalid/"

// Provider is one node endpoint.
type Provider struct {
	// URL is the node's http(s) URL. It may hold credentials and is never
	// printed.
	URL string
	// Name is how logs, errors and health name the provider: its URL with
	// the credentials removed (config.RedactURL).
	Name string
}

// MultiConfig tunes a Multi.
type MultiConfig struct {
	// Config tunes each provider's Transport.
	Config
	// ChainID is the chain id every provider must report.
	ChainID int64
	// MaxLagBlocks is how many blocks a provider's head may be behind the
	// best head before it is lagging. 0 is allowed (no lag at all); the
	// keeper's default is DefaultMaxLagBlocks.
	MaxLagBlocks uint64
	// HeadRefresh is how often heads are read while requests flow. Default
	// 1s.
	HeadRefresh time.Duration
	// QuarantineFor is how long a provider caught lying (StateLying) is
	// used for nothing. Default 5m.
	QuarantineFor time.Duration
	// SendAccepted reports whether a JSON-RPC error answering
	// eth_sendRawTransaction means the node has the transaction or its
	// nonce is used (keeper/txmgr.SendAccepted); nil accepts only results.
	SendAccepted func(error) bool
	// Observer is told of every provider's health when it changes (nil:
	// nobody).
	Observer HealthObserver
}

// ProviderHealth is what a Multi knows of one provider.
type ProviderHealth struct {
	// Index is the provider's position in the configured list.
	Index int `json:"index"`
	// Name is its URL with the credentials removed; Host its host:port.
	Name string `json:"name"`
	Host string `json:"host"`
	// State is one of the State* constants.
	State string `json:"state"`
	// Head is the last head it reported (0: none yet); Best the best head
	// any provider on the chain reported.
	Head uint64 `json:"head"`
	Best uint64 `json:"best_head"`
	// Error is why it is failing, lying, unverified or on the wrong chain
	// (for lying: the evidence).
	Error string `json:"error,omitempty"`
	// QuarantinedUntil is when a lying provider is used again (zero unless
	// State is lying).
	QuarantinedUntil time.Time `json:"quarantined_until,omitzero"`
}

// HealthObserver is told of a provider's health when its state changes
// (keeper/metrics exports it).
type HealthObserver interface {
	ProviderHealth(h ProviderHealth)
}

// ErrWrongChain is matched by the error of a provider reporting another
// chain id than MultiConfig.ChainID (keeper/config's ErrWrongChain).
var ErrWrongChain = errors.New("the node is on another chain")

// WrongChainError names the provider, the chain id wanted and the one it
// reported.
type WrongChainError struct {
	Index    int
	Name     string
	Want     int64
	Reported *big.Int
}

func (e *WrongChainError) Error() string {
	return fmt.Sprintf("provider %d (%s) reports chain id %s, not %d", e.Index, e.Name, e.Reported, e.Want)
}

func (e *WrongChainError) Unwrap() error { return ErrWrongChain }

// ErrDisagreement is matched by the error of a request whose answers two
// providers had to agree on and did not.
var ErrDisagreement = errors.New("providers disagree")

// ErrNoProvider is matched by the error of a request no provider could be
// asked: none is on the chain and reachable.
var ErrNoProvider = errors.New("no usable provider")

// provider is a Provider with its Transport and health. The fields after
// the mark are guarded by Multi.mu.
type provider struct {
	Provider
	index int
	url   *url.URL
	host  string
	// auth is the Authorization header from the URL's userinfo: the
	// http.Client that adds it sees only multiURL.
	auth string
	rt   *Transport

	// once is rt sending each request once, without retries (Start's
	// first read).
	once *Transport

	verified, wrongChain bool
	wrongChainErr        *WrongChainError
	failing              bool
	// head is the head counted for the provider (admitHead); hasHead: it
	// has one. reported is the last head it reported, counted or not.
	head, reported       uint64
	hasHead, hasReported bool
	lastErr              string
	// lyingUntil is the end of the quarantine of a provider caught lying,
	// lyingWhy the evidence.
	lyingUntil time.Time
	lyingWhy   string
	probing    chan struct{} // closed when the probe in flight ends; nil: none
	probedAt   time.Time
	state      string // last state told to the observer
}

// Multi is an http.RoundTripper over several providers (see the package
// comment). Make it with NewMulti, then Start it; Close ends its
// background probes. It is safe for concurrent use.
type Multi struct {
	cfg    MultiConfig
	log    *slog.Logger
	met    Metrics
	ps     []*provider
	ctx    context.Context
	cancel context.CancelFunc
	now    func() time.Time // the clock of quarantines (tests set it)

	// admitMu serialises admitHead, which may ask a provider for a block.
	admitMu sync.Mutex

	mu   sync.Mutex
	best uint64
	// bestBy is the provider that reported best; bestVouched: another
	// provider's head is within MaxLagBlocks of it, or bestBy served the
	// block at that height.
	bestBy      *provider
	bestVouched bool
}

// NewMulti makes a Multi over providers (at least one, each http or https),
// tuned by cfg, logging to log (nil: no logs) and counting retries in m
// (nil: not counted).
func NewMulti(providers []Provider, cfg MultiConfig, log *slog.Logger, m Metrics) (*Multi, error) {
	if len(providers) == 0 {
		return nil, errors.New("chainrpc: no provider")
	}
	if cfg.ChainID <= 0 {
		return nil, fmt.Errorf("chainrpc: ChainID %d: must be positive", cfg.ChainID)
	}
	if cfg.HeadRefresh < 0 {
		return nil, fmt.Errorf("chainrpc: HeadRefresh %v: must not be negative (0: the default)", cfg.HeadRefresh)
	}
	if cfg.HeadRefresh == 0 {
		cfg.HeadRefresh = DefaultHeadRefresh
	}
	if cfg.QuarantineFor < 0 {
		return nil, fmt.Errorf("chainrpc: QuarantineFor %v: must not be negative (0: the default)", cfg.QuarantineFor)
	}
	if cfg.QuarantineFor == 0 {
		cfg.QuarantineFor = DefaultQuarantineFor
	}
	cfg.Config = cfg.Config.withDefaults()
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = noMetrics{}
	}
	mu := &Multi{cfg: cfg, log: log, met: m, now: time.Now}
	for i, p := range providers {
		u, err := url.Parse(p.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("chainrpc: provider %d (%s): want an http(s) URL", i, p.Name)
		}
		rt, err := NewTransport(nil, cfg.Config, log.With("provider", p.Name), m)
		if err != nil {
			return nil, err
		}
		one := cfg.Config
		one.MaxAttempts = 1
		once, err := NewTransport(rt.base, one, log.With("provider", p.Name), m)
		if err != nil {
			return nil, err
		}
		pr := &provider{Provider: p, index: i, url: u, host: u.Host, rt: rt, once: once, state: StateUnverified}
		if u.User != nil {
			pass, _ := u.User.Password()
			pr.auth = "Basic " + base64.StdEncoding.EncodeToString([]byte(u.User.Username()+":"+pass))
			c := *u
			c.User = nil
			pr.url = &c
		}
		mu.ps = append(mu.ps, pr)
	}
	mu.ctx, mu.cancel = context.WithCancel(context.Background())
	return mu, nil
}

// Close ends the background probes.
func (m *Multi) Close() { m.cancel() }

// Health is what the Multi knows of each provider now, in the configured
// order.
func (m *Multi) Health() []ProviderHealth {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]ProviderHealth, len(m.ps))
	for i, p := range m.ps {
		out[i] = m.healthLocked(p)
	}
	return out
}

func (m *Multi) healthLocked(p *provider) ProviderHealth {
	h := ProviderHealth{Index: p.index, Name: p.Name, Host: p.host, State: m.stateLocked(p), Head: p.head, Best: m.best}
	switch h.State {
	case StateHealthy, StateLagging:
	case StateLying:
		h.Error, h.QuarantinedUntil = p.lyingWhy, p.lyingUntil.UTC()
	default:
		h.Error = p.lastErr
	}
	return h
}

func (m *Multi) stateLocked(p *provider) string {
	switch {
	case p.wrongChain:
		return StateWrongChain
	case !p.verified:
		return StateUnverified
	case m.lyingLocked(p):
		return StateLying
	case p.failing:
		return StateFailing
	case p.head+m.cfg.MaxLagBlocks < m.best:
		return StateLagging
	}
	return StateHealthy
}

// lyingLocked: p is in quarantine.
func (m *Multi) lyingLocked(p *provider) bool {
	return !p.lyingUntil.IsZero() && m.now().Before(p.lyingUntil)
}

// markLying quarantines p for QuarantineFor: it was caught answering what
// the chain contradicts (evidence says how). It is logged at Warn with the
// evidence.
func (m *Multi) markLying(p *provider, method, evidence string) {
	m.mu.Lock()
	p.lyingUntil, p.lyingWhy = m.now().Add(m.cfg.QuarantineFor), evidence
	until := p.lyingUntil
	m.mu.Unlock()
	m.log.Warn("RPC provider caught lying; not used until its quarantine ends", "provider", p.index, "url", p.Name, "method", method,
		"evidence", evidence, "quarantined_until", until.UTC())
	m.notify()
}

// notify tells the observer and the log of every provider whose state
// changed.
func (m *Multi) notify() {
	m.mu.Lock()
	var changed []ProviderHealth
	for _, p := range m.ps {
		h := m.healthLocked(p)
		if h.State != p.state {
			p.state = h.State
			changed = append(changed, h)
		}
	}
	m.mu.Unlock()
	for _, h := range changed {
		attrs := []any{"provider", h.Index, "url", h.Name, "state", h.State, "head", h.Head, "best_head", h.Best}
		if h.Error != "" {
			attrs = append(attrs, "err", h.Error)
		}
		if !h.QuarantinedUntil.IsZero() {
			attrs = append(attrs, "quarantined_until", h.QuarantinedUntil)
		}
		if h.State == StateHealthy {
			m.log.Info("RPC provider healthy", attrs...)
		} else {
			m.log.Warn("RPC provider not healthy", attrs...)
		}
		if m.cfg.Observer != nil {
			m.cfg.Observer.ProviderHealth(h)
		}
	}
}

// DialMulti starts a Multi over providers and connects an rpc.Client
// through it. Close both when done.
func DialMulti(ctx context.Context, providers []Provider, cfg MultiConfig, log *slog.Logger, met Metrics) (*ethclient.Client, *Multi, error) {
	m, err := NewMulti(providers, cfg, log, met)
	if err != nil {
		return nil, nil, err
	}
	if err := m.Start(ctx); err != nil {
		m.Close()
		return nil, nil, err
	}
	c, err := rpc.DialOptions(ctx, multiURL, rpc.WithHTTPClient(&http.Client{Transport: m}))
	if err != nil {
		m.Close()
		return nil, nil, fmt.Errorf("chainrpc: connecting through the providers: %w", err)
	}
	return ethclient.NewClient(c), m, nil
}

// answer is one provider's answer to one request.
type answer struct {
	p    *provider
	resp *http.Response // nil when err is set
	data []byte
	err  error
	// vote is the answer as compared for agreement: its result or error,
	// compacted; rpcErr its error object, when it is one.
	vote   string
	rpcErr *rpcError
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *rpcError) Error() string { return e.Message }

// failed: the provider gave no JSON-RPC answer.
func (a *answer) failed() bool { return a.err != nil || a.resp.StatusCode/100 != 2 }

// why says what failed, for logs and errors.
func (a *answer) why() string {
	if a.err != nil {
		return a.err.Error()
	}
	return "HTTP " + a.resp.Status
}

// final is what RoundTrip returns for a.
func (a *answer) final() (*http.Response, error) {
	if a.err != nil {
		return nil, fmt.Errorf("provider %d (%s): %w", a.p.index, a.p.Name, a.err)
	}
	a.resp.Body = io.NopCloser(bytes.NewReader(a.data))
	a.resp.ContentLength = int64(len(a.data))
	return a.resp, nil
}

// send sends one request to p through its Transport and records the
// outcome in p's health.
func (m *Multi) send(req *http.Request, p *provider, body []byte) *answer {
	a := m.post(req, p, body)
	if a.failed() {
		if req.Context().Err() == nil {
			m.setFailing(p, a.why())
		}
		return a
	}
	m.setOK(p)
	return a
}

// post sends one request to p through its Transport, leaving p's health
// as it is.
func (m *Multi) post(req *http.Request, p *provider, body []byte) *answer {
	a := &answer{p: p}
	preq := req.Clone(req.Context())
	preq.URL, preq.Host = p.url, p.url.Host
	preq.Body = io.NopCloser(bytes.NewReader(body))
	preq.ContentLength = int64(len(body))
	preq.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	if p.auth != "" && preq.Header.Get("Authorization") == "" {
		preq.Header.Set("Authorization", p.auth)
	}
	a.resp, a.err = p.rt.RoundTrip(preq)
	if a.err == nil {
		a.data, a.err = io.ReadAll(a.resp.Body)
		a.resp.Body.Close()
		if a.err != nil {
			a.resp = nil
		}
	}
	if !a.failed() {
		a.vote, a.rpcErr = vote(a.data)
	}
	return a
}

// vote is the compacted result, or error, of a JSON-RPC response object.
func vote(data []byte) (string, *rpcError) {
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if json.Unmarshal(data, &msg) != nil {
		return "unparsable:" + string(data), nil
	}
	if len(msg.Error) > 0 && !bytes.Equal(bytes.TrimSpace(msg.Error), []byte("null")) {
		var e rpcError
		_ = json.Unmarshal(msg.Error, &e)
		return "error:" + canonical(msg.Error), &e
	}
	return "result:" + canonical(msg.Result), nil
}

// canonical is raw compacted with the fields of every object in sorted
// order, so that nodes writing the same answer with its fields in another
// order (different implementations do) agree.
func canonical(raw json.RawMessage) string {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber() // numbers as written, not through float64
	var v any
	if d.Decode(&v) == nil {
		if b, err := json.Marshal(v); err == nil {
			return string(b)
		}
	}
	var b bytes.Buffer
	_ = json.Compact(&b, raw)
	return b.String()
}

func (m *Multi) setFailing(p *provider, why string) {
	m.mu.Lock()
	p.failing, p.lastErr = true, why
	m.mu.Unlock()
	m.notify()
}

func (m *Multi) setOK(p *provider) {
	m.mu.Lock()
	was := p.failing
	p.failing = false
	m.mu.Unlock()
	if was {
		m.notify()
	}
}

// readers are the providers to read from, in order: the healthy ones, or,
// when none is, the failing ones (which may have recovered). Lagging,
// lying, unverified and wrong-chain providers are never read from.
func (m *Multi) readers() []*provider {
	m.mu.Lock()
	defer m.mu.Unlock()
	var healthy, failing []*provider
	for _, p := range m.ps {
		switch m.stateLocked(p) {
		case StateHealthy:
			healthy = append(healthy, p)
		case StateFailing:
			failing = append(failing, p)
		}
	}
	if len(healthy) > 0 {
		return healthy
	}
	return failing
}

// noProvider is the error of a request no provider could be asked.
func (m *Multi) noProvider(method string) error {
	var states []string
	for _, h := range m.Health() {
		states = append(states, fmt.Sprintf("%d (%s) %s", h.Index, h.Name, h.State))
	}
	return fmt.Errorf("chainrpc: %w for %s: providers %s", ErrNoProvider, method, strings.Join(states, ", "))
}
