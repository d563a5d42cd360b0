import type { IExecuteFunctions } from 'n8n-workflow';

import {
	readBlueprintExecutionId,
	readBlueprintId,
	readDatasetId,
	readInitImageId,
	readMediaId,
	readModelId,
} from '../../../../nodes/LeonardoAi/actions/shared/ids';
import { parameterContext } from '../../fakeContext';
import '../../nodeLabels';

type Reader = (this: IExecuteFunctions, itemIndex: number) => string;

/** What the user sees for a malformed ID: its field named, and where the right ID comes from. */
function refusal(read: Reader, parameters: Record<string, unknown>) {
	try {
		read.call(parameterContext(parameters), 0);
	} catch (error) {
		const { message, description } = error as { message: string; description?: string };
		return { message, description };
	}
	throw new Error('nothing was refused');
}

describe('the IDs operations read: a malformed one says where the right one comes from', () => {
	it.each<[string, Reader, Record<string, unknown>, string, string]>([
		[
			'Dataset → Get',
			readDatasetId,
			{ resource: 'dataset', operation: 'get', datasetId: 'my dataset' },
			'"Dataset ID" is not a Leonardo ID: "my dataset"',
			'Map it from "Dataset → Create" ({{ $json.id }}).',
		],
		[
			'Init Image → Get',
			readInitImageId,
			{ resource: 'initImage', operation: 'get', initImageId: 'photo.png' },
			'"Init Image ID" is not a Leonardo ID: "photo.png"',
			'Map it from "Init Image → Upload" ({{ $json.id }}).',
		],
		[
			'Model → Get',
			readModelId,
			{ resource: 'model', operation: 'get', modelId: 'Phoenix' },
			'"Model ID" is not a Leonardo ID: "Phoenix"',
			'Map it from "Model → Train" ({{ $json.modelId }}) or "Model → Get Many".',
		],
		[
			'Media → Get',
			readMediaId,
			{ resource: 'media', operation: 'get', mediaId: 'clip.mp4' },
			'"Media ID" is not a Leonardo ID: "clip.mp4"',
			'Map it from "Media → Upload" ({{ $json.id }}).',
		],
		[
			'Blueprint → Get',
			readBlueprintId,
			{ resource: 'blueprint', operation: 'get', blueprintId: 'Instant Translate' },
			'"Blueprint ID" is not a Leonardo ID: "Instant Translate"',
			'Copy it from the Blueprint in the Leonardo web app, or map it from "Blueprint → Get" ({{ $json.akUUID }}).',
		],
		[
			'Blueprint → Get Execution',
			readBlueprintExecutionId,
			{ resource: 'blueprint', operation: 'getExecution', executionId: '42' },
			'"Blueprint Execution ID" is not a Leonardo ID: "42"',
			'Map it from "Blueprint → Execute" ({{ $json.blueprintExecutionId }}).',
		],
	])('%s', (_name, read, parameters, message, hint) => {
		const refused = refusal(read, parameters);
		expect(refused.message).toBe(message);
		expect(refused.description).toContain(hint);
	});
});
