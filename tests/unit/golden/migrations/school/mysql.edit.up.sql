-- 20240102000000-golden-edits (up)
-- rename table courses -> RenamedCourse
ALTER TABLE `courses` RENAME TO `RenamedCourse`;
-- rename column grade -> gradeRenamed in grades
ALTER TABLE `grades` RENAME COLUMN `grade` TO `gradeRenamed`;
-- add column nickname to grades
ALTER TABLE `grades` ADD `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `gradeRenamed`;
-- change comment of table RenamedCourse
ALTER TABLE `RenamedCourse` COMMENT = 'Golden: it''s renamed';
-- add index grades_nickname on grades (nickname)
ALTER TABLE `grades` ADD INDEX `grades_nickname` (`nickname`);

