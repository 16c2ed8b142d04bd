import type { FormatStyle } from './format.js';
import { pointer } from './json-pointer.js';
import type {
  ClaimVerdict,
  EvidenceRef,
  ModelSlot,
  ReplicationNumbers,
  Verdict,
  VerdictSummary,
} from './numbers.js';

/** What the paper says about a coefficient's sign. */
export type SignExpectation = 'negative' | 'not negative';

/**
 * The verdict on a sign claim about one coefficient, with a digit-free reason.
 * - `negative` (e.g. "UN troops reduce deaths"): reproduced when the estimate is below zero and its
 *   p-value is below `alpha` (two-sided, with the model's own variance, here clustered by country);
 * - `not negative` (e.g. "non-UN troops alone do not reduce deaths"): reproduced when the estimate is
 *   not significantly negative. Failing to reject is weak evidence of no effect; the reason says so.
 * Not testable when the model did not run, did not converge, or the term is missing/aliased.
 * @example signVerdict(replicationNumbers.models.main, 'un_troops_k_lag1', 'negative', 0.05).verdict // => 'reproduced'
 */
export function signVerdict(
  model: ModelSlot,
  term: string,
  expect: SignExpectation,
  alpha: number,
): { verdict: Verdict; reason: string } {
  if (model.status !== 'ok')
    return { verdict: 'not testable', reason: `the model did not run: ${model.reason}` };
  if (!model.converged)
    return {
      verdict: 'not testable',
      reason: 'the model did not converge, so its estimates cannot be trusted',
    };
  const c = model.coefficients[term];
  if (!c || c.estimate === null || c.p === null)
    return { verdict: 'not testable', reason: `the term ${term} could not be estimated with this data` };
  const significantNegative = c.estimate < 0 && c.p < alpha;
  if (expect === 'negative') {
    if (significantNegative)
      return {
        verdict: 'reproduced',
        reason: 'the estimate is negative and significant at the stated level',
      };
    return {
      verdict: 'not reproduced',
      reason:
        c.estimate < 0
          ? 'the estimate is negative but not significant at the stated level'
          : 'the estimate is not negative',
    };
  }
  if (significantNegative)
    return {
      verdict: 'not reproduced',
      reason: 'the estimate is negative and significant, i.e. these troops alone do reduce deaths here',
    };
  return {
    verdict: 'reproduced',
    reason:
      'the estimate is not significantly negative (absence of evidence, not proof of no effect: the interval is shown)',
  };
}

/**
 * The verdict on the descriptive share: reproduced when ours is within `tolerance` (absolute) of
 * the published share.
 * @example shareVerdict(0.47, 0.44, 0.05).verdict // => 'reproduced'
 */
export function shareVerdict(
  ours: number | null,
  paper: number,
  tolerance: number,
): { verdict: Verdict; reason: string } {
  if (ours === null) return { verdict: 'not testable', reason: 'the data hold no UN deployment months' };
  return Math.abs(ours - paper) <= tolerance
    ? { verdict: 'reproduced', reason: 'our share is within the stated tolerance of the published share' }
    : {
        verdict: 'not reproduced',
        reason: `our share is ${ours > paper ? 'above' : 'below'} the published share by more than the stated tolerance`,
      };
}

/**
 * The verdict on the HKS check: reproduced when the predicted deaths with the troops are below those
 * without (the interval of the former lying below the point estimate of the latter) and the
 * proportional reduction is within `tolerance` of the published one.
 * @example hksVerdict({ noUn: 20, withUpper: 9, withFit: 6, reduction: 0.7 }, 0.727, 0.2).verdict // => 'reproduced'
 */
export function hksVerdict(
  ours: { noUn: number; withUpper: number; withFit: number; reduction: number },
  paperReduction: number,
  tolerance: number,
): { verdict: Verdict; reason: string } {
  if (!(ours.withFit < ours.noUn))
    return { verdict: 'not reproduced', reason: 'predicted deaths do not fall with the troops' };
  if (!(ours.withUpper < ours.noUn))
    return {
      verdict: 'not reproduced',
      reason: 'predicted deaths fall, but the interval with the troops reaches the prediction without them',
    };
  if (Math.abs(ours.reduction - paperReduction) > tolerance)
    return {
      verdict: 'not reproduced',
      reason: `deaths fall, but the reduction is ${ours.reduction > paperReduction ? 'larger' : 'smaller'} than the published one by more than the stated tolerance`,
    };
  return { verdict: 'reproduced', reason: 'deaths fall by about the published proportion' };
}

