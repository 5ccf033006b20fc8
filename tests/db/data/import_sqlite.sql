-- A hand-written SQLite schema for the import round trip (tests/db/tst_import_roundtrip.cpp).
-- Statements are separated by blank lines. Objects Sequelize cannot express are listed in the
-- test's expectedNotes: check constraints, a composite foreign key, an INET column, a view, a
-- trigger, a partial and an expression index.

CREATE TABLE `Users` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `email` VARCHAR(255) NOT NULL, `displayName` VARCHAR(100),
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `Users_email_key` UNIQUE (`email`))

CREATE TABLE `profiles` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `bio` TEXT, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `userId` INTEGER REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `profiles_userId_key` UNIQUE (`userId`))

CREATE TABLE `categories` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `parentId` INTEGER REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)

CREATE TABLE `products` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `sku` CHAR(12) NOT NULL, `name` VARCHAR(255) NOT NULL,
  `price` DECIMAL(10,2) NOT NULL DEFAULT 0, `stock` INTEGER NOT NULL DEFAULT 0 CONSTRAINT `products_stock_check` CHECK (`stock` >= 0),
  `active` TINYINT(1) DEFAULT 1, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `deletedAt` DATETIME,
  `categoryId` INTEGER REFERENCES `categories` (`id`) ON DELETE SET NULL ON UPDATE CASCADE, CONSTRAINT `products_sku_key` UNIQUE (`sku`))

CREATE UNIQUE INDEX `products_name_category` ON `products` (`name`, `categoryId`)

CREATE TABLE `orders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `status` TEXT NOT NULL DEFAULT 'new', `total` DECIMAL(12,2),
  `placed_at` DATETIME DEFAULT CURRENT_TIMESTAMP, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `userId` INTEGER NOT NULL REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE)

CREATE INDEX `orders_status` ON `orders` (`status`)

CREATE TABLE `order_items` (`order_id` INTEGER NOT NULL REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  `line_no` INTEGER NOT NULL, `product_id` INTEGER REFERENCES `products` (`id`) ON DELETE SET NULL ON UPDATE CASCADE,
  `quantity` INTEGER NOT NULL CONSTRAINT `order_items_quantity_check` CHECK (`quantity` > 0), PRIMARY KEY (`order_id`, `line_no`))

CREATE TABLE `tags` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(50) NOT NULL, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, CONSTRAINT `tags_name_key` UNIQUE (`name`))

CREATE TABLE `product_tags` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `productId` INTEGER NOT NULL REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  `tagId` INTEGER NOT NULL REFERENCES `tags` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  `weight` INTEGER DEFAULT 1, PRIMARY KEY (`productId`, `tagId`))

CREATE TABLE `warehouses` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `code` VARCHAR(10) NOT NULL, `region` VARCHAR(20) NOT NULL,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, CONSTRAINT `warehouses_code_region_key` UNIQUE (`code`, `region`))

CREATE TABLE `stock_levels` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `warehouse_code` VARCHAR(10), `warehouse_region` VARCHAR(20),
  `qty` INTEGER NOT NULL DEFAULT 0, `productId` INTEGER REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT `stock_levels_warehouse_fkey` FOREIGN KEY (`warehouse_code`, `warehouse_region`) REFERENCES `warehouses` (`code`, `region`))

CREATE TABLE `reviews` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `rating` SMALLINT NOT NULL CONSTRAINT `reviews_rating_check` CHECK (`rating` BETWEEN 1 AND 5),
  `body` TEXT, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `productId` INTEGER NOT NULL REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE,
  `userId` INTEGER REFERENCES `Users` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)

CREATE INDEX `reviews_high` ON `reviews` (`productId`) WHERE `rating` >= 4

CREATE TABLE `addresses` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `line1` VARCHAR(255) NOT NULL, `city` VARCHAR(100) NOT NULL,
  `postal_code` VARCHAR(16), `country` CHAR(2) NOT NULL DEFAULT 'DE', `created_at` DATETIME NOT NULL, `updated_at` DATETIME NOT NULL,
  `userId` INTEGER REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE)

CREATE TABLE `payments` (`id` UUID NOT NULL PRIMARY KEY, `amount` DECIMAL(12,2) NOT NULL, `method` TEXT NOT NULL, `meta` JSON,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `orderId` INTEGER REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)

CREATE TABLE `shipments` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `tracking` VARCHAR(64), `shipped_on` DATE,
  `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL,
  `orderId` INTEGER REFERENCES `orders` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)

CREATE TABLE `audit_log` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `entity` VARCHAR(50) NOT NULL, `data` JSON, `ip` INET,
  `logged_at` DATETIME DEFAULT CURRENT_TIMESTAMP)

CREATE TABLE `employees` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255) NOT NULL, `createdAt` DATETIME NOT NULL,
  `updatedAt` DATETIME NOT NULL, `managerId` INTEGER REFERENCES `employees` (`id`) ON DELETE SET NULL ON UPDATE CASCADE)

CREATE TABLE `sessions` (`token` CHAR(64) NOT NULL PRIMARY KEY, `expires` DATETIME NOT NULL,
  `userId` INTEGER NOT NULL REFERENCES `Users` (`id`) ON DELETE CASCADE ON UPDATE CASCADE)

CREATE INDEX `users_lower_email` ON `Users` (lower(`email`))

CREATE VIEW `active_products` AS SELECT `id`, `name` FROM `products` WHERE `deletedAt` IS NULL

CREATE TRIGGER `products_touch` AFTER UPDATE ON `products` BEGIN UPDATE `products` SET `updatedAt` = CURRENT_TIMESTAMP WHERE `id` = NEW.`id`; END
