#!/usr/bin/env node
// Interop test: Huawei Cloud's official Node.js SDK core (@huaweicloud/huaweicloud-sdk-core,
// pinned by package-lock.json) lists and deletes against a running sms-sandbox with its own
// signer. It proves the sandbox's verifier, and so the client it accepts, speaks the real protocol.
//
//   node interop.js <path/to/sms-sandbox> [<npm dir holding node_modules>]
//
// The npm dir is SMS_INTEROP_NPM_DIR or SMS_NPM_CACHE, else the second argument (baked in by CMake), else
// ${XDG_CACHE_HOME:-$HOME/.cache}/sms-task-manager/npm. Missing packages fail the test: run
// tests/interop/install.sh first.
'use strict';

const assert = require('assert');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const sandboxBinary = process.argv[2];
const npmDir = process.env.SMS_INTEROP_NPM_DIR || process.env.SMS_NPM_CACHE || process.argv[3]
    || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'sms-task-manager', 'npm');

function fail(message) {
    console.error(`interop: FAIL: ${message}`);
    process.exit(1);
}

if (!sandboxBinary || !fs.existsSync(sandboxBinary))
    fail(`sms-sandbox not found at '${sandboxBinary}'`);
const corePath = path.join(npmDir, 'node_modules', '@huaweicloud', 'huaweicloud-sdk-core');
if (!fs.existsSync(path.join(corePath, 'package.json')))
    fail(`${corePath} is missing: run tests/interop/install.sh (it installs the pinned packages into ${npmDir})`);
const version = JSON.parse(fs.readFileSync(path.join(corePath, 'package.json'), 'utf8')).version;
if (version !== '3.1.211')
    fail(`expected @huaweicloud/huaweicloud-sdk-core 3.1.211, found ${version}: re-run tests/interop/install.sh`);

// The SDK writes an application id under $HOME: keep it out of the real home.
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-interop-home-'));
process.env.HOME = home;
process.on('exit', () => fs.rmSync(home, { recursive: true, force: true }));
const core = require(corePath);
const { ClientBuilder } = require(path.join(corePath, 'ClientBuilder'));
const { BasicCredentials, GlobalCredentials, Region } = core;

const AK = 'INTEROPAK00000000001';
const SK = 'interop-secret-key-000000000000000000000';
const TEMP_AK = 'INTEROPTEMPAK0000001';
const TEMP_SK = 'interop-temporary-secret-000000000000000';
const SECURITY_TOKEN = 'gQpjbi1ub3J0aC00INTEROP-TOKEN+/=';
const PROJECT = '0b7d5f4c3a2e4d1f9e8c7b6a5d4c3b2a';
const DOMAIN = '5a9d3c1e2b4f47a8b6c0d1e2f3a4b5c6';
const REGION = 'cn-north-4';

function startSandbox() {
    return new Promise((resolve, reject) => {
        const child = spawn(sandboxBinary, ['--tasks', '150', '--seed', '11', '--ak', AK, '--sk', SK,
            '--temp-ak', TEMP_AK, '--temp-sk', TEMP_SK, '--security-token', SECURITY_TOKEN,
            '--project-id', PROJECT, '--domain-id', DOMAIN, '--region', REGION],
        { stdio: ['ignore', 'pipe', 'inherit'] });
        let buffer = '';
        const timer = setTimeout(() => reject(new Error('sms-sandbox did not print its URL')), 30000);
        child.stdout.on('data', (chunk) => {
            buffer += chunk.toString();
            const line = buffer.split('\n')[0];
            const m = /^sms-sandbox listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(line);
            if (buffer.includes('\n')) {
                clearTimeout(timer);
                if (m)
                    resolve({ child, url: m[1] });
                else
                    reject(new Error(`unexpected first line: ${line}`));
            }
        });
        child.on('exit', (code) => reject(new Error(`sms-sandbox exited early with ${code}`)));
    });
}

function clientFor(url, credential, region) {
    const builder = new ClientBuilder((hc) => hc, 'BasicCredentials,GlobalCredentials').withCredential(credential);
    if (region)
        builder.withRegion(region);
    else
        builder.withEndpoint(url);
    return builder.build();
}

// The request options the generated SMS client builds (services/sms/v3/SmsClient.ts).
function call(hc, method, url, { query = {}, pathParams = {}, data } = {}) {
    const options = { method, url, contentType: 'application/json', queryParams: query, pathParams, headers: {} };
    if (data !== undefined)
        options.data = data;
    return hc.sendRequest(options);
}

async function expectError(promise, status, code) {
    try {
        await promise;
    } catch (e) {
        assert.strictEqual(e.httpStatusCode ?? e.status, status, `status of ${JSON.stringify(e)}`);
        if (code)
            assert.strictEqual(e.errorCode, code);
        return e;
    }
    assert.fail(`expected HTTP ${status}`);
}

function journal(url) {
    return new Promise((resolve, reject) => {
        http.get(`${url}/_sandbox/journal`, (res) => {
            let body = '';
            res.on('data', (c) => { body += c; });
            res.on('end', () => resolve(JSON.parse(body)));
        }).on('error', reject);
    });
}

