BEGIN;
--
-- Raw SQL operation
--
DROP VIEW hand_aux_5_v; DROP TABLE hand_aux_5;
COMMIT;
