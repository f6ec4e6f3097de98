// Runs the reference client (@vk-io/authorization 1.4.1 on vk-io 4.10.1) against fakevk-server over
// TLS and checks its outcome for every scenario of scenarios.json (format: README.md).
//
// The reference client hard-codes https://oauth.vk.com etc. It gets an https.Agent whose every
// connection goes to a local TLS terminator (a self-signed *.vk.com certificate made here with
// openssl, trusted only by this agent) that pipes to the fake's plain port. The fake runs with
// --public-domain vk.com so the URLs it writes are https://oauth.vk.com/..., https://m.vk.com/...
// Nothing leaves the machine: the agent refuses any host outside vk.com.
//
// usage: node reference-runner.mjs --server PATH --modules NODE_MODULES --scenarios FILE [--only NAME] [--verbose]

import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import tls from 'node:tls';

const args = Object.create(null);
for (let i = 2; i < process.argv.length; ++i) {
    const key = process.argv[i].replace(/^--/, '');
    const next = process.argv[i + 1];
    if (next === undefined || next.startsWith('--')) {
        args[key] = true;
    } else {
        args[key] = next;
        ++i;
    }
}
for (const required of ['server', 'modules', 'scenarios']) {
    if (!args[required]) {
        console.error(`missing --${required}`);
        process.exit(2);
    }
}

const require = createRequire(path.join(path.resolve(args.modules), 'fidelity-runner.js'));
const {
    DirectAuthorization, AccountVerification, ImplicitFlowUser, ImplicitFlowGroups, AuthErrorCode, officialAppCredentials,
} = require('@vk-io/authorization');
const { CallbackService } = require('vk-io');
const versionOf = (name) => JSON.parse(fs.readFileSync(path.join(args.modules, name, 'package.json'), 'utf8')).version;
const versions = { authorization: versionOf('@vk-io/authorization'), vkIo: versionOf('vk-io') };

const SCENARIO_TIMEOUT_MS = 20000;
const cleanups = [];
const cleanup = () => { while (cleanups.length) { try { cleanups.pop()(); } catch { /* best effort */ } } };
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { cleanup(); process.exit(130); });

function makeCertificate() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vkauth-fidelity-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
        '-days', '1', '-subj', '/CN=vk.com', '-addext', 'subjectAltName=DNS:vk.com,DNS:*.vk.com'], { stdio: 'ignore' });
    return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

function startFake() {
    return new Promise((resolve, reject) => {
        const child = spawn(args.server, ['--port', '0', '--public-domain', 'vk.com', '--control'],
            { stdio: ['ignore', 'pipe', 'inherit'] });
        cleanups.push(() => child.kill());
        child.on('error', reject);
        child.on('exit', (code) => reject(new Error(`fakevk-server exited (${code})`)));
        readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(new URL(line.trim())));
    });
}

function startTerminator(credentials, fakePort) {
    return new Promise((resolve) => {
        const server = tls.createServer(credentials, (client) => {
            const upstream = net.connect(fakePort, '127.0.0.1');
            client.on('error', () => upstream.destroy());
            upstream.on('error', () => client.destroy());
            client.pipe(upstream).pipe(client);
        });
        server.listen(0, '127.0.0.1', () => resolve(server.address().port));
        cleanups.push(() => server.close());
    });
}

// Every VK host goes to the terminator; the certificate is checked against the host's name.
class LoopbackAgent extends https.Agent {
    constructor(port, ca) {
        super({ keepAlive: false });
        this.loopbackPort = port;
        this.ca = ca;
        this.hosts = new Set();
    }

    createConnection(options) {
        const host = options.servername || options.host;
        if (!/(^|\.)vk\.com$/.test(host)) throw new Error(`refusing to connect to ${host}`);
        this.hosts.add(host);
        return tls.connect({ host: '127.0.0.1', port: this.loopbackPort, servername: host, ca: this.ca });
    }
}

