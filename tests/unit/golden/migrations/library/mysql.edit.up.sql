-- 20240102000000-golden-edits (up)
-- remove foreign key Books_authorId_fkey from Books
ALTER TABLE `Books` DROP FOREIGN KEY `Books_authorId_fkey`;
DROP INDEX `Books_authorId_fkey` ON `Books`;
-- rename table Books -> RenamedBook
ALTER TABLE `Books` RENAME TO `RenamedBook`;
-- rename column name -> nameRenamed in Authors
ALTER TABLE `Authors` RENAME COLUMN `name` TO `nameRenamed`;
-- change column nameRenamed in Authors
ALTER TABLE `Authors` MODIFY `nameRenamed` VARCHAR(300);
-- add column nickname to Authors
ALTER TABLE `Authors` ADD `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `nameRenamed`;
-- change comment of table RenamedBook
ALTER TABLE `RenamedBook` COMMENT = 'Golden: it''s renamed';
-- add index authors_nickname on Authors (nickname)
ALTER TABLE `Authors` ADD INDEX `authors_nickname` (`nickname`);
-- add foreign key RenamedBook_authorId_fkey on RenamedBook (authorId) -> Authors
ALTER TABLE `RenamedBook` ADD CONSTRAINT `RenamedBook_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

