BEGIN;
--
-- Add field title to book
--
ALTER TABLE "shop_book" ADD COLUMN "title" timestamp with time zone DEFAULT '2024-01-02 03:04:05+00:00'::timestamptz NOT NULL;
ALTER TABLE "shop_book" ALTER COLUMN "title" DROP DEFAULT;
COMMENT ON COLUMN "shop_book"."title" IS 'It''s the amount';
COMMIT;
