#!/usr/bin/env node
// `npm run token [-- <CI>]`: logs a demo person in through identity's real OAuth flow (on a
// running `npm start`) and prints a header to paste in the explorer's "Headers" tab.
'use strict';
const path = require('node:path');
const { root } = require('./lib/services');
const { login, DEMO_LOGINS } = require(path.join(root, 'libs/test-kit/dist'));

const ci = process.argv[2] ?? DEMO_LOGINS.citizen;
login(process.env.IDENTITY_URL ?? 'http://127.0.0.1:4100', ci).then(
  (token) => console.log(JSON.stringify({ Authorization: `Bearer ${token}` })),
  (error) => {
    console.error(`No se pudo iniciar sesión como ${ci}: ${error.message}`);
    process.exit(1);
  },
);
