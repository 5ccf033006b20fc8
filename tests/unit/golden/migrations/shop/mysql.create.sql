-- create table products
CREATE TABLE `products` (`id` INTEGER NOT NULL auto_increment, `name` VARCHAR(255) NOT NULL, `price` DECIMAL(10,2) NOT NULL DEFAULT 0, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
-- create table orders
CREATE TABLE `orders` (`id` INTEGER NOT NULL auto_increment, `customer` VARCHAR(255) NOT NULL, `orderDate` DATETIME NOT NULL, `createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;
-- create table product_orders
CREATE TABLE `product_orders` (`createdAt` DATETIME NOT NULL, `updatedAt` DATETIME NOT NULL, `productId` INTEGER NOT NULL, `orderId` INTEGER NOT NULL, `quantity` INTEGER NOT NULL DEFAULT 1, PRIMARY KEY (`productId`, `orderId`), CONSTRAINT `product_orders_productId_fkey` FOREIGN KEY (`productId`) REFERENCES `products` (`id`) ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT `product_orders_orderId_fkey` FOREIGN KEY (`orderId`) REFERENCES `orders` (`id`) ON DELETE CASCADE ON UPDATE CASCADE) ENGINE=InnoDB;
