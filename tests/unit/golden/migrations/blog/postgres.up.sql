-- 20240101000000-create-posts (up)
-- create table Posts
CREATE TABLE "Posts" ("id" SERIAL NOT NULL, "title" VARCHAR(255) NOT NULL, "content" TEXT NOT NULL, "status" VARCHAR(255) DEFAULT 'draft', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));

