'use strict';
// Preloaded with NODE_OPTIONS=--require by test/outbound-connections.test.ts: appends
// every outbound destination of this process (TCP and TLS connects, DNS lookups, UDP
// sends) as one JSON line to the file named by EGOB_CONNECTION_LOG.
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const dgram = require('node:dgram');

const file = process.env.EGOB_CONNECTION_LOG;
if (!file) throw new Error('record-connections: EGOB_CONNECTION_LOG is not set');
const record = (entry) => fs.appendFileSync(file, `${JSON.stringify(entry)}\n`);

/** Returns the options object of the many call shapes of socket.connect(). */
function connectOptions(args) {
  const [first, second] = args;
  // net.connect() passes its normalized arguments as one array.
  if (Array.isArray(first)) return connectOptions(first);
  if (first !== null && typeof first === 'object') return first;
  if (typeof first === 'string' && !/^\d+$/.test(first)) return { path: first };
  return { port: first, host: typeof second === 'string' ? second : undefined };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordedConnect(...args) {
  const options = connectOptions(args);
  if (typeof options.path === 'string') record({ kind: 'ipc', path: options.path });
  else if (options.port !== undefined || options.host !== undefined) {
    record({ kind: 'tcp', host: options.host ?? 'localhost', port: Number(options.port) });
  } else record({ kind: 'unknown', options: Object.keys(options) });
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function recordedLookup(hostname, ...rest) {
  record({ kind: 'dns', host: String(hostname) });
  return lookup.call(this, hostname, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function recordedPromisesLookup(hostname, ...rest) {
  record({ kind: 'dns', host: String(hostname) });
  return promisesLookup.call(this, hostname, ...rest);
};

const send = dgram.Socket.prototype.send;
dgram.Socket.prototype.send = function recordedSend(...args) {
  const port = args.find((arg, index) => index > 0 && typeof arg === 'number' && arg > 0);
  const host = args.find((arg, index) => index > 0 && typeof arg === 'string');
  record({ kind: 'udp', host: host ?? 'localhost', port: port ?? null });
  return send.apply(this, args);
};
