package vaults

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

var (
	vaultABI  = mustABI(bindings.VaultMetaData.GetAbi)
	sourceABI = mustABI(bindings.SourceMetaData.GetAbi)
	erc20ABI  = mustABI(bindings.MockStablecoinMetaData.GetAbi) // any ERC-20's decimals()
)

func mustABI(get func() (*abi.ABI, error)) *abi.ABI {
	a, err := get()
	if err != nil {
		panic("vaults: generated ABI does not parse: " + err.Error())
	}
	return a
}

// rpcClienter is a backend that exposes its JSON-RPC client
// (*ethclient.Client does), so a stage of reads can go out as one batch.
type rpcClienter interface {
	Client() *rpc.Client
}

// read is one eth_call of a stage: its result is unpacked into out.
type read struct {
	to     common.Address
	abi    *abi.ABI
	method string
	args   []any
	what   string // names it in errors, e.g. "vault 0x… idle"
	out    []any
	err    error // why it has no out: its own failure, or the batch's
}

// stage is a set of eth_calls at one block, sent together: as one JSON-RPC
// batch when the backend exposes its RPC client, else one call at a time.
// A tick so reads the vault and its sources in one round-trip instead of
// some forty (see StateAt).
type stage struct {
	ctx     context.Context
	block   *big.Int
	backend Backend
	reads   []*read
}

func (c *Client) stage(ctx context.Context, block *big.Int) *stage {
	return &stage{ctx: ctx, block: block, backend: c.backend}
}

// add queues a call of method on to and returns where its outputs will be.
func (s *stage) add(to common.Address, a *abi.ABI, method, what string, args ...any) *read {
	r := &read{to: to, abi: a, method: method, args: args, what: what}
	s.reads = append(s.reads, r)
	return r
}

// run sends the queued calls and unpacks their results. Every read gets
// its outputs or its error (r.err); the first failure is returned, naming
// its call and the block.
func (s *stage) run() error {
	fail := func(err error) error {
		for _, r := range s.reads {
			if r.err == nil && r.out == nil {
				r.err = err
			}
		}
		return err
	}
	data := make([][]byte, len(s.reads))
	for i, r := range s.reads {
		d, err := r.abi.Pack(r.method, r.args...)
		if err != nil {
			return fail(fmt.Errorf("encoding %s: %w", r.what, err))
		}
		data[i] = d
	}
	results := make([][]byte, len(s.reads))
	errs := make([]error, len(s.reads))
	if rc, ok := s.backend.(rpcClienter); ok && rc.Client() != nil {
		batch := make([]rpc.BatchElem, len(s.reads))
		out := make([]hexutil.Bytes, len(s.reads))
		for i, r := range s.reads {
			batch[i] = rpc.BatchElem{Method: "eth_call", Result: &out[i],
				Args: []any{map[string]any{"to": r.to, "data": hexutil.Bytes(data[i])}, hexutil.EncodeBig(s.block)}}
		}
		if err := rc.Client().BatchCallContext(s.ctx, batch); err != nil {
			return fail(fmt.Errorf("reading %d values at block %s: %w", len(batch), s.block, err))
		}
		for i := range batch {
			results[i], errs[i] = out[i], batch[i].Error
		}
	} else {
		for i, r := range s.reads {
			to := r.to
			results[i], errs[i] = s.backend.CallContract(s.ctx, ethereum.CallMsg{To: &to, Data: data[i]}, s.block)
		}
	}
	var first error
	for i, r := range s.reads {
		r.out, r.err = r.decode(results[i], errs[i], s.block)
		if first == nil {
			first = r.err
		}
	}
	return first
}

// failedOnly reports whether r is the only read of the stage that failed.
func (s *stage) failedOnly(r *read) bool {
	for _, o := range s.reads {
		if o != r && o.err != nil {
			return false
		}
	}
	return r.err != nil
}

// decode checks one answer and unpacks it.
func (r *read) decode(result []byte, err error, block *big.Int) ([]any, error) {
	if err != nil {
		return nil, fmt.Errorf("reading %s at block %s: %w", r.what, block, err)
	}
	if len(result) == 0 {
		return nil, fmt.Errorf("reading %s at block %s: empty answer (no contract at %s?)", r.what, block, r.to.Hex())
	}
	vals, err := r.abi.Unpack(r.method, result)
	if err != nil {
		return nil, fmt.Errorf("reading %s at block %s: decoding the answer: %w", r.what, block, err)
	}
	if len(vals) == 0 {
		return nil, fmt.Errorf("reading %s at block %s: no value in the answer", r.what, block)
	}
	return vals, nil
}

func (r *read) address() common.Address {
	return *abi.ConvertType(r.out[0], new(common.Address)).(*common.Address)
}
func (r *read) bigInt() *big.Int { return *abi.ConvertType(r.out[0], new(*big.Int)).(**big.Int) }
func (r *read) bool() bool       { return *abi.ConvertType(r.out[0], new(bool)).(*bool) }
func (r *read) uint8() uint8     { return *abi.ConvertType(r.out[0], new(uint8)).(*uint8) }
func (r *read) addresses() []common.Address {
	return *abi.ConvertType(r.out[0], new([]common.Address)).(*[]common.Address)
}

var errImplausible = errors.New("implausible")
