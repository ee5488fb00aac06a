// The risk register filtered on every keystroke: 5,000 risks must answer within a frame (16 ms).
import { queryRegister, type RegisterQuery } from '@shared/risks';
import { measure } from '../lib/measure';
import { register } from '../lib/risk-register';

const N = 5000;

export default async function (): Promise<void> {
  const risks = register(N);
  const typed = 'label noise fraud';
  const keystrokes = Array.from({ length: typed.length }, (_, i) => typed.slice(0, i + 1));
  let k = 0;
  const query = (): RegisterQuery => ({
    text: keystrokes[k++ % keystrokes.length],
    filters: { status: ['open', 'monitoring'] },
    sortBy: { field: 'score', direction: 'desc' },
    today: '2025-03-01',
  });
  await measure('risk register filter 5000 risks', N, () => {
    queryRegister(risks, query());
  }, { runs: 60, warmup: 5, budget_ms: 16, extra: { keystrokes: keystrokes.length } });
  await measure('risk register filter 5000 risks grouped by category', N, () => {
    queryRegister(risks, { ...query(), groupBy: 'category' });
  }, { runs: 30, warmup: 3, budget_ms: 16 });
}
