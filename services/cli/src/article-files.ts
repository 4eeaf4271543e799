import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Article, ArticleSchema } from '@app/domain';

export type InvalidArticle = { where: string; reason: string };

async function readInput(source: string): Promise<string> {
  if (source !== '-') return readFile(source, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error) {
    return (error as { issues: Array<{ path: PropertyKey[]; message: string }> }).issues
      .map((i) => `${i.path.map(String).join('.') || '(article)'}: ${i.message}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Reads one article (a JSON object) and validates it; throws with the zod issues when invalid. */
export async function readOneArticle(source: string): Promise<Article> {
  const parsed = ArticleSchema.safeParse(JSON.parse(await readInput(source)));
  if (!parsed.success) throw new Error(`${source} is not a valid article: ${describe(parsed.error)}`);
  return parsed.data;
}

/**
 * Articles from a .jsonl file (one a line), a .json file (one article or an array), a directory of
 * such files, or standard input (JSON lines). Invalid ones are reported, not dropped silently.
 */
export async function readArticles(source: string): Promise<{ articles: Article[]; invalid: InvalidArticle[] }> {
  const articles: Article[] = [];
  const invalid: InvalidArticle[] = [];
  const files = source !== '-' && (await stat(source)).isDirectory()
    ? (await readdir(source)).filter((f) => /\.(jsonl|json)$/.test(f)).sort().map((f) => join(source, f))
    : [source];
  for (const file of files) {
    const text = await readInput(file);
    const items: Array<{ where: string; raw: string }> =
      file.endsWith('.json') && !text.trimStart().startsWith('{"articleId"') && text.trimStart().startsWith('[')
        ? (JSON.parse(text) as unknown[]).map((a, i) => ({ where: `${file}[${i}]`, raw: JSON.stringify(a) }))
        : file.endsWith('.json')
          ? [{ where: file, raw: text }]
          : text.split('\n').map((raw, i) => ({ where: `${file}:${i + 1}`, raw })).filter((l) => l.raw.trim() !== '');
    for (const { where, raw } of items) {
      try {
        const parsed = ArticleSchema.safeParse(JSON.parse(raw));
        if (parsed.success) articles.push(parsed.data);
        else invalid.push({ where, reason: describe(parsed.error) });
      } catch (error) {
        invalid.push({ where, reason: `not JSON: ${describe(error)}` });
      }
    }
  }
  return { articles, invalid };
}
