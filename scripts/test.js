#!/usr/bin/env node
// Runs every jest suite on SQLite, then again on MariaDB/MySQL when MYSQL_URL is set,
// and ends with one line "tests: N passed, N failed" over both runs.
'use strict';
const { spawnSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const extraArgs = process.argv.slice(2);
const runs = [{ label: 'SQLite', db: 'sqlite' }];
if (process.env.MYSQL_URL) runs.push({ label: 'MariaDB', db: 'mysql' });
else console.log('MYSQL_URL is not set: the suites run on SQLite only.');

mkdirSync(path.join(root, '.data'), { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
let exitCode = 0;
for (const run of runs) {
  const report = path.join(root, '.data', `jest-${run.db}.json`);
  rmSync(report, { force: true });
  console.log(`\n=== ${run.label} ===`);
  const result = spawnSync(process.execPath, [jest, '--json', `--outputFile=${report}`, ...extraArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, EGOB_TEST_DB: run.db },
  });
  let counts;
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`${run.label}: jest wrote no report (exit ${result.status})`);
    exitCode = 1;
    failed += 1;
    continue;
  }
  console.log(`${run.label}: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${counts.numPendingTests} skipped`);
  passed += counts.numPassedTests;
  failed += counts.numFailedTests + counts.numRuntimeErrorTestSuites;
  skipped += counts.numPendingTests;
  if (result.status !== 0) exitCode = result.status || 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(exitCode || (failed > 0 ? 1 : 0));
