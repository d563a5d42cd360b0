'use strict';
// What the SDK-coverage test compares (kept in JS: it reads files, which n8n's strict lint forbids in
// .ts): the official SDK's v1 requests, the "Not offered" table of docs/endpoints.md, and the request
// paths the node's code names.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '../..');

/** `METHOD /path/{param}` of each function of `@leonardo-ai/sdk` (one request per file in `funcs/`). */
function sdkRequests() {
	const funcs = path.join(path.dirname(require.resolve('@leonardo-ai/sdk/package.json')), 'funcs');
	const requests = new Set();
	for (const file of fs.readdirSync(funcs).filter((name) => name.endsWith('.js'))) {
		const source = fs.readFileSync(path.join(funcs, file), 'utf8');
		const route = /pathToFunc\)\("([^"]+)"\)/.exec(source)?.[1];
		const method = /method: "([A-Z]+)"/.exec(source)?.[1];
		if (route && method) requests.add(`${method} ${route}`);
	}
	return [...requests].sort();
}

/** The "Not offered" table of docs/endpoints.md: request → the reason given. */
function notOffered() {
	const doc = fs.readFileSync(path.join(ROOT, 'docs/endpoints.md'), 'utf8');
	const section = doc.slice(doc.indexOf('## Not offered'));
	const rows = [...section.matchAll(/^\| `([A-Z]+ \/[^`]+)` \| (.+) \|$/gm)];
	return new Map(rows.map(([, request, reason]) => [request, reason.trim()]));
}

/**
 * Path shapes named in the node's code: `/datasets/${id}/upload` → `/datasets/{}/upload`; a
 * `collection: '/datasets'` (or a `…_COLLECTION` constant) of the by-ID requests
 * (actions/shared/byId.ts) → `/datasets/{}`.
 */
function pathsInCode() {
	const shapes = new Set();
	const nodes = path.join(ROOT, 'nodes');
	for (const file of fs.readdirSync(nodes, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.ts')) continue;
		const source = fs.readFileSync(path.join(nodes, file), 'utf8');
		for (const [, literal] of source.matchAll(/['`](\/[a-z][^'`\s]*)['`]/g))
			shapes.add(literal.replace(/\$\{[^}]+\}/g, '{}'));
		for (const [, collection] of source.matchAll(/(?:collection:|_COLLECTION =) '(\/[^']+)'/g))
			shapes.add(`${collection}/{}`);
	}
	return shapes;
}

module.exports = { sdkRequests, notOffered, pathsInCode };
