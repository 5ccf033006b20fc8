-- 20240102000000-golden-edits (up)
PRAGMA foreign_keys = OFF;
-- rename table Posts -> RenamedPost
ALTER TABLE "Posts" RENAME TO "RenamedPost";
-- rename column title -> titleRenamed in RenamedPost
ALTER TABLE "RenamedPost" RENAME COLUMN "title" TO "titleRenamed";
-- change column titleRenamed in RenamedPost
CREATE TABLE "_sf_new_RenamedPost" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "titleRenamed" VARCHAR(300) NOT NULL, "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_RenamedPost" ("id", "titleRenamed", "content", "status", "createdAt", "updatedAt") SELECT "id", "titleRenamed", "content", "status", "createdAt", "updatedAt" FROM "RenamedPost";
DROP TABLE "RenamedPost";
ALTER TABLE "_sf_new_RenamedPost" RENAME TO "RenamedPost";
PRAGMA foreign_key_check;
-- add column nickname to RenamedPost
ALTER TABLE "RenamedPost" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- reorder columns of RenamedPost (id, content, status, titleRenamed, nickname, createdAt, updatedAt)
CREATE TABLE "_sf_new_RenamedPost" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "titleRenamed" VARCHAR(300) NOT NULL, "nickname" VARCHAR(40) DEFAULT 'it''s', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_RenamedPost" ("id", "content", "status", "titleRenamed", "nickname", "createdAt", "updatedAt") SELECT "id", "content", "status", "titleRenamed", "nickname", "createdAt", "updatedAt" FROM "RenamedPost";
DROP TABLE "RenamedPost";
ALTER TABLE "_sf_new_RenamedPost" RENAME TO "RenamedPost";
PRAGMA foreign_key_check;
-- add index renamed_post_nickname on RenamedPost (nickname)
CREATE INDEX "renamed_post_nickname" ON "RenamedPost" ("nickname");
PRAGMA foreign_keys = ON;

