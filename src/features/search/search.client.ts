/**
 * Opens the two search tools. Loaded on every page, so it stays tiny: Pagefind's UI and the
 * palette (fuse.js + its index) are imported the first time they are opened.
 */
import { PAGEFIND_RANKING } from './search-config.ts';

const searchDialog = document.getElementById('search-dialog') as HTMLDialogElement;
const paletteDialog = document.getElementById('palette-dialog') as HTMLDialogElement;
let returnFocus: HTMLElement | null = null;

if (/(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {
	const kbd = document.querySelector('[data-palette-kbd]');
	if (kbd) kbd.textContent = '⌘ K';
}

function open(dialog: HTMLDialogElement) {
	if (dialog.open) return;
	returnFocus = document.activeElement as HTMLElement | null;
	(dialog === searchDialog ? paletteDialog : searchDialog).close();
	dialog.showModal();
	document.body.toggleAttribute('data-search-modal-open', true);
}

for (const dialog of [searchDialog, paletteDialog]) {
	dialog.addEventListener('close', () => {
		// 'close' is queued: when the user reopened the dialog meanwhile, there is nothing to undo.
		if (dialog.open) return;
		document.body.toggleAttribute('data-search-modal-open', false);
		// Back where the user was; from the page itself, leave nothing focused inside the dialog.
		if (returnFocus && returnFocus !== document.body) returnFocus.focus();
		else if (dialog.contains(document.activeElement)) (document.activeElement as HTMLElement).blur();
	});
	dialog.addEventListener('click', (e) => {
		if (e.target === dialog) dialog.close(); // the backdrop
	});
	dialog.querySelector('[data-close-dialog]')?.addEventListener('click', () => dialog.close());
}

let searchReady: Promise<void> | undefined;
async function openSearch() {
	open(searchDialog);
	searchReady ??= (async () => {
		// @ts-expect-error — @pagefind/default-ui ships no types.
		const { PagefindUI } = await import('@pagefind/default-ui');
		let translations = {};
		try {
			translations = JSON.parse(searchDialog.dataset.translations ?? '{}');
		} catch {
			// Defaults are English; better than nothing.
		}
		new PagefindUI({
			element: '#site-search-ui',
			bundlePath: searchDialog.dataset.bundle,
			// Pagefind indexes dist/ from its root; results link under the base path.
			baseUrl: searchDialog.dataset.base,
			showImages: false,
			showSubResults: true,
			translations,
			ranking: PAGEFIND_RANKING,
		});
		searchDialog.querySelector('[data-loading]')?.remove();
	})();
	await searchReady;
	searchDialog.querySelector<HTMLInputElement>('input')?.focus();
}

let paletteReady: Promise<boolean> | undefined;
async function openPalette() {
	open(paletteDialog);
	// The input is usable at once (showModal focuses it); what is typed meanwhile is kept.
	paletteReady ??= import('./palette.client.ts')
		.then(({ mountPalette }) => mountPalette(paletteDialog))
		.catch(() => {
			// The palette's own code could not be fetched (offline before it was ever cached).
			const note = paletteDialog.querySelector<HTMLElement>('[data-palette-note]');
			if (note) {
				note.textContent = '快速跳转加载失败，请检查网络后关闭并重新打开。';
				note.hidden = false;
			}
			return false;
		});
	if (!(await paletteReady)) paletteReady = undefined; // offline or failed: try again next time
}

document.querySelector('[data-open-search]')?.addEventListener('click', openSearch);
document.querySelector('[data-open-palette]')?.addEventListener('click', openPalette);

/** Whether the user is typing somewhere, so "/" must stay a character. */
const typing = (el: Element | null) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

window.addEventListener(
	'keydown',
	(e) => {
		if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
			e.preventDefault();
			e.stopImmediatePropagation();
			if (paletteDialog.open) paletteDialog.close();
			else void openPalette();
		} else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !typing(document.activeElement) && !searchDialog.open && !paletteDialog.open) {
			e.preventDefault();
			void openSearch();
		}
	},
	{ capture: true },
);
