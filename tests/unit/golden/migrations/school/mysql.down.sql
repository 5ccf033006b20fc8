-- 20240101000000-create-4-tables (down)
-- drop table StudentCourse
DROP TABLE `StudentCourse`;
-- drop table courses
DROP TABLE `courses`;
-- drop table students
DROP TABLE `students`;
-- drop table grades
DROP TABLE `grades`;

