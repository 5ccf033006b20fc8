-- A hand-written MariaDB/MySQL schema for the import round trip (tests/db/tst_import_roundtrip.cpp).
-- Statements are separated by blank lines. Objects Sequelize cannot express are listed in the
-- test's expectedNotes: check constraints, a composite foreign key, a POINT column, a view, a
-- trigger and a prefix index (MariaDB has no partial or expression indexes).

CREATE TABLE `Users` (`id` INTEGER NOT NULL AUTO_INCREMENT, `email` VARCHAR(255) NOT NULL, `displayName` VARCHAR(100),
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `Users_email_key` UNIQUE (`email`)) ENGINE=InnoDB

CREATE TABLE `profiles` (`id` INTEGER NOT NULL AUTO_INCREMENT, `bio` TEXT, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `userId` INTEGER, PRIMARY KEY (`id`), CONSTRAINT `profiles_userId_key` UNIQUE (`userId`),
  CONSTRAINT `profiles_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `categories` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, `parentId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `categories_parentId_fkey` FOREIGN KEY (`parentId`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `products` (`id` INTEGER NOT NULL AUTO_INCREMENT, `sku` CHAR(12) NOT NULL, `name` VARCHAR(255) NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0, `stock` INTEGER NOT NULL DEFAULT 0, `active` TINYINT(1) DEFAULT 1,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME, `categoryId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `products_sku_key` UNIQUE (`sku`), CONSTRAINT `products_stock_check` CHECK (`stock` >= 0),
  CONSTRAINT `products_categoryId_fkey` FOREIGN KEY (`categoryId`) REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE UNIQUE INDEX `products_name_category` ON `products` (`name`, `categoryId`)

CREATE TABLE `orders` (`id` INTEGER NOT NULL AUTO_INCREMENT, `status` ENUM('new', 'paid', 'shipped', 'cancelled') NOT NULL DEFAULT 'new',
  `total` DECIMAL(12,2), `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `userId` INTEGER NOT NULL, PRIMARY KEY (`id`),
  CONSTRAINT `orders_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE INDEX `orders_status` ON `orders` (`status`)

CREATE TABLE `order_items` (`order_id` INTEGER NOT NULL, `line_no` INTEGER NOT NULL, `product_id` INTEGER, `quantity` INTEGER NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`), CONSTRAINT `order_items_quantity_check` CHECK (`quantity` > 0),
  CONSTRAINT `order_items_order_id_fkey` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `order_items_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `tags` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(50) NOT NULL, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `tags_name_key` UNIQUE (`name`)) ENGINE=InnoDB

CREATE TABLE `product_tags` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `productId` INTEGER NOT NULL,
  `tagId` INTEGER NOT NULL, `weight` INTEGER DEFAULT 1, PRIMARY KEY (`productId`, `tagId`),
  CONSTRAINT `product_tags_productId_fkey` FOREIGN KEY (`productId`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `product_tags_tagId_fkey` FOREIGN KEY (`tagId`) REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `warehouses` (`id` INTEGER NOT NULL AUTO_INCREMENT, `code` VARCHAR(10) NOT NULL, `region` VARCHAR(20) NOT NULL,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`),
  CONSTRAINT `warehouses_code_region_key` UNIQUE (`code`, `region`)) ENGINE=InnoDB

CREATE TABLE `stock_levels` (`id` INTEGER NOT NULL AUTO_INCREMENT, `warehouse_code` VARCHAR(10), `warehouse_region` VARCHAR(20),
  `qty` INTEGER NOT NULL DEFAULT 0, `productId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `stock_levels_warehouse_fkey` FOREIGN KEY (`warehouse_code`, `warehouse_region`) REFERENCES `warehouses` (`code`, `region`),
  CONSTRAINT `stock_levels_productId_fkey` FOREIGN KEY (`productId`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `reviews` (`id` INTEGER NOT NULL AUTO_INCREMENT, `rating` SMALLINT NOT NULL, `body` TEXT, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, `productId` INTEGER NOT NULL, `userId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `reviews_rating_check` CHECK (`rating` BETWEEN 1 AND 5), INDEX `reviews_body_prefix` (`body`(20)),
  CONSTRAINT `reviews_productId_fkey` FOREIGN KEY (`productId`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `reviews_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `addresses` (`id` INTEGER NOT NULL AUTO_INCREMENT, `line1` VARCHAR(255) NOT NULL, `city` VARCHAR(100) NOT NULL,
  `postal_code` VARCHAR(16), `country` CHAR(2) NOT NULL DEFAULT 'DE', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL,
  `userId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `addresses_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `payments` (`id` CHAR(36) BINARY NOT NULL, `amount` DECIMAL(12,2) NOT NULL, `method` ENUM('card', 'transfer') NOT NULL,
  `meta` JSON, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `orderId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `payments_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `shipments` (`id` BIGINT NOT NULL AUTO_INCREMENT, `tracking` VARCHAR(64), `shipped_on` DATE, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, `orderId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `shipments_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `audit_log` (`id` INTEGER NOT NULL AUTO_INCREMENT, `entity` VARCHAR(50) NOT NULL, `location` POINT, PRIMARY KEY (`id`)) ENGINE=InnoDB

CREATE TABLE `employees` (`id` INTEGER NOT NULL AUTO_INCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, `managerId` INTEGER, PRIMARY KEY (`id`),
  CONSTRAINT `employees_managerId_fkey` FOREIGN KEY (`managerId`) REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE) ENGINE=InnoDB

CREATE TABLE `sessions` (`token` CHAR(64) NOT NULL, `expires` DATETIME NOT NULL, `userId` INTEGER NOT NULL, PRIMARY KEY (`token`),
  CONSTRAINT `sessions_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB

CREATE VIEW `active_products` AS SELECT `id`, `name` FROM `products` WHERE `deletedAt` IS NULL

CREATE TRIGGER `products_touch` BEFORE UPDATE ON `products` FOR EACH ROW SET NEW.`updatedAt` = NOW()
