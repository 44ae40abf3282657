BEGIN;
--
-- Add field phone to recipe
--
DROP TABLE "billing_phone_links" CASCADE;
COMMIT;
