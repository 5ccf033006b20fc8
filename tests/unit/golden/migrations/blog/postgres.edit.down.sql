-- 20240102000000-golden-edits (down)
-- remove index renamed_post_nickname from RenamedPost
DROP INDEX "renamed_post_nickname";
-- change comment of table RenamedPost (remove)
COMMENT ON TABLE "RenamedPost" IS NULL;
-- remove column nickname from RenamedPost
ALTER TABLE "RenamedPost" DROP COLUMN "nickname";
-- change column titleRenamed in RenamedPost
ALTER TABLE "RenamedPost" ALTER COLUMN "titleRenamed" TYPE VARCHAR(255) USING "titleRenamed"::VARCHAR(255);
-- rename column titleRenamed -> title in RenamedPost
ALTER TABLE "RenamedPost" RENAME COLUMN "titleRenamed" TO "title";
-- rename table RenamedPost -> Posts
ALTER TABLE "RenamedPost" RENAME TO "Posts";
ALTER TABLE "Posts" RENAME CONSTRAINT "RenamedPost_pkey" TO "Posts_pkey";

