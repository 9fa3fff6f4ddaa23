/** Size limits of stored records, shared by the backup schema, the message protocol and the content script (which carries no zod). */
export const LIMITS = {
  id: 100,
  url: 4096,
  title: 2000,
  site: 300,
  author: 500,
  quote: 20_000,
  note: 50_000,
  context: 500,
  tag: 200,
  tags: 100,
  entityId: 500,
  entities: 500,
  /** Bodies named in the office the article gives a person (ArticleEntity.roleBodies). */
  roleBodies: 8,
  offset: 100_000_000,
} as const;
