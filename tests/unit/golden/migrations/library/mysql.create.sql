-- create table Authors
CREATE TABLE `Authors` (`id` INTEGER NOT NULL auto_increment, `name` VARCHAR(255), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
-- create table Books
CREATE TABLE `Books` (`id` INTEGER NOT NULL auto_increment, `title` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `authorId` INTEGER, PRIMARY KEY (`id`), CONSTRAINT `Books_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
