// n8n-core writes an encryption key under the user folder: keep it out of the developer's home.
const fs = require('fs');
const os = require('os');
const path = require('path');

// One folder per test process (Jest gives each test file its own copy of process.env, so a fresh
// folder per file would leave thousands behind).
if (!process.env.N8N_USER_FOLDER) {
	process.env.N8N_USER_FOLDER = path.join(os.tmpdir(), `leonardo-n8n-test-${process.pid}`);
	fs.mkdirSync(process.env.N8N_USER_FOLDER, { recursive: true });
}
process.env.N8N_RESTRICT_FILE_ACCESS_TO = '';
process.env.N8N_LOG_LEVEL = process.env.N8N_LOG_LEVEL || 'silent';
