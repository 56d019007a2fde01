/**
 * Layer rules (npm run lint:deps, part of npm test). The layout:
 *   src/model     schemas, the normalized playbook model, routes: depends on nothing else in src
 *   src/features  one folder per feature; a feature uses the model, the shared `ui` and `store`
 *                 features, and only the features named in the rules below
 *   src/site      Starlight config, overrides, middleware: may use features and the model
 *   src/pages     thin routes: may use anything in src
 *   tools/        build, bench and test tooling: never imported by src
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
	forbidden: [
		{ name: 'no-circular', severity: 'error', comment: 'Modules must not import each other in a circle.', from: {}, to: { circular: true } },
		{
			name: 'model-stands-alone',
			severity: 'error',
			comment: 'The model (schemas, playbook model, routes) depends on nothing in features, site or pages.',
			from: { path: '^src/model/' },
			to: { path: '^src/(features|site|pages)/' },
		},
		{
			name: 'src-never-imports-tools',
			severity: 'error',
			comment: 'Build and test tooling lives in tools/ and is never part of the site.',
			from: { path: '^src/' },
			to: { path: '^tools/' },
		},
		{
			name: 'features-use-model-ui-store',
			severity: 'error',
			comment: 'A feature uses the model and the shared ui and store features, not other features (composition happens in stages/, site/ and pages/).',
			from: { path: '^src/features/([^/]+)/', pathNot: '^src/features/(stages|deck|share)/' },
			// The share feature's entry points load its dialog on demand: ShareButton (Preact pages) and
			// open-share (the playbook page's run bar, which has no Preact until the dialog opens).
			to: { path: '^src/features/', pathNot: ['^src/features/$1/', '^src/features/(ui|store)/', '^src/features/share/(ShareButton|open-share)\\.tsx$'] },
		},
		{
			name: 'share-reads-checklist-progress',
			severity: 'error',
			comment: 'The share view and team board show runs as the checklist does (its pure progress module); nothing else of other features.',
			from: { path: '^src/features/share/' },
			to: { path: '^src/features/', pathNot: ['^src/features/(share|ui|store)/', '^src/features/checklist/progress\\.ts$'] },
		},
		{
			name: 'deck-uses-flowcharts-only',
			severity: 'error',
			comment: 'The deck reuses the flowchart decoration; nothing else of other features.',
			from: { path: '^src/features/deck/' },
			to: { path: '^src/features/', pathNot: '^src/features/(deck|flowcharts|ui|store)/' },
		},
		{
			name: 'stages-composes-page-features',
			severity: 'error',
			comment: 'The playbook page body composes the checklist and the course mark; nothing else.',
			from: { path: '^src/features/stages/' },
			to: { path: '^src/features/', pathNot: '^src/features/(stages|checklist|course|ui|store)/' },
		},
		{
			name: 'features-never-import-site-or-pages',
			severity: 'error',
			from: { path: '^src/features/' },
			to: { path: '^src/(site|pages)/' },
		},
		{
			name: 'browser-code-is-browser-only',
			severity: 'error',
			comment:
				'Islands (*.tsx) and browser scripts (*.client.ts/js) run in the browser: no Node built-ins, no content layer, no schemas (zod), no build-time feature modules.',
			from: { path: '\\.(tsx|client\\.[jt]s)$' },
			to: {
				path: ['^node:', '^src/model/(content|content-dir)\\.ts$', '^src/model/schemas/', '^src/features/flowcharts/', 'course-pages\\.ts$', 'palette-index\\.ts$', '^src/features/offline/'],
				// Types vanish in the bundle; only what runs counts.
				dependencyTypesNot: ['type-only'],
			},
		},
		{
			name: 'browser-code-no-node-builtins',
			severity: 'error',
			from: { path: '\\.(tsx|client\\.[jt]s)$' },
			to: { dependencyTypes: ['core'] },
		},
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^(node_modules|dist|\\.astro)/' },
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro'] },
	},
};
