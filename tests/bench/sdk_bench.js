#!/usr/bin/env node
// What a script writer does with Huawei Cloud's official Node.js SDK core (pinned by
// tests/interop/package-lock.json): pages in sequence, chunks of 50 in sequence. sms-bench times
// this whole process against `sms-tasks` doing the same.
//
//   node sdk_bench.js <npm dir holding node_modules> <sandbox url> list
//   node sdk_bench.js <npm dir holding node_modules> <sandbox url> delete <file with one id per line>
//
// Credentials from HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK / HUAWEICLOUD_SDK_PROJECT_ID. Prints one
// JSON line with what it did; exits 1 when anything is not as expected.
'use strict';

const fs = require('fs');
const path = require('path');

const [npmDir, url, mode, idsFile] = process.argv.slice(2);
const corePath = path.join(npmDir || '', 'node_modules', '@huaweicloud', 'huaweicloud-sdk-core');
if (!fs.existsSync(path.join(corePath, 'package.json'))) {
    console.error(`sdk_bench: ${corePath} is missing: run tests/interop/install.sh`);
    process.exit(1);
}
const core = require(corePath);
const { ClientBuilder } = require(path.join(corePath, 'ClientBuilder'));

const credential = new core.BasicCredentials()
    .withAk(process.env.HUAWEICLOUD_SDK_AK)
    .withSk(process.env.HUAWEICLOUD_SDK_SK)
    .withProjectId(process.env.HUAWEICLOUD_SDK_PROJECT_ID);
const hc = new ClientBuilder((c) => c, 'BasicCredentials').withCredential(credential).withEndpoint(url).build();

// The request options the generated SMS client builds (services/sms/v3/SmsClient.ts).
function call(method, route, { query = {}, data } = {}) {
    const options = { method, url: route, contentType: 'application/json', queryParams: query, pathParams: {},
        headers: {} };
    if (data !== undefined)
        options.data = data;
    return hc.sendRequest(options);
}

async function listAll(route, key) {
    const items = [];
    for (let offset = 0; ; offset += 200) {
        const page = await call('GET', route, { query: { limit: 200, offset } });
        items.push(...page[key]);
        if (page[key].length === 0 || offset + 200 >= page.count)
            return { items, count: page.count };
    }
}

// Tasks joined with their sources, as the app shows them.
async function listAccount() {
    const tasks = await listAll('/v3/tasks', 'tasks');
    const sources = await listAll('/v3/sources', 'source_servers');
    const byId = new Map(sources.items.map((s) => [s.id, s]));
    for (const t of tasks.items) {
        const s = byId.get(t.source_server && t.source_server.id);
        t.connected = s ? s.connected : null;
    }
    if (tasks.items.length !== tasks.count)
        throw new Error(`listed ${tasks.items.length} of ${tasks.count} tasks`);
    return tasks.items;
}

async function main() {
    const tasks = await listAccount();
    if (mode === 'list') {
        console.log(JSON.stringify({ listed: tasks.length }));
        return;
    }
    const ids = fs.readFileSync(idsFile, 'utf8').split('\n').filter((l) => l);
    const listed = new Set(tasks.map((t) => t.id));
    const missing = ids.filter((id) => !listed.has(id));
    if (missing.length)
        throw new Error(`${missing.length} ids are not in the account`);
    for (let i = 0; i < ids.length; i += 50)
        await call('POST', '/v3/tasks/delete', { data: { ids: ids.slice(i, i + 50) } });
    const after = new Set((await listAll('/v3/tasks', 'tasks')).items.map((t) => t.id));
    const left = ids.filter((id) => after.has(id));
    if (left.length)
        throw new Error(`${left.length} deleted ids are still listed`);
    console.log(JSON.stringify({ listed: tasks.length, deleted: ids.length, remaining: after.size }));
}

main().catch((e) => {
    console.error(`sdk_bench: ${e && e.stack ? e.stack : JSON.stringify(e)}`);
    process.exit(1);
});
