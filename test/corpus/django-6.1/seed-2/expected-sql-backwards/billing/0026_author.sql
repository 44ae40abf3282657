BEGIN;
--
-- Create model Author
--
DROP TABLE "billing_author" CASCADE;
COMMIT;
