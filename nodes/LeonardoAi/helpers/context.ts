import type { IExecuteFunctions, ILoadOptionsFunctions, IWebhookFunctions } from 'n8n-workflow';

/** The n8n contexts our requests run in: an action's execution, the editor's pickers, the trigger's webhook. */
export type NodeContext = IExecuteFunctions | ILoadOptionsFunctions | IWebhookFunctions;
