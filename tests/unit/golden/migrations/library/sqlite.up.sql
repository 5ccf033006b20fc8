-- 20240101000000-create-authors-books (up)
-- create table Authors
CREATE TABLE "Authors" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "name" VARCHAR(255), "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
-- create table Books
CREATE TABLE "Books" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "title" VARCHAR(255) NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "authorId" INTEGER, CONSTRAINT "Books_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Authors" ("id") ON DELETE CASCADE ON UPDATE CASCADE);

