import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class LeonardoAiApi implements ICredentialType {
	name = 'leonardoAiApi';

	displayName = 'Leonardo AI API';

	icon: Icon = {
		light: 'file:../nodes/LeonardoAi/leonardoAi.svg',
		dark: 'file:../nodes/LeonardoAi/leonardoAi.dark.svg',
	};

	documentationUrl = 'https://github.com/n8n-nodes-leonardo-ai/n8n-nodes-leonardo-ai#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'A Production API key from app.leonardo.ai → API Access.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://cloud.leonardo.ai/api/rest/v1',
			description:
				"Leonardo's REST API address. Change it only to go through a proxy or to use a local sandbox.",
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/me',
			method: 'GET',
			// Like every request of the node: a redirect is not followed, so the key never reaches another host.
			disableFollowRedirect: true,
		},
	};
}
