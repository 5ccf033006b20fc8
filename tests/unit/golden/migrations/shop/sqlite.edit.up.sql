-- 20240102000000-golden-edits (up)
PRAGMA foreign_keys = OFF;
-- rename table orders -> RenamedOrder
ALTER TABLE "orders" RENAME TO "RenamedOrder";
-- rename column name -> nameRenamed in products
ALTER TABLE "products" RENAME COLUMN "name" TO "nameRenamed";
-- change column nameRenamed in products
CREATE TABLE "_sf_new_products" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "nameRenamed" VARCHAR(300) NOT NULL, "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_products" ("id", "nameRenamed", "price", "createdAt", "updatedAt") SELECT "id", "nameRenamed", "price", "createdAt", "updatedAt" FROM "products";
DROP TABLE "products";
ALTER TABLE "_sf_new_products" RENAME TO "products";
PRAGMA foreign_key_check;
-- add column nickname to products
ALTER TABLE "products" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- reorder columns of products (id, price, nameRenamed, nickname, createdAt, updatedAt)
CREATE TABLE "_sf_new_products" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "nameRenamed" VARCHAR(300) NOT NULL, "nickname" VARCHAR(40) DEFAULT 'it''s', "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_products" ("id", "price", "nameRenamed", "nickname", "createdAt", "updatedAt") SELECT "id", "price", "nameRenamed", "nickname", "createdAt", "updatedAt" FROM "products";
DROP TABLE "products";
ALTER TABLE "_sf_new_products" RENAME TO "products";
PRAGMA foreign_key_check;
-- add index products_nickname on products (nickname)
CREATE INDEX "products_nickname" ON "products" ("nickname");
PRAGMA foreign_keys = ON;

