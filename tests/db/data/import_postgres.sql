-- A hand-written PostgreSQL schema for the import round trip (tests/db/tst_import_roundtrip.cpp).
-- Statements are separated by blank lines. Objects Sequelize cannot express are listed in the
-- test's expectedNotes: check constraints, a composite foreign key, an inet column, a view, a
-- trigger, a partial and an expression index.

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled')

CREATE TABLE "Users" (id SERIAL PRIMARY KEY, email VARCHAR(255) NOT NULL, "displayName" VARCHAR(100),
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT "Users_email_key" UNIQUE (email))

CREATE TABLE profiles (id SERIAL PRIMARY KEY, "userId" INTEGER UNIQUE REFERENCES "Users" (id) ON DELETE CASCADE ON UPDATE CASCADE,
  bio TEXT, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE categories (id SERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL,
  "parentId" INTEGER REFERENCES categories (id) ON DELETE SET NULL ON UPDATE CASCADE,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE products (id SERIAL PRIMARY KEY, sku CHAR(12) NOT NULL UNIQUE, name VARCHAR(255) NOT NULL,
  price DECIMAL(10,2) NOT NULL DEFAULT 0, "categoryId" INTEGER REFERENCES categories (id) ON DELETE SET NULL ON UPDATE CASCADE,
  stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0), active BOOLEAN DEFAULT true,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "deletedAt" TIMESTAMP WITH TIME ZONE)

CREATE UNIQUE INDEX products_name_category ON products (name, "categoryId")

CREATE TABLE orders (id SERIAL PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "Users" (id) ON DELETE CASCADE ON UPDATE CASCADE,
  status order_status NOT NULL DEFAULT 'new', total DECIMAL(12,2), placed_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE INDEX orders_status ON orders (status)

CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  line_no INTEGER NOT NULL, product_id INTEGER REFERENCES products (id) ON DELETE SET NULL ON UPDATE CASCADE,
  quantity INTEGER NOT NULL CHECK (quantity > 0), PRIMARY KEY (order_id, line_no))

CREATE TABLE tags (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL UNIQUE,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE product_tags ("createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL,
  "productId" INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  "tagId" INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE ON UPDATE CASCADE,
  weight INTEGER DEFAULT 1, PRIMARY KEY ("productId", "tagId"))

CREATE TABLE warehouses (id SERIAL PRIMARY KEY, code VARCHAR(10) NOT NULL, region VARCHAR(20) NOT NULL,
  UNIQUE (code, region), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE stock_levels (id SERIAL PRIMARY KEY, warehouse_code VARCHAR(10), warehouse_region VARCHAR(20),
  "productId" INTEGER REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE, qty INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT stock_levels_warehouse_fkey FOREIGN KEY (warehouse_code, warehouse_region) REFERENCES warehouses (code, region))

CREATE TABLE reviews (id SERIAL PRIMARY KEY, "productId" INTEGER NOT NULL REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE,
  "userId" INTEGER REFERENCES "Users" (id) ON DELETE SET NULL ON UPDATE CASCADE,
  rating SMALLINT NOT NULL CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5), body TEXT,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE INDEX reviews_high ON reviews ("productId") WHERE rating >= 4

CREATE TABLE addresses (id SERIAL PRIMARY KEY, "userId" INTEGER REFERENCES "Users" (id) ON DELETE CASCADE ON UPDATE CASCADE,
  line1 VARCHAR(255) NOT NULL, city VARCHAR(100) NOT NULL, postal_code VARCHAR(16), country CHAR(2) NOT NULL DEFAULT 'DE',
  created_at TIMESTAMP WITH TIME ZONE NOT NULL, updated_at TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TYPE payment_method AS ENUM ('card', 'transfer')

CREATE TABLE payments (id UUID PRIMARY KEY, "orderId" INTEGER REFERENCES orders (id) ON DELETE SET NULL ON UPDATE CASCADE,
  amount DECIMAL(12,2) NOT NULL, method payment_method NOT NULL, meta JSONB,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE shipments (id BIGSERIAL PRIMARY KEY, "orderId" INTEGER REFERENCES orders (id) ON DELETE SET NULL ON UPDATE CASCADE,
  tracking VARCHAR(64), shipped_on DATE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE audit_log (id SERIAL PRIMARY KEY, entity VARCHAR(50) NOT NULL, data JSON, ip INET,
  logged_at TIMESTAMP WITH TIME ZONE DEFAULT now())

CREATE TABLE employees (id SERIAL PRIMARY KEY, name VARCHAR(255) NOT NULL,
  "managerId" INTEGER REFERENCES employees (id) ON DELETE SET NULL ON UPDATE CASCADE,
  "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE TABLE sessions (token CHAR(64) PRIMARY KEY, "userId" INTEGER NOT NULL REFERENCES "Users" (id) ON DELETE CASCADE ON UPDATE CASCADE,
  expires TIMESTAMP WITH TIME ZONE NOT NULL)

CREATE INDEX users_lower_email ON "Users" (lower(email))

CREATE VIEW active_products AS SELECT id, name FROM products WHERE "deletedAt" IS NULL

CREATE FUNCTION touch_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW."updatedAt" := now(); RETURN NEW; END $$

CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION touch_updated()
