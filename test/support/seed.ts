import { Article, ArticleSchema } from '@app/domain';
import article from '../fixtures/seed-article/article.json';

/** The seed article, parsed; `with` gives a variant (e.g. a later revision). */
export function seedArticle(overrides: Partial<Article> = {}): Article {
  return ArticleSchema.parse({ ...article, ...overrides });
}

export const seedBody: string = article.body;
