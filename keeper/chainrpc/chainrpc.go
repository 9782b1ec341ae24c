// Package chainrpc dials an Ethereum node's JSON-RPC endpoint the way the
// keeper should: every HTTP request has its own timeout, and requests that
// failed for a reason that may pass are sent again with capped, jittered
// exponential backoff, for as long as the caller's context allows.
//
// A tick makes some eighty JSON-RPC calls. Without retries a node that drops
// 2% of its requests fails four ticks out of five, and without a per-call
// timeout one request the node never answers holds the keeper until the
// operating system gives up on the connection.
//
// # What is retried
//
// Over http(s), Dial gives go-ethereum's rpc.Client an http.Client whose
// Transport sends each JSON-RPC request (or batch) up to
// Config.MaxAttempts times. An attempt fails, and is retried, when:
//
//   - the node cannot be reached or the connection breaks (refused, reset,
//     EOF before the whole answer): class "network";
//   - no complete answer arrives within Config.CallTimeout, or the node
//     answers HTTP 408: class "timeout";
//   - the node answers HTTP 5xx: class "http_5xx";
//   - the node answers HTTP 429: class "rate_limited";
//   - the node answers 2xx with a body that is not a complete, well-formed
//     JSON-RPC response: not JSON, truncated, an HTML page, an object with
//     neither result nor error, a batch answered with anything but an array
//     of as many such objects: class "malformed". Such a body is never
//     handed on as a value: the Transport reads the whole body, checks it,
//     and passes on exactly the bytes it checked.
//
// A JSON-RPC error object (the node's answer: a revert, "nonce too low",
// "method not found") is handed on at once, and so is any other HTTP status
// (a 4xx other than 408 and 429 needs the operator, not a retry), as is a
// TLS certificate that does not verify.
//
// Before retry n (n ≥ 1) the Transport waits InitialBackoff·2^(n−1), at most
// MaxBackoff, scaled by a random factor in [0.5, 1]; after HTTP 429 or 503
// with Retry-After (seconds or an HTTP date) it waits at least what the node
// asked, up to 4·MaxBackoff. It stops early, handing on the last failure,
// when the wait would pass the request context's deadline, and at once when
// the context ends: the caller's deadline (the keeper's tick deadline)
// bounds the whole. The last failure is what the caller sees: the node's
// last HTTP answer (go-ethereum's rpc.HTTPError), the last connection error,
// a timeout matching context.DeadlineExceeded, or an error matching
// ErrMalformed.
//
// # Sends
//
// Re-sending eth_sendRawTransaction is safe: the same signed bytes are the
// same transaction, which the node answers with "already known" or "nonce
// too low" when an earlier attempt reached it; keeper/txmgr treats both as
// the answers they are. Requests containing eth_sendTransaction or
// personal_sendTransaction, where the node picks the nonce and a second
// attempt could send a second transaction, are sent once.
//
// # WebSocket
//
// ws(s) URLs are dialled with go-ethereum's defaults: a WebSocket is one
// long-lived connection that go-ethereum reconnects by itself and offers no
// per-request hook, so neither the per-call timeout nor the retries apply;
// the caller's context deadline still ends each call.
//
// # Several providers
//
// A Multi is an http.RoundTripper over several nodes of one chain (the
// providers), each reached through its own Transport (so each request to a
// provider has the per-call timeout and the retries described above). It
// routes each JSON-RPC request by method:
//
//   - eth_sendRawTransaction goes to every provider known to be on the
//     chain and not lying, concurrently. It succeeds when any accepts: a
//     result, or an answer SendAccepted takes as accepted ("already known",
//     "nonce too low"). The best answer is handed on (a result, then an
//     accepted answer, then another JSON-RPC error, then a failure).
//   - eth_getTransactionReceipt, and eth_call at a pinned block (a block
//     number or hash, not a tag such as "latest"), are believed only when
//     two healthy providers give the same answer (the same result bytes, or
//     the same JSON-RPC error). Receipts that differ go to a tie-break (see
//     below); answers no tie-break settles are an error matching
//     ErrDisagreement, never a value, and the round is asked again with the
//     Transport's backoff, up to MaxAttempts rounds (a request given up on
//     is counted as ClassDisagreement). While only one provider is healthy,
//     its answer is taken alone: a dead provider does not stop the keeper.
//   - Every other request goes to the first healthy provider (in the
//     configured order) and fails over to the next when it fails for good
//     (after its Transport's retries: a network error, a timeout, a
//     malformed answer, any HTTP status but 2xx). The node's JSON-RPC errors
//     are answers and are handed on.
//
// A batch is split into its requests, each routed as above, and answered
// with their answers in order. A batch of eth_calls all pinned to a block
// (a vault read) is first sent whole to two providers, one request each,
// and believed when they answer every call alike; anything else (a failure,
// a refused or partial batch, a call they answer differently) leaves their
// health as it was and the batch is split as above, so a batch is believed
// exactly when each of its calls would be.
//
// # Receipts the providers disagree on
//
// Every healthy provider is asked for the header at each height a receipt
// names (eth_getBlockByNumber(n, false)). A receipt is corroborated when a
// provider other than the one that gave it serves that block: the same
// hash, with the transaction at the receipt's index. The one corroborated
// receipt is believed. A provider whose receipt the believed one
// contradicts (another block for the same transaction), or whose own
// header contradicts its receipt, is asked once more (an honest node may
// have answered across a reorganisation) and, giving the same receipt, is
// lying: it is used for nothing (reads, agreement, broadcasts) for
// MultiConfig.QuarantineFor, then used again; the evidence is logged at
// Warn and is its health's error. A provider with no receipt (null) may
// lag: it is never marked, and its null does not outweigh a corroborated
// receipt. When no receipt, or more than one, is corroborated (a liar that
// also serves false headers, a block the other provider does not have yet)
// nothing is believed and the providers are asked again, as for any
// disagreement. eth_call answers have no such check: two providers that
// disagree on one are not believed, and the log and the error say that
// headers cannot tell them apart.
//
// # Provider health
//
// A provider is, in this order of precedence:
//
//   - wrong_chain: it reported another chain id than MultiConfig.ChainID;
//     it is never used again;
//   - unverified: its chain id has not been read yet (it was unreachable at
//     Start); it is used for nothing, broadcasts included, until a probe
//     reads the right id;
//   - lying: it was caught answering what the chain's headers contradict
//     (a receipt, or a head it has no block for), less than QuarantineFor
//     ago;
//   - failing: its last request or probe failed for good;
//   - lagging: its head is more than MaxLagBlocks behind the best head any
//     provider on the chain reported;
//   - healthy.
//
// Start asks each provider for its chain id and head once, without
// retries, and returns when each has answered or failed that attempt and
// one is on the chain; a provider that failed is logged at Warn and probed
// again, with retries, in the background.
//
// # Heads
//
// Heads are read (eth_blockNumber) at Start and then, while requests flow,
// again in the background once the last reading is HeadRefresh old; a
// request that finds a healthy provider's reading 10 × HeadRefresh old
// waits for the new one. A probe that succeeds ends failing.
//
// A head that would raise the best head while more than MaxLagBlocks above
// every other provider's is believed only once its provider serves the
// block at that height: a node that reports a head it has no block for
// (null, asked twice) is lying (an error instead: failing), and its head
// is not counted, so that it cannot make every honest provider look
// lagging. A
// best head reported while no other provider could be compared with it is
// checked the same way when another provider would lag behind it. That is
// as far as heads can tell: a node that fabricates whole blocks up to a
// false head is believed about its head (the honest providers then look
// lagging); it still cannot make the keeper believe a receipt or a pinned
// eth_call, which need another provider's agreement or header.
package chainrpc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Defaults of Config's fields.
const (
	DefaultCallTimeout    = 10 * time.Second
	DefaultMaxAttempts    = 6
	DefaultInitialBackoff = 200 * time.Millisecond
	DefaultMaxBackoff     = 5 * time.Second
)

