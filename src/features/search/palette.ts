/**
 * The quick-jump palette's data and matching. Pure: the index is built at build time (with
 * pinyin) and searched in the browser with fuse.js.
 */

/** What an entry is, shown next to it. */
export type EntryKind = '流程' | '阶段' | '任务' | '模板' | '术语' | '页面';

/** One searchable thing. Short keys keep the JSON small. */
export interface PaletteEntry {
	/** kind */
	k: EntryKind;
	/** title as shown */
	t: string;
	/** where it sits, e.g. "大客户开发流程 › 阶段二 样品资料提供/信息收集" */
	w: string;
	/** link */
	h: string;
	/** full pinyin of the title, no spaces: "qianyuexuzhi" */
	p: string;
	/** pinyin initials of the title: "qyxz" */
	i: string;
}

/** Order of kinds when scores tie: the bigger things first. */
export const KIND_RANK: Record<EntryKind, number> = { 流程: 0, 页面: 1, 阶段: 2, 模板: 3, 术语: 4, 任务: 5 };

/** Options suited to Chinese (stack notes): match anywhere, not only near the start. */
export const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.3, includeScore: true } as const;

/** A query typed in Latin letters (pinyin or initials) rather than Chinese. */
export function isLatinQuery(query: string): boolean {
	return /^[a-z\s']+$/i.test(query.trim());
}

/** Query as matched: trimmed; pinyin lower-cased without spaces or apostrophes. */
export function normalizeQuery(query: string): string {
	const q = query.trim();
	return isLatinQuery(q) ? q.toLowerCase().replace(/[\s']+/g, '') : q;
}

type Keys = Array<{ name: keyof PaletteEntry; weight: number }>;

/** Fuse keys for Chinese queries: the entry's text, then where it sits. */
export const TEXT_KEYS: Keys = [
	{ name: 't', weight: 3 },
	{ name: 'w', weight: 1 },
];

/** Fuse keys for Latin queries: initials ("qy"), then full pinyin ("qianyue"). */
export const PINYIN_KEYS: Keys = [
	{ name: 'i', weight: 2 },
	{ name: 'p', weight: 1 },
];

/** Fuse keys for a query: Chinese text, or pinyin and initials. */
export function keysFor(query: string): Keys {
	return isLatinQuery(query) ? PINYIN_KEYS : TEXT_KEYS;
}

export interface Scored {
	item: PaletteEntry;
	score?: number;
}

/**
 * Final order: an exact prefix match first (typing "qy" should put 签约 before 确定…要求), then
 * fuse's score, then the bigger kinds, then shorter titles.
 */
export function rank(results: Scored[], query: string, limit = 12): PaletteEntry[] {
	const q = normalizeQuery(query);
	const latin = isLatinQuery(query);
	const prefix = (e: PaletteEntry) => (latin ? e.i.startsWith(q) || e.p.startsWith(q) : e.t.startsWith(q)) ? 0 : 1;
	return [...results]
		.sort(
			(a, b) =>
				prefix(a.item) - prefix(b.item) ||
				(a.score ?? 0) - (b.score ?? 0) ||
				KIND_RANK[a.item.k] - KIND_RANK[b.item.k] ||
				a.item.t.length - b.item.t.length,
		)
		.slice(0, limit)
		.map((r) => r.item);
}
