import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { PlaybookSchema } from './schemas/playbook.ts';
import { contentDir } from './lib/content-dir.ts';


export const collections = {
	docs: defineCollection({
		loader: glob({ base: `${contentDir()}/docs`, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({
			extend: z.object({
				/** Present on playbook pages: the process as data. */
				playbook: PlaybookSchema.optional(),
			}),
		}),
	}),
};
