#!/usr/bin/env node
'use strict';
// Starts the local Leonardo API + S3 sandbox on fixed ports for trying the node by hand in n8n:
// create a "Leonardo AI API" credential with the API key and Base URL printed below.
const { startSandbox } = require('../test/sandbox');

const apiPort = Number(process.env.SANDBOX_API_PORT ?? 5690);
const s3Port = Number(process.env.SANDBOX_S3_PORT ?? 5691);

startSandbox({ apiPort, s3Port, generationDelayMs: 2000 }).then((sandbox) => {
	console.log('Leonardo AI sandbox is running (Ctrl-C stops it).');
	console.log(`  API Key:  ${sandbox.apiKey}`);
	console.log(`  Base URL: ${sandbox.apiUrl}`);
	const stop = () => sandbox.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
});
