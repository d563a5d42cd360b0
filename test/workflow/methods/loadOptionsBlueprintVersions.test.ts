import { useSandbox } from '../../harness/context';
import { callEditorList } from '../../harness/editorLists';

// Blueprint → Execute's Version list, called as n8n's editor calls it, against the sandbox's
// "Instant Translate" (test/sandbox/api/blueprints.js): two versions, the newer with more inputs.
const TRANSLATE = 'b1e00000-0000-4000-8000-000000000001';

const versionList = async (
	sandbox: ReturnType<typeof useSandbox>['sandbox'],
	blueprintId: string,
) =>
	await callEditorList(sandbox, 'loadOptions', 'getBlueprintVersions', {
		parameters: { resource: 'blueprint', operation: 'execute', blueprintId },
		path: 'parameters.blueprintVersionId',
	});

describe('the Version list of Blueprint → Execute', () => {
	const ctx = useSandbox();

	it('"Newest Version" first, then the versions newest first with their cost and inputs', async () => {
		const { sandbox } = ctx;
		expect(await versionList(sandbox, ` ${TRANSLATE} `)).toEqual([
			{ name: 'Newest Version', value: '' },
			{
				name: '2025-11-27 (b1e00000)',
				value: 'b1e00000-0000-4000-8000-0000000000a2',
				description:
					'cost 3; inputs: Upload Image to Translate, Target Language, Extra Instructions, Style: tone, Style: audience',
			},
			{
				name: '2025-11-01 (b1e00000)',
				value: 'b1e00000-0000-4000-8000-0000000000a1',
				description: 'cost 1; inputs: Upload Image to Translate, Target Language',
			},
		]);
		expect(sandbox.requests.map((r: { path: string }) => r.path)).toEqual([
			`/blueprints/${TRANSLATE}/versions`,
		]);
	});

	it.each([
		['no Blueprint ID yet', ''],
		['a Blueprint ID set by expression', '={{ $json.blueprintId }}'],
	])('with %s: only "Newest Version", and no request', async (_what, blueprintId) => {
		const { sandbox } = ctx;
		expect(await versionList(sandbox, blueprintId)).toEqual([
			{ name: 'Newest Version', value: '' },
		]);
		expect(sandbox.requests).toEqual([]);
	});
});
