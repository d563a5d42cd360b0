/**
 * The Generate node of the Max Credits and pricing workflows: Generation → Create from each input
 * row's prompt (the node's defaults, 1024×768 and one image, unless `parameters` say otherwise), no downloads, failing
 * items passed on as errors unless told otherwise.
 */
export const generateNode = (
	options: Record<string, unknown>,
	parameters: Record<string, unknown> = {},
	continueOnFail = true,
) => ({
	name: 'Generate',
	continueOnFail,
	parameters: {
		resource: 'generation',
		operation: 'create',
		prompt: '={{ $json.prompt }}',
		downloadImages: false,
		...parameters,
		options,
	},
});

/** Input rows, one prompt each. */
export const rows = (count: number) =>
	Array.from({ length: count }, (_, i) => ({ json: { prompt: `picture ${i}` } }));
