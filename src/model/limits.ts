/** Lengths of what users type, enforced by the inputs and by the store's validation alike. */
export const LIMITS = {
	/** A run's name (清单名称), a customer's name, a learner's name. */
	name: 80,
	/** A sales rep's name. */
	rep: 40,
	/** A task's note, a gate's reason. */
	note: 2000,
	/** One value typed into a template field (fill once). */
	fieldValue: 500,
	/** An import (backup) file; a real backup is a few kB, so anything larger is refused unread. */
	importFileBytes: 5_000_000,
} as const;

/** The quiz pass mark (percent of questions right) when a quiz does not set one. */
export const DEFAULT_PASS_MARK = 80;
