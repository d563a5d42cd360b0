import type { AllEntities } from 'n8n-workflow';

type NodeMap = {
	initImage: 'upload';
	dataset: 'create' | 'uploadImage';
	generation: 'create' | 'createFromImage' | 'get';
};

export type LeonardoAiType = AllEntities<NodeMap>;
