// A 5,000-row Jira "Export CSV (all fields)" generated deterministically: repeated Sprint, Labels, Comment,
// Watchers and Log Work columns, custom fields, and multi-line quoted cells (for the Node parse bench and
// the browser end-to-end import bench).

const HEADER = [
  'Summary', 'Issue key', 'Issue id', 'Issue Type', 'Status', 'Project key', 'Project name', 'Priority', 'Resolution',
  'Assignee', 'Reporter', 'Creator', 'Created', 'Updated', 'Last Viewed', 'Resolved', 'Due Date', 'Votes',
  'Labels', 'Labels', 'Labels', 'Description', 'Environment', 'Watchers', 'Watchers', 'Original Estimate',
  'Remaining Estimate', 'Time Spent', 'Attachment', 'Custom field (Epic Link)', 'Custom field (Epic Name)',
  'Custom field (Rank)', 'Sprint', 'Sprint', 'Sprint', 'Custom field (Story Points)', 'Parent id',
  'Log Work', 'Log Work', 'Comment', 'Comment', 'Comment', 'Status Category',
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const jiraDate = (i: number) => `${(i % 28) + 1}/${MONTHS[i % 12]}/2${i % 6} ${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} ${i % 2 ? 'PM' : 'AM'}`;

export function generateJiraCsv(rows: number): string {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const epic = i % 50 === 0;
    const sprint = (n: number) => (i % 4 >= n ? `ML Sprint ${Math.floor(i / 400) + n}` : '');
    const cells = [
      `Train and evaluate model variant ${i}, with "quotes"`, `ML-${i + 1}`, String(10000 + i), epic ? 'Epic' : i % 7 === 0 ? 'Sub-task' : 'Story',
      ['To Do', 'In Progress', 'In Review', 'Done'][i % 4], 'ML', 'Machine learning', ['High', 'Medium', 'Low'][i % 3], i % 4 === 3 ? 'Done' : '',
      `person${i % 12}`, 'lead', 'lead', jiraDate(i), jiraDate(i + 1), '', i % 4 === 3 ? jiraDate(i + 2) : '', i % 5 === 0 ? `${(i % 28) + 1}/Dec/26` : '', '0',
      'ml', i % 2 ? 'data' : '', i % 3 ? 'infra' : '',
      `Steps:\r\n1. load the dataset\r\n2. train for ${i % 30} epochs\r\n\r\nNotes, with a comma and "quotes".`, '', `person${i % 5}`, `person${i % 7}`,
      '28800', '14400', '14400', '', epic ? '' : `ML-${Math.floor(i / 50) * 50 + 1}`, epic ? `Epic ${i / 50}` : '',
      `0|i00${i.toString(36)}:`, sprint(1), sprint(2), sprint(3), epic ? '' : String([1, 2, 3, 5, 8][i % 5]),
      i % 7 === 0 && i > 0 ? String(10000 + i - 1) : '',
      `${jiraDate(i)};person1;3600`, '', `${jiraDate(i)};person2;Looks good.\nShip it.`, i % 2 ? `${jiraDate(i)};person3;ok` : '', '',
      ['To Do', 'In Progress', 'In Progress', 'Done'][i % 4],
    ];
    lines.push(cells.map(quote).join(','));
  }
  return `\uFEFF${lines.join('\n')}\n`;
}
