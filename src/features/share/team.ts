/**
 * 团队看板: shared links collected in a manager's or trainer's browser, under its own key (never
 * the rep's store). Pure: reading and validating the saved board, adding links (a newer link for
 * the same run replaces the older), the stage columns, the course table and CSV export.
 *
 * DATA SHAPE (version 1), JSON under TEAM_KEY:
 *   { version: 1,
 *     runs:    { [runId]: { payload, shared: SharedRun } },      // payload: to reopen the /share/ view
 *     courses: { [learner]: { payload, shared: SharedCourse } } }
 * Every entry is checked on load with the same validation as a link (codec.ts validateShared);
 * a document that cannot be read is backed up and the board starts empty, with a notice.
 */
import { runStatus, statusLabel, terminatedText, type ChecklistPlaybook } from '../checklist/progress.ts';
import { localDate } from '../store/store.ts';
import { CURRENT_VERSION } from '../store/shape.ts';
import { MAX_PAYLOAD_CHARS, SHARE_VERSION, validateShared, type Shared, type SharedCourse, type SharedRun } from './codec.ts';
import type { Count } from '../ui/bar.ts';

export const TEAM_KEY = 'sales-playbook:team';
export const TEAM_BACKUP_KEY = 'sales-playbook:team:backup';
export const TEAM_VERSION = 1;
/** Column of finished runs, after the stages. */
export const DONE_COLUMN = '__done';
/** Key of a course record without a name. */
export const UNNAMED = '（未署名）';

export interface TeamEntry<T extends Shared> {
	payload: string;
	shared: T;
}
export interface TeamData {
	version: typeof TEAM_VERSION;
	runs: Record<string, TeamEntry<SharedRun>>;
	courses: Record<string, TeamEntry<SharedCourse>>;
}

export const emptyTeam = (): TeamData => ({ version: TEAM_VERSION, runs: {}, courses: {} });

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface TeamRead {
	data: TeamData;
	/** Shown to the manager when something saved could not be read. */
	notice?: string;
	/** The saved text was unreadable as a whole: back it up before it is overwritten. */
	reset?: boolean;
}

/** Reads the saved board. Never throws. */
export function readTeam(text: string | null): TeamRead {
	if (text === null || text === '') return { data: emptyTeam() };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		raw = undefined;
	}
	if (!isObj(raw) || raw.version !== TEAM_VERSION || !isObj(raw.runs) || !isObj(raw.courses))
		return { data: emptyTeam(), reset: true, notice: '团队看板保存的数据已损坏，已重置为空看板（原数据已备份在浏览器中）。请重新添加分享链接。' };
	const data = emptyTeam();
	let dropped = 0;
	const entry = <T extends Shared>(key: string, value: unknown, kind: T['kind']): TeamEntry<T> | undefined => {
		if (!isObj(value) || typeof value.payload !== 'string' || value.payload.length > MAX_PAYLOAD_CHARS) return undefined;
		if (!isObj(value.shared)) return undefined;
		const checked = validateShared({ ...value.shared, v: SHARE_VERSION, s: CURRENT_VERSION });
		if (!checked.ok || checked.shared.kind !== kind || keyOf(checked.shared) !== key) return undefined;
		return { payload: value.payload, shared: checked.shared as T };
	};
	for (const [key, value] of Object.entries(raw.runs)) {
		const e = entry<SharedRun>(key, value, 'run');
		if (e) data.runs[key] = e;
		else dropped++;
	}
	for (const [key, value] of Object.entries(raw.courses)) {
		const e = entry<SharedCourse>(key, value, 'course');
		if (e) data.courses[key] = e;
		else dropped++;
	}
	return dropped ? { data, notice: `团队看板中有 ${dropped} 张卡片的数据已损坏，已移除；其余完好。` } : { data };
}

/** The share links in a pasted text: one per line or separated by spaces (chat apps add words around them). */
export function splitLinks(text: string): string[] {
	return text
		.split(/\s+/)
		.map((t) => t.trim())
		.filter((t) => t.includes('#') || /^[zj]\d+\./.test(t));
}

