package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"time"
)

// Send states, in the order a send moves through them. A send is open until
// it reaches one of the terminal states confirmed, reverted or failed.
const (
	SendDecided   = "decided"   // the request is recorded; nothing built yet
	SendBuilt     = "built"     // nonce, gas limit and fees are fixed
	SendSigned    = "signed"    // an attempt is signed and recorded, maybe not broadcast
	SendSent      = "sent"      // an attempt was broadcast
	SendMined     = "mined"     // an attempt is in a block, not yet deep enough
	SendConfirmed = "confirmed" // the mined attempt is Confirmations deep (terminal)
	SendReverted  = "reverted"  // the mined attempt reverted and is deep enough (terminal)
	SendFailed    = "failed"    // given up without a mined attempt (terminal)
)

// Attempt states. Every attempt at a send shares its nonce; at most one can
// be mined.
const (
	AttemptSigned   = "signed"   // recorded before broadcast
	AttemptSent     = "sent"     // broadcast (or already known to the node)
	AttemptReplaced = "replaced" // superseded by a higher-fee attempt
	AttemptMined    = "mined"    // this attempt is the one in a block
)

// Send is one transaction the keeper wants on-chain, identified by an
// idempotency key: recording the same key twice returns the first record.
type Send struct {
	ID         int64
	Key        string
	DecisionID int64 // 0 when the send belongs to no decision
	ChainID    uint64
	From, To   string // To is "" for a contract creation (Create)
	// Create marks a contract creation (keeper deploy): Data is the init
	// code and the contract's address is crypto.CreateAddress(From, Nonce).
	Create    bool
	Data      []byte
	Value     *big.Int
	Nonce     *uint64 // nil until built
	GasLimit  uint64
	State     string
	TxHash    string // the mined attempt, once mined
	Block     uint64
	BlockHash string
	GasUsed   uint64
	GasPrice  *big.Int // effective gas price of the mined attempt
	Error     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

// Open reports whether the send still needs work.
func (s Send) Open() bool {
	return s.State != SendConfirmed && s.State != SendReverted && s.State != SendFailed
}

// Attempt is one signed transaction for a send.
type Attempt struct {
	ID        int64
	SendID    int64
	Hash      string
	Nonce     uint64
	TipCap    *big.Int
	FeeCap    *big.Int
	Raw       []byte // the signed transaction, RLP/typed encoding (public once broadcast)
	State     string
	CreatedAt time.Time
	UpdatedAt time.Time
}

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

func checkAddress(field, a string) error {
	if !addressRE.MatchString(a) {
		return invalid(field, a, "must be 0x followed by 40 hex digits")
	}
	return nil
}

func checkSendState(field, st string) error {
	switch st {
	case SendDecided, SendBuilt, SendSigned, SendSent, SendMined, SendConfirmed, SendReverted, SendFailed:
		return nil
	}
	return invalid(field, st, "must be one of decided, built, signed, sent, mined, confirmed, reverted, failed")
}

func checkAttemptState(field, st string) error {
	switch st {
	case AttemptSigned, AttemptSent, AttemptReplaced, AttemptMined:
		return nil
	}
	return invalid(field, st, "must be one of signed, sent, replaced, mined")
}

func validateSend(s *Send) error {
	if err := checkNonEmpty("Send.Key", s.Key); err != nil {
		return err
	}
	if err := checkU64("Send.ChainID", s.ChainID); err != nil {
		return err
	}
	if err := checkAddress("Send.From", s.From); err != nil {
		return err
	}
	if s.Create {
		if s.To != "" {
			return invalid("Send.To", s.To, "must be empty for a contract creation")
		}
	} else if err := checkAddress("Send.To", s.To); err != nil {
		return err
	}
	if s.Value == nil {
		s.Value = new(big.Int)
	}
	if s.Data == nil {
		s.Data = []byte{}
	}
	if err := checkAmount("Send.Value", s.Value, true); err != nil {
		return err
	}
	if s.Nonce != nil {
		if err := checkU64("Send.Nonce", *s.Nonce); err != nil {
			return err
		}
	}
	if err := checkU64("Send.GasLimit", s.GasLimit); err != nil {
		return err
	}
	if err := checkSendState("Send.State", s.State); err != nil {
		return err
	}
	if s.TxHash != "" {
		if err := checkHash("Send.TxHash", s.TxHash); err != nil {
			return err
		}
	}
	if s.BlockHash != "" {
		if err := checkHash("Send.BlockHash", s.BlockHash); err != nil {
			return err
		}
	}
	if err := checkU64("Send.Block", s.Block); err != nil {
		return err
	}
	if err := checkU64("Send.GasUsed", s.GasUsed); err != nil {
		return err
	}
	return checkAmount("Send.GasPrice", s.GasPrice, false)
}

func validateAttempt(a *Attempt) error {
	if err := checkHash("Attempt.Hash", a.Hash); err != nil {
		return err
	}
	if err := checkU64("Attempt.Nonce", a.Nonce); err != nil {
		return err
	}
	if err := checkAmount("Attempt.TipCap", a.TipCap, true); err != nil {
		return err
	}
	if err := checkAmount("Attempt.FeeCap", a.FeeCap, true); err != nil {
		return err
	}
	if len(a.Raw) == 0 {
		return invalid("Attempt.Raw", "", "signed transaction is required")
	}
	return checkAttemptState("Attempt.State", a.State)
}

func nonceOrNull(n *uint64) any {
	if n == nil {
		return nil
	}
	return int64(*n)
}

func decisionOrNull(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

// CreateSend records s (its ID, CreatedAt and UpdatedAt are set here) unless
// a send with the same key exists, in which case that one is returned with
// created false and s is ignored. This makes a decision's send idempotent
// across crashes: the caller always continues the recorded send. The
// recorded send must be the same request: the same chain and sender, the
// same decision when s names one, and, when s carries data, the same
// recipient (or creation), data and value; a request with no data (a key
// only) continues whatever was recorded under the key. A different request
// under a recorded key is a *ValidationError naming the fields that differ.
func (s *Store) CreateSend(ctx context.Context, snd Send) (out Send, created bool, err error) {
	if err := validateSend(&snd); err != nil {
		return Send{}, false, fmt.Errorf("store: recording send: %w", err)
	}
	err = s.inTx(ctx, func(tx *sqlTx) error {
		out, created = Send{}, false // a retried transaction starts over
		if err := s.checkFence(ctx, tx, snd.ChainID, snd.From); err != nil {
			return err
		}
		existing, err := querySends(ctx, tx, `WHERE key = ?`, snd.Key)
		if err != nil {
			return err
		}
		if len(existing) > 0 {
			if diff := sendDiff(existing[0], snd); len(diff) > 0 {
				return invalid("Send.Key", snd.Key, "already recorded as send id %d for another request (%s)", existing[0].ID, strings.Join(diff, "; "))
			}
			out = existing[0]
			return nil
		}
		now := s.now().UTC()
		snd.ID, err = insertID(ctx, tx, `INSERT INTO sends
			(key, decision_id, chain_id, sender, recipient, creates, data, value, nonce, gas_limit, state, tx_hash,
			 block, block_hash, gas_used, gas_price, error, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			snd.Key, decisionOrNull(snd.DecisionID), int64(snd.ChainID), snd.From, recipientCol(snd), snd.Create, snd.Data, snd.Value.String(),
			nonceOrNull(snd.Nonce), int64(snd.GasLimit), snd.State, snd.TxHash, int64(snd.Block), snd.BlockHash,
			int64(snd.GasUsed), amountOrNull(snd.GasPrice), snd.Error, nanos(now), nanos(now))
		if err != nil {
			return fmt.Errorf("inserting send %q: %w", snd.Key, err)
		}
		snd.CreatedAt, snd.UpdatedAt = now, now
		out, created = snd, true
		return nil
	})
	if err != nil {
		return Send{}, false, fmt.Errorf("store: recording send %q: %w", snd.Key, err)
	}
	if created {
		s.sendWritten("create send " + snd.Key)
	}
	return out, created, nil
}

// sendDiff describes how the request snd differs from the recorded send r
// (see CreateSend); empty when snd is the same request or only names r's key.
func sendDiff(r, snd Send) []string {
	var diff []string
	differ := func(field, recorded, given string) {
		if !strings.EqualFold(recorded, given) {
			diff = append(diff, fmt.Sprintf("%s: recorded %s, given %s", field, recorded, given))
		}
	}
	differ("ChainID", fmt.Sprint(r.ChainID), fmt.Sprint(snd.ChainID))
	differ("From", r.From, snd.From)
	if snd.DecisionID != 0 {
		differ("DecisionID", fmt.Sprint(r.DecisionID), fmt.Sprint(snd.DecisionID))
	}
	if len(snd.Data) > 0 {
		differ("Create", fmt.Sprint(r.Create), fmt.Sprint(snd.Create))
		differ("To", recipientCol(r), recipientCol(snd))
		differ("Value", r.Value.String(), snd.Value.String())
		if !bytes.Equal(r.Data, snd.Data) {
			diff = append(diff, fmt.Sprintf("Data: recorded %d bytes, given %d other bytes", len(r.Data), len(snd.Data)))
		}
	}
	return diff
}

// UpdateSend writes every mutable field of the send with snd.ID (nonce, gas
// limit, state, mined tx, block, gas used and price, error) and stamps
// UpdatedAt. Key, decision, chain, sender, recipient, data and value are
// fixed at creation and must match; the error wraps ErrNotFound when there
// is no such send.
func (s *Store) UpdateSend(ctx context.Context, snd Send) error {
	if err := validateSend(&snd); err != nil {
		return fmt.Errorf("store: updating send %d: %w", snd.ID, err)
	}
	fence := func(tx *sqlTx) error { return s.checkFence(ctx, tx, snd.ChainID, snd.From) }
	res, err := s.write(ctx, fence, `UPDATE sends
		SET nonce = ?, gas_limit = ?, state = ?, tx_hash = ?, block = ?, block_hash = ?, gas_used = ?, gas_price = ?,
		    error = ?, updated_at = ?
		WHERE id = ? AND key = ? AND chain_id = ? AND sender = ? AND recipient = ? AND creates = ? AND data = ? AND value = ?`,
		nonceOrNull(snd.Nonce), int64(snd.GasLimit), snd.State, snd.TxHash, int64(snd.Block), snd.BlockHash,
		int64(snd.GasUsed), amountOrNull(snd.GasPrice), snd.Error, nanos(s.now()),
		snd.ID, snd.Key, int64(snd.ChainID), snd.From, recipientCol(snd), snd.Create, snd.Data, snd.Value.String())
	if err != nil {
		return fmt.Errorf("store: updating send %d: %w", snd.ID, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: updating send %d: %w", snd.ID, err)
	} else if n == 0 {
		return fmt.Errorf("store: updating send %d (%q): no send with that id and request: %w", snd.ID, snd.Key, ErrNotFound)
	}
	s.sendWritten("update send " + snd.Key + " → " + snd.State)
	return nil
}

// SendByKey returns the send with that idempotency key; the error wraps
// ErrNotFound when there is none.
func (s *Store) SendByKey(ctx context.Context, key string) (Send, error) {
	ss, err := querySends(ctx, s.db, `WHERE key = ?`, key)
	if err != nil {
		return Send{}, fmt.Errorf("store: reading send %q: %w", key, err)
	}
	if len(ss) == 0 {
		return Send{}, fmt.Errorf("store: reading send %q: %w", key, ErrNotFound)
	}
	return ss[0], nil
}

// OpenSends returns the sends of that chain and sender not yet in a terminal
// state, oldest first.
func (s *Store) OpenSends(ctx context.Context, chainID uint64, from string) ([]Send, error) {
	ss, err := querySends(ctx, s.db, `WHERE chain_id = ? AND sender = ?
		AND state NOT IN ('confirmed', 'reverted', 'failed') ORDER BY id ASC`, int64(chainID), from)
	if err != nil {
		return nil, fmt.Errorf("store: reading open sends: %w", err)
	}
	return ss, nil
}

// UnrecordedSends returns the finished sends of that chain and sender whose
// mined transaction is not in the history's transactions table: a keeper
// stopped between finishing a send and recording it leaves such a send,
// which the next start records. Oldest first.
func (s *Store) UnrecordedSends(ctx context.Context, chainID uint64, from string) ([]Send, error) {
	ss, err := querySends(ctx, s.db, `WHERE chain_id = ? AND sender = ? AND state IN ('confirmed', 'reverted')
		AND tx_hash != '' AND decision_id IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.hash = sends.tx_hash) ORDER BY id ASC`, int64(chainID), from)
	if err != nil {
		return nil, fmt.Errorf("store: reading unrecorded sends: %w", err)
	}
	return ss, nil
}

// RecentSends returns up to limit sends, newest first.
func (s *Store) RecentSends(ctx context.Context, limit int) ([]Send, error) {
	ss, err := querySends(ctx, s.db, `ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: reading sends: %w", err)
	}
	return ss, nil
}

// AddAttempt records a signed attempt for a send and returns its id. A zero
// CreatedAt is stamped with the current time; the transaction manager
// passes its own clock's reading, which it later compares against the
// resubmission timeout. Recording is idempotent: an attempt whose hash is
// already recorded for the same send with the same signed transaction (Raw,
// hence nonce and fees) returns the recorded id and writes nothing (its
// state and time stay as recorded); one with other content is a
// *ValidationError naming the fields that differ.
func (s *Store) AddAttempt(ctx context.Context, a Attempt) (int64, error) {
	if err := validateAttempt(&a); err != nil {
		return 0, fmt.Errorf("store: recording attempt: %w", err)
	}
	now := nanos(s.now())
	created := now
	if !a.CreatedAt.IsZero() {
		if err := checkTime("Attempt.CreatedAt", a.CreatedAt); err != nil {
			return 0, fmt.Errorf("store: recording attempt: %w", err)
		}
		created = nanos(a.CreatedAt)
	}
	var (
		id       int64
		inserted bool
	)
	err := s.inTx(ctx, func(tx *sqlTx) error {
		inserted = false // a retried transaction starts over
		if err := s.checkSendFence(ctx, tx, a.SendID, ""); err != nil {
			return err
		}
		existing, err := queryAttempts(ctx, tx, `WHERE hash = ?`, a.Hash)
		if err != nil {
			return err
		}
		if len(existing) > 0 {
			e := existing[0]
			if diff := attemptDiff(e, a); len(diff) > 0 {
				return invalid("Attempt.Hash", a.Hash, "already recorded as attempt id %d with other content (%s)", e.ID, strings.Join(diff, "; "))
			}
			id = e.ID
			return nil
		}
		id, err = insertID(ctx, tx, `INSERT INTO attempts
			(send_id, hash, nonce, tip_cap, fee_cap, raw, state, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.SendID, a.Hash, int64(a.Nonce), a.TipCap.String(), a.FeeCap.String(), a.Raw, a.State, created, now)
		if err != nil {
			return err
		}
		inserted = true
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: recording attempt %s of send %d: %w", a.Hash, a.SendID, err)
	}
	if inserted {
		s.sendWritten("add attempt " + a.Hash)
	}
	return id, nil
}

// attemptDiff describes how a differs from the recorded r in what makes an
// attempt (its send and signed transaction); empty when they are the same.
func attemptDiff(r, a Attempt) []string {
	var diff []string
	differ := func(field, recorded, given string) {
		if recorded != given {
			diff = append(diff, fmt.Sprintf("%s: recorded %s, given %s", field, recorded, given))
		}
	}
	differ("SendID", fmt.Sprint(r.SendID), fmt.Sprint(a.SendID))
	differ("Nonce", fmt.Sprint(r.Nonce), fmt.Sprint(a.Nonce))
	differ("TipCap", r.TipCap.String(), a.TipCap.String())
	differ("FeeCap", r.FeeCap.String(), a.FeeCap.String())
	if !bytes.Equal(r.Raw, a.Raw) {
		diff = append(diff, fmt.Sprintf("Raw: recorded %d bytes, given %d other bytes", len(r.Raw), len(a.Raw)))
	}
	return diff
}

// SetAttemptState changes the state of the attempt with that hash; the error
// wraps ErrNotFound when there is none.
func (s *Store) SetAttemptState(ctx context.Context, hash, state string) error {
	if err := checkAttemptState("state", state); err != nil {
		return fmt.Errorf("store: updating attempt %s: %w", hash, err)
	}
	fence := func(tx *sqlTx) error { return s.checkSendFence(ctx, tx, 0, hash) }
	res, err := s.write(ctx, fence, `UPDATE attempts SET state = ?, updated_at = ? WHERE hash = ?`,
		state, nanos(s.now()), hash)
	if err != nil {
		return fmt.Errorf("store: updating attempt %s: %w", hash, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("store: updating attempt %s: %w", hash, err)
	} else if n == 0 {
		return fmt.Errorf("store: updating attempt %s: %w", hash, ErrNotFound)
	}
	s.sendWritten("attempt " + hash + " → " + state)
	return nil
}

// Attempts returns a send's attempts, oldest first.
func (s *Store) Attempts(ctx context.Context, sendID int64) ([]Attempt, error) {
	out, err := queryAttempts(ctx, s.db, `WHERE send_id = ? ORDER BY id ASC`, sendID)
	if err != nil {
		return nil, fmt.Errorf("store: reading attempts of send %d: %w", sendID, err)
	}
	return out, nil
}

func queryAttempts(ctx context.Context, q querier, tail string, args ...any) ([]Attempt, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, send_id, hash, nonce, tip_cap, fee_cap, raw, state,
		created_at, updated_at FROM attempts `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("querying attempts: %w", err)
	}
	defer rows.Close()
	var out []Attempt
	for rows.Next() {
		var (
			a                  Attempt
			tip, fee           string
			created, updatedAt int64
		)
		if err := rows.Scan(&a.ID, &a.SendID, &a.Hash, &a.Nonce, &tip, &fee, &a.Raw, &a.State, &created, &updatedAt); err != nil {
			return nil, fmt.Errorf("scanning attempt: %w", err)
		}
		row := fmt.Sprintf("id %d", a.ID)
		if a.TipCap, err = parseAmount("attempts", "tip_cap", row, tip); err != nil {
			return nil, err
		}
		if a.FeeCap, err = parseAmount("attempts", "fee_cap", row, fee); err != nil {
			return nil, err
		}
		a.CreatedAt, a.UpdatedAt = fromNanos(created), fromNanos(updatedAt)
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying attempts: %w", err)
	}
	return out, nil
}

// creationRecipient is the recipient column of a contract creation, whose
// creates column is 1.
const creationRecipient = "0x0000000000000000000000000000000000000000"

// recipientCol is the recipient column's value for snd.
func recipientCol(snd Send) string {
	if snd.Create {
		return creationRecipient
	}
	return snd.To
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func querySends(ctx context.Context, q querier, tail string, args ...any) ([]Send, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, key, decision_id, chain_id, sender, recipient, creates, data, value, nonce,
		gas_limit, state, tx_hash, block, block_hash, gas_used, gas_price, error, created_at, updated_at
		FROM sends `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("querying sends: %w", err)
	}
	defer rows.Close()
	var out []Send
	for rows.Next() {
		var (
			s                  Send
			decision, nonce    sql.NullInt64
			value              string
			price              sql.NullString
			created, updatedAt int64
		)
		if err := rows.Scan(&s.ID, &s.Key, &decision, &s.ChainID, &s.From, &s.To, &s.Create, &s.Data, &value, &nonce,
			&s.GasLimit, &s.State, &s.TxHash, &s.Block, &s.BlockHash, &s.GasUsed, &price, &s.Error,
			&created, &updatedAt); err != nil {
			return nil, fmt.Errorf("scanning send: %w", err)
		}
		row := fmt.Sprintf("id %d", s.ID)
		if s.Value, err = parseAmount("sends", "value", row, value); err != nil {
			return nil, err
		}
		if price.Valid {
			if s.GasPrice, err = parseAmount("sends", "gas_price", row, price.String); err != nil {
				return nil, err
			}
		}
		if decision.Valid {
			s.DecisionID = decision.Int64
		}
		if nonce.Valid {
			n := uint64(nonce.Int64)
			s.Nonce = &n
		}
		if s.Create {
			s.To = ""
		}
		s.CreatedAt, s.UpdatedAt = fromNanos(created), fromNanos(updatedAt)
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying sends: %w", err)
	}
	return out, nil
}
