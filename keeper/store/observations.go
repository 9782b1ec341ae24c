package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strings"
	"time"
)

func nanos(t time.Time) int64 { return t.UnixNano() }

func fromNanos(n int64) time.Time { return time.Unix(0, n).UTC() }

// parseAmount parses a stored decimal amount; a malformed value is an error
// naming where it came from.
// row identifies the row, e.g. "id 7".
func parseAmount(table, column, row string, s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("malformed amount %q in %s.%s of row %s", s, table, column, row)
	}
	return v, nil
}

// RecordObservations writes all rows atomically under a new tick and returns
// the tick id they were grouped under (one call = one tick). The slice may
// cover several vaults, but a (chain, vault, source) may appear only once.
func (s *Store) RecordObservations(ctx context.Context, obs []Observation) (tickID int64, err error) {
	if err := validateObservations(obs); err != nil {
		return 0, fmt.Errorf("store: recording observations: %w", err)
	}
	err = s.inTx(ctx, func(tx *sqlTx) error {
		var err error
		tickID, err = insertID(ctx, tx, `INSERT INTO ticks (recorded_at) VALUES (?)`, nanos(s.now()))
		if err != nil {
			return fmt.Errorf("inserting tick: %w", err)
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO observations
			(tick_id, time, chain_id, vault, block, block_time, source, name, assets, supply_apy)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("preparing insert: %w", err)
		}
		defer stmt.Close()
		for i, o := range obs {
			var blockTime any // NULL when not known
			if !o.BlockTime.IsZero() {
				blockTime = nanos(o.BlockTime)
			}
			if _, err := stmt.ExecContext(ctx, tickID, nanos(o.Time), int64(o.ChainID), o.Vault,
				int64(o.Block), blockTime, o.Source, o.Name, o.Assets.String(), o.SupplyAPY); err != nil {
				return fmt.Errorf("inserting observation %d (source %s): %w", i, o.Source, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: recording observations: %w", err)
	}
	return tickID, nil
}

// APYHistory returns up to limit most recent ticks (oldest first) for the
// given vault and source addresses, one row per tick that has an observation
// for every source: rows[t][i] = SupplyAPY of sources[i]. Ticks missing any
// of the sources are skipped. "Most recent" is by tick id (recording order).
// limit <= 0 means no limit. Addresses compare case-insensitively.
func (s *Store) APYHistory(ctx context.Context, chainID uint64, vault string, sources []string, limit int) ([][]float64, error) {
	if len(sources) == 0 {
		return nil, fmt.Errorf("store: reading APY history: %w", invalid("sources", "[]", "at least one source is required"))
	}
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: reading APY history: %w", err)
	}
	cols, uniq := sourceColumns(sources)
	if limit <= 0 {
		limit = noLimit
	}
	in := "?" + strings.Repeat(", ?", len(uniq)-1)
	q := `WITH sel AS (
			SELECT tick_id FROM observations
			WHERE chain_id = ? AND vault = ? AND source IN (` + in + `)
			GROUP BY tick_id
			HAVING COUNT(*) = ?
			ORDER BY tick_id DESC
			LIMIT ?
		)
		SELECT o.tick_id, o.source, o.supply_apy
		FROM observations o JOIN sel ON sel.tick_id = o.tick_id
		WHERE o.chain_id = ? AND o.vault = ? AND o.source IN (` + in + `)
		ORDER BY o.tick_id ASC`
	args := make([]any, 0, 2*len(uniq)+6)
	args = append(args, int64(chainID), vault)
	args = append(args, uniq...)
	args = append(args, len(uniq), limit, int64(chainID), vault)
	args = append(args, uniq...)

	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: reading APY history: %w", err)
	}
	defer rows.Close()
	var out [][]float64
	lastTick := int64(-1)
	for rows.Next() {
		var (
			tick int64
			src  string
			apy  float64
		)
		if err := rows.Scan(&tick, &src, &apy); err != nil {
			return nil, fmt.Errorf("store: reading APY history: %w", err)
		}
		if tick != lastTick {
			out = append(out, make([]float64, len(sources)))
			lastTick = tick
		}
		for _, i := range cols[strings.ToLower(src)] {
			out[len(out)-1][i] = apy
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: reading APY history: %w", err)
	}
	return out, nil
}

// Observations returns the observations recorded under one tick, in
// insertion order (empty if the tick does not exist).
func (s *Store) Observations(ctx context.Context, tickID int64) ([]Observation, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, time, chain_id, vault, block, block_time, source, name, assets, supply_apy
		FROM observations WHERE tick_id = ? ORDER BY id`, tickID)
	if err != nil {
		return nil, fmt.Errorf("store: reading observations of tick %d: %w", tickID, err)
	}
	defer rows.Close()
	var out []Observation
	for rows.Next() {
		var (
			o      Observation
			id, ts int64
			bt     sql.NullInt64
			assets string
		)
		if err := rows.Scan(&id, &ts, &o.ChainID, &o.Vault, &o.Block, &bt, &o.Source, &o.Name, &assets, &o.SupplyAPY); err != nil {
			return nil, fmt.Errorf("store: reading observations of tick %d: %w", tickID, err)
		}
		o.Time = fromNanos(ts)
		if bt.Valid {
			o.BlockTime = fromNanos(bt.Int64)
		}
		if o.Assets, err = parseAmount("observations", "assets", fmt.Sprintf("id %d", id), assets); err != nil {
			return nil, fmt.Errorf("store: reading observations of tick %d: %w", tickID, err)
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: reading observations of tick %d: %w", tickID, err)
	}
	return out, nil
}

// APYSeries is APYHistory with each row's time, restricted to ticks
// observed at or after since (by the observations' time column, the wall
// clock at the tick): times[t] is when row t was observed, oldest first.
// Ticks missing any of the sources are skipped.
func (s *Store) APYSeries(ctx context.Context, chainID uint64, vault string, sources []string, since time.Time) ([]time.Time, [][]float64, error) {
	return s.apySeries(ctx, "time", chainID, vault, sources, since)
}

// BlockAPYSeries is APYSeries by chain time: restricted to ticks whose
// observed block's timestamp is at or after since, times[t] being that
// timestamp, in tick order. Ticks recorded without block times are left
// out.
func (s *Store) BlockAPYSeries(ctx context.Context, chainID uint64, vault string, sources []string, since time.Time) ([]time.Time, [][]float64, error) {
	return s.apySeries(ctx, "block_time", chainID, vault, sources, since)
}

// apySeries is APYSeries by the time column clock, "time" or "block_time".
func (s *Store) apySeries(ctx context.Context, clock string, chainID uint64, vault string, sources []string, since time.Time) ([]time.Time, [][]float64, error) {
	if len(sources) == 0 {
		return nil, nil, fmt.Errorf("store: reading APY series: %w", invalid("sources", "[]", "at least one source is required"))
	}
	if err := checkU64("chainID", chainID); err != nil {
		return nil, nil, fmt.Errorf("store: reading APY series: %w", err)
	}
	if clock != "time" && clock != "block_time" {
		return nil, nil, fmt.Errorf("store: reading APY series: unknown clock %q", clock)
	}
	cols, uniq := sourceColumns(sources)
	in := "?" + strings.Repeat(", ?", len(uniq)-1)
	q := `WITH sel AS (
			SELECT tick_id, MAX(` + clock + `) AS t FROM observations
			WHERE chain_id = ? AND vault = ? AND source IN (` + in + `) AND ` + clock + ` >= ?
			GROUP BY tick_id
			HAVING COUNT(*) = ?
		)
		SELECT o.tick_id, sel.t, o.source, o.supply_apy
		FROM observations o JOIN sel ON sel.tick_id = o.tick_id
		WHERE o.chain_id = ? AND o.vault = ? AND o.source IN (` + in + `)
		ORDER BY o.tick_id ASC`
	args := make([]any, 0, 2*len(uniq)+6)
	args = append(args, int64(chainID), vault)
	args = append(args, uniq...)
	args = append(args, nanos(since), len(uniq), int64(chainID), vault)
	args = append(args, uniq...)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("store: reading APY series: %w", err)
	}
	defer rows.Close()
	var (
		times []time.Time
		out   [][]float64
	)
	lastTick := int64(-1)
	for rows.Next() {
		var (
			tick, ts int64
			src      string
			apy      float64
		)
		if err := rows.Scan(&tick, &ts, &src, &apy); err != nil {
			return nil, nil, fmt.Errorf("store: reading APY series: %w", err)
		}
		if tick != lastTick {
			out = append(out, make([]float64, len(sources)))
			times = append(times, fromNanos(ts))
			lastTick = tick
		}
		for _, i := range cols[strings.ToLower(src)] {
			out[len(out)-1][i] = apy
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: reading APY series: %w", err)
	}
	return times, out, nil
}

// sourceColumns maps each (lower-cased) source to every column it fills, so
// duplicate entries in sources are honoured too, and lists the distinct
// sources as query arguments.
func sourceColumns(sources []string) (cols map[string][]int, uniq []any) {
	cols = make(map[string][]int, len(sources))
	for i, src := range sources {
		k := strings.ToLower(src)
		if _, ok := cols[k]; !ok {
			uniq = append(uniq, src)
		}
		cols[k] = append(cols[k], i)
	}
	return cols, uniq
}
