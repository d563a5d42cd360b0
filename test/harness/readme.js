'use strict';
// The README's generated sections, for the tests that compare them with their source (kept in JS: it
// reads files, which n8n's strict lint forbids in .ts).
const fs = require('fs');
const path = require('path');

/** The text between `<!-- name:start -->` and `<!-- name:end -->` in README.md, trimmed. */
function readmeSection(name) {
	const text = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
	const start = `<!-- ${name}:start -->`;
	const from = text.indexOf(start);
	const to = text.indexOf(`<!-- ${name}:end -->`);
	if (from < 0 || to < from) throw new Error(`README.md has no ${name} section`);
	return text.slice(from + start.length, to).trim();
}

module.exports = { readmeSection };
