-- 20240102000000-golden-edits (down)
-- remove index renamed_post_nickname from RenamedPost
DROP INDEX `renamed_post_nickname` ON `RenamedPost`;
-- remove column nickname from RenamedPost
ALTER TABLE `RenamedPost` DROP COLUMN `nickname`;
-- change column titleRenamed in RenamedPost
ALTER TABLE `RenamedPost` MODIFY `titleRenamed` VARCHAR(255) NOT NULL;
-- rename column titleRenamed -> title in RenamedPost
ALTER TABLE `RenamedPost` RENAME COLUMN `titleRenamed` TO `title`;
-- rename table RenamedPost -> Posts
ALTER TABLE `RenamedPost` RENAME TO `Posts`;

