package store

// Queries for the transparency page (keeper/web): a vault's history sampled
// to a bounded number of points, and its decisions a page at a time.

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"time"
)

// MaxSamplePoints bounds SampledHistory's points.
const MaxSamplePoints = 5000

// SamplePoint is one sampled tick of a vault: its observations (one per
// source, insertion order) and the total assets its decision recorded (nil
// when the tick has no decision).
type SamplePoint struct {
	TickID       int64
	Time         time.Time
	Block        uint64
	Observations []Observation
	TotalAssets  *big.Int
	SharePrice   *big.Int // nil when the tick's decision did not record it
}

// SampledHistory returns at most points ticks of the vault between from
// (exclusive) and to (inclusive), oldest first: [from, to] is cut into points
// buckets of equal length and each bucket is represented by its last tick
// (the newest observation time in it); empty buckets give no point. Each
// bucket costs one index seek (observations_by_time), so the cost depends
// on points, not on how many ticks the range holds. points must be 1 to
// MaxSamplePoints.
func (s *Store) SampledHistory(ctx context.Context, chainID uint64, vault string, from, to time.Time, points int) ([]SamplePoint, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: sampling history: %w", err)
	}
	if points < 1 || points > MaxSamplePoints {
		return nil, fmt.Errorf("store: sampling history: %w", invalid("points", points, "must be 1 to %d", MaxSamplePoints))
	}
	if !to.After(from) {
		return nil, fmt.Errorf("store: sampling history: %w", invalid("to", to, "must be after from (%s)", from.Format(time.RFC3339)))
	}
	lo, hi := nanos(from), nanos(to)
	width := (hi - lo + int64(points) - 1) / int64(points)
	if width < 1 {
		width = 1
	}
	// The plan is pinned (MATERIALIZED picks, CROSS JOIN, INDEXED BY): the
	// buckets drive, one seek on observations_by_time each, then one on
	// the tick's unique index; left to itself SQLite may scan the table in
	// tick order for the ORDER BY.
	// The numbers are cast and the bucket's end is a CASE, not SQLite's
	// scalar MIN, so that the query also runs on PostgreSQL (whose dialect
	// drops the INDEXED BY hints).
	rows, err := s.db.QueryContext(ctx, `WITH RECURSIVE b(i, hi) AS (
			SELECT 1, CAST(?1 AS BIGINT) + CAST(?2 AS BIGINT) UNION ALL SELECT i + 1, hi + CAST(?2 AS BIGINT) FROM b WHERE i < CAST(?3 AS BIGINT)
		), picks AS MATERIALIZED (
			SELECT (SELECT tick_id FROM observations
				WHERE chain_id = ?4 AND vault = ?5 AND time > b.hi - CAST(?2 AS BIGINT)
					AND time <= CASE WHEN b.hi < CAST(?6 AS BIGINT) THEN b.hi ELSE CAST(?6 AS BIGINT) END
				ORDER BY time DESC, id DESC LIMIT 1) AS tick
			FROM b
		)
		SELECT o.id, o.tick_id, o.time, o.block, o.block_time, o.source, o.name, o.assets, o.supply_apy,
			(SELECT d.total_assets FROM decisions d INDEXED BY decisions_by_tick WHERE d.tick_id = o.tick_id AND d.chain_id = ?4 AND d.vault = ?5
				ORDER BY d.id DESC LIMIT 1),
			(SELECT d.share_price FROM decisions d INDEXED BY decisions_by_tick WHERE d.tick_id = o.tick_id AND d.chain_id = ?4 AND d.vault = ?5
				ORDER BY d.id DESC LIMIT 1)
		FROM picks CROSS JOIN observations o INDEXED BY sqlite_autoindex_observations_1
		WHERE picks.tick IS NOT NULL AND o.tick_id = picks.tick AND o.chain_id = ?4 AND o.vault = ?5
		ORDER BY o.tick_id, o.id`, lo, width, points, int64(chainID), vault, hi)
	if err != nil {
		return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
	}
	defer rows.Close()
	var out []SamplePoint
	for rows.Next() {
		var (
			o            Observation
			id, tick, ts int64
			bt           sql.NullInt64
			assets       string
			total, price sql.NullString
		)
		if err := rows.Scan(&id, &tick, &ts, &o.Block, &bt, &o.Source, &o.Name, &assets, &o.SupplyAPY, &total, &price); err != nil {
			return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
		}
		o.Time, o.ChainID, o.Vault = fromNanos(ts), chainID, vault
		if bt.Valid {
			o.BlockTime = fromNanos(bt.Int64)
		}
		row := fmt.Sprintf("id %d", id)
		if o.Assets, err = parseAmount("observations", "assets", row, assets); err != nil {
			return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
		}
		if n := len(out); n == 0 || out[n-1].TickID != tick {
			p := SamplePoint{TickID: tick, Time: o.Time, Block: o.Block}
			if total.Valid {
				if p.TotalAssets, err = parseAmount("decisions", "total_assets", "of tick "+fmt.Sprint(tick), total.String); err != nil {
					return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
				}
			}
			if price.Valid {
				if p.SharePrice, err = parseAmount("decisions", "share_price", "of tick "+fmt.Sprint(tick), price.String); err != nil {
					return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
				}
			}
			out = append(out, p)
		}
		out[len(out)-1].Observations = append(out[len(out)-1].Observations, o)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sampling the history of vault %s: %w", vault, err)
	}
	return out, nil
}

// FirstObservation returns the time of the vault's oldest observation, or
// ok=false when it has none.
func (s *Store) FirstObservation(ctx context.Context, chainID uint64, vault string) (t time.Time, ok bool, err error) {
	if err := checkU64("chainID", chainID); err != nil {
		return time.Time{}, false, fmt.Errorf("store: reading the first observation: %w", err)
	}
	var n sql.NullInt64
	if err := s.db.QueryRowContext(ctx, `SELECT MIN(time) FROM observations WHERE chain_id = ? AND vault = ?`,
		int64(chainID), vault).Scan(&n); err != nil {
		return time.Time{}, false, fmt.Errorf("store: reading the first observation of vault %s: %w", vault, err)
	}
	if !n.Valid {
		return time.Time{}, false, nil
	}
	return fromNanos(n.Int64), true, nil
}

// VaultDecisions returns up to limit decisions of the vault with an id
// below before (0: no bound), newest first, each with its transactions and
// sends (as History): one page of the decision log; the next page starts
// before the last id returned.
func (s *Store) VaultDecisions(ctx context.Context, chainID uint64, vault string, before int64, limit int) ([]HistoryEntry, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: reading the decisions of vault %s: %w", vault, err)
	}
	if limit <= 0 {
		return nil, fmt.Errorf("store: reading the decisions of vault %s: %w", vault, invalid("limit", limit, "must be positive"))
	}
	where, args := `WHERE chain_id = ? AND vault = ?`, []any{int64(chainID), vault}
	if before > 0 {
		where += ` AND id < ?`
		args = append(args, before)
	}
	return s.newestDecisions(ctx, "the decisions of vault "+vault, where, args, limit)
}
