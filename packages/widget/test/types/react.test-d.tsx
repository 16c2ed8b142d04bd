// Type test of the React 19 JSX typings (compiled by `tsc -p test/types`, run by frameworks.test.ts).
import type {} from '../../src/frameworks/react.js';

export const ok = (
  <partnership-effect
    view="trend"
    un-max={15000}
    non-un-levels="0, 3000"
    lang="ar"
    theme="dark"
    description="Deaths fall as UN troops grow."
    className="chart"
    onpartnership-select={(e) => console.log(e.detail.datum, e.detail.label)}
    onpartnership-ready={(e) => console.log(e.detail.mode === 'worker')}
    onpartnership-error={(e) => console.log(e.detail.code)}
  />
);

// @ts-expect-error not a view
export const badView = <partnership-effect view="pie" />;
// @ts-expect-error not a shipped language
export const badLang = <partnership-effect lang="de" />;
// @ts-expect-error the ready event's detail has no datum
export const badDetail = <partnership-effect onpartnership-ready={(e) => e.detail.datum} />;
