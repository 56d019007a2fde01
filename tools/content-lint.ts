/**
 * Content lint: small pure checks of what a reader gets, each returning the problems it finds
 * (empty = fine). The quiz check runs in Vitest over content/quizzes/ (tests/unit/content-lint.test.ts);
 * the checks of built text run in scripts/check-dist.ts after the build, over dist/: doubled
 * punctuation (punctuation.ts), English UI words, 阶段 on a 步骤 page, editorial fields without
 * their 编者补充 mark. Runs under plain Node (type stripping) as well as Vite: no TS-only syntax.
 */
import { doubledPunctuation } from '../src/model/punctuation.ts';

export { doubledPunctuation };

// ─── Quizzes ────────────────────────────────────────────────────────────────────────────────────

/** A question as written in content/quizzes/*.yaml: `answer` by letter. */
export interface RawQuestion {
	type: 'single' | 'multiple';
	options: unknown[];
	answer: string | string[];
}

/**
 * A quiz guessable by position: with at least `minQuestions` single-choice questions, more than
 * `maxShare` of their keys sit in `positions` or fewer letters (default: > 60 % in ≤ 2 letters,
 * given ≥ 4 questions). Four single-choice keys spread A/B/C/D put 50 % in the two commonest
 * letters; all keys A or B put 100 %.
 */
export function clusteredKeys(questions: readonly RawQuestion[], { minQuestions = 4, maxShare = 0.6, positions = 2 } = {}): string | null {
	const keys = questions.filter((q) => q.type === 'single').map((q) => (Array.isArray(q.answer) ? q.answer[0]! : q.answer));
	if (keys.length < minQuestions) return null;
	const counts = new Map<string, number>();
	for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, positions);
	const share = top.reduce((n, [, c]) => n + c, 0) / keys.length;
	// Few questions cannot spread thinner than evenly over four letters (6 keys: 2+2 of 6 = 67 %).
	const even = (positions * Math.ceil(keys.length / 4)) / keys.length;
	if (share <= Math.max(maxShare, even)) return null;
	const spread = [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([k, c]) => `${k} ${c}`).join('，');
	return `单选题答案集中在 ${top.map(([k]) => k).join('、')}：${keys.length} 题中占 ${Math.round(share * 100)}%（上限 ${Math.round(maxShare * 100)}%；分布 ${spread}）`;
}

// ─── Built text ─────────────────────────────────────────────────────────────────────────────────

/**
 * Latin words a Chinese reader may meet on purpose: brands and formats (Pagefind, JSON, PDF, A4,
 * CSV, QR, LPR), units (MB), key names on keyboard hints (Ctrl, Esc, Enter…), the pinyin examples
 * the quick-jump box teaches (qy, dkh, qianyue), and "TD", the unsubscribe reply every Chinese SMS
 * platform uses (回复TD退订).
 */
export const ALLOWED_LATIN = new Set([
	'Pagefind', 'JSON', 'PDF', 'CSV', 'QR', 'LPR', 'JavaScript', 'Chromium', 'Mermaid', 'SVG', 'Starlight', 'Astro', 'URL',
	'Ctrl', 'Esc', 'Enter', 'Tab', 'Shift', 'Alt', 'Space', 'PageUp', 'PageDown', 'Home', 'End', 'Cmd',
	'qy', 'dkh', 'qianyue', 'bp', 'MB', 'TD',
]);