const PARTNERSHIP_TERMS = {
  un: 'un_troops_k_lag1',
  nonun: 'nonun_troops_k_lag1',
  interaction: 'un_troops_k_lag1:nonun_troops_k_lag1',
} as const;

function coefRefs(modelPointer: string, term: string, label: string): EvidenceRef[] {
  const base = `${modelPointer}${pointer('coefficients', term)}`;
  return [
    { label: `${label}: coefficient`, pointer: `${base}/estimate`, style: 'coef' },
    { label: 'cluster SE', pointer: `${base}/stdError`, style: 'coef' },
    { label: 'p', pointer: `${base}/p`, style: 'pval' },
  ];
}

function ref(label: string, p: string, style: FormatStyle, headline = true): EvidenceRef {
  return headline ? { label, pointer: p, style } : { label, pointer: p, style, headline };
}

const notRunReason = (slot: { status: string; reason?: string }): string =>
  slot.status === 'not run' && slot.reason ? slot.reason : 'not run';

type Judged = Omit<ReplicationNumbers, 'claims' | 'summary'>;

/** The descriptive claim: the share of UN months with a partner. */
function shareClaim(numbers: Judged): ClaimVerdict {
  const { shareTolerance } = numbers.conventions;
  const d = numbers.descriptive;
  return {
    id: 'partner-share',
    paperSays: 'share of UN months with a partner',
    claim:
      'About this share of UN deployment months in African conflicts had a non-UN partner deployed alongside',
    paper: [
      ref('about', '/paper/schumannBara/partnerShare', 'pct0'),
      ref('from', '/paper/schumannBara/period/first', 'year', false),
      ref('to', '/paper/schumannBara/period/last', 'year', false),
    ],
    ours:
      d.status === 'ok'
        ? [
            ref('share', '/descriptive/share', 'pct1'),
            ref('UN months', '/descriptive/unMonths', 'int'),
            ref('from', '/descriptive/firstYear', 'year', false),
            ref('to', '/descriptive/lastYear', 'year', false),
          ]
        : [],
    ...(d.status === 'ok'
      ? shareVerdict(d.share, numbers.paper.schumannBara.partnerShare, shareTolerance)
      : { verdict: 'not testable' as const, reason: notRunReason(d) }),
  };
}

/** The three coefficient claims of the main models: UN alone, non-UN alone, the interaction. */
function modelClaims(numbers: Judged): ClaimVerdict[] {
  const { alpha } = numbers.conventions;
  const m = numbers.models;
  return [
    {
      id: 'un-reduces',
      paperSays: 'negative and significant',
      claim: 'UN troops reduce monthly battle deaths (model with UN troops only)',
      paper: [],
      ours: m.unOnly.status === 'ok' ? coefRefs('/models/unOnly', PARTNERSHIP_TERMS.un, 'UN troops') : [],
      ...signVerdict(m.unOnly, PARTNERSHIP_TERMS.un, 'negative', alpha),
    },
    {
      id: 'nonun-alone',
      paperSays: 'not significantly negative',
      claim: 'Non-UN troops on their own do not reduce monthly battle deaths (model with non-UN troops only)',
      paper: [],
      ours:
        m.nonunOnly.status === 'ok'
          ? coefRefs('/models/nonunOnly', PARTNERSHIP_TERMS.nonun, 'non-UN troops')
          : [],
      ...signVerdict(m.nonunOnly, PARTNERSHIP_TERMS.nonun, 'not negative', alpha),
    },
    {
      id: 'partnership',
      paperSays: 'negative and significant',
      claim:
        'UN troops reduce battle deaths more when a non-UN partner is deployed alongside (negative UN × non-UN interaction, main model)',
      paper: [],
      ours:
        m.main.status === 'ok' ? coefRefs('/models/main', PARTNERSHIP_TERMS.interaction, 'UN × non-UN') : [],
      ...signVerdict(m.main, PARTNERSHIP_TERMS.interaction, 'negative', alpha),
    },
  ];
}

