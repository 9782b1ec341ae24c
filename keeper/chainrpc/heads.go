package chainrpc

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// admitHead counts h, the head p just reported, as p's head, and as the
// best head when it is above it (see "Heads" in the package comment):
//
//   - A head that would raise the best head while more than MaxLagBlocks
//     above every other provider's last reported head is believed only
//     once p serves the block at that height (checkHead). When it does
//     not, p is lying (no such block) or failing (no answer, or a JSON-RPC
//     error), and the head is not counted.
//   - A head that leaves p more than MaxLagBlocks behind a best head that
//     nothing vouched for (it was reported with no other provider to
//     compare it with, and never checked) has the best head checked first;
//     a best head its provider cannot serve is dropped, and the best head
//     is the highest of the others.
//
// A provider in quarantine (lying) has its heads ignored until it ends.
func (m *Multi) admitHead(ctx context.Context, p *provider, h uint64) {
	m.admitMu.Lock()
	defer m.admitMu.Unlock()
	lag := m.cfg.MaxLagBlocks
	m.mu.Lock()
	if m.lyingLocked(p) {
		m.mu.Unlock()
		return
	}
	others, anyOther := m.othersLocked(p)
	switch {
	case h > m.best && anyOther && h > others+lag:
		m.mu.Unlock()
		ok := m.checkHead(ctx, p, h, fmt.Sprintf("%d blocks above the highest other provider's head %d", h-others, others))
		m.mu.Lock()
		if ok {
			m.countLocked(p, h, true)
		} else {
			p.reported, p.hasReported = p.head, p.hasHead
		}
		m.mu.Unlock()
		return
	case h > m.best:
		// Within MaxLagBlocks of another provider's head, or nobody to
		// compare it with (then not vouched for).
		m.countLocked(p, h, anyOther)
		m.mu.Unlock()
		return
	}
	p.head, p.hasHead = h, true
	if m.bestBy != p && h+lag >= m.best {
		m.bestVouched = true
	}
	leader, best := m.bestBy, m.best
	doubt := leader != nil && leader != p && !m.bestVouched
	m.mu.Unlock()
	if doubt {
		m.checkLeader(ctx, leader, best, fmt.Sprintf("the best head, reported alone; provider %d (%s) reports %d", p.index, p.Name, h))
	}
}

// countLocked counts h as p's head and as the best head. m.mu is held.
func (m *Multi) countLocked(p *provider, h uint64, vouched bool) {
	p.head, p.hasHead = h, true
	m.best, m.bestBy, m.bestVouched = h, p, vouched
}

// othersLocked is the highest head the providers other than p last
// reported (any: one did), among those on the chain and not lying. m.mu is
// held.
func (m *Multi) othersLocked(p *provider) (highest uint64, any bool) {
	for _, q := range m.ps {
		if q == p || !q.verified || q.wrongChain || !q.hasReported || m.lyingLocked(q) {
			continue
		}
		highest, any = max(highest, q.reported), true
	}
	return highest, any
}

// checkLeader checks the best head, best, that leader reported and nothing
// vouched for; when leader cannot serve its block, its head is dropped
// and the best head is the highest of the others'.
func (m *Multi) checkLeader(ctx context.Context, leader *provider, best uint64, why string) {
	ok := m.checkHead(ctx, leader, best, why)
	m.mu.Lock()
	if m.bestBy != leader || m.best != best {
		m.mu.Unlock()
		return // changed meanwhile
	}
	if ok {
		m.bestVouched = true
		m.mu.Unlock()
		return
	}
	leader.head, leader.hasHead, leader.reported, leader.hasReported = 0, false, 0, false
	m.best, m.bestBy, m.bestVouched = 0, nil, false
	for _, q := range m.ps {
		if q.verified && !q.wrongChain && q.hasHead && !m.lyingLocked(q) && (m.bestBy == nil || q.head > m.best) {
			m.best, m.bestBy = q.head, q
		}
	}
	for _, q := range m.ps {
		if q != m.bestBy && q.verified && !q.wrongChain && q.hasHead && !m.lyingLocked(q) && q.head+m.cfg.MaxLagBlocks >= m.best {
			m.bestVouched = true
		}
	}
	m.mu.Unlock()
	m.notify()
}

// checkHead asks p for the block at h, a head it reported above the
// others' (why says how), and reports whether p served it. When it did not,
// p is lying (no such block, or another one) or failing (no answer, or a
// JSON-RPC error), with the reason. A node that answers null is asked once
// more after a backoff, in case the answer came from a backend of its load
// balancer a block behind the one that reported the head.
func (m *Multi) checkHead(ctx context.Context, p *provider, h uint64, why string) bool {
	for try := 1; ; try++ {
		raw, err := m.call(ctx, p, p.rt, "eth_getBlockByNumber", hexutil.EncodeUint64(h), false)
		if err != nil {
			if ctx.Err() == nil {
				m.setFailing(p, fmt.Sprintf("checking its head %d (%s): %v", h, why, err))
			}
			return false
		}
		var b *struct {
			Number *hexutil.Uint64 `json:"number"`
			Hash   *common.Hash    `json:"hash"`
		}
		_ = json.Unmarshal(raw, &b)
		switch {
		case b == nil && try == 1:
			t := time.NewTimer(m.cfg.backoff(1))
			select {
			case <-ctx.Done():
				t.Stop()
				return false
			case <-t.C:
			}
			continue
		case b == nil:
			m.markLying(p, "eth_blockNumber", fmt.Sprintf("reported head %d (%s) but has no block %d (eth_getBlockByNumber answered %s, twice)",
				h, why, h, abbreviate(string(raw))))
			return false
		case b.Number == nil || uint64(*b.Number) != h || b.Hash == nil:
			m.markLying(p, "eth_blockNumber", fmt.Sprintf("reported head %d (%s) but answered eth_getBlockByNumber(%d) with %s",
				h, why, h, abbreviate(string(raw))))
			return false
		}
		m.log.Info("RPC provider's head checked: it serves the block", "provider", p.index, "url", p.Name, "head", h, "why", why,
			"hash", b.Hash.Hex())
		return true
	}
}
