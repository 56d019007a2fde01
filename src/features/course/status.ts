/** A playbook's status in the onboarding course. Kept apart from course.ts so a playbook page's reading mark carries only this. */
import type { CourseData } from '../store/shape.ts';

/** A playbook's place in the course, lowest to highest. */
export const STATUSES = ['not-started', 'reading', 'read', 'passed'] as const;
export type Status = (typeof STATUSES)[number];

/** How a status reads on the page and on the printed record. */
export const STATUS_LABEL: Record<Status, string> = {
	'not-started': '未开始',
	reading: '阅读中',
	read: '已读',
	passed: '测验通过',
};

/**
 * A playbook's status: 测验通过 once its quiz has ever been passed, else 已读 once marked read,
 * else 阅读中 once opened, else 未开始. Passing the quiz counts even without the read mark: the
 * quiz shows what the mark only claims.
 */
export function playbookStatus(course: CourseData | undefined, playbook: string): Status {
	if (!course) return 'not-started';
	if (course.quizzes[playbook]?.passedAt) return 'passed';
	const reading = course.reading[playbook];
	if (reading?.readAt) return 'read';
	return reading ? 'reading' : 'not-started';
}
