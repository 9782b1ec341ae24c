package metrics

import (
	"context"
	"errors"
	"net"
	"regexp"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// Classes of RPC errors, the values of the class label of
// vaultkeeper_rpc_errors_total (besides Other).
const (
	// RPCTimeout: the call's context deadline passed, or a network
	// operation timed out.
	RPCTimeout = "timeout"
	// RPCCanceled: the call's context was canceled (normally shutdown).
	RPCCanceled = "canceled"
	// RPCNetwork: the node could not be reached or the connection broke.
	RPCNetwork = "network"
	// RPCRateLimited: HTTP 429, or JSON-RPC error -32005 (limit exceeded).
	RPCRateLimited = "rate_limited"
	// RPCHTTP: the node's HTTP endpoint answered another non-2xx status.
	RPCHTTP = "http_error"
	// RPCNonceTooLow: the nonce was already used.
	RPCNonceTooLow = "nonce_too_low"
	// RPCUnderpriced: the transaction (or its replacement) pays too little.
	RPCUnderpriced = "underpriced"
	// RPCAlreadyKnown: the node already has the transaction.
	RPCAlreadyKnown = "already_known"
	// RPCInsufficientFunds: the account cannot pay for the transaction.
	RPCInsufficientFunds = "insufficient_funds"
	// RPCExecutionReverted: the call or gas estimate reverted.
	RPCExecutionReverted = "execution_reverted"
)

// Classes of signer errors, the values of the class label of
// vaultkeeper_signer_errors_total (besides Other).
const (
	// SignerSealed: HashiCorp Vault is sealed.
	SignerSealed = "sealed"
	// SignerUnreachable: Vault could not be reached or did not answer in time.
	SignerUnreachable = "unreachable"
	// SignerPermissionDenied: Vault refused the token or AppRole (HTTP 403).
	SignerPermissionDenied = "permission_denied"
)

// rpcLimitExceeded is EIP-1474's "limit exceeded" JSON-RPC error code, which
// node providers answer when they rate-limit.
const rpcLimitExceeded = -32005

// rpcRevertCode is the JSON-RPC error code go-ethereum gives a reverted
// eth_call or eth_estimateGas.
const rpcRevertCode = 3

// rpcSubstrings are the node messages txmgr tells apart (txmgr.NodeAnswers,
// whose classes are RPCAlreadyKnown … RPCInsufficientFunds), then a revert,
// in the order they are tried, matched case-insensitively.
var rpcSubstrings = append(append([]txmgr.NodeAnswer(nil), txmgr.NodeAnswers...),
	txmgr.NodeAnswer{Class: RPCExecutionReverted, Substrings: []string{"execution reverted"}})

// RPCErrorClass returns the class of an error from the Ethereum node, one of
// the RPC* constants or Other. Context and network errors are recognised with
// errors.Is and errors.As, HTTP statuses and JSON-RPC codes from
// go-ethereum's rpc errors, and the node's transaction-pool answers by the
// substrings keeper/txmgr reacts to.
func RPCErrorClass(err error) string {
	switch {
	case err == nil:
		return Other
	case errors.Is(err, context.DeadlineExceeded):
		return RPCTimeout
	case errors.Is(err, context.Canceled):
		return RPCCanceled
	}
	var ne net.Error
	if errors.As(err, &ne) {
		if ne.Timeout() {
			return RPCTimeout
		}
		return RPCNetwork
	}
	if isConnErrno(err) {
		return RPCNetwork
	}
	var he rpc.HTTPError
	var hp *rpc.HTTPError
	switch {
	case errors.As(err, &he):
		return httpClass(he.StatusCode)
	case errors.As(err, &hp) && hp != nil:
		return httpClass(hp.StatusCode)
	}
	msg := strings.ToLower(err.Error())
	for _, c := range rpcSubstrings {
		for _, s := range c.Substrings {
			if strings.Contains(msg, s) {
				return c.Class
			}
		}
	}
	var re rpc.Error
	if errors.As(err, &re) {
		switch re.ErrorCode() {
		case rpcRevertCode:
			return RPCExecutionReverted
		case rpcLimitExceeded:
			return RPCRateLimited
		}
	}
	return Other
}

func httpClass(status int) string {
	if status == 429 {
		return RPCRateLimited
	}
	return RPCHTTP
}

// isConnErrno reports a connection-level system error that reached the
// caller without a net.Error around it.
func isConnErrno(err error) bool {
	for _, e := range []error{syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED,
		syscall.EHOSTUNREACH, syscall.ENETUNREACH, syscall.EPIPE} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// SignerErrorClass returns the class of a signer error, one of the Signer*
// constants or Other. keeper/signer has no sentinel errors for these cases:
// it reduces HashiCorp Vault's answers to messages ("Vault is sealed (HTTP
// 503)", "permission denied (HTTP 403): …", "Vault unreachable: …"), so
// after the context and network checks with errors.Is and errors.As the
// class comes from those messages.
func SignerErrorClass(err error) string {
	if err == nil {
		return Other
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) || isConnErrno(err) {
		return SignerUnreachable
	}
	msg := strings.ToLower(err.Error())
	switch {
	case strings.Contains(msg, "vault is sealed"), strings.Contains(msg, "sealed (http 503)"):
		return SignerSealed
	case strings.Contains(msg, "permission denied"), strings.Contains(msg, "http 403"):
		return SignerPermissionDenied
	case strings.Contains(msg, "unreachable"), strings.Contains(msg, "connection refused"),
		strings.Contains(msg, "no such host"), strings.Contains(msg, "i/o timeout"):
		return SignerUnreachable
	}
	return Other
}

// rpcMethod is the shape of a JSON-RPC method name: namespace_name.
var rpcMethod = regexp.MustCompile(`^[a-z][a-z0-9]{0,15}_[A-Za-z0-9]{1,48}$`)

// methodLabel keeps well-formed JSON-RPC method names and maps anything
// else to Other, so that a caller's mistake cannot put arbitrary text in a
// label.
func methodLabel(method string) string {
	if rpcMethod.MatchString(method) {
		return method
	}
	return Other
}
