-- Each claim of a key has an owner (the request holding it), so that a request whose claim was taken over after it
-- stalled can neither complete nor release the new holder's claim; replays keep the Location of a created resource.
ALTER TABLE idempotency_record ADD COLUMN owner UUID;
ALTER TABLE idempotency_record ADD COLUMN response_location VARCHAR(2000);
