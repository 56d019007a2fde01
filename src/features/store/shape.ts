/**
 * Saved state: its shape, validation and migrations. Pure; no DOM, no storage.
 *
 * DATA SHAPE (version 2), one JSON document in localStorage under STORAGE_KEY:
 *   {
 *     version: 2,
 *     runs: {                         // a run = one customer's / deal's copy of a playbook's checklist
 *       [runId]: {
 *         id, playbook,               // playbook slug, e.g. "key-account"
 *         name,                       // e.g. "华东某集团 2026-12"
 *         customer?, rep?,            // printed in the checklist header
 *         createdAt, updatedAt,       // ISO timestamps
 *         archived: boolean,
 *         tasks: { ["stageId/taskId"]: { done, doneAt?: "YYYY-MM-DD", note?, updatedAt } },
 *         gates: { [stageId]: { answer: "yes" | "no", reason?, at: "YYYY-MM-DD", updatedAt } },
 *       }
 *     },
 *     active: { [playbook]: runId },  // the run each playbook page shows
 *     course: {                       // the onboarding course (new in version 2)
 *       learner?: { name, updatedAt },                       // printed on the completion record
 *       reading: { [playbook]: { openedAt, readAt?, updatedAt } },   // 阅读中 once opened; 已读 with readAt
 *       quizzes: { [playbook]: { best, last, attempts, passedAt?, updatedAt } },  // scores in percent 0–100
 *     },
 *   }
 * Everything is keyed by stable content ids, never by position: reordering tasks in content
 * keeps progress; a task removed or renamed in content keeps its saved entry (not shown, not
 * lost), and it comes back if the id returns.
 *
 * MIGRATION SCENARIOS
 * - No saved document: start empty.
 * - Not JSON at all (truncated write, manual edit): the raw text is kept under a backup key and
 *   the user sees a notice; the store starts empty.
 * - JSON of the wrong shape: every run that validates is kept, the rest dropped with a notice
 *   naming how many; an unknown top-level field is ignored.
 * - An older version: MIGRATIONS[v] turns version v into v+1, applied in order, then validated.
 *   Version 1 (checklists only) → 2: every run and active entry is kept as it was; an empty
 *   `course` is added. A version-1 document that already carries a `course` (written by a test
 *   build) is not trusted: the migration replaces it with an empty one.
 * - Course data of the wrong shape (not an object, a bad reading or quiz entry, a score outside
 *   0–100): each bad entry is dropped, the rest kept, and the notice counts them; the runs are
 *   untouched. A bad `learner` is dropped. None of this resets the document.
 * - Merging an import (transfer.ts): a reading entry keeps the side changed last; a quiz entry keeps the side
 *   changed last for `last` and `attempts`, but never loses a better `best` or an earlier `passedAt`.
 * - A newer version (saved by a newer site, then an older one was loaded): nothing is
 *   overwritten until the user changes something; the raw text is backed up first.
 */
import { LIMITS } from '../../model/limits.ts';

/** Key of the saved document. */
export const STORAGE_KEY = 'sales-playbook:state';
/** Prefix of backups made before a reset. */
export const BACKUP_PREFIX = 'sales-playbook:backup:';
/** Version this code writes. */
export const CURRENT_VERSION = 2;

export interface TaskState {
	done: boolean;
	doneAt?: string;
	note?: string;
	updatedAt: string;
}
export interface GateState {
	answer: 'yes' | 'no';
	reason?: string;
	at: string;
	updatedAt: string;
}
export interface Run {
	id: string;
	playbook: string;
	name: string;
	customer?: string;
	rep?: string;
	createdAt: string;
	updatedAt: string;
	archived: boolean;
	tasks: Record<string, TaskState>;
	gates: Record<string, GateState>;
}
/** A playbook of the onboarding course: opened (阅读中) and perhaps marked read (已读). */
export interface ReadingState {
	openedAt: string;
	readAt?: string;
	updatedAt: string;
}
/** A playbook's self-check quiz results; scores are percentages 0–100. */
export interface QuizState {
	best: number;
	last: number;
	attempts: number;
	passedAt?: string;
	updatedAt: string;
}
export interface CourseData {
	learner?: { name: string; updatedAt: string };
	reading: Record<string, ReadingState>;
	quizzes: Record<string, QuizState>;
}
export interface StoreData {
	version: typeof CURRENT_VERSION;
	runs: Record<string, Run>;
	active: Record<string, string>;
	course: CourseData;
}

