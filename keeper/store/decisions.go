package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// RecordDecision validates d and writes it with its per-source rows in one
// transaction, returning the new decision id (d.ID is ignored). A non-zero
// TickID must refer to a recorded tick.
func (s *Store) RecordDecision(ctx context.Context, d Decision) (int64, error) {
	if err := validateDecision(&d); err != nil {
		return 0, fmt.Errorf("store: recording decision: %w", err)
	}
	var id int64
	err := s.inTx(ctx, func(tx *sqlTx) error {
		var tick any
		if d.TickID != 0 {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM ticks WHERE id = ?`, d.TickID).Scan(&one)
			if errors.Is(err, sql.ErrNoRows) {
				return invalid("Decision.TickID", d.TickID, "no such tick")
			}
			if err != nil {
				return fmt.Errorf("checking tick %d: %w", d.TickID, err)
			}
			tick = d.TickID
		}
		var err error
		id, err = insertID(ctx, tx, `INSERT INTO decisions
			(tick_id, time, chain_id, vault, block, action, reason, dry_run, total_assets, expected_gain, gas_cost, gas_estimate,
			 config_hash, approved_hash, asset_decimals, forecast_model, share_price)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			tick, nanos(d.Time), int64(d.ChainID), d.Vault, int64(d.Block), d.Action, d.Reason, d.DryRun,
			d.TotalAssets.String(), d.ExpectedGain, d.GasCost, int64(d.GasEstimate), d.ConfigHash, d.ApprovedHash, decimalsValue(d.AssetDecimals),
			d.ForecastModel, amountValue(d.SharePrice))
		if err != nil {
			return fmt.Errorf("inserting decision: %w", err)
		}
		if sh := d.RLShadow; sh != nil {
			ws := sh.TargetWeights
			if ws == nil {
				ws = []float64{}
			}
			raw, err := json.Marshal(ws)
			if err != nil {
				return fmt.Errorf("encoding RL shadow weights: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO rl_shadow
				(decision_id, model, evaluated, trade, trade_prob, target_weights, expected_gain, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
				id, sh.Model, sh.Evaluated, sh.Trade, sh.TradeProb, string(raw), sh.ExpectedGain, sh.Reason); err != nil {
				return fmt.Errorf("inserting RL shadow: %w", err)
			}
		}
		if len(d.Sources) == 0 {
			return nil
		}
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO decision_sources
			(decision_id, idx, source, current_weight, target_weight, target_assets, forecast, rate_model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return fmt.Errorf("preparing source insert: %w", err)
		}
		defer stmt.Close()
		for i, src := range d.Sources {
			var forecast any // NULL without a forecast
			if d.Forecast != nil {
				forecast = d.Forecast[i]
			}
			rateModel := ""
			if d.RateModels != nil {
				rateModel = d.RateModels[i]
			}
			if _, err := stmt.ExecContext(ctx, id, i, src, d.CurrentWeights[i], d.TargetWeights[i], d.Targets[i].String(), forecast, rateModel); err != nil {
				return fmt.Errorf("inserting source %d (%s): %w", i, src, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: recording decision: %w", err)
	}
	return id, nil
}

// LastDecision returns the newest decision for a vault, or ok=false.
func (s *Store) LastDecision(ctx context.Context, chainID uint64, vault string) (Decision, bool, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return Decision{}, false, fmt.Errorf("store: reading last decision: %w", err)
	}
	ds, err := s.queryDecisions(ctx, `WHERE chain_id = ? AND vault = ? ORDER BY id DESC LIMIT 1`, int64(chainID), vault)
	if err != nil {
		return Decision{}, false, fmt.Errorf("store: reading last decision: %w", err)
	}
	if len(ds) == 0 {
		return Decision{}, false, nil
	}
	return ds[0], true, nil
}

// LastMinedRebalance returns the newest rebalance decision for a vault
// (not a dry run) whose transaction was mined successfully, or ok=false.
func (s *Store) LastMinedRebalance(ctx context.Context, chainID uint64, vault string) (Decision, bool, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the last mined rebalance: %w", err)
	}
	ds, err := s.queryDecisions(ctx, `WHERE chain_id = ? AND vault = ? AND action = 'rebalance' AND NOT dry_run
		AND EXISTS (SELECT 1 FROM transactions t WHERE t.decision_id = decisions.id AND t.status = 'mined')
		ORDER BY id DESC LIMIT 1`, int64(chainID), vault)
	if err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the last mined rebalance: %w", err)
	}
	if len(ds) == 0 {
		return Decision{}, false, nil
	}
	return ds[0], true, nil
}

// MinedRebalances returns up to limit of a vault's rebalances (not dry
// runs) decided in (from, to] whose transaction was mined successfully,
// newest first.
func (s *Store) MinedRebalances(ctx context.Context, chainID uint64, vault string, from, to time.Time, limit int) ([]Decision, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: reading mined rebalances: %w", err)
	}
	if limit < 1 {
		return nil, fmt.Errorf("store: reading mined rebalances: %w", invalid("limit", limit, "must be positive"))
	}
	ds, err := s.queryDecisions(ctx, `WHERE chain_id = ? AND vault = ? AND action = 'rebalance' AND NOT dry_run AND time > ? AND time <= ?
		AND EXISTS (SELECT 1 FROM transactions t WHERE t.decision_id = decisions.id AND t.status = 'mined')
		ORDER BY id DESC LIMIT ?`, int64(chainID), vault, nanos(from), nanos(to), limit)
	if err != nil {
		return nil, fmt.Errorf("store: reading the mined rebalances of vault %s: %w", vault, err)
	}
	return ds, nil
}

// LastDecisionBy returns a vault's newest decision made at or before t, or
// ok=false.
func (s *Store) LastDecisionBy(ctx context.Context, chainID uint64, vault string, t time.Time) (Decision, bool, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the last decision: %w", err)
	}
	ds, err := s.queryDecisions(ctx, `WHERE chain_id = ? AND vault = ? AND time <= ? ORDER BY id DESC LIMIT 1`, int64(chainID), vault, nanos(t))
	if err != nil {
		return Decision{}, false, fmt.Errorf("store: reading the last decision of vault %s by %s: %w", vault, t.Format(time.RFC3339), err)
	}
	if len(ds) == 0 {
		return Decision{}, false, nil
	}
	return ds[0], true, nil
}

// Decision returns the decision with that id; the error wraps ErrNotFound if
// there is none.
func (s *Store) Decision(ctx context.Context, id int64) (Decision, error) {
	ds, err := s.queryDecisions(ctx, `WHERE id = ?`, id)
	if err != nil {
		return Decision{}, fmt.Errorf("store: reading decision %d: %w", id, err)
	}
	if len(ds) == 0 {
		return Decision{}, fmt.Errorf("store: reading decision %d: %w", id, ErrNotFound)
	}
	return ds[0], nil
}

// History returns the most recent limit decisions (newest first), each with
// its transactions (oldest first; an empty, non-nil slice if none).
// limit <= 0 means all.
func (s *Store) History(ctx context.Context, limit int) ([]HistoryEntry, error) {
	if limit <= 0 {
		limit = noLimit
	}
	return s.newestDecisions(ctx, "history", "", nil, limit)
}

// newestDecisions returns the newest limit decisions (newest first) that
// match where (a WHERE clause with its args, or ""), each with its
// transactions and sends (entries); what names them in errors.
func (s *Store) newestDecisions(ctx context.Context, what, where string, args []any, limit int) ([]HistoryEntry, error) {
	ds, err := s.queryDecisions(ctx, where+` ORDER BY id DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("store: reading %s: %w", what, err)
	}
	out, err := s.entries(ctx, ds)
	if err != nil {
		return nil, fmt.Errorf("store: reading %s: %w", what, err)
	}
	return out, nil
}

// ChainHistory is History on one chain: the most recent limit decisions
// (newest first; limit <= 0 means all) on chain chainID of the vault vault
// or, when it is "", of any vault but those in except (compared
// case-insensitively), each with its transactions and sends.
func (s *Store) ChainHistory(ctx context.Context, chainID uint64, vault string, except []string, limit int) ([]HistoryEntry, error) {
	if err := checkU64("chainID", chainID); err != nil {
		return nil, fmt.Errorf("store: reading the history of chain %d: %w", chainID, err)
	}
	if limit <= 0 {
		limit = noLimit
	}
	where, args := vaultsWhere(chainID, vault, except)
	return s.newestDecisions(ctx, fmt.Sprintf("the history of chain %d", chainID), `WHERE `+where, args, limit)
}

// entries gives each decision its transactions and its sends in the
// journal, each send with its attempts (empty, non-nil slices when none).
func (s *Store) entries(ctx context.Context, ds []Decision) ([]HistoryEntry, error) {
	out := make([]HistoryEntry, len(ds))
	if len(ds) == 0 {
		return out, nil
	}
	idx := make(map[int64]int, len(ds))
	ids := make([]any, len(ds))
	for i, d := range ds {
		out[i] = HistoryEntry{Decision: d, Transactions: []Transaction{}, Sends: []SendRecord{}}
		idx[d.ID] = i
		ids[i] = d.ID
	}
	in := `(?` + strings.Repeat(", ?", len(ids)-1) + `)`
	txs, err := s.queryTransactions(ctx, `WHERE decision_id IN `+in+` ORDER BY id ASC`, ids...)
	if err != nil {
		return nil, err
	}
	for _, t := range txs {
		e := &out[idx[t.DecisionID]]
		e.Transactions = append(e.Transactions, t)
	}
	sends, err := querySends(ctx, s.db, `WHERE decision_id IN `+in+` ORDER BY id ASC`, ids...)
	if err != nil {
		return nil, err
	}
	for _, snd := range sends {
		atts, err := s.Attempts(ctx, snd.ID)
		if err != nil {
			return nil, err
		}
		rec := SendRecord{Key: snd.Key, State: snd.State, Nonce: snd.Nonce, TxHash: snd.TxHash, Block: snd.Block,
			Error: snd.Error, Attempts: make([]AttemptRecord, len(atts))}
		for j, a := range atts {
			rec.Attempts[j] = AttemptRecord{Hash: a.Hash, Nonce: a.Nonce, TipCapWei: decimal{a.TipCap}, FeeCapWei: decimal{a.FeeCap},
				State: a.State, SignedAt: a.CreatedAt}
		}
		e := &out[idx[snd.DecisionID]]
		e.Sends = append(e.Sends, rec)
	}
	return out, nil
}

// decimalsValue is Decision.AssetDecimals as a column value: NULL when nil.
func decimalsValue(d *uint8) any {
	if d == nil {
		return nil
	}
	return int64(*d)
}

// amountValue is an optional amount as a column value: NULL when nil.
func amountValue(v *big.Int) any {
	if v == nil {
		return nil
	}
	return v.String()
}

// queryDecisions loads decisions matching the given SQL tail (WHERE / ORDER
// BY / LIMIT on the decisions table), in that order, with their sources.
func (s *Store) queryDecisions(ctx context.Context, tail string, args ...any) ([]Decision, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, tick_id, time, chain_id, vault, block, action, reason, dry_run,
		total_assets, expected_gain, gas_cost, gas_estimate, config_hash, approved_hash, asset_decimals, forecast_model, share_price FROM decisions `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	defer rows.Close()
	var ds []Decision
	for rows.Next() {
		var (
			d     Decision
			tick  sql.NullInt64
			ts    int64
			total string
			dec   sql.NullInt64
			price sql.NullString
		)
		if err := rows.Scan(&d.ID, &tick, &ts, &d.ChainID, &d.Vault, &d.Block, &d.Action, &d.Reason, &d.DryRun,
			&total, &d.ExpectedGain, &d.GasCost, &d.GasEstimate, &d.ConfigHash, &d.ApprovedHash, &dec, &d.ForecastModel, &price); err != nil {
			return nil, fmt.Errorf("scanning decision: %w", err)
		}
		d.TickID = tick.Int64
		if dec.Valid {
			v := uint8(dec.Int64) // the column's CHECK keeps it in 0..255
			d.AssetDecimals = &v
		}
		// Non-nil so JSON shows [] rather than null for a decision without sources.
		d.Sources, d.CurrentWeights, d.TargetWeights, d.Targets = []string{}, []float64{}, []float64{}, []*big.Int{}
		d.Time = fromNanos(ts)
		if d.TotalAssets, err = parseAmount("decisions", "total_assets", fmt.Sprintf("id %d", d.ID), total); err != nil {
			return nil, err
		}
		if price.Valid {
			if d.SharePrice, err = parseAmount("decisions", "share_price", fmt.Sprintf("id %d", d.ID), price.String); err != nil {
				return nil, err
			}
		}
		ds = append(ds, d)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying decisions: %w", err)
	}
	rows.Close()
	if len(ds) == 0 {
		return ds, nil
	}

	idx := make(map[int64]int, len(ds))
	ids := make([]any, len(ds))
	for i, d := range ds {
		idx[d.ID] = i
		ids[i] = d.ID
	}
	srows, err := s.db.QueryContext(ctx, `SELECT decision_id, idx, source, current_weight, target_weight, target_assets, forecast, rate_model
		FROM decision_sources WHERE decision_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)
		ORDER BY decision_id, idx`, ids...)
	if err != nil {
		return nil, fmt.Errorf("querying decision sources: %w", err)
	}
	defer srows.Close()
	for srows.Next() {
		var (
			did    int64
			i      int
			src    string
			cw, tw float64
			target string
			fc     sql.NullFloat64
			rm     string
		)
		if err := srows.Scan(&did, &i, &src, &cw, &tw, &target, &fc, &rm); err != nil {
			return nil, fmt.Errorf("scanning decision source: %w", err)
		}
		d := &ds[idx[did]]
		if i != len(d.Sources) {
			return nil, fmt.Errorf("decision_sources of decision id %d: idx %d out of sequence", did, i)
		}
		t, err := parseAmount("decision_sources", "target_assets", fmt.Sprintf("decision_id %d idx %d", did, i), target)
		if err != nil {
			return nil, err
		}
		d.Sources = append(d.Sources, src)
		d.CurrentWeights = append(d.CurrentWeights, cw)
		d.TargetWeights = append(d.TargetWeights, tw)
		d.Targets = append(d.Targets, t)
		switch {
		case rm != "" && (i == 0 || d.RateModels != nil):
			d.RateModels = append(d.RateModels, rm)
		case rm != "" || d.RateModels != nil:
			return nil, fmt.Errorf("decision_sources of decision id %d: idx %d has a rate model where the others have none, or none where they have one", did, i)
		}
		switch {
		case fc.Valid && (i == 0 || d.Forecast != nil):
			d.Forecast = append(d.Forecast, fc.Float64)
		case fc.Valid || d.Forecast != nil:
			return nil, fmt.Errorf("decision_sources of decision id %d: idx %d has a forecast where the others have none, or none where they have one", did, i)
		}
	}
	if err := srows.Err(); err != nil {
		return nil, fmt.Errorf("querying decision sources: %w", err)
	}
	srows.Close()

	shrows, err := s.db.QueryContext(ctx, `SELECT decision_id, model, evaluated, trade, trade_prob, target_weights, expected_gain, reason
		FROM rl_shadow WHERE decision_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, ids...)
	if err != nil {
		return nil, fmt.Errorf("querying RL shadows: %w", err)
	}
	defer shrows.Close()
	for shrows.Next() {
		var (
			did int64
			sh  RLShadow
			raw string
		)
		if err := shrows.Scan(&did, &sh.Model, &sh.Evaluated, &sh.Trade, &sh.TradeProb, &raw, &sh.ExpectedGain, &sh.Reason); err != nil {
			return nil, fmt.Errorf("scanning RL shadow: %w", err)
		}
		if err := json.Unmarshal([]byte(raw), &sh.TargetWeights); err != nil {
			return nil, fmt.Errorf("rl_shadow of decision id %d: target_weights %q: %w", did, raw, err)
		}
		ds[idx[did]].RLShadow = &sh
	}
	if err := shrows.Err(); err != nil {
		return nil, fmt.Errorf("querying RL shadows: %w", err)
	}
	return ds, nil
}
