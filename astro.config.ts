import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { createFlowcharts } from './src/features/flowcharts/integration.ts';
import { contentDir } from './src/model/content-dir.ts';
import { PLAYBOOK_GROUP, TEMPLATE_GROUP } from './src/site/sidebar.ts';
import { siteCsp } from './src/site/csp.ts';
import { SITE_TITLE } from './src/model/site.ts';
import { offline } from './src/features/offline/integration.ts';
import { locateChromium } from './tools/browser.ts';
import { rehypeBase } from './src/site/rehype-base.ts';
import { precompress } from './src/site/precompress.ts';
import { preloadHelperDrop } from './src/site/drop-preload-helper.ts';
import { beforePaint } from './src/site/before-paint.ts';
import { uiStringsPlugin } from './src/site/ui-strings.ts';
import browserslistToEsbuild from 'browserslist-to-esbuild';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major! < 22 || (major === 22 && minor! < 12))
	throw new Error(`销售流程手册需要 Node.js ≥ 22.12（当前 ${process.versions.node}）。Linux x64 上先 npm install，再用 npm run 运行。`);

// Rendered diagrams are committed here; the build-failure tests point it at a temporary folder.
const flowcharts = createFlowcharts(process.env.SALES_DIAGRAM_DIR ?? fileURLToPath(new URL('./cache/diagrams/', import.meta.url)), locateChromium);

export default defineConfig({
	// Deployment: BASE_PATH=/sales/ serves the site under a path; SITE_URL is its public origin
	// (canonical links, sitemap). Every URL the site builds goes through src/model/routes.ts.
	site: process.env.SITE_URL || 'https://sales-playbook.example',
	base: process.env.BASE_PATH || '/',
	outDir: process.env.SALES_OUT_DIR ?? './dist',
	cacheDir: process.env.SALES_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Content Security Policy as a <meta> in every page; see src/site/csp.ts for what is allowed and why.
	security: { csp: siteCsp(fileURLToPath(new URL('.', import.meta.url))) },
	// No link prefetching (Starlight turns it on): the service worker precaches every page after the
	// first visit, and the 1 kB prefetch script counted against the 20 kB JS budget of playbook pages.
	prefetch: false,
	// Browser targets: package.json's "browserslist" (README, 支持的浏览器) as esbuild-style targets.
	vite: {
		build: { target: browserslistToEsbuild() },
		plugins: [
			{
				// Module preload off for the browser build: chunks loaded on interaction (dialogs, the
				// palette) fetch their own imports (Astro sets the top-level option, so it is set per
				// environment; the helper itself goes in drop-preload-helper.ts).
				// One chunk for the store and the small pure modules every checklist page shares (limits,
				// task keys, progress, bars, course status), instead of five chunks of 0.1–0.8 kB each
				// (the playbook page's budget, issue 15).
				name: 'sales-playbook:client-chunks',
				configEnvironment: (name: string) =>
					name === 'client'
						? {
								build: {
									modulePreload: false,
									rolldownOptions: {
										output: {
											codeSplitting: {
												groups: [{ name: 'store', test: /src[\\/](features[\\/](store[\\/](store|shape)|ui[\\/]bar|checklist[\\/]progress|course[\\/]status)|model[\\/](limits|task-key|site))\.ts$/ }],
											},
										},
									},
								},
							}
						: undefined,
			},
		],
	},
	markdown: {
		processor: unified({ remarkPlugins: [flowcharts.remarkPlugin], rehypePlugins: [[rehypeBase, { base: process.env.BASE_PATH || '/' }]] }),
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: '面向销售团队的流程手册：六套销售流程、流程图、阶段清单与可打印表单。',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: [
				{ label: '开始', items: [{ label: '首页', link: '/' }, { label: '入门课程', link: '/onboarding/' }, { label: '术语表', link: '/glossary/' }] },
				// Filled from the content model by src/site/route-middleware.ts.
				{ label: PLAYBOOK_GROUP, items: [] },
				{ label: '我的', items: [{ label: '我的清单', link: '/checklists/' }, { label: '团队看板', link: '/team/' }] },
				{ label: TEMPLATE_GROUP, items: [] },
			],
			customCss: ['./src/site/site.css', './src/features/ui/controls.css', './src/features/flowcharts/flowchart.css', './src/features/stages/stages.css', './src/features/checklist/checklist.css', '@pagefind/default-ui/css/ui.css', './src/features/search/search.css', './src/features/templates/templates.css', './src/features/share/share-dialog.css'],
			routeMiddleware: './src/site/route-middleware.ts',
			components: {
				PageTitle: './src/site/overrides/PageTitle.astro',
				Search: './src/site/overrides/Search.astro',
				ThemeProvider: './src/site/overrides/ThemeProvider.astro',
				// One language: no language picker, and none of its script on every page.
				LanguageSelect: './src/site/overrides/LanguageSelect.astro',
				// Starlight's markup and look; a lighter script marks the section being read (toc.client.ts).
				TableOfContents: './src/features/toc/TableOfContents.astro',
				MobileTableOfContents: './src/features/toc/MobileTableOfContents.astro',
			},
			markdown: { processedDirs: [`${contentDir()}/docs`] },
			lastUpdated: false,
			// The icon is inline in every page (src/features/ui/favicon.ts, set by the route middleware).
			pagination: true,
			// Chinese UI strings from content/i18n/ (heading anchors included); see ui-strings-loader.ts.
			plugins: [uiStringsPlugin(`${contentDir()}/i18n`)],
		}),
		preact(),
		flowcharts.integration,
		// Before offline() and precompress(): they list and compress the scripts as finally written.
		preloadHelperDrop(),
		// Before offline(): it lists the pages as finally written.
		beforePaint(),
		offline(),
		// Last: compresses what every integration before it wrote (pages, Pagefind, sw.js).
		precompress(),
	],
});
