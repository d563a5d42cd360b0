import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as audio from './actions/audio/Audio.resource';
import * as blueprint from './actions/blueprint/Blueprint.resource';
import * as cost from './actions/cost/Cost.resource';
import * as dataset from './actions/dataset/Dataset.resource';
import * as element from './actions/element/Element.resource';
import * as generation from './actions/generation/Generation.resource';
import * as image from './actions/image/Image.resource';
import * as initImage from './actions/initImage/InitImage.resource';
import * as media from './actions/media/Media.resource';
import * as model from './actions/model/Model.resource';
import * as model3d from './actions/model3d/Model3d.resource';
import * as prompt from './actions/prompt/Prompt.resource';
import * as realtime from './actions/realtime/Realtime.resource';
import * as asset3d from './actions/asset3d/Asset3d.resource';
import { router } from './actions/router';
import * as user from './actions/user/User.resource';
import * as variation from './actions/variation/Variation.resource';
import * as video from './actions/video/Video.resource';
import { useLabelsOf } from './helpers/labels';
import { listSearch, loadOptions } from './methods';

/**
 * The editor's fields: the resource picker, then each resource's operations and their fields. Built
 * for each node instance (as n8n builds descriptions) and once for the labels below.
 */
function nodeProperties(): INodeProperties[] {
	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: '3D', value: 'model3d' },
				{ name: '3D Asset', value: 'asset3d' },
				{ name: 'Audio', value: 'audio' },
				{ name: 'Blueprint', value: 'blueprint' },
				{ name: 'Cost', value: 'cost' },
				{ name: 'Dataset', value: 'dataset' },
				{ name: 'Element', value: 'element' },
				{ name: 'Generation', value: 'generation' },
				{ name: 'Image', value: 'image' },
				{ name: 'Init Image', value: 'initImage' },
				{ name: 'Media', value: 'media' },
				{ name: 'Model', value: 'model' },
				{ name: 'Prompt', value: 'prompt' },
				{ name: 'Realtime (LCM)', value: 'realtime' },
				{ name: 'User', value: 'user' },
				{ name: 'Variation', value: 'variation' },
				{ name: 'Video', value: 'video' },
			],
			default: 'generation',
		},
		...generation.description,
		...initImage.description,
		...variation.description,
		...dataset.description,
		...model.description,
		...user.description,
		...video.description,
		...element.description,
		...cost.description,
		...prompt.description,
		...media.description,
		...image.description,
		...audio.description,
		...model3d.description,
		...blueprint.description,
		...realtime.description,
		...asset3d.description,
	];
}

// Error messages name a field by its display name here (helpers/labels.ts; handed over, not imported
// there: the operations that read them are part of these properties).
useLabelsOf(nodeProperties());

export class LeonardoAi implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Leonardo AI',
		name: 'leonardoAi',
		icon: { light: 'file:leonardoAi.svg', dark: 'file:leonardoAi.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			'Generate images and videos with Leonardo.ai, from a prompt or from an image in your workflow',
		defaults: { name: 'Leonardo AI' },
		// No `replacements`: n8n applies them to the editor's tool variant only, while the tool a workflow
		// runs is built from this description (n8n cli `node-types.js` `getByNameAndVersion`), so the
		// editor would show a tool description the model never gets. Tool mode: helpers/toolMode.ts.
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leonardoAiApi', required: true }],
		properties: nodeProperties(),
	};

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
