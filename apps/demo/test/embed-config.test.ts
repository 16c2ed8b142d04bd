import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EMBED,
  embedFromParams,
  embedId,
  embedToParams,
  iframeSnippet,
  parseLevels,
  scriptSnippet,
  widgetAttributes,
} from '../src/pages/embed/embed-config.js';

describe('embed configuration', () => {
  it('round-trips through URL parameters', () => {
    const c = {
      view: 'trend' as const,
      levels: [0, 5000],
      theme: 'dark' as const,
      lang: 'fr' as const,
      height: 500,
      width: 640,
    };
    const p = Object.fromEntries(
      Object.entries(embedToParams(c)).filter(([, v]) => v !== undefined),
    ) as Record<string, string>;
    expect(embedFromParams(p)).toEqual(c);
    expect(embedFromParams({ view: 'pie', height: '5' })).toEqual(DEFAULT_EMBED);
  });
  it('parses troop levels leniently', () => {
    expect(parseLevels('0, 5000 x -3 2500.5 1000 2000 3000')).toEqual([0, 5000, 1000, 2000]);
  });
  it('writes the widget attributes and a script snippet that loads one module', () => {
    const c = { ...DEFAULT_EMBED, levels: [0, 5000], lang: 'fr' as const };
    expect(widgetAttributes(c)).toEqual({
      view: 'effect',
      theme: 'auto',
      lang: 'fr',
      height: '380',
      'non-un-levels': '0,5000',
    });
    const s = scriptSnippet(c, 'https://x.example/widget/partnership-effect.js');
    expect(s).toContain(
      '<script type="module" src="https://x.example/widget/partnership-effect.js"></script>',
    );
    expect(s).toContain(
      '<partnership-effect view="effect" theme="auto" lang="fr" height="380" non-un-levels="0,5000">',
    );
  });
  it('puts the pre-rendered image of the default view in <noscript>, only for the default numbers in English', () => {
    const infos = [
      {
        view: 'trend' as const,
        width: 664,
        height: 558,
        alt: 'How often "UN" peacekeepers deploy. From 1993 <to> 2019…',
      },
    ];
    const url = 'https://x.example/widget/partnership-effect.js';
    const s = scriptSnippet({ ...DEFAULT_EMBED, view: 'trend' }, url, infos);
    expect(s).toContain(
      '<noscript><a href="https://x.example/widget/fallback/trend.svg"><img src="https://x.example/widget/fallback/trend.png" alt="How often &quot;UN&quot; peacekeepers deploy. From 1993 &lt;to> 2019…" width="664" height="558" style="max-width:100%;height:auto"></a></noscript>',
    );
    expect(s).toMatch(/<partnership-effect [^>]+>\n {2}<noscript>.+<\/noscript>\n<\/partnership-effect>$/);
    // Other numbers or another language: the image would not match the chart, so none.
    expect(scriptSnippet({ ...DEFAULT_EMBED, view: 'trend', levels: [0, 5000] }, url, infos)).not.toContain(
      'noscript',
    );
    expect(scriptSnippet({ ...DEFAULT_EMBED, view: 'trend', lang: 'fr' }, url, infos)).not.toContain(
      'noscript',
    );
    expect(scriptSnippet({ ...DEFAULT_EMBED, view: 'effect' }, url, infos)).not.toContain('noscript');
  });
  it('points the iframe at embed.html with the same settings', () => {
    const s = iframeSnippet(
      { ...DEFAULT_EMBED, view: 'scenario', width: 600 },
      'https://x.example/embed.html',
    );
    expect(s).toMatch(
      /src="https:\/\/x\.example\/embed\.html\?view=scenario&amp;width=600&amp;id=pp-[0-9a-f]{8}"/,
    );
    expect(s).toContain('width="600"');
    expect(s).toContain('title="');
    // The resize script trusts the embed's origin only.
    expect(s).toContain('<script>(function(o){');
    expect(s).toContain('})("https://x.example");</script>');
  });
  it('gives each configuration its own stable id', () => {
    expect(embedId('view=trend')).toBe(embedId('view=trend'));
    expect(embedId('view=trend')).not.toBe(embedId('view=effect'));
    expect(embedId('')).toMatch(/^pp-[0-9a-f]{8}$/);
  });
});
