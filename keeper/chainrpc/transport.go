package chainrpc

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Transport is an http.RoundTripper for JSON-RPC over HTTP that gives each
// attempt a timeout, checks that a 2xx answer is a complete JSON-RPC
// response, and retries the failures the package comment lists. It is safe
// for concurrent use.
type Transport struct {
	base http.RoundTripper
	cfg  Config
	log  *slog.Logger
	m    Metrics
}

// NewTransport makes a Transport sending through base (nil: a clone of
// http.DefaultTransport), tuned by cfg, logging at debug level to log (nil:
// no logs) and counting retries in m (nil: not counted).
func NewTransport(base http.RoundTripper, cfg Config, log *slog.Logger, m Metrics) (*Transport, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if base == nil {
		base = http.DefaultTransport.(*http.Transport).Clone()
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = noMetrics{}
	}
	return &Transport{base: base, cfg: cfg, log: log, m: m}, nil
}

// notRetried are the methods for which the node chooses the nonce: a second
// attempt after a lost answer could send a second transaction.
var notRetried = map[string]bool{"eth_sendTransaction": true, "personal_sendTransaction": true}

// outcome is how one attempt ended.
type outcome struct {
	// resp is the node's answer, its body read in full (nil when err is set).
	resp *http.Response
	err  error
	// class is the failure's class; "" when the outcome is final (a
	// well-formed answer, or a failure that is not retried).
	class string
	// retryAfter is the node's Retry-After, when it gave one.
	retryAfter time.Duration
	// detail says what went wrong, for the logs.
	detail string
}

// final is what RoundTrip returns for o: the answer when there is one,
// else the error.
func (o outcome) final() (*http.Response, error) {
	if o.err != nil {
		return nil, o.err
	}
	return o.resp, nil
}

// readBody reads and closes req's body (nil: none), so it can be sent
// again.
func readBody(req *http.Request) ([]byte, error) {
	if req.Body == nil {
		return nil, nil
	}
	body, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, fmt.Errorf("chainrpc: reading the request body: %w", err)
	}
	return body, nil
}

// RoundTrip sends req until an attempt's outcome is final, the attempts are
// used up, or req's context does not allow another one (see the package
// comment). It reads req's body once and resends those bytes.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, err := readBody(req)
	if err != nil {
		return nil, err
	}
	shape := parseRequest(body)
	ctx := req.Context()
	maxAttempts := t.cfg.MaxAttempts
	if shape.hasAny(notRetried) {
		maxAttempts = 1
	}
	for attempt := 1; ; attempt++ {
		o := t.try(ctx, req, body, shape)
		if o.class == "" {
			return o.final()
		}
		delay := t.cfg.backoff(attempt)
		if o.retryAfter > delay {
			delay = min(o.retryAfter, retryAfterCap*t.cfg.MaxBackoff)
		}
		var stop string
		if attempt >= maxAttempts {
			stop = "attempts used up"
		} else if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= delay {
			stop = "the next attempt would come after the context's deadline"
		}
		if stop != "" {
			t.m.RPCFailure(o.class)
			t.log.Debug("JSON-RPC request failed", "method", shape.method(), "attempts", attempt, "class", o.class,
				"detail", o.detail, "stopped", stop)
			return o.final()
		}
		t.m.RPCRetry(o.class)
		t.log.Debug("retrying JSON-RPC request", "method", shape.method(), "attempt", attempt, "max_attempts", maxAttempts,
			"class", o.class, "detail", o.detail, "wait", delay)
		timer := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			timer.Stop()
			t.m.RPCFailure(o.class)
			t.log.Debug("JSON-RPC request failed", "method", shape.method(), "attempts", attempt, "class", o.class,
				"detail", o.detail, "stopped", "the context ended while waiting to retry")
			return nil, fmt.Errorf("chainrpc: %w while waiting to retry %s (attempt %d failed: %s)", ctx.Err(), shape.method(), attempt, o.detail)
		case <-timer.C:
		}
	}
}