/** Turns version N (key) into N+1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Record<number, Migration> = {
	/** 1 → 2: the onboarding course joins the checklists; runs and active runs are kept as they were. */
	1: (old) => ({ ...old, version: 2, course: emptyCourse() }),
};

export function emptyCourse(): CourseData {
	return { reading: {}, quizzes: {} };
}

export function emptyData(): StoreData {
	return { version: CURRENT_VERSION, runs: {}, active: {}, course: emptyCourse() };
}

export { taskKey } from '../../model/task-key.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || isStr(v);
const clip = (s: string) => (s.length > LIMITS.note ? s.slice(0, LIMITS.note) : s);

function validTask(v: unknown): TaskState | undefined {
	if (!isObj(v) || typeof v.done !== 'boolean' || !isStr(v.updatedAt) || !optStr(v.doneAt) || !optStr(v.note)) return undefined;
	const t: TaskState = { done: v.done, updatedAt: v.updatedAt };
	if (isStr(v.doneAt)) t.doneAt = v.doneAt;
	if (isStr(v.note) && v.note) t.note = clip(v.note);
	return t;
}

function validGate(v: unknown): GateState | undefined {
	if (!isObj(v) || (v.answer !== 'yes' && v.answer !== 'no') || !isStr(v.at) || !isStr(v.updatedAt) || !optStr(v.reason)) return undefined;
	const g: GateState = { answer: v.answer, at: v.at, updatedAt: v.updatedAt };
	if (isStr(v.reason) && v.reason) g.reason = clip(v.reason);
	return g;
}

/** A run, or undefined if it is not one. Bad task or gate entries inside are dropped. */
export function validRun(v: unknown): Run | undefined {
	if (!isObj(v)) return undefined;
	const { id, playbook, name, createdAt, updatedAt } = v;
	if (!isStr(id) || !id || !isStr(playbook) || !playbook || !isStr(name) || !isStr(createdAt) || !isStr(updatedAt)) return undefined;
	if (!optStr(v.customer) || !optStr(v.rep) || !isObj(v.tasks ?? {}) || !isObj(v.gates ?? {})) return undefined;
	const run: Run = { id, playbook, name: clip(name), createdAt, updatedAt, archived: v.archived === true, tasks: {}, gates: {} };
	if (isStr(v.customer) && v.customer) run.customer = clip(v.customer);
	if (isStr(v.rep) && v.rep) run.rep = clip(v.rep);
	for (const [k, t] of Object.entries((v.tasks ?? {}) as Record<string, unknown>)) {
		const ok = validTask(t);
		if (ok) run.tasks[k] = ok;
	}
	for (const [k, g] of Object.entries((v.gates ?? {}) as Record<string, unknown>)) {
		const ok = validGate(g);
		if (ok) run.gates[k] = ok;
	}
	return run;
}

function validReading(v: unknown): ReadingState | undefined {
	if (!isObj(v) || !isStr(v.openedAt) || !v.openedAt || !isStr(v.updatedAt) || !optStr(v.readAt)) return undefined;
	const r: ReadingState = { openedAt: v.openedAt, updatedAt: v.updatedAt };
	if (isStr(v.readAt) && v.readAt) r.readAt = v.readAt;
	return r;
}

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

