-- A licence row (its document with the history, and the signed licence) is 3-4 kB, and so is the kept response of a
-- licence request. With the default target (2 kB) every write of either compressed it with pglz, on the path of a
-- grant; kept inline and uncompressed up to 8 kB they cost more disk (about a third) and no compression.
ALTER TABLE licence_view SET (toast_tuple_target = 8160);
ALTER TABLE idempotency_record SET (toast_tuple_target = 8160);
