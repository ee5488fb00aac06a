// Text similarity for suggested groups and recurring themes: small, deterministic, no model.

const stopWords = new Set(
  `a about above after again against all also am an and any are aren't as at be because been before being below between both
  but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further get got
  had hadn't has hasn't have haven't having he her here hers herself him himself his how i i'm if in into is isn't it it's its
  itself just let's lot lots me more most much must my myself need needs no nor not of off on once only or other ought our ours
  ourselves out over own quite really same she should shouldn't so some still such than that that's the their theirs them
  themselves then there there's these they they're this those through to too under until up very was wasn't we we're were
  weren't what what's when where which while who whom why will with won't would wouldn't you you're your yours yourself bit
  re ve ll us went ran took make made go goes going thing things`.split(/\s+/).filter(Boolean),
);

const doubled = /([^aeiouls])\1$/;

/** Light stemming: plural, -ing, -ed, -ness, -ment, -ation, final e; enough to match "tests"/"testing"/"tested". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 6 && w.endsWith('iness')) return `${w.slice(0, -5)}y`;
  if (w.length > 6 && w.endsWith('ness')) return w.slice(0, -4);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ment')) w = w.slice(0, -4);
  if (w.length > 7 && w.endsWith('ation')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w !== word && doubled.test(w)) w = w.slice(0, -1);
  // British doubling: labelling, modelling, cancelled (but sell, dwell stay whole).
  if (w !== word && w.length > 5 && w.endsWith('ell')) w = w.slice(0, -1);
  return w;
}

/** Words of a text as stems, without stop words, in order; `surface` maps each stem to a word seen. */
export function tokenize(text: string, surface?: Map<string, string>): string[] {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}][\p{L}\p{N}'_-]*/gu) ?? [];
  const stems: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/['_-]+$/, '');
    if (word.length < 2 || stopWords.has(word) || /^\d+$/.test(word)) continue;
    const s = stem(word.replace(/'s$/, ''));
    if (surface && !surface.has(s)) surface.set(s, word.replace(/'s$/, ''));
    stems.push(s);
  }
  return stems;
}

/** Share of distinct stems two texts have in common (0 when either has none). */
export function jaccard(a: string, b: string): number {
  const left = new Set(tokenize(a));
  const right = new Set(tokenize(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

type Vector = Map<string, number>;

/** Unit-length TF-IDF vectors (smoothed idf, as scikit-learn computes it). */
export function tfidfVectors(texts: readonly string[], surface?: Map<string, string>): Vector[] {
  const docs = texts.map((text) => tokenize(text, surface));
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of new Set(doc)) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  return docs.map((doc) => {
    const vector: Vector = new Map();
    for (const term of doc) vector.set(term, (vector.get(term) ?? 0) + 1);
    let norm = 0;
    for (const [term, tf] of vector) {
      const weight = tf * (Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

export interface SuggestedGroup {
  /** Ids of the cards, in the order given. */
  cardIds: string[];
  /** A proposed title: the words that weigh most across the cards. */
  title: string;
  /** Mean pairwise similarity of the cards, 0..1. */
  cohesion: number;
}

export interface SuggestOptions {
  /** Cosine similarity two cards need to be suggested together; 0.3 by default. */
  threshold?: number;
  minSize?: number;
}

/**
 * Suggested groups for cards (usually the ungrouped ones). Average-linkage clustering over
 * TF-IDF cosine: pairs are merged strongest first and a merge must keep the mean similarity
 * between the two clusters above the threshold, so one shared word does not chain a whole
 * board together. Ties break by input order, so the same cards always give the same groups.
 */
export function suggestGroups(cards: readonly { id: string; text: string }[], options: SuggestOptions = {}): SuggestedGroup[] {
  const { threshold = 0.3, minSize = 2 } = options;
  const surface = new Map<string, string>();
  const vectors = tfidfVectors(cards.map((card) => card.text), surface);
  const tokens = cards.map((card) => tokenize(card.text));
  const n = cards.length;

  // Sparse pairwise similarity via an inverted index: only cards sharing a word are compared.
  const postings = new Map<string, number[]>();
  vectors.forEach((vector, index) => {
    for (const term of vector.keys()) {
      const list = postings.get(term) ?? [];
      list.push(index);
      postings.set(term, list);
    }
  });
  const sims = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const k = key(list[x], list[y]);
        if (!sims.has(k)) sims.set(k, cosine(vectors[list[x]], vectors[list[y]]));
      }
    }
  }
  const edges = [...sims].filter(([, sim]) => sim >= threshold).sort((a, b) => b[1] - a[1] || a[0] - b[0]);

  const clusterOf = Array.from({ length: n }, (_, i) => i);
  const members = new Map<number, number[]>(Array.from({ length: n }, (_, i) => [i, [i]]));
  const sim = (i: number, j: number) => (i === j ? 1 : sims.get(key(i, j)) ?? 0);
  for (const [k] of edges) {
    const a = clusterOf[Math.floor(k / n)];
    const b = clusterOf[k % n];
    if (a === b) continue;
    const left = members.get(a) ?? [];
    const right = members.get(b) ?? [];
    let total = 0;
    for (const i of left) for (const j of right) total += sim(i, j);
    if (total / (left.length * right.length) < threshold) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    const merged = [...(members.get(keep) ?? []), ...(members.get(drop) ?? [])].sort((x, y) => x - y);
    members.set(keep, merged);
    members.delete(drop);
    for (const i of merged) clusterOf[i] = keep;
  }

  return [...members.values()]
    .filter((list) => list.length >= minSize)
    .map((list) => ({
      cardIds: list.map((i) => cards[i].id),
      title: titleFor(list.map((i) => vectors[i]), list.map((i) => tokens[i]), surface),
      cohesion: meanPairwise(list, sim),
      first: list[0],
    }))
    .sort((a, b) => b.cardIds.length - a.cardIds.length || a.first - b.first)
    .map(({ first: _first, ...group }) => group);
}

function meanPairwise(list: number[], sim: (i: number, j: number) => number): number {
  let total = 0;
  let pairs = 0;
  for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++, pairs++) total += sim(list[x], list[y]);
  return pairs ? Math.round((total / pairs) * 1000) / 1000 : 1;
}

/**
 * The one or two words that weigh most across a cluster (the second only when most cards share
 * it), in the order the first card holding both uses them: "Flaky tests", not "Tests flaky".
 */
function titleFor(vectors: Vector[], tokens: string[][], surface: Map<string, string>): string {
  const weight = new Map<string, number>();
  const count = new Map<string, number>();
  for (const vector of vectors) {
    for (const [term, w] of vector) {
      weight.set(term, (weight.get(term) ?? 0) + w);
      count.set(term, (count.get(term) ?? 0) + 1);
    }
  }
  const ranked = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([term]) => term);
  const words = ranked.slice(0, 2).filter((term, index) => index === 0 || (count.get(term) ?? 0) * 2 > vectors.length);
  const example = tokens.find((list) => words.every((term) => list.includes(term)));
  if (example) words.sort((a, b) => example.indexOf(a) - example.indexOf(b));
  const title = words.map((term) => surface.get(term) ?? term).join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
