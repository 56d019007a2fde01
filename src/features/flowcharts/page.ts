/**
 * How a page's frontmatter turns one ```mermaid fence into the source that is rendered. Shared
 * by the remark plugin (during the build) and the inventory (cache checks, `npm run diagrams`),
 * so both compute the same cache key. Stage labels come from the playbook model, like everywhere.
 */
import { prepareDiagram, type DiagramStage, type PreparedDiagram } from './diagram-source.ts';
import { normalizePlaybook, type PlaybookModel } from '../../model/playbook.ts';
import { PlaybookSchema } from '../../model/schemas/playbook.ts';

/** Raw (not yet validated) frontmatter, as remark and the inventory get it. */
export interface PageFrontmatter {
	title?: unknown;
	playbook?: unknown;
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

/**
 * The page's playbook through the same schema and model as the content layer; undefined on a page
 * without one, or one the schema rejects (the content layer then fails the build naming the field).
 */
export function pagePlaybook(slug: string, frontmatter: PageFrontmatter): PlaybookModel | undefined {
	if (frontmatter.playbook === undefined) return undefined;
	const parsed = PlaybookSchema.safeParse(frontmatter.playbook);
	return parsed.success ? normalizePlaybook(slug, String(frontmatter.title ?? ''), parsed.data) : undefined;
}

/** Prepares one fence of a page. */
export function preparePageDiagram(value: string, meta: string | null | undefined, title: string, playbook: PlaybookModel | undefined): PageDiagram {
	const { flow, title: metaTitle } = parseMeta(meta);
	const flowTitle = playbook?.flows.find((f) => f.id === flow)?.title;
	const stages = (playbook?.stages ?? []).filter((s) => s.flow === flow).map((s) => ({ id: s.id, label: s.label, gate: s.gate }));
	const diagramTitle = metaTitle ?? flowchartTitle(title, flowTitle);
	const noun = playbook?.stageNoun ?? '阶段';
	return { flow, title: diagramTitle, stages, noun, prepared: prepareDiagram(value, { stages, title: diagramTitle, noun }) };
}