/** One claim per robustness row, or one "not testable" claim when the robustness checks did not run. */
function robustnessClaims(numbers: Judged): ClaimVerdict[] {
  const { alpha } = numbers.conventions;
  const r = numbers.robustness;
  if (r.status !== 'ok')
    return [
      {
        id: 'robustness',
        paperSays: 'holds',
        claim: 'The partnership result holds in robustness checks',
        paper: [],
        ours: [],
        verdict: 'not testable',
        reason: notRunReason(r),
      },
    ];
  return r.rows.map((row, i) => {
    const term = row.term;
    return {
      id: `robust-${row.id}`,
      paperSays: 'the main finding (negative, significant) should hold',
      claim: `The partnership interaction stays negative and significant: ${row.label}`,
      paper: [],
      ours:
        row.model.status === 'ok'
          ? coefRefs(pointer('robustness', 'rows', i, 'model'), term, 'interaction')
          : [],
      ...signVerdict(row.model, term, 'negative', alpha),
    };
  });
}

/** The HKS check: predicted deaths without and with UN troops on HKS's design. */
function hksClaim(numbers: Judged): ClaimVerdict {
  const { hksReductionTolerance } = numbers.conventions;
  const h = numbers.hks;
  const paperHks = numbers.paper.hks;
  return {
    id: 'hks',
    paperSays: 'a large drop',
    claim:
      'Predicted monthly battle deaths fall sharply when UN troops rise from none to the level shown (Hultman, Kathman & Shannon, conflict-months)',
    paper: [
      ref('troops', '/paper/hks/troops', 'int'),
      ref('deaths, no UN troops', '/paper/hks/deathsNoUn', 'int'),
      ref('deaths, with troops', '/paper/hks/deathsWithTroops', 'int'),
      ref('reduction', '/paper/hks/reduction', 'pct0'),
    ],
    ours:
      h.status === 'ok'
        ? [
            ref('troops', '/hks/troops', 'int'),
            ref('deaths, no UN troops', '/hks/noUn/fit', 'dec1'),
            ref('deaths, with troops', '/hks/withTroops/fit', 'dec1'),
            ref('interval low', '/hks/withTroops/lower', 'dec1', false),
            ref('interval high', '/hks/withTroops/upper', 'dec1', false),
            ref('reduction', '/hks/reduction', 'pct0'),
          ]
        : [],
    ...(h.status === 'ok'
      ? hksVerdict(
          {
            noUn: h.noUn.fit,
            withFit: h.withTroops.fit,
            withUpper: h.withTroops.upper,
            reduction: h.reduction,
          },
          paperHks.reduction,
          hksReductionTolerance,
        )
      : { verdict: 'not testable' as const, reason: notRunReason(h) }),
  };
}

/**
 * Every claim of the paper beside our estimate, with a verdict. Reads only `numbers`, so the
 * verdicts are reproducible from numbers.json alone.
 * @example const claims = judgeClaims(replicationNumbers);
 * [claims.length, claims.filter((c) => c.verdict === 'reproduced').length] // => [14, 3]
 */
export function judgeClaims(numbers: Judged): ClaimVerdict[] {
  return [shareClaim(numbers), ...modelClaims(numbers), ...robustnessClaims(numbers), hksClaim(numbers)];
}

/**
 * Counts the verdicts, overall and among the robustness rows (ids starting with `robust`).
 * @example summarizeVerdicts(replicationNumbers.claims).robustness.reproduced // => 0
 */
export function summarizeVerdicts(claims: readonly ClaimVerdict[]): VerdictSummary {
  const count = (cs: readonly ClaimVerdict[], v: Verdict) => cs.filter((c) => c.verdict === v).length;
  const robust = claims.filter((c) => c.id.startsWith('robust'));
  return {
    claims: claims.length,
    reproduced: count(claims, 'reproduced'),
    notReproduced: count(claims, 'not reproduced'),
    notTestable: count(claims, 'not testable'),
    robustness: {
      variants: robust.length,
      reproduced: count(robust, 'reproduced'),
      notReproduced: count(robust, 'not reproduced'),
      notTestable: count(robust, 'not testable'),
    },
  };
}

/** The interaction term of the conflict-month robustness model (UN troops × regional-mission dummy). */
export const CONFLICT_MONTH_INTERACTION = 'un_troops_k_lag1:regional_pko';
