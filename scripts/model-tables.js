'use strict';
// Writes docs/models.md's model tables from the catalog (run `npm run models` after changing it).
const fs = require('node:fs');
const path = require('node:path');
const { modelTables } = require('../dist/nodes/LeonardoAi/catalog/tables');

const page = path.join(__dirname, '..', 'docs', 'models.md');
const text = fs.readFileSync(page, 'utf8');
const start = '<!-- models:start -->';
const end = '<!-- models:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`docs/models.md has no ${start} … ${end} section`);
fs.writeFileSync(
	page,
	`${text.slice(0, from + start.length)}\n${modelTables()}\n${text.slice(to)}`,
);
console.log('docs/models.md: model tables written');
