BEGIN;
--
-- Create constraint billing_comment_chk26 on model comment
--
ALTER TABLE "billing_comment" ADD CONSTRAINT "billing_comment_chk26" CHECK (UPPER("window"::text) LIKE UPPER('a%'));
COMMIT;
