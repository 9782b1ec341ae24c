#!/usr/bin/env node
// Compiles contracts/src with solc-js (standard JSON) and writes deterministic artifacts
//   <outdir>/<ContractName>.json = {"contractName","abi","bytecode","deployedBytecode"}
//   plus "immutableReferences": the byte ranges [{start, length}] of deployedBytecode that the constructor fills
//   with immutables, so a deployment's runtime code can be checked against the artifact (keeper deploy verify).
// Usage: node scripts/compile-contracts.js [OUTDIR]   (default: contracts/artifacts)
// Compiler settings must stay identical to contracts/foundry.toml (cancun, optimizer 200 runs).
// Protocols deployed as they are (PROTOCOL_BUILDS: Morpho Blue, Aave v3) are compiled apart, from node_modules, with the
// solc-js their pragma pins and at their own project's settings, so their bytecode is the protocol's own; the forge
// tests deploy them from these artifacts (vm.deployCode), as forge itself builds with one compiler.
// Source unit names are relative ("src/Vault.sol", "@openzeppelin/contracts/..."), so the metadata
// hash and bytecode do not depend on where the repository is checked out.
'use strict';
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..');
const contractsDir = path.join(repoRoot, 'contracts');
const nodeModules = path.join(repoRoot, 'node_modules');
const solc = require(path.join(nodeModules, 'solc'));

// The one list of contracts that get artifacts (and, through generate.sh, Go bindings). Contracts are
// looked up in src/ first; a name absent from src/ may come from a library (OpenZeppelin's
// TimelockController is governance's timelock) as long as exactly one compiled unit defines it.
const ARTIFACTS = [
  'Vault',
  'ISource',
  'AaveV3Adapter',
  'CompoundV3Adapter',
  'ERC4626Adapter',
  'MorphoBlueAdapter',
  'MetaMorphoAdapter',
  'LendingPool',
  'AToken',
  'Comet',
  'Mock4626',
  'MockStablecoin',
  'KinkedIrm',
  'OracleMock',
  'TimelockController',
  'ConfigRegistry',
];

// Protocol contracts compiled at their own settings (each build is a separate solc-js run): the npm package of
// the compiler, the source units, the settings from the protocol's own foundry.toml, the contracts given
// artifacts. Morpho Blue 1.0.0 pins `pragma solidity 0.8.19`; its foundry.toml builds with via-IR, 999,999
// optimizer runs, EVM paris and no metadata hash.
const PROTOCOL_BUILDS = [
  {
    compiler: 'solc-0.8.19',
    units: ['@morpho-org/morpho-blue/src/Morpho.sol'],
    settings: { evmVersion: 'paris', viaIR: true, optimizer: { enabled: true, runs: 999999 }, metadata: { bytecodeHash: 'none' } },
    artifacts: ['Morpho'],
  },
  // Aave v3 core 1.19.3 (Aave v3.0.2): its sources pin `pragma solidity ^0.8.0` / `^0.8.10` and the package's own
  // build (its artifacts/build-info) used solc 0.8.10, 100,000 optimizer runs and EVM london. The artifacts are
  // prefixed Aave (AavePool, AaveAToken, ...) beside the local port's LendingPool and AToken. Pool links the logic
  // libraries (FlashLoanLogic links BorrowLogic, PoolConfigurator links ConfiguratorLogic): those artifacts keep
  // solc's `__$...$__` placeholders in their creation bytecode and list them under "linkReferences"; the tests
  // deploy the libraries and link at deployment (contracts/test/utils/AaveV3Setup.sol). PriceOracle is the
  // package's mock oracle (a settable price per asset).
  {
    compiler: 'solc-0.8.10',
    units: [
      '@aave/core-v3/contracts/protocol/configuration/PoolAddressesProvider.sol',
      '@aave/core-v3/contracts/protocol/configuration/ACLManager.sol',
      '@aave/core-v3/contracts/protocol/pool/Pool.sol',
      '@aave/core-v3/contracts/protocol/pool/PoolConfigurator.sol',
      '@aave/core-v3/contracts/protocol/pool/DefaultReserveInterestRateStrategy.sol',
      '@aave/core-v3/contracts/protocol/tokenization/AToken.sol',
      '@aave/core-v3/contracts/protocol/tokenization/VariableDebtToken.sol',
      '@aave/core-v3/contracts/protocol/tokenization/StableDebtToken.sol',
      '@aave/core-v3/contracts/mocks/oracle/PriceOracle.sol',
    ],
    settings: { evmVersion: 'london', optimizer: { enabled: true, runs: 100000 } },
    prefix: 'Aave',
    // The package ships its own build (hardhat artifacts): each runtime code built here must equal the shipped one
    // but for the metadata hash and the libraries' link placeholders (which name the source units differently).
    shipped: { package: '@aave/core-v3/', artifacts: '@aave/core-v3/artifacts/' },
    artifacts: [
      'PoolAddressesProvider',
      'ACLManager',
      'Pool',
      'PoolConfigurator',
      'DefaultReserveInterestRateStrategy',
      'AToken',
      'VariableDebtToken',
      'StableDebtToken',
      'PriceOracle',
      'BorrowLogic',
      'BridgeLogic',
      'EModeLogic',
      'FlashLoanLogic',
      'LiquidationLogic',
      'PoolLogic',
      'SupplyLogic',
      'ConfiguratorLogic',
    ],
  },
];

const outDir = path.resolve(process.argv[2] || path.join(contractsDir, 'artifacts'));

function listSol(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSol(p));
    else if (entry.isFile() && entry.name.endsWith('.sol')) out.push(p);
  }
  return out;
}

const toUnit = (abs) => path.relative(contractsDir, abs).split(path.sep).join('/');
const files = listSol(path.join(contractsDir, 'src')).map(toUnit).sort();

