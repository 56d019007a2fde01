/** A glossary entry: one per keyword used by a stage. Usage is derived, never written. */
import { z } from 'astro/zod';
import { Text } from './text.ts';
import { ComplianceText } from './playbook.ts';

export const GlossaryEntrySchema = z.strictObject({
	/** Set by the loader from `term`. */
	id: z.string().optional(),
	term: Text,
	definition: z.string().trim().min(1, '释义不能为空'),
	/** 合规提示 shown under the definition, when the term names a clause the law limits. */
	compliance: z.array(ComplianceText).default([]),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
