/**
 * The normalized playbook: everything pages, islands, the palette, the deck, the glossary, the
 * course and the print sheets need of a playbook, derived once from its validated frontmatter.
 * Labels ("阶段一 确定开发对象"), ordinals, anchors, slide ids, task keys, every href and the
 * 编者补充 marks are computed here and nowhere else. Pure: no Astro, no DOM.
 */
import { chineseNumeral } from './ordinal.ts';
import { routes, stageSlideId, STAGES_ANCHOR } from './routes.ts';
import type { EditorialFieldName, Flow, Playbook, Stage } from './schemas/playbook.ts';

import { taskKey } from './task-key.ts';

export { taskKey };

/** A stage with everything derived from its place in the playbook. */
export interface StageModel extends Stage {
	/** 1-based position within its flow. */
	number: number;
	/** "阶段一" / "步骤一". */
	ordinal: string;
	/** "阶段一 确定开发对象": flowcharts, lists, the palette, the print sheet. */
	label: string;
	/** Fragment id of its heading on the playbook page. */
	anchor: string;
	/** The stage on its playbook page. */
	href: string;
	/** Its slide's hash id in the deck. */
	slideId: string;
	/** Title of its flow on multi-flow playbooks. */
	flowTitle?: string;
	/** Keys of its tasks in saved runs, in task order. */
	taskKeys: string[];
	/** The whole stage is the editor's (编者补充), written from the source's overview. */
	wholeEditorial: boolean;
	/** Per field: the field is the editor's (also true when the whole stage is). */
	editorialFields: Record<EditorialFieldName, boolean>;
	/**
	 * Where the 编者补充 marks go, the same on the page, the print sheet and the deck: a whole
	 * editorial stage once at its heading; otherwise each editorial field at its heading, and an
	 * editorial task on its own line unless its field is marked already.
	 */
	marks: { stage: boolean; field: Record<EditorialFieldName, boolean>; task: boolean[] };
}

/** A run of stages shown under one heading: the whole playbook, or one of its flows. */
export interface SectionModel {
	/** Anchor of the section heading: the flow id, or "stages". */
	id: string;
	title: string;
	summary?: string;
	flow?: string;
	href: string;
	stages: StageModel[];
}

export interface PlaybookModel {
	slug: string;
	title: string;
	summary: string;
	order: number;
	audience: string[];
	stageNoun: Playbook['stageNoun'];
	flows: Flow[];
	stages: StageModel[];
	sections: SectionModel[];
	taskCount: number;
	href: string;
	printHref: string;
	deckHref: string;
	quizHref: string;
}

const FIELDS: EditorialFieldName[] = ['owners', 'goal', 'tasks', 'focus', 'keywords', 'gate'];

/** Whether a field is the editor's: the whole stage is, or the field is listed. */
export function isEditorial(stage: Pick<Stage, 'editorial'>, field: EditorialFieldName): boolean {
	return stage.editorial === true || (Array.isArray(stage.editorial) && stage.editorial.includes(field));
}

/** Whether a task is the editor's: marked itself, or its stage's task list (or whole stage) is. */
export function isEditorialTask(stage: Pick<Stage, 'editorial'>, task: { editorial: boolean }): boolean {
	return task.editorial || isEditorial(stage, 'tasks');
}

/** The one marking rule (see StageModel.marks). */
export function editorialMarks(stage: Pick<Stage, 'editorial' | 'tasks'>): StageModel['marks'] {
	const whole = stage.editorial === true;
	return {
		stage: whole,
		field: Object.fromEntries(FIELDS.map((f) => [f, !whole && isEditorial(stage, f)])) as Record<EditorialFieldName, boolean>,
		task: stage.tasks.map((t) => t.editorial && !isEditorial(stage, 'tasks')),
	};
}

/** The playbook as every consumer reads it. */
export function normalizePlaybook(slug: string, title: string, playbook: Playbook): PlaybookModel {
	const noun = playbook.stageNoun;
	const flowTitle = new Map(playbook.flows.map((f) => [f.id, f.title]));
	const position = new Map<string | undefined, number>();
	const stages: StageModel[] = playbook.stages.map((stage) => {
		const number = (position.get(stage.flow) ?? 0) + 1;
		position.set(stage.flow, number);
		const ordinal = `${noun}${chineseNumeral(number)}`;
		return {
			...stage,
			number,
			ordinal,
			label: `${ordinal} ${stage.title}`,
			anchor: stage.id,
			href: routes.stage(slug, stage.id),
			slideId: stageSlideId(stage.id),
			...(stage.flow ? { flowTitle: flowTitle.get(stage.flow) } : {}),
			taskKeys: stage.tasks.map((t) => taskKey(stage.id, t.id)),
			wholeEditorial: stage.editorial === true,
			editorialFields: Object.fromEntries(FIELDS.map((f) => [f, isEditorial(stage, f)])) as Record<EditorialFieldName, boolean>,
			marks: editorialMarks(stage),
		};
	});
	const sections: SectionModel[] = playbook.flows.length
		? playbook.flows.map((f) => ({
				id: f.id,
				title: f.title,
				summary: f.summary,
				flow: f.id,
				href: routes.stage(slug, f.id),
				stages: stages.filter((s) => s.flow === f.id),
			}))
		: [{ id: STAGES_ANCHOR, title: `流程${noun}`, href: routes.stage(slug, STAGES_ANCHOR), stages }];
	return {
		slug,
		title,
		summary: playbook.summary,
		order: playbook.order,
		audience: playbook.audience,
		stageNoun: noun,
		flows: playbook.flows,
		stages,
		sections,
		taskCount: stages.reduce((n, s) => n + s.tasks.length, 0),
		href: routes.playbook(slug),
		printHref: routes.printSheet(slug),
		deckHref: routes.deck(slug),
		quizHref: routes.quiz(slug),
	};
}

/** A playbook as the checklist islands see it: ids, labels and keys only. */
export interface ChecklistStage {
	id: string;
	label: string;
	/** "阶段二", "步骤三": how a lock names the stage whose gate comes first. */
	ordinal: string;
	flow?: string;
	tasks: string[];
	gate: boolean;
}
export interface ChecklistPlaybook {
	slug: string;
	title: string;
	stages: ChecklistStage[];
}

/** The checklist view of a playbook, sent to the islands. */
export function checklistView(pb: PlaybookModel): ChecklistPlaybook {
	return {
		slug: pb.slug,
		title: pb.title,
		stages: pb.stages.map((s) => ({ id: s.id, label: s.label, ordinal: s.ordinal, ...(s.flow ? { flow: s.flow } : {}), tasks: s.tasks.map((t) => t.id), gate: Boolean(s.gate) })),
	};
}
