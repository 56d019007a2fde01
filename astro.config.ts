import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { createFlowcharts } from './src/integrations/flowcharts/index.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { templateSidebar } from './src/lib/template-sidebar.ts';
import { playbookSidebar } from './src/lib/playbook-sidebar.ts';
import { siteCsp } from './src/lib/csp.ts';
import { SITE_TITLE } from './src/lib/site.ts';
import { offline } from './src/integrations/offline/index.ts';
import browserslistToEsbuild from 'browserslist-to-esbuild';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major! < 22 || (major === 22 && minor! < 12))
	throw new Error(`销售流程手册需要 Node.js ≥ 22.12（当前 ${process.versions.node}）。Linux x64 上先 npm install，再用 npm run 运行。`);

// Rendered diagrams are committed here; the build-failure tests point it at a temporary folder.
const flowcharts = createFlowcharts(process.env.SALES_DIAGRAM_DIR ?? fileURLToPath(new URL('./cache/diagrams/', import.meta.url)));

export default defineConfig({
	site: 'https://sales-playbook.example',
	outDir: process.env.SALES_OUT_DIR ?? './dist',
	cacheDir: process.env.SALES_CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Content Security Policy as a <meta> in every page; see src/lib/csp.ts for what is allowed and why.
	security: { csp: siteCsp(fileURLToPath(new URL('.', import.meta.url))) },
	// No link prefetching (Starlight turns it on): the service worker precaches every page after the
	// first visit, and the 1 kB prefetch script counted against the 20 kB JS budget of playbook pages.
	prefetch: false,
	// Browser targets: package.json's "browserslist" (README, 支持的浏览器) as esbuild-style targets.
	vite: { build: { target: browserslistToEsbuild() } },
	markdown: {
		processor: unified({ remarkPlugins: [flowcharts.remarkPlugin] }),
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
				playbookSidebar(`${contentDir()}/docs`),
				{ label: '我的', items: [{ label: '我的清单', link: '/checklists/' }] },
				templateSidebar(`${contentDir()}/templates`),
			],
			customCss: ['./src/styles/site.css', './src/styles/flowchart.css', './src/styles/stages.css', './src/styles/checklist.css', '@pagefind/default-ui/css/ui.css', './src/styles/search.css', './src/styles/templates.css'],
			routeMiddleware: './src/route-middleware.ts',
			components: { PageTitle: './src/components/overrides/PageTitle.astro', Search: './src/components/overrides/Search.astro', Sidebar: './src/components/overrides/Sidebar.astro' },
			markdown: { processedDirs: [`${contentDir()}/docs`] },
			lastUpdated: false,
			favicon: '/favicon.svg',
			pagination: true,
		}),
		preact(),
		flowcharts.integration,
		offline(),
	],
});
