import type { CatalogModel } from './types';

// STUB (replaced by the image catalog branch)
export const IMAGE_MODELS: CatalogModel[] = [
	{
		id: 'gpt-image-1.5',
		name: 'GPT Image-1.5',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/gpt-image-1-5',
		updated: '2026-06-29',
		prompt: { max: 9999 },
		sizes: {
			pairs: [
				{ width: 1024, height: 1024 },
				{ width: 1024, height: 1536 },
				{ width: 1536, height: 1024 },
			],
			default: { width: 1024, height: 1024 },
		},
		quantity: { min: 1, max: 8, default: 1 },
		seed: { min: 0, max: 4294967295 },
		promptEnhance: { values: ['ON', 'OFF'] },
		choices: { quality: { values: ['LOW', 'MEDIUM', 'HIGH'], default: 'MEDIUM' } },
		guidances: {
			image_reference: {
				max: 6,
				types: ['UPLOADED', 'GENERATED'],
				strength: ['MID', 'LOW', 'HIGH'],
			},
		},
	},
	{
		id: 'ideogram-v3.0',
		name: 'Ideogram 3.0',
		kind: 'image',
		endpoint: 'v2',
		docs: 'https://docs.leonardo.ai/docs/ideogram-30',
		updated: '2026-06-29',
		prompt: { max: 9999 },
		sizes: { free: { width: { min: 32, max: 2048 }, height: { min: 32, max: 2048 } } },
		quantity: { min: 1, max: 8, default: 1 },
		seed: { min: 0, max: 2147483647 },
		promptEnhance: { values: ['ON', 'OFF'] },
		choices: { quality: { values: ['TURBO', 'BALANCED', 'QUALITY'] } },
	},
];
