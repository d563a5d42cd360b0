import type { IDataObject } from 'n8n-workflow';

import { generationJson } from '../actions/generation/output';

/**
 * Leonardo's callback body ("Guide to the Webhook Callback Feature",
 * https://docs.leonardo.ai/docs/guide-to-the-webhook-callback-feature):
 * `{ type: "image_generation.complete", object, timestamp, api_version, data: { object: {
 * id, status, prompt, …, seed (a string), images: [{ id, url, nsfw, likeCount, … }], apiKey: {
 * key, webhookCallbackApiKey, … } } } }`.
 */

/** The only event Leonardo documents. */
export const DOCUMENTED_EVENT = 'image_generation.complete';
export const ALL_EVENTS = 'all';

export interface Callback {
	type: string;
	object: IDataObject;
	body: IDataObject;
}

function isObject(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The event name and its object, or undefined when the body is not a Leonardo callback. */
export function readCallback(body: unknown): Callback | undefined {
	if (!isObject(body)) return undefined;
	const { type, data } = body;
	const object = isObject(data) ? data.object : undefined;
	if (typeof type !== 'string' || !isObject(object)) return undefined;
	return { type, object, body };
}

/**
 * What identifies the job for duplicate detection: its id, or undefined when the callback carries
 * none (such a callback is never taken for a repeat of another).
 */
export function callbackJobId(object: IDataObject): string | undefined {
	const { id } = object;
	if (typeof id === 'number' && Number.isFinite(id)) return String(id);
	return typeof id === 'string' && id.trim() ? id : undefined;
}

/** The fields of GET /generations/{id} (SDK `getgenerationbyid.ts`) the callback carries too. */
const GENERATION_FIELDS = [
	'id',
	'status',
	'createdAt',
	'prompt',
	'negativePrompt',
	'modelId',
	'imageWidth',
	'imageHeight',
	'inferenceSteps',
	'guidanceScale',
	'seed',
	'initStrength',
	'presetStyle',
	'scheduler',
	'sdVersion',
	'public',
	'photoReal',
	'photoRealStrength',
	'promptMagic',
	'promptMagicStrength',
	'promptMagicVersion',
	'ultra',
];
const IMAGE_FIELDS = ['id', 'url', 'nsfw', 'likeCount', 'motionMP4URL'];

function pick(source: IDataObject, fields: string[]): IDataObject {
	return Object.fromEntries(fields.filter((field) => field in source).map((f) => [f, source[f]]));
}

/**
 * The generation as Generation → Get outputs it (`generationId`, `status`, `images`, …), built from
 * the callback's fields: the callback's `images` become the images, its string `seed` a number.
 * `generation_elements` is not in the callback, so it is not in the output either.
 */
export function generationFromCallback(object: IDataObject): IDataObject {
	const generation = pick(object, GENERATION_FIELDS);
	if (typeof generation.seed === 'string' && /^\d+$/.test(generation.seed))
		generation.seed = Number(generation.seed);
	// A body that does not follow the documented shape still starts the workflow with what is usable.
	const images: unknown[] = Array.isArray(object.images) ? object.images : [];
	generation.generated_images = images
		.filter((image): image is IDataObject => isObject(image))
		.map((image) => ({ ...pick(image, IMAGE_FIELDS), generated_image_variation_generics: [] }));
	return generationJson(generation);
}

const REDACTED = '[redacted]';

/** The raw body without the secrets Leonardo puts in it (the API key and the webhook callback key). */
export function redactedBody(body: IDataObject): IDataObject {
	const copy = JSON.parse(JSON.stringify(body)) as IDataObject;
	const object = (copy.data as IDataObject | undefined)?.object as IDataObject | undefined;
	const apiKey = object?.apiKey;
	// Documented as an object; a key sent as plain text is a secret all the same.
	if (typeof apiKey === 'string' && apiKey) object!.apiKey = REDACTED;
	else if (apiKey && typeof apiKey === 'object') {
		for (const secret of ['key', 'webhookCallbackApiKey'])
			if (secret in apiKey) (apiKey as IDataObject)[secret] = REDACTED;
	}
	return copy;
}
