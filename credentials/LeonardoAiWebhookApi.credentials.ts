import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * The key Leonardo sends with each webhook callback (`authorization: Bearer <key>`), set with the
 * callback URL on a Production API key at app.leonardo.ai → API Access. It is not the API key.
 */
export class LeonardoAiWebhookApi implements ICredentialType {
	name = 'leonardoAiWebhookApi';

	displayName = 'Leonardo AI Webhook API';

	icon: Icon = {
		light: 'file:../nodes/LeonardoAi/leonardoAi.svg',
		dark: 'file:../nodes/LeonardoAi/leonardoAi.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-leonardo-ai/n8n-nodes-leonardo-ai#leonardo-ai-trigger';

	properties: INodeProperties[] = [
		{
			displayName: 'Webhook Callback API Key',
			name: 'webhookApiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'The "Webhook Callback API Key" you set on the Production API key at app.leonardo.ai → API Access (not the API key itself). Leonardo sends it with every callback; calls without it are refused.',
		},
		{
			displayName: 'Allowed Download Hosts',
			name: 'downloadHosts',
			type: 'string',
			default: 'cdn.leonardo.ai',
			placeholder: 'cdn.leonardo.ai, images.example.com:8443',
			description:
				'Comma-separated hosts (host or host:port) the trigger may download callback images from, over HTTPS only. Without a port only the default port is allowed. Images at other hosts are not fetched: they keep their URL and get a downloadError. Plain HTTP is allowed only for a loopback host listed here (127.0.0.1, ::1, localhost), for a local test server.',
		},
	];
}
