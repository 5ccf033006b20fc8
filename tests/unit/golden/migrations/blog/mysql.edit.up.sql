-- 20240102000000-golden-edits (up)
-- rename table Posts -> RenamedPost
ALTER TABLE `Posts` RENAME TO `RenamedPost`;
-- rename column title -> titleRenamed in RenamedPost
ALTER TABLE `RenamedPost` RENAME COLUMN `title` TO `titleRenamed`;
-- change column titleRenamed in RenamedPost
ALTER TABLE `RenamedPost` MODIFY `titleRenamed` VARCHAR(300) NOT NULL;
-- add column nickname to RenamedPost
ALTER TABLE `RenamedPost` ADD `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `titleRenamed`;
-- reorder columns of RenamedPost (id, content, status, titleRenamed, nickname, createdAt, updatedAt)
ALTER TABLE `RenamedPost` MODIFY `content` TEXT NOT NULL AFTER `id`;
ALTER TABLE `RenamedPost` MODIFY `status` VARCHAR(255) DEFAULT 'draft' AFTER `content`;
-- change comment of table RenamedPost
ALTER TABLE `RenamedPost` COMMENT = 'Golden: it''s renamed';
-- add index renamed_post_nickname on RenamedPost (nickname)
ALTER TABLE `RenamedPost` ADD INDEX `renamed_post_nickname` (`nickname`);

