// @vitest-environment happy-dom

import {
  DARK_PALETTE,
  type EffectData,
  effectYMax,
  LIGHT_PALETTE,
  renderEffectChart,
  renderScenarioChart,
  renderTrendChart,
  type ScenarioData,
  type TrendData,
} from '@peacepanel/charts';
import { describe, expect, it } from 'vitest';
import fr from '../../src/locales/fr.js';
import { effectText, scenarioText, trendText } from '../../src/partnership-effect/chart-text.js';
import { createFormats, messagesFor } from '../../src/partnership-effect/i18n.js';
import { svgMarkup } from './render-to-string.js';

// Illustrative inputs for layout snapshots only: smooth made-up curves, NOT model estimates.
const effect: EffectData = {
  ciLevel: 0.95,
  curves: [0, 5000].map((nonun, s) => ({
    nonun,
    points: Array.from({ length: 5 }, (_, i) => {
      const un = i * 5000;
      const fit = 100 * Math.exp(-(0.05 + 0.04 * s) * (un / 1000));
      return { un, fit, lower: fit * 0.6, upper: fit * 1.6 };
    }),
  })),
};
const trend: TrendData = {
  overallShare: 0.4,
  years: [2000, 2001, 2002].map((year, i) => ({
    year,
    share: 0.2 * (i + 1),
    unOnly: 10 - i,
    both: 2 + i,
    nonunOnly: i,
  })),
};
const scenario: ScenarioData = {
  ciLevel: 0.9,
  reduction: 0.5,
  unAlone: 10000,
  unWithPartner: 4000,
  estimates: [
    { key: 'none', un: 0, nonun: 0, fit: 80, lower: 60, upper: 100 },
    { key: 'un', un: 10000, nonun: 0, fit: 40, lower: 30, upper: 55 },
    { key: 'nonun', un: 0, nonun: 3000, fit: 85, lower: 50, upper: 130 },
    { key: 'both', un: 10000, nonun: 3000, fit: 20, lower: 12, upper: 33 },
  ],
};

const en = messagesFor('en');
const fEn = createFormats('en');

describe('chart snapshots (numbers rounded to 0.1)', () => {
  it('effect chart, 600 px, light', async () => {
    const c = renderEffectChart({
      data: effect,
      width: 600,
      height: 320,
      palette: LIGHT_PALETTE,
      text: effectText(en, fEn, 0.95),
      idPrefix: 't',
    });
    expect(c.targets).toHaveLength(10);
    await expect(svgMarkup(c.content, c.width, c.height)).toMatchFileSnapshot(
      '__snapshots__/effect-600-light.svg',
    );
  });

  it('effect chart, 320 px, dark, French', async () => {
    const c = renderEffectChart({
      data: effect,
      width: 320,
      height: 320,
      palette: DARK_PALETTE,
      text: effectText(fr, createFormats('fr'), 0.95),
      idPrefix: 't',
    });
    const markup = svgMarkup(c.content, c.width, c.height);
    expect(markup).toContain('Sans partenaire non onusien');
    await expect(markup).toMatchFileSnapshot('__snapshots__/effect-320-dark-fr.svg');
  });

  it('trend chart', async () => {
    const c = renderTrendChart({
      data: trend,
      width: 480,
      height: 360,
      palette: LIGHT_PALETTE,
      text: trendText(en, fEn),
    });
    expect(c.targets.map((t) => t.datum.year)).toEqual([2000, 2001, 2002]);
    await expect(svgMarkup(c.content, c.width, c.height)).toMatchFileSnapshot('__snapshots__/trend-480.svg');
  });

  it('scenario chart', async () => {
    const c = renderScenarioChart({
      data: scenario,
      width: 480,
      height: 360,
      palette: LIGHT_PALETTE,
      text: scenarioText(en, fEn, 0.9, 10000, 3000),
    });
    expect(c.targets).toHaveLength(6);
    await expect(svgMarkup(c.content, c.width, c.height)).toMatchFileSnapshot(
      '__snapshots__/scenario-480.svg',
    );
  });

  it('replaces the troops panel with a note when UN troops alone do not reduce deaths', () => {
    const none = { ...scenario, reduction: -0.1, unWithPartner: null };
    const c = renderScenarioChart({
      data: none,
      width: 480,
      height: 360,
      palette: LIGHT_PALETTE,
      text: scenarioText(en, fEn, 0.9, 10000, 3000),
    });
    const markup = svgMarkup(c.content, c.width, c.height);
    expect(markup).toContain('there is no reduction to match');
    expect(c.targets).toHaveLength(4);
  });

  it('renders attribute and data text as text, never as markup', () => {
    const hostile = { ...effect, curves: effect.curves.slice(0, 1) };
    const text = { ...effectText(en, fEn, 0.95), yTitle: '<img src=x onerror=alert(1)>' };
    const c = renderEffectChart({
      data: hostile,
      width: 400,
      height: 300,
      palette: LIGHT_PALETTE,
      text,
      idPrefix: 't',
    });
    const markup = svgMarkup(c.content, c.width, c.height);
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markup).not.toContain('<img');
  });

  it('caps the y axis when an interval explodes, and says so', () => {
    expect(effectYMax([{ nonun: 0, points: [{ un: 0, fit: 10, lower: 5, upper: 100 }] }])).toEqual({
      max: 30,
      clipped: true,
    });
    expect(effectYMax([{ nonun: 0, points: [{ un: 0, fit: 10, lower: 5, upper: 20 }] }])).toEqual({
      max: 20,
      clipped: false,
    });
  });
});
