const { src, dest } = require('gulp');

// Node and credential icons are referenced as `file:` paths, so they must sit beside the compiled JS.
function buildIcons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

exports['build:icons'] = buildIcons;
