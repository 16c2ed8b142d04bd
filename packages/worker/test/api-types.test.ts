import type { Remote } from 'comlink';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BootstrapResponse,
  ErrorValue,
  EstimatorApi,
  FitResponse,
  PeacepanelClient,
  Result,
  WorkerErrorCode,
} from '../src/index.js';

// Checked by `tsc` (the package typecheck includes test/); at run time these are no-ops.
describe('the wire contract types', () => {
  it('keeps the worker API promise-returning through comlink', () => {
    type Resolved<K extends keyof EstimatorApi> = Awaited<ReturnType<Remote<EstimatorApi>[K]>>;
    expectTypeOf<Resolved<'fit'>>().toExtend<Result<FitResponse>>();
    expectTypeOf<Resolved<'bootstrapRange'>>().toExtend<Result<{ draws: Float64Array; terms: string[] }>>();
    expectTypeOf<Resolved<'ping'>>().toEqualTypeOf<{ coreVersion: string }>();
  });

  it('gives the client methods Result values that narrow on ok', () => {
    expectTypeOf<PeacepanelClient['bootstrap']>().returns.toEqualTypeOf<Promise<Result<BootstrapResponse>>>();
    const narrow = (r: Result<FitResponse>) => {
      if (r.ok) expectTypeOf(r.value).toEqualTypeOf<FitResponse>();
      else expectTypeOf(r).toEqualTypeOf<ErrorValue>();
    };
    void narrow;
    expectTypeOf<ErrorValue['code']>().toEqualTypeOf<WorkerErrorCode>();
    expectTypeOf<'WORKER_CRASHED'>().toExtend<WorkerErrorCode>();
  });

  it('rejects malformed requests at compile time', () => {
    const check = (client: PeacepanelClient) => {
      // @ts-expect-error a formula is a string
      void client.fit({ spec: { formula: 1 } });
      // @ts-expect-error reps is required
      void client.bootstrap({ seed: 1 });
      // @ts-expect-error a dataset source needs url, dataset or csv
      void client.loadDataset({ file: 'a.csv' });
    };
    void check;
  });
});
