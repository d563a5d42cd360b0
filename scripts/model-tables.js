'use strict';
// Writes the README's model tables from the catalog (run `npm run models` after changing it).
const fs = require('node:fs');
const path = require('node:path');
const { modelTables } = require('../dist/nodes/LeonardoAi/catalog/tables');

const readme = path.join(__dirname, '..', 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const start = '<!-- models:start -->';
const end = '<!-- models:end -->';
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} section`);
fs.writeFileSync(
	readme,
	`${text.slice(0, from + start.length)}\n${modelTables()}\n${text.slice(to)}`,
);
console.log('README.md: model tables written');
