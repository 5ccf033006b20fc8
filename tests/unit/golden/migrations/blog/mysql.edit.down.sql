-- 20240102000000-golden-edits (down)
-- remove index renamed_post_nickname from RenamedPost
DROP INDEX `renamed_post_nickname` ON `RenamedPost`;
-- change comment of table RenamedPost (remove)
ALTER TABLE `RenamedPost` COMMENT = '';
-- reorder columns of RenamedPost (id, titleRenamed, nickname, content, status, createdAt, updatedAt)
ALTER TABLE `RenamedPost` MODIFY `titleRenamed` VARCHAR(300) NOT NULL AFTER `id`;
ALTER TABLE `RenamedPost` MODIFY `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `titleRenamed`;
-- remove column nickname from RenamedPost
ALTER TABLE `RenamedPost` DROP COLUMN `nickname`;
-- change column titleRenamed in RenamedPost
ALTER TABLE `RenamedPost` MODIFY `titleRenamed` VARCHAR(255) NOT NULL;
-- rename column titleRenamed -> title in RenamedPost
ALTER TABLE `RenamedPost` RENAME COLUMN `titleRenamed` TO `title`;
-- rename table RenamedPost -> Posts
ALTER TABLE `RenamedPost` RENAME TO `Posts`;

