package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// shadowPage is how many decisions ShadowEntries loads per query, below
// SQLite's limit on bound parameters.
const shadowPage = 2000

// ShadowEntries returns every decision made at or after since (its time
// column) that has an RL shadow row, ordered by chain id, vault (lower
// case), time and id, each with its transactions (oldest first; an empty,
// non-nil slice when none) and no sends. It is what `keeper shadow report`
// reads; it loads the decisions a page at a time, so a year of ticks does
// not exceed SQLite's limit on query parameters.
func (s *Store) ShadowEntries(ctx context.Context, since time.Time) ([]HistoryEntry, error) {
	var out []HistoryEntry
	last := int64(0)
	for {
		ds, err := s.queryDecisions(ctx, `WHERE id > ? AND time >= ? AND id IN (SELECT decision_id FROM rl_shadow)
			ORDER BY id ASC LIMIT ?`, last, nanos(since), shadowPage)
		if err != nil {
			return nil, fmt.Errorf("store: reading shadow decisions: %w", err)
		}
		if len(ds) == 0 {
			break
		}
		ids := make([]any, len(ds))
		idx := make(map[int64]int, len(ds))
		base := len(out)
		for i, d := range ds {
			ids[i] = d.ID
			idx[d.ID] = base + i
			out = append(out, HistoryEntry{Decision: d, Transactions: []Transaction{}, Sends: []SendRecord{}})
		}
		txs, err := s.queryTransactions(ctx, `WHERE decision_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`) ORDER BY id ASC`, ids...)
		if err != nil {
			return nil, fmt.Errorf("store: reading shadow decisions' transactions: %w", err)
		}
		for _, t := range txs {
			e := &out[idx[t.DecisionID]]
			e.Transactions = append(e.Transactions, t)
		}
		last = ds[len(ds)-1].ID
		if len(ds) < shadowPage {
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Decision, out[j].Decision
		if a.ChainID != b.ChainID {
			return a.ChainID < b.ChainID
		}
		if va, vb := strings.ToLower(a.Vault), strings.ToLower(b.Vault); va != vb {
			return va < vb
		}
		if !a.Time.Equal(b.Time) {
			return a.Time.Before(b.Time)
		}
		return a.ID < b.ID
	})
	return out, nil
}
