import fc from 'fast-check';
import {
  euAiActTiers, nistFunctions, raidKinds, riskCategories, riskResponses, riskSchema, riskStatuses, trustworthiness, type Risk,
} from '@shared/domain';

export const WS = 'ws-1';

export function makeRisk(overrides: Partial<Risk> = {}): Risk {
  return riskSchema.parse({ id: 'risk-1', workspaceId: WS, createdAt: '2025-03-01T09:00:00.000Z', title: 'Training data drifts', ...overrides });
}

const level = fc.integer({ min: 1, max: 5 });
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Text as people type it into a register: quotes, commas, newlines, formula-like starts, unicode. */
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[ \t\r\n,"']{1,6}$/),
  fc.constantFrom('=SUM(A1:A9)', '+1 555', '-leading dash', '@mention', "'quoted", "''twice", 'a, "b"\r\nc', '\tTab', ' padded ', ''),
);
const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
const link = fc.tuple(fc.constantFrom('item', 'experiment', 'modelVersion', 'monitor'), id).map(([entity, key]) => `${entity}:${key}`);

/** Any risk the register can hold (ids unique per array via uniqueArray). */
export const arbitraryRisk: fc.Arbitrary<Risk> = fc
  .record({
    id,
    kind: fc.constantFrom(...raidKinds),
    title: text.filter((value) => value.length > 0),
    cause: text, event: text, consequence: text, trigger: text, contingency: text,
    category: fc.constantFrom(...riskCategories),
    nistFunction: fc.option(fc.constantFrom(...nistFunctions), { nil: null }),
    characteristic: fc.option(fc.constantFrom(...trustworthiness), { nil: null }),
    euAiActTier: fc.option(fc.constantFrom(...euAiActTiers), { nil: null }),
    likelihood: level, impact: level,
    residualLikelihood: fc.option(level, { nil: null }), residualImpact: fc.option(level, { nil: null }),
    ownerId: fc.option(id, { nil: null }),
    response: fc.constantFrom(...riskResponses),
    reviewDate: fc.option(date, { nil: null }),
    status: fc.constantFrom(...riskStatuses),
    links: fc.array(link, { maxLength: 4 }),
    createdAt: date.map((day) => `${day}T12:00:00.000Z`),
  })
  .map((fields) => riskSchema.parse({ ...fields, workspaceId: WS }));
