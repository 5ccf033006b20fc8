-- 20240101000000-create-products-orders-product-orders (down)
-- drop table product_orders
DROP TABLE "product_orders";
-- drop table orders
DROP TABLE "orders";
-- drop table products
DROP TABLE "products";

