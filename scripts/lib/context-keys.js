'use strict';
// The gateway's context-token key pair for a local run: made once under .data/keys/.
const { generateKeyPairSync } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** Returns { privateKeyPem, publicKeyPem }, creating them under `dir` on first use. */
function ensureContextKeys(dir) {
  const privateFile = path.join(dir, 'context-token.key');
  const publicFile = path.join(dir, 'context-token.pub');
  if (!existsSync(privateFile) || !existsSync(publicFile)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(privateFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return { privateKeyPem: readFileSync(privateFile, 'utf8'), publicKeyPem: readFileSync(publicFile, 'utf8') };
}

module.exports = { ensureContextKeys };
