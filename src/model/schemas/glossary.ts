/** A glossary entry: one per keyword used by a stage. Usage is derived, never written. */
import { z } from 'astro/zod';
import { Text } from './text.ts';

export const GlossaryEntrySchema = z.strictObject({
	/** Set by the loader from `term`. */
	id: z.string().optional(),
	term: Text,
	definition: z.string().trim().min(1, '释义不能为空'),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
