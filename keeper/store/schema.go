package store

import (
	"context"
	"fmt"
)

// migration is one step of the schema history. Migrations are applied in
// order; the database's PRAGMA user_version is the number of migrations
// applied. Never edit or reorder a released migration — append a new one.
type migration struct {
	name  string
	stmts []string
}

// amountCheck is a CHECK expression accepting a non-negative decimal integer.
func amountCheck(col string) string {
	return fmt.Sprintf("(length(%[1]s) > 0 AND %[1]s NOT GLOB '*[^0-9]*')", col)
}

var migrations = []migration{
	{
		name: "initial schema",
		stmts: []string{
			`CREATE TABLE ticks (
				id          INTEGER PRIMARY KEY AUTOINCREMENT,
				recorded_at INTEGER NOT NULL -- unix nanos, wall clock when written
			)`,
			`CREATE TABLE observations (
				id         INTEGER PRIMARY KEY AUTOINCREMENT,
				tick_id    INTEGER NOT NULL REFERENCES ticks(id) ON DELETE CASCADE,
				time       INTEGER NOT NULL,                      -- unix nanos UTC
				chain_id   INTEGER NOT NULL CHECK (chain_id >= 0),
				vault      TEXT    NOT NULL COLLATE NOCASE CHECK (vault <> ''),
				block      INTEGER NOT NULL CHECK (block >= 0),
				source     TEXT    NOT NULL COLLATE NOCASE CHECK (source <> ''),
				name       TEXT    NOT NULL DEFAULT '',
				assets     TEXT    NOT NULL CHECK ` + amountCheck("assets") + `,
				supply_apy REAL    NOT NULL,
				UNIQUE (tick_id, chain_id, vault, source)
			)`,
			`CREATE INDEX observations_by_source ON observations (chain_id, vault, source, tick_id)`,
			`CREATE TABLE decisions (
				id           INTEGER PRIMARY KEY AUTOINCREMENT,
				tick_id      INTEGER REFERENCES ticks(id) ON DELETE SET NULL,
				time         INTEGER NOT NULL,
				chain_id     INTEGER NOT NULL CHECK (chain_id >= 0),
				vault        TEXT    NOT NULL COLLATE NOCASE CHECK (vault <> ''),
				block        INTEGER NOT NULL CHECK (block >= 0),
				action       TEXT    NOT NULL CHECK (action IN ('rebalance', 'hold', 'error')),
				reason       TEXT    NOT NULL DEFAULT '',
				dry_run      INTEGER NOT NULL CHECK (dry_run IN (0, 1)),
				total_assets TEXT    NOT NULL CHECK ` + amountCheck("total_assets") + `,
				expected_gain REAL   NOT NULL,
				gas_cost     REAL    NOT NULL,
				gas_estimate INTEGER NOT NULL CHECK (gas_estimate >= 0)
			)`,
			`CREATE INDEX decisions_by_vault ON decisions (chain_id, vault, id)`,
			// One row per source of a decision, in the decision's order (idx).
			`CREATE TABLE decision_sources (
				decision_id    INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
				idx            INTEGER NOT NULL CHECK (idx >= 0),
				source         TEXT    NOT NULL COLLATE NOCASE CHECK (source <> ''),
				current_weight REAL    NOT NULL,
				target_weight  REAL    NOT NULL,
				target_assets  TEXT    NOT NULL CHECK ` + amountCheck("target_assets") + `,
				PRIMARY KEY (decision_id, idx),
				UNIQUE (decision_id, source)
			)`,
			`CREATE TABLE transactions (
				id          INTEGER PRIMARY KEY AUTOINCREMENT,
				decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
				hash        TEXT    NOT NULL COLLATE NOCASE UNIQUE
				            CHECK (length(hash) = 66 AND substr(hash, 1, 2) = '0x'
				                   AND substr(hash, 3) NOT GLOB '*[^0-9a-fA-F]*'),
				nonce       INTEGER NOT NULL CHECK (nonce >= 0),
				gas_used    INTEGER NOT NULL CHECK (gas_used >= 0),
				gas_price   TEXT CHECK (gas_price IS NULL OR ` + amountCheck("gas_price") + `),
				status      TEXT    NOT NULL CHECK (status IN ('sent', 'mined', 'reverted', 'failed')),
				block       INTEGER NOT NULL CHECK (block >= 0),
				error       TEXT    NOT NULL DEFAULT '',
				sent_at     INTEGER NOT NULL,
				updated_at  INTEGER NOT NULL
			)`,
			`CREATE INDEX transactions_by_decision ON transactions (decision_id, id)`,
		},
	},
	{
		// The transaction manager's journal (keeper/txmgr): one send per
		// idempotency key, and every signed attempt at it, written before the
		// step it records so that a restart resumes where the crash left off.
		name: "transaction manager journal",
		stmts: []string{
			`CREATE TABLE sends (
				id            INTEGER PRIMARY KEY AUTOINCREMENT,
				key           TEXT    NOT NULL UNIQUE CHECK (key <> ''),
				decision_id   INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
				chain_id      INTEGER NOT NULL CHECK (chain_id >= 0),
				sender        TEXT    NOT NULL COLLATE NOCASE CHECK (length(sender) = 42),
				recipient     TEXT    NOT NULL COLLATE NOCASE CHECK (length(recipient) = 42),
				data          BLOB    NOT NULL,
				value         TEXT    NOT NULL CHECK ` + amountCheck("value") + `,
				nonce         INTEGER CHECK (nonce IS NULL OR nonce >= 0),
				gas_limit     INTEGER NOT NULL CHECK (gas_limit >= 0),
				state         TEXT    NOT NULL CHECK (state IN
				              ('decided', 'built', 'signed', 'sent', 'mined', 'confirmed', 'reverted', 'failed')),
				tx_hash       TEXT    NOT NULL DEFAULT '' COLLATE NOCASE,
				block         INTEGER NOT NULL DEFAULT 0 CHECK (block >= 0),
				block_hash    TEXT    NOT NULL DEFAULT '' COLLATE NOCASE,
				gas_used      INTEGER NOT NULL DEFAULT 0 CHECK (gas_used >= 0),
				gas_price     TEXT CHECK (gas_price IS NULL OR ` + amountCheck("gas_price") + `),
				error         TEXT    NOT NULL DEFAULT '',
				created_at    INTEGER NOT NULL,
				updated_at    INTEGER NOT NULL
			)`,
			`CREATE INDEX sends_open ON sends (chain_id, sender, state)`,
			`CREATE TABLE attempts (
				id         INTEGER PRIMARY KEY AUTOINCREMENT,
				send_id    INTEGER NOT NULL REFERENCES sends(id) ON DELETE CASCADE,
				hash       TEXT    NOT NULL COLLATE NOCASE UNIQUE
				           CHECK (length(hash) = 66 AND substr(hash, 1, 2) = '0x'
				                  AND substr(hash, 3) NOT GLOB '*[^0-9a-fA-F]*'),
				nonce      INTEGER NOT NULL CHECK (nonce >= 0),
				tip_cap    TEXT    NOT NULL CHECK ` + amountCheck("tip_cap") + `,
				fee_cap    TEXT    NOT NULL CHECK ` + amountCheck("fee_cap") + `,
				raw        BLOB    NOT NULL CHECK (length(raw) > 0),
				state      TEXT    NOT NULL CHECK (state IN ('signed', 'sent', 'replaced', 'mined')),
				created_at INTEGER NOT NULL,
				updated_at INTEGER NOT NULL
			)`,
			`CREATE INDEX attempts_by_send ON attempts (send_id, id)`,
		},
	},
	{
		// optimizer.strategy shadow: what the RL model would have done at a
		// decision, next to it (at most one row per decision).
		name: "rl shadow decisions",
		stmts: []string{
			`CREATE TABLE rl_shadow (
				decision_id    INTEGER PRIMARY KEY REFERENCES decisions(id) ON DELETE CASCADE,
				model          TEXT    NOT NULL CHECK (model <> ''),
				evaluated      INTEGER NOT NULL CHECK (evaluated IN (0, 1)),
				trade          INTEGER NOT NULL CHECK (trade IN (0, 1)),
				trade_prob     REAL    NOT NULL,
				target_weights TEXT    NOT NULL CHECK (json_valid(target_weights)), -- JSON array, the decision's source order
				expected_gain  REAL    NOT NULL,
				reason         TEXT    NOT NULL DEFAULT ''
			)`,
		},
	},
	{
		// Governance: the governed config hash each decision ran under, and
		// the hash approved on-chain when it was made ('' when not read).
		name: "decision config hashes",
		stmts: []string{
			`ALTER TABLE decisions ADD COLUMN config_hash TEXT NOT NULL DEFAULT ''
				CHECK (config_hash = '' OR (length(config_hash) = 66 AND substr(config_hash, 1, 2) = '0x'))`,
			`ALTER TABLE decisions ADD COLUMN approved_hash TEXT NOT NULL DEFAULT ''
				CHECK (approved_hash = '' OR (length(approved_hash) = 66 AND substr(approved_hash, 1, 2) = '0x'))`,
		},
	},
	{
		// keeper deploy journals contract creations through txmgr: creates = 1
		// marks one (its recipient is then the zero address).
		name: "contract-creation sends",
		stmts: []string{
			`ALTER TABLE sends ADD COLUMN creates INTEGER NOT NULL DEFAULT 0 CHECK (creates IN (0, 1))`,
		},
	},
	{
		// The decimals of the vault's asset as observed with each decision,
		// so that keeper status and explain can show token amounts after
		// the chain is gone (NULL: not recorded, decisions made before).
		name: "decision asset decimals",
		stmts: []string{
			`ALTER TABLE decisions ADD COLUMN asset_decimals INTEGER
				CHECK (asset_decimals IS NULL OR asset_decimals BETWEEN 0 AND 255)`,
		},
	},
	{
		// The strategy (optimizer/strategy) weighs the stored history by
		// chain time: each observation's block timestamp (unix nanos; NULL
		// for observations recorded before). A decision records the
		// strategy's forecast of each source's APY and the model that made
		// it, for keeper explain ('' and NULL: none, the tick decided
		// before forecasting or decisions made before).
		name: "block times and decision forecasts",
		stmts: []string{
			`ALTER TABLE observations ADD COLUMN block_time INTEGER`,
			`ALTER TABLE decisions ADD COLUMN forecast_model TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE decision_sources ADD COLUMN forecast REAL`,
		},
	},
	{
		// Leases (lease.go): one holder per name, such as a (chain,
		// signing key), with the fencing token the sends journal checks.
		// Times are unix nanos.
		name: "leases",
		stmts: []string{
			`CREATE TABLE leases (
				name        TEXT PRIMARY KEY,
				holder      TEXT NOT NULL,
				token       INTEGER NOT NULL CHECK (token > 0),
				expires_at  INTEGER NOT NULL,
				acquired_at INTEGER NOT NULL
			)`,
		},
	},
	{
		// A decision records the quality of each source's rate-impact model
		// ("exact", "measured-only", "unknown"; '' for decisions recorded
		// before, or made before the quotes were read), for keeper explain.
		name: "decision rate models",
		stmts: []string{
			`ALTER TABLE decision_sources ADD COLUMN rate_model TEXT NOT NULL DEFAULT ''`,
		},
	},
	{
		// The transparency page (keeper/web) samples a vault's history by
		// time (SampledHistory: one seek per chart point) and joins each
		// sampled tick to its decision.
		name: "history sampling indexes",
		stmts: []string{
			`CREATE INDEX observations_by_time ON observations (chain_id, vault, time)`,
			`CREATE INDEX decisions_by_tick ON decisions (tick_id)`,
		},
	},
	{
		// The vault's share price at each decision's block: convertToAssets
		// of one share, in asset base units (NULL: not read, decisions
		// recorded before), for the transparency page's share-price chart
		// and the realised gain of each rebalance.
		name: "decision share price",
		stmts: []string{
			`ALTER TABLE decisions ADD COLUMN share_price TEXT CHECK (share_price IS NULL OR ` + amountCheck("share_price") + `)`,
		},
	},
}

