/** Schema primitives shared by every content schema. */
import { z } from 'astro/zod';

/** Non-empty text, trimmed. */
export const Text = z.string().trim().min(1, '不能为空');

/** Stable ASCII kebab-case id: saved checklist state and links are keyed by it. */
export const IdSchema = z
	.string()
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, '必须是小写英文 kebab-case，例如 "identify-target"');
