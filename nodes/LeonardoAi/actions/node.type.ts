import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	initImage: 'upload' | 'uploadCanvas' | 'get' | 'delete';
	dataset: 'create' | 'get' | 'delete' | 'uploadImage' | 'uploadGeneratedImage';
	generation: 'create' | 'createV2' | 'createFromImage' | 'get' | 'getMany' | 'delete';
	variation: 'upscale' | 'unzoom' | 'removeBackground' | 'universalUpscale';
	model: 'getMany' | 'train' | 'get' | 'delete';
	user: 'getMe';
	video: 'create' | 'createFromImage' | 'createFromVideo' | 'get' | 'getVariation' | 'upscale';
	element: 'train' | 'get' | 'getMany' | 'delete';
	cost: 'estimate';
	prompt: 'improve' | 'random';
	media: 'upload' | 'get' | 'delete';
	image: 'removeBackground' | 'upscale';
	audio: 'create';
	model3d: 'create';
	blueprint: 'execute' | 'getExecution' | 'getGenerations' | 'get' | 'getVersions';
	realtime: 'generate' | 'refine' | 'inpaint' | 'upscale';
	asset3d: 'upload' | 'delete';
};

export type LeonardoAiType = AllEntities<NodeMap>;
