import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema, Claim } from '@app/domain';
import { Extractor, FIELDS, GoldClaimSchema, Match, describeMiss, score } from '@app/extraction';
import { loadGazetteer, readGazetteerFile } from '@app/gazetteer';

/**
 * `npm run eval [-- --gazetteer FILE]`: precision, recall and F1 of the extractor on the team's
 * labelled corpus, per language and per field, and every miss. A claim is right when its outcome,
 * victims, count bounds, qualifier, preliminary flag, source and place are all right.
 */
const PassageSchema = z.object({ id: z.string(), article: ArticleSchema, claims: z.array(GoldClaimSchema) });
const CORPUS = join(__dirname, '..', '..', 'test', 'corpus');

type Passage = z.infer<typeof PassageSchema>;

/**
 * The corpus files: `passages.*` were written alongside the rules; the blind sets were written, in
 * this order, by people who had not read the rules, each after the rules had been tuned on the ones
 * before, and are scored on their own too: the closer measures of text the extractor has not seen
 * (test/corpus/README.md gives each one's first reading).
 */
const BLIND_SETS = ['holdout', 'blind', 'fresh', 'unseen', 'final', 'last', 'recent', 'later', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth'];
function corpus(set: string, language: string): Passage[] {
  const file = join(CORPUS, `${set}.${language}.json`);
  return existsSync(file) ? z.array(PassageSchema).parse(JSON.parse(readFileSync(file, 'utf8'))) : [];
}

function evaluate(extractor: Extractor, label: string, passages: Passage[], details: boolean): number {
  let truePositives = 0;
  let extracted = 0;
  let gold = 0;
  const matches: Array<Match & { passage: string }> = [];
  const spurious: Array<{ passage: string; claim: Claim }> = [];
  const invented: string[] = [];
  for (const passage of passages) {
    const claims = extractor.extract(passage.article).claims;
    const result = score(passage.claims, claims);
    truePositives += result.truePositives;
    extracted += claims.length;
    gold += passage.claims.length;
    matches.push(...result.matches.map((m) => ({ ...m, passage: passage.id })));
    spurious.push(...result.spurious.map((claim) => ({ passage: passage.id, claim })));
    if (!passage.claims.length && claims.length) invented.push(passage.id);
  }
  const precision = extracted ? truePositives / extracted : 1;
  const recall = gold ? truePositives / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const paired = matches.filter((m) => m.claim);
  console.log(`\n## ${label}: ${passages.length} passages, ${gold} gold claims, ${extracted} extracted`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`fields (of ${paired.length} paired claims): ${FIELDS.map((f) => `${f} ${(paired.filter((m) => !m.wrong.includes(f)).length / Math.max(1, paired.length)).toFixed(2)}`).join('  ')}`);
  console.log(`passages with no casualty where something was invented: ${invented.length ? invented.join(', ') : 'none'}`);
  if (!details) return f1;
  const misses = matches.filter((m) => m.wrong.length);
  if (misses.length) console.log(`misses (${misses.length}):\n${misses.map((m) => `  ${m.passage} ${describeMiss(m)}`).join('\n')}`);
  if (spurious.length) {
    console.log(`spurious (${spurious.length}):\n${spurious.map((s) => `  ${s.passage} ${s.claim.outcome} ${s.claim.victims.kind} ${s.claim.count.min} «${s.claim.evidence.quote}»`).join('\n')}`);
  }
  return f1;
}

function main(): void {
  const gazetteerAt = process.argv.indexOf('--gazetteer');
  const extra = gazetteerAt > 0 ? readGazetteerFile(process.argv[gazetteerAt + 1]) : [];
  const extractor = new Extractor(loadGazetteer(null, extra));
  let failed = false;
  for (const language of ['ar', 'en']) {
    const written = corpus('passages', language);
    evaluate(extractor, `${language}, team corpus`, written, false);
    const unseen = BLIND_SETS.map((set) => [set, corpus(set, language)] as const).filter(([, passages]) => passages.length);
    for (const [set, passages] of unseen) evaluate(extractor, `${language}, ${set}`, passages, false);
    const f1 = evaluate(extractor, `${language}, all`, [...written, ...unseen.flatMap(([, passages]) => passages)], true);
    if (process.argv.includes('--check') && f1 < 0.9) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main();
