// Package anviltest runs Foundry's anvil (the real binary npm installs, via
// scripts/anvil) as an external development node for tests, with
// --no-mining so the test or devchain decides when blocks are sealed.
package anviltest

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"net"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// ChainID of the nodes started here (anvil's default).
const ChainID = 31337

// Anvil is a running anvil node.
type Anvil struct {
	URL    string
	RPC    *rpc.Client
	Client *ethclient.Client
	cmd    *exec.Cmd
	done   chan struct{}
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..")
}

// Start starts anvil on a free loopback port with --no-mining and extra
// args, waits until it answers, and stops it when the test ends.
func Start(t testing.TB, args ...string) *Anvil {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	all := append([]string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--no-mining",
		"--chain-id", strconv.Itoa(ChainID), "--accounts", "0", "--silent"}, args...)
	cmd := exec.Command(filepath.Join(repoRoot(), "scripts", "anvil"), all...)
	// Read only once anvil has exited: Wait has then copied all of it.
	stderr := new(bytes.Buffer)
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting anvil: %v", err)
	}
	a := &Anvil{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, done: make(chan struct{})}
	go func() { cmd.Wait(); close(a.done) }()
	t.Cleanup(a.Stop)
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case <-a.done:
			t.Fatalf("anvil exited: %s", stderr.String())
		default:
		}
		if a.RPC, err = rpc.Dial(a.URL); err == nil {
			var v string
			if err = a.RPC.Call(&v, "web3_clientVersion"); err == nil {
				break
			}
			a.RPC.Close()
		}
		if time.Now().After(deadline) {
			t.Fatalf("anvil did not answer on %s: %v", a.URL, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	a.Client = ethclient.NewClient(a.RPC)
	return a
}

// Stop kills anvil.
func (a *Anvil) Stop() {
	select {
	case <-a.done:
		return
	default:
	}
	if a.RPC != nil {
		a.RPC.Close()
	}
	a.cmd.Process.Kill()
	<-a.done
}

// Call calls an RPC method and fails the test on error.
func (a *Anvil) Call(t testing.TB, result any, method string, args ...any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := a.RPC.CallContext(ctx, result, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
}

// Mine seals the pending transactions into a block.
func (a *Anvil) Mine(t testing.TB) { t.Helper(); a.Call(t, nil, "evm_mine") }

// Snapshot saves the chain state and returns its id for Revert.
func (a *Anvil) Snapshot(t testing.TB) string {
	t.Helper()
	var id hexutil.Big
	a.Call(t, &id, "evm_snapshot")
	return (*big.Int)(&id).String()
}

// Revert returns the chain to a snapshot: every later block is dropped, as
// in a reorg to a shorter chain.
func (a *Anvil) Revert(t testing.TB, id string) {
	t.Helper()
	n, ok := new(big.Int).SetString(id, 10)
	if !ok {
		t.Fatalf("snapshot id %q", id)
	}
	var reverted bool
	a.Call(t, &reverted, "evm_revert", (*hexutil.Big)(n))
	if !reverted {
		t.Fatalf("evm_revert %s: not reverted", id)
	}
}

// PendingCount is the number of transactions in anvil's pool.
func (a *Anvil) PendingCount(t testing.TB) int {
	t.Helper()
	var st struct {
		Pending hexutil.Uint64 `json:"pending"`
	}
	a.Call(t, &st, "txpool_status")
	return int(st.Pending)
}
