import type { ICredentialTestFunctions, IHookFunctions } from 'n8n-workflow';

import { LeonardoAiTrigger } from '../../../nodes/LeonardoAi/LeonardoAiTrigger.node';

// The trigger's public interface (docs/design: node type leonardoAiTrigger v1, credential
// leonardoAiWebhookApi, parameters events and downloadImages): saved workflows and Leonardo's
// callback URL depend on it. Every value is written out here, never read from the node.
describe('Leonardo AI Trigger: its description', () => {
	it('is exactly the node users place: name, group, webhook, credential, Events and Download Images', () => {
		expect(new LeonardoAiTrigger().description).toStrictEqual({
			displayName: 'Leonardo AI Trigger',
			name: 'leonardoAiTrigger',
			icon: { light: 'file:leonardoAi.svg', dark: 'file:leonardoAi.dark.svg' },
			group: ['trigger'],
			version: 1,
			subtitle: '={{ "on " + $parameter["events"].join(", ") }}',
			description: 'Starts the workflow when Leonardo.ai finishes a generation',
			defaults: { name: 'Leonardo AI Trigger' },
			inputs: [],
			outputs: ['main'],
			credentials: [{ name: 'leonardoAiWebhookApi', required: true, testedBy: 'webhookKeyIsSet' }],
			webhooks: [
				{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'leonardo' },
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
					default: ['image_generation.complete'],
					options: [
						{
							name: 'All Events',
							value: 'all',
							description:
								'Any callback Leonardo sends, including event types it does not document',
						},
						{
							name: 'Image Generation Complete',
							value: 'image_generation.complete',
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
		});
	});
});

describe('Leonardo AI Trigger: the credential test', () => {
	const test = async (data: Record<string, unknown> | undefined) =>
		await new LeonardoAiTrigger().methods.credentialTest.webhookKeyIsSet.call(
			{} as ICredentialTestFunctions,
			{ id: '1', name: 'Leonardo AI Webhook', type: 'leonardoAiWebhookApi', data } as never,
		);

	it('says a key is saved, and that it is checked on every callback (Leonardo cannot check it in advance)', async () => {
		expect(await test({ webhookApiKey: 'whk-secret' })).toStrictEqual({
			status: 'OK',
			message:
				'Saved. Leonardo has no way to check this key in advance: the trigger checks it on every callback.',
		});
	});

	it('asks for the key when there is none', async () => {
		for (const data of [{ webhookApiKey: '' }, { webhookApiKey: '  ' }, {}, undefined])
			expect(await test(data)).toStrictEqual({
				status: 'Error',
				message: 'Enter the webhook callback API key set at app.leonardo.ai.',
			});
	});
});

describe('Leonardo AI Trigger: activating and deactivating the workflow', () => {
	// The callback URL is set on the API key at app.leonardo.ai, not through Leonardo's API: n8n is
	// told the webhook exists and that creating and deleting it succeeded, with no request made.
	it('reports the webhook as existing, created and deleted, calling nothing', async () => {
		const hooks = new LeonardoAiTrigger().webhookMethods.default;
		const context = {} as IHookFunctions;
		await expect(hooks.checkExists.call(context)).resolves.toBe(true);
		await expect(hooks.create.call(context)).resolves.toBe(true);
		await expect(hooks.delete.call(context)).resolves.toBe(true);
	});
});
