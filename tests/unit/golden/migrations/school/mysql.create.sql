-- create table grades
CREATE TABLE `grades` (`id` INTEGER NOT NULL auto_increment, `grade` INTEGER NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
-- create table students
CREATE TABLE `students` (`student_id` CHAR(36) BINARY NOT NULL, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `gradeId` INTEGER, PRIMARY KEY (`student_id`), CONSTRAINT `students_gradeId_fkey` FOREIGN KEY (`gradeId`) REFERENCES `grades` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB;
-- create table courses
CREATE TABLE `courses` (`id` INTEGER NOT NULL auto_increment, `course_name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
-- create table StudentCourse
CREATE TABLE `StudentCourse` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `studentId` CHAR(36) BINARY NOT NULL, `courseId` INTEGER NOT NULL, PRIMARY KEY (`studentId`, `courseId`), CONSTRAINT `StudentCourse_studentId_fkey` FOREIGN KEY (`studentId`) REFERENCES `students` (`student_id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `StudentCourse_courseId_fkey` FOREIGN KEY (`courseId`) REFERENCES `courses` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