async function main() {
    const { child, url } = await startSandbox();
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
        const basic = new BasicCredentials().withAk(AK).withSk(SK).withProjectId(PROJECT);
        const hc = clientFor(url, basic);

        // 1. List every task, page by page.
        const tasks = [];
        for (let offset = 0; ; offset += 40) {
            const page = await call(hc, 'GET', '/v3/tasks', { query: { limit: 40, offset } });
            assert.strictEqual(page.httpStatusCode, 200);
            tasks.push(...page.tasks);
            if (page.tasks.length === 0 || offset + 40 >= page.count)
                break;
        }
        assert.strictEqual(tasks.length, 150);
        assert.strictEqual(new Set(tasks.map((t) => t.id)).size, 150);
        console.log(`listed ${tasks.length} tasks`);

        // 2. A query that needs encoding: the SDK sends '(prod)*' raw and signs it encoded.
        const named = await call(hc, 'GET', '/v3/tasks', { query: { name: 'web server #1 (prod)*' } });
        assert.strictEqual(named.count, 1);
        assert.strictEqual(named.tasks[0].name, 'web server #1 (prod)*');
        const sent = (await journal(url)).filter((e) => e.route === 'tasks').pop().query;
        console.log(`name query as received: ${sent}`);
        const cjk = await call(hc, 'GET', '/v3/tasks', { query: { name: '财务', limit: 200 } });
        assert.strictEqual(cjk.httpStatusCode, 200);
        console.log('encoded queries accepted');

        // 3. Sources, and the tasks whose Agent is disconnected (deletable under both wordings).
        const sources = await call(hc, 'GET', '/v3/sources', { query: { connected: 'false', limit: 0 } });
        assert.ok(sources.count > 0);
        const disconnected = new Set(sources.source_servers.map((s) => s.id));
        const deletable = tasks.filter((t) => disconnected.has(t.source_server.id) && t.state !== 'DELETING');
        assert.ok(deletable.length >= 4, `only ${deletable.length} deletable tasks`);

        // 4. Show one task (with `connected`), delete a batch and one task, confirm with 404.
        const shown = await call(hc, 'GET', '/v3/tasks/{task_id}', { pathParams: { task_id: deletable[0].id } });
        assert.strictEqual(shown.connected, false);
        const batch = deletable.slice(0, 3).map((t) => t.id);
        const deleted = await call(hc, 'POST', '/v3/tasks/delete', { data: { ids: batch } });
        assert.strictEqual(deleted.httpStatusCode, 200);
        const single = deletable[3].id;
        const deletedOne = await call(hc, 'DELETE', '/v3/tasks/{task_id}', { pathParams: { task_id: single } });
        assert.strictEqual(deletedOne.httpStatusCode, 200);
        for (const id of [...batch, single])
            await expectError(call(hc, 'GET', '/v3/tasks/{task_id}', { pathParams: { task_id: id } }), 404);
        const after = await call(hc, 'GET', '/v3/tasks', { query: { limit: 1 } });
        assert.strictEqual(after.count, 146);
        const entries = (await journal(url)).filter((e) => e.route === 'delete' || e.route === 'delete-one');
        assert.deepStrictEqual(entries.map((e) => e.ids_sent), [batch, [single]]);
        assert.deepStrictEqual(entries.map((e) => e.ids_deleted), [batch, [single]]);
        console.log('deleted 4 tasks');

        // 5. The verifier is not a pushover: a wrong SK is refused with the gateway's error.
        const wrong = clientFor(url, new BasicCredentials().withAk(AK).withSk('wrong').withProjectId(PROJECT));
        const e = await expectError(call(wrong, 'GET', '/v3/tasks'), 401, 'APIGW.0301');
        assert.ok(e.errorMsg.startsWith('Incorrect IAM authentication information: verify aksk signature fail'));

        // 6. GlobalCredentials (X-Domain-Id) and temporary credentials (X-Security-Token).
        const global = clientFor(url, new GlobalCredentials().withAk(AK).withSk(SK).withDomainId(DOMAIN));
        assert.strictEqual((await call(global, 'GET', '/v3/tasks', { query: { limit: 2, offset: 1 } })).httpStatusCode, 200);
        const temp = clientFor(url, new BasicCredentials().withAk(TEMP_AK).withSk(TEMP_SK)
            .withSecurityToken(SECURITY_TOKEN).withProjectId(PROJECT));
        assert.strictEqual((await call(temp, 'GET', '/v3/sources')).httpStatusCode, 200);

        // 7. Project discovery: no project id, a region, IAM at the sandbox (GET /v3/projects).
        const discovering = clientFor(url, new BasicCredentials().withAk(AK).withSk(SK).withIamEndpoint(url),
            new Region(REGION, url));
        assert.strictEqual((await call(discovering, 'GET', '/v3/tasks', { query: { limit: 1 } })).httpStatusCode, 200);
        const projectCalls = (await journal(url)).filter((e) => e.route === 'projects');
        assert.ok(projectCalls.length >= 1 && projectCalls.every((c) => c.status === 200), JSON.stringify(projectCalls));
        console.log('global, temporary and discovered-project credentials accepted');
    } finally {
        child.kill('SIGTERM');
    }
    const { code, signal } = await exited;
    assert.strictEqual(signal, null);
    assert.strictEqual(code, 0, 'sms-sandbox exits 0 on SIGTERM');
    console.log('interop: PASS');
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
