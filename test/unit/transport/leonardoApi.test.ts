import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { isOutcomeUnknown, isTimedOut } from '../../../nodes/LeonardoAi/transport/errors';
import type { JobAnswer } from '../../../nodes/LeonardoAi/transport/leonardoApi';
import {
	leonardoApiRequest,
	leonardoJobRequest,
} from '../../../nodes/LeonardoAi/transport/leonardoApi';
import { forgetPacing } from '../../../nodes/LeonardoAi/transport/pacing';
import type { FakeReply } from './fakeLeonardo';
import { API_KEY, fakeLeonardo, networkFailure } from './fakeLeonardo';

/** The error a request ends in, as the user sees it, and how the node marks it. */
async function failureOf(promise: Promise<unknown>) {
	const error = (await promise.then(
		() => {
			throw new Error('the request did not fail');
		},
		(caught: NodeApiError) => caught,
	)) as NodeApiError;
	return {
		message: error.message,
		description: error.description,
		httpCode: error.httpCode,
		outcomeUnknown: isOutcomeUnknown(error),
		timedOut: isTimedOut(error),
	};
}

// Each test starts from Leonardo's published limits: a 429 in one teaches nothing to the next.
beforeEach(forgetPacing);

const CHECK_GENERATIONS = 'Look for it with Generation → Get Many before running this item again.';
const NOT_SENT_AGAIN =
	'The node does not send it again (a second POST would be a second paid job) and starts no further job in this run.';

const generationJob: JobAnswer = {
	kind: 'generation',
	idOf: (answer) => (answer.sdGenerationJob as IDataObject | undefined)?.generationId,
	howToCheck: CHECK_GENERATIONS,
};
const elementJob: JobAnswer = {
	kind: 'element',
	idOf: (answer) => (answer.sdTrainingJob as IDataObject | undefined)?.customModelId,
	howToCheck: 'Look for it with Element → Get Many.',
};

