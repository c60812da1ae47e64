'use strict';
// Gives each owning entity of a local run a fresh publish key: registers the owner,
// creates a key and revokes the one made at the previous start.
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

async function call(registryUrl, adminKey, method, route, body) {
  const response = await fetch(`${registryUrl}${route}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

/** Returns { [owner]: publishKey } for the given owners. */
async function rotatePublishKeys(registryUrl, adminKey, owners, keyDir) {
  const keys = {};
  for (const owner of new Set(owners)) {
    const registered = await call(registryUrl, adminKey, 'POST', '/owners', { code: owner, name: owner });
    if (registered.status !== 201 && registered.status !== 409) throw new Error(`registering owner ${owner}: HTTP ${registered.status}`);
    const created = await call(registryUrl, adminKey, 'POST', '/keys', { owner, description: 'npm start (local)' });
    if (created.status !== 201) throw new Error(`creating a publish key for ${owner}: HTTP ${created.status}`);
    const idFile = path.join(keyDir, `publish-${owner}.id`);
    if (existsSync(idFile)) await call(registryUrl, adminKey, 'DELETE', `/keys/${readFileSync(idFile, 'utf8').trim()}`);
    writeFileSync(idFile, String(created.body.id), { mode: 0o600 });
    keys[owner] = created.body.key;
  }
  return keys;
}

module.exports = { rotatePublishKeys };
