import { useEffect, useState, type FormEvent } from 'react';
import type { Workspace } from '@shared/domain';
import { updateTeamCalendar } from './sprint-commands';
import { formatDay } from './sprint-format';
import { reportError } from '../../kernel/feedback/toast';
import { TextField } from '../../kernel/fields/TextField';

const weekdays = [
  { iso: 1, name: 'Monday', short: 'Mon' },
  { iso: 2, name: 'Tuesday', short: 'Tue' },
  { iso: 3, name: 'Wednesday', short: 'Wed' },
  { iso: 4, name: 'Thursday', short: 'Thu' },
  { iso: 5, name: 'Friday', short: 'Fri' },
  { iso: 6, name: 'Saturday', short: 'Sat' },
  { iso: 7, name: 'Sunday', short: 'Sun' },
];


/** The team's working week, holidays and sprint length: what working days and the cadence are counted from. */
export function TeamCalendarPanel({ workspace }: { workspace: Workspace }) {
  const [holiday, setHoliday] = useState('');
  const [length, setLength] = useState(String(workspace.sprintLengthDays));
  useEffect(() => setLength(String(workspace.sprintLengthDays)), [workspace.sprintLengthDays]);

  const toggleDay = (iso: number, name: string) => {
    const working = workspace.workingDays.includes(iso);
    const next = working ? workspace.workingDays.filter((d) => d !== iso) : [...workspace.workingDays, iso].sort();
    void updateTeamCalendar(workspace, { workingDays: next }, working ? `Make ${name} a day off` : `Make ${name} a working day`).catch(reportError);
  };
  const addHoliday = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(holiday)) return reportError(new Error('Holiday: choose a date.'));
    if (workspace.holidays.includes(holiday)) return reportError(new Error(`Holiday: ${formatDay(holiday)} is already a holiday.`));
    const added = holiday;
    setHoliday('');
    void updateTeamCalendar(workspace, { holidays: [...workspace.holidays, added].sort() }, `Add holiday ${formatDay(added)}`).catch((error) => {
      setHoliday((now) => now || added);
      reportError(error);
    });
  };
  const saveLength = (e: FormEvent) => {
    e.preventDefault();
    const days = Number(length);
    void updateTeamCalendar(workspace, { sprintLengthDays: days }, `Set sprint length to ${days} days`).catch((error: Error) => {
      reportError(error);
      setLength(String(workspace.sprintLengthDays));
    });
  };

  return (
    <section className="panel sp-team-calendar" aria-labelledby="team-calendar-heading">
      <h2 id="team-calendar-heading">Team calendar</h2>
      <fieldset className="sp-weekdays">
        <legend>Working week</legend>
        <div className="sp-weekday-row">
          {weekdays.map((day) => (
            <label key={day.iso} className="sp-weekday">
              <input type="checkbox" checked={workspace.workingDays.includes(day.iso)} onChange={() => toggleDay(day.iso, day.name)} aria-label={day.name} />
              <span aria-hidden="true">{day.short}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <form className="field-row" onSubmit={saveLength}>
        <label className="field grow">
          <span>Sprint length (calendar days)</span>
          <input type="number" min={1} max={90} value={length} onChange={(e) => setLength(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={Number(length) === workspace.sprintLengthDays}>
          Save length
        </button>
      </form>
      <h3 id="holidays-heading">Holidays</h3>
      {workspace.holidays.length === 0 ? (
        <p className="muted">No holidays. Days added here do not count as working days.</p>
      ) : (
        <ul className="sp-holiday-list" aria-labelledby="holidays-heading">
          {workspace.holidays.map((day) => (
            <li key={day}>
              <span>{formatDay(day)}</span>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void updateTeamCalendar(workspace, { holidays: workspace.holidays.filter((d) => d !== day) }, `Remove holiday ${formatDay(day)}`).catch(reportError)
                }
              >
                Remove<span className="sr-only"> holiday {formatDay(day)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="field-row" onSubmit={addHoliday}>
        <TextField className="grow" label="New holiday" type="date" value={holiday} onChange={setHoliday} />
        <button type="submit" className="button" disabled={!holiday}>
          Add holiday
        </button>
      </form>
    </section>
  );
}
