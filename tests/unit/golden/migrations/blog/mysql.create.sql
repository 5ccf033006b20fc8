-- create table Posts
CREATE TABLE `Posts` (`id` INTEGER NOT NULL auto_increment, `title` VARCHAR(255) NOT NULL, `content` TEXT NOT NULL, `status` VARCHAR(255) DEFAULT 'draft', `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
