/** Derived facts about a playbook: labels, ordinals, flows. Pure; no Astro. */
import { chineseNumeral } from './ordinal.ts';

/** The parts of a stage these helpers read (works on raw frontmatter too). */
export interface StageLike {
	id: string;
	title: string;
	flow?: string;
	gate?: { question: string; yes?: string; no?: string };
	editorial?: true | string[];
}

/** Stages of one flow (all stages when the playbook has one flow). */
export function stagesOfFlow<S extends StageLike>(stages: S[], flow: string | undefined): S[] {
	return stages.filter((s) => s.flow === flow);
}

/** 1-based position of a stage within its flow. */
export function stageNumber(stages: StageLike[], stage: StageLike): number {
	return stagesOfFlow(stages, stage.flow).findIndex((s) => s.id === stage.id) + 1;
}

/** "阶段一" — the stage's ordinal within its flow. */
export function stageOrdinal(stages: StageLike[], stage: StageLike, noun = '阶段'): string {
	return `${noun}${chineseNumeral(stageNumber(stages, stage))}`;
}

/** "阶段一 确定开发对象" — how a stage is named in flowcharts and lists. */
export function stageLabel(stages: StageLike[], stage: StageLike, noun = '阶段'): string {
	return `${stageOrdinal(stages, stage, noun)} ${stage.title}`;
}

/** Whether a field of a stage is an editor's addition (编者补充). */
export function isEditorial(stage: StageLike, field: string): boolean {
	return stage.editorial === true || (Array.isArray(stage.editorial) && stage.editorial.includes(field));
}

/**
 * Where a stage's 编者补充 marks go, the same on the page, the print sheet and the deck (one rule,
 * isEditorial): a whole editorial stage is marked once at its heading; otherwise each editorial
 * field is marked at its heading, and an editorial task is marked on its own line unless its
 * field already is.
 */
export function editorialMarks(stage: StageLike & { tasks?: Array<{ id: string; editorial?: boolean }> }) {
	const whole = stage.editorial === true;
	return {
		/** Mark the stage heading. */
		stage: whole,
		/** Mark a field's heading (owners, goal, tasks, focus, keywords, gate). */
		field: (field: string) => !whole && isEditorial(stage, field),
		/** Mark one task's line. */
		task: (task: { editorial?: boolean }) => Boolean(task.editorial) && !isEditorial(stage, 'tasks'),
	};
}

/** A run of stages shown together under one heading: the whole playbook, or one of its flows. */
export interface StageSection<S extends StageLike = StageLike> {
	/** Anchor of the section heading: the flow id, or "stages". */
	id: string;
	title: string;
	summary?: string;
	flow?: string;
	stages: S[];
}

/** Id of the stage section of a single-flow playbook. */
export const STAGES_ANCHOR = 'stages';

/** The stage sections of a playbook, in order: one per flow, or one for all stages. */
export function stageSections<S extends StageLike>(playbook: {
	stageNoun?: string;
	flows?: Array<{ id: string; title: string; summary?: string }>;
	stages: S[];
}): StageSection<S>[] {
	if (playbook.flows?.length)
		return playbook.flows.map((f) => ({ id: f.id, title: f.title, summary: f.summary, flow: f.id, stages: stagesOfFlow(playbook.stages, f.id) }));
	return [{ id: STAGES_ANCHOR, title: `流程${playbook.stageNoun ?? '阶段'}`, stages: playbook.stages }];
}
