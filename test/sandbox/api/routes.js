'use strict';
// The API's route table: each module lists { method, path, handle }; `path` is '/a/:name' or a RegExp.
const { accountRoutes } = require('./account');
const { blueprintRoutes } = require('./blueprints');
const { datasetImageCount, datasetRoutes } = require('./datasets');
const { elementRoutes } = require('./elements');
const { modelRoutes } = require('./models');
const { charger, price, pricingRoutes } = require('./pricing');
const { promptRoutes } = require('./prompts');
const { realtimeRoutes } = require('./realtime');
const { generationRoutes } = require('./generations');
const { imageToolRoutes } = require('./imageTools');
const { generationStore } = require('./jobs');
const { mediaRoutes } = require('./media');
const { uploadRoutes } = require('./uploads');
const { variationRoutes } = require('./variations');
const { videoRoutes } = require('./videos');
const { videoUpscaleRoutes } = require('./videoUpscale');
const { v2KnownIn } = require('./v2models');

function compile(path) {
	if (path instanceof RegExp) return { regex: path, names: [] };
	const names = [];
	const source = path.replace(/:(\w+)/g, (_, name) => {
		names.push(name);
		return '([^/]+)';
	});
	return { regex: new RegExp(`^${source}$`), names };
}

/** Builds the table; returns a lookup from (method, path) to { handle, params } (RegExp groups as params[0], …). */
function apiRoutes(sandboxContext) {
	const store = generationStore(sandboxContext);
	const charge = charger(sandboxContext.sandbox, sandboxContext.state);
	const videos = videoRoutes({ ...sandboxContext, ...store, charge, price });
	const context = {
		...sandboxContext,
		...store,
		charge,
		price,
		v2Known: v2KnownIn(sandboxContext.state),
		datasetImageCount: (id) => datasetImageCount(sandboxContext, id),
	};
	const table = [
		accountRoutes,
		uploadRoutes,
		datasetRoutes,
		elementRoutes,
		modelRoutes,
		generationRoutes,
		variationRoutes,
		pricingRoutes,
		promptRoutes,
		mediaRoutes,
		imageToolRoutes,
		videoUpscaleRoutes,
		blueprintRoutes,
		realtimeRoutes,
	]
		.flatMap((routes) => routes(context))
		.concat(videos.routes)
		.map((route) => ({ ...route, ...compile(route.path) }));
	const lookup = (method, path) => {
		for (const route of table) {
			if (route.method !== method) continue;
			const match = route.regex.exec(path);
			if (!match) continue;
			const groups = match.slice(1);
			const params = route.names.length
				? Object.fromEntries(route.names.map((name, i) => [name, groups[i]]))
				: { ...groups };
			return { handle: route.handle, params };
		}
		return undefined;
	};
	// The generations store, for the callbacks the sandbox sends (index.js).
	lookup.store = store;
	return lookup;
}

module.exports = { apiRoutes };
