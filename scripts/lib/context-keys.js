'use strict';
// Keys and secrets of a local run, made once under .data/keys/ (0600): the gateway's
// context-token key pair, the registry's signing key pair, admin and usage keys.
const { generateKeyPairSync, randomBytes } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** Returns an Ed25519 pair { privateKeyPem, publicKeyPem } named `name`, creating it under `dir` on first use. */
function ensureKeyPair(dir, name) {
  const privateFile = path.join(dir, `${name}.key`);
  const publicFile = path.join(dir, `${name}.pub`);
  if (!existsSync(privateFile) || !existsSync(publicFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(privateFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return { privateKeyPem: readFileSync(privateFile, 'utf8'), publicKeyPem: readFileSync(publicFile, 'utf8') };
}

/** Returns a random secret named `name` (hex), creating it under `dir` on first use. */
function ensureSecret(dir, name) {
  const file = path.join(dir, `${name}.secret`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Returns every key of a local run (`subgraphNames` get an audit ingestion key each;
 * `serviceClients`, OAuth client ids such as svc-health, get a client secret each).
 */
function ensureLocalKeys(dir, subgraphNames, serviceClients = []) {
  return {
    serviceSecrets: Object.fromEntries(serviceClients.map((clientId) => [clientId, ensureSecret(dir, `service-${clientId}`)])),
    auditIngestKeys: Object.fromEntries(subgraphNames.map((name) => [name, ensureSecret(dir, `audit-ingest-${name}`)])),
    context: ensureKeyPair(dir, 'context-token'),
    signing: ensureKeyPair(dir, 'registry-signing'),
    adminKey: ensureSecret(dir, 'registry-admin'),
    usageKey: ensureSecret(dir, 'registry-usage'),
  };
}

module.exports = { ensureLocalKeys };
