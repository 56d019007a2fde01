/**
 * Pure preparation of a flowchart's Mermaid source before it is rendered at build time.
 *
 * Authors write stage nodes by their stage id alone (`identify-target --> gather-info`); the
 * label comes from the stage's title in frontmatter, so a title is written once. `<stage>-gate`
 * names the stage's gate and is drawn as a decision with the gate's question. A title and a
 * description for screen readers are added when the author gave none.
 */
import { createHash } from 'node:crypto';
import { endWith, joinClauses } from '../../model/punctuation.ts';

/** What a diagram needs to know about a stage. */
export interface DiagramStage {
	id: string;
	/** Label shown in the node, e.g. "阶段一 确定开发对象". */
	label: string;
	gate?: { question: string };
}

export interface PreparedDiagram {
	/** Source as it is rendered (labels and accessibility lines added). */
	source: string;
	/** Lines inserted after the first line; used to map Mermaid's error lines back. */
	insertedLines: number;
	/** Ids of nodes in the diagram, in order of first appearance. */
	nodeIds: string[];
	/** Ids that are no stage, no gate, and have no label of their own: almost always a typo. */
	unknownIds: string[];
}

/** Suffix that turns a stage id into its gate's node id. */
export const GATE_SUFFIX = '-gate';

/** Lines that declare things other than nodes and edges. */
const DIRECTIVE = /^\s*(%%|flowchart\b|graph\b|subgraph\b|end\b|classDef\b|class\b|style\b|linkStyle\b|click\b|accTitle\b|accDescr\b|direction\b)/;
/** A node id: ASCII letters and digits, with single hyphens or underscores inside. */
const IDENT = /[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/y;
/** Characters that open a node's shape (and so its label) right after its id. */
const SHAPE_OPEN = new Set(['[', '(', '{', '>']);
const CLOSE_FOR: Record<string, string> = { '[': ']', '(': ')', '{': '}', '>': ']' };

/** Escapes text for a Mermaid quoted label. */
export function mermaidText(text: string): string {
	return text.replace(/"/g, '#quot;');
}

/** Skips a bracketed label starting at `i` (nesting like `((…))` and quotes included). */
function skipShape(line: string, i: number): number {
	const open = line[i]!;
	const close = CLOSE_FOR[open]!;
	let depth = 0;
	for (let j = i; j < line.length; j++) {
		const c = line[j]!;
		if (c === '"') {
			const end = line.indexOf('"', j + 1);
			if (end === -1) return line.length;
			j = end;
		} else if (c === open && open !== '>') depth++;
		else if (c === close) {
			depth--;
			if (depth <= 0 && (open === '>' || line[j + 1] !== close)) return j + 1;
		}
	}
	return line.length;
}

/**
 * Walks the node ids of one line of a flowchart. `onId(id, end)` gets each id with the index
 * just after it; it may return text to insert there.
 */
function walkLine(line: string, onId: (id: string, end: number) => string | undefined): string {
	if (DIRECTIVE.test(line)) return line;
	let out = '';
	let i = 0;
	while (i < line.length) {
		const c = line[i]!;
		if (c === '"') {
			const end = line.indexOf('"', i + 1);
			const stop = end === -1 ? line.length : end + 1;
			out += line.slice(i, stop);
			i = stop;
			continue;
		}
		if (c === '|') {
			const end = line.indexOf('|', i + 1);
			const stop = end === -1 ? line.length : end + 1;
			out += line.slice(i, stop);
			i = stop;
			continue;
		}
		if (c === '%' && line[i + 1] === '%') return out + line.slice(i);
		IDENT.lastIndex = i;
		const prev = i > 0 ? line[i - 1]! : ' ';
		const m = /[A-Za-z0-9_-]/.test(prev) ? null : IDENT.exec(line);
		if (m) {
			const id = m[0];
			let end = i + id.length;
			// "A-->B" style: an id never swallows an arrow.
			out += id;
			const inserted = onId(id, end);
			if (inserted) out += inserted;
			// A shape opener right after the id (no space allowed by Mermaid) carries the label.
			if (SHAPE_OPEN.has(line[end]!) && !(line[end] === '>' && line[end - 1] === '-')) {
				const stop = skipShape(line, end);
				out += line.slice(end, stop);
				end = stop;
			}
			i = end;
			continue;
		}
		out += c;
		i++;
	}
	return out;
}

/** Node ids used in a flowchart source, in order of first appearance. */
export function flowchartNodeIds(source: string): string[] {
	const ids: string[] = [];
	const lines = source.split('\n');
	lines.forEach((line, index) => {
		if (index === 0) return; // "flowchart TD"
		walkLine(line, (id) => {
			if (id !== 'end' && !ids.includes(id)) ids.push(id);
			return undefined;
		});
	});
	return ids;
}

export interface PrepareOptions {
	stages: DiagramStage[];
	/** Title for screen readers when the source has no accTitle. */
	title: string;
	/** What the playbook calls a stage (阶段, 步骤, 环节), for the description. */
	noun?: string;
}

/** Adds stage labels, gate questions and accessibility lines to a flowchart source. */
export function prepareDiagram(raw: string, { stages, title, noun = '阶段' }: PrepareOptions): PreparedDiagram {
	const source = raw.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
	const lines = source.split('\n');
	const byId = new Map(stages.map((s) => [s.id, s]));
	const gates = new Map(stages.filter((s) => s.gate).map((s) => [s.id + GATE_SUFFIX, s]));
	const labelled = new Set<string>();
	const nodeIds: string[] = [];

	const body = lines.slice(1).map((line) =>
		walkLine(line, (id, end) => {
			if (id === 'end') return undefined;
			if (!nodeIds.includes(id)) nodeIds.push(id);
			const hasShape = SHAPE_OPEN.has(line[end]!) && !(line[end] === '>' && line[end - 1] === '-');
			if (hasShape) {
				labelled.add(id);
				return undefined;
			}
			if (labelled.has(id)) return undefined;
			const stage = byId.get(id);
			if (stage) {
				labelled.add(id);
				return `["${mermaidText(stage.label)}"]`;
			}
			const gated = gates.get(id);
			if (gated?.gate) {
				labelled.add(id);
				return `{"${mermaidText(gated.gate.question)}"}`;
			}
			return undefined;
		}),
	);
	const unknownIds = nodeIds.filter((id) => !labelled.has(id));

	const extra: string[] = [];
	if (!/^\s*accTitle\s*:/m.test(source)) extra.push(`accTitle: ${title.replace(/\n/g, ' ')}`);
	if (!/^\s*accDescr\b/m.test(source)) extra.push(`accDescr: ${describe(nodeIds, stages, noun)}`);
	return {
		source: [lines[0]!, ...extra.map((l) => `  ${l}`), ...body].join('\n'),
		insertedLines: extra.length,
		nodeIds,
		unknownIds,
	};
}

/** A sentence naming the stages a diagram shows, in order, and its decisions, in the playbook's own noun. */
export function describe(nodeIds: string[], stages: DiagramStage[], noun = '阶段'): string {
	const shown = stages.filter((s) => nodeIds.includes(s.id));
	const parts = shown.map((s) => s.label);
	const gates = shown.filter((s) => s.gate && nodeIds.includes(s.id + GATE_SUFFIX));
	const gateText = joinClauses(gates.map((s) => `${s.label}之后判断：${s.gate!.question}`));
	return `${endWith(`流程依次为：${parts.join(' → ')}`)}${gateText}各${noun}节点可跳转到页面中的对应章节。`.replace(/\n/g, ' ');
}

/** Maps a line number of the prepared source back to the author's source. */
export function authorLine(preparedLine: number, insertedLines: number): number {
	if (preparedLine <= 1) return 1;
	return Math.max(1, preparedLine - insertedLines);
}

/** Everything that changes a rendered SVG goes into its cache key. */
export interface RenderSettings {
	mermaidVersion: string;
	/** Mermaid configuration passed to initialize(). */
	config: unknown;
	/** Bumped when our own post-processing of the SVG changes. */
	rendererVersion: number;
}

/** Cache key of a prepared diagram: source + settings, hashed. */
export function diagramKey(preparedSource: string, settings: RenderSettings): string {
	return createHash('sha256')
		.update(JSON.stringify([settings.rendererVersion, settings.mermaidVersion, settings.config, preparedSource]))
		.digest('hex')
		.slice(0, 20);
}

/** One flowchart of a playbook page, as the coverage check sees it. */
export interface DiagramUse {
	/** The flow it draws (real-estate has four); undefined when the playbook has one flow. */
	flow?: string;
	nodeIds: string[];
	unknownIds: string[];
}

/**
 * Node ids and stage ids must agree: every stage appears in its flow's diagram, and no node is
 * an unlabelled id that names no stage. Returns messages; empty means they agree.
 */
export function checkCoverage(
	stages: Array<{ id: string; flow?: string; gate?: unknown }>,
	diagrams: DiagramUse[],
): string[] {
	const errors: string[] = [];
	const ids = new Set(stages.map((s) => s.id));
	for (const d of diagrams) {
		for (const id of d.unknownIds) {
			if (id.endsWith(GATE_SUFFIX) && ids.has(id.slice(0, -GATE_SUFFIX.length)))
				errors.push(`流程图节点 "${id}"：阶段 "${id.slice(0, -GATE_SUFFIX.length)}" 没有 gate（关卡），请在 frontmatter 中补上或给节点写标签`);
			else errors.push(`流程图节点 "${id}" 不是任何阶段的 id，也没有自己的标签（是不是拼错了？）`);
		}
	}
	if (diagrams.length === 0) return errors;
	for (const stage of stages) {
		const own = diagrams.filter((d) => d.flow === stage.flow);
		if (!own.some((d) => d.nodeIds.includes(stage.id)))
			errors.push(`阶段 "${stage.id}" 没有出现在${stage.flow ? `流程 "${stage.flow}" 的` : ''}流程图中`);
	}
	return errors;
}
