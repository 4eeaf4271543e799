import { cpus } from 'node:os';

/** Benchmark size: small by default (all of `npm run bench` in a few minutes), `--full` for the targets. */
export const FULL = process.argv.includes('--full');

export function machine(): string {
  const cpu = cpus();
  return `${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
}

export type Stats = { min: number; median: number; max: number };

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
}

/** Runs `fn` `trials` times (after one warm-up) and gives its rate: `units` per second. */
export async function rate(units: number, trials: number, fn: () => unknown | Promise<unknown>): Promise<Stats> {
  await fn();
  const rates: number[] = [];
  for (let t = 0; t < trials; t++) {
    const start = process.hrtime.bigint();
    await fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(units / seconds);
  }
  return stats(rates);
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));
export const show = (s: Stats, unit: string) => `${fmt(s.median)} ${unit} (min ${fmt(s.min)}, max ${fmt(s.max)})`;

/** One result line: the figure, its baseline from the same run, their ratio, and the target. */
export function report(name: string, measured: Stats, unit: string, baseline?: { name: string; stats: Stats }, target?: string): void {
  const ratio = baseline ? ` | ratio ${(measured.median / baseline.stats.median).toFixed(2)}× of ${baseline.name} (${show(baseline.stats, unit)})` : '';
  console.log(`${name}: ${show(measured, unit)}${ratio}${target ? ` | target ${target}` : ''}`);
}

export function header(title: string): void {
  console.log(`\n## ${title}`);
  console.log(`command: node ${process.argv.slice(1).map((a) => a.replace(process.cwd() + '/', '')).join(' ')}`);
  console.log(`machine: ${machine()}`);
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
