BEGIN;
--
-- Raw SQL operation
--
DROP VIEW hand_aux_30_v; DROP TABLE hand_aux_30;
COMMIT;
