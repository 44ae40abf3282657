BEGIN;
--
-- Create model Seat
--
DROP TABLE "blog_seat" CASCADE;
COMMIT;
