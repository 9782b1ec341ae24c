package store

// Queries for the operator commands `keeper status` and `keeper explain`
// (keeper/cmd/keeper): where a vault stands now, and everything recorded
// about one decision.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// VaultRef is a vault the store has observations of, with the newest tick
// that observed it.
type VaultRef struct {
	ChainID    uint64
	Vault      string
	LastTickID int64
}

// LatestVault returns the vault of the newest observation (by tick) whose
// vault is vault, compared case-insensitively, or of the newest observation
// of any vault when vault is "". ok is false when there is none.
func (s *Store) LatestVault(ctx context.Context, vault string) (ref VaultRef, ok bool, err error) {
	// Observations are written in tick order (RecordObservations), so the
	// newest by id is the newest by tick; walking the rowid backwards
	// (NOT INDEXED) stops at the first match instead of sorting the table.
	q := `SELECT chain_id, vault, tick_id FROM observations ORDER BY id DESC LIMIT 1`
	args := []any{}
	if vault != "" {
		q = `SELECT chain_id, vault, tick_id FROM observations NOT INDEXED WHERE vault = ? ORDER BY id DESC LIMIT 1`
		args = append(args, vault)
	}
	err = s.db.QueryRowContext(ctx, q, args...).Scan(&ref.ChainID, &ref.Vault, &ref.LastTickID)
	if errors.Is(err, sql.ErrNoRows) {
		return VaultRef{}, false, nil
	}
	if err != nil {
		return VaultRef{}, false, fmt.Errorf("store: reading the latest observed vault: %w", err)
	}
	return ref, true, nil
}

// LatestVaultOn is LatestVault on one chain: the vault of the newest
// observation on chain chainID whose vault is vault or, when vault is "",
// whose vault is none of except (each compared case-insensitively). It
// finds the vault of one config among those a keeper process keeps: an rpc
// chain's by its address, the embedded chain's (a new one at every start)
// as the newest there but the other vaults of the process.
func (s *Store) LatestVaultOn(ctx context.Context, chainID uint64, vault string, except []string) (ref VaultRef, ok bool, err error) {
	if err := checkU64("chainID", chainID); err != nil {
		return VaultRef{}, false, fmt.Errorf("store: reading the latest observed vault: %w", err)
	}
	where, args := vaultsWhere(chainID, vault, except)
	err = s.db.QueryRowContext(ctx, `SELECT chain_id, vault, tick_id FROM observations NOT INDEXED WHERE `+where+` ORDER BY id DESC LIMIT 1`,
		args...).Scan(&ref.ChainID, &ref.Vault, &ref.LastTickID)
	if errors.Is(err, sql.ErrNoRows) {
		return VaultRef{}, false, nil
	}
	if err != nil {
		return VaultRef{}, false, fmt.Errorf("store: reading the latest observed vault on chain %d: %w", chainID, err)
	}
	return ref, true, nil
}

// vaultsWhere is the condition (and its arguments) of LatestVaultOn and
// ChainHistory: on chain chainID, the vault vault or, when it is "", any
// vault but those in except.
func vaultsWhere(chainID uint64, vault string, except []string) (string, []any) {
	where, args := `chain_id = ?`, []any{int64(chainID)}
	switch {
	case vault != "":
		where += ` AND vault = ?`
		args = append(args, vault)
	case len(except) > 0:
		where += ` AND vault NOT IN (?` + strings.Repeat(", ?", len(except)-1) + `)`
		for _, v := range except {
			args = append(args, v)
		}
	}
	return where, args
}

