#!/usr/bin/env node
import { runCli } from './client/registry-cli';

// The bin entry: the only place the CLI touches the process.
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`egob-registry: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
