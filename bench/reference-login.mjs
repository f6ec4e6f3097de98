// SPDX-License-Identifier: MIT
// The reference client (@vk-io/authorization, from the fidelity test's npm cache) doing what
// "vkauth-cli login direct --no-save" does: one direct sign-in with the android app, the password on
// stdin, over TLS to bench/run's terminator (every VK host is sent there; its certificate is trusted
// only here). Exits 0 when a token came back.
//   node reference-login.mjs MODULES_DIR TLS_PORT CA_FILE LOGIN < password
import fs from 'node:fs';
import https from 'node:https';
import { createRequire } from 'node:module';
import path from 'node:path';
import tls from 'node:tls';

const [modules, port, caFile, login] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modules), 'bench-runner.js'));
const { DirectAuthorization, officialAppCredentials } = require('@vk-io/authorization');
const { CallbackService } = require('vk-io');
const ca = fs.readFileSync(caFile);

class LoopbackAgent extends https.Agent {
    createConnection(options) {
        const host = options.servername || options.host;
        if (!/(^|\.)vk\.com$/.test(host)) throw new Error(`refusing to connect to ${host}`);
        return tls.connect({ host: '127.0.0.1', port: Number(port), servername: host, ca });
    }
}

const password = fs.readFileSync(0, 'utf8').split('\n')[0];
const direct = new DirectAuthorization({
    callbackService: new CallbackService(), ...officialAppCredentials.android, login, password,
    scope: 'all', apiVersion: '5.199', agent: new LoopbackAgent({ keepAlive: false }), timeout: 5000,
});
direct.run().then((r) => process.exit(r.token ? 0 : 1), (e) => { console.error(e.message); process.exit(1); });
