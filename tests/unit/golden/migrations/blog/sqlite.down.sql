-- 20240101000000-create-posts (down)
-- drop table Posts
DROP TABLE "Posts";

