#!/usr/bin/env node
// Renders the README's gas table from contracts/snapshots/GasBenchAave{3,10}Sources.json (sources on real Aave v3
// markets) and GasBench{3,10}Sources.json (on the local port, LendingPool), written by `make gas`, and either rewrites README.md between the gas-table markers or, with --check, exits 1
// when README.md's table differs from the snapshots.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const readme = path.join(root, 'README.md');
const snap = (n) => JSON.parse(fs.readFileSync(path.join(root, 'contracts', 'snapshots', `GasBench${n}Sources.json`), 'utf8'));
const s3 = snap(3);
const s10 = snap(10);
const a3 = snap('Aave3');
const a10 = snap('Aave10');
const s4626 = JSON.parse(fs.readFileSync(path.join(root, 'contracts', 'snapshots', 'GasBenchERC4626.json'), 'utf8'));
const sMorpho = JSON.parse(fs.readFileSync(path.join(root, 'contracts', 'snapshots', 'GasBenchMorpho.json'), 'utf8'));

const rows = [
  ['`deposit`, depositor\'s first', 'deposit_first'],
  ['`deposit`, depositor already holds shares', 'deposit_subsequent'],
  ['`withdraw` served from idle', 'withdraw_idle'],
  ['`redeem` served from idle', 'redeem_idle'],
  ['`withdraw` pulling from 1 source', 'withdraw_1_source'],
  ['`withdraw` pulling from 3 sources', 'withdraw_3_sources'],
  ['`rebalance` moving 1 source (idle → 1)', 'rebalance_1_source'],
  ['`rebalance` moving 3 sources (1 → 2)', 'rebalance_3_sources'],
  ['`rebalance` moving 10 sources (5 → 5)', 'rebalance_10_sources'],
];
const fmt = (v) => (v === undefined ? '' : Number(v).toLocaleString('en-US'));
const table = [
  '| operation | 3 sources, Aave v3 | 10 sources, Aave v3 | 3 sources, port | 10 sources, port |',
  '| --- | ---: | ---: | ---: | ---: |',
]
  .concat(
    rows.map(([label, key]) => `| ${label} | ${fmt(a3[key])} | ${fmt(a10[key])} | ${fmt(s3[key])} | ${fmt(s10[key])} |`),
  )
  .join('\n');
// Marginal cost of a source, from the 3- and 10-source vaults on real Aave (7 more sources).
const perSource = (key) => Math.round((Number(a10[key]) - Number(a3[key])) / 7 / 100) * 100;
const marginal =
  `\nOn real Aave v3, each further source adds about ${fmt(perSource('deposit_subsequent'))} gas to a deposit and ` +
  `${fmt(perSource('withdraw_idle'))} to a withdrawal served from idle.`;

// Issue 15's side-by-side scenario (GasBenchERC4626): the vault over three ERC4626Adapters on plain OpenZeppelin
// ERC-4626 vaults, and (GasBenchMorpho) over three MorphoBlueAdapters on markets of the real Morpho Blue, next to
// MetaMorpho v1.0 over three Morpho Blue markets as the audit measured it.
const comparison = [
  '',
  'Against MetaMorpho (issue 15): three places holding a third of 1,000,000 each, nothing idle, a day of',
  'interest accrued. The vault\'s sources are `ERC4626Adapter`s over plain OpenZeppelin ERC-4626 vaults (no',
  'lending protocol behind them: the vault\'s and adapters\' overhead alone); the MetaMorpho figures are the',
  'audit\'s measurements (MetaMorpho v1.0 over three Morpho Blue markets, same method), not re-measured here.',
  'The third column is the vault doing the same over `MorphoBlueAdapter`s on three markets of the real Morpho',
  'Blue (1.0.0, npm; each market also has another lender and a borrower at 50% utilisation): the same places',
  'MetaMorpho allocates to, so Morpho\'s own work is in both (the audit\'s markets may have been in another state).',
  '',
  '| operation | vault, 3 × ERC-4626 | MetaMorpho v1.0 (audit) | vault, 3 × Morpho Blue market |',
  '| --- | ---: | ---: | ---: |',
  `| \`rebalance\` moving 10% of total assets (A → B, C) | ${fmt(s4626.rebalance_3_erc4626_10pct)} | 226,850 (\`reallocate\`) | ${fmt(sMorpho.rebalance_3_morpho_10pct)} |`,
  `| \`withdraw\` across all three places | ${fmt(s4626.withdraw_3_erc4626)} | 329,111 | ${fmt(sMorpho.withdraw_3_morpho)} |`,
].join('\n');

const START = '<!-- gas-table:start (make gas rewrites this table) -->';
const END = '<!-- gas-table:end -->';
const text = fs.readFileSync(readme, 'utf8');
const i = text.indexOf(START);
const j = text.indexOf(END);
if (i < 0 || j < i) {
  process.stderr.write('gas-table: README.md lacks the gas-table markers\n');
  process.exit(1);
}
const updated = text.slice(0, i + START.length) + '\n' + table + '\n' + marginal + '\n' + comparison + '\n' + text.slice(j);
if (process.argv.includes('--check')) {
  if (updated !== text) {
    process.stderr.write('gas-table: README.md gas table is stale: run `make gas` and commit README.md\n');
    process.exit(1);
  }
  process.stdout.write('gas-table: README.md is up to date\n');
} else {
  fs.writeFileSync(readme, updated);
  process.stdout.write('gas-table: README.md updated\n');
}