/** A run is kept by its id; a course record by the learner's name. */
export function keyOf(shared: Shared): string {
	return shared.kind === 'run' ? shared.run.id : (shared.by ?? UNNAMED);
}

/** Whether `a` is a later state of the same run or record than `b`. */
function newer(a: Shared, b: Shared): boolean {
	if (a.kind === 'run' && b.kind === 'run' && a.run.updatedAt !== b.run.updatedAt) return a.run.updatedAt > b.run.updatedAt;
	return a.sharedAt > b.sharedAt;
}

export type AddOutcome = 'added' | 'replaced' | 'kept';

/** Adds a decoded link; an older or identical link for something already on the board changes nothing. */
export function addToTeam(data: TeamData, shared: Shared, payload: string): { data: TeamData; outcome: AddOutcome } {
	const out = structuredClone(data);
	const key = keyOf(shared);
	const into = (shared.kind === 'run' ? out.runs : out.courses) as Record<string, TeamEntry<Shared>>;
	const had = into[key];
	if (had && !newer(shared, had.shared)) return { data, outcome: 'kept' };
	into[key] = { payload, shared: structuredClone(shared) };
	return { data: out, outcome: had ? 'replaced' : 'added' };
}

export function removeFromTeam(data: TeamData, kind: Shared['kind'], key: string): TeamData {
	const out = structuredClone(data);
	delete (kind === 'run' ? out.runs : out.courses)[key];
	return out;
}

// ---------------------------------------------------------------- the board

export interface Card {
	id: string;
	payload: string;
	/** The customer (or the run's name, or its alias). */
	customer: string;
	alias: boolean;
	rep?: string;
	by?: string;
	count: Count;
	status: string;
	/** Whole days since the run last changed. */
	days: number;
	updatedAt: string;
	sharedAt: string;
	terminated?: string;
	/** Column: a stage id, or DONE_COLUMN. */
	column: string;
	stageLabel: string;
}
export interface Column {
	id: string;
	label: string;
	cards: Card[];
}
export interface Lane {
	playbook: ChecklistPlaybook;
	columns: Column[];
}

const DAY = 24 * 60 * 60 * 1000;

export function daysSince(iso: string, now: Date): number {
	const t = Date.parse(iso);
	return Number.isNaN(t) ? 0 : Math.max(0, Math.floor((now.getTime() - t) / DAY));
}

/** A card for a run on its playbook's board: in its current stage, the stage it was stopped at, or 已完成. */
export function cardOf(playbook: ChecklistPlaybook, entry: TeamEntry<SharedRun>, now: Date): Card {
	const { run } = entry.shared;
	const status = runStatus(playbook, run);
	const column = status.terminated ? status.terminated.stage.id : status.complete ? DONE_COLUMN : (status.current ?? playbook.stages[0]!.id);
	return {
		id: run.id,
		payload: entry.payload,
		customer: run.customer ?? run.name,
		alias: Boolean(entry.shared.alias),
		...(run.rep || entry.shared.by ? { rep: run.rep ?? entry.shared.by } : {}),
		...(entry.shared.by ? { by: entry.shared.by } : {}),
		count: status.count,
		status: statusLabel(status),
		days: daysSince(run.updatedAt, now),
		updatedAt: run.updatedAt,
		sharedAt: entry.shared.sharedAt,
		...(status.terminated ? { terminated: terminatedText(status.terminated) } : {}),
		column,
		stageLabel: column === DONE_COLUMN ? '已完成' : (playbook.stages.find((s) => s.id === column)?.label ?? column),
	};
}

/** One lane per playbook that has runs on the board (in the playbooks' order), one column per stage and 已完成. */
export function boardOf(playbooks: ChecklistPlaybook[], data: TeamData, now: Date): { lanes: Lane[]; unknown: TeamEntry<SharedRun>[] } {
	const bySlug = new Map(playbooks.map((p) => [p.slug, p]));
	const unknown: TeamEntry<SharedRun>[] = [];
	const cards = new Map<string, Card[]>();
	for (const entry of Object.values(data.runs)) {
		const pb = bySlug.get(entry.shared.run.playbook);
		if (!pb || !pb.stages.length) {
			unknown.push(entry);
			continue;
		}
		const list = cards.get(pb.slug) ?? [];
		list.push(cardOf(pb, entry, now));
		cards.set(pb.slug, list);
	}
	const lanes = playbooks
		.filter((p) => cards.has(p.slug))
		.map((p) => {
			// Longest without a change first: the deals that may have stalled.
			const mine = cards.get(p.slug)!.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
			const columns: Column[] = [...p.stages.map((s) => ({ id: s.id, label: s.label })), { id: DONE_COLUMN, label: '已完成' }].map((c) => ({
				...c,
				cards: mine.filter((card) => card.column === c.id),
			}));
			return { playbook: p, columns };
		});
	return { lanes, unknown };
}

