-- 20240102000000-golden-edits (up)
-- rename table courses -> RenamedCourse
ALTER TABLE "courses" RENAME TO "RenamedCourse";
ALTER TABLE "RenamedCourse" RENAME CONSTRAINT "courses_pkey" TO "RenamedCourse_pkey";
-- rename column grade -> gradeRenamed in grades
ALTER TABLE "grades" RENAME COLUMN "grade" TO "gradeRenamed";
-- add column nickname to grades
ALTER TABLE "grades" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- change comment of table RenamedCourse
COMMENT ON TABLE "RenamedCourse" IS 'Golden: it''s renamed';
-- add index grades_nickname on grades (nickname)
CREATE INDEX "grades_nickname" ON "grades" ("nickname");