// Library contracts deployed as they are (governance's timelock; Morpho Blue's OracleMock, the embedded chain's
// Morpho markets' oracle), compiled alongside src/.
const LIBRARY_UNITS = [
  '@openzeppelin/contracts/governance/TimelockController.sol',
  '@morpho-org/morpho-blue/src/mocks/OracleMock.sol',
];

const sources = {};
for (const unit of files) {
  sources[unit] = { content: fs.readFileSync(path.join(contractsDir, unit), 'utf8') };
}
for (const unit of LIBRARY_UNITS) {
  sources[unit] = { content: fs.readFileSync(path.join(nodeModules, unit), 'utf8') };
}

function findImports(unit) {
  const candidates = unit.startsWith('@') ? [path.join(nodeModules, unit)] : [path.join(contractsDir, unit), path.join(nodeModules, unit)];
  for (const c of candidates) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'File not found: ' + unit };
}

const OUTPUT_SELECTION = {
  '*': {
    '*': [
      'abi',
      'evm.bytecode.object',
      'evm.bytecode.linkReferences',
      'evm.deployedBytecode.object',
      'evm.deployedBytecode.immutableReferences',
    ],
  },
};

const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'ipfs' },
    outputSelection: OUTPUT_SELECTION,
  },
};

// Compiles a standard-JSON input with the given solc-js; prints errors (and warnings in src/) and exits on an error.
function compileWith(compiler, stdInput) {
  const output = JSON.parse(compiler.compile(JSON.stringify(stdInput), { import: findImports }));
  const errors = (output.errors || []).filter((e) => e.severity === 'error');
  for (const e of output.errors || []) {
    if (e.severity !== 'error' && !/^src\//.test((e.sourceLocation || {}).file || '')) continue;
    process.stderr.write((e.formattedMessage || e.message) + '\n');
  }
  if (errors.length > 0) {
    process.stderr.write(`compile-contracts: ${errors.length} compile error(s)\n`);
    process.exit(1);
  }
  return output;
}

const output = compileWith(solc, input);
const protocolOutputs = PROTOCOL_BUILDS.map((b) => {
  const compiler = require(path.join(nodeModules, b.compiler));
  const bSources = {};
  for (const unit of b.units) bSources[unit] = { content: fs.readFileSync(path.join(nodeModules, unit), 'utf8') };
  return compileWith(compiler, {
    language: 'Solidity',
    sources: bSources,
    settings: Object.assign({}, b.settings, { outputSelection: OUTPUT_SELECTION }),
  });
});

fs.mkdirSync(outDir, { recursive: true });
// Artifacts of contracts that left the list must not linger.
for (const f of fs.readdirSync(outDir)) if (f.endsWith('.json')) fs.unlinkSync(path.join(outDir, f));
const jobs = ARTIFACTS.map((name) => ({ name, out: output })).concat(
  PROTOCOL_BUILDS.flatMap((b, i) =>
    b.artifacts.map((contract) => ({ name: (b.prefix || '') + contract, contract, out: protocolOutputs[i], shipped: b.shipped })),
  ),
);

// Runtime code with every CBOR metadata block (solc's default: the ipfs hash and the compiler version; a contract
// that creates another embeds that one's too, as PoolAddressesProvider does its proxy) and every link placeholder
// blanked.
function comparableRuntime(hex) {
  return hex
    .replace(/^0x/, '')
    .replace(/__\$[0-9a-f]{34}\$__/g, '0'.repeat(40))
    .replace(/a2646970667358221220[0-9a-f]{64}64736f6c6343[0-9a-f]{6}0033/g, '');
}

// Fails unless the contract built from `unit` has the runtime code of the package's shipped artifact.
function checkShipped(name, unit, contract, compiled, shipped) {
  if (!unit.startsWith(shipped.package)) return;
  const file = path.join(nodeModules, shipped.artifacts, unit.slice(shipped.package.length), contract + '.json');
  const theirs = JSON.parse(fs.readFileSync(file, 'utf8')).deployedBytecode;
  if (comparableRuntime(theirs) !== comparableRuntime(compiled)) {
    process.stderr.write(`compile-contracts: ${name}'s runtime code differs from the package's own build (${file})\n`);
    process.exit(1);
  }
}

for (const { name, contract = name, out, shipped } of jobs) {
  const units = Object.keys(out.contracts || {}).sort().filter((u) => out.contracts[u][contract]);
  const inSrc = units.filter((u) => u.startsWith('src/'));
  const found = (inSrc.length > 0 ? inSrc : units).map((u) => out.contracts[u][contract]);
  if (found.length !== 1) {
    process.stderr.write(`compile-contracts: expected exactly one contract named ${name}, found ${found.length}\n`);
    process.exit(1);
  }
  const c = found[0];
  if (shipped) checkShipped(name, units[0], contract, '0x' + c.evm.deployedBytecode.object, shipped);
  const artifact = {
    contractName: name,
    abi: c.abi,
    bytecode: '0x' + c.evm.bytecode.object,
    deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    immutableReferences: Object.values(c.evm.deployedBytecode.immutableReferences || {})
      .flat()
      .map((r) => ({ start: r.start, length: r.length }))
      .sort((a, b) => a.start - b.start),
  };
  // Libraries to link (Aave's Pool): solc's linkReferences, {source unit: {library: [{start, length}]}}, byte
  // offsets of the placeholders in the creation bytecode. Absent when there are none.
  const links = c.evm.bytecode.linkReferences || {};
  if (Object.keys(links).length > 0) artifact.linkReferences = links;
  fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
}
process.stdout.write(`compile-contracts: wrote ${jobs.length} artifacts to ${path.relative(process.cwd(), outDir) || '.'}\n`);
