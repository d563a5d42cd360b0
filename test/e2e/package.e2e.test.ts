import { scanPackage } from './package';

describe('the published package', () => {
	it("holds only what users need, and passes n8n's community-package scanner rules", async () => {
		const scan = await scanPackage();
		expect(scan.stdout).toContain('PASS scanner rules on the sources');
		expect(scan.stdout).toContain('PASS scanner rules on the tarball');
		expect(scan.code).toBe(0);

		const outside = scan.files.filter(
			(file: string) =>
				!file.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json'].includes(file),
		);
		expect(outside).toEqual([]);
		expect(scan.files).toEqual(
			expect.arrayContaining([
				'dist/credentials/LeonardoAiApi.credentials.js',
				'dist/nodes/LeonardoAi/LeonardoAi.node.js',
				'dist/nodes/LeonardoAi/LeonardoAi.node.json',
				'dist/nodes/LeonardoAi/leonardoAi.svg',
				'dist/nodes/LeonardoAi/leonardoAi.dark.svg',
			]),
		);
		expect(
			scan.files.some(
				(file: string) => /test|sandbox|fixtures|\.ts$/.test(file) && !file.endsWith('.d.ts'),
			),
		).toBe(false);
	}, 120_000);
});
