/**
 * Share links: one checklist run or one course record carried inside the link itself, after the
 * `#` (the fragment never leaves the browser: no server sees it). Pure apart from the browser's
 * CompressionStream / DecompressionStream, which Node 22 also has.
 *
 * PAYLOAD
 *   <marker><base64url>
 *   marker "z1." = share format 1, the JSON below compressed with deflate-raw;
 *   marker "j1." = share format 1, the JSON uncompressed (written where CompressionStream is missing).
 *   JSON: { v: 1, s: <store version>, kind: "run", sharedAt, by?, alias?, notes?, run: <Run> }
 *      or { v: 1, s: <store version>, kind: "course", sharedAt, by?, course: { reading, quizzes } }
 * The run and the course record are exactly the store's shapes (shape.ts) and are checked with the
 * store's own validation; unlike a saved document, a link with a single bad entry is refused whole.
 * A later format would write "z2." (or s > CURRENT_VERSION): this code then says the link comes from
 * a newer site instead of guessing.
 */
import { CURRENT_VERSION, validCourse, validRun, type CourseData, type Run } from '../store/shape.ts';
import { LIMITS } from '../../model/limits.ts';

/** Share format this code writes and reads. */
export const SHARE_VERSION = 1;
export const COMPRESSED = `z${SHARE_VERSION}.`;
export const PLAIN = `j${SHARE_VERSION}.`;
/** Longest payload read at all (a browser address holds about 2 MB); longer is refused unread. */
export const MAX_PAYLOAD_CHARS = 1_500_000;
/** Largest JSON a payload may unpack to: a run of the largest playbook with every note full fits. */
export const MAX_JSON_BYTES = 1_000_000;
/** The longest link a QR code holds (version 40, error correction L, byte mode: 2,953 bytes). */
export const QR_MAX_CHARS = 2_953;

export interface SharedRun {
	kind: 'run';
	sharedAt: string;
	/** Who shared it (我的名字), when they chose to include it. */
	by?: string;
	/** The customer is shown as an alias (e.g. 客户A) instead of the name. */
	alias?: boolean;
	/** Task notes are included. */
	notes?: boolean;
	run: Run;
}
export interface SharedCourse {
	kind: 'course';
	sharedAt: string;
	by?: string;
	course: CourseData;
}
export type Shared = SharedRun | SharedCourse;
export type DecodeResult = { ok: true; shared: Shared; payload: string } | { ok: false; error: string };

/** What to put in the link. */
export interface ShareOptions {
	/** Include task notes (default off). */
	notes: boolean;
	/** Show the customer under this alias instead of the run's name and customer. */
	alias?: string;
	/** Include this name as the one who shared (and keep the run's 销售代表). */
	by?: string;
}

/** 客户A, 客户B … 客户Z, 客户AA …: the run's place among this browser's runs, stable on this device. */
export function defaultAlias(index: number): string {
	let n = index;
	let letters = '';
	do {
		letters = String.fromCharCode(65 + (n % 26)) + letters;
		n = Math.floor(n / 26) - 1;
	} while (n >= 0);
	return `客户${letters}`;
}

/** The run as it goes into a link: notes, customer and names only as chosen. */
export function shareRun(run: Run, options: ShareOptions, now: Date): SharedRun {
	const copy = structuredClone(run);
	copy.name = copy.name.slice(0, LIMITS.name);
	if (copy.customer) copy.customer = copy.customer.slice(0, LIMITS.name);
	if (copy.rep) copy.rep = copy.rep.slice(0, LIMITS.rep);
	if (!options.notes) for (const t of Object.values(copy.tasks)) delete t.note;
	const alias = options.alias?.trim().slice(0, LIMITS.name);
	if (alias) {
		copy.name = alias;
		delete copy.customer;
	}
	const by = options.by?.trim().slice(0, LIMITS.name);
	if (!by) delete copy.rep;
	return { kind: 'run', sharedAt: now.toISOString(), ...(by ? { by } : {}), ...(alias ? { alias: true } : {}), ...(options.notes ? { notes: true } : {}), run: copy };
}

/** The course record as it goes into a link: reading and quizzes; the name only as `by`. */
export function shareCourse(course: CourseData, by: string | undefined, now: Date): SharedCourse {
	const name = by?.trim().slice(0, LIMITS.name);
	return { kind: 'course', sharedAt: now.toISOString(), ...(name ? { by: name } : {}), course: { reading: structuredClone(course.reading), quizzes: structuredClone(course.quizzes) } };
}

// ---------------------------------------------------------------- base64url

export function toBase64url(bytes: Uint8Array): string {
	let bin = '';
	for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url text, or undefined when it is not one. */
export function fromBase64url(text: string): Uint8Array | undefined {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
	try {
		const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
		const out = new Uint8Array(bin.length);
		for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
		return out;
	} catch {
		return undefined;
	}
}

// ---------------------------------------------------------------- deflate-raw

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > limit) {
			await reader.cancel().catch(() => undefined);
			throw new TooLarge();
		}
		parts.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}

class TooLarge extends Error {}

const source = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();

export const canCompress = () => typeof CompressionStream === 'function';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
	return collect(source(bytes).pipeThrough(new CompressionStream('deflate-raw')), Number.POSITIVE_INFINITY);
}

/** Inflates, stopping as soon as the output passes `limit` (a small link must not unpack to gigabytes). */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
	return collect(source(bytes).pipeThrough(new DecompressionStream('deflate-raw')), limit);
}

// ---------------------------------------------------------------- encode / decode

