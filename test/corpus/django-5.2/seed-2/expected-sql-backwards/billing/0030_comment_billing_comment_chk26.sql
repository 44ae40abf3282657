BEGIN;
--
-- Create constraint billing_comment_chk26 on model comment
--
ALTER TABLE "billing_comment" DROP CONSTRAINT "billing_comment_chk26";
COMMIT;
