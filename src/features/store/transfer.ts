/**
 * Export files coming back in: parse and validate an import, merge it with what is saved, or
 * replace what is saved. Only the 我的清单 page needs this, so it lives apart from the store that
 * every playbook page loads before any interaction.
 */
import { isStr, readDocument, type CourseData, type Run, type StoreData } from './shape.ts';
import type { Store } from './store.ts';
import { SITE_TITLE } from '../../model/site.ts';

/** Everything saved, as one JSON file (the export of 我的清单). */
export function exportText(data: StoreData, now: Date = new Date()): string {
	return JSON.stringify({ ...data, exportedAt: now.toISOString(), app: SITE_TITLE }, null, 2);
}

export type ImportResult = { ok: true; data: StoreData; runs: number; course: number } | { ok: false; error: string };

/** Number of playbooks with any course record (opened or quiz taken). */
export function courseEntries(data: StoreData): number {
	return new Set([...Object.keys(data.course.reading), ...Object.keys(data.course.quizzes)]).size;
}

/** Parses an export file. Refuses anything that is not a complete, valid export. */
export function parseImport(text: string): ImportResult {
	const read = readDocument(text);
	switch (read.kind) {
		case 'empty':
			return { ok: false, error: '文件是空的。' };
		case 'corrupt':
			return { ok: false, error: `文件无法读取：${read.reason}。现有数据没有改动。` };
		case 'newer':
			return { ok: false, error: `文件来自更新版本的手册（数据版本 ${read.version}），请先刷新页面。现有数据没有改动。` };
		case 'ok':
			if (read.dropped) return { ok: false, error: `文件中有 ${read.dropped} 份清单格式不正确，已整体拒绝导入。现有数据没有改动。` };
			if (read.droppedCourse) return { ok: false, error: `文件中有 ${read.droppedCourse} 条学习记录格式不正确，已整体拒绝导入。现有数据没有改动。` };
			return { ok: true, data: read.data, runs: Object.keys(read.data.runs).length, course: courseEntries(read.data) };
	}
}

/** Applies a parsed import. Merge keeps whatever changed last; replace swaps everything. */
export function importInto(store: Pick<Store, 'transform'>, incoming: StoreData, mode: 'merge' | 'replace'): void {
	store.transform((current) => (mode === 'replace' ? structuredClone(incoming) : mergeData(current, incoming)));
}

/** Later of two ISO timestamps. */
const later = (a: string, b: string) => (a >= b ? a : b);

/**
 * Merges imported data into existing data. Runs are matched by id; within a run each task and
 * gate keeps whichever side changed it last, so nothing newer is overwritten.
 */
export function mergeData(base: StoreData, incoming: StoreData): StoreData {
	const out: StoreData = structuredClone(base);
	for (const [id, run] of Object.entries(incoming.runs)) {
		const mine = out.runs[id];
		if (!mine) {
			out.runs[id] = structuredClone(run);
			continue;
		}
		const newerMeta = run.updatedAt > mine.updatedAt;
		const merged: Run = {
			...(newerMeta ? { ...mine, name: run.name, customer: run.customer, rep: run.rep, archived: run.archived } : mine),
			updatedAt: later(mine.updatedAt, run.updatedAt),
			tasks: { ...mine.tasks },
			gates: { ...mine.gates },
		};
		for (const [k, t] of Object.entries(run.tasks)) if (!merged.tasks[k] || t.updatedAt > merged.tasks[k]!.updatedAt) merged.tasks[k] = { ...t };
		for (const [k, g] of Object.entries(run.gates)) if (!merged.gates[k] || g.updatedAt > merged.gates[k]!.updatedAt) merged.gates[k] = { ...g };
		if (merged.customer === undefined) delete merged.customer;
		if (merged.rep === undefined) delete merged.rep;
		out.runs[id] = merged;
	}
	for (const [playbook, id] of Object.entries(incoming.active)) if (!out.active[playbook] && out.runs[id]) out.active[playbook] = id;
	out.course = mergeCourse(out.course, incoming.course);
	return out;
}

/** Course half of mergeData: the newest entry per playbook wins (see MIGRATION SCENARIOS). */
export function mergeCourse(base: CourseData, incoming: CourseData): CourseData {
	const out: CourseData = structuredClone(base);
	for (const [p, r] of Object.entries(incoming.reading)) if (!out.reading[p] || r.updatedAt > out.reading[p]!.updatedAt) out.reading[p] = { ...r };
	for (const [p, q] of Object.entries(incoming.quizzes)) {
		const mine = out.quizzes[p];
		if (!mine) {
			out.quizzes[p] = { ...q };
			continue;
		}
		const newer = q.updatedAt > mine.updatedAt ? q : mine;
		const passed = [mine.passedAt, q.passedAt].filter(isStr).sort()[0];
		out.quizzes[p] = { ...newer, best: Math.max(mine.best, q.best), ...(passed ? { passedAt: passed } : {}) };
	}
	if (incoming.learner && (!out.learner || incoming.learner.updatedAt > out.learner.updatedAt)) out.learner = { ...incoming.learner };
	return out;
}
