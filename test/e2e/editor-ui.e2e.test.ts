import type { Browser, Page } from 'playwright-core';

import {
	RUNTIMES,
	launchBrowser,
	openAiCredential,
	readExample,
	screenshotPath,
	startEditor,
} from './editor';

type Editor = Awaited<ReturnType<typeof startEditor>>;

/** The node parameters the editor shows right now (the n8n Settings tab's are left out). */
async function visibleParameters(page: Page): Promise<string[]> {
	const ids = await page
		.getByTestId('node-parameters')
		.locator('[data-test-id^="parameter-input-"]:visible')
		.evaluateAll((elements) =>
			elements.map((element) => element.getAttribute('data-test-id') ?? ''),
		);
	return [...new Set(ids.map((id) => id.replace('parameter-input-', '')))].filter(
		(name) => !['field', 'item'].includes(name),
	);
}

async function choose(page: Page, parameter: string, label: string): Promise<void> {
	// The label as a literal in a pattern ("Create (Newer Models)").
	const option = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await page.getByTestId(`parameter-input-${parameter}`).click();
	// An option shows its name (and, for operations, a description under it): match the name exactly.
	const name = page.locator('.option-headline', { hasText: new RegExp(`^\\s*${option}\\s*$`) });
	const item = page
		.locator('.el-select-dropdown__item:visible')
		.filter({ has: name })
		.or(
			page.locator('.el-select-dropdown__item:visible', {
				hasText: new RegExp(`^\\s*${option}\\s*$`),
			}),
		);
	await item.first().click();
	await page.waitForTimeout(400);
}

