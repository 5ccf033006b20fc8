-- 20240102000000-golden-edits (down)
-- remove foreign key RenamedBook_authorId_fkey from RenamedBook
ALTER TABLE "RenamedBook" DROP CONSTRAINT "RenamedBook_authorId_fkey";
-- remove index authors_nickname from Authors
DROP INDEX "authors_nickname";
-- change comment of table RenamedBook (remove)
COMMENT ON TABLE "RenamedBook" IS NULL;
-- remove column nickname from Authors
ALTER TABLE "Authors" DROP COLUMN "nickname";
-- change column nameRenamed in Authors
ALTER TABLE "Authors" ALTER COLUMN "nameRenamed" TYPE VARCHAR(255) USING "nameRenamed"::VARCHAR(255);
-- rename column nameRenamed -> name in Authors
ALTER TABLE "Authors" RENAME COLUMN "nameRenamed" TO "name";
-- rename table RenamedBook -> Books
ALTER TABLE "RenamedBook" RENAME TO "Books";
ALTER TABLE "Books" RENAME CONSTRAINT "RenamedBook_pkey" TO "Books_pkey";
-- add foreign key Books_authorId_fkey on Books (authorId) -> Authors
ALTER TABLE "Books" ADD CONSTRAINT "Books_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE;

