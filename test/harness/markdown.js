'use strict';
// The repository's Markdown (README.md, CONTRIBUTING.md, docs/*.md), for the tests that compare its
// generated sections with their source and check its links (kept in JS: it reads files, which n8n's
// strict lint forbids in .ts).
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '../..');

/** The Markdown files a reader follows links between, relative to the repository root. */
function markdownFiles() {
	const docs = fs
		.readdirSync(path.join(ROOT, 'docs'))
		.filter((name) => name.endsWith('.md'))
		.sort()
		.map((name) => `docs/${name}`);
	return ['README.md', 'CONTRIBUTING.md', ...docs];
}

function read(file) {
	return fs.readFileSync(path.join(ROOT, file), 'utf8');
}

/** The text between `<!-- name:start -->` and `<!-- name:end -->` in a file, trimmed. */
function markedSection(file, name) {
	const text = read(file);
	const start = `<!-- ${name}:start -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(`<!-- ${name}:end -->`);
	if (from < 0 || to < from) throw new Error(`${file} has no ${name} section`);
	return text.slice(from + start.length, to).trim();
}

/** The text outside fenced code blocks, where a heading or a link means something. */
function prose(text) {
	return text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

/** GitHub's anchor for a heading: its text, lowercase, punctuation dropped, spaces to hyphens. */
function slug(heading) {
	const text = heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/<[^>]+>/g, '')
		.replace(/[`*]/g, '');
	return text
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
		.replace(/ /g, '-');
}

/** The anchors a link into the file may name: its headings' (numbered when repeated), `<a id>`s. */
function anchorsOf(file) {
	const text = prose(read(file));
	const anchors = new Set();
	const seen = new Map();
	for (const [, heading] of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
		const base = slug(heading);
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count ? `${base}-${count}` : base);
	}
	for (const [, id] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id);
	return anchors;
}

/**
 * The file's links to other files of the repository or to its own headings (not to the web): each
 * with the file it names (relative to the root, '' when the link names none) and its anchor.
 */
function relativeLinks(file) {
	const links = [];
	const lines = prose(read(file)).split('\n');
	lines.forEach((line, index) => {
		for (const [, target] of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
			if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
			const [pathPart, anchor = ''] = target.split('#');
			const resolved = pathPart
				? path.posix.normalize(path.posix.join(path.posix.dirname(file), pathPart))
				: file;
			links.push({ file, line: index + 1, target, resolved, anchor });
		}
	});
	return links;
}

/** What is wrong with a link: its file (or folder) missing, or its anchor missing in that file. */
function linkProblem(link) {
	const full = path.join(ROOT, link.resolved);
	if (link.resolved.startsWith('..') || !fs.existsSync(full)) return 'no such file';
	if (link.anchor && link.resolved.endsWith('.md') && !anchorsOf(link.resolved).has(link.anchor))
		return `no anchor #${link.anchor} in ${link.resolved}`;
	return undefined;
}

const REPOSITORY = 'https://github.com/n8n-nodes-leonardo-ai/n8n-nodes-leonardo-ai';

/**
 * The links into the repository's README that the package itself shows in n8n (the nodes' codex
 * documentation links, the credentials' documentationUrl) or on npm (homepage), with the file each
 * names (`resolved`) and its anchor.
 */
function packageDocumentationLinks() {
	const files = [
		'package.json',
		...fs
			.readdirSync(path.join(ROOT, 'credentials'))
			.filter((name) => name.endsWith('.ts'))
			.map((name) => `credentials/${name}`),
		...fs
			.readdirSync(path.join(ROOT, 'nodes/LeonardoAi'))
			.filter((name) => name.endsWith('.node.json'))
			.map((name) => `nodes/LeonardoAi/${name}`),
	];
	return files.flatMap((file) =>
		[
			...read(file).matchAll(
				/https:\/\/github\.com\/n8n-nodes-leonardo-ai\/n8n-nodes-leonardo-ai[^'"\s]*/g,
			),
		]
			.map(([url]) => url)
			.filter((url) => !url.endsWith('.git'))
			.map((url) => {
				// `…#anchor` is the README's; `…/blob/<branch>/<path>#anchor` another file's.
				const [where, anchor = ''] = url.slice(REPOSITORY.length).split('#');
				const resolved = where.replace(/^\/(?:blob|tree)\/[^/]+\//, '') || 'README.md';
				return { file, url, resolved, anchor };
			}),
	);
}

/** Every TypeScript module under a folder of the repository, as paths relative to its root. */
function modulesUnder(folder) {
	return fs
		.readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.ts'))
		.sort()
		.map((file) => path.posix.join(folder, file.split(path.sep).join('/')));
}

module.exports = {
	modulesUnder,
	packageDocumentationLinks,
	markdownFiles,
	readMarkdown: read,
	markedSection,
	anchorsOf,
	relativeLinks,
	linkProblem,
	slug,
};