describe("leonardoApiRequest: Leonardo's REST API with the credential's key", () => {
	it('sends JSON to the Base URL with the credential, following no redirect, and returns the answer', async () => {
		const { context, sent } = fakeLeonardo([
			{ statusCode: 200, body: { user_details: [{ user: { id: 'u-1' } }] } },
		]);
		const answer = await leonardoApiRequest.call(context, {
			method: 'GET',
			path: '/me',
			qs: { limit: 1 },
		});
		expect(answer).toEqual({ user_details: [{ user: { id: 'u-1' } }] });
		expect(sent).toEqual([
			{
				credentialType: 'leonardoAiApi',
				options: {
					method: 'GET',
					url: 'https://cloud.leonardo.ai/api/rest/v1/me',
					qs: { limit: 1 },
					body: undefined,
					json: true,
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
					disableFollowRedirect: true,
					sendCredentialsOnCrossOriginRedirect: false,
					abortSignal: expect.any(AbortSignal),
					timeout: 60_000,
				},
			},
		]);
	});

	it('gives an empty object for an answer without a body (HTTP 204)', async () => {
		const { context } = fakeLeonardo([{ statusCode: 204, body: undefined }]);
		await expect(
			leonardoApiRequest.call(context, { method: 'DELETE', path: '/init-image/i-1' }),
		).resolves.toEqual({});
	});

	it('sends a POST once unless asked to retry: its 500 is the error', async () => {
		const { context, sent } = fakeLeonardo([
			{ statusCode: 500, body: { error: 'Service Error', path: '$', code: 'unexpected' } },
			{ statusCode: 200, body: { insert_datasets_one: { id: 'd-1' } } },
		]);
		expect(
			await failureOf(
				leonardoApiRequest.call(context, {
					method: 'POST',
					path: '/datasets',
					body: { name: 'x' },
				}),
			),
		).toEqual({
			message: 'Leonardo API error: Service Error',
			description: 'Leonardo said: "Service Error" (unexpected).',
			httpCode: '500',
			outcomeUnknown: false,
			timedOut: false,
		});
		expect(sent.map(({ options }) => `${options.method} ${options.url}`)).toEqual([
			'POST https://cloud.leonardo.ai/api/rest/v1/datasets',
		]);
	});

	it('treats a 400 without any error text as an error all the same', async () => {
		const { context } = fakeLeonardo([{ statusCode: 400, body: {} }]);
		expect(
			await failureOf(leonardoApiRequest.call(context, { method: 'POST', path: '/datasets' })),
		).toEqual({
			message: 'Leonardo API error (HTTP 400)',
			description: undefined,
			httpCode: '400',
			outcomeUnknown: false,
			timedOut: false,
		});
	});

	// v2 answers errors with HTTP 200 and the status in the body:
	// https://docs.leonardo.ai/docs/migrate-from-the-removebg-api-to-leonardoai
	it('reads a 200 that carries v2 errors by the status they state', async () => {
		const { context } = fakeLeonardo([
			{
				statusCode: 200,
				body: {
					errors: [
						{
							message: 'Generation not found',
							extensions: { code: 'not-found', statusCode: 404 },
						},
					],
				},
			},
		]);
		expect(
			await failureOf(
				leonardoApiRequest.call(context, {
					method: 'GET',
					path: '/generations/g-1',
					apiVersion: 'v2',
				}),
			),
		).toEqual({
			message: 'Leonardo found nothing at GET /generations/g-1',
			description:
				'Check the ID: it must belong to the account of the API key in the credential. Leonardo said: "Generation not found" (not-found).',
			httpCode: '404',
			outcomeUnknown: false,
			timedOut: false,
		});
	});

	it('keeps an error status over the one its body states', async () => {
		const { context } = fakeLeonardo([
			{
				statusCode: 400,
				body: [{ message: 'width is too large', extensions: { statusCode: 404 } }],
			},
		]);
		expect(
			await failureOf(
				leonardoApiRequest.call(context, {
					method: 'POST',
					path: '/generations',
					apiVersion: 'v2',
				}),
			),
		).toMatchObject({ message: 'Leonardo API error: width is too large', httpCode: '400' });
	});
});

