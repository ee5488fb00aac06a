import { z } from 'zod';
import type { Retro } from '../domain/retro';

export const templateColumnSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a column id is 1-40 lowercase letters, digits or dashes'),
  title: z.string().trim().min(1, 'a column needs a title').max(60, 'a column title is at most 60 characters'),
  prompt: z.string().trim().max(200, 'a prompt is at most 200 characters').default(''),
});
export type TemplateColumn = z.infer<typeof templateColumnSchema>;

/** A retro template; custom ones are saved per workspace and validated with this schema. */
export const retroTemplateSchema = z
  .object({
    id: z.string().min(1, 'a template needs an id'),
    name: z.string().trim().min(1, 'a template needs a name').max(80, 'a template name is at most 80 characters'),
    description: z.string().default(''),
    columns: z.array(templateColumnSchema).min(1, 'a template needs at least one column').max(8, 'a template has at most 8 columns'),
    builtIn: z.boolean().default(false),
  })
  .superRefine((template, ctx) => {
    const seen = new Set<string>();
    template.columns.forEach((column, index) => {
      const key = column.title.toLowerCase();
      if (seen.has(column.id) || seen.has(`title:${key}`)) {
        ctx.addIssue({ code: 'custom', path: ['columns', index], message: `column "${column.title}" appears twice` });
      }
      seen.add(column.id);
      seen.add(`title:${key}`);
    });
  });
export type RetroTemplate = z.infer<typeof retroTemplateSchema>;

const col = (id: string, title: string, prompt: string): TemplateColumn => ({ id, title, prompt });

export const builtInTemplates: readonly RetroTemplate[] = [
  {
    id: 'start-stop-continue', name: 'Start / Stop / Continue', builtIn: true,
    description: 'Concrete changes to the way the team works.',
    columns: [
      col('start', 'Start', 'What should we begin doing that we do not do today?'),
      col('stop', 'Stop', 'What costs us more than it gives back?'),
      col('continue', 'Continue', 'What works and should keep going?'),
    ],
  },
  {
    id: 'mad-sad-glad', name: 'Mad / Sad / Glad', builtIn: true,
    description: 'How the sprint felt, when emotions need room.',
    columns: [
      col('mad', 'Mad', 'What frustrated you or got in the way?'),
      col('sad', 'Sad', 'What disappointed you or could have gone better?'),
      col('glad', 'Glad', 'What made you happy or proud?'),
    ],
  },
  {
    id: '4ls', name: '4Ls', builtIn: true,
    description: 'Liked, Learned, Lacked, Longed for.',
    columns: [
      col('liked', 'Liked', 'What did you enjoy about this sprint?'),
      col('learned', 'Learned', 'What did you learn, technically or about the team?'),
      col('lacked', 'Lacked', 'What was missing: time, data, skills, clarity?'),
      col('longed-for', 'Longed for', 'What do you wish we had had?'),
    ],
  },
  {
    id: 'sailboat', name: 'Sailboat', builtIn: true,
    description: 'The goal ahead, what pushes us, what holds us back, what could sink us.',
    columns: [
      col('wind', 'Wind', 'What pushed us forward?'),
      col('anchors', 'Anchors', 'What slowed us down?'),
      col('rocks', 'Rocks', 'Which risks lie ahead?'),
      col('island', 'Island', 'Where are we heading; what does good look like?'),
    ],
  },
  {
    id: 'went-well-improve-ideas', name: 'Went well / To improve / Ideas', builtIn: true,
    description: 'The classic three columns.',
    columns: [
      col('went-well', 'Went well', 'What should we celebrate?'),
      col('to-improve', 'To improve', 'What did not go as planned?'),
      col('ideas', 'Ideas', 'What could we try next sprint?'),
    ],
  },
  {
    id: 'ai-team', name: 'AI team', builtIn: true,
    description: 'The parts of ML work that ordinary retros miss.',
    columns: [
      col('data', 'Data', 'Labels, quality, access, drift, documentation: what helped or hurt?'),
      col('models', 'Models', 'Experiments, evaluation, baselines, reproducibility: what did we learn?'),
      col('pipeline', 'Pipeline and infrastructure', 'Training, compute, deployment, monitoring: what slowed us down?'),
      col('collaboration', 'Collaboration', 'Hand-offs between research, engineering and product: what worked?'),
    ],
  },
];

export type TemplateValidation = { ok: true; template: RetroTemplate } | { ok: false; problems: { field: string; message: string }[] };

/** Check a custom template (from a form or a saved file); built-in ids are reserved. */
export function validateTemplate(input: unknown): TemplateValidation {
  const parsed = retroTemplateSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || 'template', message: issue.message })) };
  }
  if (builtInTemplates.some((template) => template.id === parsed.data.id)) {
    return { ok: false, problems: [{ field: 'id', message: `"${parsed.data.id}" is a built-in template` }] };
  }
  return { ok: true, template: { ...parsed.data, builtIn: false } };
}

export function findTemplate(id: string, custom: readonly RetroTemplate[] = []): RetroTemplate | undefined {
  return [...builtInTemplates, ...custom].find((template) => template.id === id);
}

/** The columns a new retro copies, so editing a template later never rewrites past retros. */
export function columnsFromTemplate(template: RetroTemplate): Retro['columns'] {
  return template.columns.map((column) => ({ ...column }));
}
