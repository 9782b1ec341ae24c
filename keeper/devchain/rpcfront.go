package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// rpcFront serves the embedded chain's JSON-RPC on a loopback address: the
// standard methods are answered by the simulated node (through its
// in-process RPC client), and the development methods local nodes such as
// anvil and Hardhat answer are added on top, so a person can move the
// demo's chain time with stock cast:
//
//	evm_increaseTime(seconds)  seals an empty block that many seconds after the head; returns the seconds
//	evm_mine()                 seals the pending transactions into a block now; returns "0x0"
//
// Only requests whose Host is the loopback address are served (a web page
// cannot reach the chain through DNS rebinding), and only by POST.
type rpcFront struct {
	chain  *Chain
	rpc    *rpc.Client
	srv    *http.Server
	ln     net.Listener
	log    *slog.Logger
	closed chan struct{}
}

// maxRequestBytes bounds a JSON-RPC request body.
const maxRequestBytes = 5 << 20

func startRPCFront(c *Chain, rc *rpc.Client, addr string, log *slog.Logger) (*rpcFront, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("chain.embedded.rpc_addr %q: cannot listen: %w", addr, err)
	}
	f := &rpcFront{chain: c, rpc: rc, ln: ln, log: log, closed: make(chan struct{})}
	f.srv = &http.Server{Handler: f, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		defer close(f.closed)
		if err := f.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("embedded chain JSON-RPC stopped", "err", err)
		}
	}()
	return f, nil
}

// URL is the endpoint's http:// URL.
func (f *rpcFront) URL() string { return "http://" + f.ln.Addr().String() }

func (f *rpcFront) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	f.srv.Shutdown(ctx)
	<-f.closed
	f.rpc.Close()
}

type rpcRequest struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

func (f *rpcFront) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host
	}
	if host != "127.0.0.1" && host != "localhost" && host != "::1" {
		http.Error(w, "invalid host specified", http.StatusForbidden)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed: JSON-RPC takes POST", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRequestBytes+1))
	if err != nil || len(body) > maxRequestBytes {
		http.Error(w, "request body unreadable or too large", http.StatusRequestEntityTooLarge)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	body = bytes.TrimSpace(body)
	if len(body) > 0 && body[0] == '[' {
		var reqs []rpcRequest
		if err := json.Unmarshal(body, &reqs); err != nil || len(reqs) == 0 {
			json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: -32700, Message: "parse error"}})
			return
		}
		out := make([]rpcResponse, len(reqs))
		for i, req := range reqs {
			out[i] = f.handle(r.Context(), req)
		}
		json.NewEncoder(w).Encode(out)
		return
	}
	var req rpcRequest
	if err := json.Unmarshal(body, &req); err != nil {
		json.NewEncoder(w).Encode(rpcResponse{JSONRPC: "2.0", ID: json.RawMessage("null"), Error: &rpcError{Code: -32700, Message: "parse error"}})
		return
	}
	json.NewEncoder(w).Encode(f.handle(r.Context(), req))
}

func (f *rpcFront) handle(ctx context.Context, req rpcRequest) rpcResponse {
	resp := rpcResponse{JSONRPC: "2.0", ID: req.ID}
	if len(resp.ID) == 0 {
		resp.ID = json.RawMessage("null")
	}
	var params []json.RawMessage
	if p := bytes.TrimSpace(req.Params); len(p) > 0 && !bytes.Equal(p, []byte("null")) {
		if err := json.Unmarshal(p, &params); err != nil {
			resp.Error = &rpcError{Code: -32602, Message: "invalid params: want a list"}
			return resp
		}
	}
	switch req.Method {
	case "evm_increaseTime":
		secs, err := secondsParam(params)
		if err != nil {
			resp.Error = &rpcError{Code: -32602, Message: "evm_increaseTime: " + err.Error()}
			return resp
		}
		if err := f.chain.IncreaseTime(ctx, time.Duration(secs)*time.Second); err != nil {
			resp.Error = &rpcError{Code: -32000, Message: "evm_increaseTime: " + err.Error()}
			return resp
		}
		resp.Result = json.RawMessage(strconv.FormatInt(secs, 10))
		return resp
	case "evm_mine":
		if err := f.chain.MineNow(ctx); err != nil {
			resp.Error = &rpcError{Code: -32000, Message: "evm_mine: " + err.Error()}
			return resp
		}
		resp.Result = json.RawMessage(`"0x0"`)
		return resp
	}
	if strings.HasPrefix(req.Method, "admin_") || strings.HasPrefix(req.Method, "debug_") || strings.HasPrefix(req.Method, "personal_") {
		resp.Error = &rpcError{Code: -32601, Message: fmt.Sprintf("the method %s does not exist/is not available", req.Method)}
		return resp
	}
	args := make([]any, len(params))
	for i, p := range params {
		args[i] = p
	}
	var result json.RawMessage
	if err := f.rpc.CallContext(ctx, &result, req.Method, args...); err != nil {
		e := &rpcError{Code: -32000, Message: err.Error()}
		var ec rpc.Error
		if errors.As(err, &ec) {
			e.Code = ec.ErrorCode()
		}
		var de rpc.DataError
		if errors.As(err, &de) {
			e.Data = de.ErrorData()
		}
		resp.Error = e
		return resp
	}
	if len(result) == 0 {
		result = json.RawMessage("null")
	}
	resp.Result = result
	return resp
}

// secondsParam reads evm_increaseTime's argument: a JSON number or a hex
// or decimal string of seconds, positive and at most ten years.
func secondsParam(params []json.RawMessage) (int64, error) {
	if len(params) != 1 {
		return 0, fmt.Errorf("want one argument, the seconds to add; got %d", len(params))
	}
	var n json.Number
	var s string
	var secs int64
	var err error
	switch {
	case json.Unmarshal(params[0], &n) == nil:
		secs, err = n.Int64()
	case json.Unmarshal(params[0], &s) == nil:
		secs, err = strconv.ParseInt(s, 0, 64)
	default:
		err = errors.New("not a number")
	}
	if err != nil {
		return 0, fmt.Errorf("seconds %s: %v", params[0], err)
	}
	if secs <= 0 || secs > 10*365*24*3600 {
		return 0, fmt.Errorf("seconds %d: want 1 to 315360000", secs)
	}
	return secs, nil
}
