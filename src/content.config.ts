import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { PlaybookSchema } from './model/schemas/playbook.ts';
import { GlossaryEntrySchema } from './model/schemas/glossary.ts';
import { TemplateSchema } from './model/schemas/template.ts';
import { QuizSchema } from './model/schemas/quiz.ts';
import { contentDir } from './model/content-dir.ts';
import { uiStringsLoader } from './site/ui-strings.ts';


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
	/**
	 * content/i18n/zh-CN.json: Starlight's UI strings in Chinese where its own zh-CN set is English
	 * or missing (the heading anchors' "Section titled …"). See ui-strings-loader.ts for why not
	 * i18nLoader().
	 */
	i18n: defineCollection({
		loader: uiStringsLoader(`${contentDir()}/i18n`),
		schema: i18nSchema(),
	}),
	/** content/glossary/terms.yaml: a list of { term, definition }; the term is the id. */
	glossary: defineCollection({
		loader: file(`${contentDir()}/glossary/terms.yaml`, {
			parser: (text) => ((yaml.load(text) ?? []) as Array<Record<string, unknown>>).map((e) => ({ id: String(e.term), ...e })),
		}),
		schema: GlossaryEntrySchema,
	}),
	/** content/templates/<id>.yaml: SMS and printable forms (fields + body); the file name is the id. */
	templates: defineCollection({
		loader: glob({ base: `${contentDir()}/templates`, pattern: '[^_]*.yaml' }),
		schema: TemplateSchema,
	}),
	/** content/quizzes/<playbook-slug>.yaml: the playbook's self-check quiz for the onboarding course. */
	quizzes: defineCollection({
		loader: glob({ base: `${contentDir()}/quizzes`, pattern: '[^_]*.yaml' }),
		schema: QuizSchema,
	}),
};