// LatestObservations returns the newest tick that observed the vault on
// that chain and that tick's observations of it, in insertion order;
// tickID 0 and no observations when it was never observed.
func (s *Store) LatestObservations(ctx context.Context, chainID uint64, vault string) (int64, []Observation, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return 0, nil, fmt.Errorf("store: reading the latest observations: %w", err)
	}
	// The newest by id is the newest tick (LatestVault); NOT INDEXED walks
	// the rowid backwards to the vault's last row rather than reading all of
	// the vault's index entries.
	var tick sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MAX(tick_id) FROM (SELECT tick_id FROM observations NOT INDEXED
		WHERE chain_id = ? AND vault = ? ORDER BY id DESC LIMIT 1) AS latest`,
		int64(chainID), vault).Scan(&tick); err != nil {
		return 0, nil, fmt.Errorf("store: reading the latest observations of vault %s: %w", vault, err)
	}
	if !tick.Valid {
		return 0, nil, nil
	}
	obs, err := s.VaultObservations(ctx, tick.Int64, chainID, vault)
	if err != nil {
		return 0, nil, err
	}
	return tick.Int64, obs, nil
}

// VaultObservations returns one vault's observations under one tick, in
// insertion order (empty when there are none); the vault compares
// case-insensitively.
func (s *Store) VaultObservations(ctx context.Context, tickID int64, chainID uint64, vault string) ([]Observation, error) {
	all, err := s.Observations(ctx, tickID)
	if err != nil {
		return nil, err
	}
	var out []Observation
	for _, o := range all {
		if o.ChainID == chainID && strings.EqualFold(o.Vault, vault) {
			out = append(out, o)
		}
	}
	return out, nil
}

// DecisionAtTick returns the decision recorded for the vault at that tick
// (the newest, should there be several), or ok=false.
func (s *Store) DecisionAtTick(ctx context.Context, tickID int64, chainID uint64, vault string) (Decision, bool, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the decision of tick %d: %w", tickID, err)
	}
	// By the tick (decisions_by_tick): left to itself, SQLite walks the
	// vault's decisions backwards (decisions_by_vault) for the ORDER BY.
	ds, err := s.queryDecisions(ctx, `INDEXED BY decisions_by_tick WHERE tick_id = ? AND chain_id = ? AND vault = ? ORDER BY id DESC LIMIT 1`,
		tickID, int64(chainID), vault)
	if err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the decision of tick %d: %w", tickID, err)
	}
	if len(ds) == 0 {
		return Decision{}, false, nil
	}
	return ds[0], true, nil
}

// LastTransaction returns the newest transaction recorded for any decision
// of the vault on that chain, or ok=false.
func (s *Store) LastTransaction(ctx context.Context, chainID uint64, vault string) (Transaction, bool, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return Transaction{}, false, fmt.Errorf("store: reading the last transaction: %w", err)
	}
	ts, err := s.queryTransactions(ctx, `WHERE decision_id IN (SELECT id FROM decisions WHERE chain_id = ? AND vault = ?)
		ORDER BY id DESC LIMIT 1`, int64(chainID), vault)
	if err != nil {
		return Transaction{}, false, fmt.Errorf("store: reading the last transaction of vault %s: %w", vault, err)
	}
	if len(ts) == 0 {
		return Transaction{}, false, nil
	}
	return ts[0], true, nil
}

// OpenSendsTo returns the sends of that chain addressed to the vault (its
// rebalances and heartbeats, whoever signs them) that are not yet in a
// terminal state, oldest first.
func (s *Store) OpenSendsTo(ctx context.Context, chainID uint64, vault string) ([]Send, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: reading open sends: %w", err)
	}
	ss, err := querySends(ctx, s.db, `WHERE chain_id = ? AND recipient = ?
		AND state NOT IN ('confirmed', 'reverted', 'failed') ORDER BY id ASC`, int64(chainID), vault)
	if err != nil {
		return nil, fmt.Errorf("store: reading open sends to %s: %w", vault, err)
	}
	return ss, nil
}

// DecisionEntry returns one decision with its transactions and its sends
// in the journal (each with its attempts), as History lists them; the error
// wraps ErrNotFound when there is no decision with that id.
func (s *Store) DecisionEntry(ctx context.Context, id int64) (HistoryEntry, error) {
	d, err := s.Decision(ctx, id)
	if err != nil {
		return HistoryEntry{}, err
	}
	es, err := s.entries(ctx, []Decision{d})
	if err != nil {
		return HistoryEntry{}, fmt.Errorf("store: reading decision %d: %w", id, err)
	}
	return es[0], nil
}

// TicksObservedThrough counts the ticks up to and including tickID that
// observed every one of sources for the vault on that chain: the APY
// history APYHistory (without a limit) would have returned right after
// tickID was recorded, which is what the optimizer's covariance was
// estimated from at that tick. Addresses compare case-insensitively.
func (s *Store) TicksObservedThrough(ctx context.Context, chainID uint64, vault string, sources []string, tickID int64) (int, error) {
	if len(sources) == 0 {
		return 0, fmt.Errorf("store: counting observed ticks: %w", invalid("sources", "[]", "at least one source is required"))
	}
	if err := checkU64("chainID", chainID); err != nil {
		return 0, fmt.Errorf("store: counting observed ticks: %w", err)
	}
	_, uniq := sourceColumns(sources)
	args := append([]any{int64(chainID), vault}, uniq...)
	args = append(args, tickID, len(uniq))
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (
			SELECT tick_id FROM observations
			WHERE chain_id = ? AND vault = ? AND source IN (?`+strings.Repeat(", ?", len(uniq)-1)+`) AND tick_id <= ?
			GROUP BY tick_id
			HAVING COUNT(*) = ?
		) AS observed`, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: counting observed ticks of vault %s through tick %d: %w", vault, tickID, err)
	}
	return n, nil
}
