BEGIN;
--
-- Set order_with_respect_to on seat to rating
--
ALTER TABLE "blog_seat" DROP COLUMN "_order";
COMMIT;
