BEGIN;
--
-- Create model Seat
--
DROP TABLE "people_seat" CASCADE;
COMMIT;
