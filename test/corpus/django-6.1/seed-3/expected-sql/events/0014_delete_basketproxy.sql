BEGIN;
--
-- Delete model BasketProxy
--
-- (no-op)
COMMIT;
