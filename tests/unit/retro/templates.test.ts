import { describe, expect, it } from 'vitest';
import { builtInTemplates, columnsFromTemplate, findTemplate, validateTemplate } from '@shared/retro';

describe('retro templates', () => {
  it('offers the six built-in formats, each column with a prompt', () => {
    const names = builtInTemplates.map((template) => template.name);
    expect(names).toEqual(['Start / Stop / Continue', 'Mad / Sad / Glad', '4Ls', 'Sailboat', 'Went well / To improve / Ideas', 'AI team']);
    expect(findTemplate('4ls')?.columns.map((column) => column.title)).toEqual(['Liked', 'Learned', 'Lacked', 'Longed for']);
    expect(findTemplate('sailboat')?.columns.map((column) => column.title)).toEqual(['Wind', 'Anchors', 'Rocks', 'Island']);
    expect(findTemplate('ai-team')?.columns.map((column) => column.title)).toEqual(['Data', 'Models', 'Pipeline and infrastructure', 'Collaboration']);
    for (const template of builtInTemplates) {
      for (const column of template.columns) expect(column.prompt.length, `${template.id}/${column.id}`).toBeGreaterThan(10);
      expect(validateTemplate({ ...template, id: `copy-of-${template.id}` }).ok).toBe(true);
    }
  });

  it('accepts a custom template and copies its columns into a retro', () => {
    const result = validateTemplate({
      id: 'ws-1:model-launch', name: ' Model launch ',
      columns: [{ id: 'surprises', title: 'Surprises', prompt: 'What did production teach us?' }, { id: 'debts', title: 'Debts' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.name).toBe('Model launch');
    expect(result.template.builtIn).toBe(false);
    const columns = columnsFromTemplate(result.template);
    expect(columns[1]).toEqual({ id: 'debts', title: 'Debts', prompt: '' });
    columns[0].title = 'Changed';
    expect(result.template.columns[0].title).toBe('Surprises');
  });

  it('refuses a custom template with a message naming the field', () => {
    const noColumns = validateTemplate({ id: 'x', name: 'Empty', columns: [] });
    expect(noColumns).toEqual({ ok: false, problems: [{ field: 'columns', message: 'a template needs at least one column' }] });

    const twice = validateTemplate({ id: 'x', name: 'Twice', columns: [{ id: 'a', title: 'Good' }, { id: 'b', title: 'good' }] });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.problems[0]).toEqual({ field: 'columns.1', message: 'column "good" appears twice' });

    const badId = validateTemplate({ id: 'x', name: 'Bad', columns: [{ id: 'Has Space', title: 'A' }] });
    expect(badId.ok).toBe(false);
    if (!badId.ok) expect(badId.problems[0].field).toBe('columns.0.id');

    expect(validateTemplate({ id: 'sailboat', name: 'Mine', columns: [{ id: 'a', title: 'A' }] })).toEqual({
      ok: false, problems: [{ field: 'id', message: '"sailboat" is a built-in template' }],
    });
    expect(validateTemplate('not an object').ok).toBe(false);
  });
});
