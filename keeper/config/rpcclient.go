package config

import (
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
)

// Defaults of local.chain's JSON-RPC client settings: keeper/chainrpc's.
const (
	defaultCallTimeout    = Duration(chainrpc.DefaultCallTimeout)
	defaultMaxAttempts    = chainrpc.DefaultMaxAttempts
	defaultInitialBackoff = Duration(chainrpc.DefaultInitialBackoff)
	defaultMaxBackoff     = Duration(chainrpc.DefaultMaxBackoff)
	defaultMaxLagBlocks   = chainrpc.DefaultMaxLagBlocks
	defaultQuarantine     = Duration(chainrpc.DefaultQuarantineFor)
)

// TickDeadlineMargin is what the default tick deadline allows a tick
// besides governed.rebalance.receipt_timeout: its reads, its decision and
// its send.
const TickDeadlineMargin = 2 * time.Minute

// RPCClient is the keeper/chainrpc configuration of local.chain: the
// timeout of each JSON-RPC request over HTTP and how failed ones are
// retried.
func (c Chain) RPCClient() chainrpc.Config {
	return chainrpc.Config{CallTimeout: c.CallTimeout.D(), MaxAttempts: c.MaxAttempts,
		InitialBackoff: c.InitialBackoff.D(), MaxBackoff: c.MaxBackoff.D()}
}

// TickDeadline bounds one tick, from its start: local.chain.tick_deadline
// when set, else governed.rebalance.receipt_timeout + TickDeadlineMargin. A
// call the node never answers then ends the tick rather than holding the
// keeper; a send left unfinished resumes from the journal on the next tick.
func (c *Config) TickDeadline() time.Duration {
	if d := c.Chain.TickDeadline.D(); d > 0 {
		return d
	}
	return c.Rebalance.ReceiptTimeout.D() + TickDeadlineMargin
}

// validateRPCClient checks local.chain's JSON-RPC client settings and the
// tick deadline, which must leave a tick its receipt timeout.
func (c Chain) validateRPCClient(receiptTimeout time.Duration, errs *[]error) {
	add := func(err error) { *errs = append(*errs, err) }
	for _, f := range []struct {
		name string
		d    Duration
	}{{"call_timeout", c.CallTimeout}, {"initial_backoff", c.InitialBackoff}} {
		if f.d.D() <= 0 {
			add(fieldError("local.chain."+f.name, f.d.D(), "must be positive"))
		}
	}
	if c.MaxAttempts < 1 || c.MaxAttempts > chainrpc.MaxAttemptsLimit {
		add(fieldError("local.chain.max_attempts", c.MaxAttempts, "must be between 1 (no retries) and %d", chainrpc.MaxAttemptsLimit))
	}
	if c.MaxBackoff.D() < c.InitialBackoff.D() {
		add(fieldError("local.chain.max_backoff", c.MaxBackoff.D(), "must be at least local.chain.initial_backoff (%v)", c.InitialBackoff.D()))
	}
	switch d := c.TickDeadline.D(); {
	case d < 0:
		add(fieldError("local.chain.tick_deadline", d, "must not be negative (0: governed.rebalance.receipt_timeout + %v)", TickDeadlineMargin))
	case d > 0 && d <= receiptTimeout:
		add(fieldError("local.chain.tick_deadline", d, "must exceed governed.rebalance.receipt_timeout (%v), which a tick may spend waiting for its send", receiptTimeout))
	}
}
