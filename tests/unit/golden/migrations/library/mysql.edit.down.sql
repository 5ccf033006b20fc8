-- 20240102000000-golden-edits (down)
-- remove foreign key RenamedBook_authorId_fkey from RenamedBook
ALTER TABLE `RenamedBook` DROP FOREIGN KEY `RenamedBook_authorId_fkey`;
DROP INDEX `RenamedBook_authorId_fkey` ON `RenamedBook`;
-- remove index authors_nickname from Authors
DROP INDEX `authors_nickname` ON `Authors`;
-- change comment of table RenamedBook (remove)
ALTER TABLE `RenamedBook` COMMENT = '';
-- remove column nickname from Authors
ALTER TABLE `Authors` DROP COLUMN `nickname`;
-- change column nameRenamed in Authors
ALTER TABLE `Authors` MODIFY `nameRenamed` VARCHAR(255);
-- rename column nameRenamed -> name in Authors
ALTER TABLE `Authors` RENAME COLUMN `nameRenamed` TO `name`;
-- rename table RenamedBook -> Books
ALTER TABLE `RenamedBook` RENAME TO `Books`;
-- add foreign key Books_authorId_fkey on Books (authorId) -> Authors
ALTER TABLE `Books` ADD CONSTRAINT `Books_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `Authors` (`id`) ON DELETE CASCADE ON UPDATE CASCADE;