// LatestSchemaVersion is the schema version (PRAGMA user_version) Open migrates to.
func LatestSchemaVersion() int { return len(migrations) }

// migrate applies pending migrations, each in its own transaction together
// with the schema version's bump (IMMEDIATE on SQLite, behind an advisory
// lock on PostgreSQL), so concurrent Opens of the same database serialize
// and a failed migration leaves the previous version intact. Migrations
// are written in SQLite's dialect; the dialect's ddl translates them.
func (s *Store) migrate(ctx context.Context) error {
	for {
		done := false
		err := s.inTxWith(ctx, s.db.d.migrationTxOptions(), func(tx *sqlTx) error {
			if err := s.db.d.beginMigration(ctx, tx); err != nil {
				return err
			}
			v, err := s.db.d.schemaVersion(ctx, tx)
			if err != nil {
				return fmt.Errorf("reading schema version: %w", err)
			}
			switch {
			case v > len(migrations):
				return fmt.Errorf("database schema version %d is newer than this build supports (%d)", v, len(migrations))
			case v == len(migrations):
				done = true
				return nil
			}
			m := migrations[v]
			for _, stmt := range m.stmts {
				if _, err := tx.ExecContext(ctx, s.db.d.ddl(stmt)); err != nil {
					return fmt.Errorf("migration %d (%s): %w", v+1, m.name, err)
				}
			}
			if err := s.db.d.setSchemaVersion(ctx, tx, v+1); err != nil {
				return fmt.Errorf("migration %d (%s): setting the schema version: %w", v+1, m.name, err)
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("migrating schema: %w", err)
		}
		if done {
			return nil
		}
	}
}