describe('the Leonardo AI node in the real n8n editor (headless Chromium)', () => {
	const runtime = RUNTIMES[0];
	let editor: Editor;
	let browser: Browser;
	let page: Page;

	beforeAll(
		async () => {
			// The agent example's OpenAI Chat Model needs its credential (pointing at the sandbox) to exist.
			editor = await startEditor(runtime, {
				credentials: (sandbox) => [openAiCredential(sandbox)],
			});
			browser = await launchBrowser();
			page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
			await page.goto(`${editor.url}/signin`);
			await page.getByTestId('emailOrLdapLoginId').locator('input').fill(editor.call.owner.email);
			await page.locator('input[type=password]').fill(editor.call.owner.password);
			await page.getByTestId('form-submit-button').click();
			await page.waitForURL((url) => !url.pathname.includes('signin'));
		},
		20 * 60 * 1000,
	);

	afterAll(async () => {
		await browser?.close();
		await editor?.stop();
	});

	it('is found by name in the node panel and opens on the chosen action', async () => {
		await page.goto(`${editor.url}/workflow/new`);
		await page.getByTestId('canvas-add-button').click();
		await page.getByTestId('node-creator-search-bar').fill('manual');
		await page.getByTestId('node-creator-item-name').first().waitFor();
		await page.keyboard.press('Enter');
		await page.getByTestId('canvas-trigger-node').waitFor();
		await page.getByTestId('node-creator-plus-button').click();
		await page.getByTestId('node-creator-search-bar').fill('Leonardo');
		const item = page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: 'Leonardo AI' })
			.first();
		await item.waitFor();
		await page.screenshot({ path: screenshotPath('node-panel.png') });
		await item.click();
		await page.getByText('Upload an init image').first().click();
		await page.getByTestId('ndv').waitFor();
		expect(await visibleParameters(page)).toEqual(['resource', 'operation', 'binaryPropertyName']);
		await expect(
			page.getByTestId('node-credentials-select').locator('input').inputValue(),
		).resolves.toBe('Leonardo AI (local sandbox)');
		await page.screenshot({ path: screenshotPath('upload-init-image.png') });
	}, 120_000);

	it('shows the generation parameters, and Longest Side instead of width and height when matching the init image', async () => {
		await choose(page, 'resource', 'Generation');
		await choose(page, 'operation', 'Create');
		const create = await visibleParameters(page);
		expect(create).toEqual(
			expect.arrayContaining([
				'prompt',
				'modelId',
				'initImageId',
				'initImageType',
				'initStrength',
				'sizeMode',
				'width',
				'height',
				'numImages',
				'waitForCompletion',
				'downloadImages',
			]),
		);
		expect(create).not.toContain('binaryPropertyName');
		expect(create).not.toContain('maxSide');
		await page.screenshot({ path: screenshotPath('generation-create.png') });

		await choose(page, 'sizeMode', 'Match Init Image');
		const matched = await visibleParameters(page);
		expect(matched).toContain('maxSide');
		expect(matched).not.toContain('width');
		expect(matched).not.toContain('height');
	}, 60_000);

	it('Create From Image asks for the input binary field and never for wait or size', async () => {
		await choose(page, 'operation', 'Create From Image');
		const fromImage = await visibleParameters(page);
		expect(fromImage).toEqual(
			expect.arrayContaining([
				'binaryPropertyName',
				'prompt',
				'modelId',
				'initStrength',
				'maxSide',
				'numImages',
				'downloadImages',
			]),
		);
		for (const hidden of ['waitForCompletion', 'width', 'height', 'sizeMode', 'initImageId'])
			expect(fromImage).not.toContain(hidden);
		await page.screenshot({ path: screenshotPath('generation-create-from-image.png') });
	}, 60_000);

	it('hides Download Images when Wait for Completion is off, for variations too', async () => {
		await choose(page, 'resource', 'Variation');
		await choose(page, 'operation', 'Remove Background');
		expect(await visibleParameters(page)).toEqual(
			expect.arrayContaining(['imageId', 'isVariation', 'waitForCompletion', 'downloadImages']),
		);
		await page.getByTestId('parameter-input-waitForCompletion').click();
		await page.waitForTimeout(400);
		const noWait = await visibleParameters(page);
		expect(noWait).toContain('waitForCompletion');
		expect(noWait).not.toContain('downloadImages');
		await page.screenshot({ path: screenshotPath('variation-remove-background.png') });
	}, 60_000);

	it("Create (Newer Models) shows the chosen model's fields: references for Nano Banana Pro, none for Ideogram 3.0", async () => {
		await choose(page, 'resource', 'Generation');
		await choose(page, 'operation', 'Create (Newer Models)');
		await choose(page, 'model', 'Nano Banana Pro');
		const nanoBanana = await visibleParameters(page);
		expect(nanoBanana).toEqual(
			expect.arrayContaining([
				'model',
				'prompt',
				'width',
				'height',
				'numImages',
				'referenceBinaryPropertyNames',
			]),
		);
		await page.screenshot({ path: screenshotPath('generation-create-v2-nano-banana-pro.png') });

		// Ideogram 3.0's page has no image references (https://docs.leonardo.ai/docs/ideogram-30).
		await choose(page, 'model', 'Ideogram 3.0');
		const ideogram = await visibleParameters(page);
		expect(ideogram).toEqual(expect.arrayContaining(['model', 'prompt', 'width', 'height']));
		expect(ideogram).not.toContain('referenceBinaryPropertyNames');
		await page.screenshot({ path: screenshotPath('generation-create-v2-ideogram.png') });
	}, 60_000);

	it("Video → Create shows the chosen model's fields: no end frame for Kling 2.6, no start frame for Gemini Omni Flash", async () => {
		await choose(page, 'resource', 'Video');
		await choose(page, 'operation', 'Create');
		await choose(page, 'model', 'Kling 3.0');
		expect(await visibleParameters(page)).toEqual(
			expect.arrayContaining(['startImageId', 'endImageId', 'duration']),
		);
		await choose(page, 'model', 'Kling 2.6');
		const kling = await visibleParameters(page);
		expect(kling).toContain('startImageId');
		expect(kling).not.toContain('endImageId');
		// Gemini Omni Flash takes image references only, no frames (https://docs.leonardo.ai/docs/gemini-omni-flash).
		await choose(page, 'model', 'Gemini Omni Flash');
		const omni = await visibleParameters(page);
		expect(omni).not.toContain('startImageId');
		expect(omni).not.toContain('endImageId');
		expect(omni).toContain('duration');
		await page.screenshot({ path: screenshotPath('video-create-gemini-omni-flash.png') });
		await choose(page, 'model', 'Kling 3.0');
	}, 60_000);

	it('Video: Create From Image asks for the photo and no start frame; Create shows both frames and hides Download Video without waiting', async () => {
		await choose(page, 'resource', 'Video');
		await choose(page, 'operation', 'Create From Image');
		const fromImage = await visibleParameters(page);
		expect(fromImage).toEqual(
			expect.arrayContaining([
				'binaryPropertyName',
				'model',
				'prompt',
				'endImageId',
				'duration',
				'width',
				'height',
				'downloadVideo',
			]),
		);
		for (const hidden of ['startImageId', 'waitForCompletion', 'generationId'])
			expect(fromImage).not.toContain(hidden);
		await page.screenshot({ path: screenshotPath('video-create-from-image.png') });

		await choose(page, 'operation', 'Create');
		const create = await visibleParameters(page);
		expect(create).toEqual(
			expect.arrayContaining([
				'startImageId',
				'startImageType',
				'endImageId',
				'waitForCompletion',
				'downloadVideo',
			]),
		);
		expect(create).not.toContain('binaryPropertyName');
		await page.getByTestId('parameter-input-waitForCompletion').click();
		await page.waitForTimeout(400);
		expect(await visibleParameters(page)).not.toContain('downloadVideo');

		await choose(page, 'operation', 'Get');
		expect(await visibleParameters(page)).toEqual(
			expect.arrayContaining(['generationId', 'downloadVideo']),
		);
	}, 60_000);

	it('the Leonardo AI Trigger: found as a trigger, its setup notice, Events, Download Images and the webhook URL panel', async () => {
		await page.goto(`${editor.url}/workflow/new`);
		await page.getByTestId('canvas-add-button').click();
		await page.getByTestId('node-creator-search-bar').fill('Leonardo');
		// Among triggers, n8n lists it under the app's name with the trigger's description.
		const item = page
			.getByTestId('node-creator-item-name')
			.filter({ hasText: 'Leonardo AI' })
			.first();
		await item.waitFor();
		await item.click();
		await page.waitForTimeout(800);
		// n8n lists the trigger's Events as actions of the app: pick the documented one.
		if (!(await page.getByTestId('ndv').isVisible()))
			await page
				.getByTestId('node-creator-item-name')
				.filter({ hasText: /Image Generation Complete/i })
				.first()
				.click();
		await page.getByTestId('ndv').waitFor();
		await page.waitForTimeout(600);
		expect(await visibleParameters(page)).toEqual(
			expect.arrayContaining(['events', 'downloadImages']),
		);
		await expect(
			page.getByTestId('parameter-input-events').getByText('Image Generation Complete').isVisible(),
		).resolves.toBe(true);
		await expect(
			page.getByTestId('ndv').getByText('Production URL').first().isVisible(),
		).resolves.toBe(true);
		await expect(
			page.getByTestId('ndv').getByText('webhook callback API key').first().isVisible(),
		).resolves.toBe(true);
		// The webhook URL panel: opened, it shows the URL Leonardo is to call.
		const urls = page
			.getByTestId('ndv')
			.getByText(/Webhook URLs?/i)
			.first();
		await urls.click();
		await page.waitForTimeout(400);
		await expect(
			page
				.getByTestId('ndv')
				.getByText(/\/webhook(-test)?\/.*\/leonardo/)
				.first()
				.isVisible(),
		).resolves.toBe(true);
		await page.screenshot({ path: screenshotPath('trigger.png') });
	}, 120_000);

	it('the agent example on the canvas: the AI Agent with its chat model and two Leonardo AI tools, Improve Prompt and Make Image, each with the Leonardo icon', async () => {
		// Saved over n8n's REST API as an import from a file is, then opened in the editor.
		const saved = await editor.call(
			'POST',
			'/workflows',
			readExample('agent-makes-images.workflow.json'),
		);
		expect(saved.status).toBe(200);
		await page.goto(`${editor.url}/workflow/${saved.body.data.id}`);
		const canvasNode = (name: string) =>
			page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"]`);
		await canvasNode('Make Image').waitFor();

		const names = await page
			.locator('[data-test-id="canvas-node"]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-name')));
		expect(names.sort()).toEqual([
			'AI Agent',
			'Improve Prompt',
			'Make Image',
			'OpenAI Chat Model',
			'Try It Without a Chat',
			'When Chat Message Received',
		]);
		// Every line on the canvas, "source → target (connection type)", the type read from its path.
		const edges = await page.locator('[data-test-id="edge"]').evaluateAll((lines) =>
			lines.map((line) => {
				const type = /\/outputs\/(\w+)\//.exec(line.querySelector('path')?.id ?? '')?.[1];
				const source = line.getAttribute('data-source-node-name');
				return `${source} → ${line.getAttribute('data-target-node-name')} (${type})`;
			}),
		);
		expect(edges.sort()).toEqual([
			'Improve Prompt → AI Agent (ai_tool)',
			'Make Image → AI Agent (ai_tool)',
			'OpenAI Chat Model → AI Agent (ai_languageModel)',
			'Try It Without a Chat → AI Agent (main)',
			'When Chat Message Received → AI Agent (main)',
		]);
		for (const [tool, subtitle] of [
			['Improve Prompt', 'improve: prompt'],
			['Make Image', 'create: generation'],
		]) {
			await expect(canvasNode(tool).getAttribute('data-node-type')).resolves.toBe(
				'n8n-nodes-leonardo-ai.leonardoAiTool',
			);
			await expect(canvasNode(tool).innerText()).resolves.toContain(`${tool}\n${subtitle}`);
			// The package's icon, served by n8n and drawn (a missing file leaves an empty image).
			const icon = canvasNode(tool).locator('img');
			await expect(icon.getAttribute('src')).resolves.toBe(
				'/icons/n8n-nodes-leonardo-ai/dist/nodes/LeonardoAi/leonardoAi.svg',
			);
			await expect(
				icon.evaluate((image) => (image as HTMLImageElement).naturalWidth),
			).resolves.toBeGreaterThan(0);
		}
		// n8n fits a workflow to the view when it opens it; no panel or dialog is open over the canvas.
		await expect(page.getByTestId('ndv').isVisible()).resolves.toBe(false);
		await page.waitForTimeout(800);
		await page.screenshot({ path: screenshotPath('agent-workflow.png') });
	}, 120_000);
});
