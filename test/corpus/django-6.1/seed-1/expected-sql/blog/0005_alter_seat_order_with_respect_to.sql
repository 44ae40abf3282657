BEGIN;
--
-- Set order_with_respect_to on seat to rating
--
ALTER TABLE "blog_seat" ADD COLUMN "_order" integer DEFAULT 0 NOT NULL;
ALTER TABLE "blog_seat" ALTER COLUMN "_order" DROP DEFAULT;
COMMIT;
