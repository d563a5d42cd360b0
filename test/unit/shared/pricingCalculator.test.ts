import type { IDataObject } from 'n8n-workflow';

import { pricingRequest, requestPrice } from '../../../nodes/LeonardoAi/actions/shared/pricing';
import type { FakeAnswer } from './fakeExecution';
import { fakeExecution } from './fakeExecution';
import { REFUSED_CALCULATOR_ANSWERS } from '../../fixtures/calculatorAnswers';

/** Leonardo's pricing calculator, POST /pricing-calculator, asked without n8n (fakeExecution). */
const question = pricingRequest('IMAGE_GENERATION', {
	imageWidth: 1024,
	imageHeight: 768,
	numImages: 1,
});

function ask(...answers: FakeAnswer[]) {
	const { context, sent } = fakeExecution(() => answers.shift() ?? answers[answers.length - 1]);
	return { price: requestPrice.call(context, question, 0), sent };
}

const ok = (body: unknown): FakeAnswer => ({ statusCode: 200, body });

describe("requestPrice: Leonardo's pricing calculator", () => {
	it('POSTs the question to /pricing-calculator and takes the cost it answers', async () => {
		const { price, sent } = ask(ok({ calculateProductionApiServiceCost: { cost: 3 } }));
		expect(await price).toBe(3);
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			method: 'POST',
			url: 'https://cloud.leonardo.ai/api/rest/v1/pricing-calculator',
			body: {
				service: 'IMAGE_GENERATION',
				serviceParams: { IMAGE_GENERATION: { imageWidth: 1024, imageHeight: 768, numImages: 1 } },
			},
		});
	});

	it('takes a cost in CREDITS, and a cost of 0 (Max Credits decides what 0 means)', async () => {
		const { price } = ask(ok({ calculateProductionApiServiceCost: { cost: 7, unit: 'CREDITS' } }));
		expect(await price).toBe(7);
		expect(await ask(ok({ calculateProductionApiServiceCost: { cost: 0 } })).price).toBe(0);
	});

	it('asks again after a 503 (a question costs nothing: it is retried like a read)', async () => {
		const { price, sent } = ask(
			{ statusCode: 503, body: 'Service Unavailable', headers: { 'retry-after': '0' } },
			ok({ calculateProductionApiServiceCost: { cost: 3 } }),
		);
		expect(await price).toBe(3);
		expect(sent).toHaveLength(2);
	});

	it.each(REFUSED_CALCULATOR_ANSWERS)(
		'refuses an answer with %s, saying what it asked and what came back',
		async (_what, body, message) => {
			const { price } = ask(ok(body));
			const error = (await price.catch((thrown: unknown) => thrown)) as Error & IDataObject;
			expect(error.message).toBe(message);
			expect(error.description).toBe(
				`It was asked to price IMAGE_GENERATION; its answer: ${JSON.stringify(body)}.`,
			);
		},
	);

	it('shows at most 300 characters of a long answer', async () => {
		const { price } = ask(ok({ calculateProductionApiServiceCost: { cost: 'x'.repeat(400) } }));
		const error = (await price.catch((thrown: unknown) => thrown)) as Error & IDataObject;
		// The answer's first 300 characters: 46 of JSON before the text, then 254 x.
		expect(error.description).toBe(
			`It was asked to price IMAGE_GENERATION; its answer: {"calculateProductionApiServiceCost":{"cost":"${'x'.repeat(254)}.`,
		);
	});
});
