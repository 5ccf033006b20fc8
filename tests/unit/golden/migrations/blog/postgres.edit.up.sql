-- 20240102000000-golden-edits (up)
-- rename table Posts -> RenamedPost
ALTER TABLE "Posts" RENAME TO "RenamedPost";
ALTER TABLE "RenamedPost" RENAME CONSTRAINT "Posts_pkey" TO "RenamedPost_pkey";
-- rename column title -> titleRenamed in RenamedPost
ALTER TABLE "RenamedPost" RENAME COLUMN "title" TO "titleRenamed";
-- change column titleRenamed in RenamedPost
ALTER TABLE "RenamedPost" ALTER COLUMN "titleRenamed" TYPE VARCHAR(300) USING "titleRenamed"::VARCHAR(300);
-- add column nickname to RenamedPost
ALTER TABLE "RenamedPost" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- change comment of table RenamedPost
COMMENT ON TABLE "RenamedPost" IS 'Golden: it''s renamed';
-- add index renamed_post_nickname on RenamedPost (nickname)
CREATE INDEX "renamed_post_nickname" ON "RenamedPost" ("nickname");

