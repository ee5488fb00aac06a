import { useMemo, useState } from 'react';
import { errorMessage } from '@shared/domain';
import { fairnessFromDataset, readCsvText, type Dataset, type FairnessColumns, type FairnessResult } from '@shared/monitoring';

const guess = (columns: string[], re: RegExp) => columns.find((c) => re.test(c)) ?? '';

/**
 * The fairness check being set up: the chosen file, its columns (guessed from their names), and
 * the result computed whenever a choice changes. Nothing is stored until the report is saved.
 */
export function useFairnessDraft(onNewFile: () => void) {
  const [file, setFile] = useState<{ name: string; dataset: Dataset } | null>(null);
  const [fileError, setFileError] = useState('');
  const [label, setLabel] = useState('');
  const [prediction, setPrediction] = useState('');
  const [isScore, setIsScore] = useState(false);
  const [threshold, setThreshold] = useState('0.5');
  const [groups, setGroups] = useState<string[]>([]);
  const [positive, setPositive] = useState('');
  const [limit, setLimit] = useState('0.1');

  const choose = async (picked: File | undefined) => {
    if (!picked) return;
    setFileError('');
    try {
      const dataset = readCsvText(await picked.text(), picked.name);
      const cols = dataset.columns;
      setFile({ name: picked.name, dataset });
      const l = guess(cols, /^(y_true|label|target|actual|y)$/i);
      const p = guess(cols, /^(y_pred|prediction|predicted|pred|score|y_score|probability)$/i);
      setLabel(l);
      setPrediction(p);
      setIsScore(/score|prob/i.test(p));
      setGroups(cols.filter((c) => c !== l && c !== p && /group|sex|gender|race|age|ethnic|region|sensitive/i.test(c)).slice(0, 1));
      onNewFile();
    } catch (error) {
      setFile(null);
      setFileError(errorMessage(error));
    }
  };

  const limitValue = Number(limit);
  const options: FairnessColumns | null = label && prediction && groups.length ? { label, prediction, groups, positive: positive.trim() || undefined, threshold: isScore ? Number(threshold) : undefined } : null;
  const computed = useMemo((): { result: FairnessResult | null; error: string } => {
    if (!file || !options) return { result: null, error: '' };
    if (isScore && !Number.isFinite(options.threshold)) return { result: null, error: `Threshold must be a number, not "${threshold}"` };
    try {
      return { result: fairnessFromDataset(file.dataset, options), error: '' };
    } catch (error) {
      return { result: null, error: `${file.name}: ${errorMessage(error)}` };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, label, prediction, isScore, threshold, groups, positive]);

  return {
    file, fileError, choose, options, computed, limit, setLimit, limitValue,
    label, setLabel, prediction, setPrediction, isScore, setIsScore, threshold, setThreshold, groups, setGroups, positive, setPositive,
  };
}

export type FairnessDraft = ReturnType<typeof useFairnessDraft>;
