-- 20240102000000-golden-edits (down)
-- remove index products_nickname from products
DROP INDEX "products_nickname";
-- change comment of table RenamedOrder (remove)
COMMENT ON TABLE "RenamedOrder" IS NULL;
-- remove column nickname from products
ALTER TABLE "products" DROP COLUMN "nickname";
-- change column nameRenamed in products
ALTER TABLE "products" ALTER COLUMN "nameRenamed" TYPE VARCHAR(255) USING "nameRenamed"::VARCHAR(255);
-- rename column nameRenamed -> name in products
ALTER TABLE "products" RENAME COLUMN "nameRenamed" TO "name";
-- rename table RenamedOrder -> orders
ALTER TABLE "RenamedOrder" RENAME TO "orders";
ALTER TABLE "orders" RENAME CONSTRAINT "RenamedOrder_pkey" TO "orders_pkey";

