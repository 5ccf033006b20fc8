-- create table grades
CREATE TABLE "grades" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "grade" INTEGER NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
-- create table students
CREATE TABLE "students" ("student_id" UUID NOT NULL, "name" VARCHAR(255) NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "gradeId" INTEGER, PRIMARY KEY ("student_id"), CONSTRAINT "students_gradeId_fkey" FOREIGN KEY ("gradeId") REFERENCES "grades" ("id") ON DELETE SET NULL ON UPDATE CASCADE);
-- create table courses
CREATE TABLE "courses" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "course_name" VARCHAR(255) NOT NULL, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
-- create table StudentCourse
CREATE TABLE "StudentCourse" ("createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "studentId" UUID NOT NULL, "courseId" INTEGER NOT NULL, PRIMARY KEY ("studentId", "courseId"), CONSTRAINT "StudentCourse_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "students" ("student_id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "StudentCourse_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "courses" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
