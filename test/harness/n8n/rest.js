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

module.exports = { restSession };
