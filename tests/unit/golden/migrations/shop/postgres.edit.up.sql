-- 20240102000000-golden-edits (up)
-- rename table orders -> RenamedOrder
ALTER TABLE "orders" RENAME TO "RenamedOrder";
ALTER TABLE "RenamedOrder" RENAME CONSTRAINT "orders_pkey" TO "RenamedOrder_pkey";
-- rename column name -> nameRenamed in products
ALTER TABLE "products" RENAME COLUMN "name" TO "nameRenamed";
-- change column nameRenamed in products
ALTER TABLE "products" ALTER COLUMN "nameRenamed" TYPE VARCHAR(300) USING "nameRenamed"::VARCHAR(300);
-- add column nickname to products
ALTER TABLE "products" ADD COLUMN "nickname" VARCHAR(40) DEFAULT 'it''s';
-- change comment of table RenamedOrder
COMMENT ON TABLE "RenamedOrder" IS 'Golden: it''s renamed';
-- add index products_nickname on products (nickname)
CREATE INDEX "products_nickname" ON "products" ("nickname");

