-- 20240101000000-create-authors-books (up)
-- create table Authors
CREATE TABLE "Authors" ("id" SERIAL NOT NULL, "name" VARCHAR(255), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
-- create table Books
CREATE TABLE "Books" ("id" SERIAL NOT NULL, "title" VARCHAR(255) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "authorId" INTEGER, PRIMARY KEY ("id"), CONSTRAINT "Books_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE);

