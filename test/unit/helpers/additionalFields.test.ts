import type { IDataObject } from 'n8n-workflow';

import { withAdditionalFields } from '../../../nodes/LeonardoAi/helpers/additionalFields';
import { parameterContext } from '../fakeContext';
import '../nodeLabels';

// Generation → Create's Options → Additional Body Fields (JSON).
const context = parameterContext({ resource: 'generation', operation: 'create' });

const add = (extra: unknown, body: IDataObject = { prompt: 'a red fox', num_images: 1 }) =>
	withAdditionalFields.call(context, body, extra, 0);

describe('withAdditionalFields (helpers/additionalFields.ts)', () => {
	it('adds keys that Object.prototype has but the body does not ("constructor", "toString") as the user’s fields', () => {
		const body = add('{"constructor": 1, "toString": "x", "hasOwnProperty": true}');
		expect(Object.entries(body)).toEqual([
			['prompt', 'a red fox'],
			['num_images', 1],
			['constructor', 1],
			['toString', 'x'],
			['hasOwnProperty', true],
		]);
		expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
	});

	it('refuses a key the body has, however the JSON arrives', () => {
		expect(() => add('{"prompt": "x"}')).toThrow(
			'"Additional Body Fields (JSON)" sets "prompt", which the node already sets',
		);
		expect(() => add({ num_images: 8, tiling: true })).toThrow(
			'"Additional Body Fields (JSON)" sets "num_images", which the node already sets',
		);
	});

	it.each([
		['JSON text', '{"tiling": true, "__proto__": {"polluted": true}}'],
		['an object parsed from JSON', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
	])(
		'refuses "__proto__" given as %s: no body (and no object) gets a new prototype',
		(_, extra) => {
			let thrown: unknown;
			try {
				add(extra);
			} catch (error) {
				thrown = error;
			}
			expect(thrown).toMatchObject({
				message: '"Additional Body Fields (JSON)" may not set "__proto__"',
				description: '"__proto__" is not a Leonardo field. Remove it from the JSON.',
			});
			expect(({} as IDataObject).polluted).toBeUndefined();
		},
	);

	it.each([undefined, null, ''])(
		'with nothing given (%p) sends the body as it is, a copy',
		(extra) => {
			const body = { prompt: 'a red fox', num_images: 1 };
			const sent = add(extra, body);
			expect(sent).toEqual(body);
			expect(sent).not.toBe(body);
		},
	);

	it('says "this … it" for one clash and "these … them" for several', () => {
		const descriptionOf = (extra: string) => {
			try {
				add(extra);
			} catch (error) {
				return (error as { description: string }).description;
			}
			return undefined;
		};
		expect(descriptionOf('{"prompt": "x"}')).toBe(
			'Set this with the node\'s own parameters and remove it from the JSON. "Additional Body Fields (JSON)" is only for fields the node has no parameter for.',
		);
		expect(descriptionOf('{"prompt": "x", "num_images": 2}')).toBe(
			'Set these with the node\'s own parameters and remove them from the JSON. "Additional Body Fields (JSON)" is only for fields the node has no parameter for.',
		);
	});
});
