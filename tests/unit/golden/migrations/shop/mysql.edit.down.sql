-- 20240102000000-golden-edits (down)
-- remove index products_nickname from products
DROP INDEX `products_nickname` ON `products`;
-- change comment of table RenamedOrder (remove)
ALTER TABLE `RenamedOrder` COMMENT = '';
-- reorder columns of products (id, nameRenamed, nickname, price, createdAt, updatedAt)
ALTER TABLE `products` MODIFY `nameRenamed` VARCHAR(300) NOT NULL AFTER `id`;
ALTER TABLE `products` MODIFY `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `nameRenamed`;
-- remove column nickname from products
ALTER TABLE `products` DROP COLUMN `nickname`;
-- change column nameRenamed in products
ALTER TABLE `products` MODIFY `nameRenamed` VARCHAR(255) NOT NULL;
-- rename column nameRenamed -> name in products
ALTER TABLE `products` RENAME COLUMN `nameRenamed` TO `name`;
-- rename table RenamedOrder -> orders
ALTER TABLE `RenamedOrder` RENAME TO `orders`;

