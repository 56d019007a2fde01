/**
 * The quick-jump palette: a combobox over the build-time index (/palette-index.json), matched
 * with fuse.js by Chinese text, full pinyin or initials. Loaded the first time it opens.
 */
import Fuse from 'fuse.js';
import { FUSE_OPTIONS, isLatinQuery, normalizeQuery, PINYIN_KEYS, rank, TEXT_KEYS, type PaletteEntry } from './palette.ts';
import { routes } from '../../model/routes.ts';

/**
 * Fetches the index and wires the combobox. Resolves false when the index could not be loaded
 * (the dialog then says so, and the next opening tries again). Whatever the user typed while the
 * index was loading is searched as soon as it arrives.
 */
export async function mountPalette(dialog: HTMLDialogElement): Promise<boolean> {
	const input = dialog.querySelector<HTMLInputElement>('#palette-input')!;
	const list = dialog.querySelector<HTMLUListElement>('#palette-list')!;
	const status = dialog.querySelector<HTMLElement>('[data-palette-status]')!;
	const note = dialog.querySelector<HTMLElement>('[data-palette-note]')!;
	/** The visible line under the list: loading, failure, no match; empty hides it. */
	const message = (text: string) => {
		note.textContent = text;
		note.hidden = !text;
	};
	let entries: PaletteEntry[] = [];
	message('正在加载跳转索引…');
	try {
		const res = await fetch(routes.paletteIndex());
		if (!res.ok) throw new Error(String(res.status));
		entries = await res.json();
	} catch {
		status.textContent = '跳转索引加载失败，请检查网络后重试。';
		message('跳转索引加载失败，请检查网络后关闭并重新打开快速跳转。');
		return false;
	}
	const byText = new Fuse(entries, { ...FUSE_OPTIONS, keys: TEXT_KEYS });
	const byPinyin = new Fuse(entries, { ...FUSE_OPTIONS, keys: PINYIN_KEYS });
	let shown: PaletteEntry[] = [];
	let active = -1;

	const optionId = (i: number) => `palette-opt-${i}`;
	function select(i: number) {
		active = shown.length ? (i + shown.length) % shown.length : -1;
		list.querySelectorAll('[role="option"]').forEach((el, n) => el.setAttribute('aria-selected', String(n === active)));
		if (active >= 0) {
			input.setAttribute('aria-activedescendant', optionId(active));
			document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
		} else input.removeAttribute('aria-activedescendant');
	}

	function go(i: number) {
		const target = shown[i];
		if (!target) return;
		dialog.close();
		location.href = target.h;
	}

	function render() {
		const raw = input.value;
		const q = normalizeQuery(raw);
		shown = q ? rank((isLatinQuery(raw) ? byPinyin : byText).search(q), raw) : [];
		list.replaceChildren(
			...shown.map((e, i) => {
				const li = document.createElement('li');
				li.id = optionId(i);
				li.setAttribute('role', 'option');
				li.dataset.href = e.h;
				const kind = document.createElement('span');
				kind.className = 'palette-kind';
				kind.textContent = e.k;
				const title = document.createElement('span');
				title.className = 'palette-title';
				title.textContent = e.t;
				const where = document.createElement('span');
				where.className = 'palette-where';
				where.textContent = e.w;
				li.append(kind, title, where);
				li.addEventListener('click', () => go(i));
				return li;
			}),
		);
		input.setAttribute('aria-expanded', String(shown.length > 0));
		status.textContent = q ? (shown.length ? `${shown.length} 个结果` : '没有找到') : '';
		message(q && !shown.length ? `没有找到“${raw.trim()}”，换个说法或拼音首字母试试。` : '');
		select(0);
	}

	input.addEventListener('input', render);
	input.addEventListener('keydown', (e) => {
		if (e.key === 'ArrowDown') {
			e.preventDefault();
			select(active + 1);
		} else if (e.key === 'ArrowUp') {
			e.preventDefault();
			select(active - 1);
		} else if (e.key === 'Enter') {
			e.preventDefault();
			go(active);
		}
	});
	dialog.addEventListener('close', () => {
		if (dialog.open) return; // reopened before the queued 'close' ran: keep what is being typed
		input.value = '';
		render();
	});
	if (!dialog.open) input.value = ''; // closed while loading: start empty next time
	render(); // empty, or what was typed while the index loaded
	return true;
}