// ---------------------------------------------------------------- course records

export interface CourseCell {
	opened: boolean;
	readAt?: string;
	best?: number;
	attempts?: number;
	passedAt?: string;
}
export interface CourseRow {
	key: string;
	learner: string;
	payload: string;
	sharedAt: string;
	cells: Record<string, CourseCell>;
}

export function courseRows(data: TeamData): CourseRow[] {
	return Object.entries(data.courses)
		.map(([key, { payload, shared }]) => {
			const cells: Record<string, CourseCell> = {};
			for (const slug of new Set([...Object.keys(shared.course.reading), ...Object.keys(shared.course.quizzes)])) {
				const r = shared.course.reading[slug];
				const q = shared.course.quizzes[slug];
				cells[slug] = {
					opened: Boolean(r),
					...(r?.readAt ? { readAt: r.readAt } : {}),
					...(q ? { best: q.best, attempts: q.attempts } : {}),
					...(q?.passedAt ? { passedAt: q.passedAt } : {}),
				};
			}
			return { key, learner: shared.by ?? UNNAMED, payload, sharedAt: shared.sharedAt, cells };
		})
		.sort((a, b) => a.learner.localeCompare(b.learner, 'zh-CN'));
}

/** "已读 2026-12-01" / "阅读中" / "未开始". */
export function readText(cell: CourseCell | undefined): string {
	if (cell?.readAt) return `已读 ${day(cell.readAt)}`;
	return cell?.opened ? '阅读中' : '未开始';
}

/** "90%（通过 2026-12-02）" / "60%" / "—". */
export function scoreText(cell: CourseCell | undefined): string {
	if (cell?.best === undefined) return '—';
	return `${cell.best}%${cell.passedAt ? `（通过 ${day(cell.passedAt)}）` : ''}`;
}

/** A timestamp as the local calendar date; a bare date stays as it is. */
export function day(iso: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? iso : localDate(d);
}

// ---------------------------------------------------------------- CSV

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | undefined): string {
	let s = value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Array<Array<string | number | undefined>>): string {
	// The byte-order mark makes Excel read the file as UTF-8 (Chinese text otherwise garbles).
	return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The board as CSV: one row per run; then, under their own header, one row per learner and playbook of the course records. */
export function teamCsv(playbooks: ChecklistPlaybook[], data: TeamData, now: Date): string {
	const rows: Array<Array<string | number | undefined>> = [['类型', '流程', '阶段', '客户', '销售代表', '已完成', '工作总数', '状态', '最后修改', '距今天数', '终止', '分享人', '分享时间']];
	for (const lane of boardOf(playbooks, data, now).lanes)
		for (const column of lane.columns)
			for (const c of column.cards)
				rows.push(['客户清单', lane.playbook.title, column.label, c.customer, c.rep, c.count.done, c.count.total, c.status, day(c.updatedAt), c.days, c.terminated, c.by, day(c.sharedAt)]);
	const titles = new Map(playbooks.map((p) => [p.slug, p.title]));
	const course = courseRows(data);
	if (course.length) rows.push([], ['学习记录（自报）', '流程', '学员', '阅读', '最好成绩', '测验次数', '通过日期', '分享时间']);
	for (const row of course)
		for (const [slug, cell] of Object.entries(row.cells))
			rows.push(['学习记录', titles.get(slug) ?? slug, row.learner, readText(cell), cell.best, cell.attempts, cell.passedAt ? day(cell.passedAt) : '', day(row.sharedAt)]);
	return toCsv(rows);
}
