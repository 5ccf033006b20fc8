-- 20240102000000-golden-edits (up)
-- rename table orders -> RenamedOrder
ALTER TABLE `orders` RENAME TO `RenamedOrder`;
-- rename column name -> nameRenamed in products
ALTER TABLE `products` RENAME COLUMN `name` TO `nameRenamed`;
-- change column nameRenamed in products
ALTER TABLE `products` MODIFY `nameRenamed` VARCHAR(300) NOT NULL;
-- add column nickname to products
ALTER TABLE `products` ADD `nickname` VARCHAR(40) DEFAULT 'it''s' AFTER `nameRenamed`;
-- reorder columns of products (id, price, nameRenamed, nickname, createdAt, updatedAt)
ALTER TABLE `products` MODIFY `price` DECIMAL(10,2) NOT NULL DEFAULT 0 AFTER `id`;
-- change comment of table RenamedOrder
ALTER TABLE `RenamedOrder` COMMENT = 'Golden: it''s renamed';
-- add index products_nickname on products (nickname)
ALTER TABLE `products` ADD INDEX `products_nickname` (`nickname`);

