BEGIN;
--
-- Create proxy model BasketProxy
--
-- (no-op)
COMMIT;
