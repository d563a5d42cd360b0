// The sandbox's Blueprint catalog (test/sandbox/api/blueprints.js), written out here.
export const TRANSLATE = 'b1e00000-0000-4000-8000-000000000001';
export const CLOSED = 'b1e00000-0000-4000-8000-000000000002';
export const OLD_VERSION = 'b1e00000-0000-4000-8000-0000000000a1';
export const NEW_VERSION = 'b1e00000-0000-4000-8000-0000000000a2';
export const IMAGE_NODE = '7f9c1c8a-7d16-4bc8-bc4c-5b72d7653c12';
export const LANGUAGE_NODE = '16c99a94-9b47-4f2d-b3ff-7e6a82d7d891';
export const NOTE_NODE = '2b7e1f00-0000-4000-8000-0000000000aa';
export const STYLE_NODE = '2b7e1f00-0000-4000-8000-0000000000bb';
export const UNKNOWN = '0b5e2c1d-3f4a-4b6c-8d7e-9f0a1b2c3d4e';

export const blueprint = (
	operation: string,
	parameters: Record<string, unknown> = {},
	settings: Record<string, unknown> = {},
) => ({
	name: 'Blueprint',
	parameters: { resource: 'blueprint', operation, ...parameters },
	...settings,
});

/** The rows a user fills in for the translate Blueprint: the photo from the item, the language. */
export const photoInSpanish = [
	{ nodeId: IMAGE_NODE, settingName: 'imageUrl', binaryPropertyName: 'data' },
	{ nodeId: LANGUAGE_NODE, settingName: 'textVariables', value: 'Spanish' },
];

export const execute = (
	parameters: Record<string, unknown> = {},
	settings: Record<string, unknown> = {},
) =>
	blueprint(
		'execute',
		{ blueprintId: TRANSLATE, nodeInputs: { input: photoInSpanish }, ...parameters },
		settings,
	);
