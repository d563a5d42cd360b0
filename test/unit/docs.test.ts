import type { INodePropertyOptions } from 'n8n-workflow';

import { LeonardoAi } from '../../nodes/LeonardoAi/LeonardoAi.node';
import {
	linkProblem,
	markdownFiles,
	modulesUnder,
	packageDocumentationLinks,
	markedSection,
	readMarkdown,
	relativeLinks,
} from '../harness/markdown';

interface NodeOperation {
	/** "Resource → Operation", by the display names the editor shows. */
	name: string;
	resource: string;
	operation?: string;
}

function nodeOperationEntries(): NodeOperation[] {
	const { properties } = new LeonardoAi().description;
	const resources = properties.find((property) => property.name === 'resource')
		?.options as INodePropertyOptions[];
	return resources.flatMap((resource) => {
		const pickers = properties.filter(
			(property) =>
				property.name === 'operation' &&
				(property.displayOptions?.show?.resource ?? []).includes(resource.value),
		);
		if (!pickers.length)
			return [{ name: `${resource.name} → (no operation)`, resource: String(resource.value) }];
		return pickers.flatMap((picker) =>
			(picker.options as INodePropertyOptions[]).map((operation) => ({
				name: `${resource.name} → ${operation.name}`,
				resource: String(resource.value),
				operation: String(operation.value),
			})),
		);
	});
}

/** "Resource → Operation" for every operation of the node, by the display names the editor shows. */
function nodeOperations(): string[] {
	return nodeOperationEntries().map((entry) => entry.name);
}

/** Whether the editor shows Options → Max Credits for this operation: the node's mark of a paid call. */
function offersMaxCredits({ resource, operation }: NodeOperation): boolean {
	const shownFor = (show: Record<string, unknown[] | undefined> = {}) =>
		(!show.resource || show.resource.includes(resource)) &&
		(!show.operation || show.operation.includes(operation));
	return new LeonardoAi().description.properties.some(
		(property) =>
			shownFor(property.displayOptions?.show) &&
			((property.options ?? []) as Array<{ name: string }>).some(
				(option) => option.name === 'maxCredits',
			),
	);
}

const TABLE_HEAD = '| Operation | What it does |';

/** The rows of the README's operations table: `| [Resource → Operation](docs/page.md#anchor) | … |`. */
function readmeRows(): Array<{ name: string; target: string }> {
	return markedSection('README.md', 'operations')
		.split('\n')
		.filter((line) => line.startsWith('|') && !/^\|[- |]*\|$/.test(line) && line !== TABLE_HEAD)
		.map((line) => {
			const link = /^\| \[([^\]]+)\]\(([^)\s]+)\) \|/.exec(line);
			return link ? { name: link[1], target: link[2] } : { name: line, target: '' };
		});
}

describe("the README's table of operations", () => {
	const operations = nodeOperations();
	const rows = readmeRows();

	it('has a row for every resource and operation of the node', () => {
		expect(operations.length).toBeGreaterThan(30);
		const named = new Set(rows.map((row) => row.name));
		expect(operations.filter((operation) => !named.has(operation))).toEqual([]);
	});

	it('has no row for an operation the node does not have, and none twice', () => {
		expect(rows.map((row) => row.name).filter((name) => !operations.includes(name))).toEqual([]);
		expect(rows.length).toBe(new Set(rows.map((row) => row.name)).size);
	});

	it("links each row to a section of the operation's docs page", () => {
		const broken = rows
			.map(({ name, target }) => {
				if (!/^docs\/[a-z0-9-]+\.md#[a-z0-9-]+$/.test(target))
					return `${name}: ${target} is not docs/<page>.md#<section>`;
				const [resolved, anchor] = target.split('#');
				const problem = linkProblem({ resolved, anchor });
				return problem && `${name}: ${target}: ${problem}`;
			})
			.filter(Boolean);
		expect(broken).toEqual([]);
	});
});

describe("docs/ai-agents.md's tool descriptions", () => {
	const rows = new Map(
		markedSection('docs/ai-agents.md', 'tool-descriptions')
			.split('\n')
			.map((line) => /^\| ([^|]+ → [^|]+) \| (.+) \|$/.exec(line))
			.filter((match): match is RegExpExecArray => match !== null)
			.map((match) => [match[1], match[2]]),
	);

	it('has one line for every operation and none for an operation the node lacks', () => {
		expect(nodeOperations().filter((name) => !rows.has(name))).toEqual([]);
		expect([...rows.keys()].filter((name) => !nodeOperations().includes(name))).toEqual([]);
	});

	it.each(nodeOperationEntries().map((entry) => [entry.name, entry]))(
		'%s: says what it costs, paid where the node offers Max Credits, and what it returns',
		(name, entry) => {
			const text = rows.get(name as string) ?? '';
			const says = { costs: /\bCosts\b/.test(text), free: /\bFree\./.test(text) };
			expect(says.costs !== says.free).toBe(true);
			// Paid calls say so. (A call without Max Credits may still cost: Prompt → Improve.)
			if (offersMaxCredits(entry as NodeOperation))
				expect(says).toEqual({ costs: true, free: false });
			expect(text).toMatch(/\bReturns\b/);
		},
	);
});

describe('the Markdown of the repository', () => {
	it.each(markdownFiles())('%s links only to files and headings that exist', (file) => {
		const broken = relativeLinks(file)
			.map((link) => {
				const problem = linkProblem(link);
				return problem && `${file}:${link.line} ${link.target}: ${problem}`;
			})
			.filter(Boolean);
		expect(broken).toEqual([]);
	});

	it('the documentation links n8n shows (codex, credentials) and npm shows (homepage) lead somewhere', () => {
		const links = packageDocumentationLinks();
		expect(links.length).toBeGreaterThan(0);
		const broken = links
			.filter((link) => !(link.resolved === 'README.md' && link.anchor === 'readme'))
			.map((link) => {
				const problem = linkProblem(link);
				return problem && `${link.file}: ${link.url}: ${problem}`;
			})
			.filter(Boolean);
		expect(broken).toEqual([]);
	});

	it('the README fits on a screen or two, and shows its images by absolute URL (npm ships no docs/)', () => {
		const readme = readMarkdown('README.md');
		expect(readme.split('\n').length).toBeLessThanOrEqual(220);
		const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map(([, url]) => url);
		expect(images.length).toBeGreaterThan(0);
		expect(images.filter((url) => !url!.startsWith('https://'))).toEqual([]);
	});
});

describe("CONTRIBUTING.md's layout", () => {
	const layout =
		/## Layout\n\n```\n([\s\S]*?)\n```/.exec(readMarkdown('CONTRIBUTING.md'))?.[1] ?? '';

	// A resource's picker file follows one pattern the layout names once; an operation is named by its value.
	it.each(
		[...modulesUnder('nodes'), ...modulesUnder('credentials')].filter(
			(file) => !file.endsWith('.resource.ts'),
		),
	)('names %s', (file) => {
		const name = file.replace(/^.*\//, '').replace(/(\.operation)?\.ts$/, '');
		expect(layout).toMatch(new RegExp(`(^|[\\s,;(/])${name.replace('.', '\\.')}(\\.ts|\\b)`, 'm'));
	});
});
