'use strict';
// n8n's REST API as the editor uses it.

/** A logged-in session on n8n's REST API (owner set up on first use), for editor-side calls. */
async function restSession(url) {
	const owner = {
		email: 'dev@example.com',
		firstName: 'Leonardo',
		lastName: 'Developer',
		password: 'Leonardo-Sandbox-1',
	};
	let cookie = '';
	const call = async (method, route, body) => {
		const response = await fetch(`${url}/rest${route}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': 'leonardo-e2e', cookie },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.get('set-cookie');
		if (setCookie) cookie = setCookie.split(';')[0];
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = { text };
		}
		return { status: response.status, body: json };
	};
	const setup = await call('POST', '/owner/setup', owner);
	if (setup.status >= 400) {
		const login = await call('POST', '/login', {
			emailOrLdapLoginId: owner.email,
			email: owner.email,
			password: owner.password,
		});
		if (login.status >= 400)
			throw new Error(`Could not log in to n8n: ${JSON.stringify(login.body)}`);
	}
	call.cookie = () => cookie;
	call.owner = owner;
	return call;
}

/** Saves and activates a workflow: n8n 2.x activates with POST …/activate, 1.x with a PATCH. Resolves its id. */
async function activateWorkflow(call, workflow) {
	const created = await call('POST', '/workflows', { ...workflow, active: false });
	if (created.status >= 400) throw new Error(`Saving failed: ${JSON.stringify(created.body)}`);
	const { id, versionId } = created.body.data;
	let activated = await call('POST', `/workflows/${id}/activate`, { versionId });
	if (activated.status === 404)
		activated = await call('PATCH', `/workflows/${id}`, { active: true, versionId });
	if (activated.status >= 400 || !activated.body.data?.active)
		throw new Error(`Activating failed: ${JSON.stringify(activated.body)}`);
	return id;
}

/** A workflow's executions (newest first), each with its run data (n8n keeps it as a `flatted` string). */
async function workflowExecutions(call, workflowId) {
	const { parse } = require('flatted');
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const listed = await call('GET', `/executions?filter=${filter}`);
	const results = listed.body.data?.results ?? listed.body.data ?? [];
	return await Promise.all(
		results.map(async (summary) => {
			const full = (await call('GET', `/executions/${summary.id}`)).body.data;
			return { ...full, data: typeof full.data === 'string' ? parse(full.data) : full.data };
		}),
	);
}

module.exports = { restSession, activateWorkflow, workflowExecutions };
