import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { isAuthorized, webhookKey } from './trigger/auth';
import { isDuplicate } from './trigger/duplicates';
import { parseDownloadHosts } from './trigger/downloadHosts';
import { downloadImages } from './trigger/images';
import {
	ALL_EVENTS,
	DOCUMENTED_EVENT,
	callbackJobId,
	generationFromCallback,
	readCallback,
	redactedBody,
} from './trigger/payload';

/** Starts a workflow when Leonardo calls back with a finished job (its webhook callback). */
export class LeonardoAiTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Leonardo AI Trigger',
		name: 'leonardoAiTrigger',
		icon: { light: 'file:leonardoAi.svg', dark: 'file:leonardoAi.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ "on " + $parameter["events"].join(", ") }}',
		description: 'Starts the workflow when Leonardo.ai finishes a generation',
		defaults: { name: 'Leonardo AI Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leonardoAiWebhookApi', required: true, testedBy: 'webhookKeyIsSet' }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				path: 'leonardo',
			},
		],
		properties: [
			{
				displayName:
					"In Leonardo (app.leonardo.ai → API Access), create a Production API key with this node's <b>Production URL</b> (above; Leonardo requires HTTPS) as its webhook callback URL, and a webhook callback API key. Put that key in this node's credential. Jobs started with that API key then start this workflow when they finish.",
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [DOCUMENTED_EVENT],
				options: [
					{
						name: 'All Events',
						value: ALL_EVENTS,
						description: 'Any callback Leonardo sends, including event types it does not document',
					},
					{
						name: 'Image Generation Complete',
						value: DOCUMENTED_EVENT,
						description: 'A generation finished (the event Leonardo documents)',
					},
				],
				description: 'Which callbacks start the workflow; others are answered and ignored',
			},
			{
				displayName: 'Download Images',
				name: 'downloadImages',
				type: 'boolean',
				default: true,
				description:
					'Whether to download the finished images into binary fields image_0, image_1, … (a failed download is reported on its image, the workflow still runs)',
			},
		],
	};

	methods = {
		credentialTest: {
			/** Leonardo offers no way to check a webhook callback key: only that one is set can be tested. */
			async webhookKeyIsSet(
				this: ICredentialTestFunctions,
				credential: ICredentialsDecrypted,
			): Promise<INodeCredentialTestResult> {
				return webhookKey(credential.data?.webhookApiKey)
					? {
							status: 'OK',
							message:
								'Saved. Leonardo has no way to check this key in advance: the trigger checks it on every callback.',
						}
					: {
							status: 'Error',
							message: 'Enter the webhook callback API key set at app.leonardo.ai.',
						};
			},
		},
	};

	/**
	 * Leonardo takes the callback URL on the API key (app.leonardo.ai → API Access), not through its
	 * API: there is nothing to register, check or remove when the workflow is activated or deactivated.
	 */
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const response = this.getResponseObject();
		const credentials = await this.getCredentials('leonardoAiWebhookApi');
		if (!isAuthorized(request.headers.authorization, credentials.webhookApiKey)) {
			response.status(401).json({ message: 'Unauthorized' });
			return { noWebhookResponse: true };
		}
		const callback = readCallback(this.getBodyData());
		const events = this.getNodeParameter('events', []) as string[];
		const wanted =
			callback !== undefined && (events.includes(ALL_EVENTS) || events.includes(callback.type));
		const jobId = callback && wanted ? callbackJobId(callback.object) : undefined;
		// Only a callback that names its job can repeat another; one without an id always runs.
		const duplicate =
			callback !== undefined &&
			jobId !== undefined &&
			isDuplicate(`${this.getWorkflow().id ?? ''}:${this.getNode().id}:${callback.type}:${jobId}`);
		// Leonardo gets its answer at once; downloads and the execution follow.
		response.status(200).json({ received: true });
		if (!callback) {
			this.logger.warn(
				'Leonardo AI Trigger: ignored a callback without a "type" and a "data.object" (not shaped like Leonardo\'s webhook callback)',
			);
			return { noWebhookResponse: true };
		}
		if (!wanted || duplicate) return { noWebhookResponse: true };

		// Whatever the body holds, nothing after the 200 may throw: n8n would try to answer a second time.
		try {
			if ('images' in callback.object && !Array.isArray(callback.object.images))
				this.logger.warn(
					`Leonardo AI Trigger: the ${callback.type} callback's "images" is not a list; the workflow starts without images`,
				);
			const json: IDataObject = {
				...generationFromCallback(callback.object),
				event: callback.type,
				raw: redactedBody(callback.body),
			};
			const binary = (this.getNodeParameter('downloadImages', true) as boolean)
				? await downloadImages.call(this, json, parseDownloadHosts(credentials.downloadHosts))
				: undefined;
			return {
				noWebhookResponse: true,
				workflowData: [[binary && Object.keys(binary).length ? { json, binary } : { json }]],
			};
		} catch (error) {
			this.logger.warn(
				`Leonardo AI Trigger: ignored a callback of type ${callback.type} that could not be read: ${(error as Error).message}`,
			);
			return { noWebhookResponse: true };
		}
	}
}
