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
  // The groups compared; null is all of them. A new file or other sensitive columns show all again.
  const [shownGroups, setShownGroups] = useState<string[] | null>(null);
  const chooseGroups = (columns: string[]) => {
    setGroups(columns);
    setShownGroups(null);
  };

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
      setShownGroups(null);
      onNewFile();
    } catch (error) {
      setFile(null);
      setFileError(errorMessage(error));
    }
  };

  const limitValue = Number(limit);
  const base: FairnessColumns | null = label && prediction && groups.length ? { label, prediction, groups, positive: positive.trim() || undefined, threshold: isScore ? Number(threshold) : undefined } : null;
  const computed = useMemo((): { result: FairnessResult | null; allGroups: string[]; error: string } => {
    if (!file || !base) return { result: null, allGroups: [], error: '' };
    if (isScore && !Number.isFinite(base.threshold)) return { result: null, allGroups: [], error: `Threshold must be a number, not "${threshold}"` };
    try {
      const all = fairnessFromDataset(file.dataset, base);
      const allGroups = all.groups.map((g) => g.group);
      if (!shownGroups) return { result: all, allGroups, error: '' };
      if (!shownGroups.length) return { result: null, allGroups, error: 'Choose at least one group to compare.' };
      return { result: fairnessFromDataset(file.dataset, { ...base, includeGroups: shownGroups }), allGroups, error: '' };
    } catch (error) {
      return { result: null, allGroups: [], error: `${file.name}: ${errorMessage(error)}` };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file, label, prediction, isScore, threshold, groups, positive, shownGroups]);
  const options: FairnessColumns | null = base && shownGroups ? { ...base, includeGroups: shownGroups } : base;

  return {
    file, fileError, choose, options, computed, limit, setLimit, limitValue,
    label, setLabel, prediction, setPrediction, isScore, setIsScore, threshold, setThreshold, groups, setGroups: chooseGroups, positive, setPositive,
    shownGroups, setShownGroups,
  };
}

export type FairnessDraft = ReturnType<typeof useFairnessDraft>;