async function control(base, pathname, body) {
    const response = await fetch(new URL(pathname, base), body === undefined
        ? { method: 'GET' }
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json();
    if (!response.ok) throw new Error(`${pathname}: ${JSON.stringify(json)}`);
    return json;
}

function appCredentials(input) {
    if (input.app === 'custom') return { clientId: input.clientId, clientSecret: input.clientSecret };
    const app = officialAppCredentials[input.app];
    if (!app) throw new Error(`unknown app ${input.app}`);
    return app;
}

// The redirect_uri /token hands out for this input (need_validation without validation_type).
function tokenRedirect(agent, input) {
    const app = appCredentials(input);
    const params = new URLSearchParams({
        grant_type: 'password', client_id: app.clientId, client_secret: app.clientSecret,
        username: String(input.login || input.phone), password: input.password, scope: String(input.scope),
        v: '5.199', '2fa_supported': '1',
    });
    return new Promise((resolve, reject) => {
        https.get(`https://oauth.vk.com/token?${params}`, { agent }, (response) => {
            let text = '';
            response.on('data', (chunk) => { text += chunk; });
            response.on('end', () => {
                const json = JSON.parse(text);
                if (!json.redirect_uri) reject(new Error(`no redirect_uri in ${text}`));
                else resolve(json.redirect_uri);
            });
        }).on('error', reject);
    });
}

class NoMoreAnswers extends Error {}

function answering(list, substitutions) {
    const queue = (list || []).map((a) => substitutions[a] ?? a);
    const handler = (payload, retry) => {
        handler.asked += 1;
        const answer = queue.shift();
        // The reference rejects the retry promise when it thinks the answer was wrong; that is its
        // business, not an error of the run.
        retry(answer === undefined ? new NoMoreAnswers('no answer left') : answer).catch(() => {});
    };
    handler.asked = 0;
    return handler;
}

async function runScenario(scenario, base, agent, info) {
    await control(base, '/_fakevk/reset', {});
    await control(base, '/_fakevk/accounts', scenario.account);
    const substitutions = { $CAPTCHA_KEY: info.captchaKey, $SUCCESS_TOKEN: info.notRobotSuccessToken };
    const callbackService = new CallbackService();
    const captcha = answering(scenario.answers?.captcha, substitutions);
    const code = answering(scenario.answers?.code, substitutions);
    callbackService.onCaptcha(captcha);
    callbackService.onTwoFactor(code);
    const input = scenario.input;

    let result;
    try {
        if (scenario.flow === 'direct') {
            const direct = new DirectAuthorization({
                callbackService, ...appCredentials(input), login: input.login, phone: input.phone,
                password: input.password, scope: input.scope, apiVersion: '5.199', agent, timeout: 5000,
            });
            const r = await direct.run();
            result = { user: r.user, token: r.token };
        } else if (scenario.flow === 'verification') {
            const redirectUri = scenario.redirect === 'start'
                ? (await control(base, '/_fakevk/verification',
                    { userId: scenario.account.userId, scope: Number(input.scope) || 0 })).redirect_uri
                : await tokenRedirect(agent, input);
            const verification = new AccountVerification({
                callbackService, login: input.login, phone: input.phone, agent, timeout: 5000,
            });
            const r = await verification.run(redirectUri);
            result = { user: r.userId, token: r.token };
        } else if (scenario.flow === 'implicit_user') {
            const flow = new ImplicitFlowUser({
                callbackService, clientId: input.clientId, login: input.login, phone: input.phone,
                password: input.password, scope: input.scope, apiVersion: '5.199', agent, timeout: 5000,
            });
            const r = await flow.run();
            result = { user: r.userId, token: r.token };
        } else if (scenario.flow === 'implicit_groups') {
            const flow = new ImplicitFlowGroups({
                callbackService, clientId: input.clientId, groupIds: input.groupIds, login: input.login,
                phone: input.phone, password: input.password, scope: input.scope, apiVersion: '5.199', agent, timeout: 5000,
            });
            const r = await flow.run();
            const got = r.groups.map((g) => g.groupId).sort((a, b) => a - b).join(',');
            const want = [...input.expectGroups].sort((a, b) => a - b).join(',');
            const tokensOk = r.groups.every((g) => typeof g.token === 'string' && g.token.startsWith('vk1.a.'));
            return { outcome: got === want && tokensOk ? 'ok' : `BAD_RESULT:${JSON.stringify(r)}`, captcha, code };
        } else {
            throw new Error(`unknown flow ${scenario.flow}`);
        }
    } catch (error) {
        if (error instanceof NoMoreAnswers) return { outcome: 'CANCELLED', captcha, code };
        if (typeof error?.code === 'string' && AuthErrorCode[error.code]) return { outcome: error.code, captcha, code, error };
        return { outcome: `EXCEPTION:${error?.name}`, captcha, code, error };
    }
    const ok = String(result.user) === String(scenario.account.userId) && typeof result.token === 'string'
        && result.token.startsWith('vk1.a.');
    return { outcome: ok ? 'ok' : `BAD_RESULT:${JSON.stringify(result)}`, captcha, code };
}

function withTimeout(promise, ms) {
    let timer;
    return Promise.race([promise, new Promise((resolve) => {
        timer = setTimeout(() => resolve({ outcome: 'TIMEOUT' }), ms);
    })]).finally(() => clearTimeout(timer));
}

async function main() {
    const { scenarios } = JSON.parse(fs.readFileSync(args.scenarios, 'utf8'));
    const credentials = makeCertificate();
    const base = await startFake();
    const tlsPort = await startTerminator(credentials, Number(base.port));
    const agent = new LoopbackAgent(tlsPort, credentials.cert);
    const info = await control(base, '/_fakevk/info');
    console.log(`reference client @vk-io/authorization ${versions.authorization}, vk-io ${versions.vkIo}; fake at ${base}`);

    let failures = 0;
    const selected = scenarios.filter((s) => !args.only || s.name === args.only);
    for (const scenario of selected) {
        const want = scenario.reference_known_wrong ? scenario.reference_outcome : scenario.expected;
        const got = await withTimeout(runScenario(scenario, base, agent, info), SCENARIO_TIMEOUT_MS);
        const pass = got.outcome === want;
        if (!pass) failures += 1;
        const note = scenario.reference_known_wrong ? ` (known wrong; product expects ${scenario.expected})` : '';
        console.log(`${pass ? 'PASS' : 'FAIL'}  ${scenario.name}: ${got.outcome}${pass ? '' : ` != ${want}`}${note}`);
        if ((!pass || args.verbose) && got.error) console.log(`      ${got.error.stack || got.error}`);
        if (args.verbose) console.log(`      asked captcha ${got.captcha?.asked}, code ${got.code?.asked}`);
    }
    const unexpected = [...agent.hosts].filter((h) => !['oauth.vk.com', 'm.vk.com', 'login.vk.com', 'api.vk.com', 'id.vk.com'].includes(h));
    if (unexpected.length) {
        console.log(`FAIL  the reference client reached unexpected hosts: ${unexpected.join(', ')}`);
        failures += 1;
    }
    console.log(`${selected.length - failures}/${selected.length} scenarios as expected; hosts used: ${[...agent.hosts].join(', ')}`);
    if (selected.length === 0) failures += 1;
    cleanup();
    process.exit(failures ? 1 : 0);
}

main().catch((error) => {
    console.error(error);
    cleanup();
    process.exit(1);
});
