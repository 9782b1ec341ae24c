package vaults

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/vaults/bindings"
)

// RevertError is a reverted call's reason, decoded against the ABIs of the
// project's contracts: a custom error with its arguments, Error(string) or
// Panic(uint256).
type RevertError struct {
	Name string // e.g. "CapExceeded", "Error", "Panic"
	Args []any
	Data []byte // the raw revert data
}

func (e *RevertError) Error() string {
	if len(e.Args) == 0 {
		return "reverted: " + e.Name + "()"
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = fmt.Sprint(a)
	}
	return "reverted: " + e.Name + "(" + strings.Join(parts, ", ") + ")"
}

var knownErrors = sync.OnceValue(func() map[[4]byte]abi.Error {
	m := map[[4]byte]abi.Error{}
	for _, md := range []*bind.MetaData{bindings.VaultMetaData, bindings.AaveV3AdapterMetaData, bindings.LendingPoolMetaData, bindings.MockStablecoinMetaData} {
		parsed, err := md.GetAbi()
		if err != nil {
			continue
		}
		for _, e := range parsed.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			m[id] = e
		}
	}
	return m
})

// DecodeRevert extracts and decodes the revert data carried by err (as
// returned by eth_call or eth_estimateGas). ok is false when err carries no
// revert data.
func DecodeRevert(err error) (*RevertError, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, isStr := de.ErrorData().(string)
	if !isStr {
		return nil, false
	}
	data, decErr := hexutil.Decode(s)
	if decErr != nil || len(data) < 4 {
		return nil, false
	}
	if reason, uerr := abi.UnpackRevert(data); uerr == nil {
		name := "Error"
		if strings.HasPrefix(reason, "assert") || strings.Contains(reason, "panic") {
			name = "Panic"
		}
		return &RevertError{Name: name, Args: []any{reason}, Data: data}, true
	}
	var id [4]byte
	copy(id[:], data[:4])
	if e, found := knownErrors()[id]; found {
		args, uerr := e.Inputs.Unpack(data[4:])
		if uerr == nil {
			return &RevertError{Name: e.Name, Args: args, Data: data}, true
		}
	}
	return &RevertError{Name: fmt.Sprintf("unknown error 0x%x", data[:4]), Data: data}, true
}
