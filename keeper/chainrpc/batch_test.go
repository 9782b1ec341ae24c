package chainrpc

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// pinnedCalls is a batch of n eth_calls at block 5, with their results.
func pinnedCalls(n int) ([]rpc.BatchElem, []string) {
	out := make([]string, n)
	batch := make([]rpc.BatchElem, n)
	for i := range batch {
		batch[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]string{"to": "0x01"}, "0x5"}, Result: &out[i]}
	}
	return batch, out
}

// A batch of pinned eth_calls goes to two providers as one request each and
// is believed when they answer every call alike; when they do not, it is
// asked call by call, and believed only where two providers agree, as each
// call alone would be.
func TestMultiAgreesOnBatchesOfPinnedCalls(t *testing.T) {
	a, b, c := newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10), newFakeNode(t, 31337, 10)
	for _, n := range []*fakeNode{a, b, c} {
		n.answers["eth_call"] = `"0x01"`
	}
	cl, m, err := DialMulti(context.Background(), []Provider{{URL: a.srv.URL, Name: "a"}, {URL: b.srv.URL, Name: "b"}, {URL: c.srv.URL, Name: "c"}},
		testMultiConfig(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cl.Close(); m.Close() }()
	batch, out := pinnedCalls(4)
	if err := cl.Client().BatchCall(batch); err != nil {
		t.Fatal(err)
	}
	for i := range batch {
		if batch[i].Error != nil || out[i] != "0x01" {
			t.Fatalf("call %d: %q, %v", i, out[i], batch[i].Error)
		}
	}
	batches := func(n *fakeNode) int {
		n.mu.Lock()
		defer n.mu.Unlock()
		return n.batches
	}
	for name, n := range map[string]*fakeNode{"a": a, "b": b} {
		if batches, calls := batches(n), n.asked("eth_call"); batches != 1 || calls != 4 {
			t.Fatalf("provider %s: %d batches, %d calls; want the 4 calls in one batch", name, batches, calls)
		}
	}
	if c.asked("eth_call") != 0 {
		t.Fatalf("provider c was asked %d calls though a and b agreed", c.asked("eth_call"))
	}

	// b now answers otherwise: call by call, a and c agree.
	b.set(func(n *fakeNode) { n.answers["eth_call"] = `"0x02"` })
	batch, out = pinnedCalls(3)
	if err := cl.Client().BatchCall(batch); err != nil {
		t.Fatal(err)
	}
	for i := range batch {
		if batch[i].Error != nil || out[i] != "0x01" {
			t.Fatalf("with b lying, call %d: %q, %v", i, out[i], batch[i].Error)
		}
	}
	if c.asked("eth_call") != 3 {
		t.Fatalf("provider c answered %d calls, want each of the 3 asked on its own", c.asked("eth_call"))
	}
	// With no two agreeing, nothing is believed.
	c.set(func(n *fakeNode) { n.answers["eth_call"] = `"0x03"` })
	batch, _ = pinnedCalls(2)
	if err := cl.Client().BatchCall(batch); !errors.Is(err, ErrDisagreement) {
		t.Fatalf("batch no two providers agree on: %v", err)
	}

	// Calls at "latest" need no agreement: a batch of them is routed call by
	// call, to the first provider.
	before := batches(a)
	var latest string
	if err := cl.Client().BatchCall([]rpc.BatchElem{{Method: "eth_call", Args: []any{map[string]string{"to": "0x01"}, "latest"}, Result: &latest}}); err != nil {
		t.Fatal(err)
	}
	if batches(a) != before {
		t.Fatalf("a batch of unpinned calls went out as a batch")
	}
}
