-- 20240102000000-golden-edits (down)
PRAGMA foreign_keys = OFF;
-- remove index renamed_post_nickname from RenamedPost
DROP INDEX "renamed_post_nickname";
-- reorder columns of RenamedPost (id, titleRenamed, nickname, content, status, createdAt, updatedAt)
CREATE TABLE "_sf_new_RenamedPost" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "titleRenamed" VARCHAR(300) NOT NULL, "nickname" VARCHAR(40) DEFAULT 'it''s', "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_RenamedPost" ("id", "titleRenamed", "nickname", "content", "status", "createdAt", "updatedAt") SELECT "id", "titleRenamed", "nickname", "content", "status", "createdAt", "updatedAt" FROM "RenamedPost";
DROP TABLE "RenamedPost";
ALTER TABLE "_sf_new_RenamedPost" RENAME TO "RenamedPost";
PRAGMA foreign_key_check;
-- remove column nickname from RenamedPost
ALTER TABLE "RenamedPost" DROP COLUMN "nickname";
-- change column titleRenamed in RenamedPost
CREATE TABLE "_sf_new_RenamedPost" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "titleRenamed" VARCHAR(255) NOT NULL, "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_RenamedPost" ("id", "titleRenamed", "content", "status", "createdAt", "updatedAt") SELECT "id", "titleRenamed", "content", "status", "createdAt", "updatedAt" FROM "RenamedPost";
DROP TABLE "RenamedPost";
ALTER TABLE "_sf_new_RenamedPost" RENAME TO "RenamedPost";
PRAGMA foreign_key_check;
-- rename column titleRenamed -> title in RenamedPost
ALTER TABLE "RenamedPost" RENAME COLUMN "titleRenamed" TO "title";
-- rename table RenamedPost -> Posts
ALTER TABLE "RenamedPost" RENAME TO "Posts";
PRAGMA foreign_keys = ON;

