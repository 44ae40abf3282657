BEGIN;
--
-- Raw SQL operation
--
DROP INDEX hand_aux_30_label;
DROP TABLE hand_aux_30;
COMMIT;