/** Latin words (two letters or more) in `text` that are not allowed: English left in the UI. */
export function englishWords(text: string, allowed: ReadonlySet<string> = ALLOWED_LATIN): string[] {
	const found = text.match(/[A-Za-z][A-Za-z'’]+/g) ?? [];
	return [...new Set(found.filter((w) => !allowed.has(w) && !/^[A-Z]\d/.test(w)))];
}

const NUMERAL = '一二三四五六七八九十';

/**
 * A page of a playbook that counts in 步骤 (or 环节) must not call them 阶段, in labels ("阶段一")
 * or in UI text ("跳转到该阶段", "各阶段节点"); a 阶段 page must not number 步骤一/环节一. Returns each
 * offending word with some context.
 */
export function mixedStageNouns(text: string, noun: string): string[] {
	const others = ['阶段', '步骤', '环节'].filter((n) => n !== noun);
	// Numbered labels (阶段一) and what the interface says (该阶段, 本阶段, 各阶段, 点击阶段); prose the
	// source wrote ("开始阶段") stays as written.
	const ui = noun === '阶段' ? '' : `|(?:该|本|各|点击|每个|下一)(?:${others.join('|')})`;
	const re = new RegExp(`(${others.join('|')})[${NUMERAL}]+${ui}`, 'g');
	return [...text.matchAll(re)].map((m) => text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 8).replace(/\s+/g, ' '));
}

/** One thing on a page that may be an editor's addition: a stage's title, a field, one task. */
export interface MarkItem {
	/** For the message: "阶段三 确定开发对象 / 工作重点". */
	label: string;
	/** The stage it belongs to; the stage's first item is its title. */
	group: string;
	/** Its texts as printed, in order; the first and last locate it. A title's are alternatives. */
	texts: string[];
	editorial: boolean;
	/** The stage's title ("阶段一 确定开发对象", else "确定开发对象"): where the stage starts. */
	title?: boolean;
	/** A text distinctive enough to find the stage by (its goal, its first task). */
	anchor?: boolean;
}

export const MARK = '编者补充';

/**
 * Editorial items without a 编者补充 mark next to them in `text` (a page's text in reading order,
 * marks included). Each stage is looked for from where it starts to where the next one starts;
 * within it, each item where all its texts are (outputs order fields differently). A mark belongs to the item it follows directly ("……（编者补充）",
 * "参与人员 甲、乙 编者补充") or, failing that, to the item it introduces ("工作重点 编者补充 1. ……"),
 * at most `reach` characters before it. A wholly editorial stage is marked at its title or on
 * every part shown. Items not in the output at all are not judged (a print sheet leaves keywords
 * out), nor are stages whose title is not found.
 */
export function unmarkedEditorial(text: string, items: readonly MarkItem[], reach = 16): string[] {
	const groups = [...new Set(items.map((i) => i.group))];
	// Where each stage starts: found by its anchor texts (goal, first task; a deck's overview slide
	// lists the titles long before the stage's own slide), then back to the last occurrence of its
	// title before them ("阶段一 确定开发对象" on a page, "确定开发对象" under a deck slide's kicker).
	const starts: Array<{ group: string; start: number; title?: [number, number] }> = [];
	let from = 0;
	for (const g of groups) {
		const own = items.filter((i) => i.group === g);
		const title = own.find((i) => i.title);
		const hits = own.filter((i) => i.anchor).map((i) => text.indexOf(i.texts[0]!, from)).filter((at) => at >= 0);
		const [labelled, bare] = title ? [title.texts[0]!, title.texts[1] ?? title.texts[0]!] : ['', ''];
		if (!hits.length) {
			// Nothing but the title to go by.
			const at = title ? text.indexOf(labelled, from) : -1;
			if (at >= 0) starts.push({ group: g, start: at, title: [at, at + labelled.length] });
			if (at >= 0) from = at + 1;
			continue;
		}
		const anchor = Math.min(...hits);
		// The title ends before the anchor begins (a goal may start with the title's words).
		const t = bare && anchor >= bare.length ? text.lastIndexOf(bare, anchor - bare.length) : -1;
		if (t >= from) {
			const lead = labelled.length - bare.length;
			const withOrdinal = lead > 0 && text.startsWith(labelled, t - lead);
			const begin = withOrdinal ? t - lead : t;
			starts.push({ group: g, start: begin, title: [begin, t + bare.length] });
		} else starts.push({ group: g, start: anchor });
		from = anchor + 1;
	}
	const spans: Array<{ item: MarkItem; start: number; end: number }> = [];
	/** Every place an item's texts occur in its stage, for items whose first place carries no mark. */
	const elsewhere = new Map<MarkItem, Array<[number, number]>>();
	starts.forEach(({ group, start, title: titleSpan }, k) => {
		const limit = starts[k + 1]?.start ?? text.length;
		const segment = text.slice(0, limit);
		const own = items.filter((i) => i.group === group);
		const title = own.find((i) => i.title);
		// A title counts only where the stage starts (not in a caption at the foot of a slide).
		if (title && titleSpan) spans.push({ item: title, start: titleSpan[0], end: titleSpan[1] });
		// Outputs order the fields differently (a deck puts the gate last), so each item is looked
		// for from the stage's start, longest texts first, never inside an item already placed
		// (a keyword inside a task), and only when all its texts are there, in order.
		const placed: Array<[number, number]> = titleSpan ? [titleSpan] : [];
		const free = (a: number, b: number) => placed.every(([x, y]) => b <= x || a >= y);
		const longest = (i: MarkItem) => Math.max(...i.texts.map((x) => x.length));
		/** The item's texts in order from `first`, as one span that overlaps no placed item; else null. */
		const spanFrom = (item: MarkItem, first: number): [number, number] | null => {
			let end = first;
			for (const x of item.texts) {
				const i = segment.indexOf(x, end);
				if (i < 0) return null;
				end = i + x.length;
			}
			return free(first, end) ? [first, end] : null;
		};
		for (const item of own.filter((i) => !i.title).sort((a, b) => longest(b) - longest(a))) {
			let span: [number, number] | null = null;
			const others: Array<[number, number]> = [];
			for (let i = segment.indexOf(item.texts[0]!, start); i >= 0; i = segment.indexOf(item.texts[0]!, i + 1)) {
				const found = spanFrom(item, i);
				if (found && !span) span = found;
				else if (found) others.push(found);
			}
			elsewhere.set(item, others);
			if (!span) continue;
			spans.push({ item, start: span[0], end: span[1] });
			placed.push(span);
		}
		// A wholly editorial stage whose title was not found here is judged by its parts.
		if (title?.editorial && !spans.some((s) => s.item === title)) spans.push({ item: title, start: -1, end: -1 });
	});
	const marked = new Set<MarkItem>();
	const found = spans.filter((s) => s.start >= 0);
	for (let p = text.indexOf(MARK); p >= 0; p = text.indexOf(MARK, p + MARK.length)) {
		const inside = found.find((s) => s.start <= p && p < s.end);
		if (inside) {
			marked.add(inside.item);
			continue;
		}
		const before = found.filter((s) => s.end <= p).sort((a, b) => b.end - a.end)[0];
		if (before && /^[\s（(：:，、]*$/.test(text.slice(before.end, p))) {
			marked.add(before.item);
			continue;
		}
		const after = found.filter((s) => s.start >= p + MARK.length).sort((a, b) => a.start - b.start)[0];
		if (after && after.start - (p + MARK.length) <= reach) marked.add(after.item);
	}
	// A keyword or a phrase may also occur earlier in the stage (in a task, a caution): the item is
	// marked when any of its places carries the mark right after it or just before it.
	for (const s of found) {
		if (marked.has(s.item)) continue;
		for (const [a, b] of elsewhere.get(s.item) ?? []) {
			const next = text.indexOf(MARK, b);
			const prev = text.lastIndexOf(MARK, a);
			if ((next >= 0 && /^[\s（(：:，、]*$/.test(text.slice(b, next))) || (prev >= 0 && a - (prev + MARK.length) <= reach && !found.some((o) => o !== s && o.start >= prev + MARK.length && o.end <= a))) {
				marked.add(s.item);
				break;
			}
		}
	}
	// A wholly editorial stage may instead carry a mark on each of its parts (as a deck slide does).
	const partsMarked = (group: string) => {
		const parts = found.filter((s) => s.item.group === group && !s.item.title);
		return parts.length > 0 && parts.every((s) => marked.has(s.item));
	};
	return spans.filter((s) => s.item.editorial && !marked.has(s.item) && !(s.item.title && partsMarked(s.item.group))).map((s) => s.item.label);
}

/** A stage as written in a playbook's frontmatter (what the mark check needs). */
export interface LintStage {
	id: string;
	title: string;
	flow?: string;
	gate?: { question: string; yes?: string; no?: string };
	editorial?: true | string[];
	owners?: string[];
	goal?: string;
	tasks?: Array<{ text: string; editorial?: boolean }>;
	focus?: string[];
	keywords?: string[];
}

/**
 * The items of a playbook's stages in page order: a wholly editorial stage is one item (its
 * title carries the mark); otherwise each field, and each task written `editorial: true`.
 */
export function markItems(stages: readonly LintStage[], ordinal: (s: LintStage) => string): MarkItem[] {
	return stages.flatMap((s) => {
		const name = `${ordinal(s)} ${s.title}`;
		const whole = s.editorial === true;
		const field = (f: string) => Array.isArray(s.editorial) && s.editorial.includes(f);
		const tasks = s.tasks ?? [];
		const group = s.id;
		const items: MarkItem[] = [{ label: `${name}（整个${ordinal(s).replace(/[一二三四五六七八九十]+$/, '')}）`, group, texts: [name, s.title], editorial: whole, title: true }];
		if (s.owners?.length) items.push({ group, label: `${name} / 参与人员`, texts: [s.owners.join('、')], editorial: !whole && field('owners') });
		if (s.goal) items.push({ group, label: `${name} / 目标`, texts: [s.goal], editorial: !whole && field('goal'), anchor: true });
		if (whole || field('tasks')) items.push({ group, label: `${name} / 工作内容`, texts: tasks.map((t) => t.text), editorial: !whole, anchor: true });
		else tasks.forEach((t, i) => items.push({ group, label: `${name} / 工作内容“${t.text.slice(0, 12)}…”`, texts: [t.text], editorial: !whole && !!t.editorial, anchor: i === 0 }));
		if (s.gate) items.push({ group, label: `${name} / 关卡`, texts: [s.gate.question], editorial: !whole && field('gate') });
		if (s.focus?.length) items.push({ group, label: `${name} / 工作重点`, texts: s.focus, editorial: !whole && field('focus') });
		if (s.keywords?.length) items.push({ group, label: `${name} / 关键词`, texts: s.keywords, editorial: !whole && field('keywords') });
		return items;
	});
}
