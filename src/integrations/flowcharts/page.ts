/**
 * How a page's frontmatter turns one ```mermaid fence into the source that is rendered. Shared
 * by the remark plugin (during the build) and the inventory (cache checks, `npm run diagrams`),
 * so both compute the same cache key.
 */
import { prepareDiagram, type DiagramStage, type PreparedDiagram } from '../../lib/diagram-source.ts';
import { stageLabel, stagesOfFlow, type StageLike } from '../../lib/playbook.ts';

/** The parts of raw (not yet validated) frontmatter that diagrams read. */
export interface PageFrontmatter {
	title?: string;
	playbook?: {
		stageNoun?: string;
		flows?: Array<{ id: string; title: string }>;
		stages?: StageLike[];
	};
}

export interface PageDiagram {
	flow?: string;
	title: string;
	stages: DiagramStage[];
	/** What the playbook calls a stage (阶段, 步骤, 环节). */
	noun: string;
	prepared: PreparedDiagram;
}

/** Reads `key=value` / `key="value"` pairs from a fence's meta string. */
export function parseMeta(meta: string | null | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of (meta ?? '').matchAll(/([a-zA-Z]+)=(?:"([^"]*)"|(\S+))/g)) out[m[1]!] = m[2] ?? m[3] ?? '';
	return out;
}

/** "大客户开发流程" → "大客户开发流程图"; with a flow: "房地产销售工作流程：接待流程图". */
export function flowchartTitle(pageTitle: string, flowTitle?: string): string {
	const name = flowTitle ? `${pageTitle}：${flowTitle}` : pageTitle;
	return name.endsWith('流程') ? `${name}图` : `${name}流程图`;
}

/** Stages of a page that are well-formed enough to label (the schema reports the rest). */
export function pageStages(frontmatter: PageFrontmatter): StageLike[] {
	const stages = frontmatter.playbook?.stages;
	return Array.isArray(stages) ? stages.filter((s) => s && typeof s.id === 'string' && typeof s.title === 'string') : [];
}

/** Prepares one fence of a page. */
export function preparePageDiagram(value: string, meta: string | null | undefined, frontmatter: PageFrontmatter): PageDiagram {
	const { flow, title: metaTitle } = parseMeta(meta);
	const all = pageStages(frontmatter);
	const noun = frontmatter.playbook?.stageNoun ?? '阶段';
	const flowTitle = frontmatter.playbook?.flows?.find((f) => f.id === flow)?.title;
	const stages = stagesOfFlow(all, flow).map((s) => ({ id: s.id, label: stageLabel(all, s, noun), gate: s.gate }));
	const title = metaTitle ?? flowchartTitle(frontmatter.title ?? '', flowTitle);
	return { flow, title, stages, noun, prepared: prepareDiagram(value, { stages, title, noun }) };
}