/** The payload (the part after `#`) of a shared run or course record. */
export async function encodeShared(shared: Shared, compress = canCompress()): Promise<string> {
	const bytes = new TextEncoder().encode(JSON.stringify({ v: SHARE_VERSION, s: CURRENT_VERSION, ...shared }));
	return compress ? COMPRESSED + toBase64url(await deflate(bytes)) : PLAIN + toBase64url(bytes);
}

/** The payload of whatever was pasted: a whole link (`…/share/#payload`), `#payload` or the payload alone. */
export function payloadOf(text: string): string {
	const t = text.trim();
	const hash = t.indexOf('#');
	return (hash >= 0 ? t.slice(hash + 1) : t).replace(/\s+/g, '');
}

const fail = (error: string): DecodeResult => ({ ok: false, error });
const NEWER = '这个链接来自更新版本的手册，请刷新页面后再打开。';

/** Reads a link or payload. Never throws; a damaged or hostile link gives a message in Chinese. */
export async function decodeShared(input: string): Promise<DecodeResult> {
	const payload = payloadOf(input);
	if (!payload) return fail('链接中没有分享的数据（“#”后面是空的）。');
	if (payload.length > MAX_PAYLOAD_CHARS) return fail('链接太长，不是本站生成的分享链接，已拒绝读取。');
	const marker = payload.slice(0, PLAIN.length);
	if (marker !== COMPRESSED && marker !== PLAIN) {
		const version = /^[zj](\d+)\./.exec(payload)?.[1];
		return fail(version && Number(version) > SHARE_VERSION ? NEWER : '链接格式不正确：不是本站的分享链接，或复制得不完整。');
	}
	const bytes = fromBase64url(payload.slice(marker.length));
	if (!bytes || bytes.length === 0) return fail('链接已损坏：含有不该出现的字符，或复制得不完整。');
	let json: Uint8Array;
	if (marker === COMPRESSED) {
		if (typeof DecompressionStream !== 'function') return fail('这个浏览器不能解压分享链接，请用较新的浏览器（Chrome、Edge、Safari、Firefox）打开。');
		try {
			json = await inflate(bytes, MAX_JSON_BYTES);
		} catch (e) {
			return fail(e instanceof TooLarge ? '链接里的数据太大，已拒绝读取。' : '链接已损坏：数据无法解压，可能复制得不完整。');
		}
	} else {
		if (bytes.length > MAX_JSON_BYTES) return fail('链接里的数据太大，已拒绝读取。');
		json = bytes;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch {
		return fail('链接已损坏：内容无法读取，可能复制得不完整。');
	}
	const checked = validateShared(raw);
	return checked.ok ? { ok: true, shared: checked.shared, payload } : checked;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));
const count = (v: unknown) => (isObj(v) ? Object.keys(v).length : 0);

/**
 * Checks a parsed share document with the store's own validation. Strict: anything the store
 * would drop or repair (a bad task, a bad quiz entry, an over-long text) refuses the whole link.
 */
export function validateShared(raw: unknown): { ok: true; shared: Shared } | { ok: false; error: string } {
	const bad = (what: string) => ({ ok: false as const, error: `链接中的数据不正确（${what}），已拒绝读取。` });
	if (!isObj(raw)) return bad('不是分享数据');
	if (typeof raw.v === 'number' && raw.v > SHARE_VERSION) return { ok: false, error: NEWER };
	if (raw.v !== SHARE_VERSION) return bad('版本号');
	if (typeof raw.s === 'number' && raw.s > CURRENT_VERSION) return { ok: false, error: NEWER };
	if (raw.s !== CURRENT_VERSION) return bad('数据版本');
	if (!isDate(raw.sharedAt)) return bad('分享时间');
	if (raw.by !== undefined && (typeof raw.by !== 'string' || !raw.by.trim() || raw.by.length > LIMITS.name)) return bad('分享人');
	const by = typeof raw.by === 'string' ? { by: raw.by.trim() } : {};
	if (raw.kind === 'run') {
		if ((raw.alias !== undefined && raw.alias !== true) || (raw.notes !== undefined && raw.notes !== true)) return bad('选项');
		const run = validRun(raw.run);
		if (!run || !isObj(raw.run)) return bad('清单');
		if (count(raw.run.tasks) !== Object.keys(run.tasks).length || count(raw.run.gates) !== Object.keys(run.gates).length) return bad('清单中的工作内容或关卡');
		if (run.name.length > LIMITS.name || (run.customer?.length ?? 0) > LIMITS.name || (run.rep?.length ?? 0) > LIMITS.rep) return bad('名称过长');
		const longer = (entries: unknown, field: string) => Object.values(isObj(entries) ? entries : {}).some((e) => String((e as Record<string, unknown>)[field] ?? '').length > LIMITS.note);
		if (longer(raw.run.tasks, 'note') || longer(raw.run.gates, 'reason')) return bad('备注过长');
		if (!isDate(run.createdAt) || !isDate(run.updatedAt)) return bad('日期');
		if (!raw.notes && Object.values(run.tasks).some((t) => t.note)) return bad('备注');
		return { ok: true, shared: { kind: 'run', sharedAt: raw.sharedAt, ...by, ...(raw.alias ? { alias: true } : {}), ...(raw.notes ? { notes: true } : {}), run } };
	}
	if (raw.kind === 'course') {
		if (!isObj(raw.course) || raw.course.learner !== undefined) return bad('学习记录');
		const { course, dropped } = validCourse(raw.course);
		if (dropped) return bad('学习记录');
		return { ok: true, shared: { kind: 'course', sharedAt: raw.sharedAt, ...by, course } };
	}
	return bad('不认识的分享内容');
}
