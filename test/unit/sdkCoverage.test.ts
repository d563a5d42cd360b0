import { startSandbox } from '../sandbox';
import { notOffered, pathsInCode, sdkRequests } from '../harness/sdkRequests';
import { readMarkdown } from '../harness/markdown';

/**
 * Every v1 request of the official SDK (`@leonardo-ai/sdk`, generated from Leonardo's OpenAPI spec)
 * is either sent by an operation or listed under "Not offered" in docs/endpoints.md with a reason.
 * Sent means: the sandbox answers it (its route table) and the node's code names its path. A request
 * the SDK gains on an update fails here until one of the two is true.
 */
type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

const shape = (route: string) => route.replace(/\{[^}]+\}/g, '{}');

describe("Leonardo's v1 requests (the SDK's list): each sent by an operation or listed as not offered", () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startSandbox();
	});
	afterAll(async () => await sandbox.close());

	/** True when the sandbox has a route for the request (any answer but "no route for …"). */
	async function sandboxAnswers(request: string): Promise<boolean> {
		const [method, route] = request.split(' ');
		const url = `${sandbox.apiUrl}${route.replace(/\{[^}]+\}/g, 'probe-0')}`;
		const response = await fetch(url, {
			method,
			headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
			body: method === 'GET' || method === 'DELETE' ? undefined : '{}',
		});
		return !(await response.text()).includes('no route for');
	}

	it('reads the SDK: 40 requests or more, the well-known ones among them', () => {
		const requests: string[] = sdkRequests();
		expect(requests.length).toBeGreaterThanOrEqual(40);
		expect(requests).toEqual(
			expect.arrayContaining(['POST /generations', 'GET /me', 'DELETE /init-image/{id}']),
		);
	});

	it.each(sdkRequests())('%s', async (request) => {
		const reason: string | undefined = notOffered().get(request);
		const named = pathsInCode().has(shape(request.split(' ')[1]));
		const answered = await sandboxAnswers(request);
		if (reason !== undefined) {
			// Listed as not offered: with a reason, and truly not sent.
			expect(reason.length).toBeGreaterThan(10);
			expect({ request, named, answered }).toEqual({ request, named: false, answered: false });
		} else {
			expect({ request, named, answered }).toEqual({ request, named: true, answered: true });
		}
	});

	it('lists nothing the SDK does not have, and the README links to the list', () => {
		const requests = new Set(sdkRequests());
		expect([...notOffered().keys()].filter((request) => !requests.has(request))).toEqual([]);
		expect(notOffered().size).toBeGreaterThan(0);
		expect(readMarkdown('README.md')).toContain('(docs/endpoints.md#not-offered)');
	});
});
