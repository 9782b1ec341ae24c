package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"

	"github.com/vaultkeeper/vaultkeeper/keeper/config"
	"github.com/vaultkeeper/vaultkeeper/keeper/txmgr"
)

// connections are what the vaults one keeper process keeps share: one
// connection per chain (vaults whose local.chain is the same), one signer
// per chain and local.signer, and one transaction manager per (chain id,
// key) (txmgr.Senders), so that the vaults one key keeps on one chain send
// in one nonce sequence. Each is made by the first vault that needs it; a
// failed attempt leaves nothing behind, so the next set-up retry makes it
// again. Safe for concurrent use: vaults are set up concurrently, and one
// vault's slow node delays only the vaults on that chain.
type connections struct {
	// log is the shared transaction managers' logger: the process's, as
	// each sends for several vaults (a send's key names its decision).
	log     *slog.Logger
	mu      sync.Mutex
	chains  map[string]*shared[*chainConn]
	signers map[string]*shared[closingSigner]
	senders txmgr.Senders
}

// shared is one connection or signer, made once.
type shared[T any] struct {
	mu   sync.Mutex
	v    T
	made bool
}

// get returns the value, making it with mk while there is none yet.
func (s *shared[T]) get(mk func() (T, error)) (T, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.made {
		return s.v, nil
	}
	v, err := mk()
	if err != nil {
		return v, err
	}
	s.v, s.made = v, true
	return v, nil
}

func entry[T any](mu *sync.Mutex, m *map[string]*shared[T], key string) *shared[T] {
	mu.Lock()
	defer mu.Unlock()
	if *m == nil {
		*m = map[string]*shared[T]{}
	}
	e := (*m)[key]
	if e == nil {
		e = new(shared[T])
		(*m)[key] = e
	}
	return e
}

// chainKey identifies a local.chain among the fleet's: the same settings
// are the same connection. It is a map key only, never printed (it holds
// the nodes' URLs, which may carry credentials).
func chainKey(c config.Chain) string {
	b, err := json.Marshal(c)
	if err != nil {
		// A config.Chain always encodes; fall back to its Go syntax.
		return fmt.Sprintf("%#v", c)
	}
	return string(b)
}

// chain returns the connection to c's nodes, dialling it with dial when no
// vault has yet.
func (cs *connections) chain(c config.Chain, dial func() (*chainConn, error)) (*chainConn, error) {
	return entry(&cs.mu, &cs.chains, chainKey(c)).get(dial)
}

// signer returns the signer s names for chain c, opening it with open when
// no vault has yet.
func (cs *connections) signer(c config.Chain, s config.Signer, open func() (closingSigner, error)) (closingSigner, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("local.signer: %w", err)
	}
	return entry(&cs.mu, &cs.signers, chainKey(c)+"\x00"+string(b)).get(open)
}

// Close closes every signer and connection made.
func (cs *connections) Close() {
	cs.mu.Lock()
	defer cs.mu.Unlock()
	for _, s := range cs.signers {
		if s.made && s.v != nil {
			s.v.Close()
		}
	}
	for _, c := range cs.chains {
		if c.made && c.v != nil {
			c.v.Close()
		}
	}
	cs.chains, cs.signers = nil, nil
}