// try makes one attempt with its own timeout and reads the whole answer.
func (t *Transport) try(ctx context.Context, req *http.Request, body []byte, shape requestShape) outcome {
	actx, cancel := context.WithTimeout(ctx, t.cfg.CallTimeout)
	defer cancel()
	areq := req.Clone(actx)
	if req.Body != nil {
		areq.Body = io.NopCloser(bytes.NewReader(body))
		areq.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
		areq.ContentLength = int64(len(body))
	}
	resp, err := t.base.RoundTrip(areq)
	if err != nil {
		return t.failed(ctx, actx, err)
	}
	data, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		return t.failed(ctx, actx, fmt.Errorf("reading the answer (HTTP %d): %w", resp.StatusCode, err))
	}
	// The bytes read (and, for a 2xx, checked) are what is handed on.
	resp.Body = io.NopCloser(bytes.NewReader(data))
	resp.ContentLength = int64(len(data))
	resp.Header.Del("Content-Length")
	o := outcome{resp: resp, detail: resp.Status}
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
		if err := checkResponse(data, shape); err != nil {
			o.class = ClassMalformed
			o.detail = fmt.Sprintf("HTTP %d with %d bytes (%s): %v", code, len(data), resp.Header.Get("Content-Type"), err)
			o.resp, o.err = nil, fmt.Errorf("chainrpc: %w: %v", ErrMalformed, err)
		}
	case code == http.StatusTooManyRequests:
		o.class = ClassRateLimited
		o.retryAfter, _ = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
	case code == http.StatusRequestTimeout:
		o.class = ClassTimeout
	case code >= 500:
		o.class = ClassHTTP5xx
		if code == http.StatusServiceUnavailable {
			o.retryAfter, _ = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
	}
	return o
}

// failed classifies an attempt that got no complete answer: ctx is the
// request's context, actx the attempt's.
func (t *Transport) failed(ctx, actx context.Context, err error) outcome {
	switch {
	case ctx.Err() != nil:
		// The caller's deadline or cancellation: final, and it says so.
		if !errors.Is(err, ctx.Err()) {
			err = fmt.Errorf("%w: %w", ctx.Err(), err)
		}
		return outcome{err: err}
	case actx.Err() != nil:
		return outcome{class: ClassTimeout, detail: fmt.Sprintf("no complete answer within the call timeout %s", t.cfg.CallTimeout),
			err: fmt.Errorf("chainrpc: no complete answer within the call timeout %s: %w", t.cfg.CallTimeout, context.DeadlineExceeded)}
	case untrusted(err):
		return outcome{err: err}
	}
	class := ClassNetwork
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		class = ClassTimeout
	}
	return outcome{class: class, err: err, detail: err.Error()}
}

// untrusted reports a TLS failure that another attempt cannot fix: a
// certificate that does not verify, or a server that does not speak TLS.
func untrusted(err error) bool {
	var (
		cv *tls.CertificateVerificationError
		rh tls.RecordHeaderError
		ua x509.UnknownAuthorityError
		hn x509.HostnameError
		ci x509.CertificateInvalidError
	)
	return errors.As(err, &cv) || errors.As(err, &rh) || errors.As(err, &ua) || errors.As(err, &hn) || errors.As(err, &ci)
}

// backoff is the wait before retry n (n ≥ 1): InitialBackoff·2^(n−1), at
// most MaxBackoff, scaled by a random factor in [0.5, 1].
func (c Config) backoff(n int) time.Duration {
	d := c.InitialBackoff
	for i := 1; i < n && d < c.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, c.MaxBackoff)
	return d/2 + rand.N(d/2+1)
}

// maxRetryAfter bounds the Retry-After parsed (a day), before the
// MaxBackoff cap, so that absurd values cannot overflow.
const maxRetryAfter = 24 * time.Hour

// parseRetryAfter reads a Retry-After header: delay-seconds or an HTTP date
// (RFC 9110 §10.2.3), relative to now. A date in the past is no wait.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseUint(v, 10, 64); err == nil {
		return time.Duration(min(n, uint64(maxRetryAfter/time.Second))) * time.Second, true
	}
	if at, err := http.ParseTime(v); err == nil {
		return min(max(at.Sub(now), 0), maxRetryAfter), true
	}
	return 0, false
}
