package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/vaultkeeper/vaultkeeper/keeper/store"
)

// Senders hands out one Manager per (chain id, from address), made on first
// use: the vaults one key keeps on one chain get the same Manager, and so
// one nonce sequence. The zero value is ready; it is safe for concurrent use.
type Senders struct {
	mu    sync.Mutex
	byKey map[senderKey]*Manager
}

type senderKey struct {
	chainID uint64
	from    common.Address
}

// Manager returns the Manager sending from signer's address on chainID,
// making it with New(chain, chainID, signer, journal, cfg, opts) when there
// is none yet. A later call gets that Manager whatever its other arguments:
// the first caller's config and options hold for every vault of the key,
// and a later caller whose config differs is warned on its opts.Log.
func (s *Senders) Manager(chain Chain, chainID *big.Int, signer Signer, journal Journal, cfg Config, opts Options) (*Manager, error) {
	if chainID == nil || signer == nil {
		return nil, errors.New("txmgr: a chain id and a signer are required")
	}
	k := senderKey{chainID: chainID.Uint64(), from: signer.Address()}
	s.mu.Lock()
	defer s.mu.Unlock()
	if m := s.byKey[k]; m != nil {
		if opts.Log != nil && !reflect.DeepEqual(cfg.withDefaults(), m.cfg) {
			// One key, one nonce sequence, one set of fee and
			// confirmation rules: the first caller's.
			opts.Log.Warn("txmgr: this caller's transaction settings differ from those of the sender it shares with earlier callers of its key; the sender keeps the first caller's",
				"from", k.from.Hex(), "chain_id", k.chainID, "caller", fmt.Sprintf("%+v", cfg.withDefaults()), "sender", fmt.Sprintf("%+v", m.cfg))
		}
		return m, nil
	}
	m, err := New(chain, chainID, signer, journal, cfg, opts)
	if err != nil {
		return nil, fmt.Errorf("txmgr: making the sender of %s on chain %d: %w", k.from.Hex(), k.chainID, err)
	}
	if s.byKey == nil {
		s.byKey = map[senderKey]*Manager{}
	}
	s.byKey[k] = m
	return m, nil
}

// Resume drives every open send of this signer to a terminal state (or until
// ctx ends), in nonce order. The keeper calls it at start and before each
// tick.
func (m *Manager) Resume(ctx context.Context) error { return m.ResumeFor(ctx, nil) }

// ResumeFor is Resume over the open sends mine selects (nil: all) and those
// below them in nonce order, which must be mined first: a vault sharing the
// key with others finishes its own sends without waiting on sends above
// them. Gaps are filled first (fillGaps). A send another caller is driving
// (its own Send, or another Resume) is left to it.
func (m *Manager) ResumeFor(ctx context.Context, mine func(store.Send) bool) error {
	m.mu.Lock()
	open, err := m.journal.OpenSends(ctx, m.chainID.Uint64(), m.signer.Address().Hex())
	if err == nil {
		open, err = m.fillGaps(ctx, open)
	}
	m.mu.Unlock()
	if err != nil {
		return fmt.Errorf("txmgr: resuming: %w", err)
	}
	for _, snd := range through(open, mine) {
		release, ok := m.tryClaim(snd.ID)
		if !ok {
			m.log.Debug("send driven by another caller; not resumed here", "key", snd.Key, "nonce", nonceAttr(snd.Nonce))
			continue
		}
		snd, err := m.reread(ctx, snd)
		if err == nil && snd.Open() {
			m.log.Info("resuming send", "key", snd.Key, "state", snd.State, "nonce", nonceAttr(snd.Nonce))
			_, err = m.drive(ctx, snd)
		}
		release()
		if err != nil && !errors.Is(err, ErrReverted) && !errors.Is(err, ErrFailed) && !errors.Is(err, ErrNonceTaken) {
			return err
		}
	}
	return nil
}

// through is the sends of open (in nonce order) that mine selects, and
// those with a nonce below the highest nonce mine selects; all of open when
// mine is nil.
func through(open []store.Send, mine func(store.Send) bool) []store.Send {
	if mine == nil {
		return open
	}
	var top *uint64
	for _, s := range open {
		if mine(s) && s.Nonce != nil && (top == nil || *s.Nonce > *top) {
			top = s.Nonce
		}
	}
	var out []store.Send
	for _, s := range open {
		if mine(s) || (top != nil && s.Nonce != nil && *s.Nonce < *top) {
			out = append(out, s)
		}
	}
	return out
}

// claim makes the caller the one driving send id, waiting while another
// caller drives it (or until ctx ends). release ends the claim.
func (m *Manager) claim(ctx context.Context, id int64) (release func(), err error) {
	for {
		release, ok := m.tryClaim(id)
		if ok {
			return release, nil
		}
		m.dmu.Lock()
		busy := m.driving[id]
		m.dmu.Unlock()
		if busy == nil {
			continue
		}
		select {
		case <-busy:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// tryClaim claims send id if no other caller drives it.
func (m *Manager) tryClaim(id int64) (release func(), ok bool) {
	m.dmu.Lock()
	defer m.dmu.Unlock()
	if _, busy := m.driving[id]; busy {
		return nil, false
	}
	done := make(chan struct{})
	m.driving[id] = done
	return func() {
		m.dmu.Lock()
		delete(m.driving, id)
		m.dmu.Unlock()
		close(done)
	}, true
}

// reread is snd as the journal has it now: another caller may have moved it
// since snd was read.
func (m *Manager) reread(ctx context.Context, snd store.Send) (store.Send, error) {
	now, err := m.journal.SendByKey(ctx, snd.Key)
	if err != nil {
		return snd, fmt.Errorf("txmgr: reading send %q again: %w", snd.Key, err)
	}
	return now, nil
}

// count adds one to send id's count in c and returns it; reset clears it.
func (m *Manager) count(c map[int64]int, id int64) int {
	m.dmu.Lock()
	defer m.dmu.Unlock()
	c[id]++
	return c[id]
}

func (m *Manager) reset(c map[int64]int, id int64) {
	m.dmu.Lock()
	defer m.dmu.Unlock()
	delete(c, id)
}

// forgetNonce drops the local nonce view: the next send re-syncs it from
// the chain and the journal.
func (m *Manager) forgetNonce() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.nextNonce = nil
}
