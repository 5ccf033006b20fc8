-- 20240101000000-create-authors-books (down)
-- drop table Books
DROP TABLE "Books";
-- drop table Authors
DROP TABLE "Authors";

