-- create table products
CREATE TABLE "products" ("id" SERIAL NOT NULL, "name" VARCHAR(255) NOT NULL, "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
-- create table orders
CREATE TABLE "orders" ("id" SERIAL NOT NULL, "customer" VARCHAR(255) NOT NULL, "orderDate" TIMESTAMP WITH TIME ZONE NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
-- create table product_orders
CREATE TABLE "product_orders" ("createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "productId" INTEGER NOT NULL, "orderId" INTEGER NOT NULL, "quantity" INTEGER NOT NULL DEFAULT 1, PRIMARY KEY ("productId", "orderId"), CONSTRAINT "product_orders_productId_fkey" FOREIGN KEY ("productId") REFERENCES "products" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "product_orders_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
