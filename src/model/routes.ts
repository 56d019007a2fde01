/**
 * Every URL the site builds, in one place, with the deployment's base path. The base comes from
 * Astro's `base` (set from $BASE_PATH in astro.config.ts) through `import.meta.env.BASE_URL`, which
 * Vite writes into both the server build and the browser bundles; outside Vite (Node tools) it is "/".
 */

/** Anchor of the stage section heading of a single-flow playbook. */
export const STAGES_ANCHOR = 'stages';

/** "/sales" or "/sales/" or "sales" → "/sales/"; "" → "/". */
export function normalizeBase(base: string | undefined): string {
	const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Spelled out as `import.meta.env.BASE_URL` so that Vite replaces just that string; `env?.BASE_URL`
 * made it inline the whole env object into every browser bundle (the playbook page's JS budget).
 * Outside Vite `import.meta.env` is undefined and the access throws.
 */
function viteBase(): string | undefined {
	try {
		return (import.meta as { env: { BASE_URL?: string } }).env.BASE_URL;
	} catch {
		return undefined;
	}
}

/** The base path every URL starts with: "/" or e.g. "/sales/". */
export const BASE = normalizeBase(viteBase());

/** A site path ("/playbooks/x/") under the base ("/sales/playbooks/x/"). */
export function url(path: string, base: string = BASE): string {
	return base + path.replace(/^\/+/, '');
}

/** Fragment id of a glossary term. */
export function termAnchor(term: string): string {
	return `term-${term.replace(/\s+/g, '-')}`;
}

/** Hash id of a stage's slide in the deck ("stage-" keeps stage ids apart from fixed slide ids). */
export function stageSlideId(stageId: string): string {
	return `stage-${stageId}`;
}

/** Slug of a playbook from its docs entry id: "playbooks/key-account" → "key-account". */
export function playbookSlug(entryId: string): string {
	return entryId.replace(/^playbooks\//, '');
}

/** The site's pages and files. Each returns a URL with the base. */
export const routes = {
	home: () => url('/'),
	playbook: (slug: string) => url(`/playbooks/${slug}/`),
	/** A stage (or a flow section) on its playbook page. */
	stage: (slug: string, anchor: string) => `${url(`/playbooks/${slug}/`)}#${anchor}`,
	/** The A4 checklist; with a run id, filled from this browser's store. */
	printSheet: (slug: string, runId?: string) => url(`/checklists/${slug}/`) + (runId ? `?run=${encodeURIComponent(runId)}` : ''),
	deck: (slug: string) => url(`/present/${slug}/`),
	quiz: (slug: string) => url(`/onboarding/${slug}/quiz/`),
	onboarding: () => url('/onboarding/'),
	courseRecord: () => url('/onboarding/record/'),
	myRuns: () => url('/checklists/'),
	/** The read-only view of a shared run or course record; the data travels in the fragment. */
	share: (payload?: string) => url('/share/') + (payload ? `#${payload}` : ''),
	/** 团队看板: shared runs and course records collected in a manager's browser. */
	team: () => url('/team/'),
	templates: () => url('/templates/'),
	template: (id: string) => url(`/templates/${id}/`),
	glossary: () => url('/glossary/'),
	term: (term: string) => `${url('/glossary/')}#${termAnchor(term)}`,
	paletteIndex: () => url('/palette-index.json'),
	pagefind: () => url('/pagefind/'),
	serviceWorker: () => url('/sw.js'),
} as const;
