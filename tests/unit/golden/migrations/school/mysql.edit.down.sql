-- 20240102000000-golden-edits (down)
-- remove index grades_nickname from grades
DROP INDEX `grades_nickname` ON `grades`;
-- change comment of table RenamedCourse (remove)
ALTER TABLE `RenamedCourse` COMMENT = '';
-- remove column nickname from grades
ALTER TABLE `grades` DROP COLUMN `nickname`;
-- rename column gradeRenamed -> grade in grades
ALTER TABLE `grades` RENAME COLUMN `gradeRenamed` TO `grade`;
-- rename table RenamedCourse -> courses
ALTER TABLE `RenamedCourse` RENAME TO `courses`;

