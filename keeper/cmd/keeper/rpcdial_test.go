package main

import (
	"context"
	"errors"
	"testing"
)

// clientVersion answers web3_clientVersion with version, or fails.
type clientVersion struct {
	version string
	err     error
}

func (c clientVersion) CallContext(_ context.Context, result any, method string, _ ...any) error {
	if method != "web3_clientVersion" {
		return errors.New("unexpected method " + method)
	}
	if c.err != nil {
		return c.err
	}
	*result.(*string) = c.version
	return nil
}

// anvil is the node whose head state is unsettled; other nodes, and one
// that does not answer, are not.
func TestUnsettledHeadIsAnvil(t *testing.T) {
	for _, c := range []struct {
		node clientVersion
		want bool
	}{
		{clientVersion{version: "anvil/v1.7.1"}, true},
		{clientVersion{version: "Anvil/v0.2.0"}, true},
		{clientVersion{version: "Geth/v1.14.11-stable/linux-amd64/go1.23.2"}, false},
		{clientVersion{version: "reth/v1.1.0"}, false},
		{clientVersion{err: errors.New("method not found")}, false},
	} {
		if got, version := unsettledHead(context.Background(), c.node); got != c.want || version != c.node.version {
			t.Errorf("node %+v: unsettled %v (%q), want %v", c.node, got, version, c.want)
		}
	}
}
