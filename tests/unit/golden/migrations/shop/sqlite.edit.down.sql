-- 20240102000000-golden-edits (down)
PRAGMA foreign_keys = OFF;
-- remove index products_nickname from products
DROP INDEX "products_nickname";
-- reorder columns of products (id, nameRenamed, nickname, price, createdAt, updatedAt)
CREATE TABLE "_sf_new_products" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "nameRenamed" VARCHAR(300) NOT NULL, "nickname" VARCHAR(40) DEFAULT 'it''s', "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_products" ("id", "nameRenamed", "nickname", "price", "createdAt", "updatedAt") SELECT "id", "nameRenamed", "nickname", "price", "createdAt", "updatedAt" FROM "products";
DROP TABLE "products";
ALTER TABLE "_sf_new_products" RENAME TO "products";
PRAGMA foreign_key_check;
-- remove column nickname from products
ALTER TABLE "products" DROP COLUMN "nickname";
-- change column nameRenamed in products
CREATE TABLE "_sf_new_products" ("id" INTEGER PRIMARY KEY AUTOINCREMENT, "nameRenamed" VARCHAR(255) NOT NULL, "price" DECIMAL(10,2) NOT NULL DEFAULT 0, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL);
INSERT INTO "_sf_new_products" ("id", "nameRenamed", "price", "createdAt", "updatedAt") SELECT "id", "nameRenamed", "price", "createdAt", "updatedAt" FROM "products";
DROP TABLE "products";
ALTER TABLE "_sf_new_products" RENAME TO "products";
PRAGMA foreign_key_check;
-- rename column nameRenamed -> name in products
ALTER TABLE "products" RENAME COLUMN "nameRenamed" TO "name";
-- rename table RenamedOrder -> orders
ALTER TABLE "RenamedOrder" RENAME TO "orders";
PRAGMA foreign_keys = ON;

