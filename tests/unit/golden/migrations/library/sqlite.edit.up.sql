-- 20240102000000-golden-edits (up)
PRAGMA foreign_keys = OFF;
CREATE TABLE "_sf_new_Books" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255) NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "authorId" INTEGER);
INSERT INTO "_sf_new_Books" ("id", "title", "createdAt", "updatedAt", "authorId") SELECT "id", "title", "createdAt", "updatedAt", "authorId" FROM "Books";
DROP TABLE "Books";
ALTER TABLE "_sf_new_Books" RENAME TO "Books";
PRAGMA foreign_key_check;
-- rename table Books -> RenamedBook
ALTER TABLE "Books" RENAME TO "RenamedBook";
-- rename column name -> nameRenamed in Authors
ALTER TABLE "Authors" RENAME COLUMN "name" TO "nameRenamed";
-- change column nameRenamed in Authors
CREATE TABLE "_sf_new_Authors" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "nameRenamed" VARCHAR(300), "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_Authors" ("id", "nameRenamed", "createdAt", "updatedAt") SELECT "id", "nameRenamed", "createdAt", "updatedAt" FROM "Authors";
DROP TABLE "Authors";
ALTER TABLE "_sf_new_Authors" RENAME TO "Authors";
PRAGMA foreign_key_check;
-- add column nickname to Authors
ALTER TABLE "Authors" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- add index authors_nickname on Authors (nickname)
CREATE INDEX "authors_nickname" ON "Authors" ("nickname");
-- add foreign key RenamedBook_authorId_fkey on RenamedBook (authorId) -> Authors
CREATE TABLE "_sf_new_RenamedBook" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255) NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "authorId" INTEGER, CONSTRAINT "RenamedBook_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
INSERT INTO "_sf_new_RenamedBook" ("id", "title", "createdAt", "updatedAt", "authorId") SELECT "id", "title", "createdAt", "updatedAt", "authorId" FROM "RenamedBook";
DROP TABLE "RenamedBook";
ALTER TABLE "_sf_new_RenamedBook" RENAME TO "RenamedBook";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

