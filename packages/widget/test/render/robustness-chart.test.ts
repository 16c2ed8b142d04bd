// @vitest-environment happy-dom

import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  MATRIX_MIN_WIDTH,
  type RobustnessClass,
  type RobustnessData,
  ratioTicks,
  renderRobustnessChart,
} from '@peacepanel/charts';
import { describe, expect, it } from 'vitest';
import fr from '../../src/locales/fr.js';
import { createFormats, messagesFor } from '../../src/partnership-effect/i18n.js';
import { robustnessText } from '../../src/partnership-effect/views/robustness-view.js';
import { svgMarkup } from './render-to-string.js';

// Illustrative input for layout snapshots only: twelve made-up ratios on a two-choice grid, NOT results.
const classes: RobustnessClass[] = ['sign-significant', 'sign', 'opposite', 'opposite-significant'];
const data: RobustnessData = {
  alpha: 0.05,
  total: 12,
  missing: 0,
  choices: [
    { name: 'unit', options: ['country-month', 'conflict-month'] },
    { name: 'model', options: ['nb2', 'poisson'] },
  ],
  points: Array.from({ length: 12 }, (_, rank) => {
    const estimate = 0.5 * 1.13 ** rank;
    const cls = classes[rank < 3 ? 0 : rank < 6 ? 1 : rank < 10 ? 2 : 3] as RobustnessClass;
    const options = [rank % 2 ? 'conflict-month' : 'country-month', rank % 3 ? 'nb2' : 'poisson'];
    return {
      id: options.join('.'),
      rank,
      estimate,
      lower: estimate / 1.6,
      upper: estimate * 1.6,
      cls,
      main: rank === 4,
      options,
    };
  }),
};

describe('robustness chart (specification curve)', () => {
  it('puts powers of two on the ratio axis', () => {
    expect(ratioTicks([0.3, 3])).toEqual([0.5, 1, 2]);
    expect(ratioTicks([0.125, 1])).toEqual([0.125, 0.25, 0.5, 1]);
  });

  it('600 px, light: curve, main specification, choice matrix; one target per specification', async () => {
    const c = renderRobustnessChart({
      data,
      width: 600,
      height: 380,
      palette: LIGHT_PALETTE,
      text: robustnessText(messagesFor('en').robustness, createFormats('en'), 'en', data),
    });
    expect(c.targets).toHaveLength(12);
    expect(c.targets.map((t) => t.x)).toEqual([...c.targets.map((t) => t.x)].sort((a, b) => a - b));
    expect(c.targets[4]?.label).toMatch(/^Specification 5 of 12 \(main specification\): ratio 0\.82/);
    const markup = svgMarkup(c.content, c.width, c.height);
    expect(markup).toContain('class="choice-matrix"');
    expect(markup).toContain('Main specification');
    await expect(markup).toMatchFileSnapshot('__snapshots__/robustness-600-light.svg');
  });

  it(`below ${MATRIX_MIN_WIDTH} px leaves the matrix out; French, dark`, async () => {
    const c = renderRobustnessChart({
      data,
      width: 320,
      height: 380,
      palette: DARK_PALETTE,
      text: robustnessText(fr.robustness, createFormats('fr'), 'fr', data),
    });
    const markup = svgMarkup(c.content, c.width, c.height);
    expect(markup).not.toContain('choice-matrix');
    expect(markup).toContain('Spécification principale');
    await expect(markup).toMatchFileSnapshot('__snapshots__/robustness-320-dark-fr.svg');
  });
});
