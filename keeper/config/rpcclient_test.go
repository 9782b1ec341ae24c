package config

import (
	"strings"
	"testing"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
)

// The JSON-RPC client settings default to keeper/chainrpc's defaults and
// decode into its Config.
func TestRPCClientDefaultsAndDecoding(t *testing.T) {
	cfg, err := Parse([]byte(rpcChainConfig))
	if err != nil {
		t.Fatal(err)
	}
	want := chainrpc.Config{CallTimeout: chainrpc.DefaultCallTimeout, MaxAttempts: chainrpc.DefaultMaxAttempts,
		InitialBackoff: chainrpc.DefaultInitialBackoff, MaxBackoff: chainrpc.DefaultMaxBackoff}
	if got := cfg.Chain.RPCClient(); got != want {
		t.Errorf("defaults: %+v, want %+v", got, want)
	}
	if got := cfg.TickDeadline(); got != cfg.Rebalance.ReceiptTimeout.D()+TickDeadlineMargin {
		t.Errorf("default tick deadline %v, want receipt_timeout %v + %v", got, cfg.Rebalance.ReceiptTimeout.D(), TickDeadlineMargin)
	}

	set := strings.Replace(rpcChainConfig, "    chain_id: 31337\n", `    chain_id: 31337
    call_timeout: 3s
    max_attempts: 4
    initial_backoff: 50ms
    max_backoff: 2s
    tick_deadline: 5m
`, 1)
	cfg, err = Parse([]byte(set))
	if err != nil {
		t.Fatal(err)
	}
	want = chainrpc.Config{CallTimeout: 3 * time.Second, MaxAttempts: 4, InitialBackoff: 50 * time.Millisecond, MaxBackoff: 2 * time.Second}
	if got := cfg.Chain.RPCClient(); got != want {
		t.Errorf("decoded %+v, want %+v", got, want)
	}
	if got := cfg.TickDeadline(); got != 5*time.Minute {
		t.Errorf("tick deadline %v, want 5m", got)
	}

	// The shipped file spells out the defaults.
	cfg, err = Parse(shipped(t))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Chain.RPCClient(); got != (chainrpc.Config{CallTimeout: chainrpc.DefaultCallTimeout, MaxAttempts: chainrpc.DefaultMaxAttempts,
		InitialBackoff: chainrpc.DefaultInitialBackoff, MaxBackoff: chainrpc.DefaultMaxBackoff}) || cfg.Chain.TickDeadline != 0 {
		t.Errorf("shipped config.yaml: %+v, tick_deadline %v; want the defaults", got, cfg.Chain.TickDeadline.D())
	}
	// The embedded chain takes them too: governance commands reach it over
	// HTTP, and its ticks have a deadline.
	embedded := strings.NewReplacer("max_attempts: 6 ", "max_attempts: 2 ", "tick_deadline: 0s ", "tick_deadline: 3m ").Replace(string(shipped(t)))
	if cfg, err = Parse([]byte(embedded)); err != nil || cfg.Chain.MaxAttempts != 2 || cfg.TickDeadline() != 3*time.Minute {
		t.Errorf("embedded: %v", err)
	}
}

// Each refusal names the field path and the value.
func TestRPCClientRefusals(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       []string
	}{
		{"zero call timeout", "call_timeout: 0s", []string{"local.chain.call_timeout: 0s: must be positive"}},
		{"negative call timeout", "call_timeout: -1s", []string{"local.chain.call_timeout: -1s: must be positive"}},
		{"call timeout not a duration", "call_timeout: 10", []string{"local.chain.call_timeout", "duration"}},
		{"zero attempts", "max_attempts: 0", []string{"local.chain.max_attempts: 0: must be between 1 (no retries) and 100"}},
		{"too many attempts", "max_attempts: 1000", []string{"local.chain.max_attempts: 1000"}},
		{"attempts not whole", "max_attempts: 2.5", []string{"local.chain.max_attempts", "whole number"}},
		{"zero initial backoff", "initial_backoff: 0s", []string{"local.chain.initial_backoff: 0s: must be positive"}},
		{"max below initial", "max_backoff: 100ms", []string{"local.chain.max_backoff: 100ms: must be at least local.chain.initial_backoff (200ms)"}},
		{"negative tick deadline", "tick_deadline: -1m", []string{"local.chain.tick_deadline: -1m0s: must not be negative"}},
		{"tick deadline within the receipt timeout", "tick_deadline: 1m",
			[]string{"local.chain.tick_deadline: 1m0s: must exceed governed.rebalance.receipt_timeout (2m0s)"}},
		{"unknown field", "retries: 3", []string{"local.chain.retries", "unknown field"}},
	} {
		_, err := Parse([]byte(strings.Replace(rpcChainConfig, "    chain_id: 31337\n", "    chain_id: 31337\n    "+tc.line+"\n", 1)))
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not contain %q", tc.name, err, w)
			}
		}
	}
}