function validQuiz(v: unknown): QuizState | undefined {
	if (!isObj(v) || !isScore(v.best) || !isScore(v.last) || v.last > v.best || !isStr(v.updatedAt) || !optStr(v.passedAt)) return undefined;
	if (typeof v.attempts !== 'number' || !Number.isInteger(v.attempts) || v.attempts < 1) return undefined;
	const q: QuizState = { best: v.best, last: v.last, attempts: v.attempts, updatedAt: v.updatedAt };
	if (isStr(v.passedAt) && v.passedAt) q.passedAt = v.passedAt;
	return q;
}

/** The course part of a document; bad entries are dropped and counted, never fatal. */
export function validCourse(v: unknown): { course: CourseData; dropped: number } {
	const course = emptyCourse();
	if (v === undefined) return { course, dropped: 0 };
	if (!isObj(v)) return { course, dropped: 1 };
	let dropped = 0;
	const each = <T>(field: unknown, check: (e: unknown) => T | undefined, into: Record<string, T>) => {
		if (field === undefined) return;
		if (!isObj(field)) {
			dropped++;
			return;
		}
		for (const [playbook, entry] of Object.entries(field)) {
			const ok = check(entry);
			if (ok) into[playbook] = ok;
			else dropped++;
		}
	};
	each(v.reading, validReading, course.reading);
	each(v.quizzes, validQuiz, course.quizzes);
	if (v.learner !== undefined) {
		const l = v.learner;
		if (isObj(l) && isStr(l.name) && l.name.trim() && isStr(l.updatedAt)) course.learner = { name: clip(l.name.trim()), updatedAt: l.updatedAt };
		else dropped++;
	}
	return { course, dropped };
}

export interface Validated {
	data: StoreData;
	/** Runs that could not be read. */
	dropped: number;
	/** Course entries (reading, quiz, learner) that could not be read. */
	droppedCourse: number;
}

/** Validates a parsed document of the current version (after migration). */
export function validateData(raw: unknown): Validated | undefined {
	if (!isObj(raw) || raw.version !== CURRENT_VERSION || !isObj(raw.runs)) return undefined;
	const data = emptyData();
	let dropped = 0;
	for (const [key, value] of Object.entries(raw.runs)) {
		const run = validRun(value);
		if (run && run.id === key) data.runs[key] = run;
		else dropped++;
	}
	if (isObj(raw.active))
		for (const [playbook, id] of Object.entries(raw.active)) if (isStr(id) && data.runs[id]?.playbook === playbook) data.active[playbook] = id;
	const { course, dropped: droppedCourse } = validCourse(raw.course);
	data.course = course;
	return { data, dropped, droppedCourse };
}

export type ReadResult =
	| { kind: 'empty' }
	| { kind: 'ok'; data: StoreData; dropped: number; droppedCourse: number; migratedFrom?: number }
	| { kind: 'corrupt'; reason: string }
	| { kind: 'newer'; version: number };

/**
 * Reads a saved document: parse, migrate, validate. Never throws. `migrations` are consulted
 * before the built-in MIGRATIONS (tests supply steps from versions that never shipped).
 */
export function readDocument(text: string | null, migrations: Record<number, Migration> = MIGRATIONS): ReadResult {
	if (text === null || text === '') return { kind: 'empty' };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { kind: 'corrupt', reason: '不是有效的 JSON' };
	}
	if (!isObj(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version)) return { kind: 'corrupt', reason: '缺少版本号' };
	const from = raw.version;
	if (from > CURRENT_VERSION) return { kind: 'newer', version: from };
	let doc: Record<string, unknown> = raw;
	for (let v = from; v < CURRENT_VERSION; v++) {
		const step = migrations[v] ?? MIGRATIONS[v];
		if (!step) return { kind: 'corrupt', reason: `无法从版本 ${v} 升级` };
		try {
			doc = step(doc);
		} catch {
			return { kind: 'corrupt', reason: `从版本 ${v} 升级失败` };
		}
	}
	const valid = validateData(doc);
	if (!valid) return { kind: 'corrupt', reason: '数据结构不正确' };
	return { kind: 'ok', ...valid, ...(from < CURRENT_VERSION ? { migratedFrom: from } : {}) };
}
