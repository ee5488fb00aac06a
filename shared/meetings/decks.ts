import type { DeckKind, PokerDeck } from '../domain/meetings';

/** Cards that are not estimates: "I can't say" and "I need a break". They never enter the statistics. */
export const UNSURE_CARD = '?';
export const COFFEE_CARD = '☕';
export const specialCards = [UNSURE_CARD, COFFEE_CARD] as const;
export const isSpecialCard = (card: string) => (specialCards as readonly string[]).includes(card);

export const deckLabels: Record<DeckKind, string> = {
  fibonacci: 'Fibonacci (0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89)',
  'modified-fibonacci': 'Modified Fibonacci (0, ½, 1, 2, 3, 5, 8, 13, 20, 40, 100)',
  tshirt: 'T-shirt sizes (XS to XXL, mapped to points)',
  custom: 'Custom values',
};

/** The T-shirt sizes and the points each stands for unless the facilitator maps them otherwise. */
export const defaultTshirtPoints: Readonly<Record<string, number>> = { XS: 1, S: 2, M: 3, L: 5, XL: 8, XXL: 13 };

const numericCards: Record<Exclude<DeckKind, 'tshirt' | 'custom'>, string[]> = {
  fibonacci: ['0', '1', '2', '3', '5', '8', '13', '21', '34', '55', '89'],
  'modified-fibonacci': ['0', '½', '1', '2', '3', '5', '8', '13', '20', '40', '100'],
};

/** "½" and "1/2" read as 0.5; anything else must be a plain non-negative number. */
export function cardValue(card: string): number | null {
  const text = card.trim();
  if (text === '½' || text === '1/2') return 0.5;
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

export type DeckResult = { ok: true; deck: PokerDeck } | { ok: false; message: string };

function withSpecials(cards: string[], points: Record<string, number>, kind: DeckKind): PokerDeck {
  return { kind, cards: [...cards, ...specialCards], points };
}

/**
 * A deck from the facilitator's choice. Custom decks are "3, 5, 8" (numbers) or "S=2, M=3"
 * (a label worth points); T-shirt decks take an optional "size=points" map in the same form.
 */
export function buildDeck(kind: DeckKind, text = ''): DeckResult {
  if (kind === 'fibonacci' || kind === 'modified-fibonacci') {
    const cards = numericCards[kind];
    return { ok: true, deck: withSpecials(cards, Object.fromEntries(cards.map((c) => [c, cardValue(c)!])), kind) };
  }
  if (kind === 'tshirt' && !text.trim()) {
    return { ok: true, deck: withSpecials(Object.keys(defaultTshirtPoints), { ...defaultTshirtPoints }, kind) };
  }
  const entries = text.split(/[,;\n]/).map((part) => part.trim()).filter(Boolean);
  if (entries.length < 2) return { ok: false, message: 'A deck needs at least two cards, separated by commas (e.g. "1, 2, 3, 5" or "S=2, M=3, L=5")' };
  const cards: string[] = [];
  const points: Record<string, number> = {};
  for (const entry of entries) {
    const [rawCard, rawPoints] = entry.split('=').map((part) => part.trim());
    const card = rawCard ?? '';
    if (!card || card.length > 12) return { ok: false, message: `Card "${entry}": a card is 1 to 12 characters` };
    if (isSpecialCard(card)) return { ok: false, message: `Card "${card}" is added to every deck already` };
    if (cards.includes(card)) return { ok: false, message: `Card "${card}" appears twice` };
    const value = rawPoints === undefined ? cardValue(card) : cardValue(rawPoints);
    if (value === null) {
      return { ok: false, message: rawPoints === undefined ? `Card "${card}" is not a number: give it points as "${card}=3"` : `Card "${card}": "${rawPoints}" is not a number of points` };
    }
    cards.push(card);
    points[card] = value;
  }
  if (cards.length > 28) return { ok: false, message: 'A deck has at most 28 cards' };
  const ordered = cards.map((c) => points[c]!);
  if (ordered.some((v, i) => i > 0 && v < ordered[i - 1]!)) return { ok: false, message: 'List the cards from smallest to largest, so neighbouring cards mean neighbouring sizes' };
  return { ok: true, deck: withSpecials(cards, points, kind) };
}

/** The deck's estimate cards (without "?" and coffee), in order. */
export const estimateCards = (deck: PokerDeck): string[] => deck.cards.filter((card) => deck.points[card] !== undefined);

/** How the deck reads back in the form that built it ("S=2, M=3"), for editing a T-shirt map. */
export const deckText = (deck: PokerDeck): string =>
  estimateCards(deck).map((card) => (cardValue(card) === deck.points[card] ? card : `${card}=${deck.points[card]}`)).join(', ');