describe('leonardoJobRequest: a paid job POSTed once, its answer read for what it means', () => {
	const post = (replies: FakeReply[], request: IDataObject = {}, job = generationJob) => {
		const leonardo = fakeLeonardo(replies);
		const result = leonardoJobRequest.call(
			leonardo.context,
			{ method: 'POST', path: '/generations', body: { prompt: 'a fox' }, ...request },
			job,
		);
		return { ...leonardo, result };
	};

	it("returns the answer and the new job's ID, after one POST", async () => {
		const answer = { sdGenerationJob: { generationId: 'g-1', apiCreditCost: 7 } };
		const { result, sent } = post([{ statusCode: 200, body: answer }]);
		await expect(result).resolves.toEqual({ answer, id: 'g-1' });
		expect(sent).toHaveLength(1);
		expect(sent[0].options).toMatchObject({
			method: 'POST',
			url: 'https://cloud.leonardo.ai/api/rest/v1/generations',
			body: { prompt: 'a fox' },
			timeout: 120_000,
		});
	});

	it('takes an integer ID (a trained element) as text', async () => {
		const { result } = post(
			[{ statusCode: 200, body: { sdTrainingJob: { customModelId: 42 } } }],
			{ path: '/elements' },
			elementJob,
		);
		await expect(result).resolves.toMatchObject({ id: '42' });
	});

	it('an answer without an ID, or with a number that is no integer: the job may have started', async () => {
		const noId = post([{ statusCode: 200, body: { sdGenerationJob: {} } }]);
		expect(await failureOf(noId.result)).toEqual({
			message:
				'Leonardo answered POST /generations with HTTP 200 but no generation ID: the job may have started and been charged',
			description: `${NOT_SENT_AGAIN} ${CHECK_GENERATIONS} Leonardo's answer: {"sdGenerationJob":{}}`,
			httpCode: null,
			outcomeUnknown: true,
			timedOut: false,
		});
		const fraction = post(
			[{ statusCode: 200, body: { sdTrainingJob: { customModelId: 1.5 } } }],
			{ path: '/elements' },
			elementJob,
		);
		expect((await failureOf(fraction.result)).message).toBe(
			'Leonardo answered POST /elements with HTTP 200 but no element ID: the job may have started and been charged',
		);
	});

	it('a 4xx started nothing: the usual API error, not sent again', async () => {
		const { result, sent } = post([
			{ statusCode: 400, body: { error: 'Invalid dimensions', path: '$', code: 'unexpected' } },
		]);
		expect(await failureOf(result)).toEqual({
			message: 'Leonardo API error: Invalid dimensions',
			description:
				'Width and height must be multiples of 8 between 32 and 1536 (at most 1024 with Alchemy). Leonardo said: "Invalid dimensions" (unexpected).',
			httpCode: '400',
			outcomeUnknown: false,
			timedOut: false,
		});
		expect(sent).toHaveLength(1);
	});

	it('a 429 started nothing: sent again after its Retry-After, and the job starts', async () => {
		const answer = { sdGenerationJob: { generationId: 'g-1' } };
		const { result, sent } = post([
			{ statusCode: 429, headers: { 'retry-after': '0' } },
			{ statusCode: 200, body: answer },
		]);
		await expect(result).resolves.toEqual({ answer, id: 'g-1' });
		expect(sent).toHaveLength(2);
	});

	it('a 429 for over a minute is the usual API error, no timeout, with the tries counted', async () => {
		// The clock runs, and jumps 25 s with each refusal: the fourth comes over a minute after the first.
		const realNow = Date.now.bind(Date);
		let skipped = 0;
		jest.spyOn(Date, 'now').mockImplementation(() => realNow() + skipped);
		try {
			const refusal = { statusCode: 429, headers: { 'retry-after': '0' } };
			const leonardo = fakeLeonardo([refusal, refusal, refusal, refusal, refusal]);
			const send = leonardo.context.helpers.httpRequestWithAuthentication;
			leonardo.context.helpers.httpRequestWithAuthentication = async function (...args) {
				skipped += 25_000;
				return await send.apply(this, args);
			};
			const result = leonardoJobRequest.call(
				leonardo.context,
				{ method: 'POST', path: '/generations', body: { prompt: 'a fox' } },
				generationJob,
			);
			expect(await failureOf(result)).toEqual({
				message: 'Leonardo is rate-limiting requests (429 Too Many Requests)',
				description:
					'Lower "Concurrency" in the node options, or run the workflow again in a minute. Tried 4 times.',
				httpCode: '429',
				outcomeUnknown: false,
				timedOut: false,
			});
			expect(leonardo.sent).toHaveLength(4);
		} finally {
			jest.restoreAllMocks();
		}
	});

	it('408: Leonardo ran out of time before starting it — an API error, marked as a timeout', async () => {
		const { result } = post([{ statusCode: 408, body: { error: 'Request Timeout' } }]);
		expect(await failureOf(result)).toEqual({
			message: 'Leonardo API error: Request Timeout',
			description: 'Leonardo said: "Request Timeout".',
			httpCode: '408',
			outcomeUnknown: false,
			timedOut: true,
		});
	});

	it('504: the gateway ran out of time — the job may have started, marked as a timeout', async () => {
		const { result } = post([{ statusCode: 504, body: '<html>Gateway Timeout</html>' }]);
		expect(await failureOf(result)).toEqual({
			message:
				'Leonardo answered POST /generations with HTTP 504, not JSON: the job may have started and been charged',
			description: `${NOT_SENT_AGAIN} ${CHECK_GENERATIONS} Leonardo's answer: <html>Gateway Timeout</html>`,
			httpCode: null,
			outcomeUnknown: true,
			timedOut: true,
		});
	});

	it('a 500 with a JSON body: the job may have started, and the answer is shown without the key', async () => {
		const { result } = post([
			{ statusCode: 500, body: { message: `upstream rejected key ${API_KEY}` } },
		]);
		expect(await failureOf(result)).toEqual({
			message:
				'Leonardo answered POST /generations with HTTP 500: the job may have started and been charged',
			description: `${NOT_SENT_AGAIN} ${CHECK_GENERATIONS} Leonardo's answer: {"message":"upstream rejected key [redacted]"}`,
			httpCode: null,
			outcomeUnknown: true,
			timedOut: false,
		});
	});

	it('a 200 whose v2 errors state a 4xx started nothing: the API error', async () => {
		const { result } = post(
			[
				{
					statusCode: 200,
					body: [
						{
							message: 'Insufficient credits',
							extensions: { code: 'payment-required', statusCode: 402 },
						},
					],
				},
			],
			{ apiVersion: 'v2' },
		);
		expect(await failureOf(result)).toEqual({
			message: 'Leonardo API error: Insufficient credits',
			description: 'Leonardo said: "Insufficient credits" (payment-required).',
			httpCode: '402',
			outcomeUnknown: false,
			timedOut: false,
		});
	});

	it('a 5xx is read by its own status, whatever its body states', async () => {
		const { result } = post(
			[
				{
					statusCode: 502,
					body: [{ message: 'Bad request', extensions: { statusCode: 400 } }],
				},
			],
			{ apiVersion: 'v2' },
		);
		expect(await failureOf(result)).toMatchObject({
			message:
				'Leonardo answered POST /v2/generations with HTTP 502, not JSON: the job may have started and been charged',
			outcomeUnknown: true,
		});
	});

	it('a 200 that is not a JSON object (text, a list): the job may have started', async () => {
		const text = post([{ statusCode: 200, body: 'OK' }]);
		expect(await failureOf(text.result)).toMatchObject({
			message:
				'Leonardo answered POST /generations with HTTP 200, not JSON: the job may have started and been charged',
			outcomeUnknown: true,
		});
		const list = post([{ statusCode: 200, body: [] }]);
		expect(await failureOf(list.result)).toMatchObject({
			message:
				'Leonardo answered POST /generations with HTTP 200, not JSON: the job may have started and been charged',
			outcomeUnknown: true,
		});
	});

	it('a dropped connection: no answer, the job may have started', async () => {
		const { result, sent } = post([networkFailure('ECONNRESET')], { apiVersion: 'v2' });
		expect(await failureOf(result)).toEqual({
			message:
				'POST /v2/generations got no complete answer: the job may have started and been charged',
			description: `ECONNRESET. ${NOT_SENT_AGAIN} ${CHECK_GENERATIONS}`,
			httpCode: null,
			outcomeUnknown: true,
			timedOut: false,
		});
		expect(sent).toHaveLength(1);
	});

	it('a connection refused never reached Leonardo: nothing started', async () => {
		const { result } = post([networkFailure('ECONNREFUSED')]);
		expect(await failureOf(result)).toEqual({
			message: 'Could not reach Leonardo at https://cloud.leonardo.ai/api/rest/v1',
			description:
				'ECONNREFUSED. Check the Base URL in the "Leonardo AI API" credential and the network.',
			httpCode: null,
			outcomeUnknown: false,
			timedOut: false,
		});
	});

	it('a redirect is refused as such, never followed', async () => {
		const { result, sent } = post([
			{ statusCode: 302, headers: { location: 'https://elsewhere.example/steal?token=x' } },
		]);
		expect(await failureOf(result)).toEqual({
			message:
				"Leonardo's API answered POST /generations with a redirect (302) to elsewhere.example/steal",
			description:
				'The node never follows redirects from the API, so the API key cannot reach another host. Check the Base URL in the "Leonardo AI API" credential: it must be the API\'s own address (https://cloud.leonardo.ai/api/rest/v1), or a proxy that answers itself.',
			httpCode: '302',
			outcomeUnknown: false,
			timedOut: false,
		});
		expect(sent).toHaveLength(1);
	});
});