// retryAfterCap is how many MaxBackoff a node's Retry-After is honoured up
// to.
const retryAfterCap = 4

// Config tunes the retrying transport. Zero fields take the documented
// defaults.
type Config struct {
	// CallTimeout bounds one attempt: sending the request, the node's work
	// and reading its whole answer. Default 10s.
	CallTimeout time.Duration
	// MaxAttempts is how many times a request is sent at most, the first
	// time included (1: no retries). Default 6.
	MaxAttempts int
	// InitialBackoff is the longest wait before the first retry; each
	// further one doubles it, up to MaxBackoff. Each wait is scaled by a
	// random factor in [0.5, 1]. Default 200ms.
	InitialBackoff time.Duration
	// MaxBackoff caps the wait between attempts; a Retry-After from the node
	// is honoured up to 4 × MaxBackoff. Default 5s.
	MaxBackoff time.Duration
}

// withDefaults fills zero fields with their defaults.
func (c Config) withDefaults() Config {
	if c.CallTimeout == 0 {
		c.CallTimeout = DefaultCallTimeout
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = DefaultMaxAttempts
	}
	if c.InitialBackoff == 0 {
		c.InitialBackoff = DefaultInitialBackoff
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	return c
}

// MaxAttemptsLimit bounds MaxAttempts: beyond it a retry loop only hides a
// node that is down.
const MaxAttemptsLimit = 100

func (c Config) validate() error {
	switch {
	case c.CallTimeout < 0:
		return fmt.Errorf("chainrpc: CallTimeout %v: must not be negative (0: the default)", c.CallTimeout)
	case c.MaxAttempts < 1 || c.MaxAttempts > MaxAttemptsLimit:
		return fmt.Errorf("chainrpc: MaxAttempts %d: must be between 1 and %d", c.MaxAttempts, MaxAttemptsLimit)
	case c.InitialBackoff < 0:
		return fmt.Errorf("chainrpc: InitialBackoff %v: must not be negative (0: the default)", c.InitialBackoff)
	case c.MaxBackoff < c.InitialBackoff:
		return fmt.Errorf("chainrpc: MaxBackoff %v: below InitialBackoff %v", c.MaxBackoff, c.InitialBackoff)
	}
	return nil
}

// Classes of failed attempts, as Metrics and the logs name them. The
// values of ClassTimeout, ClassNetwork and ClassRateLimited are those of
// keeper/metrics' RPC error classes.
const (
	// ClassTimeout: no complete answer within CallTimeout, a network
	// timeout, or HTTP 408.
	ClassTimeout = "timeout"
	// ClassNetwork: the node could not be reached or the connection broke.
	ClassNetwork = "network"
	// ClassHTTP5xx: the node answered an HTTP 5xx status.
	ClassHTTP5xx = "http_5xx"
	// ClassRateLimited: the node answered HTTP 429.
	ClassRateLimited = "rate_limited"
	// ClassMalformed: a 2xx answer whose body is not a complete,
	// well-formed JSON-RPC response.
	ClassMalformed = "malformed"
	// ClassDisagreement: a Multi's providers gave answers that had to agree
	// and did not, and no tie-break settled them (RPCFailure only).
	ClassDisagreement = "disagreement"
)

// Metrics is told of every retry and of every request that failed for good
// after retrying, by class (the Class* constants). A nil Metrics counts
// nothing.
type Metrics interface {
	// RPCRetry: an attempt failed with class and the request will be sent
	// again.
	RPCRetry(class string)
	// RPCFailure: a request's last attempt failed with class and the
	// Transport gave up: attempts used up, the next wait would pass the
	// context's deadline, or the context ended while waiting. Failures that
	// are not retried (a JSON-RPC error, HTTP 404) are not counted here. A
	// Multi also counts, with ClassDisagreement, each request it gave up on
	// because its providers disagreed.
	RPCFailure(class string)
}

type noMetrics struct{}

func (noMetrics) RPCRetry(string)   {}
func (noMetrics) RPCFailure(string) {}

// ErrMalformed is matched (errors.Is) by the error a request ends with when
// its last attempt was answered with a body that is not a JSON-RPC
// response.
var ErrMalformed = errors.New("malformed JSON-RPC response")

// Dial connects to the node at rawURL. For http(s) URLs the client's
// requests go through a Transport built from cfg, logging retries to log
// at debug level (nil: no logs) and counting them in m (nil: not counted).
// Other URLs (ws, wss, an IPC path) are dialled with go-ethereum's defaults
// (see the package comment). The context bounds the dial only, as in
// rpc.DialOptions.
//
// rawURL may hold credentials: a URL that does not parse is not repeated in
// the error, but go-ethereum's dial errors (ws) may name the endpoint, so
// callers show errors redacted.
func Dial(ctx context.Context, rawURL string, cfg Config, log *slog.Logger, m Metrics) (*rpc.Client, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		// url.Error repeats the URL: keep only the reason.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("chainrpc: parsing the node's URL: %v", err)
	}
	var opts []rpc.ClientOption
	if u.Scheme == "http" || u.Scheme == "https" {
		t, err := NewTransport(nil, cfg, log, m)
		if err != nil {
			return nil, err
		}
		opts = append(opts, rpc.WithHTTPClient(&http.Client{Transport: t}))
	}
	c, err := rpc.DialOptions(ctx, rawURL, opts...)
	if err != nil {
		return nil, fmt.Errorf("chainrpc: dialling the node (%s): %w", u.Scheme, err)
	}
	return c, nil
}

// DialEth is Dial returning an ethclient.Client over the connection; its
// Client method gives the rpc.Client, and Close closes both.
func DialEth(ctx context.Context, rawURL string, cfg Config, log *slog.Logger, m Metrics) (*ethclient.Client, error) {
	c, err := Dial(ctx, rawURL, cfg, log, m)
	if err != nil {
		return nil, err
	}
	return ethclient.NewClient(c), nil
}
