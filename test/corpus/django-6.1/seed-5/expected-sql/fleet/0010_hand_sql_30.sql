BEGIN;
--
-- Raw SQL operation
--
CREATE TABLE hand_aux_30 (id integer PRIMARY KEY, label text);
CREATE INDEX hand_aux_30_label ON hand_aux_30 (label);
COMMIT;
