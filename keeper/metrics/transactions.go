package metrics

import (
	"fmt"
	"strconv"
	"time"

	"github.com/vaultkeeper/vaultkeeper/keeper/chainrpc"
	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// sendStateLabel maps a send state to its label value.
func sendStateLabel(s string) string {
	if s == "" {
		return fromNone
	}
	for _, known := range sendStates {
		if s == known {
			return s
		}
	}
	return Other
}

func isOpenState(s string) bool {
	for _, o := range openSendStates {
		if s == o {
			return true
		}
	}
	return false
}

// SendState implements txmgr.Metrics: a send moved from state from ("" for
// a new send) to state to. It counts the transition in
// vaultkeeper_send_state_transitions_total and moves the send between the
// open states of vaultkeeper_sends_in_state (a send that reaches a terminal
// state, confirmed, reverted or failed, leaves the gauge). Sends left open
// by an earlier process are not in the gauge until SetOpenSends reports
// them; the gauge never goes below zero.
func (m *Metrics) SendState(from, to string) {
	fromL, toL := sendStateLabel(from), sendStateLabel(to)
	m.transitions.WithLabelValues(fromL, toL).Inc()
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case (fromL == "confirmed" || fromL == "reverted") && isOpenState(toL):
		// A reorg deeper than the confirmations took a confirmed send back
		// out of the chain: /healthz alarms until a send is final again.
		m.deepReorgAt = m.now()
	case toL == "confirmed" || toL == "reverted":
		m.deepReorgAt = time.Time{}
	}
	if isOpenState(fromL) && m.open[fromL] > 0 {
		m.open[fromL]--
		m.sendsInState.WithLabelValues(fromL).Set(float64(m.open[fromL]))
	}
	if isOpenState(toL) {
		m.open[toL]++
		m.sendsInState.WithLabelValues(toL).Set(float64(m.open[toL]))
	}
}

// SetOpenSends adds to vaultkeeper_sends_in_state the sends the journal
// holds open (store.Store.OpenSends) that no earlier call counted (by
// store.Send.Key), so that sends left open by an earlier process are
// counted; call it at start, before txmgr's Resume. Each vault kept reports
// the open sends of its signing key: vaults sharing a key (and so a
// transaction manager) report the same sends, which are counted once. It
// returns an error, and changes nothing, if a send is not in an open state.
func (m *Metrics) SetOpenSends(sends []store.Send) error {
	for _, s := range sends {
		if !isOpenState(s.State) {
			return fmt.Errorf("metrics: send %q is in state %q, not an open state", s.Key, s.State)
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range sends {
		if !m.seeded[s.Key] {
			m.seeded[s.Key] = true
			m.open[s.State]++
		}
	}
	for _, s := range openSendStates {
		m.sendsInState.WithLabelValues(s).Set(float64(m.open[s]))
	}
	return nil
}

// NonceGap implements txmgr.GapMetrics: a nonce gap was found and filled
// (vaultkeeper_nonce_gaps_total).
func (m *Metrics) NonceGap() { m.nonceGaps.Inc() }

// RPCError implements txmgr.Metrics: a call of JSON-RPC method failed with
// err. It counts vaultkeeper_rpc_errors_total by method and by the class
// RPCErrorClass gives err; the error text is never used as a label. A method
// name that is not of the JSON-RPC form namespace_name (e.g.
// eth_sendRawTransaction) is counted as Other. A nil err is not counted.
func (m *Metrics) RPCError(method string, err error) {
	if err == nil {
		return
	}
	m.rpcErrors.WithLabelValues(methodLabel(method), RPCErrorClass(err)).Inc()
}

// ProviderHealth sets vaultkeeper_rpc_provider_healthy of the provider
// h describes (keeper/chainrpc.Multi calls it when its state changes).
func (m *Metrics) ProviderHealth(h chainrpc.ProviderHealth) {
	v := 0.0
	if h.State == chainrpc.StateHealthy {
		v = 1
	}
	m.providers.WithLabelValues(strconv.Itoa(h.Index), h.Host).Set(v)
}

// rpcRetryClasses are the classes keeper/chainrpc reports; anything else
// is counted as Other, so a label never carries free text.
var rpcRetryClasses = map[string]bool{"timeout": true, "network": true, "http_5xx": true, "rate_limited": true, "malformed": true,
	chainrpc.ClassDisagreement: true}

func rpcRetryClass(class string) string {
	if rpcRetryClasses[class] {
		return class
	}
	return Other
}

// RPCRetry implements chainrpc.Metrics: a request failed with class and is
// sent again (vaultkeeper_rpc_retries_total).
func (m *Metrics) RPCRetry(class string) { m.rpcRetries.WithLabelValues(rpcRetryClass(class)).Inc() }

// RPCFailure implements chainrpc.Metrics: a request's retries ran out, the
// last failure of class (vaultkeeper_rpc_give_ups_total).
func (m *Metrics) RPCFailure(class string) { m.rpcGiveUps.WithLabelValues(rpcRetryClass(class)).Inc() }

// SignerError counts a failure of the transaction signer of the given kind
// (config.SignerDev, SignerNone, SignerVaultKV or SignerVaultPlugin; anything
// else is counted as Other) in vaultkeeper_signer_errors_total, by the class
// SignerErrorClass gives err. A nil err is not counted.
func (m *Metrics) SignerError(kind string, err error) {
	if err == nil {
		return
	}
	k := Other
	for _, known := range signerKinds {
		if kind == known {
			k = kind
			break
		}
	}
	m.signerErrors.WithLabelValues(k, SignerErrorClass(err)).Inc()
}

// SetLease reports this keeper's hold on the lease name: leading with the
// fencing token, or standing by (token 0).
func (m *Metrics) SetLease(name string, leading bool, token int64) {
	v := 0.0
	if leading {
		v = 1
	}
	m.leaseLeader.WithLabelValues(name).Set(v)
	m.leaseToken.WithLabelValues(name).Set(float64(token))
}
