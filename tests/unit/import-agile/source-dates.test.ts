import { describe, expect, it } from 'vitest';
import { parseJiraDate, parseLinearDate } from '@shared/import/agile';

describe('Jira export dates', () => {
  it.each([
    ['12/Apr/26 3:30 PM', '2026-04-12T15:30:00.000Z'],
    ['28/Jun/16 9:27 AM', '2016-06-28T09:27:00.000Z'],
    ['01/Jan/20 12:05 AM', '2020-01-01T00:05:00.000Z'],
    ['01/Jan/20 12:05 PM', '2020-01-01T12:05:00.000Z'],
    ['5/Dec/2019 17:45', '2019-12-05T17:45:00.000Z'],
    ['14/Mär/18 10:00', '2018-03-14T10:00:00.000Z'],
    ['28/Jun/16', '2016-06-28T00:00:00.000Z'],
    ['2016-07-05 07:53:01.71', '2016-07-05T07:53:01.710Z'],
  ])('%s -> %s', (text, iso) => {
    expect(parseJiraDate(text)?.iso).toBe(iso);
  });

  it.each(['31/Feb/26 1:00 PM', '12/Foo/26 3:30 PM', '12/Apr/26 13:30 PM', '12/Apr/26 25:00', 'yesterday', ''])('refuses %j', (text) => {
    expect(parseJiraDate(text)).toBeNull();
  });
});

describe('Linear export dates', () => {
  it('reads JavaScript Date#toString output with its offset', () => {
    expect(parseLinearDate('Sat Feb 11 2023 01:51:47 GMT+0000 (GMT)')).toEqual({ iso: '2023-02-11T01:51:47.000Z', date: '2023-02-11' });
    expect(parseLinearDate('Mon Feb 06 2023 05:00:00 GMT+0100 (Central European Standard Time)')?.iso).toBe('2023-02-06T04:00:00.000Z');
  });

  it('reads ISO 8601 from newer exports and refuses nonsense', () => {
    expect(parseLinearDate('2024-01-15T10:20:30.000Z')?.iso).toBe('2024-01-15T10:20:30.000Z');
    expect(parseLinearDate('2024-01-15T10:20:30+02:00')?.iso).toBe('2024-01-15T08:20:30.000Z');
    expect(parseLinearDate('Sat Feb 30 2023 01:51:47 GMT+0000 (GMT)')).toBeNull();
    expect(parseLinearDate('soon')).toBeNull();
  });
});
