/**
 * Benchmarks of the data pipeline (run: `pnpm bench` in packages/data). Prints figures and ratios:
 * 1. building the three bundled datasets from the raw files (median of several runs);
 * 2. streaming synthetic UCDP GED event files of 100k and 1M rows through `importGedEvents`, sampling
 *    heap use while it runs: memory must stay flat (bounded by conflict-months, not rows) and time must
 *    grow linearly with rows.
 * Run with `node --expose-gc --import tsx bench/run.ts` for steadier heap figures.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importGedEvents } from '@peacepanel/core';
import { buildAfricaCm, buildAfricaConflictMonth } from '../scripts/build-datasets.js';
import { buildAfricaConflictMonthEvidence } from '../scripts/conflict-month-evidence.js';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function benchBuild(runs = 3): void {
  const times: number[] = [];
  const cpu: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const a = buildAfricaCm();
    const b = buildAfricaConflictMonth();
    const e = buildAfricaConflictMonthEvidence();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    rows = a.table.n + b.table.n + e.table.n;
  }
  console.log(
    `full build (africa-cm + africa-conflict-month + conflict-month 1989-2011, from raw CSV): median ${(median(times) / 1000).toFixed(2)} s wall, ${(median(cpu) / 1000).toFixed(2)} s CPU over ${runs} runs, ${rows} rows out`,
  );
}

/** Writes a synthetic GED file: realistic columns, a deterministic LCG, 60 conflicts over 1989–2023 (≤ 25,200 conflict-months). */
async function writeSyntheticGed(path: string, rows: number): Promise<void> {
  let seed = 12345;
  const rand = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const out = createWriteStream(path);
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      if (out.write(s)) resolve();
      else out.once('drain', () => resolve());
    });
  await write(
    'id,relid,year,active_year,type_of_violence,conflict_new_id,conflict_name,dyad_new_id,side_a,side_b,where_description,country,country_id,date_start,date_end,deaths_civilians,best,high,low\n',
  );
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const conflict = 200 + Math.floor(rand() * 60);
    const year = 1989 + Math.floor(rand() * 35);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const span = rand() < 0.05 ? Math.floor(rand() * 3) : 0; // 5% of events span months
    const endYear = month + span > 12 ? year + 1 : year;
    const endMonth = ((month + span - 1) % 12) + 1;
    const type = rand() < 0.5 ? 1 : rand() < 0.5 ? 2 : 3;
    const best = Math.floor(rand() * 20);
    chunk.push(
      `${i + 1},X-${i},${year},1,${type},${conflict},"Country ${conflict}: Government",${conflict + 1000},Government,"Rebels, ${conflict}","Somewhere, district ${i % 97}",Country,${400 + (conflict % 200)},${year}-${pad(month)}-${pad(day)},${endYear}-${pad(endMonth)}-${pad(day)},${Math.floor(best / 3)},${best},${best + 2},${Math.max(0, best - 2)}\n`,
    );
    if (chunk.length === 5000) {
      await write(chunk.join(''));
      chunk = [];
    }
  }
  if (chunk.length) await write(chunk.join(''));
  await new Promise<void>((resolve) => out.end(resolve));
}

async function benchGed(
  path: string,
  rows: number,
): Promise<{ ms: number; cpuMs: number; peakHeap: number; retained: number; months: number }> {
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = await importGedEvents(createReadStream(path, { highWaterMark: 256 * 1024 }), { file: path });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc?.();
  const retained = process.memoryUsage().heapUsed - heap0; // the result, still referenced
  if (r.rowsRead !== rows) throw new Error(`read ${r.rowsRead} rows, expected ${rows}`);
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakHeap: peak - heap0,
    retained,
    months: r.months.length,
  };
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${gc ? 'with' : 'without'} --expose-gc`);
  benchBuild();
  const dir = mkdtempSync(join(tmpdir(), 'peacepanel-bench-'));
  try {
    const results: {
      rows: number;
      mb: number;
      ms: number;
      cpuMs: number;
      peakHeap: number;
      retained: number;
      months: number;
    }[] = [];
    for (const rows of [100_000, 1_000_000]) {
      const path = join(dir, `ged-${rows}.csv`);
      await writeSyntheticGed(path, rows);
      const mb = statSync(path).size / MB;
      const r = await benchGed(path, rows);
      results.push({ rows, mb, ...r });
      console.log(
        `GED stream ${rows.toLocaleString('en')} rows (${mb.toFixed(0)} MB): ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU, ${Math.round(rows / (r.cpuMs / 1000)).toLocaleString('en')} rows per CPU-second, peak extra heap ${(r.peakHeap / MB).toFixed(1)} MB (incl. garbage), retained after GC ${(r.retained / MB).toFixed(1)} MB, ${r.months} conflict-months`,
      );
      rmSync(path);
    }
    const [a, b] = results as [(typeof results)[0], (typeof results)[0]];
    console.log(
      `ratios 1M / 100k: rows ×${(b.rows / a.rows).toFixed(0)}, file ×${(b.mb / a.mb).toFixed(1)}, wall time ×${(b.ms / a.ms).toFixed(1)}, CPU time ×${(b.cpuMs / a.cpuMs).toFixed(1)}, peak heap ×${(b.peakHeap / a.peakHeap).toFixed(2)}, retained ×${(b.retained / a.retained).toFixed(2)} (flat memory: heap ratio ≈ 1 while rows grow ×10; peak heap / file size at 1M = ${((100 * b.peakHeap) / MB / b.mb).toFixed(1)}%)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
