'use strict';
// Preloaded into every gateway under test (NODE_OPTIONS=--require): refuses any TCP
// connection or DNS lookup that leaves the machine and appends it as one JSON line to
// EGOB_BENCH_OUTBOUND_LOG, which the rig reports. The rig's gateways must not phone home.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');

const file = process.env.EGOB_BENCH_OUTBOUND_LOG;
const LOCAL = new Set(['127.0.0.1', '::1', 'localhost', '::ffff:127.0.0.1']);
const record = (entry) => {
  if (file) fs.appendFileSync(file, `${JSON.stringify({ pid: process.pid, ...entry })}\n`);
};

function hostOf(args) {
  const [first, second] = args;
  if (Array.isArray(first)) return hostOf(first);
  if (first !== null && typeof first === 'object') return first.path !== undefined ? null : (first.host ?? 'localhost');
  if (typeof first === 'string' && !/^\d+$/.test(first)) return null; // a Unix socket path
  return typeof second === 'string' ? second : 'localhost';
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const host = hostOf(args);
  if (host !== null && !LOCAL.has(host)) {
    record({ kind: 'tcp', host });
    process.nextTick(() => this.destroy(new Error(`bench outbound guard: connection to ${host} refused`)));
    return this;
  }
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, ...rest) {
  if (!LOCAL.has(String(hostname))) record({ kind: 'dns', host: String(hostname) });
  return lookup.call(this, hostname, ...rest);
};
