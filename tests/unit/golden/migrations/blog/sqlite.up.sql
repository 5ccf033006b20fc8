-- 20240101000000-create-posts (up)
-- create table Posts
CREATE TABLE "Posts" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255) NOT NULL, "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);

