import type { IDataObject } from 'n8n-workflow';

/**
 * What Leonardo documents for training an element (a LoRA) on a dataset: POST /elements, "Train a
 * Custom Element" (https://docs.leonardo.ai/reference/createelement, the OpenAPI body: `name`,
 * `description`, `datasetId`, `instance_prompt`, `lora_focus`, `train_text_encoder`, `resolution`,
 * `sd_version`, `num_train_epochs`, `learning_rate`), and Leonardo's help guide "Element (LoRA)
 * Training" (https://intercom.help/leonardo-ai/en/articles/10501488-element-lora-training) for the
 * dataset's size.
 */

/** `sd_version`, the base model the element is trained for (the OpenAPI enum; FLUX_DEV the default). */
export const ELEMENT_BASE_MODELS: Array<[string, string]> = [
	['FLUX Dev', 'FLUX_DEV'],
	['SDXL 1.0', 'SDXL_1_0'],
	['SDXL 0.9', 'SDXL_0_9'],
	['Leonardo Diffusion XL', 'LEONARDO_DIFFUSION_XL'],
	['Leonardo Lightning XL', 'LEONARDO_LIGHTNING_XL'],
	['Vision XL', 'VISION_XL'],
	['Kino XL', 'KINO_XL'],
	['Albedo XL', 'ALBEDO_XL'],
];

/** `lora_focus`: "Options are 'General' | 'Character' | 'Style' | 'Object'. FLUX_DEV doesn't support General." */
export const LORA_FOCUSES = ['General', 'Character', 'Style', 'Object'] as const;

export interface Range {
	min: number;
	max: number;
	default: number;
}

export interface TrainingRanges {
	epochs: Range;
	learningRate: Range;
}

/** The tables of `num_train_epochs` and `learning_rate` on the OpenAPI page, by base model and focus. */
const FLUX_RANGES: Record<string, TrainingRanges> = {
	Style: {
		epochs: { min: 30, max: 120, default: 60 },
		learningRate: { min: 0.000001, max: 0.00003, default: 0.00001 },
	},
	Object: {
		epochs: { min: 120, max: 220, default: 140 },
		learningRate: { min: 0.00001, max: 0.001, default: 0.0004 },
	},
	Character: {
		epochs: { min: 100, max: 200, default: 135 },
		learningRate: { min: 0.00001, max: 0.001, default: 0.0005 },
	},
};
const OTHER_RANGES: TrainingRanges = {
	epochs: { min: 1, max: 250, default: 100 },
	learningRate: { min: 0.00000001, max: 0.00001, default: 0.000001 },
};

/** The ranges for a base model and focus; undefined where the page says the pair is not supported. */
export function trainingRanges(sdVersion: string, loraFocus: string): TrainingRanges | undefined {
	return sdVersion === 'FLUX_DEV' ? FLUX_RANGES[loraFocus] : OTHER_RANGES;
}

/** `instance_prompt` is "Required for all non-FLUX_DEV models and FLUX_DEV Character model training". */
export function needsInstancePrompt(sdVersion: string, loraFocus: string): boolean {
	return sdVersion !== 'FLUX_DEV' || loraFocus === 'Character';
}

/** `resolution`: "The resolution for training. Must be 1024." */
export const TRAINING_RESOLUTION = 1024;

/** The help guide: "Minimum images: 10"; "Maximum images: 50 for Flux Dev, 40 for SDXL". */
export const ELEMENT_DATASET_IMAGES = {
	min: 10,
	max: (sdVersion: string) => (sdVersion === 'FLUX_DEV' ? 50 : 40),
};

export interface ElementTraining {
	datasetId: string;
	name: string;
	description: string;
	instancePrompt: string;
	loraFocus: string;
	sdVersion: string;
	resolution: number;
	learningRate: number;
	numTrainEpochs: number;
	trainTextEncoder: boolean;
}

/** The POST /elements body with the OpenAPI page's wire names; empty text fields are left out. */
export function buildElementBody(training: ElementTraining): IDataObject {
	return {
		name: training.name,
		...(training.description ? { description: training.description } : {}),
		datasetId: training.datasetId,
		...(training.instancePrompt ? { instance_prompt: training.instancePrompt } : {}),
		lora_focus: training.loraFocus,
		train_text_encoder: training.trainTextEncoder,
		resolution: training.resolution,
		sd_version: training.sdVersion,
		num_train_epochs: training.numTrainEpochs,
		learning_rate: training.learningRate,
	};
}
