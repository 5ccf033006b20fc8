-- 20240102000000-golden-edits (up)
-- remove foreign key Books_authorId_fkey from Books
ALTER TABLE "Books" DROP CONSTRAINT "Books_authorId_fkey";
-- rename table Books -> RenamedBook
ALTER TABLE "Books" RENAME TO "RenamedBook";
ALTER TABLE "RenamedBook" RENAME CONSTRAINT "Books_pkey" TO "RenamedBook_pkey";
-- rename column name -> nameRenamed in Authors
ALTER TABLE "Authors" RENAME COLUMN "name" TO "nameRenamed";
-- change column nameRenamed in Authors
ALTER TABLE "Authors" ALTER COLUMN "nameRenamed" TYPE VARCHAR(300) USING "nameRenamed"::VARCHAR(300);
-- add column nickname to Authors
ALTER TABLE "Authors" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- change comment of table RenamedBook
COMMENT ON TABLE "RenamedBook" IS 'Golden: it''s renamed';
-- add index authors_nickname on Authors (nickname)
CREATE INDEX "authors_nickname" ON "Authors" ("nickname");
-- add foreign key RenamedBook_authorId_fkey on RenamedBook (authorId) -> Authors
ALTER TABLE "RenamedBook" ADD CONSTRAINT "RenamedBook_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

