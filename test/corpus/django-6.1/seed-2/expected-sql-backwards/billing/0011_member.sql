BEGIN;
--
-- Create model Member
--
DROP TABLE "billing_member" CASCADE;
COMMIT;
