import { z } from 'zod';

/** Languages the extractor reads. Others are accepted and recorded as unsupported. */
export const SUPPORTED_LANGUAGES = ['ar', 'en'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export const MAX_BODY_CHARS = 1_000_000;

export const OutletSchema = z.strictObject({
  id: z.string().min(1).max(128),
  name: z.string().min(1).max(256),
  nameEn: z.string().min(1).max(256).optional(),
});

/** An article as scrapers publish it to `articles.v1` (and as `POST /articles` takes it). */
export const ArticleSchema = z.strictObject({
  articleId: z.string().min(1).max(256),
  revision: z.number().int().min(1).default(1),
  url: z.url(),
  outlet: OutletSchema,
  language: z.string().min(2).max(16),
  publishedAt: z.iso.datetime({ offset: true }),
  fetchedAt: z.iso.datetime({ offset: true }).optional(),
  title: z.string().max(2_000).optional(),
  body: z.string().min(1).max(MAX_BODY_CHARS),
});

export type Article = z.infer<typeof ArticleSchema>;
export type Outlet = z.infer<typeof OutletSchema>;

export function isSupportedLanguage(language: string): language is SupportedLanguage {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language);
}

/** What a claim keeps of the article it was read from. */
export const ArticleRefSchema = z.strictObject({
  articleId: z.string(),
  revision: z.number().int().min(1),
  url: z.string(),
  publishedAt: z.string(),
});
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export function articleRef(article: Article): ArticleRef {
  return {
    articleId: article.articleId,
    revision: article.revision,
    url: article.url,
    publishedAt: article.publishedAt,
  };
}

/** Orders two readings: by publication time, then by article revision. Negative when a is older. */
export function compareArticleRefs(a: ArticleRef, b: ArticleRef): number {
  const byTime = Date.parse(a.publishedAt) - Date.parse(b.publishedAt);
  if (byTime !== 0) return byTime;
  if (a.articleId === b.articleId) return a.revision - b.revision;
  return a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0;
}
