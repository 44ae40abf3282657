BEGIN;
--
-- Raw SQL operation
--
DROP VIEW hand_aux_17_v; DROP TABLE hand_aux_17;
COMMIT;
