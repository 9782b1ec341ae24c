package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// RecordTransaction validates t and records it, returning its id (t.ID is
// ignored). DecisionID must refer to a recorded decision. A zero UpdatedAt
// defaults to SentAt. Recording is idempotent: a hash already recorded with
// the same content (every field but ID and UpdatedAt) returns the recorded
// id and writes nothing; with other content it is a *ValidationError naming
// the fields that differ.
func (s *Store) RecordTransaction(ctx context.Context, t Transaction) (int64, error) {
	if err := validateTransaction(&t); err != nil {
		return 0, fmt.Errorf("store: recording transaction: %w", err)
	}
	if t.UpdatedAt.IsZero() {
		t.UpdatedAt = t.SentAt
	}
	var id int64
	err := s.inTx(ctx, func(tx *sqlTx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM decisions WHERE id = ?`, t.DecisionID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return invalid("Transaction.DecisionID", t.DecisionID, "no such decision")
		}
		if err != nil {
			return fmt.Errorf("checking decision %d: %w", t.DecisionID, err)
		}
		existing, err := queryTransactions(ctx, tx, `WHERE hash = ?`, t.Hash)
		if err != nil {
			return fmt.Errorf("checking hash %s: %w", t.Hash, err)
		}
		if len(existing) > 0 {
			if diff := transactionDiff(existing[0], t); len(diff) > 0 {
				return invalid("Transaction.Hash", t.Hash, "already recorded as transaction id %d with other content (%s)",
					existing[0].ID, strings.Join(diff, "; "))
			}
			id = existing[0].ID
			return nil
		}
		id, err = insertID(ctx, tx, `INSERT INTO transactions
			(decision_id, hash, nonce, gas_used, gas_price, status, block, error, sent_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			t.DecisionID, t.Hash, int64(t.Nonce), int64(t.GasUsed), amountOrNull(t.GasPrice), t.Status,
			int64(t.Block), t.Error, nanos(t.SentAt), nanos(t.UpdatedAt))
		if err != nil {
			return fmt.Errorf("inserting transaction %s: %w", t.Hash, err)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: recording transaction: %w", err)
	}
	return id, nil
}

// UpdateTransaction sets status, gas used, effective gas price (nil stores
// NULL), block and error of the transaction with that hash, and stamps
// UpdatedAt with the current time. The error wraps ErrNotFound if no
// transaction has that hash (compared case-insensitively).
func (s *Store) UpdateTransaction(ctx context.Context, hash string, status string, gasUsed uint64, gasPrice *big.Int, block uint64, errMsg string) error {
	wrap := func(err error) error { return fmt.Errorf("store: updating transaction %s: %w", hash, err) }
	if err := checkHash("hash", hash); err != nil {
		return wrap(err)
	}
	if err := checkStatus("status", status); err != nil {
		return wrap(err)
	}
	if err := checkU64("gasUsed", gasUsed); err != nil {
		return wrap(err)
	}
	if err := checkAmount("gasPrice", gasPrice, false); err != nil {
		return wrap(err)
	}
	if err := checkU64("block", block); err != nil {
		return wrap(err)
	}
	res, err := s.exec(ctx, `UPDATE transactions
		SET status = ?, gas_used = ?, gas_price = ?, block = ?, error = ?, updated_at = ?
		WHERE hash = ?`,
		status, int64(gasUsed), amountOrNull(gasPrice), int64(block), errMsg, nanos(s.now()), hash)
	if err != nil {
		return wrap(err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return wrap(err)
	}
	if n == 0 {
		return wrap(fmt.Errorf("no transaction with that hash: %w", ErrNotFound))
	}
	return nil
}

// Transaction returns the transaction with that hash; the error wraps
// ErrNotFound if there is none.
func (s *Store) Transaction(ctx context.Context, hash string) (Transaction, error) {
	ts, err := s.queryTransactions(ctx, `WHERE hash = ?`, hash)
	if err != nil {
		return Transaction{}, fmt.Errorf("store: reading transaction %s: %w", hash, err)
	}
	if len(ts) == 0 {
		return Transaction{}, fmt.Errorf("store: reading transaction %s: %w", hash, ErrNotFound)
	}
	return ts[0], nil
}

// PendingTransactions returns transactions still in status "sent", oldest
// first — the ones whose receipts the keeper has yet to check.
func (s *Store) PendingTransactions(ctx context.Context) ([]Transaction, error) {
	ts, err := s.queryTransactions(ctx, `WHERE status = 'sent' ORDER BY id ASC`)
	if err != nil {
		return nil, fmt.Errorf("store: reading pending transactions: %w", err)
	}
	return ts, nil
}

func amountOrNull(v *big.Int) any {
	if v == nil {
		return nil
	}
	return v.String()
}

// transactionDiff describes how t differs from the recorded r, field by
// field, ignoring ID and UpdatedAt; empty when it is the same record.
func transactionDiff(r, t Transaction) []string {
	var diff []string
	differ := func(field string, recorded, given any) {
		if fmt.Sprint(recorded) != fmt.Sprint(given) {
			diff = append(diff, fmt.Sprintf("%s: recorded %q, given %q", field, fmt.Sprint(recorded), fmt.Sprint(given)))
		}
	}
	differ("DecisionID", r.DecisionID, t.DecisionID)
	differ("Nonce", r.Nonce, t.Nonce)
	differ("GasUsed", r.GasUsed, t.GasUsed)
	differ("GasPrice", amountOrNull(r.GasPrice), amountOrNull(t.GasPrice))
	differ("Status", r.Status, t.Status)
	differ("Block", r.Block, t.Block)
	differ("Error", r.Error, t.Error)
	differ("SentAt", r.SentAt.UnixNano(), t.SentAt.UnixNano())
	return diff
}

func (s *Store) queryTransactions(ctx context.Context, tail string, args ...any) ([]Transaction, error) {
	return queryTransactions(ctx, s.db, tail, args...)
}

func queryTransactions(ctx context.Context, q querier, tail string, args ...any) ([]Transaction, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, decision_id, hash, nonce, gas_used, gas_price, status, block,
		error, sent_at, updated_at FROM transactions `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("querying transactions: %w", err)
	}
	defer rows.Close()
	var out []Transaction
	for rows.Next() {
		var (
			t                Transaction
			price            sql.NullString
			sentAt, updateAt int64
		)
		if err := rows.Scan(&t.ID, &t.DecisionID, &t.Hash, &t.Nonce, &t.GasUsed, &price, &t.Status, &t.Block,
			&t.Error, &sentAt, &updateAt); err != nil {
			return nil, fmt.Errorf("scanning transaction: %w", err)
		}
		t.SentAt, t.UpdatedAt = fromNanos(sentAt), fromNanos(updateAt)
		if price.Valid {
			if t.GasPrice, err = parseAmount("transactions", "gas_price", fmt.Sprintf("id %d", t.ID), price.String); err != nil {
				return nil, err
			}
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying transactions: %w", err)
	}
	return out, nil
}
